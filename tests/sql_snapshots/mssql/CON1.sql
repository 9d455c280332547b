WITH [t33] AS (
  SELECT
    [t32].[la_code],
    [t32].[indicator_id],
    [t32].[month],
    [t32].[breakdown],
    [t32].[breakdown_value],
    [t32].[unit],
    SUM([t32].[_num]) AS [numerator],
    SUM([t32].[_den]) AS [denominator]
  FROM (
    SELECT
      [t7].[la_code],
      [t8].[month],
      [t8].[month_end],
      [t8].[month_index],
      [t9].[indicator_id],
      [t9].[months_back],
      [t9].[unit],
      [t31].[la_code] AS [la_code_right],
      [t31].[indicator_id] AS [indicator_id_right],
      [t31].[month_index] AS [month_index_right],
      [t31].[breakdown],
      [t31].[breakdown_value],
      [t31].[_num],
      [t31].[_den]
    FROM [scorecard_councils] AS [t7]
    CROSS JOIN [scorecard_month_spine] AS [t8]
    CROSS JOIN (VALUES
      ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t29].[la_code],
        [t29].[indicator_id],
        [t29].[month_index],
        [t29].[breakdown],
        [t29].[breakdown_value],
        SUM([t29].[numerator]) AS [_num],
        SUM([t29].[denominator]) AS [_den]
      FROM (
        SELECT
          [t28].[la_code],
          'CON1' AS [indicator_id],
          (
            (
              DATEPART(year, [t28].[month]) * 12
            ) + DATEPART(month, [t28].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t28].[_part] = 0
            THEN 'all'
            WHEN [t28].[_part] = 1
            THEN 'contact_source'
            WHEN [t28].[_part] = 2
            THEN 'age_band'
            WHEN [t28].[_part] = 3
            THEN 'sex'
            WHEN [t28].[_part] = 4
            THEN 'ethnicity_group'
            ELSE NULL
          END AS [breakdown],
          [t28].[breakdown_value],
          [t28].[numerator],
          [t28].[denominator]
        FROM (
          SELECT
            [t27].[la_code],
            [t27].[month],
            [t27].[_part],
            [t27].[breakdown_value],
            SUM([t27].[numerator]) AS [numerator],
            SUM([t27].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t18].[la_code],
                  [t18].[month],
                  [t18].[numerator],
                  [t18].[denominator],
                  2 AS [_part],
                  COALESCE(
                    COALESCE(
                      CASE
                        WHEN (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 0
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) < 1
                        )
                        THEN 'under 1'
                        WHEN (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 1
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) < 5
                        )
                        THEN '1-4'
                        WHEN (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 5
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) < 10
                        )
                        THEN '5-9'
                        WHEN (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 10
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) < 16
                        )
                        THEN '10-15'
                        WHEN (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 16
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t18].[ref_date]) * 100
                                ) + DATEPART(day, [t18].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t18].[date_of_birth]) * 100
                                ) + DATEPART(day, [t18].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) < 18
                        )
                        THEN '16-17'
                        ELSE CAST(NULL AS VARCHAR(max))
                      END,
                      IIF(
                        (
                          (
                            DATEPART(year, [t18].[ref_date]) - DATEPART(year, [t18].[date_of_birth])
                          ) - IIF(
                            (
                              (
                                DATEPART(month, [t18].[ref_date]) * 100
                              ) + DATEPART(day, [t18].[ref_date])
                            ) < (
                              (
                                DATEPART(month, [t18].[date_of_birth]) * 100
                              ) + DATEPART(day, [t18].[date_of_birth])
                            ),
                            1,
                            0
                          )
                        ) >= 18,
                        '18 and over',
                        'unknown'
                      )
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t17].[la_code],
                    [t17].[month],
                    [t17].[child_id],
                    [t17].[record_id],
                    [t17].[ref_date],
                    [t17].[numerator],
                    [t17].[denominator],
                    [t17].[contact_source],
                    [t17].[sex],
                    [t17].[ethnicity],
                    [t17].[date_of_birth]
                  FROM (
                    SELECT
                      [t14].[la_code],
                      [t14].[month],
                      [t14].[child_id],
                      [t14].[record_id],
                      [t14].[ref_date],
                      [t14].[numerator],
                      [t14].[denominator],
                      [t14].[contact_source],
                      [t12].[la_code] AS [la_code_right],
                      [t12].[child_id] AS [child_id_right],
                      [t12].[sex],
                      [t12].[ethnicity],
                      [t12].[date_of_birth]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[contact_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[contact_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[contact_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        [t4].[contact_source]
                      FROM [contact] AS [t4]
                      WHERE
                        [t4].[contact_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t14]
                    LEFT OUTER JOIN (
                      SELECT
                        [t5].[la_code],
                        [t5].[child_id],
                        [t5].[sex],
                        [t5].[ethnicity],
                        [t5].[date_of_birth]
                      FROM [person] AS [t5]
                    ) AS [t12]
                      ON [t14].[la_code] = [t12].[la_code] AND [t14].[child_id] = [t12].[child_id]
                  ) AS [t17]
                ) AS [t18]
              ) AS [t25]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t18].[la_code],
                  [t18].[month],
                  [t18].[numerator],
                  [t18].[denominator],
                  3 AS [_part],
                  COALESCE(
                    COALESCE(
                      CASE [t18].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t18].[sex] END,
                      'unknown'
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t17].[la_code],
                    [t17].[month],
                    [t17].[child_id],
                    [t17].[record_id],
                    [t17].[ref_date],
                    [t17].[numerator],
                    [t17].[denominator],
                    [t17].[contact_source],
                    [t17].[sex],
                    [t17].[ethnicity],
                    [t17].[date_of_birth]
                  FROM (
                    SELECT
                      [t14].[la_code],
                      [t14].[month],
                      [t14].[child_id],
                      [t14].[record_id],
                      [t14].[ref_date],
                      [t14].[numerator],
                      [t14].[denominator],
                      [t14].[contact_source],
                      [t12].[la_code] AS [la_code_right],
                      [t12].[child_id] AS [child_id_right],
                      [t12].[sex],
                      [t12].[ethnicity],
                      [t12].[date_of_birth]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[contact_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[contact_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[contact_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        [t4].[contact_source]
                      FROM [contact] AS [t4]
                      WHERE
                        [t4].[contact_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t14]
                    LEFT OUTER JOIN (
                      SELECT
                        [t5].[la_code],
                        [t5].[child_id],
                        [t5].[sex],
                        [t5].[ethnicity],
                        [t5].[date_of_birth]
                      FROM [person] AS [t5]
                    ) AS [t12]
                      ON [t14].[la_code] = [t12].[la_code] AND [t14].[child_id] = [t12].[child_id]
                  ) AS [t17]
                ) AS [t18]
              ) AS [t22]
            ) AS [t26]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t18].[la_code],
                  [t18].[month],
                  [t18].[numerator],
                  [t18].[denominator],
                  4 AS [_part],
                  COALESCE(
                    IIF(
                      [t18].[ethnicity] IN ('REFU', 'NOBT'),
                      'Not known',
                      CASE
                        WHEN SUBSTRING([t18].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t18].[ethnicity])), 1) = 'W'
                        THEN 'White'
                        WHEN SUBSTRING([t18].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t18].[ethnicity])), 1) = 'M'
                        THEN 'Mixed'
                        WHEN SUBSTRING([t18].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t18].[ethnicity])), 1) = 'A'
                        THEN 'Asian or Asian British'
                        WHEN SUBSTRING([t18].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t18].[ethnicity])), 1) = 'B'
                        THEN 'Black or Black British'
                        WHEN SUBSTRING([t18].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t18].[ethnicity])), 1) = 'C'
                        THEN 'Other ethnic group'
                        WHEN SUBSTRING([t18].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t18].[ethnicity])), 1) = 'O'
                        THEN 'Other ethnic group'
                        ELSE 'Not known'
                      END
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t17].[la_code],
                    [t17].[month],
                    [t17].[child_id],
                    [t17].[record_id],
                    [t17].[ref_date],
                    [t17].[numerator],
                    [t17].[denominator],
                    [t17].[contact_source],
                    [t17].[sex],
                    [t17].[ethnicity],
                    [t17].[date_of_birth]
                  FROM (
                    SELECT
                      [t14].[la_code],
                      [t14].[month],
                      [t14].[child_id],
                      [t14].[record_id],
                      [t14].[ref_date],
                      [t14].[numerator],
                      [t14].[denominator],
                      [t14].[contact_source],
                      [t12].[la_code] AS [la_code_right],
                      [t12].[child_id] AS [child_id_right],
                      [t12].[sex],
                      [t12].[ethnicity],
                      [t12].[date_of_birth]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[contact_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[contact_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[contact_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        [t4].[contact_source]
                      FROM [contact] AS [t4]
                      WHERE
                        [t4].[contact_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t14]
                    LEFT OUTER JOIN (
                      SELECT
                        [t5].[la_code],
                        [t5].[child_id],
                        [t5].[sex],
                        [t5].[ethnicity],
                        [t5].[date_of_birth]
                      FROM [person] AS [t5]
                    ) AS [t12]
                      ON [t14].[la_code] = [t12].[la_code] AND [t14].[child_id] = [t12].[child_id]
                  ) AS [t17]
                ) AS [t18]
              ) AS [t23]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t18].[la_code],
                    [t18].[month],
                    [t18].[numerator],
                    [t18].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t17].[la_code],
                      [t17].[month],
                      [t17].[child_id],
                      [t17].[record_id],
                      [t17].[ref_date],
                      [t17].[numerator],
                      [t17].[denominator],
                      [t17].[contact_source],
                      [t17].[sex],
                      [t17].[ethnicity],
                      [t17].[date_of_birth]
                    FROM (
                      SELECT
                        [t14].[la_code],
                        [t14].[month],
                        [t14].[child_id],
                        [t14].[record_id],
                        [t14].[ref_date],
                        [t14].[numerator],
                        [t14].[denominator],
                        [t14].[contact_source],
                        [t12].[la_code] AS [la_code_right],
                        [t12].[child_id] AS [child_id_right],
                        [t12].[sex],
                        [t12].[ethnicity],
                        [t12].[date_of_birth]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[contact_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[contact_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[contact_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[contact_source]
                        FROM [contact] AS [t4]
                        WHERE
                          [t4].[contact_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t14]
                      LEFT OUTER JOIN (
                        SELECT
                          [t5].[la_code],
                          [t5].[child_id],
                          [t5].[sex],
                          [t5].[ethnicity],
                          [t5].[date_of_birth]
                        FROM [person] AS [t5]
                      ) AS [t12]
                        ON [t14].[la_code] = [t12].[la_code] AND [t14].[child_id] = [t12].[child_id]
                    ) AS [t17]
                  ) AS [t18]
                ) AS [t19]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t18].[la_code],
                    [t18].[month],
                    [t18].[numerator],
                    [t18].[denominator],
                    1 AS [_part],
                    COALESCE([t18].[contact_source], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t17].[la_code],
                      [t17].[month],
                      [t17].[child_id],
                      [t17].[record_id],
                      [t17].[ref_date],
                      [t17].[numerator],
                      [t17].[denominator],
                      [t17].[contact_source],
                      [t17].[sex],
                      [t17].[ethnicity],
                      [t17].[date_of_birth]
                    FROM (
                      SELECT
                        [t14].[la_code],
                        [t14].[month],
                        [t14].[child_id],
                        [t14].[record_id],
                        [t14].[ref_date],
                        [t14].[numerator],
                        [t14].[denominator],
                        [t14].[contact_source],
                        [t12].[la_code] AS [la_code_right],
                        [t12].[child_id] AS [child_id_right],
                        [t12].[sex],
                        [t12].[ethnicity],
                        [t12].[date_of_birth]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[contact_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[contact_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[contact_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[contact_source]
                        FROM [contact] AS [t4]
                        WHERE
                          [t4].[contact_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t14]
                      LEFT OUTER JOIN (
                        SELECT
                          [t5].[la_code],
                          [t5].[child_id],
                          [t5].[sex],
                          [t5].[ethnicity],
                          [t5].[date_of_birth]
                        FROM [person] AS [t5]
                      ) AS [t12]
                        ON [t14].[la_code] = [t12].[la_code] AND [t14].[child_id] = [t12].[child_id]
                    ) AS [t17]
                  ) AS [t18]
                ) AS [t20]
              ) AS [t21]
            ) AS [t24]
          ) AS [t27]
          GROUP BY
            [t27].[la_code],
            [t27].[month],
            [t27].[_part],
            [t27].[breakdown_value]
        ) AS [t28]
      ) AS [t29]
      GROUP BY
        [t29].[la_code],
        [t29].[indicator_id],
        [t29].[month_index],
        [t29].[breakdown],
        [t29].[breakdown_value]
    ) AS [t31]
      ON [t31].[la_code] = [t7].[la_code]
      AND [t31].[indicator_id] = [t9].[indicator_id]
      AND [t31].[month_index] <= [t8].[month_index]
      AND [t31].[month_index] >= (
        [t8].[month_index] - IIF([t31].[breakdown] = 'month_alone', 0, [t9].[months_back])
      )
  ) AS [t32]
  GROUP BY
    [t32].[la_code],
    [t32].[indicator_id],
    [t32].[month],
    [t32].[breakdown],
    [t32].[breakdown_value],
    [t32].[unit]
)
SELECT
  [t45].[la_code],
  [t45].[indicator_id],
  [t45].[month],
  [t45].[breakdown],
  [t45].[breakdown_value],
  [t45].[numerator],
  CASE
    WHEN [t45].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t45].[unit] = 'rate'
    THEN CAST([t6].[population] AS FLOAT)
    ELSE [t45].[denominator]
  END AS [denominator],
  CASE
    WHEN [t45].[unit] = 'count'
    THEN [t45].[numerator]
    WHEN [t45].[unit] = 'rate'
    THEN IIF(
      CAST([t6].[population] AS FLOAT) > 0,
      (
        [t45].[numerator] * 10000
      ) / CAST([t6].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t45].[unit] = 'percent'
    THEN IIF(
      [t45].[denominator] > 0,
      CAST([t45].[numerator] AS FLOAT) / [t45].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t45].[denominator] > 0,
      CAST([t45].[numerator] AS FLOAT) / [t45].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t39].[la_code],
      [t39].[indicator_id],
      [t39].[month],
      [t39].[breakdown],
      [t39].[breakdown_value],
      [t39].[unit],
      [t39].[numerator],
      [t39].[denominator]
    FROM (
      SELECT
        [t16].[la_code],
        [t16].[indicator_id],
        [t16].[month],
        [t16].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t11].[la_code],
          [t11].[month],
          [t11].[month_end],
          [t11].[month_index],
          [t11].[indicator_id],
          [t11].[months_back],
          [t11].[unit]
        FROM (
          SELECT
            [t7].[la_code],
            [t8].[month],
            [t8].[month_end],
            [t8].[month_index],
            [t9].[indicator_id],
            [t9].[months_back],
            [t9].[unit]
          FROM [scorecard_councils] AS [t7]
          CROSS JOIN [scorecard_month_spine] AS [t8]
          CROSS JOIN (VALUES
            ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ) AS [t11]
        WHERE
          [t11].[months_back] > 0
      ) AS [t16]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t34].[la_code],
              [t34].[indicator_id],
              [t34].[month],
              [t34].[breakdown],
              [t34].[breakdown_value],
              [t34].[unit],
              [t34].[numerator],
              [t34].[denominator]
            FROM [t33] AS [t34]
            WHERE
              [t34].[breakdown] = 'month_alone'
          ) AS [t37]
          WHERE
            [t16].[la_code] = [t37].[la_code]
            AND [t16].[indicator_id] = [t37].[indicator_id]
            AND [t16].[month] = [t37].[month]
        )
    ) AS [t39]
  ) AS [t41]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t33] AS [t34]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t40].[la_code],
        [t40].[indicator_id],
        [t40].[month],
        [t40].[breakdown],
        [t40].[breakdown_value],
        [t40].[unit],
        [t40].[numerator],
        [t40].[denominator]
      FROM (
        SELECT
          [t7].[la_code],
          [t9].[indicator_id],
          [t8].[month],
          [t9].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t7]
        CROSS JOIN [scorecard_month_spine] AS [t8]
        CROSS JOIN (VALUES
          ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t34].[la_code],
                [t34].[indicator_id],
                [t34].[month],
                [t34].[breakdown],
                [t34].[breakdown_value],
                [t34].[unit],
                [t34].[numerator],
                [t34].[denominator]
              FROM [t33] AS [t34]
              WHERE
                [t34].[breakdown] = 'all'
            ) AS [t38]
            WHERE
              [t7].[la_code] = [t38].[la_code]
              AND [t9].[indicator_id] = [t38].[indicator_id]
              AND [t8].[month] = [t38].[month]
          )
      ) AS [t40]
    ) AS [t42]
  ) AS [t43]
) AS [t45]
LEFT OUTER JOIN [scorecard_population] AS [t6]
  ON [t45].[la_code] = [t6].[la_code] AND [t45].[month] = [t6].[month]
