WITH [t42] AS (
  SELECT
    [t41].[la_code],
    [t41].[indicator_id],
    [t41].[month],
    [t41].[breakdown],
    [t41].[breakdown_value],
    [t41].[unit],
    SUM([t41].[_num]) AS [numerator],
    SUM([t41].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t40].[la_code] AS [la_code_right],
      [t40].[indicator_id] AS [indicator_id_right],
      [t40].[month_index] AS [month_index_right],
      [t40].[breakdown],
      [t40].[breakdown_value],
      [t40].[_num],
      [t40].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('MIS1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t38].[la_code],
        [t38].[indicator_id],
        [t38].[month_index],
        [t38].[breakdown],
        [t38].[breakdown_value],
        SUM([t38].[numerator]) AS [_num],
        SUM([t38].[denominator]) AS [_den]
      FROM (
        SELECT
          [t37].[la_code],
          'MIS1' AS [indicator_id],
          (
            (
              DATEPART(year, [t37].[month]) * 12
            ) + DATEPART(month, [t37].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t37].[_part] = 0
            THEN 'all'
            WHEN [t37].[_part] = 1
            THEN 'age_band'
            WHEN [t37].[_part] = 2
            THEN 'sex'
            WHEN [t37].[_part] = 3
            THEN 'ethnicity_group'
            WHEN [t37].[_part] = 4
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t37].[breakdown_value],
          [t37].[numerator],
          [t37].[denominator]
        FROM (
          SELECT
            [t36].[la_code],
            [t36].[month],
            [t36].[_part],
            [t36].[breakdown_value],
            SUM([t36].[numerator]) AS [numerator],
            SUM([t36].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t27].[la_code],
                  [t27].[month],
                  [t27].[numerator],
                  [t27].[denominator],
                  2 AS [_part],
                  COALESCE(
                    COALESCE(
                      CASE [t27].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t27].[sex] END,
                      'unknown'
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t26].[la_code],
                    [t26].[month],
                    [t26].[child_id],
                    [t26].[record_id],
                    [t26].[ref_date],
                    [t26].[numerator],
                    [t26].[denominator],
                    [t26].[sex],
                    [t26].[ethnicity],
                    [t26].[date_of_birth],
                    [t26].[_disabled]
                  FROM (
                    SELECT
                      [t23].[la_code],
                      [t23].[month],
                      [t23].[child_id],
                      [t23].[record_id],
                      [t23].[ref_date],
                      [t23].[numerator],
                      [t23].[denominator],
                      [t25].[la_code] AS [la_code_right],
                      [t25].[child_id] AS [child_id_right],
                      [t25].[sex],
                      [t25].[ethnicity],
                      [t25].[date_of_birth],
                      [t25].[_disabled]
                    FROM (
                      SELECT
                        [t20].[la_code],
                        [t20].[month],
                        CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t20].[child_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t20].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM (
                        SELECT
                          [t15].[la_code],
                          [t15].[child_id],
                          [t15].[month],
                          MIN([t15].[start_date]) AS [start_date]
                        FROM (
                          SELECT
                            [t4].[child_id],
                            [t4].[missing_type],
                            [t4].[start_date],
                            [t4].[end_date],
                            [t4].[la_code],
                            [t4].[load_id],
                            DATETRUNC(MONTH, [t4].[start_date]) AS [month]
                          FROM [missing_episode] AS [t4]
                          WHERE
                            [t4].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t15]
                        GROUP BY
                          [t15].[la_code],
                          [t15].[child_id],
                          [t15].[month]
                      ) AS [t20]
                    ) AS [t23]
                    LEFT OUTER JOIN (
                      SELECT
                        [t22].[la_code],
                        [t22].[child_id],
                        [t22].[sex],
                        [t22].[ethnicity],
                        [t22].[date_of_birth],
                        [t22].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
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
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t22]
                    ) AS [t25]
                      ON [t23].[la_code] = [t25].[la_code] AND [t23].[child_id] = [t25].[child_id]
                  ) AS [t26]
                ) AS [t27]
              ) AS [t30]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t27].[la_code],
                  [t27].[month],
                  [t27].[numerator],
                  [t27].[denominator],
                  3 AS [_part],
                  COALESCE(
                    IIF(
                      [t27].[ethnicity] IN ('REFU', 'NOBT'),
                      'Not known',
                      CASE
                        WHEN SUBSTRING([t27].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t27].[ethnicity])), 1) = 'W'
                        THEN 'White'
                        WHEN SUBSTRING([t27].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t27].[ethnicity])), 1) = 'M'
                        THEN 'Mixed'
                        WHEN SUBSTRING([t27].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t27].[ethnicity])), 1) = 'A'
                        THEN 'Asian or Asian British'
                        WHEN SUBSTRING([t27].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t27].[ethnicity])), 1) = 'B'
                        THEN 'Black or Black British'
                        WHEN SUBSTRING([t27].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t27].[ethnicity])), 1) = 'C'
                        THEN 'Other ethnic group'
                        WHEN SUBSTRING([t27].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t27].[ethnicity])), 1) = 'O'
                        THEN 'Other ethnic group'
                        ELSE 'Not known'
                      END
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t26].[la_code],
                    [t26].[month],
                    [t26].[child_id],
                    [t26].[record_id],
                    [t26].[ref_date],
                    [t26].[numerator],
                    [t26].[denominator],
                    [t26].[sex],
                    [t26].[ethnicity],
                    [t26].[date_of_birth],
                    [t26].[_disabled]
                  FROM (
                    SELECT
                      [t23].[la_code],
                      [t23].[month],
                      [t23].[child_id],
                      [t23].[record_id],
                      [t23].[ref_date],
                      [t23].[numerator],
                      [t23].[denominator],
                      [t25].[la_code] AS [la_code_right],
                      [t25].[child_id] AS [child_id_right],
                      [t25].[sex],
                      [t25].[ethnicity],
                      [t25].[date_of_birth],
                      [t25].[_disabled]
                    FROM (
                      SELECT
                        [t20].[la_code],
                        [t20].[month],
                        CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t20].[child_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t20].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM (
                        SELECT
                          [t15].[la_code],
                          [t15].[child_id],
                          [t15].[month],
                          MIN([t15].[start_date]) AS [start_date]
                        FROM (
                          SELECT
                            [t4].[child_id],
                            [t4].[missing_type],
                            [t4].[start_date],
                            [t4].[end_date],
                            [t4].[la_code],
                            [t4].[load_id],
                            DATETRUNC(MONTH, [t4].[start_date]) AS [month]
                          FROM [missing_episode] AS [t4]
                          WHERE
                            [t4].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t15]
                        GROUP BY
                          [t15].[la_code],
                          [t15].[child_id],
                          [t15].[month]
                      ) AS [t20]
                    ) AS [t23]
                    LEFT OUTER JOIN (
                      SELECT
                        [t22].[la_code],
                        [t22].[child_id],
                        [t22].[sex],
                        [t22].[ethnicity],
                        [t22].[date_of_birth],
                        [t22].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
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
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t22]
                    ) AS [t25]
                      ON [t23].[la_code] = [t25].[la_code] AND [t23].[child_id] = [t25].[child_id]
                  ) AS [t26]
                ) AS [t27]
              ) AS [t31]
            ) AS [t32]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t27].[la_code],
                  [t27].[month],
                  [t27].[numerator],
                  [t27].[denominator],
                  4 AS [_part],
                  COALESCE(COALESCE([t27].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t26].[la_code],
                    [t26].[month],
                    [t26].[child_id],
                    [t26].[record_id],
                    [t26].[ref_date],
                    [t26].[numerator],
                    [t26].[denominator],
                    [t26].[sex],
                    [t26].[ethnicity],
                    [t26].[date_of_birth],
                    [t26].[_disabled]
                  FROM (
                    SELECT
                      [t23].[la_code],
                      [t23].[month],
                      [t23].[child_id],
                      [t23].[record_id],
                      [t23].[ref_date],
                      [t23].[numerator],
                      [t23].[denominator],
                      [t25].[la_code] AS [la_code_right],
                      [t25].[child_id] AS [child_id_right],
                      [t25].[sex],
                      [t25].[ethnicity],
                      [t25].[date_of_birth],
                      [t25].[_disabled]
                    FROM (
                      SELECT
                        [t20].[la_code],
                        [t20].[month],
                        CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t20].[child_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t20].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM (
                        SELECT
                          [t15].[la_code],
                          [t15].[child_id],
                          [t15].[month],
                          MIN([t15].[start_date]) AS [start_date]
                        FROM (
                          SELECT
                            [t4].[child_id],
                            [t4].[missing_type],
                            [t4].[start_date],
                            [t4].[end_date],
                            [t4].[la_code],
                            [t4].[load_id],
                            DATETRUNC(MONTH, [t4].[start_date]) AS [month]
                          FROM [missing_episode] AS [t4]
                          WHERE
                            [t4].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t15]
                        GROUP BY
                          [t15].[la_code],
                          [t15].[child_id],
                          [t15].[month]
                      ) AS [t20]
                    ) AS [t23]
                    LEFT OUTER JOIN (
                      SELECT
                        [t22].[la_code],
                        [t22].[child_id],
                        [t22].[sex],
                        [t22].[ethnicity],
                        [t22].[date_of_birth],
                        [t22].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
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
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t22]
                    ) AS [t25]
                      ON [t23].[la_code] = [t25].[la_code] AND [t23].[child_id] = [t25].[child_id]
                  ) AS [t26]
                ) AS [t27]
              ) AS [t29]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t27].[la_code],
                    [t27].[month],
                    [t27].[numerator],
                    [t27].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t26].[la_code],
                      [t26].[month],
                      [t26].[child_id],
                      [t26].[record_id],
                      [t26].[ref_date],
                      [t26].[numerator],
                      [t26].[denominator],
                      [t26].[sex],
                      [t26].[ethnicity],
                      [t26].[date_of_birth],
                      [t26].[_disabled]
                    FROM (
                      SELECT
                        [t23].[la_code],
                        [t23].[month],
                        [t23].[child_id],
                        [t23].[record_id],
                        [t23].[ref_date],
                        [t23].[numerator],
                        [t23].[denominator],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t20].[la_code],
                          [t20].[month],
                          CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t20].[child_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t20].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[month],
                            MIN([t15].[start_date]) AS [start_date]
                          FROM (
                            SELECT
                              [t4].[child_id],
                              [t4].[missing_type],
                              [t4].[start_date],
                              [t4].[end_date],
                              [t4].[la_code],
                              [t4].[load_id],
                              DATETRUNC(MONTH, [t4].[start_date]) AS [month]
                            FROM [missing_episode] AS [t4]
                            WHERE
                              [t4].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t15]
                          GROUP BY
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[month]
                        ) AS [t20]
                      ) AS [t23]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
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
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t23].[la_code] = [t25].[la_code] AND [t23].[child_id] = [t25].[child_id]
                    ) AS [t26]
                  ) AS [t27]
                ) AS [t28]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t27].[la_code],
                    [t27].[month],
                    [t27].[numerator],
                    [t27].[denominator],
                    1 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
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
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
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
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
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
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
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
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t27].[ref_date]) * 100
                                  ) + DATEPART(day, [t27].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t27].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t27].[date_of_birth])
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
                              DATEPART(year, [t27].[ref_date]) - DATEPART(year, [t27].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t27].[ref_date]) * 100
                                ) + DATEPART(day, [t27].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t27].[date_of_birth]) * 100
                                ) + DATEPART(day, [t27].[date_of_birth])
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
                      [t26].[la_code],
                      [t26].[month],
                      [t26].[child_id],
                      [t26].[record_id],
                      [t26].[ref_date],
                      [t26].[numerator],
                      [t26].[denominator],
                      [t26].[sex],
                      [t26].[ethnicity],
                      [t26].[date_of_birth],
                      [t26].[_disabled]
                    FROM (
                      SELECT
                        [t23].[la_code],
                        [t23].[month],
                        [t23].[child_id],
                        [t23].[record_id],
                        [t23].[ref_date],
                        [t23].[numerator],
                        [t23].[denominator],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t20].[la_code],
                          [t20].[month],
                          CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t20].[child_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t20].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[month],
                            MIN([t15].[start_date]) AS [start_date]
                          FROM (
                            SELECT
                              [t4].[child_id],
                              [t4].[missing_type],
                              [t4].[start_date],
                              [t4].[end_date],
                              [t4].[la_code],
                              [t4].[load_id],
                              DATETRUNC(MONTH, [t4].[start_date]) AS [month]
                            FROM [missing_episode] AS [t4]
                            WHERE
                              [t4].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t4].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t15]
                          GROUP BY
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[month]
                        ) AS [t20]
                      ) AS [t23]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
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
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t23].[la_code] = [t25].[la_code] AND [t23].[child_id] = [t25].[child_id]
                    ) AS [t26]
                  ) AS [t27]
                ) AS [t33]
              ) AS [t34]
            ) AS [t35]
          ) AS [t36]
          GROUP BY
            [t36].[la_code],
            [t36].[month],
            [t36].[_part],
            [t36].[breakdown_value]
        ) AS [t37]
      ) AS [t38]
      GROUP BY
        [t38].[la_code],
        [t38].[indicator_id],
        [t38].[month_index],
        [t38].[breakdown],
        [t38].[breakdown_value]
    ) AS [t40]
      ON [t40].[la_code] = [t8].[la_code]
      AND [t40].[indicator_id] = [t10].[indicator_id]
      AND [t40].[month_index] <= [t9].[month_index]
      AND [t40].[month_index] >= (
        [t9].[month_index] - IIF([t40].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t41]
  GROUP BY
    [t41].[la_code],
    [t41].[indicator_id],
    [t41].[month],
    [t41].[breakdown],
    [t41].[breakdown_value],
    [t41].[unit]
)
SELECT
  [t54].[la_code],
  [t54].[indicator_id],
  [t54].[month],
  [t54].[breakdown],
  [t54].[breakdown_value],
  [t54].[numerator],
  CASE
    WHEN [t54].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t54].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t54].[denominator]
  END AS [denominator],
  CASE
    WHEN [t54].[unit] = 'count'
    THEN [t54].[numerator]
    WHEN [t54].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t54].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t54].[unit] = 'percent'
    THEN IIF(
      [t54].[denominator] > 0,
      CAST([t54].[numerator] AS FLOAT) / [t54].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t54].[denominator] > 0,
      CAST([t54].[numerator] AS FLOAT) / [t54].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t48].[la_code],
      [t48].[indicator_id],
      [t48].[month],
      [t48].[breakdown],
      [t48].[breakdown_value],
      [t48].[unit],
      [t48].[numerator],
      [t48].[denominator]
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
            ('MIS1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t43].[la_code],
              [t43].[indicator_id],
              [t43].[month],
              [t43].[breakdown],
              [t43].[breakdown_value],
              [t43].[unit],
              [t43].[numerator],
              [t43].[denominator]
            FROM [t42] AS [t43]
            WHERE
              [t43].[breakdown] = 'month_alone'
          ) AS [t46]
          WHERE
            [t19].[la_code] = [t46].[la_code]
            AND [t19].[indicator_id] = [t46].[indicator_id]
            AND [t19].[month] = [t46].[month]
        )
    ) AS [t48]
  ) AS [t50]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t42] AS [t43]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t49].[la_code],
        [t49].[indicator_id],
        [t49].[month],
        [t49].[breakdown],
        [t49].[breakdown_value],
        [t49].[unit],
        [t49].[numerator],
        [t49].[denominator]
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
          ('MIS1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t43].[la_code],
                [t43].[indicator_id],
                [t43].[month],
                [t43].[breakdown],
                [t43].[breakdown_value],
                [t43].[unit],
                [t43].[numerator],
                [t43].[denominator]
              FROM [t42] AS [t43]
              WHERE
                [t43].[breakdown] = 'all'
            ) AS [t47]
            WHERE
              [t8].[la_code] = [t47].[la_code]
              AND [t10].[indicator_id] = [t47].[indicator_id]
              AND [t9].[month] = [t47].[month]
          )
      ) AS [t49]
    ) AS [t51]
  ) AS [t52]
) AS [t54]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t54].[la_code] = [t7].[la_code] AND [t54].[month] = [t7].[month]
