WITH [t49] AS (
  SELECT
    [t48].[la_code],
    [t48].[indicator_id],
    [t48].[month],
    [t48].[breakdown],
    [t48].[breakdown_value],
    [t48].[unit],
    SUM([t48].[_num]) AS [numerator],
    SUM([t48].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t47].[breakdown],
      [t47].[breakdown_value],
      [t47].[_num],
      [t47].[_den],
      [t47].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('MIS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t45].[la_code],
        [t45].[indicator_id],
        [t45].[breakdown],
        [t45].[breakdown_value],
        [t45].[_num],
        [t45].[_den],
        [t45].[month_index] + [t45].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t44].[la_code],
          [t44].[indicator_id],
          [t44].[month_index],
          [t44].[breakdown],
          [t44].[breakdown_value],
          [t44].[_num],
          [t44].[_den],
          [t16].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t42].[la_code],
            [t42].[indicator_id],
            [t42].[month_index],
            [t42].[breakdown],
            [t42].[breakdown_value],
            SUM([t42].[numerator]) AS [_num],
            SUM([t42].[denominator]) AS [_den]
          FROM (
            SELECT
              [t41].[la_code],
              'MIS1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t41].[month]) * 12
                ) + DATEPART(month, [t41].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t41].[_part] = 0
                THEN 'all'
                WHEN [t41].[_part] = 1
                THEN 'age_band'
                WHEN [t41].[_part] = 2
                THEN 'sex'
                WHEN [t41].[_part] = 3
                THEN 'ethnicity_group'
                WHEN [t41].[_part] = 4
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t41].[breakdown_value],
              [t41].[numerator],
              [t41].[denominator]
            FROM (
              SELECT
                [t40].[la_code],
                [t40].[month],
                [t40].[_part],
                [t40].[breakdown_value],
                SUM([t40].[numerator]) AS [numerator],
                SUM([t40].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t31].[la_code],
                      [t31].[month],
                      [t31].[numerator],
                      [t31].[denominator],
                      2 AS [_part],
                      COALESCE(COALESCE([t31].[sex], 'unknown'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t30].[la_code],
                        [t30].[month],
                        [t30].[child_id],
                        [t30].[record_id],
                        [t30].[ref_date],
                        [t30].[numerator],
                        [t30].[denominator],
                        [t30].[_born],
                        [t30].[sex],
                        [t30].[ethnicity_group],
                        [t30].[disability]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          [t26].[month],
                          [t26].[child_id],
                          [t26].[record_id],
                          [t26].[ref_date],
                          [t26].[numerator],
                          [t26].[denominator],
                          [t29].[la_code] AS [la_code_right],
                          [t29].[child_id] AS [child_id_right],
                          [t29].[_born],
                          [t29].[sex],
                          [t29].[ethnicity_group],
                          [t29].[disability]
                        FROM (
                          SELECT
                            [t23].[la_code],
                            [t23].[month],
                            CAST([t23].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t23].[child_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t23].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              [t18].[la_code],
                              [t18].[child_id],
                              [t18].[month],
                              MIN([t18].[start_date]) AS [start_date]
                            FROM (
                              SELECT
                                [t5].[child_id],
                                [t5].[missing_type],
                                [t5].[start_date],
                                [t5].[end_date],
                                [t5].[la_code],
                                [t5].[load_id],
                                DATETRUNC(MONTH, [t5].[start_date]) AS [month]
                              FROM [missing_episode] AS [t5]
                              WHERE
                                [t5].[start_date] IS NOT NULL
                                AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                            ) AS [t18]
                            GROUP BY
                              [t18].[la_code],
                              [t18].[child_id],
                              [t18].[month]
                          ) AS [t23]
                        ) AS [t26]
                        LEFT OUTER JOIN (
                          SELECT
                            [t27].[la_code],
                            [t27].[child_id],
                            [t27].[date_of_birth] AS [_born],
                            CASE [t27].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t27].[sex] END AS [sex],
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
                            ) AS [ethnicity_group],
                            [t27].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t25].[child_id],
                              [t25].[upn],
                              [t25].[sex],
                              [t25].[date_of_birth],
                              [t25].[expected_date_of_birth],
                              [t25].[ethnicity],
                              [t25].[date_of_death],
                              [t25].[la_code],
                              [t25].[load_id],
                              [t25].[_disabled]
                            FROM (
                              SELECT
                                [t13].[child_id],
                                [t13].[upn],
                                [t13].[sex],
                                [t13].[date_of_birth],
                                [t13].[expected_date_of_birth],
                                [t13].[ethnicity],
                                [t13].[date_of_death],
                                [t13].[la_code],
                                [t13].[load_id],
                                [t21].[la_code] AS [la_code_right],
                                [t21].[child_id] AS [child_id_right],
                                [t21].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t17].[la_code],
                                  [t17].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t17]
                              ) AS [t21]
                                ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                            ) AS [t25]
                          ) AS [t27]
                        ) AS [t29]
                          ON [t26].[la_code] = [t29].[la_code] AND [t26].[child_id] = [t29].[child_id]
                      ) AS [t30]
                    ) AS [t31]
                  ) AS [t33]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t31].[la_code],
                      [t31].[month],
                      [t31].[numerator],
                      [t31].[denominator],
                      3 AS [_part],
                      COALESCE(COALESCE([t31].[ethnicity_group], 'Not known'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t30].[la_code],
                        [t30].[month],
                        [t30].[child_id],
                        [t30].[record_id],
                        [t30].[ref_date],
                        [t30].[numerator],
                        [t30].[denominator],
                        [t30].[_born],
                        [t30].[sex],
                        [t30].[ethnicity_group],
                        [t30].[disability]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          [t26].[month],
                          [t26].[child_id],
                          [t26].[record_id],
                          [t26].[ref_date],
                          [t26].[numerator],
                          [t26].[denominator],
                          [t29].[la_code] AS [la_code_right],
                          [t29].[child_id] AS [child_id_right],
                          [t29].[_born],
                          [t29].[sex],
                          [t29].[ethnicity_group],
                          [t29].[disability]
                        FROM (
                          SELECT
                            [t23].[la_code],
                            [t23].[month],
                            CAST([t23].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t23].[child_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t23].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              [t18].[la_code],
                              [t18].[child_id],
                              [t18].[month],
                              MIN([t18].[start_date]) AS [start_date]
                            FROM (
                              SELECT
                                [t5].[child_id],
                                [t5].[missing_type],
                                [t5].[start_date],
                                [t5].[end_date],
                                [t5].[la_code],
                                [t5].[load_id],
                                DATETRUNC(MONTH, [t5].[start_date]) AS [month]
                              FROM [missing_episode] AS [t5]
                              WHERE
                                [t5].[start_date] IS NOT NULL
                                AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                            ) AS [t18]
                            GROUP BY
                              [t18].[la_code],
                              [t18].[child_id],
                              [t18].[month]
                          ) AS [t23]
                        ) AS [t26]
                        LEFT OUTER JOIN (
                          SELECT
                            [t27].[la_code],
                            [t27].[child_id],
                            [t27].[date_of_birth] AS [_born],
                            CASE [t27].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t27].[sex] END AS [sex],
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
                            ) AS [ethnicity_group],
                            [t27].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t25].[child_id],
                              [t25].[upn],
                              [t25].[sex],
                              [t25].[date_of_birth],
                              [t25].[expected_date_of_birth],
                              [t25].[ethnicity],
                              [t25].[date_of_death],
                              [t25].[la_code],
                              [t25].[load_id],
                              [t25].[_disabled]
                            FROM (
                              SELECT
                                [t13].[child_id],
                                [t13].[upn],
                                [t13].[sex],
                                [t13].[date_of_birth],
                                [t13].[expected_date_of_birth],
                                [t13].[ethnicity],
                                [t13].[date_of_death],
                                [t13].[la_code],
                                [t13].[load_id],
                                [t21].[la_code] AS [la_code_right],
                                [t21].[child_id] AS [child_id_right],
                                [t21].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t17].[la_code],
                                  [t17].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t17]
                              ) AS [t21]
                                ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                            ) AS [t25]
                          ) AS [t27]
                        ) AS [t29]
                          ON [t26].[la_code] = [t29].[la_code] AND [t26].[child_id] = [t29].[child_id]
                      ) AS [t30]
                    ) AS [t31]
                  ) AS [t34]
                ) AS [t36]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t31].[la_code],
                      [t31].[month],
                      [t31].[numerator],
                      [t31].[denominator],
                      4 AS [_part],
                      COALESCE(COALESCE([t31].[disability], 'Not disabled'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t30].[la_code],
                        [t30].[month],
                        [t30].[child_id],
                        [t30].[record_id],
                        [t30].[ref_date],
                        [t30].[numerator],
                        [t30].[denominator],
                        [t30].[_born],
                        [t30].[sex],
                        [t30].[ethnicity_group],
                        [t30].[disability]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          [t26].[month],
                          [t26].[child_id],
                          [t26].[record_id],
                          [t26].[ref_date],
                          [t26].[numerator],
                          [t26].[denominator],
                          [t29].[la_code] AS [la_code_right],
                          [t29].[child_id] AS [child_id_right],
                          [t29].[_born],
                          [t29].[sex],
                          [t29].[ethnicity_group],
                          [t29].[disability]
                        FROM (
                          SELECT
                            [t23].[la_code],
                            [t23].[month],
                            CAST([t23].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t23].[child_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t23].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              [t18].[la_code],
                              [t18].[child_id],
                              [t18].[month],
                              MIN([t18].[start_date]) AS [start_date]
                            FROM (
                              SELECT
                                [t5].[child_id],
                                [t5].[missing_type],
                                [t5].[start_date],
                                [t5].[end_date],
                                [t5].[la_code],
                                [t5].[load_id],
                                DATETRUNC(MONTH, [t5].[start_date]) AS [month]
                              FROM [missing_episode] AS [t5]
                              WHERE
                                [t5].[start_date] IS NOT NULL
                                AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                            ) AS [t18]
                            GROUP BY
                              [t18].[la_code],
                              [t18].[child_id],
                              [t18].[month]
                          ) AS [t23]
                        ) AS [t26]
                        LEFT OUTER JOIN (
                          SELECT
                            [t27].[la_code],
                            [t27].[child_id],
                            [t27].[date_of_birth] AS [_born],
                            CASE [t27].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t27].[sex] END AS [sex],
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
                            ) AS [ethnicity_group],
                            [t27].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t25].[child_id],
                              [t25].[upn],
                              [t25].[sex],
                              [t25].[date_of_birth],
                              [t25].[expected_date_of_birth],
                              [t25].[ethnicity],
                              [t25].[date_of_death],
                              [t25].[la_code],
                              [t25].[load_id],
                              [t25].[_disabled]
                            FROM (
                              SELECT
                                [t13].[child_id],
                                [t13].[upn],
                                [t13].[sex],
                                [t13].[date_of_birth],
                                [t13].[expected_date_of_birth],
                                [t13].[ethnicity],
                                [t13].[date_of_death],
                                [t13].[la_code],
                                [t13].[load_id],
                                [t21].[la_code] AS [la_code_right],
                                [t21].[child_id] AS [child_id_right],
                                [t21].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t17].[la_code],
                                  [t17].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t17]
                              ) AS [t21]
                                ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                            ) AS [t25]
                          ) AS [t27]
                        ) AS [t29]
                          ON [t26].[la_code] = [t29].[la_code] AND [t26].[child_id] = [t29].[child_id]
                      ) AS [t30]
                    ) AS [t31]
                  ) AS [t35]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t31].[la_code],
                        [t31].[month],
                        [t31].[numerator],
                        [t31].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t30].[la_code],
                          [t30].[month],
                          [t30].[child_id],
                          [t30].[record_id],
                          [t30].[ref_date],
                          [t30].[numerator],
                          [t30].[denominator],
                          [t30].[_born],
                          [t30].[sex],
                          [t30].[ethnicity_group],
                          [t30].[disability]
                        FROM (
                          SELECT
                            [t26].[la_code],
                            [t26].[month],
                            [t26].[child_id],
                            [t26].[record_id],
                            [t26].[ref_date],
                            [t26].[numerator],
                            [t26].[denominator],
                            [t29].[la_code] AS [la_code_right],
                            [t29].[child_id] AS [child_id_right],
                            [t29].[_born],
                            [t29].[sex],
                            [t29].[ethnicity_group],
                            [t29].[disability]
                          FROM (
                            SELECT
                              [t23].[la_code],
                              [t23].[month],
                              CAST([t23].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t23].[child_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t23].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM (
                              SELECT
                                [t18].[la_code],
                                [t18].[child_id],
                                [t18].[month],
                                MIN([t18].[start_date]) AS [start_date]
                              FROM (
                                SELECT
                                  [t5].[child_id],
                                  [t5].[missing_type],
                                  [t5].[start_date],
                                  [t5].[end_date],
                                  [t5].[la_code],
                                  [t5].[load_id],
                                  DATETRUNC(MONTH, [t5].[start_date]) AS [month]
                                FROM [missing_episode] AS [t5]
                                WHERE
                                  [t5].[start_date] IS NOT NULL
                                  AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                              ) AS [t18]
                              GROUP BY
                                [t18].[la_code],
                                [t18].[child_id],
                                [t18].[month]
                            ) AS [t23]
                          ) AS [t26]
                          LEFT OUTER JOIN (
                            SELECT
                              [t27].[la_code],
                              [t27].[child_id],
                              [t27].[date_of_birth] AS [_born],
                              CASE [t27].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t27].[sex] END AS [sex],
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
                              ) AS [ethnicity_group],
                              [t27].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t25].[child_id],
                                [t25].[upn],
                                [t25].[sex],
                                [t25].[date_of_birth],
                                [t25].[expected_date_of_birth],
                                [t25].[ethnicity],
                                [t25].[date_of_death],
                                [t25].[la_code],
                                [t25].[load_id],
                                [t25].[_disabled]
                              FROM (
                                SELECT
                                  [t13].[child_id],
                                  [t13].[upn],
                                  [t13].[sex],
                                  [t13].[date_of_birth],
                                  [t13].[expected_date_of_birth],
                                  [t13].[ethnicity],
                                  [t13].[date_of_death],
                                  [t13].[la_code],
                                  [t13].[load_id],
                                  [t21].[la_code] AS [la_code_right],
                                  [t21].[child_id] AS [child_id_right],
                                  [t21].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t17].[la_code],
                                    [t17].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t17]
                                ) AS [t21]
                                  ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                              ) AS [t25]
                            ) AS [t27]
                          ) AS [t29]
                            ON [t26].[la_code] = [t29].[la_code] AND [t26].[child_id] = [t29].[child_id]
                        ) AS [t30]
                      ) AS [t31]
                    ) AS [t32]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t31].[la_code],
                        [t31].[month],
                        [t31].[numerator],
                        [t31].[denominator],
                        1 AS [_part],
                        COALESCE(
                          COALESCE(
                            CASE
                              WHEN (
                                (
                                  (
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 0
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
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
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 1
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
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
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 5
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
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
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 10
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
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
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 16
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t31].[ref_date]) * 100
                                      ) + DATEPART(day, [t31].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t31].[_born]) * 100
                                      ) + DATEPART(day, [t31].[_born])
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
                                  DATEPART(year, [t31].[ref_date]) - DATEPART(year, [t31].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t31].[ref_date]) * 100
                                    ) + DATEPART(day, [t31].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t31].[_born]) * 100
                                    ) + DATEPART(day, [t31].[_born])
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
                          [t30].[la_code],
                          [t30].[month],
                          [t30].[child_id],
                          [t30].[record_id],
                          [t30].[ref_date],
                          [t30].[numerator],
                          [t30].[denominator],
                          [t30].[_born],
                          [t30].[sex],
                          [t30].[ethnicity_group],
                          [t30].[disability]
                        FROM (
                          SELECT
                            [t26].[la_code],
                            [t26].[month],
                            [t26].[child_id],
                            [t26].[record_id],
                            [t26].[ref_date],
                            [t26].[numerator],
                            [t26].[denominator],
                            [t29].[la_code] AS [la_code_right],
                            [t29].[child_id] AS [child_id_right],
                            [t29].[_born],
                            [t29].[sex],
                            [t29].[ethnicity_group],
                            [t29].[disability]
                          FROM (
                            SELECT
                              [t23].[la_code],
                              [t23].[month],
                              CAST([t23].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t23].[child_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t23].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM (
                              SELECT
                                [t18].[la_code],
                                [t18].[child_id],
                                [t18].[month],
                                MIN([t18].[start_date]) AS [start_date]
                              FROM (
                                SELECT
                                  [t5].[child_id],
                                  [t5].[missing_type],
                                  [t5].[start_date],
                                  [t5].[end_date],
                                  [t5].[la_code],
                                  [t5].[load_id],
                                  DATETRUNC(MONTH, [t5].[start_date]) AS [month]
                                FROM [missing_episode] AS [t5]
                                WHERE
                                  [t5].[start_date] IS NOT NULL
                                  AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                              ) AS [t18]
                              GROUP BY
                                [t18].[la_code],
                                [t18].[child_id],
                                [t18].[month]
                            ) AS [t23]
                          ) AS [t26]
                          LEFT OUTER JOIN (
                            SELECT
                              [t27].[la_code],
                              [t27].[child_id],
                              [t27].[date_of_birth] AS [_born],
                              CASE [t27].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t27].[sex] END AS [sex],
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
                              ) AS [ethnicity_group],
                              [t27].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t25].[child_id],
                                [t25].[upn],
                                [t25].[sex],
                                [t25].[date_of_birth],
                                [t25].[expected_date_of_birth],
                                [t25].[ethnicity],
                                [t25].[date_of_death],
                                [t25].[la_code],
                                [t25].[load_id],
                                [t25].[_disabled]
                              FROM (
                                SELECT
                                  [t13].[child_id],
                                  [t13].[upn],
                                  [t13].[sex],
                                  [t13].[date_of_birth],
                                  [t13].[expected_date_of_birth],
                                  [t13].[ethnicity],
                                  [t13].[date_of_death],
                                  [t13].[la_code],
                                  [t13].[load_id],
                                  [t21].[la_code] AS [la_code_right],
                                  [t21].[child_id] AS [child_id_right],
                                  [t21].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t17].[la_code],
                                    [t17].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t17]
                                ) AS [t21]
                                  ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                              ) AS [t25]
                            ) AS [t27]
                          ) AS [t29]
                            ON [t26].[la_code] = [t29].[la_code] AND [t26].[child_id] = [t29].[child_id]
                        ) AS [t30]
                      ) AS [t31]
                    ) AS [t37]
                  ) AS [t38]
                ) AS [t39]
              ) AS [t40]
              GROUP BY
                [t40].[la_code],
                [t40].[month],
                [t40].[_part],
                [t40].[breakdown_value]
            ) AS [t41]
          ) AS [t42]
          GROUP BY
            [t42].[la_code],
            [t42].[indicator_id],
            [t42].[month_index],
            [t42].[breakdown],
            [t42].[breakdown_value]
        ) AS [t44]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('MIS1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t44].[indicator_id] = [t16].[indicator_id]
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
          (35)) AS t12(_offset)
      ) AS [t45]
      WHERE
        [t45].[_offset] <= IIF([t45].[breakdown] = 'month_alone', 0, [t45].[months_back])
    ) AS [t47]
      ON [t47].[la_code] = [t9].[la_code]
      AND [t47].[indicator_id] = [t11].[indicator_id]
      AND [t47].[_until_index] = [t10].[month_index]
  ) AS [t48]
  GROUP BY
    [t48].[la_code],
    [t48].[indicator_id],
    [t48].[month],
    [t48].[breakdown],
    [t48].[breakdown_value],
    [t48].[unit]
)
SELECT
  [t61].[la_code],
  [t61].[indicator_id],
  [t61].[month],
  [t61].[breakdown],
  [t61].[breakdown_value],
  [t61].[numerator],
  CASE
    WHEN [t61].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t61].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t61].[denominator]
  END AS [denominator],
  CASE
    WHEN [t61].[unit] = 'count'
    THEN [t61].[numerator]
    WHEN [t61].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t61].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t61].[unit] = 'percent'
    THEN IIF(
      [t61].[denominator] > 0,
      CAST([t61].[numerator] AS FLOAT) / [t61].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t61].[denominator] > 0,
      CAST([t61].[numerator] AS FLOAT) / [t61].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t55].[la_code],
      [t55].[indicator_id],
      [t55].[month],
      [t55].[breakdown],
      [t55].[breakdown_value],
      [t55].[unit],
      [t55].[numerator],
      [t55].[denominator]
    FROM (
      SELECT
        [t22].[la_code],
        [t22].[indicator_id],
        [t22].[month],
        [t22].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t15].[la_code],
          [t15].[month],
          [t15].[month_end],
          [t15].[month_index],
          [t15].[indicator_id],
          [t15].[months_back],
          [t15].[unit]
        FROM (
          SELECT
            [t9].[la_code],
            [t10].[month],
            [t10].[month_end],
            [t10].[month_index],
            [t11].[indicator_id],
            [t11].[months_back],
            [t11].[unit]
          FROM [scorecard_councils] AS [t9]
          CROSS JOIN [scorecard_month_spine] AS [t10]
          CROSS JOIN (VALUES
            ('MIS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t22]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t50].[la_code],
              [t50].[indicator_id],
              [t50].[month],
              [t50].[breakdown],
              [t50].[breakdown_value],
              [t50].[unit],
              [t50].[numerator],
              [t50].[denominator]
            FROM [t49] AS [t50]
            WHERE
              [t50].[breakdown] = 'month_alone'
          ) AS [t53]
          WHERE
            [t22].[la_code] = [t53].[la_code]
            AND [t22].[indicator_id] = [t53].[indicator_id]
            AND [t22].[month] = [t53].[month]
        )
    ) AS [t55]
  ) AS [t57]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t49] AS [t50]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t56].[la_code],
        [t56].[indicator_id],
        [t56].[month],
        [t56].[breakdown],
        [t56].[breakdown_value],
        [t56].[unit],
        [t56].[numerator],
        [t56].[denominator]
      FROM (
        SELECT
          [t9].[la_code],
          [t11].[indicator_id],
          [t10].[month],
          [t11].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t9]
        CROSS JOIN [scorecard_month_spine] AS [t10]
        CROSS JOIN (VALUES
          ('MIS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t50].[la_code],
                [t50].[indicator_id],
                [t50].[month],
                [t50].[breakdown],
                [t50].[breakdown_value],
                [t50].[unit],
                [t50].[numerator],
                [t50].[denominator]
              FROM [t49] AS [t50]
              WHERE
                [t50].[breakdown] = 'all'
            ) AS [t54]
            WHERE
              [t9].[la_code] = [t54].[la_code]
              AND [t11].[indicator_id] = [t54].[indicator_id]
              AND [t10].[month] = [t54].[month]
          )
      ) AS [t56]
    ) AS [t58]
  ) AS [t59]
) AS [t61]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t61].[la_code] = [t8].[la_code] AND [t61].[month] = [t8].[month]
