WITH [t40] AS (
  SELECT
    [t39].[la_code],
    [t39].[indicator_id],
    [t39].[month],
    [t39].[breakdown],
    [t39].[breakdown_value],
    [t39].[unit],
    SUM([t39].[_num]) AS [numerator],
    SUM([t39].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t38].[breakdown],
      [t38].[breakdown_value],
      [t38].[_num],
      [t38].[_den],
      [t38].[_until_index]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('CON1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t36].[la_code],
        [t36].[indicator_id],
        [t36].[breakdown],
        [t36].[breakdown_value],
        [t36].[_num],
        [t36].[_den],
        [t36].[month_index] + [t36].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t35].[la_code],
          [t35].[indicator_id],
          [t35].[month_index],
          [t35].[breakdown],
          [t35].[breakdown_value],
          [t35].[_num],
          [t35].[_den],
          [t14].[months_back],
          [t11].[_offset]
        FROM (
          SELECT
            [t33].[la_code],
            [t33].[indicator_id],
            [t33].[month_index],
            [t33].[breakdown],
            [t33].[breakdown_value],
            SUM([t33].[numerator]) AS [_num],
            SUM([t33].[denominator]) AS [_den]
          FROM (
            SELECT
              [t32].[la_code],
              'CON1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t32].[month]) * 12
                ) + DATEPART(month, [t32].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t32].[_part] = 0
                THEN 'all'
                WHEN [t32].[_part] = 1
                THEN 'contact_source'
                WHEN [t32].[_part] = 2
                THEN 'age_band'
                WHEN [t32].[_part] = 3
                THEN 'sex'
                WHEN [t32].[_part] = 4
                THEN 'ethnicity_group'
                ELSE NULL
              END AS [breakdown],
              [t32].[breakdown_value],
              [t32].[numerator],
              [t32].[denominator]
            FROM (
              SELECT
                [t31].[la_code],
                [t31].[month],
                [t31].[_part],
                [t31].[breakdown_value],
                SUM([t31].[numerator]) AS [numerator],
                SUM([t31].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t22].[la_code],
                      [t22].[month],
                      [t22].[numerator],
                      [t22].[denominator],
                      2 AS [_part],
                      COALESCE(
                        COALESCE(
                          CASE
                            WHEN (
                              (
                                (
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 0
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
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
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 1
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
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
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 5
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
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
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 10
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
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
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 16
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t22].[ref_date]) * 100
                                    ) + DATEPART(day, [t22].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t22].[_born]) * 100
                                    ) + DATEPART(day, [t22].[_born])
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
                                DATEPART(year, [t22].[ref_date]) - DATEPART(year, [t22].[_born])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t22].[ref_date]) * 100
                                  ) + DATEPART(day, [t22].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t22].[_born]) * 100
                                  ) + DATEPART(day, [t22].[_born])
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
                        [t21].[la_code],
                        [t21].[month],
                        [t21].[child_id],
                        [t21].[record_id],
                        [t21].[ref_date],
                        [t21].[numerator],
                        [t21].[denominator],
                        [t21].[contact_source],
                        [t21].[_born],
                        [t21].[sex],
                        [t21].[ethnicity_group]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          [t16].[month],
                          [t16].[child_id],
                          [t16].[record_id],
                          [t16].[ref_date],
                          [t16].[numerator],
                          [t16].[denominator],
                          [t16].[contact_source],
                          [t20].[la_code] AS [la_code_right],
                          [t20].[child_id] AS [child_id_right],
                          [t20].[_born],
                          [t20].[sex],
                          [t20].[ethnicity_group]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[contact_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[contact_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[contact_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            [t5].[contact_source]
                          FROM [contact] AS [t5]
                          WHERE
                            [t5].[contact_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t16]
                        LEFT OUTER JOIN (
                          SELECT
                            [t6].[la_code],
                            [t6].[child_id],
                            [t6].[date_of_birth] AS [_born],
                            CASE [t6].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t6].[sex] END AS [sex],
                            IIF(
                              [t6].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group]
                          FROM [person] AS [t6]
                        ) AS [t20]
                          ON [t16].[la_code] = [t20].[la_code] AND [t16].[child_id] = [t20].[child_id]
                      ) AS [t21]
                    ) AS [t22]
                  ) AS [t29]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t22].[la_code],
                      [t22].[month],
                      [t22].[numerator],
                      [t22].[denominator],
                      3 AS [_part],
                      COALESCE(COALESCE([t22].[sex], 'unknown'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t21].[la_code],
                        [t21].[month],
                        [t21].[child_id],
                        [t21].[record_id],
                        [t21].[ref_date],
                        [t21].[numerator],
                        [t21].[denominator],
                        [t21].[contact_source],
                        [t21].[_born],
                        [t21].[sex],
                        [t21].[ethnicity_group]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          [t16].[month],
                          [t16].[child_id],
                          [t16].[record_id],
                          [t16].[ref_date],
                          [t16].[numerator],
                          [t16].[denominator],
                          [t16].[contact_source],
                          [t20].[la_code] AS [la_code_right],
                          [t20].[child_id] AS [child_id_right],
                          [t20].[_born],
                          [t20].[sex],
                          [t20].[ethnicity_group]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[contact_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[contact_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[contact_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            [t5].[contact_source]
                          FROM [contact] AS [t5]
                          WHERE
                            [t5].[contact_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t16]
                        LEFT OUTER JOIN (
                          SELECT
                            [t6].[la_code],
                            [t6].[child_id],
                            [t6].[date_of_birth] AS [_born],
                            CASE [t6].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t6].[sex] END AS [sex],
                            IIF(
                              [t6].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group]
                          FROM [person] AS [t6]
                        ) AS [t20]
                          ON [t16].[la_code] = [t20].[la_code] AND [t16].[child_id] = [t20].[child_id]
                      ) AS [t21]
                    ) AS [t22]
                  ) AS [t25]
                ) AS [t30]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t22].[la_code],
                      [t22].[month],
                      [t22].[numerator],
                      [t22].[denominator],
                      4 AS [_part],
                      COALESCE(COALESCE([t22].[ethnicity_group], 'Not known'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t21].[la_code],
                        [t21].[month],
                        [t21].[child_id],
                        [t21].[record_id],
                        [t21].[ref_date],
                        [t21].[numerator],
                        [t21].[denominator],
                        [t21].[contact_source],
                        [t21].[_born],
                        [t21].[sex],
                        [t21].[ethnicity_group]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          [t16].[month],
                          [t16].[child_id],
                          [t16].[record_id],
                          [t16].[ref_date],
                          [t16].[numerator],
                          [t16].[denominator],
                          [t16].[contact_source],
                          [t20].[la_code] AS [la_code_right],
                          [t20].[child_id] AS [child_id_right],
                          [t20].[_born],
                          [t20].[sex],
                          [t20].[ethnicity_group]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[contact_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[contact_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[contact_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            [t5].[contact_source]
                          FROM [contact] AS [t5]
                          WHERE
                            [t5].[contact_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t16]
                        LEFT OUTER JOIN (
                          SELECT
                            [t6].[la_code],
                            [t6].[child_id],
                            [t6].[date_of_birth] AS [_born],
                            CASE [t6].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t6].[sex] END AS [sex],
                            IIF(
                              [t6].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t6].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group]
                          FROM [person] AS [t6]
                        ) AS [t20]
                          ON [t16].[la_code] = [t20].[la_code] AND [t16].[child_id] = [t20].[child_id]
                      ) AS [t21]
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
                        [t22].[la_code],
                        [t22].[month],
                        [t22].[numerator],
                        [t22].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t21].[la_code],
                          [t21].[month],
                          [t21].[child_id],
                          [t21].[record_id],
                          [t21].[ref_date],
                          [t21].[numerator],
                          [t21].[denominator],
                          [t21].[contact_source],
                          [t21].[_born],
                          [t21].[sex],
                          [t21].[ethnicity_group]
                        FROM (
                          SELECT
                            [t16].[la_code],
                            [t16].[month],
                            [t16].[child_id],
                            [t16].[record_id],
                            [t16].[ref_date],
                            [t16].[numerator],
                            [t16].[denominator],
                            [t16].[contact_source],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_born],
                            [t20].[sex],
                            [t20].[ethnicity_group]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[contact_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[contact_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[contact_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[contact_source]
                            FROM [contact] AS [t5]
                            WHERE
                              [t5].[contact_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t16]
                          LEFT OUTER JOIN (
                            SELECT
                              [t6].[la_code],
                              [t6].[child_id],
                              [t6].[date_of_birth] AS [_born],
                              CASE [t6].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t6].[sex] END AS [sex],
                              IIF(
                                [t6].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group]
                            FROM [person] AS [t6]
                          ) AS [t20]
                            ON [t16].[la_code] = [t20].[la_code] AND [t16].[child_id] = [t20].[child_id]
                        ) AS [t21]
                      ) AS [t22]
                    ) AS [t23]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t22].[la_code],
                        [t22].[month],
                        [t22].[numerator],
                        [t22].[denominator],
                        1 AS [_part],
                        COALESCE([t22].[contact_source], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t21].[la_code],
                          [t21].[month],
                          [t21].[child_id],
                          [t21].[record_id],
                          [t21].[ref_date],
                          [t21].[numerator],
                          [t21].[denominator],
                          [t21].[contact_source],
                          [t21].[_born],
                          [t21].[sex],
                          [t21].[ethnicity_group]
                        FROM (
                          SELECT
                            [t16].[la_code],
                            [t16].[month],
                            [t16].[child_id],
                            [t16].[record_id],
                            [t16].[ref_date],
                            [t16].[numerator],
                            [t16].[denominator],
                            [t16].[contact_source],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_born],
                            [t20].[sex],
                            [t20].[ethnicity_group]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[contact_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[contact_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[contact_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[contact_source]
                            FROM [contact] AS [t5]
                            WHERE
                              [t5].[contact_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[contact_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t16]
                          LEFT OUTER JOIN (
                            SELECT
                              [t6].[la_code],
                              [t6].[child_id],
                              [t6].[date_of_birth] AS [_born],
                              CASE [t6].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t6].[sex] END AS [sex],
                              IIF(
                                [t6].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t6].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t6].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group]
                            FROM [person] AS [t6]
                          ) AS [t20]
                            ON [t16].[la_code] = [t20].[la_code] AND [t16].[child_id] = [t20].[child_id]
                        ) AS [t21]
                      ) AS [t22]
                    ) AS [t24]
                  ) AS [t27]
                ) AS [t28]
              ) AS [t31]
              GROUP BY
                [t31].[la_code],
                [t31].[month],
                [t31].[_part],
                [t31].[breakdown_value]
            ) AS [t32]
          ) AS [t33]
          GROUP BY
            [t33].[la_code],
            [t33].[indicator_id],
            [t33].[month_index],
            [t33].[breakdown],
            [t33].[breakdown_value]
        ) AS [t35]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CON1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t14]
          ON [t35].[indicator_id] = [t14].[indicator_id]
        CROSS JOIN (VALUES
          (0),
          (1),
          (2),
          (3),
          (4),
          (5),
          (6),
          (7),
          (8),
          (9),
          (10),
          (11),
          (12),
          (13),
          (14),
          (15),
          (16),
          (17),
          (18),
          (19),
          (20),
          (21),
          (22),
          (23),
          (24),
          (25),
          (26),
          (27),
          (28),
          (29),
          (30),
          (31),
          (32),
          (33),
          (34),
          (35)) AS t11(_offset)
      ) AS [t36]
      WHERE
        [t36].[_offset] <= IIF([t36].[breakdown] = 'month_alone', 0, [t36].[months_back])
    ) AS [t38]
      ON [t38].[la_code] = [t8].[la_code]
      AND [t38].[indicator_id] = [t10].[indicator_id]
      AND [t38].[_until_index] = [t9].[month_index]
  ) AS [t39]
  GROUP BY
    [t39].[la_code],
    [t39].[indicator_id],
    [t39].[month],
    [t39].[breakdown],
    [t39].[breakdown_value],
    [t39].[unit]
)
SELECT
  [t52].[la_code],
  [t52].[indicator_id],
  [t52].[month],
  [t52].[breakdown],
  [t52].[breakdown_value],
  [t52].[numerator],
  CASE
    WHEN [t52].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t52].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t52].[denominator]
  END AS [denominator],
  CASE
    WHEN [t52].[unit] = 'count'
    THEN [t52].[numerator]
    WHEN [t52].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t52].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t52].[unit] = 'percent'
    THEN IIF(
      [t52].[denominator] > 0,
      CAST([t52].[numerator] AS FLOAT) / [t52].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t52].[denominator] > 0,
      CAST([t52].[numerator] AS FLOAT) / [t52].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t46].[la_code],
      [t46].[indicator_id],
      [t46].[month],
      [t46].[breakdown],
      [t46].[breakdown_value],
      [t46].[unit],
      [t46].[numerator],
      [t46].[denominator]
    FROM (
      SELECT
        [t19].[la_code],
        [t19].[indicator_id],
        [t19].[month],
        [t19].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t13].[la_code],
          [t13].[month],
          [t13].[month_end],
          [t13].[month_index],
          [t13].[indicator_id],
          [t13].[months_back],
          [t13].[unit]
        FROM (
          SELECT
            [t8].[la_code],
            [t9].[month],
            [t9].[month_end],
            [t9].[month_index],
            [t10].[indicator_id],
            [t10].[months_back],
            [t10].[unit]
          FROM [scorecard_councils] AS [t8]
          CROSS JOIN [scorecard_month_spine] AS [t9]
          CROSS JOIN (VALUES
            ('CON1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t13]
        WHERE
          [t13].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t41].[la_code],
              [t41].[indicator_id],
              [t41].[month],
              [t41].[breakdown],
              [t41].[breakdown_value],
              [t41].[unit],
              [t41].[numerator],
              [t41].[denominator]
            FROM [t40] AS [t41]
            WHERE
              [t41].[breakdown] = 'month_alone'
          ) AS [t44]
          WHERE
            [t19].[la_code] = [t44].[la_code]
            AND [t19].[indicator_id] = [t44].[indicator_id]
            AND [t19].[month] = [t44].[month]
        )
    ) AS [t46]
  ) AS [t48]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t40] AS [t41]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t47].[la_code],
        [t47].[indicator_id],
        [t47].[month],
        [t47].[breakdown],
        [t47].[breakdown_value],
        [t47].[unit],
        [t47].[numerator],
        [t47].[denominator]
      FROM (
        SELECT
          [t8].[la_code],
          [t10].[indicator_id],
          [t9].[month],
          [t10].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t8]
        CROSS JOIN [scorecard_month_spine] AS [t9]
        CROSS JOIN (VALUES
          ('CON1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t41].[la_code],
                [t41].[indicator_id],
                [t41].[month],
                [t41].[breakdown],
                [t41].[breakdown_value],
                [t41].[unit],
                [t41].[numerator],
                [t41].[denominator]
              FROM [t40] AS [t41]
              WHERE
                [t41].[breakdown] = 'all'
            ) AS [t45]
            WHERE
              [t8].[la_code] = [t45].[la_code]
              AND [t10].[indicator_id] = [t45].[indicator_id]
              AND [t9].[month] = [t45].[month]
          )
      ) AS [t47]
    ) AS [t49]
  ) AS [t50]
) AS [t52]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t52].[la_code] = [t7].[la_code] AND [t52].[month] = [t7].[month]
