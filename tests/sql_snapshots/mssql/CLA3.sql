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
      [t52].[breakdown],
      [t52].[breakdown_value],
      [t52].[_num],
      [t52].[_den],
      [t52].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CLA3', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t50].[la_code],
        [t50].[indicator_id],
        [t50].[breakdown],
        [t50].[breakdown_value],
        [t50].[_num],
        [t50].[_den],
        [t50].[month_index] + [t50].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t49].[la_code],
          [t49].[indicator_id],
          [t49].[month_index],
          [t49].[breakdown],
          [t49].[breakdown_value],
          [t49].[_num],
          [t49].[_den],
          [t16].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t47].[la_code],
            [t47].[indicator_id],
            [t47].[month_index],
            [t47].[breakdown],
            [t47].[breakdown_value],
            SUM([t47].[numerator]) AS [_num],
            SUM([t47].[denominator]) AS [_den]
          FROM (
            SELECT
              [t46].[la_code],
              'CLA3' AS [indicator_id],
              (
                (
                  DATEPART(year, [t46].[month]) * 12
                ) + DATEPART(month, [t46].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t46].[_part] = 0
                THEN 'all'
                WHEN [t46].[_part] = 1
                THEN 'legal_status'
                WHEN [t46].[_part] = 2
                THEN 'age_band'
                WHEN [t46].[_part] = 3
                THEN 'sex'
                WHEN [t46].[_part] = 4
                THEN 'ethnicity_group'
                WHEN [t46].[_part] = 5
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t46].[breakdown_value],
              [t46].[numerator],
              [t46].[denominator]
            FROM (
              SELECT
                [t45].[la_code],
                [t45].[month],
                [t45].[_part],
                [t45].[breakdown_value],
                SUM([t45].[numerator]) AS [numerator],
                SUM([t45].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t34].[la_code],
                      [t34].[month],
                      [t34].[numerator],
                      [t34].[denominator],
                      4 AS [_part],
                      COALESCE(COALESCE([t34].[ethnicity_group], 'Not known'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t33].[la_code],
                        [t33].[month],
                        [t33].[child_id],
                        [t33].[record_id],
                        [t33].[ref_date],
                        [t33].[numerator],
                        [t33].[denominator],
                        [t33].[legal_status],
                        [t33].[_born],
                        [t33].[sex],
                        [t33].[ethnicity_group],
                        [t33].[disability]
                      FROM (
                        SELECT
                          [t32].[la_code],
                          [t32].[month],
                          [t32].[child_id],
                          [t32].[record_id],
                          [t32].[ref_date],
                          [t32].[numerator],
                          [t32].[denominator],
                          [t32].[legal_status],
                          [t28].[la_code] AS [la_code_right],
                          [t28].[child_id] AS [child_id_right],
                          [t28].[_born],
                          [t28].[sex],
                          [t28].[ethnicity_group],
                          [t28].[disability]
                        FROM (
                          SELECT
                            [t30].[la_code],
                            DATETRUNC(MONTH, [t30].[start_date]) AS [month],
                            CAST([t30].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t30].[child_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t30].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            CAST([t30].[legal_status] AS VARCHAR(max)) AS [legal_status]
                          FROM (
                            SELECT
                              [t29].[child_id],
                              [t29].[start_date],
                              [t29].[reason_new_episode],
                              [t29].[legal_status],
                              [t29].[category_of_need],
                              [t29].[placement_type],
                              [t29].[placement_provider],
                              [t29].[end_date],
                              [t29].[reason_ceased],
                              [t29].[reason_place_change],
                              [t29].[home_postcode],
                              [t29].[placement_postcode],
                              [t29].[urn],
                              [t29].[placed_outside_council],
                              [t29].[la_code],
                              [t29].[load_id],
                              [t29].[period_start],
                              [t29].[period_start_seen],
                              [t29].[placement_start],
                              [t29].[short_break],
                              [t29].[previous_placement_start],
                              [t29].[period_end]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[start_date],
                                [t26].[reason_new_episode],
                                [t26].[legal_status],
                                [t26].[category_of_need],
                                [t26].[placement_type],
                                [t26].[placement_provider],
                                [t26].[end_date],
                                [t26].[reason_ceased],
                                [t26].[reason_place_change],
                                [t26].[home_postcode],
                                [t26].[placement_postcode],
                                [t26].[urn],
                                [t26].[placed_outside_council],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[period_start],
                                [t26].[period_start_seen],
                                [t26].[placement_start],
                                [t26].[_move],
                                [t26].[short_break],
                                [t26].[_previous],
                                MAX([t26].[_previous]) OVER (
                                  PARTITION BY [t26].[la_code], [t26].[child_id]
                                  ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS [previous_placement_start],
                                IIF(
                                  MAX(IIF([t26].[end_date] IS NULL, 1, 0)) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                    ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  CAST(NULL AS DATE),
                                  MAX([t26].[end_date]) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                    ORDER BY CASE WHEN [t26].[end_date] IS NULL THEN 1 ELSE 0 END, [t26].[end_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS [period_end]
                              FROM (
                                SELECT
                                  [t23].[child_id],
                                  [t23].[start_date],
                                  [t23].[reason_new_episode],
                                  [t23].[legal_status],
                                  [t23].[category_of_need],
                                  [t23].[placement_type],
                                  [t23].[placement_provider],
                                  [t23].[end_date],
                                  [t23].[reason_ceased],
                                  [t23].[reason_place_change],
                                  [t23].[home_postcode],
                                  [t23].[placement_postcode],
                                  [t23].[urn],
                                  [t23].[placed_outside_council],
                                  [t23].[la_code],
                                  [t23].[load_id],
                                  [t23].[period_start],
                                  [t23].[period_start_seen],
                                  [t23].[placement_start],
                                  [t23].[_move],
                                  [t23].[short_break],
                                  IIF(
                                    [t23].[_move] IS NOT NULL,
                                    LAG([t23].[placement_start]) OVER (
                                      PARTITION BY [t23].[la_code], [t23].[child_id]
                                      ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
                                    ),
                                    CAST(NULL AS DATE)
                                  ) AS [_previous]
                                FROM (
                                  SELECT
                                    [t17].[child_id],
                                    [t17].[start_date],
                                    [t17].[reason_new_episode],
                                    [t17].[legal_status],
                                    [t17].[category_of_need],
                                    [t17].[placement_type],
                                    [t17].[placement_provider],
                                    [t17].[end_date],
                                    [t17].[reason_ceased],
                                    [t17].[reason_place_change],
                                    [t17].[home_postcode],
                                    [t17].[placement_postcode],
                                    [t17].[urn],
                                    [t17].[placed_outside_council],
                                    [t17].[la_code],
                                    [t17].[load_id],
                                    COALESCE(
                                      MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN([t17].[start_date]) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS [period_start],
                                    MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                      PARTITION BY [t17].[la_code], [t17].[child_id]
                                      ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) IS NOT NULL AS [period_start_seen],
                                    COALESCE(
                                      MAX(
                                        IIF(
                                          [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                          [t17].[start_date],
                                          CAST(NULL AS DATE)
                                        )
                                      ) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN([t17].[start_date]) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS [placement_start],
                                    IIF(
                                      [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                      [t17].[start_date],
                                      CAST(NULL AS DATE)
                                    ) AS [_move],
                                    [t17].[legal_status] IN ('V3', 'V4') AS [short_break]
                                  FROM (
                                    SELECT
                                      [t6].[child_id],
                                      [t6].[start_date],
                                      [t6].[reason_new_episode],
                                      [t6].[legal_status],
                                      [t6].[category_of_need],
                                      [t6].[placement_type],
                                      [t6].[placement_provider],
                                      [t6].[end_date],
                                      [t6].[reason_ceased],
                                      [t6].[reason_place_change],
                                      [t6].[home_postcode],
                                      [t6].[placement_postcode],
                                      [t6].[urn],
                                      [t6].[placed_outside_council],
                                      [t6].[la_code],
                                      [t6].[load_id]
                                    FROM [looked_after_episode] AS [t6]
                                    WHERE
                                      [t6].[start_date] IS NOT NULL
                                  ) AS [t17]
                                ) AS [t23]
                              ) AS [t26]
                            ) AS [t29]
                          ) AS [t30]
                          WHERE
                            [t30].[reason_new_episode] = 'S'
                            AND IIF([t30].[short_break] <> 0, 1, 0) = 0
                            AND [t30].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t30].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t32]
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
                                [t21].[la_code] AS [la_code_right],
                                [t21].[child_id] AS [child_id_right],
                                [t21].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t18].[la_code],
                                  [t18].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t18]
                              ) AS [t21]
                                ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t28]
                          ON [t32].[la_code] = [t28].[la_code] AND [t32].[child_id] = [t28].[child_id]
                      ) AS [t33]
                    ) AS [t34]
                  ) AS [t37]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t34].[la_code],
                      [t34].[month],
                      [t34].[numerator],
                      [t34].[denominator],
                      5 AS [_part],
                      COALESCE(COALESCE([t34].[disability], 'Not disabled'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t33].[la_code],
                        [t33].[month],
                        [t33].[child_id],
                        [t33].[record_id],
                        [t33].[ref_date],
                        [t33].[numerator],
                        [t33].[denominator],
                        [t33].[legal_status],
                        [t33].[_born],
                        [t33].[sex],
                        [t33].[ethnicity_group],
                        [t33].[disability]
                      FROM (
                        SELECT
                          [t32].[la_code],
                          [t32].[month],
                          [t32].[child_id],
                          [t32].[record_id],
                          [t32].[ref_date],
                          [t32].[numerator],
                          [t32].[denominator],
                          [t32].[legal_status],
                          [t28].[la_code] AS [la_code_right],
                          [t28].[child_id] AS [child_id_right],
                          [t28].[_born],
                          [t28].[sex],
                          [t28].[ethnicity_group],
                          [t28].[disability]
                        FROM (
                          SELECT
                            [t30].[la_code],
                            DATETRUNC(MONTH, [t30].[start_date]) AS [month],
                            CAST([t30].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t30].[child_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t30].[start_date] AS DATE) AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            CAST([t30].[legal_status] AS VARCHAR(max)) AS [legal_status]
                          FROM (
                            SELECT
                              [t29].[child_id],
                              [t29].[start_date],
                              [t29].[reason_new_episode],
                              [t29].[legal_status],
                              [t29].[category_of_need],
                              [t29].[placement_type],
                              [t29].[placement_provider],
                              [t29].[end_date],
                              [t29].[reason_ceased],
                              [t29].[reason_place_change],
                              [t29].[home_postcode],
                              [t29].[placement_postcode],
                              [t29].[urn],
                              [t29].[placed_outside_council],
                              [t29].[la_code],
                              [t29].[load_id],
                              [t29].[period_start],
                              [t29].[period_start_seen],
                              [t29].[placement_start],
                              [t29].[short_break],
                              [t29].[previous_placement_start],
                              [t29].[period_end]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[start_date],
                                [t26].[reason_new_episode],
                                [t26].[legal_status],
                                [t26].[category_of_need],
                                [t26].[placement_type],
                                [t26].[placement_provider],
                                [t26].[end_date],
                                [t26].[reason_ceased],
                                [t26].[reason_place_change],
                                [t26].[home_postcode],
                                [t26].[placement_postcode],
                                [t26].[urn],
                                [t26].[placed_outside_council],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[period_start],
                                [t26].[period_start_seen],
                                [t26].[placement_start],
                                [t26].[_move],
                                [t26].[short_break],
                                [t26].[_previous],
                                MAX([t26].[_previous]) OVER (
                                  PARTITION BY [t26].[la_code], [t26].[child_id]
                                  ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS [previous_placement_start],
                                IIF(
                                  MAX(IIF([t26].[end_date] IS NULL, 1, 0)) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                    ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  CAST(NULL AS DATE),
                                  MAX([t26].[end_date]) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                    ORDER BY CASE WHEN [t26].[end_date] IS NULL THEN 1 ELSE 0 END, [t26].[end_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS [period_end]
                              FROM (
                                SELECT
                                  [t23].[child_id],
                                  [t23].[start_date],
                                  [t23].[reason_new_episode],
                                  [t23].[legal_status],
                                  [t23].[category_of_need],
                                  [t23].[placement_type],
                                  [t23].[placement_provider],
                                  [t23].[end_date],
                                  [t23].[reason_ceased],
                                  [t23].[reason_place_change],
                                  [t23].[home_postcode],
                                  [t23].[placement_postcode],
                                  [t23].[urn],
                                  [t23].[placed_outside_council],
                                  [t23].[la_code],
                                  [t23].[load_id],
                                  [t23].[period_start],
                                  [t23].[period_start_seen],
                                  [t23].[placement_start],
                                  [t23].[_move],
                                  [t23].[short_break],
                                  IIF(
                                    [t23].[_move] IS NOT NULL,
                                    LAG([t23].[placement_start]) OVER (
                                      PARTITION BY [t23].[la_code], [t23].[child_id]
                                      ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
                                    ),
                                    CAST(NULL AS DATE)
                                  ) AS [_previous]
                                FROM (
                                  SELECT
                                    [t17].[child_id],
                                    [t17].[start_date],
                                    [t17].[reason_new_episode],
                                    [t17].[legal_status],
                                    [t17].[category_of_need],
                                    [t17].[placement_type],
                                    [t17].[placement_provider],
                                    [t17].[end_date],
                                    [t17].[reason_ceased],
                                    [t17].[reason_place_change],
                                    [t17].[home_postcode],
                                    [t17].[placement_postcode],
                                    [t17].[urn],
                                    [t17].[placed_outside_council],
                                    [t17].[la_code],
                                    [t17].[load_id],
                                    COALESCE(
                                      MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN([t17].[start_date]) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS [period_start],
                                    MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                      PARTITION BY [t17].[la_code], [t17].[child_id]
                                      ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) IS NOT NULL AS [period_start_seen],
                                    COALESCE(
                                      MAX(
                                        IIF(
                                          [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                          [t17].[start_date],
                                          CAST(NULL AS DATE)
                                        )
                                      ) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN([t17].[start_date]) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS [placement_start],
                                    IIF(
                                      [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                      [t17].[start_date],
                                      CAST(NULL AS DATE)
                                    ) AS [_move],
                                    [t17].[legal_status] IN ('V3', 'V4') AS [short_break]
                                  FROM (
                                    SELECT
                                      [t6].[child_id],
                                      [t6].[start_date],
                                      [t6].[reason_new_episode],
                                      [t6].[legal_status],
                                      [t6].[category_of_need],
                                      [t6].[placement_type],
                                      [t6].[placement_provider],
                                      [t6].[end_date],
                                      [t6].[reason_ceased],
                                      [t6].[reason_place_change],
                                      [t6].[home_postcode],
                                      [t6].[placement_postcode],
                                      [t6].[urn],
                                      [t6].[placed_outside_council],
                                      [t6].[la_code],
                                      [t6].[load_id]
                                    FROM [looked_after_episode] AS [t6]
                                    WHERE
                                      [t6].[start_date] IS NOT NULL
                                  ) AS [t17]
                                ) AS [t23]
                              ) AS [t26]
                            ) AS [t29]
                          ) AS [t30]
                          WHERE
                            [t30].[reason_new_episode] = 'S'
                            AND IIF([t30].[short_break] <> 0, 1, 0) = 0
                            AND [t30].[start_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t30].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t32]
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
                                [t21].[la_code] AS [la_code_right],
                                [t21].[child_id] AS [child_id_right],
                                [t21].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t18].[la_code],
                                  [t18].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t7].[la_code],
                                    [t7].[child_id]
                                  FROM [disability] AS [t7]
                                  WHERE
                                    [t7].[disability] <> 'NONE'
                                ) AS [t18]
                              ) AS [t21]
                                ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t28]
                          ON [t32].[la_code] = [t28].[la_code] AND [t32].[child_id] = [t28].[child_id]
                      ) AS [t33]
                    ) AS [t34]
                  ) AS [t38]
                ) AS [t41]
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
                        [t34].[la_code],
                        [t34].[month],
                        [t34].[numerator],
                        [t34].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t33].[la_code],
                          [t33].[month],
                          [t33].[child_id],
                          [t33].[record_id],
                          [t33].[ref_date],
                          [t33].[numerator],
                          [t33].[denominator],
                          [t33].[legal_status],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t32].[la_code],
                            [t32].[month],
                            [t32].[child_id],
                            [t32].[record_id],
                            [t32].[ref_date],
                            [t32].[numerator],
                            [t32].[denominator],
                            [t32].[legal_status],
                            [t28].[la_code] AS [la_code_right],
                            [t28].[child_id] AS [child_id_right],
                            [t28].[_born],
                            [t28].[sex],
                            [t28].[ethnicity_group],
                            [t28].[disability]
                          FROM (
                            SELECT
                              [t30].[la_code],
                              DATETRUNC(MONTH, [t30].[start_date]) AS [month],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t30].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              CAST([t30].[legal_status] AS VARCHAR(max)) AS [legal_status]
                            FROM (
                              SELECT
                                [t29].[child_id],
                                [t29].[start_date],
                                [t29].[reason_new_episode],
                                [t29].[legal_status],
                                [t29].[category_of_need],
                                [t29].[placement_type],
                                [t29].[placement_provider],
                                [t29].[end_date],
                                [t29].[reason_ceased],
                                [t29].[reason_place_change],
                                [t29].[home_postcode],
                                [t29].[placement_postcode],
                                [t29].[urn],
                                [t29].[placed_outside_council],
                                [t29].[la_code],
                                [t29].[load_id],
                                [t29].[period_start],
                                [t29].[period_start_seen],
                                [t29].[placement_start],
                                [t29].[short_break],
                                [t29].[previous_placement_start],
                                [t29].[period_end]
                              FROM (
                                SELECT
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[reason_new_episode],
                                  [t26].[legal_status],
                                  [t26].[category_of_need],
                                  [t26].[placement_type],
                                  [t26].[placement_provider],
                                  [t26].[end_date],
                                  [t26].[reason_ceased],
                                  [t26].[reason_place_change],
                                  [t26].[home_postcode],
                                  [t26].[placement_postcode],
                                  [t26].[urn],
                                  [t26].[placed_outside_council],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[period_start],
                                  [t26].[period_start_seen],
                                  [t26].[placement_start],
                                  [t26].[_move],
                                  [t26].[short_break],
                                  [t26].[_previous],
                                  MAX([t26].[_previous]) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id]
                                    ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS [previous_placement_start],
                                  IIF(
                                    MAX(IIF([t26].[end_date] IS NULL, 1, 0)) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    CAST(NULL AS DATE),
                                    MAX([t26].[end_date]) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN [t26].[end_date] IS NULL THEN 1 ELSE 0 END, [t26].[end_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_end]
                                FROM (
                                  SELECT
                                    [t23].[child_id],
                                    [t23].[start_date],
                                    [t23].[reason_new_episode],
                                    [t23].[legal_status],
                                    [t23].[category_of_need],
                                    [t23].[placement_type],
                                    [t23].[placement_provider],
                                    [t23].[end_date],
                                    [t23].[reason_ceased],
                                    [t23].[reason_place_change],
                                    [t23].[home_postcode],
                                    [t23].[placement_postcode],
                                    [t23].[urn],
                                    [t23].[placed_outside_council],
                                    [t23].[la_code],
                                    [t23].[load_id],
                                    [t23].[period_start],
                                    [t23].[period_start_seen],
                                    [t23].[placement_start],
                                    [t23].[_move],
                                    [t23].[short_break],
                                    IIF(
                                      [t23].[_move] IS NOT NULL,
                                      LAG([t23].[placement_start]) OVER (
                                        PARTITION BY [t23].[la_code], [t23].[child_id]
                                        ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
                                      ),
                                      CAST(NULL AS DATE)
                                    ) AS [_previous]
                                  FROM (
                                    SELECT
                                      [t17].[child_id],
                                      [t17].[start_date],
                                      [t17].[reason_new_episode],
                                      [t17].[legal_status],
                                      [t17].[category_of_need],
                                      [t17].[placement_type],
                                      [t17].[placement_provider],
                                      [t17].[end_date],
                                      [t17].[reason_ceased],
                                      [t17].[reason_place_change],
                                      [t17].[home_postcode],
                                      [t17].[placement_postcode],
                                      [t17].[urn],
                                      [t17].[placed_outside_council],
                                      [t17].[la_code],
                                      [t17].[load_id],
                                      COALESCE(
                                        MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [period_start],
                                      MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) IS NOT NULL AS [period_start_seen],
                                      COALESCE(
                                        MAX(
                                          IIF(
                                            [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                            [t17].[start_date],
                                            CAST(NULL AS DATE)
                                          )
                                        ) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [placement_start],
                                      IIF(
                                        [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t17].[start_date],
                                        CAST(NULL AS DATE)
                                      ) AS [_move],
                                      [t17].[legal_status] IN ('V3', 'V4') AS [short_break]
                                    FROM (
                                      SELECT
                                        [t6].[child_id],
                                        [t6].[start_date],
                                        [t6].[reason_new_episode],
                                        [t6].[legal_status],
                                        [t6].[category_of_need],
                                        [t6].[placement_type],
                                        [t6].[placement_provider],
                                        [t6].[end_date],
                                        [t6].[reason_ceased],
                                        [t6].[reason_place_change],
                                        [t6].[home_postcode],
                                        [t6].[placement_postcode],
                                        [t6].[urn],
                                        [t6].[placed_outside_council],
                                        [t6].[la_code],
                                        [t6].[load_id]
                                      FROM [looked_after_episode] AS [t6]
                                      WHERE
                                        [t6].[start_date] IS NOT NULL
                                    ) AS [t17]
                                  ) AS [t23]
                                ) AS [t26]
                              ) AS [t29]
                            ) AS [t30]
                            WHERE
                              [t30].[reason_new_episode] = 'S'
                              AND IIF([t30].[short_break] <> 0, 1, 0) = 0
                              AND [t30].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t30].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t32]
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
                                  [t21].[la_code] AS [la_code_right],
                                  [t21].[child_id] AS [child_id_right],
                                  [t21].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t18].[la_code],
                                    [t18].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t18]
                                ) AS [t21]
                                  ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                              ) AS [t24]
                            ) AS [t25]
                          ) AS [t28]
                            ON [t32].[la_code] = [t28].[la_code] AND [t32].[child_id] = [t28].[child_id]
                        ) AS [t33]
                      ) AS [t34]
                    ) AS [t35]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t34].[la_code],
                        [t34].[month],
                        [t34].[numerator],
                        [t34].[denominator],
                        1 AS [_part],
                        COALESCE([t34].[legal_status], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t33].[la_code],
                          [t33].[month],
                          [t33].[child_id],
                          [t33].[record_id],
                          [t33].[ref_date],
                          [t33].[numerator],
                          [t33].[denominator],
                          [t33].[legal_status],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t32].[la_code],
                            [t32].[month],
                            [t32].[child_id],
                            [t32].[record_id],
                            [t32].[ref_date],
                            [t32].[numerator],
                            [t32].[denominator],
                            [t32].[legal_status],
                            [t28].[la_code] AS [la_code_right],
                            [t28].[child_id] AS [child_id_right],
                            [t28].[_born],
                            [t28].[sex],
                            [t28].[ethnicity_group],
                            [t28].[disability]
                          FROM (
                            SELECT
                              [t30].[la_code],
                              DATETRUNC(MONTH, [t30].[start_date]) AS [month],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t30].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              CAST([t30].[legal_status] AS VARCHAR(max)) AS [legal_status]
                            FROM (
                              SELECT
                                [t29].[child_id],
                                [t29].[start_date],
                                [t29].[reason_new_episode],
                                [t29].[legal_status],
                                [t29].[category_of_need],
                                [t29].[placement_type],
                                [t29].[placement_provider],
                                [t29].[end_date],
                                [t29].[reason_ceased],
                                [t29].[reason_place_change],
                                [t29].[home_postcode],
                                [t29].[placement_postcode],
                                [t29].[urn],
                                [t29].[placed_outside_council],
                                [t29].[la_code],
                                [t29].[load_id],
                                [t29].[period_start],
                                [t29].[period_start_seen],
                                [t29].[placement_start],
                                [t29].[short_break],
                                [t29].[previous_placement_start],
                                [t29].[period_end]
                              FROM (
                                SELECT
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[reason_new_episode],
                                  [t26].[legal_status],
                                  [t26].[category_of_need],
                                  [t26].[placement_type],
                                  [t26].[placement_provider],
                                  [t26].[end_date],
                                  [t26].[reason_ceased],
                                  [t26].[reason_place_change],
                                  [t26].[home_postcode],
                                  [t26].[placement_postcode],
                                  [t26].[urn],
                                  [t26].[placed_outside_council],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[period_start],
                                  [t26].[period_start_seen],
                                  [t26].[placement_start],
                                  [t26].[_move],
                                  [t26].[short_break],
                                  [t26].[_previous],
                                  MAX([t26].[_previous]) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id]
                                    ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS [previous_placement_start],
                                  IIF(
                                    MAX(IIF([t26].[end_date] IS NULL, 1, 0)) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    CAST(NULL AS DATE),
                                    MAX([t26].[end_date]) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN [t26].[end_date] IS NULL THEN 1 ELSE 0 END, [t26].[end_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_end]
                                FROM (
                                  SELECT
                                    [t23].[child_id],
                                    [t23].[start_date],
                                    [t23].[reason_new_episode],
                                    [t23].[legal_status],
                                    [t23].[category_of_need],
                                    [t23].[placement_type],
                                    [t23].[placement_provider],
                                    [t23].[end_date],
                                    [t23].[reason_ceased],
                                    [t23].[reason_place_change],
                                    [t23].[home_postcode],
                                    [t23].[placement_postcode],
                                    [t23].[urn],
                                    [t23].[placed_outside_council],
                                    [t23].[la_code],
                                    [t23].[load_id],
                                    [t23].[period_start],
                                    [t23].[period_start_seen],
                                    [t23].[placement_start],
                                    [t23].[_move],
                                    [t23].[short_break],
                                    IIF(
                                      [t23].[_move] IS NOT NULL,
                                      LAG([t23].[placement_start]) OVER (
                                        PARTITION BY [t23].[la_code], [t23].[child_id]
                                        ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
                                      ),
                                      CAST(NULL AS DATE)
                                    ) AS [_previous]
                                  FROM (
                                    SELECT
                                      [t17].[child_id],
                                      [t17].[start_date],
                                      [t17].[reason_new_episode],
                                      [t17].[legal_status],
                                      [t17].[category_of_need],
                                      [t17].[placement_type],
                                      [t17].[placement_provider],
                                      [t17].[end_date],
                                      [t17].[reason_ceased],
                                      [t17].[reason_place_change],
                                      [t17].[home_postcode],
                                      [t17].[placement_postcode],
                                      [t17].[urn],
                                      [t17].[placed_outside_council],
                                      [t17].[la_code],
                                      [t17].[load_id],
                                      COALESCE(
                                        MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [period_start],
                                      MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) IS NOT NULL AS [period_start_seen],
                                      COALESCE(
                                        MAX(
                                          IIF(
                                            [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                            [t17].[start_date],
                                            CAST(NULL AS DATE)
                                          )
                                        ) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [placement_start],
                                      IIF(
                                        [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t17].[start_date],
                                        CAST(NULL AS DATE)
                                      ) AS [_move],
                                      [t17].[legal_status] IN ('V3', 'V4') AS [short_break]
                                    FROM (
                                      SELECT
                                        [t6].[child_id],
                                        [t6].[start_date],
                                        [t6].[reason_new_episode],
                                        [t6].[legal_status],
                                        [t6].[category_of_need],
                                        [t6].[placement_type],
                                        [t6].[placement_provider],
                                        [t6].[end_date],
                                        [t6].[reason_ceased],
                                        [t6].[reason_place_change],
                                        [t6].[home_postcode],
                                        [t6].[placement_postcode],
                                        [t6].[urn],
                                        [t6].[placed_outside_council],
                                        [t6].[la_code],
                                        [t6].[load_id]
                                      FROM [looked_after_episode] AS [t6]
                                      WHERE
                                        [t6].[start_date] IS NOT NULL
                                    ) AS [t17]
                                  ) AS [t23]
                                ) AS [t26]
                              ) AS [t29]
                            ) AS [t30]
                            WHERE
                              [t30].[reason_new_episode] = 'S'
                              AND IIF([t30].[short_break] <> 0, 1, 0) = 0
                              AND [t30].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t30].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t32]
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
                                  [t21].[la_code] AS [la_code_right],
                                  [t21].[child_id] AS [child_id_right],
                                  [t21].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t18].[la_code],
                                    [t18].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t18]
                                ) AS [t21]
                                  ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                              ) AS [t24]
                            ) AS [t25]
                          ) AS [t28]
                            ON [t32].[la_code] = [t28].[la_code] AND [t32].[child_id] = [t28].[child_id]
                        ) AS [t33]
                      ) AS [t34]
                    ) AS [t36]
                  ) AS [t39]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t34].[la_code],
                        [t34].[month],
                        [t34].[numerator],
                        [t34].[denominator],
                        2 AS [_part],
                        COALESCE(
                          COALESCE(
                            CASE
                              WHEN (
                                (
                                  (
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 0
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
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
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 1
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
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
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 5
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
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
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 10
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
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
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 16
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t34].[ref_date]) * 100
                                      ) + DATEPART(day, [t34].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t34].[_born]) * 100
                                      ) + DATEPART(day, [t34].[_born])
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
                                  DATEPART(year, [t34].[ref_date]) - DATEPART(year, [t34].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t34].[ref_date]) * 100
                                    ) + DATEPART(day, [t34].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t34].[_born]) * 100
                                    ) + DATEPART(day, [t34].[_born])
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
                          [t33].[la_code],
                          [t33].[month],
                          [t33].[child_id],
                          [t33].[record_id],
                          [t33].[ref_date],
                          [t33].[numerator],
                          [t33].[denominator],
                          [t33].[legal_status],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t32].[la_code],
                            [t32].[month],
                            [t32].[child_id],
                            [t32].[record_id],
                            [t32].[ref_date],
                            [t32].[numerator],
                            [t32].[denominator],
                            [t32].[legal_status],
                            [t28].[la_code] AS [la_code_right],
                            [t28].[child_id] AS [child_id_right],
                            [t28].[_born],
                            [t28].[sex],
                            [t28].[ethnicity_group],
                            [t28].[disability]
                          FROM (
                            SELECT
                              [t30].[la_code],
                              DATETRUNC(MONTH, [t30].[start_date]) AS [month],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t30].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              CAST([t30].[legal_status] AS VARCHAR(max)) AS [legal_status]
                            FROM (
                              SELECT
                                [t29].[child_id],
                                [t29].[start_date],
                                [t29].[reason_new_episode],
                                [t29].[legal_status],
                                [t29].[category_of_need],
                                [t29].[placement_type],
                                [t29].[placement_provider],
                                [t29].[end_date],
                                [t29].[reason_ceased],
                                [t29].[reason_place_change],
                                [t29].[home_postcode],
                                [t29].[placement_postcode],
                                [t29].[urn],
                                [t29].[placed_outside_council],
                                [t29].[la_code],
                                [t29].[load_id],
                                [t29].[period_start],
                                [t29].[period_start_seen],
                                [t29].[placement_start],
                                [t29].[short_break],
                                [t29].[previous_placement_start],
                                [t29].[period_end]
                              FROM (
                                SELECT
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[reason_new_episode],
                                  [t26].[legal_status],
                                  [t26].[category_of_need],
                                  [t26].[placement_type],
                                  [t26].[placement_provider],
                                  [t26].[end_date],
                                  [t26].[reason_ceased],
                                  [t26].[reason_place_change],
                                  [t26].[home_postcode],
                                  [t26].[placement_postcode],
                                  [t26].[urn],
                                  [t26].[placed_outside_council],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[period_start],
                                  [t26].[period_start_seen],
                                  [t26].[placement_start],
                                  [t26].[_move],
                                  [t26].[short_break],
                                  [t26].[_previous],
                                  MAX([t26].[_previous]) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id]
                                    ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS [previous_placement_start],
                                  IIF(
                                    MAX(IIF([t26].[end_date] IS NULL, 1, 0)) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    CAST(NULL AS DATE),
                                    MAX([t26].[end_date]) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN [t26].[end_date] IS NULL THEN 1 ELSE 0 END, [t26].[end_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_end]
                                FROM (
                                  SELECT
                                    [t23].[child_id],
                                    [t23].[start_date],
                                    [t23].[reason_new_episode],
                                    [t23].[legal_status],
                                    [t23].[category_of_need],
                                    [t23].[placement_type],
                                    [t23].[placement_provider],
                                    [t23].[end_date],
                                    [t23].[reason_ceased],
                                    [t23].[reason_place_change],
                                    [t23].[home_postcode],
                                    [t23].[placement_postcode],
                                    [t23].[urn],
                                    [t23].[placed_outside_council],
                                    [t23].[la_code],
                                    [t23].[load_id],
                                    [t23].[period_start],
                                    [t23].[period_start_seen],
                                    [t23].[placement_start],
                                    [t23].[_move],
                                    [t23].[short_break],
                                    IIF(
                                      [t23].[_move] IS NOT NULL,
                                      LAG([t23].[placement_start]) OVER (
                                        PARTITION BY [t23].[la_code], [t23].[child_id]
                                        ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
                                      ),
                                      CAST(NULL AS DATE)
                                    ) AS [_previous]
                                  FROM (
                                    SELECT
                                      [t17].[child_id],
                                      [t17].[start_date],
                                      [t17].[reason_new_episode],
                                      [t17].[legal_status],
                                      [t17].[category_of_need],
                                      [t17].[placement_type],
                                      [t17].[placement_provider],
                                      [t17].[end_date],
                                      [t17].[reason_ceased],
                                      [t17].[reason_place_change],
                                      [t17].[home_postcode],
                                      [t17].[placement_postcode],
                                      [t17].[urn],
                                      [t17].[placed_outside_council],
                                      [t17].[la_code],
                                      [t17].[load_id],
                                      COALESCE(
                                        MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [period_start],
                                      MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) IS NOT NULL AS [period_start_seen],
                                      COALESCE(
                                        MAX(
                                          IIF(
                                            [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                            [t17].[start_date],
                                            CAST(NULL AS DATE)
                                          )
                                        ) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [placement_start],
                                      IIF(
                                        [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t17].[start_date],
                                        CAST(NULL AS DATE)
                                      ) AS [_move],
                                      [t17].[legal_status] IN ('V3', 'V4') AS [short_break]
                                    FROM (
                                      SELECT
                                        [t6].[child_id],
                                        [t6].[start_date],
                                        [t6].[reason_new_episode],
                                        [t6].[legal_status],
                                        [t6].[category_of_need],
                                        [t6].[placement_type],
                                        [t6].[placement_provider],
                                        [t6].[end_date],
                                        [t6].[reason_ceased],
                                        [t6].[reason_place_change],
                                        [t6].[home_postcode],
                                        [t6].[placement_postcode],
                                        [t6].[urn],
                                        [t6].[placed_outside_council],
                                        [t6].[la_code],
                                        [t6].[load_id]
                                      FROM [looked_after_episode] AS [t6]
                                      WHERE
                                        [t6].[start_date] IS NOT NULL
                                    ) AS [t17]
                                  ) AS [t23]
                                ) AS [t26]
                              ) AS [t29]
                            ) AS [t30]
                            WHERE
                              [t30].[reason_new_episode] = 'S'
                              AND IIF([t30].[short_break] <> 0, 1, 0) = 0
                              AND [t30].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t30].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t32]
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
                                  [t21].[la_code] AS [la_code_right],
                                  [t21].[child_id] AS [child_id_right],
                                  [t21].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t18].[la_code],
                                    [t18].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t18]
                                ) AS [t21]
                                  ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                              ) AS [t24]
                            ) AS [t25]
                          ) AS [t28]
                            ON [t32].[la_code] = [t28].[la_code] AND [t32].[child_id] = [t28].[child_id]
                        ) AS [t33]
                      ) AS [t34]
                    ) AS [t42]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t34].[la_code],
                        [t34].[month],
                        [t34].[numerator],
                        [t34].[denominator],
                        3 AS [_part],
                        COALESCE(COALESCE([t34].[sex], 'unknown'), 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t33].[la_code],
                          [t33].[month],
                          [t33].[child_id],
                          [t33].[record_id],
                          [t33].[ref_date],
                          [t33].[numerator],
                          [t33].[denominator],
                          [t33].[legal_status],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t32].[la_code],
                            [t32].[month],
                            [t32].[child_id],
                            [t32].[record_id],
                            [t32].[ref_date],
                            [t32].[numerator],
                            [t32].[denominator],
                            [t32].[legal_status],
                            [t28].[la_code] AS [la_code_right],
                            [t28].[child_id] AS [child_id_right],
                            [t28].[_born],
                            [t28].[sex],
                            [t28].[ethnicity_group],
                            [t28].[disability]
                          FROM (
                            SELECT
                              [t30].[la_code],
                              DATETRUNC(MONTH, [t30].[start_date]) AS [month],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t30].[child_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t30].[start_date] AS DATE) AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              CAST([t30].[legal_status] AS VARCHAR(max)) AS [legal_status]
                            FROM (
                              SELECT
                                [t29].[child_id],
                                [t29].[start_date],
                                [t29].[reason_new_episode],
                                [t29].[legal_status],
                                [t29].[category_of_need],
                                [t29].[placement_type],
                                [t29].[placement_provider],
                                [t29].[end_date],
                                [t29].[reason_ceased],
                                [t29].[reason_place_change],
                                [t29].[home_postcode],
                                [t29].[placement_postcode],
                                [t29].[urn],
                                [t29].[placed_outside_council],
                                [t29].[la_code],
                                [t29].[load_id],
                                [t29].[period_start],
                                [t29].[period_start_seen],
                                [t29].[placement_start],
                                [t29].[short_break],
                                [t29].[previous_placement_start],
                                [t29].[period_end]
                              FROM (
                                SELECT
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[reason_new_episode],
                                  [t26].[legal_status],
                                  [t26].[category_of_need],
                                  [t26].[placement_type],
                                  [t26].[placement_provider],
                                  [t26].[end_date],
                                  [t26].[reason_ceased],
                                  [t26].[reason_place_change],
                                  [t26].[home_postcode],
                                  [t26].[placement_postcode],
                                  [t26].[urn],
                                  [t26].[placed_outside_council],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  [t26].[period_start],
                                  [t26].[period_start_seen],
                                  [t26].[placement_start],
                                  [t26].[_move],
                                  [t26].[short_break],
                                  [t26].[_previous],
                                  MAX([t26].[_previous]) OVER (
                                    PARTITION BY [t26].[la_code], [t26].[child_id]
                                    ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS [previous_placement_start],
                                  IIF(
                                    MAX(IIF([t26].[end_date] IS NULL, 1, 0)) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    CAST(NULL AS DATE),
                                    MAX([t26].[end_date]) OVER (
                                      PARTITION BY [t26].[la_code], [t26].[child_id], [t26].[period_start]
                                      ORDER BY CASE WHEN [t26].[end_date] IS NULL THEN 1 ELSE 0 END, [t26].[end_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_end]
                                FROM (
                                  SELECT
                                    [t23].[child_id],
                                    [t23].[start_date],
                                    [t23].[reason_new_episode],
                                    [t23].[legal_status],
                                    [t23].[category_of_need],
                                    [t23].[placement_type],
                                    [t23].[placement_provider],
                                    [t23].[end_date],
                                    [t23].[reason_ceased],
                                    [t23].[reason_place_change],
                                    [t23].[home_postcode],
                                    [t23].[placement_postcode],
                                    [t23].[urn],
                                    [t23].[placed_outside_council],
                                    [t23].[la_code],
                                    [t23].[load_id],
                                    [t23].[period_start],
                                    [t23].[period_start_seen],
                                    [t23].[placement_start],
                                    [t23].[_move],
                                    [t23].[short_break],
                                    IIF(
                                      [t23].[_move] IS NOT NULL,
                                      LAG([t23].[placement_start]) OVER (
                                        PARTITION BY [t23].[la_code], [t23].[child_id]
                                        ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
                                      ),
                                      CAST(NULL AS DATE)
                                    ) AS [_previous]
                                  FROM (
                                    SELECT
                                      [t17].[child_id],
                                      [t17].[start_date],
                                      [t17].[reason_new_episode],
                                      [t17].[legal_status],
                                      [t17].[category_of_need],
                                      [t17].[placement_type],
                                      [t17].[placement_provider],
                                      [t17].[end_date],
                                      [t17].[reason_ceased],
                                      [t17].[reason_place_change],
                                      [t17].[home_postcode],
                                      [t17].[placement_postcode],
                                      [t17].[urn],
                                      [t17].[placed_outside_council],
                                      [t17].[la_code],
                                      [t17].[load_id],
                                      COALESCE(
                                        MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [period_start],
                                      MAX(IIF([t17].[reason_new_episode] = 'S', [t17].[start_date], CAST(NULL AS DATE))) OVER (
                                        PARTITION BY [t17].[la_code], [t17].[child_id]
                                        ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) IS NOT NULL AS [period_start_seen],
                                      COALESCE(
                                        MAX(
                                          IIF(
                                            [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                            [t17].[start_date],
                                            CAST(NULL AS DATE)
                                          )
                                        ) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN([t17].[start_date]) OVER (
                                          PARTITION BY [t17].[la_code], [t17].[child_id]
                                          ORDER BY CASE WHEN [t17].[start_date] IS NULL THEN 1 ELSE 0 END, [t17].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS [placement_start],
                                      IIF(
                                        [t17].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t17].[start_date],
                                        CAST(NULL AS DATE)
                                      ) AS [_move],
                                      [t17].[legal_status] IN ('V3', 'V4') AS [short_break]
                                    FROM (
                                      SELECT
                                        [t6].[child_id],
                                        [t6].[start_date],
                                        [t6].[reason_new_episode],
                                        [t6].[legal_status],
                                        [t6].[category_of_need],
                                        [t6].[placement_type],
                                        [t6].[placement_provider],
                                        [t6].[end_date],
                                        [t6].[reason_ceased],
                                        [t6].[reason_place_change],
                                        [t6].[home_postcode],
                                        [t6].[placement_postcode],
                                        [t6].[urn],
                                        [t6].[placed_outside_council],
                                        [t6].[la_code],
                                        [t6].[load_id]
                                      FROM [looked_after_episode] AS [t6]
                                      WHERE
                                        [t6].[start_date] IS NOT NULL
                                    ) AS [t17]
                                  ) AS [t23]
                                ) AS [t26]
                              ) AS [t29]
                            ) AS [t30]
                            WHERE
                              [t30].[reason_new_episode] = 'S'
                              AND IIF([t30].[short_break] <> 0, 1, 0) = 0
                              AND [t30].[start_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t30].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t32]
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
                                  [t21].[la_code] AS [la_code_right],
                                  [t21].[child_id] AS [child_id_right],
                                  [t21].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t18].[la_code],
                                    [t18].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t7].[la_code],
                                      [t7].[child_id]
                                    FROM [disability] AS [t7]
                                    WHERE
                                      [t7].[disability] <> 'NONE'
                                  ) AS [t18]
                                ) AS [t21]
                                  ON [t13].[la_code] = [t21].[la_code] AND [t13].[child_id] = [t21].[child_id]
                              ) AS [t24]
                            ) AS [t25]
                          ) AS [t28]
                            ON [t32].[la_code] = [t28].[la_code] AND [t32].[child_id] = [t28].[child_id]
                        ) AS [t33]
                      ) AS [t34]
                    ) AS [t40]
                  ) AS [t43]
                ) AS [t44]
              ) AS [t45]
              GROUP BY
                [t45].[la_code],
                [t45].[month],
                [t45].[_part],
                [t45].[breakdown_value]
            ) AS [t46]
          ) AS [t47]
          GROUP BY
            [t47].[la_code],
            [t47].[indicator_id],
            [t47].[month_index],
            [t47].[breakdown],
            [t47].[breakdown_value]
        ) AS [t49]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CLA3', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t49].[indicator_id] = [t16].[indicator_id]
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
      ) AS [t50]
      WHERE
        [t50].[_offset] <= IIF([t50].[breakdown] = 'month_alone', 0, [t50].[months_back])
    ) AS [t52]
      ON [t52].[la_code] = [t9].[la_code]
      AND [t52].[indicator_id] = [t11].[indicator_id]
      AND [t52].[_until_index] = [t10].[month_index]
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
            ('CLA3', 0, 'count')) AS t11(indicator_id, months_back, unit)
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
            [t22].[la_code] = [t58].[la_code]
            AND [t22].[indicator_id] = [t58].[indicator_id]
            AND [t22].[month] = [t58].[month]
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
          ('CLA3', 0, 'count')) AS t11(indicator_id, months_back, unit)
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
