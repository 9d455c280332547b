WITH [t61] AS (
  SELECT
    [t60].[la_code],
    [t60].[indicator_id],
    [t60].[month],
    [t60].[breakdown],
    [t60].[breakdown_value],
    [t60].[unit],
    SUM([t60].[_num]) AS [numerator],
    SUM([t60].[_den]) AS [denominator]
  FROM (
    SELECT
      [t10].[la_code],
      [t11].[month],
      [t11].[month_end],
      [t11].[month_index],
      [t12].[indicator_id],
      [t12].[months_back],
      [t12].[unit],
      [t59].[breakdown],
      [t59].[breakdown_value],
      [t59].[_num],
      [t59].[_den],
      [t59].[_until_index]
    FROM [scorecard_councils] AS [t10]
    CROSS JOIN [scorecard_month_spine] AS [t11]
    CROSS JOIN (VALUES
      ('ASS1', 0, 'count')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t57].[la_code],
        [t57].[indicator_id],
        [t57].[breakdown],
        [t57].[breakdown_value],
        [t57].[_num],
        [t57].[_den],
        [t57].[month_index] + [t57].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t56].[la_code],
          [t56].[indicator_id],
          [t56].[month_index],
          [t56].[breakdown],
          [t56].[breakdown_value],
          [t56].[_num],
          [t56].[_den],
          [t19].[months_back],
          [t13].[_offset]
        FROM (
          SELECT
            [t54].[la_code],
            [t54].[indicator_id],
            [t54].[month_index],
            [t54].[breakdown],
            [t54].[breakdown_value],
            SUM([t54].[numerator]) AS [_num],
            SUM([t54].[denominator]) AS [_den]
          FROM (
            SELECT
              [t53].[la_code],
              'ASS1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t53].[month]) * 12
                ) + DATEPART(month, [t53].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t53].[_part] = 0
                THEN 'all'
                WHEN [t53].[_part] = 1
                THEN 'age_band'
                WHEN [t53].[_part] = 2
                THEN 'sex'
                WHEN [t53].[_part] = 3
                THEN 'ethnicity_group'
                WHEN [t53].[_part] = 4
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t53].[breakdown_value],
              [t53].[numerator],
              [t53].[denominator]
            FROM (
              SELECT
                [t52].[la_code],
                [t52].[month],
                [t52].[_part],
                [t52].[breakdown_value],
                SUM([t52].[numerator]) AS [numerator],
                SUM([t52].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t43].[la_code],
                      [t43].[month],
                      [t43].[numerator],
                      [t43].[denominator],
                      2 AS [_part],
                      COALESCE(COALESCE([t43].[sex], 'unknown'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t42].[la_code],
                        [t42].[month],
                        [t42].[child_id],
                        [t42].[record_id],
                        [t42].[ref_date],
                        [t42].[numerator],
                        [t42].[denominator],
                        [t42].[_born],
                        [t42].[sex],
                        [t42].[ethnicity_group],
                        [t42].[disability]
                      FROM (
                        SELECT
                          [t41].[la_code],
                          [t41].[month],
                          [t41].[child_id],
                          [t41].[record_id],
                          [t41].[ref_date],
                          [t41].[numerator],
                          [t41].[denominator],
                          [t37].[la_code] AS [la_code_right],
                          [t37].[child_id] AS [child_id_right],
                          [t37].[_born],
                          [t37].[sex],
                          [t37].[ethnicity_group],
                          [t37].[disability]
                        FROM (
                          SELECT
                            [t39].[la_code],
                            [t39].[month],
                            [t39].[child_id],
                            [t39].[assessment_id] AS [record_id],
                            [t39].[authorisation_date] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              [t38].[assessment_id],
                              [t38].[referral_id],
                              [t38].[child_id],
                              [t38].[start_date],
                              [t38].[authorisation_date],
                              [t38].[child_seen],
                              [t38].[further_action],
                              [t38].[la_code],
                              [t38].[load_id],
                              [t38].[month],
                              [t38].[_clock],
                              [t38].[working_days]
                            FROM (
                              SELECT
                                [t35].[assessment_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[authorisation_date],
                                [t35].[child_seen],
                                [t35].[further_action],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[_clock],
                                [t35].[_wd_start],
                                [t35].[_wd_end],
                                [t35].[_wd_end] - [t35].[_wd_start] AS [working_days]
                              FROM (
                                SELECT
                                  [t34].[assessment_id],
                                  [t34].[referral_id],
                                  [t34].[child_id],
                                  [t34].[start_date],
                                  [t34].[authorisation_date],
                                  [t34].[child_seen],
                                  [t34].[further_action],
                                  [t34].[la_code],
                                  [t34].[load_id],
                                  [t34].[month],
                                  [t34].[_clock],
                                  [t34].[_wd_start],
                                  [t34].[_wd_end]
                                FROM (
                                  SELECT
                                    [t33].[assessment_id],
                                    [t33].[referral_id],
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[authorisation_date],
                                    [t33].[child_seen],
                                    [t33].[further_action],
                                    [t33].[la_code],
                                    [t33].[load_id],
                                    [t33].[month],
                                    [t33].[_clock],
                                    [t33].[_wd_start],
                                    [t20].[__wd_end_day],
                                    [t20].[_wd_end]
                                  FROM (
                                    SELECT
                                      [t29].[assessment_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[authorisation_date],
                                      [t29].[child_seen],
                                      [t29].[further_action],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[month],
                                      [t29].[_clock],
                                      [t29].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t25].[assessment_id],
                                        [t25].[referral_id],
                                        [t25].[child_id],
                                        [t25].[start_date],
                                        [t25].[authorisation_date],
                                        [t25].[child_seen],
                                        [t25].[further_action],
                                        [t25].[la_code],
                                        [t25].[load_id],
                                        [t25].[month],
                                        [t25].[_clock],
                                        [t21].[__wd_start_day],
                                        [t21].[_wd_start]
                                      FROM (
                                        SELECT
                                          [t8].[assessment_id],
                                          [t8].[referral_id],
                                          [t8].[child_id],
                                          [t8].[start_date],
                                          [t8].[authorisation_date],
                                          [t8].[child_seen],
                                          [t8].[further_action],
                                          [t8].[la_code],
                                          [t8].[load_id],
                                          DATETRUNC(MONTH, [t8].[authorisation_date]) AS [month],
                                          [t8].[start_date] AS [_clock]
                                        FROM [assessment] AS [t8]
                                        WHERE
                                          [t8].[authorisation_date] IS NOT NULL
                                          AND DATETRUNC(MONTH, [t8].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                      ) AS [t25]
                                      LEFT OUTER JOIN (
                                        SELECT
                                          [t6].[day] AS [__wd_start_day],
                                          [t6].[wd_index] AS [_wd_start]
                                        FROM [scorecard_calendar] AS [t6]
                                      ) AS [t21]
                                        ON [t25].[_clock] = [t21].[__wd_start_day]
                                    ) AS [t29]
                                  ) AS [t33]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t6].[day] AS [__wd_end_day],
                                      [t6].[wd_index] AS [_wd_end]
                                    FROM [scorecard_calendar] AS [t6]
                                  ) AS [t20]
                                    ON [t33].[authorisation_date] = [t20].[__wd_end_day]
                                ) AS [t34]
                              ) AS [t35]
                            ) AS [t38]
                          ) AS [t39]
                        ) AS [t41]
                        LEFT OUTER JOIN (
                          SELECT
                            [t32].[la_code],
                            [t32].[child_id],
                            [t32].[date_of_birth] AS [_born],
                            CASE [t32].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t32].[sex] END AS [sex],
                            IIF(
                              [t32].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t32].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t30].[child_id],
                              [t30].[upn],
                              [t30].[sex],
                              [t30].[date_of_birth],
                              [t30].[expected_date_of_birth],
                              [t30].[ethnicity],
                              [t30].[date_of_death],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_disabled]
                            FROM (
                              SELECT
                                [t14].[child_id],
                                [t14].[upn],
                                [t14].[sex],
                                [t14].[date_of_birth],
                                [t14].[expected_date_of_birth],
                                [t14].[ethnicity],
                                [t14].[date_of_death],
                                [t14].[la_code],
                                [t14].[load_id],
                                [t27].[la_code] AS [la_code_right],
                                [t27].[child_id] AS [child_id_right],
                                [t27].[_disabled]
                              FROM [person] AS [t14]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t22].[la_code],
                                  [t22].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t22]
                              ) AS [t27]
                                ON [t14].[la_code] = [t27].[la_code] AND [t14].[child_id] = [t27].[child_id]
                            ) AS [t30]
                          ) AS [t32]
                        ) AS [t37]
                          ON [t41].[la_code] = [t37].[la_code] AND [t41].[child_id] = [t37].[child_id]
                      ) AS [t42]
                    ) AS [t43]
                  ) AS [t45]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t43].[la_code],
                      [t43].[month],
                      [t43].[numerator],
                      [t43].[denominator],
                      3 AS [_part],
                      COALESCE(COALESCE([t43].[ethnicity_group], 'Not known'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t42].[la_code],
                        [t42].[month],
                        [t42].[child_id],
                        [t42].[record_id],
                        [t42].[ref_date],
                        [t42].[numerator],
                        [t42].[denominator],
                        [t42].[_born],
                        [t42].[sex],
                        [t42].[ethnicity_group],
                        [t42].[disability]
                      FROM (
                        SELECT
                          [t41].[la_code],
                          [t41].[month],
                          [t41].[child_id],
                          [t41].[record_id],
                          [t41].[ref_date],
                          [t41].[numerator],
                          [t41].[denominator],
                          [t37].[la_code] AS [la_code_right],
                          [t37].[child_id] AS [child_id_right],
                          [t37].[_born],
                          [t37].[sex],
                          [t37].[ethnicity_group],
                          [t37].[disability]
                        FROM (
                          SELECT
                            [t39].[la_code],
                            [t39].[month],
                            [t39].[child_id],
                            [t39].[assessment_id] AS [record_id],
                            [t39].[authorisation_date] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              [t38].[assessment_id],
                              [t38].[referral_id],
                              [t38].[child_id],
                              [t38].[start_date],
                              [t38].[authorisation_date],
                              [t38].[child_seen],
                              [t38].[further_action],
                              [t38].[la_code],
                              [t38].[load_id],
                              [t38].[month],
                              [t38].[_clock],
                              [t38].[working_days]
                            FROM (
                              SELECT
                                [t35].[assessment_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[authorisation_date],
                                [t35].[child_seen],
                                [t35].[further_action],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[_clock],
                                [t35].[_wd_start],
                                [t35].[_wd_end],
                                [t35].[_wd_end] - [t35].[_wd_start] AS [working_days]
                              FROM (
                                SELECT
                                  [t34].[assessment_id],
                                  [t34].[referral_id],
                                  [t34].[child_id],
                                  [t34].[start_date],
                                  [t34].[authorisation_date],
                                  [t34].[child_seen],
                                  [t34].[further_action],
                                  [t34].[la_code],
                                  [t34].[load_id],
                                  [t34].[month],
                                  [t34].[_clock],
                                  [t34].[_wd_start],
                                  [t34].[_wd_end]
                                FROM (
                                  SELECT
                                    [t33].[assessment_id],
                                    [t33].[referral_id],
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[authorisation_date],
                                    [t33].[child_seen],
                                    [t33].[further_action],
                                    [t33].[la_code],
                                    [t33].[load_id],
                                    [t33].[month],
                                    [t33].[_clock],
                                    [t33].[_wd_start],
                                    [t20].[__wd_end_day],
                                    [t20].[_wd_end]
                                  FROM (
                                    SELECT
                                      [t29].[assessment_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[authorisation_date],
                                      [t29].[child_seen],
                                      [t29].[further_action],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[month],
                                      [t29].[_clock],
                                      [t29].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t25].[assessment_id],
                                        [t25].[referral_id],
                                        [t25].[child_id],
                                        [t25].[start_date],
                                        [t25].[authorisation_date],
                                        [t25].[child_seen],
                                        [t25].[further_action],
                                        [t25].[la_code],
                                        [t25].[load_id],
                                        [t25].[month],
                                        [t25].[_clock],
                                        [t21].[__wd_start_day],
                                        [t21].[_wd_start]
                                      FROM (
                                        SELECT
                                          [t8].[assessment_id],
                                          [t8].[referral_id],
                                          [t8].[child_id],
                                          [t8].[start_date],
                                          [t8].[authorisation_date],
                                          [t8].[child_seen],
                                          [t8].[further_action],
                                          [t8].[la_code],
                                          [t8].[load_id],
                                          DATETRUNC(MONTH, [t8].[authorisation_date]) AS [month],
                                          [t8].[start_date] AS [_clock]
                                        FROM [assessment] AS [t8]
                                        WHERE
                                          [t8].[authorisation_date] IS NOT NULL
                                          AND DATETRUNC(MONTH, [t8].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                      ) AS [t25]
                                      LEFT OUTER JOIN (
                                        SELECT
                                          [t6].[day] AS [__wd_start_day],
                                          [t6].[wd_index] AS [_wd_start]
                                        FROM [scorecard_calendar] AS [t6]
                                      ) AS [t21]
                                        ON [t25].[_clock] = [t21].[__wd_start_day]
                                    ) AS [t29]
                                  ) AS [t33]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t6].[day] AS [__wd_end_day],
                                      [t6].[wd_index] AS [_wd_end]
                                    FROM [scorecard_calendar] AS [t6]
                                  ) AS [t20]
                                    ON [t33].[authorisation_date] = [t20].[__wd_end_day]
                                ) AS [t34]
                              ) AS [t35]
                            ) AS [t38]
                          ) AS [t39]
                        ) AS [t41]
                        LEFT OUTER JOIN (
                          SELECT
                            [t32].[la_code],
                            [t32].[child_id],
                            [t32].[date_of_birth] AS [_born],
                            CASE [t32].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t32].[sex] END AS [sex],
                            IIF(
                              [t32].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t32].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t30].[child_id],
                              [t30].[upn],
                              [t30].[sex],
                              [t30].[date_of_birth],
                              [t30].[expected_date_of_birth],
                              [t30].[ethnicity],
                              [t30].[date_of_death],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_disabled]
                            FROM (
                              SELECT
                                [t14].[child_id],
                                [t14].[upn],
                                [t14].[sex],
                                [t14].[date_of_birth],
                                [t14].[expected_date_of_birth],
                                [t14].[ethnicity],
                                [t14].[date_of_death],
                                [t14].[la_code],
                                [t14].[load_id],
                                [t27].[la_code] AS [la_code_right],
                                [t27].[child_id] AS [child_id_right],
                                [t27].[_disabled]
                              FROM [person] AS [t14]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t22].[la_code],
                                  [t22].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t22]
                              ) AS [t27]
                                ON [t14].[la_code] = [t27].[la_code] AND [t14].[child_id] = [t27].[child_id]
                            ) AS [t30]
                          ) AS [t32]
                        ) AS [t37]
                          ON [t41].[la_code] = [t37].[la_code] AND [t41].[child_id] = [t37].[child_id]
                      ) AS [t42]
                    ) AS [t43]
                  ) AS [t46]
                ) AS [t48]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t43].[la_code],
                      [t43].[month],
                      [t43].[numerator],
                      [t43].[denominator],
                      4 AS [_part],
                      COALESCE(COALESCE([t43].[disability], 'Not disabled'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t42].[la_code],
                        [t42].[month],
                        [t42].[child_id],
                        [t42].[record_id],
                        [t42].[ref_date],
                        [t42].[numerator],
                        [t42].[denominator],
                        [t42].[_born],
                        [t42].[sex],
                        [t42].[ethnicity_group],
                        [t42].[disability]
                      FROM (
                        SELECT
                          [t41].[la_code],
                          [t41].[month],
                          [t41].[child_id],
                          [t41].[record_id],
                          [t41].[ref_date],
                          [t41].[numerator],
                          [t41].[denominator],
                          [t37].[la_code] AS [la_code_right],
                          [t37].[child_id] AS [child_id_right],
                          [t37].[_born],
                          [t37].[sex],
                          [t37].[ethnicity_group],
                          [t37].[disability]
                        FROM (
                          SELECT
                            [t39].[la_code],
                            [t39].[month],
                            [t39].[child_id],
                            [t39].[assessment_id] AS [record_id],
                            [t39].[authorisation_date] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              [t38].[assessment_id],
                              [t38].[referral_id],
                              [t38].[child_id],
                              [t38].[start_date],
                              [t38].[authorisation_date],
                              [t38].[child_seen],
                              [t38].[further_action],
                              [t38].[la_code],
                              [t38].[load_id],
                              [t38].[month],
                              [t38].[_clock],
                              [t38].[working_days]
                            FROM (
                              SELECT
                                [t35].[assessment_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[authorisation_date],
                                [t35].[child_seen],
                                [t35].[further_action],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[_clock],
                                [t35].[_wd_start],
                                [t35].[_wd_end],
                                [t35].[_wd_end] - [t35].[_wd_start] AS [working_days]
                              FROM (
                                SELECT
                                  [t34].[assessment_id],
                                  [t34].[referral_id],
                                  [t34].[child_id],
                                  [t34].[start_date],
                                  [t34].[authorisation_date],
                                  [t34].[child_seen],
                                  [t34].[further_action],
                                  [t34].[la_code],
                                  [t34].[load_id],
                                  [t34].[month],
                                  [t34].[_clock],
                                  [t34].[_wd_start],
                                  [t34].[_wd_end]
                                FROM (
                                  SELECT
                                    [t33].[assessment_id],
                                    [t33].[referral_id],
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[authorisation_date],
                                    [t33].[child_seen],
                                    [t33].[further_action],
                                    [t33].[la_code],
                                    [t33].[load_id],
                                    [t33].[month],
                                    [t33].[_clock],
                                    [t33].[_wd_start],
                                    [t20].[__wd_end_day],
                                    [t20].[_wd_end]
                                  FROM (
                                    SELECT
                                      [t29].[assessment_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[authorisation_date],
                                      [t29].[child_seen],
                                      [t29].[further_action],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[month],
                                      [t29].[_clock],
                                      [t29].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t25].[assessment_id],
                                        [t25].[referral_id],
                                        [t25].[child_id],
                                        [t25].[start_date],
                                        [t25].[authorisation_date],
                                        [t25].[child_seen],
                                        [t25].[further_action],
                                        [t25].[la_code],
                                        [t25].[load_id],
                                        [t25].[month],
                                        [t25].[_clock],
                                        [t21].[__wd_start_day],
                                        [t21].[_wd_start]
                                      FROM (
                                        SELECT
                                          [t8].[assessment_id],
                                          [t8].[referral_id],
                                          [t8].[child_id],
                                          [t8].[start_date],
                                          [t8].[authorisation_date],
                                          [t8].[child_seen],
                                          [t8].[further_action],
                                          [t8].[la_code],
                                          [t8].[load_id],
                                          DATETRUNC(MONTH, [t8].[authorisation_date]) AS [month],
                                          [t8].[start_date] AS [_clock]
                                        FROM [assessment] AS [t8]
                                        WHERE
                                          [t8].[authorisation_date] IS NOT NULL
                                          AND DATETRUNC(MONTH, [t8].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                      ) AS [t25]
                                      LEFT OUTER JOIN (
                                        SELECT
                                          [t6].[day] AS [__wd_start_day],
                                          [t6].[wd_index] AS [_wd_start]
                                        FROM [scorecard_calendar] AS [t6]
                                      ) AS [t21]
                                        ON [t25].[_clock] = [t21].[__wd_start_day]
                                    ) AS [t29]
                                  ) AS [t33]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t6].[day] AS [__wd_end_day],
                                      [t6].[wd_index] AS [_wd_end]
                                    FROM [scorecard_calendar] AS [t6]
                                  ) AS [t20]
                                    ON [t33].[authorisation_date] = [t20].[__wd_end_day]
                                ) AS [t34]
                              ) AS [t35]
                            ) AS [t38]
                          ) AS [t39]
                        ) AS [t41]
                        LEFT OUTER JOIN (
                          SELECT
                            [t32].[la_code],
                            [t32].[child_id],
                            [t32].[date_of_birth] AS [_born],
                            CASE [t32].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t32].[sex] END AS [sex],
                            IIF(
                              [t32].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t32].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t32].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t30].[child_id],
                              [t30].[upn],
                              [t30].[sex],
                              [t30].[date_of_birth],
                              [t30].[expected_date_of_birth],
                              [t30].[ethnicity],
                              [t30].[date_of_death],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_disabled]
                            FROM (
                              SELECT
                                [t14].[child_id],
                                [t14].[upn],
                                [t14].[sex],
                                [t14].[date_of_birth],
                                [t14].[expected_date_of_birth],
                                [t14].[ethnicity],
                                [t14].[date_of_death],
                                [t14].[la_code],
                                [t14].[load_id],
                                [t27].[la_code] AS [la_code_right],
                                [t27].[child_id] AS [child_id_right],
                                [t27].[_disabled]
                              FROM [person] AS [t14]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t22].[la_code],
                                  [t22].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t22]
                              ) AS [t27]
                                ON [t14].[la_code] = [t27].[la_code] AND [t14].[child_id] = [t27].[child_id]
                            ) AS [t30]
                          ) AS [t32]
                        ) AS [t37]
                          ON [t41].[la_code] = [t37].[la_code] AND [t41].[child_id] = [t37].[child_id]
                      ) AS [t42]
                    ) AS [t43]
                  ) AS [t47]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t43].[la_code],
                        [t43].[month],
                        [t43].[numerator],
                        [t43].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t42].[la_code],
                          [t42].[month],
                          [t42].[child_id],
                          [t42].[record_id],
                          [t42].[ref_date],
                          [t42].[numerator],
                          [t42].[denominator],
                          [t42].[_born],
                          [t42].[sex],
                          [t42].[ethnicity_group],
                          [t42].[disability]
                        FROM (
                          SELECT
                            [t41].[la_code],
                            [t41].[month],
                            [t41].[child_id],
                            [t41].[record_id],
                            [t41].[ref_date],
                            [t41].[numerator],
                            [t41].[denominator],
                            [t37].[la_code] AS [la_code_right],
                            [t37].[child_id] AS [child_id_right],
                            [t37].[_born],
                            [t37].[sex],
                            [t37].[ethnicity_group],
                            [t37].[disability]
                          FROM (
                            SELECT
                              [t39].[la_code],
                              [t39].[month],
                              [t39].[child_id],
                              [t39].[assessment_id] AS [record_id],
                              [t39].[authorisation_date] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM (
                              SELECT
                                [t38].[assessment_id],
                                [t38].[referral_id],
                                [t38].[child_id],
                                [t38].[start_date],
                                [t38].[authorisation_date],
                                [t38].[child_seen],
                                [t38].[further_action],
                                [t38].[la_code],
                                [t38].[load_id],
                                [t38].[month],
                                [t38].[_clock],
                                [t38].[working_days]
                              FROM (
                                SELECT
                                  [t35].[assessment_id],
                                  [t35].[referral_id],
                                  [t35].[child_id],
                                  [t35].[start_date],
                                  [t35].[authorisation_date],
                                  [t35].[child_seen],
                                  [t35].[further_action],
                                  [t35].[la_code],
                                  [t35].[load_id],
                                  [t35].[month],
                                  [t35].[_clock],
                                  [t35].[_wd_start],
                                  [t35].[_wd_end],
                                  [t35].[_wd_end] - [t35].[_wd_start] AS [working_days]
                                FROM (
                                  SELECT
                                    [t34].[assessment_id],
                                    [t34].[referral_id],
                                    [t34].[child_id],
                                    [t34].[start_date],
                                    [t34].[authorisation_date],
                                    [t34].[child_seen],
                                    [t34].[further_action],
                                    [t34].[la_code],
                                    [t34].[load_id],
                                    [t34].[month],
                                    [t34].[_clock],
                                    [t34].[_wd_start],
                                    [t34].[_wd_end]
                                  FROM (
                                    SELECT
                                      [t33].[assessment_id],
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[authorisation_date],
                                      [t33].[child_seen],
                                      [t33].[further_action],
                                      [t33].[la_code],
                                      [t33].[load_id],
                                      [t33].[month],
                                      [t33].[_clock],
                                      [t33].[_wd_start],
                                      [t20].[__wd_end_day],
                                      [t20].[_wd_end]
                                    FROM (
                                      SELECT
                                        [t29].[assessment_id],
                                        [t29].[referral_id],
                                        [t29].[child_id],
                                        [t29].[start_date],
                                        [t29].[authorisation_date],
                                        [t29].[child_seen],
                                        [t29].[further_action],
                                        [t29].[la_code],
                                        [t29].[load_id],
                                        [t29].[month],
                                        [t29].[_clock],
                                        [t29].[_wd_start]
                                      FROM (
                                        SELECT
                                          [t25].[assessment_id],
                                          [t25].[referral_id],
                                          [t25].[child_id],
                                          [t25].[start_date],
                                          [t25].[authorisation_date],
                                          [t25].[child_seen],
                                          [t25].[further_action],
                                          [t25].[la_code],
                                          [t25].[load_id],
                                          [t25].[month],
                                          [t25].[_clock],
                                          [t21].[__wd_start_day],
                                          [t21].[_wd_start]
                                        FROM (
                                          SELECT
                                            [t8].[assessment_id],
                                            [t8].[referral_id],
                                            [t8].[child_id],
                                            [t8].[start_date],
                                            [t8].[authorisation_date],
                                            [t8].[child_seen],
                                            [t8].[further_action],
                                            [t8].[la_code],
                                            [t8].[load_id],
                                            DATETRUNC(MONTH, [t8].[authorisation_date]) AS [month],
                                            [t8].[start_date] AS [_clock]
                                          FROM [assessment] AS [t8]
                                          WHERE
                                            [t8].[authorisation_date] IS NOT NULL
                                            AND DATETRUNC(MONTH, [t8].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                        ) AS [t25]
                                        LEFT OUTER JOIN (
                                          SELECT
                                            [t6].[day] AS [__wd_start_day],
                                            [t6].[wd_index] AS [_wd_start]
                                          FROM [scorecard_calendar] AS [t6]
                                        ) AS [t21]
                                          ON [t25].[_clock] = [t21].[__wd_start_day]
                                      ) AS [t29]
                                    ) AS [t33]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t6].[day] AS [__wd_end_day],
                                        [t6].[wd_index] AS [_wd_end]
                                      FROM [scorecard_calendar] AS [t6]
                                    ) AS [t20]
                                      ON [t33].[authorisation_date] = [t20].[__wd_end_day]
                                  ) AS [t34]
                                ) AS [t35]
                              ) AS [t38]
                            ) AS [t39]
                          ) AS [t41]
                          LEFT OUTER JOIN (
                            SELECT
                              [t32].[la_code],
                              [t32].[child_id],
                              [t32].[date_of_birth] AS [_born],
                              CASE [t32].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t32].[sex] END AS [sex],
                              IIF(
                                [t32].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t32].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t30].[child_id],
                                [t30].[upn],
                                [t30].[sex],
                                [t30].[date_of_birth],
                                [t30].[expected_date_of_birth],
                                [t30].[ethnicity],
                                [t30].[date_of_death],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[_disabled]
                              FROM (
                                SELECT
                                  [t14].[child_id],
                                  [t14].[upn],
                                  [t14].[sex],
                                  [t14].[date_of_birth],
                                  [t14].[expected_date_of_birth],
                                  [t14].[ethnicity],
                                  [t14].[date_of_death],
                                  [t14].[la_code],
                                  [t14].[load_id],
                                  [t27].[la_code] AS [la_code_right],
                                  [t27].[child_id] AS [child_id_right],
                                  [t27].[_disabled]
                                FROM [person] AS [t14]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t22].[la_code],
                                    [t22].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t22]
                                ) AS [t27]
                                  ON [t14].[la_code] = [t27].[la_code] AND [t14].[child_id] = [t27].[child_id]
                              ) AS [t30]
                            ) AS [t32]
                          ) AS [t37]
                            ON [t41].[la_code] = [t37].[la_code] AND [t41].[child_id] = [t37].[child_id]
                        ) AS [t42]
                      ) AS [t43]
                    ) AS [t44]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t43].[la_code],
                        [t43].[month],
                        [t43].[numerator],
                        [t43].[denominator],
                        1 AS [_part],
                        COALESCE(
                          COALESCE(
                            CASE
                              WHEN (
                                (
                                  (
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 0
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
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
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 1
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
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
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 5
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
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
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 10
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
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
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 16
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t43].[ref_date]) * 100
                                      ) + DATEPART(day, [t43].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t43].[_born]) * 100
                                      ) + DATEPART(day, [t43].[_born])
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
                                  DATEPART(year, [t43].[ref_date]) - DATEPART(year, [t43].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t43].[ref_date]) * 100
                                    ) + DATEPART(day, [t43].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t43].[_born]) * 100
                                    ) + DATEPART(day, [t43].[_born])
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
                          [t42].[la_code],
                          [t42].[month],
                          [t42].[child_id],
                          [t42].[record_id],
                          [t42].[ref_date],
                          [t42].[numerator],
                          [t42].[denominator],
                          [t42].[_born],
                          [t42].[sex],
                          [t42].[ethnicity_group],
                          [t42].[disability]
                        FROM (
                          SELECT
                            [t41].[la_code],
                            [t41].[month],
                            [t41].[child_id],
                            [t41].[record_id],
                            [t41].[ref_date],
                            [t41].[numerator],
                            [t41].[denominator],
                            [t37].[la_code] AS [la_code_right],
                            [t37].[child_id] AS [child_id_right],
                            [t37].[_born],
                            [t37].[sex],
                            [t37].[ethnicity_group],
                            [t37].[disability]
                          FROM (
                            SELECT
                              [t39].[la_code],
                              [t39].[month],
                              [t39].[child_id],
                              [t39].[assessment_id] AS [record_id],
                              [t39].[authorisation_date] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM (
                              SELECT
                                [t38].[assessment_id],
                                [t38].[referral_id],
                                [t38].[child_id],
                                [t38].[start_date],
                                [t38].[authorisation_date],
                                [t38].[child_seen],
                                [t38].[further_action],
                                [t38].[la_code],
                                [t38].[load_id],
                                [t38].[month],
                                [t38].[_clock],
                                [t38].[working_days]
                              FROM (
                                SELECT
                                  [t35].[assessment_id],
                                  [t35].[referral_id],
                                  [t35].[child_id],
                                  [t35].[start_date],
                                  [t35].[authorisation_date],
                                  [t35].[child_seen],
                                  [t35].[further_action],
                                  [t35].[la_code],
                                  [t35].[load_id],
                                  [t35].[month],
                                  [t35].[_clock],
                                  [t35].[_wd_start],
                                  [t35].[_wd_end],
                                  [t35].[_wd_end] - [t35].[_wd_start] AS [working_days]
                                FROM (
                                  SELECT
                                    [t34].[assessment_id],
                                    [t34].[referral_id],
                                    [t34].[child_id],
                                    [t34].[start_date],
                                    [t34].[authorisation_date],
                                    [t34].[child_seen],
                                    [t34].[further_action],
                                    [t34].[la_code],
                                    [t34].[load_id],
                                    [t34].[month],
                                    [t34].[_clock],
                                    [t34].[_wd_start],
                                    [t34].[_wd_end]
                                  FROM (
                                    SELECT
                                      [t33].[assessment_id],
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[authorisation_date],
                                      [t33].[child_seen],
                                      [t33].[further_action],
                                      [t33].[la_code],
                                      [t33].[load_id],
                                      [t33].[month],
                                      [t33].[_clock],
                                      [t33].[_wd_start],
                                      [t20].[__wd_end_day],
                                      [t20].[_wd_end]
                                    FROM (
                                      SELECT
                                        [t29].[assessment_id],
                                        [t29].[referral_id],
                                        [t29].[child_id],
                                        [t29].[start_date],
                                        [t29].[authorisation_date],
                                        [t29].[child_seen],
                                        [t29].[further_action],
                                        [t29].[la_code],
                                        [t29].[load_id],
                                        [t29].[month],
                                        [t29].[_clock],
                                        [t29].[_wd_start]
                                      FROM (
                                        SELECT
                                          [t25].[assessment_id],
                                          [t25].[referral_id],
                                          [t25].[child_id],
                                          [t25].[start_date],
                                          [t25].[authorisation_date],
                                          [t25].[child_seen],
                                          [t25].[further_action],
                                          [t25].[la_code],
                                          [t25].[load_id],
                                          [t25].[month],
                                          [t25].[_clock],
                                          [t21].[__wd_start_day],
                                          [t21].[_wd_start]
                                        FROM (
                                          SELECT
                                            [t8].[assessment_id],
                                            [t8].[referral_id],
                                            [t8].[child_id],
                                            [t8].[start_date],
                                            [t8].[authorisation_date],
                                            [t8].[child_seen],
                                            [t8].[further_action],
                                            [t8].[la_code],
                                            [t8].[load_id],
                                            DATETRUNC(MONTH, [t8].[authorisation_date]) AS [month],
                                            [t8].[start_date] AS [_clock]
                                          FROM [assessment] AS [t8]
                                          WHERE
                                            [t8].[authorisation_date] IS NOT NULL
                                            AND DATETRUNC(MONTH, [t8].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                        ) AS [t25]
                                        LEFT OUTER JOIN (
                                          SELECT
                                            [t6].[day] AS [__wd_start_day],
                                            [t6].[wd_index] AS [_wd_start]
                                          FROM [scorecard_calendar] AS [t6]
                                        ) AS [t21]
                                          ON [t25].[_clock] = [t21].[__wd_start_day]
                                      ) AS [t29]
                                    ) AS [t33]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t6].[day] AS [__wd_end_day],
                                        [t6].[wd_index] AS [_wd_end]
                                      FROM [scorecard_calendar] AS [t6]
                                    ) AS [t20]
                                      ON [t33].[authorisation_date] = [t20].[__wd_end_day]
                                  ) AS [t34]
                                ) AS [t35]
                              ) AS [t38]
                            ) AS [t39]
                          ) AS [t41]
                          LEFT OUTER JOIN (
                            SELECT
                              [t32].[la_code],
                              [t32].[child_id],
                              [t32].[date_of_birth] AS [_born],
                              CASE [t32].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t32].[sex] END AS [sex],
                              IIF(
                                [t32].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t32].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t32].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t32].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t30].[child_id],
                                [t30].[upn],
                                [t30].[sex],
                                [t30].[date_of_birth],
                                [t30].[expected_date_of_birth],
                                [t30].[ethnicity],
                                [t30].[date_of_death],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[_disabled]
                              FROM (
                                SELECT
                                  [t14].[child_id],
                                  [t14].[upn],
                                  [t14].[sex],
                                  [t14].[date_of_birth],
                                  [t14].[expected_date_of_birth],
                                  [t14].[ethnicity],
                                  [t14].[date_of_death],
                                  [t14].[la_code],
                                  [t14].[load_id],
                                  [t27].[la_code] AS [la_code_right],
                                  [t27].[child_id] AS [child_id_right],
                                  [t27].[_disabled]
                                FROM [person] AS [t14]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t22].[la_code],
                                    [t22].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t22]
                                ) AS [t27]
                                  ON [t14].[la_code] = [t27].[la_code] AND [t14].[child_id] = [t27].[child_id]
                              ) AS [t30]
                            ) AS [t32]
                          ) AS [t37]
                            ON [t41].[la_code] = [t37].[la_code] AND [t41].[child_id] = [t37].[child_id]
                        ) AS [t42]
                      ) AS [t43]
                    ) AS [t49]
                  ) AS [t50]
                ) AS [t51]
              ) AS [t52]
              GROUP BY
                [t52].[la_code],
                [t52].[month],
                [t52].[_part],
                [t52].[breakdown_value]
            ) AS [t53]
          ) AS [t54]
          GROUP BY
            [t54].[la_code],
            [t54].[indicator_id],
            [t54].[month_index],
            [t54].[breakdown],
            [t54].[breakdown_value]
        ) AS [t56]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('ASS1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t19]
          ON [t56].[indicator_id] = [t19].[indicator_id]
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
          (35)) AS t13(_offset)
      ) AS [t57]
      WHERE
        [t57].[_offset] <= IIF([t57].[breakdown] = 'month_alone', 0, [t57].[months_back])
    ) AS [t59]
      ON [t59].[la_code] = [t10].[la_code]
      AND [t59].[indicator_id] = [t12].[indicator_id]
      AND [t59].[_until_index] = [t11].[month_index]
  ) AS [t60]
  GROUP BY
    [t60].[la_code],
    [t60].[indicator_id],
    [t60].[month],
    [t60].[breakdown],
    [t60].[breakdown_value],
    [t60].[unit]
)
SELECT
  [t73].[la_code],
  [t73].[indicator_id],
  [t73].[month],
  [t73].[breakdown],
  [t73].[breakdown_value],
  [t73].[numerator],
  CASE
    WHEN [t73].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t73].[unit] = 'rate'
    THEN CAST([t9].[population] AS FLOAT)
    ELSE [t73].[denominator]
  END AS [denominator],
  CASE
    WHEN [t73].[unit] = 'count'
    THEN [t73].[numerator]
    WHEN [t73].[unit] = 'rate'
    THEN IIF(
      CAST([t9].[population] AS FLOAT) > 0,
      (
        [t73].[numerator] * 10000
      ) / CAST([t9].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t73].[unit] = 'percent'
    THEN IIF(
      [t73].[denominator] > 0,
      CAST([t73].[numerator] AS FLOAT) / [t73].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t73].[denominator] > 0,
      CAST([t73].[numerator] AS FLOAT) / [t73].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t67].[la_code],
      [t67].[indicator_id],
      [t67].[month],
      [t67].[breakdown],
      [t67].[breakdown_value],
      [t67].[unit],
      [t67].[numerator],
      [t67].[denominator]
    FROM (
      SELECT
        [t28].[la_code],
        [t28].[indicator_id],
        [t28].[month],
        [t28].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t18].[la_code],
          [t18].[month],
          [t18].[month_end],
          [t18].[month_index],
          [t18].[indicator_id],
          [t18].[months_back],
          [t18].[unit]
        FROM (
          SELECT
            [t10].[la_code],
            [t11].[month],
            [t11].[month_end],
            [t11].[month_index],
            [t12].[indicator_id],
            [t12].[months_back],
            [t12].[unit]
          FROM [scorecard_councils] AS [t10]
          CROSS JOIN [scorecard_month_spine] AS [t11]
          CROSS JOIN (VALUES
            ('ASS1', 0, 'count')) AS t12(indicator_id, months_back, unit)
        ) AS [t18]
        WHERE
          [t18].[months_back] > 0
      ) AS [t28]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t62].[la_code],
              [t62].[indicator_id],
              [t62].[month],
              [t62].[breakdown],
              [t62].[breakdown_value],
              [t62].[unit],
              [t62].[numerator],
              [t62].[denominator]
            FROM [t61] AS [t62]
            WHERE
              [t62].[breakdown] = 'month_alone'
          ) AS [t65]
          WHERE
            [t28].[la_code] = [t65].[la_code]
            AND [t28].[indicator_id] = [t65].[indicator_id]
            AND [t28].[month] = [t65].[month]
        )
    ) AS [t67]
  ) AS [t69]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t61] AS [t62]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t68].[la_code],
        [t68].[indicator_id],
        [t68].[month],
        [t68].[breakdown],
        [t68].[breakdown_value],
        [t68].[unit],
        [t68].[numerator],
        [t68].[denominator]
      FROM (
        SELECT
          [t10].[la_code],
          [t12].[indicator_id],
          [t11].[month],
          [t12].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t10]
        CROSS JOIN [scorecard_month_spine] AS [t11]
        CROSS JOIN (VALUES
          ('ASS1', 0, 'count')) AS t12(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t62].[la_code],
                [t62].[indicator_id],
                [t62].[month],
                [t62].[breakdown],
                [t62].[breakdown_value],
                [t62].[unit],
                [t62].[numerator],
                [t62].[denominator]
              FROM [t61] AS [t62]
              WHERE
                [t62].[breakdown] = 'all'
            ) AS [t66]
            WHERE
              [t10].[la_code] = [t66].[la_code]
              AND [t12].[indicator_id] = [t66].[indicator_id]
              AND [t11].[month] = [t66].[month]
          )
      ) AS [t68]
    ) AS [t70]
  ) AS [t71]
) AS [t73]
LEFT OUTER JOIN [scorecard_population] AS [t9]
  ON [t73].[la_code] = [t9].[la_code] AND [t73].[month] = [t9].[month]
