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
      [t38].[la_code] AS [la_code_right],
      [t38].[indicator_id] AS [indicator_id_right],
      [t38].[month_index] AS [month_index_right],
      [t38].[breakdown],
      [t38].[breakdown_value],
      [t38].[_num],
      [t38].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('EH1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t36].[la_code],
        [t36].[indicator_id],
        [t36].[month_index],
        [t36].[breakdown],
        [t36].[breakdown_value],
        SUM([t36].[numerator]) AS [_num],
        SUM([t36].[denominator]) AS [_den]
      FROM (
        SELECT
          [t35].[la_code],
          'EH1' AS [indicator_id],
          (
            (
              DATEPART(year, [t35].[month]) * 12
            ) + DATEPART(month, [t35].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t35].[_part] = 0
            THEN 'all'
            WHEN [t35].[_part] = 1
            THEN 'age_band'
            WHEN [t35].[_part] = 2
            THEN 'sex'
            WHEN [t35].[_part] = 3
            THEN 'ethnicity_group'
            WHEN [t35].[_part] = 4
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t35].[breakdown_value],
          [t35].[numerator],
          [t35].[denominator]
        FROM (
          SELECT
            [t34].[la_code],
            [t34].[month],
            [t34].[_part],
            [t34].[breakdown_value],
            SUM([t34].[numerator]) AS [numerator],
            SUM([t34].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t25].[la_code],
                  [t25].[month],
                  [t25].[numerator],
                  [t25].[denominator],
                  2 AS [_part],
                  COALESCE(
                    COALESCE(
                      CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END,
                      'unknown'
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t24].[la_code],
                    [t24].[month],
                    [t24].[child_id],
                    [t24].[record_id],
                    [t24].[ref_date],
                    [t24].[numerator],
                    [t24].[denominator],
                    [t24].[sex],
                    [t24].[ethnicity],
                    [t24].[date_of_birth],
                    [t24].[_disabled]
                  FROM (
                    SELECT
                      [t16].[la_code],
                      [t16].[month],
                      [t16].[child_id],
                      [t16].[record_id],
                      [t16].[ref_date],
                      [t16].[numerator],
                      [t16].[denominator],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[start_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[episode_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM [early_help_episode] AS [t4]
                      WHERE
                        [t4].[start_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t16]
                    LEFT OUTER JOIN (
                      SELECT
                        [t21].[la_code],
                        [t21].[child_id],
                        [t21].[sex],
                        [t21].[ethnicity],
                        [t21].[date_of_birth],
                        [t21].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t19].[la_code] AS [la_code_right],
                          [t19].[child_id] AS [child_id_right],
                          [t19].[_disabled]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[sex],
                            [t5].[ethnicity],
                            [t5].[date_of_birth]
                          FROM [person] AS [t5]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t6].[la_code],
                              [t6].[child_id]
                            FROM [disability] AS [t6]
                            WHERE
                              [t6].[disability] <> 'NONE'
                          ) AS [t14]
                        ) AS [t19]
                          ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                  ) AS [t24]
                ) AS [t25]
              ) AS [t28]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t25].[la_code],
                  [t25].[month],
                  [t25].[numerator],
                  [t25].[denominator],
                  3 AS [_part],
                  COALESCE(
                    IIF(
                      [t25].[ethnicity] IN ('REFU', 'NOBT'),
                      'Not known',
                      CASE
                        WHEN SUBSTRING([t25].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'W'
                        THEN 'White'
                        WHEN SUBSTRING([t25].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'M'
                        THEN 'Mixed'
                        WHEN SUBSTRING([t25].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'A'
                        THEN 'Asian or Asian British'
                        WHEN SUBSTRING([t25].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'B'
                        THEN 'Black or Black British'
                        WHEN SUBSTRING([t25].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'C'
                        THEN 'Other ethnic group'
                        WHEN SUBSTRING([t25].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'O'
                        THEN 'Other ethnic group'
                        ELSE 'Not known'
                      END
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t24].[la_code],
                    [t24].[month],
                    [t24].[child_id],
                    [t24].[record_id],
                    [t24].[ref_date],
                    [t24].[numerator],
                    [t24].[denominator],
                    [t24].[sex],
                    [t24].[ethnicity],
                    [t24].[date_of_birth],
                    [t24].[_disabled]
                  FROM (
                    SELECT
                      [t16].[la_code],
                      [t16].[month],
                      [t16].[child_id],
                      [t16].[record_id],
                      [t16].[ref_date],
                      [t16].[numerator],
                      [t16].[denominator],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[start_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[episode_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM [early_help_episode] AS [t4]
                      WHERE
                        [t4].[start_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t16]
                    LEFT OUTER JOIN (
                      SELECT
                        [t21].[la_code],
                        [t21].[child_id],
                        [t21].[sex],
                        [t21].[ethnicity],
                        [t21].[date_of_birth],
                        [t21].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t19].[la_code] AS [la_code_right],
                          [t19].[child_id] AS [child_id_right],
                          [t19].[_disabled]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[sex],
                            [t5].[ethnicity],
                            [t5].[date_of_birth]
                          FROM [person] AS [t5]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t6].[la_code],
                              [t6].[child_id]
                            FROM [disability] AS [t6]
                            WHERE
                              [t6].[disability] <> 'NONE'
                          ) AS [t14]
                        ) AS [t19]
                          ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                  ) AS [t24]
                ) AS [t25]
              ) AS [t29]
            ) AS [t30]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t25].[la_code],
                  [t25].[month],
                  [t25].[numerator],
                  [t25].[denominator],
                  4 AS [_part],
                  COALESCE(COALESCE([t25].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t24].[la_code],
                    [t24].[month],
                    [t24].[child_id],
                    [t24].[record_id],
                    [t24].[ref_date],
                    [t24].[numerator],
                    [t24].[denominator],
                    [t24].[sex],
                    [t24].[ethnicity],
                    [t24].[date_of_birth],
                    [t24].[_disabled]
                  FROM (
                    SELECT
                      [t16].[la_code],
                      [t16].[month],
                      [t16].[child_id],
                      [t16].[record_id],
                      [t16].[ref_date],
                      [t16].[numerator],
                      [t16].[denominator],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[start_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[episode_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM [early_help_episode] AS [t4]
                      WHERE
                        [t4].[start_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t16]
                    LEFT OUTER JOIN (
                      SELECT
                        [t21].[la_code],
                        [t21].[child_id],
                        [t21].[sex],
                        [t21].[ethnicity],
                        [t21].[date_of_birth],
                        [t21].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t19].[la_code] AS [la_code_right],
                          [t19].[child_id] AS [child_id_right],
                          [t19].[_disabled]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[sex],
                            [t5].[ethnicity],
                            [t5].[date_of_birth]
                          FROM [person] AS [t5]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t6].[la_code],
                              [t6].[child_id]
                            FROM [disability] AS [t6]
                            WHERE
                              [t6].[disability] <> 'NONE'
                          ) AS [t14]
                        ) AS [t19]
                          ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                  ) AS [t24]
                ) AS [t25]
              ) AS [t27]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[start_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[episode_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
                        FROM [early_help_episode] AS [t4]
                        WHERE
                          [t4].[start_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
                      LEFT OUTER JOIN (
                        SELECT
                          [t21].[la_code],
                          [t21].[child_id],
                          [t21].[sex],
                          [t21].[ethnicity],
                          [t21].[date_of_birth],
                          [t21].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t26]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    1 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                              DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t25].[ref_date]) * 100
                                ) + DATEPART(day, [t25].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t25].[date_of_birth]) * 100
                                ) + DATEPART(day, [t25].[date_of_birth])
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
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[start_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[episode_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
                        FROM [early_help_episode] AS [t4]
                        WHERE
                          [t4].[start_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
                      LEFT OUTER JOIN (
                        SELECT
                          [t21].[la_code],
                          [t21].[child_id],
                          [t21].[sex],
                          [t21].[ethnicity],
                          [t21].[date_of_birth],
                          [t21].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t31]
              ) AS [t32]
            ) AS [t33]
          ) AS [t34]
          GROUP BY
            [t34].[la_code],
            [t34].[month],
            [t34].[_part],
            [t34].[breakdown_value]
        ) AS [t35]
      ) AS [t36]
      GROUP BY
        [t36].[la_code],
        [t36].[indicator_id],
        [t36].[month_index],
        [t36].[breakdown],
        [t36].[breakdown_value]
    ) AS [t38]
      ON [t38].[la_code] = [t8].[la_code]
      AND [t38].[indicator_id] = [t10].[indicator_id]
      AND [t38].[month_index] <= [t9].[month_index]
      AND [t38].[month_index] >= (
        [t9].[month_index] - IIF([t38].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
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
        [t20].[la_code],
        [t20].[indicator_id],
        [t20].[month],
        [t20].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t12].[la_code],
          [t12].[month],
          [t12].[month_end],
          [t12].[month_index],
          [t12].[indicator_id],
          [t12].[months_back],
          [t12].[unit]
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
            ('EH1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t20]
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
            [t20].[la_code] = [t44].[la_code]
            AND [t20].[indicator_id] = [t44].[indicator_id]
            AND [t20].[month] = [t44].[month]
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
          ('EH1', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
