WITH [t47] AS (
  SELECT
    [t46].[la_code],
    [t46].[indicator_id],
    [t46].[month],
    [t46].[breakdown],
    [t46].[breakdown_value],
    [t46].[unit],
    SUM([t46].[_num]) AS [numerator],
    SUM([t46].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t45].[breakdown],
      [t45].[breakdown_value],
      [t45].[_num],
      [t45].[_den],
      [t45].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('S47a', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t43].[la_code],
        [t43].[indicator_id],
        [t43].[breakdown],
        [t43].[breakdown_value],
        [t43].[_num],
        [t43].[_den],
        [t43].[month_index] + [t43].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t42].[la_code],
          [t42].[indicator_id],
          [t42].[month_index],
          [t42].[breakdown],
          [t42].[breakdown_value],
          [t42].[_num],
          [t42].[_den],
          [t16].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t40].[la_code],
            [t40].[indicator_id],
            [t40].[month_index],
            [t40].[breakdown],
            [t40].[breakdown_value],
            SUM([t40].[numerator]) AS [_num],
            SUM([t40].[denominator]) AS [_den]
          FROM (
            SELECT
              [t39].[la_code],
              'S47a' AS [indicator_id],
              (
                (
                  DATEPART(year, [t39].[month]) * 12
                ) + DATEPART(month, [t39].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t39].[_part] = 0
                THEN 'all'
                WHEN [t39].[_part] = 1
                THEN 'age_band'
                WHEN [t39].[_part] = 2
                THEN 'sex'
                WHEN [t39].[_part] = 3
                THEN 'ethnicity_group'
                WHEN [t39].[_part] = 4
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t39].[breakdown_value],
              [t39].[numerator],
              [t39].[denominator]
            FROM (
              SELECT
                [t38].[la_code],
                [t38].[month],
                [t38].[_part],
                [t38].[breakdown_value],
                SUM([t38].[numerator]) AS [numerator],
                SUM([t38].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[numerator],
                      [t29].[denominator],
                      2 AS [_part],
                      COALESCE(COALESCE([t29].[sex], 'unknown'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[_born],
                        [t28].[sex],
                        [t28].[ethnicity_group],
                        [t28].[disability]
                      FROM (
                        SELECT
                          [t19].[la_code],
                          [t19].[month],
                          [t19].[child_id],
                          [t19].[record_id],
                          [t19].[ref_date],
                          [t19].[numerator],
                          [t19].[denominator],
                          [t27].[la_code] AS [la_code_right],
                          [t27].[child_id] AS [child_id_right],
                          [t27].[_born],
                          [t27].[sex],
                          [t27].[ethnicity_group],
                          [t27].[disability]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[start_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[s47_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM [s47_enquiry] AS [t5]
                          WHERE
                            [t5].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t19]
                        LEFT OUTER JOIN (
                          SELECT
                            [t25].[la_code],
                            [t25].[child_id],
                            [t25].[date_of_birth] AS [_born],
                            CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END AS [sex],
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
                            ) AS [ethnicity_group],
                            [t25].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[upn],
                              [t24].[sex],
                              [t24].[date_of_birth],
                              [t24].[expected_date_of_birth],
                              [t24].[ethnicity],
                              [t24].[date_of_death],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[_disabled]
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
                                [t22].[la_code] AS [la_code_right],
                                [t22].[child_id] AS [child_id_right],
                                [t22].[_disabled]
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
                              ) AS [t22]
                                ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t27]
                          ON [t19].[la_code] = [t27].[la_code] AND [t19].[child_id] = [t27].[child_id]
                      ) AS [t28]
                    ) AS [t29]
                  ) AS [t31]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[numerator],
                      [t29].[denominator],
                      3 AS [_part],
                      COALESCE(COALESCE([t29].[ethnicity_group], 'Not known'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[_born],
                        [t28].[sex],
                        [t28].[ethnicity_group],
                        [t28].[disability]
                      FROM (
                        SELECT
                          [t19].[la_code],
                          [t19].[month],
                          [t19].[child_id],
                          [t19].[record_id],
                          [t19].[ref_date],
                          [t19].[numerator],
                          [t19].[denominator],
                          [t27].[la_code] AS [la_code_right],
                          [t27].[child_id] AS [child_id_right],
                          [t27].[_born],
                          [t27].[sex],
                          [t27].[ethnicity_group],
                          [t27].[disability]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[start_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[s47_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM [s47_enquiry] AS [t5]
                          WHERE
                            [t5].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t19]
                        LEFT OUTER JOIN (
                          SELECT
                            [t25].[la_code],
                            [t25].[child_id],
                            [t25].[date_of_birth] AS [_born],
                            CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END AS [sex],
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
                            ) AS [ethnicity_group],
                            [t25].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[upn],
                              [t24].[sex],
                              [t24].[date_of_birth],
                              [t24].[expected_date_of_birth],
                              [t24].[ethnicity],
                              [t24].[date_of_death],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[_disabled]
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
                                [t22].[la_code] AS [la_code_right],
                                [t22].[child_id] AS [child_id_right],
                                [t22].[_disabled]
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
                              ) AS [t22]
                                ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t27]
                          ON [t19].[la_code] = [t27].[la_code] AND [t19].[child_id] = [t27].[child_id]
                      ) AS [t28]
                    ) AS [t29]
                  ) AS [t32]
                ) AS [t34]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[numerator],
                      [t29].[denominator],
                      4 AS [_part],
                      COALESCE(COALESCE([t29].[disability], 'Not disabled'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[_born],
                        [t28].[sex],
                        [t28].[ethnicity_group],
                        [t28].[disability]
                      FROM (
                        SELECT
                          [t19].[la_code],
                          [t19].[month],
                          [t19].[child_id],
                          [t19].[record_id],
                          [t19].[ref_date],
                          [t19].[numerator],
                          [t19].[denominator],
                          [t27].[la_code] AS [la_code_right],
                          [t27].[child_id] AS [child_id_right],
                          [t27].[_born],
                          [t27].[sex],
                          [t27].[ethnicity_group],
                          [t27].[disability]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[start_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[s47_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM [s47_enquiry] AS [t5]
                          WHERE
                            [t5].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t19]
                        LEFT OUTER JOIN (
                          SELECT
                            [t25].[la_code],
                            [t25].[child_id],
                            [t25].[date_of_birth] AS [_born],
                            CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END AS [sex],
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
                            ) AS [ethnicity_group],
                            [t25].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[upn],
                              [t24].[sex],
                              [t24].[date_of_birth],
                              [t24].[expected_date_of_birth],
                              [t24].[ethnicity],
                              [t24].[date_of_death],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[_disabled]
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
                                [t22].[la_code] AS [la_code_right],
                                [t22].[child_id] AS [child_id_right],
                                [t22].[_disabled]
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
                              ) AS [t22]
                                ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t27]
                          ON [t19].[la_code] = [t27].[la_code] AND [t19].[child_id] = [t27].[child_id]
                      ) AS [t28]
                    ) AS [t29]
                  ) AS [t33]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t29].[la_code],
                        [t29].[month],
                        [t29].[numerator],
                        [t29].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t28].[la_code],
                          [t28].[month],
                          [t28].[child_id],
                          [t28].[record_id],
                          [t28].[ref_date],
                          [t28].[numerator],
                          [t28].[denominator],
                          [t28].[_born],
                          [t28].[sex],
                          [t28].[ethnicity_group],
                          [t28].[disability]
                        FROM (
                          SELECT
                            [t19].[la_code],
                            [t19].[month],
                            [t19].[child_id],
                            [t19].[record_id],
                            [t19].[ref_date],
                            [t19].[numerator],
                            [t19].[denominator],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[start_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[s47_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM [s47_enquiry] AS [t5]
                            WHERE
                              [t5].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t19]
                          LEFT OUTER JOIN (
                            SELECT
                              [t25].[la_code],
                              [t25].[child_id],
                              [t25].[date_of_birth] AS [_born],
                              CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END AS [sex],
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
                              ) AS [ethnicity_group],
                              [t25].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t24].[child_id],
                                [t24].[upn],
                                [t24].[sex],
                                [t24].[date_of_birth],
                                [t24].[expected_date_of_birth],
                                [t24].[ethnicity],
                                [t24].[date_of_death],
                                [t24].[la_code],
                                [t24].[load_id],
                                [t24].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t24]
                            ) AS [t25]
                          ) AS [t27]
                            ON [t19].[la_code] = [t27].[la_code] AND [t19].[child_id] = [t27].[child_id]
                        ) AS [t28]
                      ) AS [t29]
                    ) AS [t30]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t29].[la_code],
                        [t29].[month],
                        [t29].[numerator],
                        [t29].[denominator],
                        1 AS [_part],
                        COALESCE(
                          COALESCE(
                            CASE
                              WHEN (
                                (
                                  (
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 0
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
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
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 1
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
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
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 5
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
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
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 10
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
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
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 16
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t29].[ref_date]) * 100
                                      ) + DATEPART(day, [t29].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t29].[_born]) * 100
                                      ) + DATEPART(day, [t29].[_born])
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
                                  DATEPART(year, [t29].[ref_date]) - DATEPART(year, [t29].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t29].[ref_date]) * 100
                                    ) + DATEPART(day, [t29].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t29].[_born]) * 100
                                    ) + DATEPART(day, [t29].[_born])
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
                          [t28].[la_code],
                          [t28].[month],
                          [t28].[child_id],
                          [t28].[record_id],
                          [t28].[ref_date],
                          [t28].[numerator],
                          [t28].[denominator],
                          [t28].[_born],
                          [t28].[sex],
                          [t28].[ethnicity_group],
                          [t28].[disability]
                        FROM (
                          SELECT
                            [t19].[la_code],
                            [t19].[month],
                            [t19].[child_id],
                            [t19].[record_id],
                            [t19].[ref_date],
                            [t19].[numerator],
                            [t19].[denominator],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[start_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[s47_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM [s47_enquiry] AS [t5]
                            WHERE
                              [t5].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t19]
                          LEFT OUTER JOIN (
                            SELECT
                              [t25].[la_code],
                              [t25].[child_id],
                              [t25].[date_of_birth] AS [_born],
                              CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END AS [sex],
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
                              ) AS [ethnicity_group],
                              [t25].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t24].[child_id],
                                [t24].[upn],
                                [t24].[sex],
                                [t24].[date_of_birth],
                                [t24].[expected_date_of_birth],
                                [t24].[ethnicity],
                                [t24].[date_of_death],
                                [t24].[la_code],
                                [t24].[load_id],
                                [t24].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t24]
                            ) AS [t25]
                          ) AS [t27]
                            ON [t19].[la_code] = [t27].[la_code] AND [t19].[child_id] = [t27].[child_id]
                        ) AS [t28]
                      ) AS [t29]
                    ) AS [t35]
                  ) AS [t36]
                ) AS [t37]
              ) AS [t38]
              GROUP BY
                [t38].[la_code],
                [t38].[month],
                [t38].[_part],
                [t38].[breakdown_value]
            ) AS [t39]
          ) AS [t40]
          GROUP BY
            [t40].[la_code],
            [t40].[indicator_id],
            [t40].[month_index],
            [t40].[breakdown],
            [t40].[breakdown_value]
        ) AS [t42]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('S47a', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t42].[indicator_id] = [t16].[indicator_id]
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
      ) AS [t43]
      WHERE
        [t43].[_offset] <= IIF([t43].[breakdown] = 'month_alone', 0, [t43].[months_back])
    ) AS [t45]
      ON [t45].[la_code] = [t9].[la_code]
      AND [t45].[indicator_id] = [t11].[indicator_id]
      AND [t45].[_until_index] = [t10].[month_index]
  ) AS [t46]
  GROUP BY
    [t46].[la_code],
    [t46].[indicator_id],
    [t46].[month],
    [t46].[breakdown],
    [t46].[breakdown_value],
    [t46].[unit]
)
SELECT
  [t59].[la_code],
  [t59].[indicator_id],
  [t59].[month],
  [t59].[breakdown],
  [t59].[breakdown_value],
  [t59].[numerator],
  CASE
    WHEN [t59].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t59].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t59].[denominator]
  END AS [denominator],
  CASE
    WHEN [t59].[unit] = 'count'
    THEN [t59].[numerator]
    WHEN [t59].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t59].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t59].[unit] = 'percent'
    THEN IIF(
      [t59].[denominator] > 0,
      CAST([t59].[numerator] AS FLOAT) / [t59].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t59].[denominator] > 0,
      CAST([t59].[numerator] AS FLOAT) / [t59].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t53].[la_code],
      [t53].[indicator_id],
      [t53].[month],
      [t53].[breakdown],
      [t53].[breakdown_value],
      [t53].[unit],
      [t53].[numerator],
      [t53].[denominator]
    FROM (
      SELECT
        [t23].[la_code],
        [t23].[indicator_id],
        [t23].[month],
        [t23].[unit],
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
            ('S47a', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t23]
      WHERE
        NOT EXISTS(
          SELECT
            1
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
            FROM [t47] AS [t48]
            WHERE
              [t48].[breakdown] = 'month_alone'
          ) AS [t51]
          WHERE
            [t23].[la_code] = [t51].[la_code]
            AND [t23].[indicator_id] = [t51].[indicator_id]
            AND [t23].[month] = [t51].[month]
        )
    ) AS [t53]
  ) AS [t55]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t47] AS [t48]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t54].[la_code],
        [t54].[indicator_id],
        [t54].[month],
        [t54].[breakdown],
        [t54].[breakdown_value],
        [t54].[unit],
        [t54].[numerator],
        [t54].[denominator]
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
          ('S47a', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
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
              FROM [t47] AS [t48]
              WHERE
                [t48].[breakdown] = 'all'
            ) AS [t52]
            WHERE
              [t9].[la_code] = [t52].[la_code]
              AND [t11].[indicator_id] = [t52].[indicator_id]
              AND [t10].[month] = [t52].[month]
          )
      ) AS [t54]
    ) AS [t56]
  ) AS [t57]
) AS [t59]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t59].[la_code] = [t8].[la_code] AND [t59].[month] = [t8].[month]
