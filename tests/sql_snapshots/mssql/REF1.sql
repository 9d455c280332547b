WITH [t51] AS (
  SELECT
    [t50].[la_code],
    [t50].[indicator_id],
    [t50].[month],
    [t50].[breakdown],
    [t50].[breakdown_value],
    [t50].[unit],
    SUM([t50].[_num]) AS [numerator],
    SUM([t50].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t49].[breakdown],
      [t49].[breakdown_value],
      [t49].[_num],
      [t49].[_den],
      [t49].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('REF1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t47].[la_code],
        [t47].[indicator_id],
        [t47].[breakdown],
        [t47].[breakdown_value],
        [t47].[_num],
        [t47].[_den],
        [t47].[month_index] + [t47].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t46].[la_code],
          [t46].[indicator_id],
          [t46].[month_index],
          [t46].[breakdown],
          [t46].[breakdown_value],
          [t46].[_num],
          [t46].[_den],
          [t16].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t44].[la_code],
            [t44].[indicator_id],
            [t44].[month_index],
            [t44].[breakdown],
            [t44].[breakdown_value],
            SUM([t44].[numerator]) AS [_num],
            SUM([t44].[denominator]) AS [_den]
          FROM (
            SELECT
              [t43].[la_code],
              'REF1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t43].[month]) * 12
                ) + DATEPART(month, [t43].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t43].[_part] = 0
                THEN 'all'
                WHEN [t43].[_part] = 1
                THEN 'referral_source'
                WHEN [t43].[_part] = 2
                THEN 'team'
                WHEN [t43].[_part] = 3
                THEN 'age_band'
                WHEN [t43].[_part] = 4
                THEN 'sex'
                WHEN [t43].[_part] = 5
                THEN 'ethnicity_group'
                WHEN [t43].[_part] = 6
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t43].[breakdown_value],
              [t43].[numerator],
              [t43].[denominator]
            FROM (
              SELECT
                [t42].[la_code],
                [t42].[month],
                [t42].[_part],
                [t42].[breakdown_value],
                SUM([t42].[numerator]) AS [numerator],
                SUM([t42].[denominator]) AS [denominator]
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
                      6 AS [_part],
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
                        [t28].[referral_source],
                        [t28].[team],
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
                          [t19].[referral_source],
                          [t19].[team],
                          [t27].[la_code] AS [la_code_right],
                          [t27].[child_id] AS [child_id_right],
                          [t27].[_born],
                          [t27].[sex],
                          [t27].[ethnicity_group],
                          [t27].[disability]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                            CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t5].[referral_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            [t5].[referral_source],
                            [t5].[team]
                          FROM [cin_episode] AS [t5]
                          WHERE
                            [t5].[referral_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                          [t28].[referral_source],
                          [t28].[team],
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
                            [t19].[referral_source],
                            [t19].[team],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[referral_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[referral_source],
                              [t5].[team]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                        COALESCE([t29].[referral_source], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t28].[la_code],
                          [t28].[month],
                          [t28].[child_id],
                          [t28].[record_id],
                          [t28].[ref_date],
                          [t28].[numerator],
                          [t28].[denominator],
                          [t28].[referral_source],
                          [t28].[team],
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
                            [t19].[referral_source],
                            [t19].[team],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[referral_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[referral_source],
                              [t5].[team]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                  ) AS [t34]
                ) AS [t37]
                UNION ALL
                SELECT
                  *
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
                        COALESCE([t29].[team], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t28].[la_code],
                          [t28].[month],
                          [t28].[child_id],
                          [t28].[record_id],
                          [t28].[ref_date],
                          [t28].[numerator],
                          [t28].[denominator],
                          [t28].[referral_source],
                          [t28].[team],
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
                            [t19].[referral_source],
                            [t19].[team],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[referral_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[referral_source],
                              [t5].[team]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                          [t28].[referral_source],
                          [t28].[team],
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
                            [t19].[referral_source],
                            [t19].[team],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[referral_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[referral_source],
                              [t5].[team]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                    ) AS [t39]
                  ) AS [t40]
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
                          [t28].[referral_source],
                          [t28].[team],
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
                            [t19].[referral_source],
                            [t19].[team],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[referral_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[referral_source],
                              [t5].[team]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t29].[la_code],
                        [t29].[month],
                        [t29].[numerator],
                        [t29].[denominator],
                        5 AS [_part],
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
                          [t28].[referral_source],
                          [t28].[team],
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
                            [t19].[referral_source],
                            [t19].[team],
                            [t27].[la_code] AS [la_code_right],
                            [t27].[child_id] AS [child_id_right],
                            [t27].[_born],
                            [t27].[sex],
                            [t27].[ethnicity_group],
                            [t27].[disability]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              DATETRUNC(MONTH, [t5].[referral_date]) AS [month],
                              CAST([t5].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t5].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t5].[referral_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t5].[referral_source],
                              [t5].[team]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t5].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
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
                    ) AS [t36]
                  ) AS [t38]
                ) AS [t41]
              ) AS [t42]
              GROUP BY
                [t42].[la_code],
                [t42].[month],
                [t42].[_part],
                [t42].[breakdown_value]
            ) AS [t43]
          ) AS [t44]
          GROUP BY
            [t44].[la_code],
            [t44].[indicator_id],
            [t44].[month_index],
            [t44].[breakdown],
            [t44].[breakdown_value]
        ) AS [t46]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('REF1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t46].[indicator_id] = [t16].[indicator_id]
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
      ) AS [t47]
      WHERE
        [t47].[_offset] <= IIF([t47].[breakdown] = 'month_alone', 0, [t47].[months_back])
    ) AS [t49]
      ON [t49].[la_code] = [t9].[la_code]
      AND [t49].[indicator_id] = [t11].[indicator_id]
      AND [t49].[_until_index] = [t10].[month_index]
  ) AS [t50]
  GROUP BY
    [t50].[la_code],
    [t50].[indicator_id],
    [t50].[month],
    [t50].[breakdown],
    [t50].[breakdown_value],
    [t50].[unit]
)
SELECT
  [t63].[la_code],
  [t63].[indicator_id],
  [t63].[month],
  [t63].[breakdown],
  [t63].[breakdown_value],
  [t63].[numerator],
  CASE
    WHEN [t63].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t63].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t63].[denominator]
  END AS [denominator],
  CASE
    WHEN [t63].[unit] = 'count'
    THEN [t63].[numerator]
    WHEN [t63].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t63].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t63].[unit] = 'percent'
    THEN IIF(
      [t63].[denominator] > 0,
      CAST([t63].[numerator] AS FLOAT) / [t63].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t63].[denominator] > 0,
      CAST([t63].[numerator] AS FLOAT) / [t63].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t57].[la_code],
      [t57].[indicator_id],
      [t57].[month],
      [t57].[breakdown],
      [t57].[breakdown_value],
      [t57].[unit],
      [t57].[numerator],
      [t57].[denominator]
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
            ('REF1', 0, 'count')) AS t11(indicator_id, months_back, unit)
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
              [t52].[la_code],
              [t52].[indicator_id],
              [t52].[month],
              [t52].[breakdown],
              [t52].[breakdown_value],
              [t52].[unit],
              [t52].[numerator],
              [t52].[denominator]
            FROM [t51] AS [t52]
            WHERE
              [t52].[breakdown] = 'month_alone'
          ) AS [t55]
          WHERE
            [t23].[la_code] = [t55].[la_code]
            AND [t23].[indicator_id] = [t55].[indicator_id]
            AND [t23].[month] = [t55].[month]
        )
    ) AS [t57]
  ) AS [t59]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t51] AS [t52]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t58].[la_code],
        [t58].[indicator_id],
        [t58].[month],
        [t58].[breakdown],
        [t58].[breakdown_value],
        [t58].[unit],
        [t58].[numerator],
        [t58].[denominator]
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
          ('REF1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t52].[la_code],
                [t52].[indicator_id],
                [t52].[month],
                [t52].[breakdown],
                [t52].[breakdown_value],
                [t52].[unit],
                [t52].[numerator],
                [t52].[denominator]
              FROM [t51] AS [t52]
              WHERE
                [t52].[breakdown] = 'all'
            ) AS [t56]
            WHERE
              [t9].[la_code] = [t56].[la_code]
              AND [t11].[indicator_id] = [t56].[indicator_id]
              AND [t10].[month] = [t56].[month]
          )
      ) AS [t58]
    ) AS [t60]
  ) AS [t61]
) AS [t63]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t63].[la_code] = [t8].[la_code] AND [t63].[month] = [t8].[month]
