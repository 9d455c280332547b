WITH [t54] AS (
  SELECT
    [t53].[la_code],
    [t53].[indicator_id],
    [t53].[month],
    [t53].[breakdown],
    [t53].[breakdown_value],
    [t53].[unit],
    SUM([t53].[_num]) AS [numerator],
    SUM([t53].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t52].[la_code] AS [la_code_right],
      [t52].[indicator_id] AS [indicator_id_right],
      [t52].[month_index] AS [month_index_right],
      [t52].[breakdown],
      [t52].[breakdown_value],
      [t52].[_num],
      [t52].[_den]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('ASS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t50].[la_code],
        [t50].[indicator_id],
        [t50].[month_index],
        [t50].[breakdown],
        [t50].[breakdown_value],
        SUM([t50].[numerator]) AS [_num],
        SUM([t50].[denominator]) AS [_den]
      FROM (
        SELECT
          [t49].[la_code],
          'ASS1' AS [indicator_id],
          (
            (
              DATEPART(year, [t49].[month]) * 12
            ) + DATEPART(month, [t49].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t49].[_part] = 0
            THEN 'all'
            WHEN [t49].[_part] = 1
            THEN 'age_band'
            WHEN [t49].[_part] = 2
            THEN 'sex'
            WHEN [t49].[_part] = 3
            THEN 'ethnicity_group'
            WHEN [t49].[_part] = 4
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t49].[breakdown_value],
          [t49].[numerator],
          [t49].[denominator]
        FROM (
          SELECT
            [t48].[la_code],
            [t48].[month],
            [t48].[_part],
            [t48].[breakdown_value],
            SUM([t48].[numerator]) AS [numerator],
            SUM([t48].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t39].[la_code],
                  [t39].[month],
                  [t39].[numerator],
                  [t39].[denominator],
                  2 AS [_part],
                  COALESCE(
                    COALESCE(
                      CASE [t39].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t39].[sex] END,
                      'unknown'
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t38].[la_code],
                    [t38].[month],
                    [t38].[child_id],
                    [t38].[record_id],
                    [t38].[ref_date],
                    [t38].[numerator],
                    [t38].[denominator],
                    [t38].[sex],
                    [t38].[ethnicity],
                    [t38].[date_of_birth],
                    [t38].[_disabled]
                  FROM (
                    SELECT
                      [t37].[la_code],
                      [t37].[month],
                      [t37].[child_id],
                      [t37].[record_id],
                      [t37].[ref_date],
                      [t37].[numerator],
                      [t37].[denominator],
                      [t31].[la_code] AS [la_code_right],
                      [t31].[child_id] AS [child_id_right],
                      [t31].[sex],
                      [t31].[ethnicity],
                      [t31].[date_of_birth],
                      [t31].[_disabled]
                    FROM (
                      SELECT
                        [t35].[la_code],
                        [t35].[month],
                        [t35].[child_id],
                        [t35].[assessment_id] AS [record_id],
                        [t35].[authorisation_date] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
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
                          [t34].[working_days]
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
                            [t33].[_wd_end],
                            [t33].[_wd_end] - [t33].[_wd_start] AS [working_days]
                          FROM (
                            SELECT
                              [t32].[assessment_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[authorisation_date],
                              [t32].[child_seen],
                              [t32].[further_action],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[_clock],
                              [t32].[_wd_start],
                              [t32].[_wd_end]
                            FROM (
                              SELECT
                                [t30].[assessment_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[authorisation_date],
                                [t30].[child_seen],
                                [t30].[further_action],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[month],
                                [t30].[_clock],
                                [t30].[_wd_start],
                                [t18].[__wd_end_day],
                                [t18].[_wd_end]
                              FROM (
                                SELECT
                                  [t26].[assessment_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[authorisation_date],
                                  [t26].[child_seen],
                                  [t26].[further_action],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[month],
                                  [t26].[_clock],
                                  [t26].[_wd_start]
                                FROM (
                                  SELECT
                                    [t22].[assessment_id],
                                    [t22].[referral_id],
                                    [t22].[child_id],
                                    [t22].[start_date],
                                    [t22].[authorisation_date],
                                    [t22].[child_seen],
                                    [t22].[further_action],
                                    [t22].[la_code],
                                    [t22].[load_id],
                                    [t22].[month],
                                    [t22].[_clock],
                                    [t19].[__wd_start_day],
                                    [t19].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t7].[assessment_id],
                                      [t7].[referral_id],
                                      [t7].[child_id],
                                      [t7].[start_date],
                                      [t7].[authorisation_date],
                                      [t7].[child_seen],
                                      [t7].[further_action],
                                      [t7].[la_code],
                                      [t7].[load_id],
                                      DATETRUNC(MONTH, [t7].[authorisation_date]) AS [month],
                                      [t7].[start_date] AS [_clock]
                                    FROM [assessment] AS [t7]
                                    WHERE
                                      [t7].[authorisation_date] IS NOT NULL
                                      AND DATETRUNC(MONTH, [t7].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                  ) AS [t22]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t6].[day] AS [__wd_start_day],
                                      [t6].[wd_index] AS [_wd_start]
                                    FROM [scorecard_calendar] AS [t6]
                                  ) AS [t19]
                                    ON [t22].[_clock] = [t19].[__wd_start_day]
                                ) AS [t26]
                              ) AS [t30]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t6].[day] AS [__wd_end_day],
                                  [t6].[wd_index] AS [_wd_end]
                                FROM [scorecard_calendar] AS [t6]
                              ) AS [t18]
                                ON [t30].[authorisation_date] = [t18].[__wd_end_day]
                            ) AS [t32]
                          ) AS [t33]
                        ) AS [t34]
                      ) AS [t35]
                    ) AS [t37]
                    LEFT OUTER JOIN (
                      SELECT
                        [t27].[la_code],
                        [t27].[child_id],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          [t16].[child_id],
                          [t16].[sex],
                          [t16].[ethnicity],
                          [t16].[date_of_birth],
                          [t24].[la_code] AS [la_code_right],
                          [t24].[child_id] AS [child_id_right],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t16]
                        LEFT OUTER JOIN (
                          SELECT
                            [t17].[la_code],
                            [t17].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t5].[la_code],
                              [t5].[child_id]
                            FROM [disability] AS [t5]
                            WHERE
                              [t5].[disability] <> 'NONE'
                          ) AS [t17]
                        ) AS [t24]
                          ON [t16].[la_code] = [t24].[la_code] AND [t16].[child_id] = [t24].[child_id]
                      ) AS [t27]
                    ) AS [t31]
                      ON [t37].[la_code] = [t31].[la_code] AND [t37].[child_id] = [t31].[child_id]
                  ) AS [t38]
                ) AS [t39]
              ) AS [t42]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t39].[la_code],
                  [t39].[month],
                  [t39].[numerator],
                  [t39].[denominator],
                  3 AS [_part],
                  COALESCE(
                    IIF(
                      [t39].[ethnicity] IN ('REFU', 'NOBT'),
                      'Not known',
                      CASE
                        WHEN SUBSTRING([t39].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t39].[ethnicity])), 1) = 'W'
                        THEN 'White'
                        WHEN SUBSTRING([t39].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t39].[ethnicity])), 1) = 'M'
                        THEN 'Mixed'
                        WHEN SUBSTRING([t39].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t39].[ethnicity])), 1) = 'A'
                        THEN 'Asian or Asian British'
                        WHEN SUBSTRING([t39].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t39].[ethnicity])), 1) = 'B'
                        THEN 'Black or Black British'
                        WHEN SUBSTRING([t39].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t39].[ethnicity])), 1) = 'C'
                        THEN 'Other ethnic group'
                        WHEN SUBSTRING([t39].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t39].[ethnicity])), 1) = 'O'
                        THEN 'Other ethnic group'
                        ELSE 'Not known'
                      END
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t38].[la_code],
                    [t38].[month],
                    [t38].[child_id],
                    [t38].[record_id],
                    [t38].[ref_date],
                    [t38].[numerator],
                    [t38].[denominator],
                    [t38].[sex],
                    [t38].[ethnicity],
                    [t38].[date_of_birth],
                    [t38].[_disabled]
                  FROM (
                    SELECT
                      [t37].[la_code],
                      [t37].[month],
                      [t37].[child_id],
                      [t37].[record_id],
                      [t37].[ref_date],
                      [t37].[numerator],
                      [t37].[denominator],
                      [t31].[la_code] AS [la_code_right],
                      [t31].[child_id] AS [child_id_right],
                      [t31].[sex],
                      [t31].[ethnicity],
                      [t31].[date_of_birth],
                      [t31].[_disabled]
                    FROM (
                      SELECT
                        [t35].[la_code],
                        [t35].[month],
                        [t35].[child_id],
                        [t35].[assessment_id] AS [record_id],
                        [t35].[authorisation_date] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
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
                          [t34].[working_days]
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
                            [t33].[_wd_end],
                            [t33].[_wd_end] - [t33].[_wd_start] AS [working_days]
                          FROM (
                            SELECT
                              [t32].[assessment_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[authorisation_date],
                              [t32].[child_seen],
                              [t32].[further_action],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[_clock],
                              [t32].[_wd_start],
                              [t32].[_wd_end]
                            FROM (
                              SELECT
                                [t30].[assessment_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[authorisation_date],
                                [t30].[child_seen],
                                [t30].[further_action],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[month],
                                [t30].[_clock],
                                [t30].[_wd_start],
                                [t18].[__wd_end_day],
                                [t18].[_wd_end]
                              FROM (
                                SELECT
                                  [t26].[assessment_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[authorisation_date],
                                  [t26].[child_seen],
                                  [t26].[further_action],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[month],
                                  [t26].[_clock],
                                  [t26].[_wd_start]
                                FROM (
                                  SELECT
                                    [t22].[assessment_id],
                                    [t22].[referral_id],
                                    [t22].[child_id],
                                    [t22].[start_date],
                                    [t22].[authorisation_date],
                                    [t22].[child_seen],
                                    [t22].[further_action],
                                    [t22].[la_code],
                                    [t22].[load_id],
                                    [t22].[month],
                                    [t22].[_clock],
                                    [t19].[__wd_start_day],
                                    [t19].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t7].[assessment_id],
                                      [t7].[referral_id],
                                      [t7].[child_id],
                                      [t7].[start_date],
                                      [t7].[authorisation_date],
                                      [t7].[child_seen],
                                      [t7].[further_action],
                                      [t7].[la_code],
                                      [t7].[load_id],
                                      DATETRUNC(MONTH, [t7].[authorisation_date]) AS [month],
                                      [t7].[start_date] AS [_clock]
                                    FROM [assessment] AS [t7]
                                    WHERE
                                      [t7].[authorisation_date] IS NOT NULL
                                      AND DATETRUNC(MONTH, [t7].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                  ) AS [t22]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t6].[day] AS [__wd_start_day],
                                      [t6].[wd_index] AS [_wd_start]
                                    FROM [scorecard_calendar] AS [t6]
                                  ) AS [t19]
                                    ON [t22].[_clock] = [t19].[__wd_start_day]
                                ) AS [t26]
                              ) AS [t30]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t6].[day] AS [__wd_end_day],
                                  [t6].[wd_index] AS [_wd_end]
                                FROM [scorecard_calendar] AS [t6]
                              ) AS [t18]
                                ON [t30].[authorisation_date] = [t18].[__wd_end_day]
                            ) AS [t32]
                          ) AS [t33]
                        ) AS [t34]
                      ) AS [t35]
                    ) AS [t37]
                    LEFT OUTER JOIN (
                      SELECT
                        [t27].[la_code],
                        [t27].[child_id],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          [t16].[child_id],
                          [t16].[sex],
                          [t16].[ethnicity],
                          [t16].[date_of_birth],
                          [t24].[la_code] AS [la_code_right],
                          [t24].[child_id] AS [child_id_right],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t16]
                        LEFT OUTER JOIN (
                          SELECT
                            [t17].[la_code],
                            [t17].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t5].[la_code],
                              [t5].[child_id]
                            FROM [disability] AS [t5]
                            WHERE
                              [t5].[disability] <> 'NONE'
                          ) AS [t17]
                        ) AS [t24]
                          ON [t16].[la_code] = [t24].[la_code] AND [t16].[child_id] = [t24].[child_id]
                      ) AS [t27]
                    ) AS [t31]
                      ON [t37].[la_code] = [t31].[la_code] AND [t37].[child_id] = [t31].[child_id]
                  ) AS [t38]
                ) AS [t39]
              ) AS [t43]
            ) AS [t44]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t39].[la_code],
                  [t39].[month],
                  [t39].[numerator],
                  [t39].[denominator],
                  4 AS [_part],
                  COALESCE(COALESCE([t39].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t38].[la_code],
                    [t38].[month],
                    [t38].[child_id],
                    [t38].[record_id],
                    [t38].[ref_date],
                    [t38].[numerator],
                    [t38].[denominator],
                    [t38].[sex],
                    [t38].[ethnicity],
                    [t38].[date_of_birth],
                    [t38].[_disabled]
                  FROM (
                    SELECT
                      [t37].[la_code],
                      [t37].[month],
                      [t37].[child_id],
                      [t37].[record_id],
                      [t37].[ref_date],
                      [t37].[numerator],
                      [t37].[denominator],
                      [t31].[la_code] AS [la_code_right],
                      [t31].[child_id] AS [child_id_right],
                      [t31].[sex],
                      [t31].[ethnicity],
                      [t31].[date_of_birth],
                      [t31].[_disabled]
                    FROM (
                      SELECT
                        [t35].[la_code],
                        [t35].[month],
                        [t35].[child_id],
                        [t35].[assessment_id] AS [record_id],
                        [t35].[authorisation_date] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
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
                          [t34].[working_days]
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
                            [t33].[_wd_end],
                            [t33].[_wd_end] - [t33].[_wd_start] AS [working_days]
                          FROM (
                            SELECT
                              [t32].[assessment_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[authorisation_date],
                              [t32].[child_seen],
                              [t32].[further_action],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[_clock],
                              [t32].[_wd_start],
                              [t32].[_wd_end]
                            FROM (
                              SELECT
                                [t30].[assessment_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[authorisation_date],
                                [t30].[child_seen],
                                [t30].[further_action],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[month],
                                [t30].[_clock],
                                [t30].[_wd_start],
                                [t18].[__wd_end_day],
                                [t18].[_wd_end]
                              FROM (
                                SELECT
                                  [t26].[assessment_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[authorisation_date],
                                  [t26].[child_seen],
                                  [t26].[further_action],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[month],
                                  [t26].[_clock],
                                  [t26].[_wd_start]
                                FROM (
                                  SELECT
                                    [t22].[assessment_id],
                                    [t22].[referral_id],
                                    [t22].[child_id],
                                    [t22].[start_date],
                                    [t22].[authorisation_date],
                                    [t22].[child_seen],
                                    [t22].[further_action],
                                    [t22].[la_code],
                                    [t22].[load_id],
                                    [t22].[month],
                                    [t22].[_clock],
                                    [t19].[__wd_start_day],
                                    [t19].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t7].[assessment_id],
                                      [t7].[referral_id],
                                      [t7].[child_id],
                                      [t7].[start_date],
                                      [t7].[authorisation_date],
                                      [t7].[child_seen],
                                      [t7].[further_action],
                                      [t7].[la_code],
                                      [t7].[load_id],
                                      DATETRUNC(MONTH, [t7].[authorisation_date]) AS [month],
                                      [t7].[start_date] AS [_clock]
                                    FROM [assessment] AS [t7]
                                    WHERE
                                      [t7].[authorisation_date] IS NOT NULL
                                      AND DATETRUNC(MONTH, [t7].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                  ) AS [t22]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t6].[day] AS [__wd_start_day],
                                      [t6].[wd_index] AS [_wd_start]
                                    FROM [scorecard_calendar] AS [t6]
                                  ) AS [t19]
                                    ON [t22].[_clock] = [t19].[__wd_start_day]
                                ) AS [t26]
                              ) AS [t30]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t6].[day] AS [__wd_end_day],
                                  [t6].[wd_index] AS [_wd_end]
                                FROM [scorecard_calendar] AS [t6]
                              ) AS [t18]
                                ON [t30].[authorisation_date] = [t18].[__wd_end_day]
                            ) AS [t32]
                          ) AS [t33]
                        ) AS [t34]
                      ) AS [t35]
                    ) AS [t37]
                    LEFT OUTER JOIN (
                      SELECT
                        [t27].[la_code],
                        [t27].[child_id],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          [t16].[child_id],
                          [t16].[sex],
                          [t16].[ethnicity],
                          [t16].[date_of_birth],
                          [t24].[la_code] AS [la_code_right],
                          [t24].[child_id] AS [child_id_right],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t16]
                        LEFT OUTER JOIN (
                          SELECT
                            [t17].[la_code],
                            [t17].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t5].[la_code],
                              [t5].[child_id]
                            FROM [disability] AS [t5]
                            WHERE
                              [t5].[disability] <> 'NONE'
                          ) AS [t17]
                        ) AS [t24]
                          ON [t16].[la_code] = [t24].[la_code] AND [t16].[child_id] = [t24].[child_id]
                      ) AS [t27]
                    ) AS [t31]
                      ON [t37].[la_code] = [t31].[la_code] AND [t37].[child_id] = [t31].[child_id]
                  ) AS [t38]
                ) AS [t39]
              ) AS [t41]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t39].[la_code],
                    [t39].[month],
                    [t39].[numerator],
                    [t39].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t38].[la_code],
                      [t38].[month],
                      [t38].[child_id],
                      [t38].[record_id],
                      [t38].[ref_date],
                      [t38].[numerator],
                      [t38].[denominator],
                      [t38].[sex],
                      [t38].[ethnicity],
                      [t38].[date_of_birth],
                      [t38].[_disabled]
                    FROM (
                      SELECT
                        [t37].[la_code],
                        [t37].[month],
                        [t37].[child_id],
                        [t37].[record_id],
                        [t37].[ref_date],
                        [t37].[numerator],
                        [t37].[denominator],
                        [t31].[la_code] AS [la_code_right],
                        [t31].[child_id] AS [child_id_right],
                        [t31].[sex],
                        [t31].[ethnicity],
                        [t31].[date_of_birth],
                        [t31].[_disabled]
                      FROM (
                        SELECT
                          [t35].[la_code],
                          [t35].[month],
                          [t35].[child_id],
                          [t35].[assessment_id] AS [record_id],
                          [t35].[authorisation_date] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
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
                            [t34].[working_days]
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
                              [t33].[_wd_end],
                              [t33].[_wd_end] - [t33].[_wd_start] AS [working_days]
                            FROM (
                              SELECT
                                [t32].[assessment_id],
                                [t32].[referral_id],
                                [t32].[child_id],
                                [t32].[start_date],
                                [t32].[authorisation_date],
                                [t32].[child_seen],
                                [t32].[further_action],
                                [t32].[la_code],
                                [t32].[load_id],
                                [t32].[month],
                                [t32].[_clock],
                                [t32].[_wd_start],
                                [t32].[_wd_end]
                              FROM (
                                SELECT
                                  [t30].[assessment_id],
                                  [t30].[referral_id],
                                  [t30].[child_id],
                                  [t30].[start_date],
                                  [t30].[authorisation_date],
                                  [t30].[child_seen],
                                  [t30].[further_action],
                                  [t30].[la_code],
                                  [t30].[load_id],
                                  [t30].[month],
                                  [t30].[_clock],
                                  [t30].[_wd_start],
                                  [t18].[__wd_end_day],
                                  [t18].[_wd_end]
                                FROM (
                                  SELECT
                                    [t26].[assessment_id],
                                    [t26].[referral_id],
                                    [t26].[child_id],
                                    [t26].[start_date],
                                    [t26].[authorisation_date],
                                    [t26].[child_seen],
                                    [t26].[further_action],
                                    [t26].[la_code],
                                    [t26].[load_id],
                                    [t26].[month],
                                    [t26].[_clock],
                                    [t26].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t22].[assessment_id],
                                      [t22].[referral_id],
                                      [t22].[child_id],
                                      [t22].[start_date],
                                      [t22].[authorisation_date],
                                      [t22].[child_seen],
                                      [t22].[further_action],
                                      [t22].[la_code],
                                      [t22].[load_id],
                                      [t22].[month],
                                      [t22].[_clock],
                                      [t19].[__wd_start_day],
                                      [t19].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t7].[assessment_id],
                                        [t7].[referral_id],
                                        [t7].[child_id],
                                        [t7].[start_date],
                                        [t7].[authorisation_date],
                                        [t7].[child_seen],
                                        [t7].[further_action],
                                        [t7].[la_code],
                                        [t7].[load_id],
                                        DATETRUNC(MONTH, [t7].[authorisation_date]) AS [month],
                                        [t7].[start_date] AS [_clock]
                                      FROM [assessment] AS [t7]
                                      WHERE
                                        [t7].[authorisation_date] IS NOT NULL
                                        AND DATETRUNC(MONTH, [t7].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                    ) AS [t22]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t6].[day] AS [__wd_start_day],
                                        [t6].[wd_index] AS [_wd_start]
                                      FROM [scorecard_calendar] AS [t6]
                                    ) AS [t19]
                                      ON [t22].[_clock] = [t19].[__wd_start_day]
                                  ) AS [t26]
                                ) AS [t30]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t6].[day] AS [__wd_end_day],
                                    [t6].[wd_index] AS [_wd_end]
                                  FROM [scorecard_calendar] AS [t6]
                                ) AS [t18]
                                  ON [t30].[authorisation_date] = [t18].[__wd_end_day]
                              ) AS [t32]
                            ) AS [t33]
                          ) AS [t34]
                        ) AS [t35]
                      ) AS [t37]
                      LEFT OUTER JOIN (
                        SELECT
                          [t27].[la_code],
                          [t27].[child_id],
                          [t27].[sex],
                          [t27].[ethnicity],
                          [t27].[date_of_birth],
                          [t27].[_disabled]
                        FROM (
                          SELECT
                            [t16].[la_code],
                            [t16].[child_id],
                            [t16].[sex],
                            [t16].[ethnicity],
                            [t16].[date_of_birth],
                            [t24].[la_code] AS [la_code_right],
                            [t24].[child_id] AS [child_id_right],
                            [t24].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t16]
                          LEFT OUTER JOIN (
                            SELECT
                              [t17].[la_code],
                              [t17].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t17]
                          ) AS [t24]
                            ON [t16].[la_code] = [t24].[la_code] AND [t16].[child_id] = [t24].[child_id]
                        ) AS [t27]
                      ) AS [t31]
                        ON [t37].[la_code] = [t31].[la_code] AND [t37].[child_id] = [t31].[child_id]
                    ) AS [t38]
                  ) AS [t39]
                ) AS [t40]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t39].[la_code],
                    [t39].[month],
                    [t39].[numerator],
                    [t39].[denominator],
                    1 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
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
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
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
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
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
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
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
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t39].[ref_date]) * 100
                                  ) + DATEPART(day, [t39].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t39].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t39].[date_of_birth])
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
                              DATEPART(year, [t39].[ref_date]) - DATEPART(year, [t39].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t39].[ref_date]) * 100
                                ) + DATEPART(day, [t39].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t39].[date_of_birth]) * 100
                                ) + DATEPART(day, [t39].[date_of_birth])
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
                      [t38].[la_code],
                      [t38].[month],
                      [t38].[child_id],
                      [t38].[record_id],
                      [t38].[ref_date],
                      [t38].[numerator],
                      [t38].[denominator],
                      [t38].[sex],
                      [t38].[ethnicity],
                      [t38].[date_of_birth],
                      [t38].[_disabled]
                    FROM (
                      SELECT
                        [t37].[la_code],
                        [t37].[month],
                        [t37].[child_id],
                        [t37].[record_id],
                        [t37].[ref_date],
                        [t37].[numerator],
                        [t37].[denominator],
                        [t31].[la_code] AS [la_code_right],
                        [t31].[child_id] AS [child_id_right],
                        [t31].[sex],
                        [t31].[ethnicity],
                        [t31].[date_of_birth],
                        [t31].[_disabled]
                      FROM (
                        SELECT
                          [t35].[la_code],
                          [t35].[month],
                          [t35].[child_id],
                          [t35].[assessment_id] AS [record_id],
                          [t35].[authorisation_date] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
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
                            [t34].[working_days]
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
                              [t33].[_wd_end],
                              [t33].[_wd_end] - [t33].[_wd_start] AS [working_days]
                            FROM (
                              SELECT
                                [t32].[assessment_id],
                                [t32].[referral_id],
                                [t32].[child_id],
                                [t32].[start_date],
                                [t32].[authorisation_date],
                                [t32].[child_seen],
                                [t32].[further_action],
                                [t32].[la_code],
                                [t32].[load_id],
                                [t32].[month],
                                [t32].[_clock],
                                [t32].[_wd_start],
                                [t32].[_wd_end]
                              FROM (
                                SELECT
                                  [t30].[assessment_id],
                                  [t30].[referral_id],
                                  [t30].[child_id],
                                  [t30].[start_date],
                                  [t30].[authorisation_date],
                                  [t30].[child_seen],
                                  [t30].[further_action],
                                  [t30].[la_code],
                                  [t30].[load_id],
                                  [t30].[month],
                                  [t30].[_clock],
                                  [t30].[_wd_start],
                                  [t18].[__wd_end_day],
                                  [t18].[_wd_end]
                                FROM (
                                  SELECT
                                    [t26].[assessment_id],
                                    [t26].[referral_id],
                                    [t26].[child_id],
                                    [t26].[start_date],
                                    [t26].[authorisation_date],
                                    [t26].[child_seen],
                                    [t26].[further_action],
                                    [t26].[la_code],
                                    [t26].[load_id],
                                    [t26].[month],
                                    [t26].[_clock],
                                    [t26].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t22].[assessment_id],
                                      [t22].[referral_id],
                                      [t22].[child_id],
                                      [t22].[start_date],
                                      [t22].[authorisation_date],
                                      [t22].[child_seen],
                                      [t22].[further_action],
                                      [t22].[la_code],
                                      [t22].[load_id],
                                      [t22].[month],
                                      [t22].[_clock],
                                      [t19].[__wd_start_day],
                                      [t19].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t7].[assessment_id],
                                        [t7].[referral_id],
                                        [t7].[child_id],
                                        [t7].[start_date],
                                        [t7].[authorisation_date],
                                        [t7].[child_seen],
                                        [t7].[further_action],
                                        [t7].[la_code],
                                        [t7].[load_id],
                                        DATETRUNC(MONTH, [t7].[authorisation_date]) AS [month],
                                        [t7].[start_date] AS [_clock]
                                      FROM [assessment] AS [t7]
                                      WHERE
                                        [t7].[authorisation_date] IS NOT NULL
                                        AND DATETRUNC(MONTH, [t7].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                    ) AS [t22]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t6].[day] AS [__wd_start_day],
                                        [t6].[wd_index] AS [_wd_start]
                                      FROM [scorecard_calendar] AS [t6]
                                    ) AS [t19]
                                      ON [t22].[_clock] = [t19].[__wd_start_day]
                                  ) AS [t26]
                                ) AS [t30]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t6].[day] AS [__wd_end_day],
                                    [t6].[wd_index] AS [_wd_end]
                                  FROM [scorecard_calendar] AS [t6]
                                ) AS [t18]
                                  ON [t30].[authorisation_date] = [t18].[__wd_end_day]
                              ) AS [t32]
                            ) AS [t33]
                          ) AS [t34]
                        ) AS [t35]
                      ) AS [t37]
                      LEFT OUTER JOIN (
                        SELECT
                          [t27].[la_code],
                          [t27].[child_id],
                          [t27].[sex],
                          [t27].[ethnicity],
                          [t27].[date_of_birth],
                          [t27].[_disabled]
                        FROM (
                          SELECT
                            [t16].[la_code],
                            [t16].[child_id],
                            [t16].[sex],
                            [t16].[ethnicity],
                            [t16].[date_of_birth],
                            [t24].[la_code] AS [la_code_right],
                            [t24].[child_id] AS [child_id_right],
                            [t24].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t16]
                          LEFT OUTER JOIN (
                            SELECT
                              [t17].[la_code],
                              [t17].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t17]
                          ) AS [t24]
                            ON [t16].[la_code] = [t24].[la_code] AND [t16].[child_id] = [t24].[child_id]
                        ) AS [t27]
                      ) AS [t31]
                        ON [t37].[la_code] = [t31].[la_code] AND [t37].[child_id] = [t31].[child_id]
                    ) AS [t38]
                  ) AS [t39]
                ) AS [t45]
              ) AS [t46]
            ) AS [t47]
          ) AS [t48]
          GROUP BY
            [t48].[la_code],
            [t48].[month],
            [t48].[_part],
            [t48].[breakdown_value]
        ) AS [t49]
      ) AS [t50]
      GROUP BY
        [t50].[la_code],
        [t50].[indicator_id],
        [t50].[month_index],
        [t50].[breakdown],
        [t50].[breakdown_value]
    ) AS [t52]
      ON [t52].[la_code] = [t9].[la_code]
      AND [t52].[indicator_id] = [t11].[indicator_id]
      AND [t52].[month_index] <= [t10].[month_index]
      AND [t52].[month_index] >= (
        [t10].[month_index] - IIF([t52].[breakdown] = 'month_alone', 0, [t11].[months_back])
      )
  ) AS [t53]
  GROUP BY
    [t53].[la_code],
    [t53].[indicator_id],
    [t53].[month],
    [t53].[breakdown],
    [t53].[breakdown_value],
    [t53].[unit]
)
SELECT
  [t66].[la_code],
  [t66].[indicator_id],
  [t66].[month],
  [t66].[breakdown],
  [t66].[breakdown_value],
  [t66].[numerator],
  CASE
    WHEN [t66].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t66].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t66].[denominator]
  END AS [denominator],
  CASE
    WHEN [t66].[unit] = 'count'
    THEN [t66].[numerator]
    WHEN [t66].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t66].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t66].[unit] = 'percent'
    THEN IIF(
      [t66].[denominator] > 0,
      CAST([t66].[numerator] AS FLOAT) / [t66].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t66].[denominator] > 0,
      CAST([t66].[numerator] AS FLOAT) / [t66].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t60].[la_code],
      [t60].[indicator_id],
      [t60].[month],
      [t60].[breakdown],
      [t60].[breakdown_value],
      [t60].[unit],
      [t60].[numerator],
      [t60].[denominator]
    FROM (
      SELECT
        [t25].[la_code],
        [t25].[indicator_id],
        [t25].[month],
        [t25].[unit],
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
            ('ASS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t25]
      WHERE
        NOT EXISTS(
          SELECT
            1
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
            FROM [t54] AS [t55]
            WHERE
              [t55].[breakdown] = 'month_alone'
          ) AS [t58]
          WHERE
            [t25].[la_code] = [t58].[la_code]
            AND [t25].[indicator_id] = [t58].[indicator_id]
            AND [t25].[month] = [t58].[month]
        )
    ) AS [t60]
  ) AS [t62]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t54] AS [t55]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t61].[la_code],
        [t61].[indicator_id],
        [t61].[month],
        [t61].[breakdown],
        [t61].[breakdown_value],
        [t61].[unit],
        [t61].[numerator],
        [t61].[denominator]
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
          ('ASS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
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
              FROM [t54] AS [t55]
              WHERE
                [t55].[breakdown] = 'all'
            ) AS [t59]
            WHERE
              [t9].[la_code] = [t59].[la_code]
              AND [t11].[indicator_id] = [t59].[indicator_id]
              AND [t10].[month] = [t59].[month]
          )
      ) AS [t61]
    ) AS [t63]
  ) AS [t64]
) AS [t66]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t66].[la_code] = [t8].[la_code] AND [t66].[month] = [t8].[month]
