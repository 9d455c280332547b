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
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t45].[la_code] AS [la_code_right],
      [t45].[indicator_id] AS [indicator_id_right],
      [t45].[month_index] AS [month_index_right],
      [t45].[breakdown],
      [t45].[breakdown_value],
      [t45].[_num],
      [t45].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('CLA3', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t43].[la_code],
        [t43].[indicator_id],
        [t43].[month_index],
        [t43].[breakdown],
        [t43].[breakdown_value],
        SUM([t43].[numerator]) AS [_num],
        SUM([t43].[denominator]) AS [_den]
      FROM (
        SELECT
          [t42].[la_code],
          'CLA3' AS [indicator_id],
          (
            (
              DATEPART(year, [t42].[month]) * 12
            ) + DATEPART(month, [t42].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t42].[_part] = 0
            THEN 'all'
            WHEN [t42].[_part] = 1
            THEN 'legal_status'
            WHEN [t42].[_part] = 2
            THEN 'age_band'
            WHEN [t42].[_part] = 3
            THEN 'sex'
            WHEN [t42].[_part] = 4
            THEN 'ethnicity_group'
            WHEN [t42].[_part] = 5
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t42].[breakdown_value],
          [t42].[numerator],
          [t42].[denominator]
        FROM (
          SELECT
            [t41].[la_code],
            [t41].[month],
            [t41].[_part],
            [t41].[breakdown_value],
            SUM([t41].[numerator]) AS [numerator],
            SUM([t41].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t30].[la_code],
                  [t30].[month],
                  [t30].[numerator],
                  [t30].[denominator],
                  4 AS [_part],
                  COALESCE(
                    IIF(
                      [t30].[ethnicity] IN ('REFU', 'NOBT'),
                      'Not known',
                      CASE
                        WHEN SUBSTRING([t30].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t30].[ethnicity])), 1) = 'W'
                        THEN 'White'
                        WHEN SUBSTRING([t30].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t30].[ethnicity])), 1) = 'M'
                        THEN 'Mixed'
                        WHEN SUBSTRING([t30].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t30].[ethnicity])), 1) = 'A'
                        THEN 'Asian or Asian British'
                        WHEN SUBSTRING([t30].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t30].[ethnicity])), 1) = 'B'
                        THEN 'Black or Black British'
                        WHEN SUBSTRING([t30].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t30].[ethnicity])), 1) = 'C'
                        THEN 'Other ethnic group'
                        WHEN SUBSTRING([t30].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t30].[ethnicity])), 1) = 'O'
                        THEN 'Other ethnic group'
                        ELSE 'Not known'
                      END
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t29].[la_code],
                    [t29].[month],
                    [t29].[child_id],
                    [t29].[record_id],
                    [t29].[ref_date],
                    [t29].[numerator],
                    [t29].[denominator],
                    [t29].[legal_status],
                    [t29].[sex],
                    [t29].[ethnicity],
                    [t29].[date_of_birth],
                    [t29].[_disabled]
                  FROM (
                    SELECT
                      [t28].[la_code],
                      [t28].[month],
                      [t28].[child_id],
                      [t28].[record_id],
                      [t28].[ref_date],
                      [t28].[numerator],
                      [t28].[denominator],
                      [t28].[legal_status],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t26].[la_code],
                        DATETRUNC(MONTH, [t26].[start_date]) AS [month],
                        CAST([t26].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t26].[child_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t26].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        CAST([t26].[legal_status] AS VARCHAR(max)) AS [legal_status]
                      FROM (
                        SELECT
                          [t25].[child_id],
                          [t25].[start_date],
                          [t25].[reason_new_episode],
                          [t25].[legal_status],
                          [t25].[category_of_need],
                          [t25].[placement_type],
                          [t25].[placement_provider],
                          [t25].[end_date],
                          [t25].[reason_ceased],
                          [t25].[reason_place_change],
                          [t25].[home_postcode],
                          [t25].[placement_postcode],
                          [t25].[urn],
                          [t25].[placed_outside_council],
                          [t25].[la_code],
                          [t25].[load_id],
                          [t25].[period_start],
                          [t25].[period_start_seen],
                          [t25].[placement_start],
                          [t25].[short_break],
                          [t25].[previous_placement_start],
                          [t25].[period_end]
                        FROM (
                          SELECT
                            [t24].[child_id],
                            [t24].[start_date],
                            [t24].[reason_new_episode],
                            [t24].[legal_status],
                            [t24].[category_of_need],
                            [t24].[placement_type],
                            [t24].[placement_provider],
                            [t24].[end_date],
                            [t24].[reason_ceased],
                            [t24].[reason_place_change],
                            [t24].[home_postcode],
                            [t24].[placement_postcode],
                            [t24].[urn],
                            [t24].[placed_outside_council],
                            [t24].[la_code],
                            [t24].[load_id],
                            [t24].[period_start],
                            [t24].[period_start_seen],
                            [t24].[placement_start],
                            [t24].[_move],
                            [t24].[short_break],
                            [t24].[_previous],
                            MAX([t24].[_previous]) OVER (
                              PARTITION BY [t24].[la_code], [t24].[child_id]
                              ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS [previous_placement_start],
                            IIF(
                              MAX(IIF([t24].[end_date] IS NULL, 1, 0)) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ),
                              CAST(NULL AS DATE),
                              MAX([t24].[end_date]) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                ORDER BY CASE WHEN [t24].[end_date] IS NULL THEN 1 ELSE 0 END, [t24].[end_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              )
                            ) AS [period_end]
                          FROM (
                            SELECT
                              [t20].[child_id],
                              [t20].[start_date],
                              [t20].[reason_new_episode],
                              [t20].[legal_status],
                              [t20].[category_of_need],
                              [t20].[placement_type],
                              [t20].[placement_provider],
                              [t20].[end_date],
                              [t20].[reason_ceased],
                              [t20].[reason_place_change],
                              [t20].[home_postcode],
                              [t20].[placement_postcode],
                              [t20].[urn],
                              [t20].[placed_outside_council],
                              [t20].[la_code],
                              [t20].[load_id],
                              [t20].[period_start],
                              [t20].[period_start_seen],
                              [t20].[placement_start],
                              [t20].[_move],
                              [t20].[short_break],
                              IIF(
                                [t20].[_move] IS NOT NULL,
                                LAG([t20].[placement_start]) OVER (
                                  PARTITION BY [t20].[la_code], [t20].[child_id]
                                  ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                ),
                                CAST(NULL AS DATE)
                              ) AS [_previous]
                            FROM (
                              SELECT
                                [t14].[child_id],
                                [t14].[start_date],
                                [t14].[reason_new_episode],
                                [t14].[legal_status],
                                [t14].[category_of_need],
                                [t14].[placement_type],
                                [t14].[placement_provider],
                                [t14].[end_date],
                                [t14].[reason_ceased],
                                [t14].[reason_place_change],
                                [t14].[home_postcode],
                                [t14].[placement_postcode],
                                [t14].[urn],
                                [t14].[placed_outside_council],
                                [t14].[la_code],
                                [t14].[load_id],
                                COALESCE(
                                  MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  MIN([t14].[start_date]) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS [period_start],
                                MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                  PARTITION BY [t14].[la_code], [t14].[child_id]
                                  ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) IS NOT NULL AS [period_start_seen],
                                COALESCE(
                                  MAX(
                                    IIF(
                                      [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                      [t14].[start_date],
                                      CAST(NULL AS DATE)
                                    )
                                  ) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  MIN([t14].[start_date]) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS [placement_start],
                                IIF(
                                  [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                  [t14].[start_date],
                                  CAST(NULL AS DATE)
                                ) AS [_move],
                                [t14].[legal_status] IN ('V3', 'V4') AS [short_break]
                              FROM (
                                SELECT
                                  [t5].[child_id],
                                  [t5].[start_date],
                                  [t5].[reason_new_episode],
                                  [t5].[legal_status],
                                  [t5].[category_of_need],
                                  [t5].[placement_type],
                                  [t5].[placement_provider],
                                  [t5].[end_date],
                                  [t5].[reason_ceased],
                                  [t5].[reason_place_change],
                                  [t5].[home_postcode],
                                  [t5].[placement_postcode],
                                  [t5].[urn],
                                  [t5].[placed_outside_council],
                                  [t5].[la_code],
                                  [t5].[load_id]
                                FROM [looked_after_episode] AS [t5]
                                WHERE
                                  [t5].[start_date] IS NOT NULL
                              ) AS [t14]
                            ) AS [t20]
                          ) AS [t24]
                        ) AS [t25]
                      ) AS [t26]
                      WHERE
                        [t26].[reason_new_episode] = 'S'
                        AND IIF([t26].[short_break] <> 0, 1, 0) = 0
                        AND [t26].[start_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t26].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t28]
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
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t6].[la_code],
                              [t6].[child_id]
                            FROM [disability] AS [t6]
                            WHERE
                              [t6].[disability] <> 'NONE'
                          ) AS [t15]
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t28].[la_code] = [t23].[la_code] AND [t28].[child_id] = [t23].[child_id]
                  ) AS [t29]
                ) AS [t30]
              ) AS [t36]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t30].[la_code],
                  [t30].[month],
                  [t30].[numerator],
                  [t30].[denominator],
                  5 AS [_part],
                  COALESCE(COALESCE([t30].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t29].[la_code],
                    [t29].[month],
                    [t29].[child_id],
                    [t29].[record_id],
                    [t29].[ref_date],
                    [t29].[numerator],
                    [t29].[denominator],
                    [t29].[legal_status],
                    [t29].[sex],
                    [t29].[ethnicity],
                    [t29].[date_of_birth],
                    [t29].[_disabled]
                  FROM (
                    SELECT
                      [t28].[la_code],
                      [t28].[month],
                      [t28].[child_id],
                      [t28].[record_id],
                      [t28].[ref_date],
                      [t28].[numerator],
                      [t28].[denominator],
                      [t28].[legal_status],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t26].[la_code],
                        DATETRUNC(MONTH, [t26].[start_date]) AS [month],
                        CAST([t26].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t26].[child_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t26].[start_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        CAST([t26].[legal_status] AS VARCHAR(max)) AS [legal_status]
                      FROM (
                        SELECT
                          [t25].[child_id],
                          [t25].[start_date],
                          [t25].[reason_new_episode],
                          [t25].[legal_status],
                          [t25].[category_of_need],
                          [t25].[placement_type],
                          [t25].[placement_provider],
                          [t25].[end_date],
                          [t25].[reason_ceased],
                          [t25].[reason_place_change],
                          [t25].[home_postcode],
                          [t25].[placement_postcode],
                          [t25].[urn],
                          [t25].[placed_outside_council],
                          [t25].[la_code],
                          [t25].[load_id],
                          [t25].[period_start],
                          [t25].[period_start_seen],
                          [t25].[placement_start],
                          [t25].[short_break],
                          [t25].[previous_placement_start],
                          [t25].[period_end]
                        FROM (
                          SELECT
                            [t24].[child_id],
                            [t24].[start_date],
                            [t24].[reason_new_episode],
                            [t24].[legal_status],
                            [t24].[category_of_need],
                            [t24].[placement_type],
                            [t24].[placement_provider],
                            [t24].[end_date],
                            [t24].[reason_ceased],
                            [t24].[reason_place_change],
                            [t24].[home_postcode],
                            [t24].[placement_postcode],
                            [t24].[urn],
                            [t24].[placed_outside_council],
                            [t24].[la_code],
                            [t24].[load_id],
                            [t24].[period_start],
                            [t24].[period_start_seen],
                            [t24].[placement_start],
                            [t24].[_move],
                            [t24].[short_break],
                            [t24].[_previous],
                            MAX([t24].[_previous]) OVER (
                              PARTITION BY [t24].[la_code], [t24].[child_id]
                              ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS [previous_placement_start],
                            IIF(
                              MAX(IIF([t24].[end_date] IS NULL, 1, 0)) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ),
                              CAST(NULL AS DATE),
                              MAX([t24].[end_date]) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                ORDER BY CASE WHEN [t24].[end_date] IS NULL THEN 1 ELSE 0 END, [t24].[end_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              )
                            ) AS [period_end]
                          FROM (
                            SELECT
                              [t20].[child_id],
                              [t20].[start_date],
                              [t20].[reason_new_episode],
                              [t20].[legal_status],
                              [t20].[category_of_need],
                              [t20].[placement_type],
                              [t20].[placement_provider],
                              [t20].[end_date],
                              [t20].[reason_ceased],
                              [t20].[reason_place_change],
                              [t20].[home_postcode],
                              [t20].[placement_postcode],
                              [t20].[urn],
                              [t20].[placed_outside_council],
                              [t20].[la_code],
                              [t20].[load_id],
                              [t20].[period_start],
                              [t20].[period_start_seen],
                              [t20].[placement_start],
                              [t20].[_move],
                              [t20].[short_break],
                              IIF(
                                [t20].[_move] IS NOT NULL,
                                LAG([t20].[placement_start]) OVER (
                                  PARTITION BY [t20].[la_code], [t20].[child_id]
                                  ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                ),
                                CAST(NULL AS DATE)
                              ) AS [_previous]
                            FROM (
                              SELECT
                                [t14].[child_id],
                                [t14].[start_date],
                                [t14].[reason_new_episode],
                                [t14].[legal_status],
                                [t14].[category_of_need],
                                [t14].[placement_type],
                                [t14].[placement_provider],
                                [t14].[end_date],
                                [t14].[reason_ceased],
                                [t14].[reason_place_change],
                                [t14].[home_postcode],
                                [t14].[placement_postcode],
                                [t14].[urn],
                                [t14].[placed_outside_council],
                                [t14].[la_code],
                                [t14].[load_id],
                                COALESCE(
                                  MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  MIN([t14].[start_date]) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS [period_start],
                                MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                  PARTITION BY [t14].[la_code], [t14].[child_id]
                                  ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) IS NOT NULL AS [period_start_seen],
                                COALESCE(
                                  MAX(
                                    IIF(
                                      [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                      [t14].[start_date],
                                      CAST(NULL AS DATE)
                                    )
                                  ) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  MIN([t14].[start_date]) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS [placement_start],
                                IIF(
                                  [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                  [t14].[start_date],
                                  CAST(NULL AS DATE)
                                ) AS [_move],
                                [t14].[legal_status] IN ('V3', 'V4') AS [short_break]
                              FROM (
                                SELECT
                                  [t5].[child_id],
                                  [t5].[start_date],
                                  [t5].[reason_new_episode],
                                  [t5].[legal_status],
                                  [t5].[category_of_need],
                                  [t5].[placement_type],
                                  [t5].[placement_provider],
                                  [t5].[end_date],
                                  [t5].[reason_ceased],
                                  [t5].[reason_place_change],
                                  [t5].[home_postcode],
                                  [t5].[placement_postcode],
                                  [t5].[urn],
                                  [t5].[placed_outside_council],
                                  [t5].[la_code],
                                  [t5].[load_id]
                                FROM [looked_after_episode] AS [t5]
                                WHERE
                                  [t5].[start_date] IS NOT NULL
                              ) AS [t14]
                            ) AS [t20]
                          ) AS [t24]
                        ) AS [t25]
                      ) AS [t26]
                      WHERE
                        [t26].[reason_new_episode] = 'S'
                        AND IIF([t26].[short_break] <> 0, 1, 0) = 0
                        AND [t26].[start_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t26].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t28]
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
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t6].[la_code],
                              [t6].[child_id]
                            FROM [disability] AS [t6]
                            WHERE
                              [t6].[disability] <> 'NONE'
                          ) AS [t15]
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t28].[la_code] = [t23].[la_code] AND [t28].[child_id] = [t23].[child_id]
                  ) AS [t29]
                ) AS [t30]
              ) AS [t33]
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
                    [t30].[la_code],
                    [t30].[month],
                    [t30].[numerator],
                    [t30].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[child_id],
                      [t29].[record_id],
                      [t29].[ref_date],
                      [t29].[numerator],
                      [t29].[denominator],
                      [t29].[legal_status],
                      [t29].[sex],
                      [t29].[ethnicity],
                      [t29].[date_of_birth],
                      [t29].[_disabled]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[legal_status],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          DATETRUNC(MONTH, [t26].[start_date]) AS [month],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t26].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          CAST([t26].[legal_status] AS VARCHAR(max)) AS [legal_status]
                        FROM (
                          SELECT
                            [t25].[child_id],
                            [t25].[start_date],
                            [t25].[reason_new_episode],
                            [t25].[legal_status],
                            [t25].[category_of_need],
                            [t25].[placement_type],
                            [t25].[placement_provider],
                            [t25].[end_date],
                            [t25].[reason_ceased],
                            [t25].[reason_place_change],
                            [t25].[home_postcode],
                            [t25].[placement_postcode],
                            [t25].[urn],
                            [t25].[placed_outside_council],
                            [t25].[la_code],
                            [t25].[load_id],
                            [t25].[period_start],
                            [t25].[period_start_seen],
                            [t25].[placement_start],
                            [t25].[short_break],
                            [t25].[previous_placement_start],
                            [t25].[period_end]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[start_date],
                              [t24].[reason_new_episode],
                              [t24].[legal_status],
                              [t24].[category_of_need],
                              [t24].[placement_type],
                              [t24].[placement_provider],
                              [t24].[end_date],
                              [t24].[reason_ceased],
                              [t24].[reason_place_change],
                              [t24].[home_postcode],
                              [t24].[placement_postcode],
                              [t24].[urn],
                              [t24].[placed_outside_council],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[period_start],
                              [t24].[period_start_seen],
                              [t24].[placement_start],
                              [t24].[_move],
                              [t24].[short_break],
                              [t24].[_previous],
                              MAX([t24].[_previous]) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id]
                                ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS [previous_placement_start],
                              IIF(
                                MAX(IIF([t24].[end_date] IS NULL, 1, 0)) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ),
                                CAST(NULL AS DATE),
                                MAX([t24].[end_date]) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN [t24].[end_date] IS NULL THEN 1 ELSE 0 END, [t24].[end_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                              ) AS [period_end]
                            FROM (
                              SELECT
                                [t20].[child_id],
                                [t20].[start_date],
                                [t20].[reason_new_episode],
                                [t20].[legal_status],
                                [t20].[category_of_need],
                                [t20].[placement_type],
                                [t20].[placement_provider],
                                [t20].[end_date],
                                [t20].[reason_ceased],
                                [t20].[reason_place_change],
                                [t20].[home_postcode],
                                [t20].[placement_postcode],
                                [t20].[urn],
                                [t20].[placed_outside_council],
                                [t20].[la_code],
                                [t20].[load_id],
                                [t20].[period_start],
                                [t20].[period_start_seen],
                                [t20].[placement_start],
                                [t20].[_move],
                                [t20].[short_break],
                                IIF(
                                  [t20].[_move] IS NOT NULL,
                                  LAG([t20].[placement_start]) OVER (
                                    PARTITION BY [t20].[la_code], [t20].[child_id]
                                    ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                  ),
                                  CAST(NULL AS DATE)
                                ) AS [_previous]
                              FROM (
                                SELECT
                                  [t14].[child_id],
                                  [t14].[start_date],
                                  [t14].[reason_new_episode],
                                  [t14].[legal_status],
                                  [t14].[category_of_need],
                                  [t14].[placement_type],
                                  [t14].[placement_provider],
                                  [t14].[end_date],
                                  [t14].[reason_ceased],
                                  [t14].[reason_place_change],
                                  [t14].[home_postcode],
                                  [t14].[placement_postcode],
                                  [t14].[urn],
                                  [t14].[placed_outside_council],
                                  [t14].[la_code],
                                  [t14].[load_id],
                                  COALESCE(
                                    MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_start],
                                  MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) IS NOT NULL AS [period_start_seen],
                                  COALESCE(
                                    MAX(
                                      IIF(
                                        [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t14].[start_date],
                                        CAST(NULL AS DATE)
                                      )
                                    ) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [placement_start],
                                  IIF(
                                    [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                    [t14].[start_date],
                                    CAST(NULL AS DATE)
                                  ) AS [_move],
                                  [t14].[legal_status] IN ('V3', 'V4') AS [short_break]
                                FROM (
                                  SELECT
                                    [t5].[child_id],
                                    [t5].[start_date],
                                    [t5].[reason_new_episode],
                                    [t5].[legal_status],
                                    [t5].[category_of_need],
                                    [t5].[placement_type],
                                    [t5].[placement_provider],
                                    [t5].[end_date],
                                    [t5].[reason_ceased],
                                    [t5].[reason_place_change],
                                    [t5].[home_postcode],
                                    [t5].[placement_postcode],
                                    [t5].[urn],
                                    [t5].[placed_outside_council],
                                    [t5].[la_code],
                                    [t5].[load_id]
                                  FROM [looked_after_episode] AS [t5]
                                  WHERE
                                    [t5].[start_date] IS NOT NULL
                                ) AS [t14]
                              ) AS [t20]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t26]
                        WHERE
                          [t26].[reason_new_episode] = 'S'
                          AND IIF([t26].[short_break] <> 0, 1, 0) = 0
                          AND [t26].[start_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t26].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t28]
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
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t28].[la_code] = [t23].[la_code] AND [t28].[child_id] = [t23].[child_id]
                    ) AS [t29]
                  ) AS [t30]
                ) AS [t31]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t30].[la_code],
                    [t30].[month],
                    [t30].[numerator],
                    [t30].[denominator],
                    1 AS [_part],
                    COALESCE([t30].[legal_status], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[child_id],
                      [t29].[record_id],
                      [t29].[ref_date],
                      [t29].[numerator],
                      [t29].[denominator],
                      [t29].[legal_status],
                      [t29].[sex],
                      [t29].[ethnicity],
                      [t29].[date_of_birth],
                      [t29].[_disabled]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[legal_status],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          DATETRUNC(MONTH, [t26].[start_date]) AS [month],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t26].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          CAST([t26].[legal_status] AS VARCHAR(max)) AS [legal_status]
                        FROM (
                          SELECT
                            [t25].[child_id],
                            [t25].[start_date],
                            [t25].[reason_new_episode],
                            [t25].[legal_status],
                            [t25].[category_of_need],
                            [t25].[placement_type],
                            [t25].[placement_provider],
                            [t25].[end_date],
                            [t25].[reason_ceased],
                            [t25].[reason_place_change],
                            [t25].[home_postcode],
                            [t25].[placement_postcode],
                            [t25].[urn],
                            [t25].[placed_outside_council],
                            [t25].[la_code],
                            [t25].[load_id],
                            [t25].[period_start],
                            [t25].[period_start_seen],
                            [t25].[placement_start],
                            [t25].[short_break],
                            [t25].[previous_placement_start],
                            [t25].[period_end]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[start_date],
                              [t24].[reason_new_episode],
                              [t24].[legal_status],
                              [t24].[category_of_need],
                              [t24].[placement_type],
                              [t24].[placement_provider],
                              [t24].[end_date],
                              [t24].[reason_ceased],
                              [t24].[reason_place_change],
                              [t24].[home_postcode],
                              [t24].[placement_postcode],
                              [t24].[urn],
                              [t24].[placed_outside_council],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[period_start],
                              [t24].[period_start_seen],
                              [t24].[placement_start],
                              [t24].[_move],
                              [t24].[short_break],
                              [t24].[_previous],
                              MAX([t24].[_previous]) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id]
                                ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS [previous_placement_start],
                              IIF(
                                MAX(IIF([t24].[end_date] IS NULL, 1, 0)) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ),
                                CAST(NULL AS DATE),
                                MAX([t24].[end_date]) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN [t24].[end_date] IS NULL THEN 1 ELSE 0 END, [t24].[end_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                              ) AS [period_end]
                            FROM (
                              SELECT
                                [t20].[child_id],
                                [t20].[start_date],
                                [t20].[reason_new_episode],
                                [t20].[legal_status],
                                [t20].[category_of_need],
                                [t20].[placement_type],
                                [t20].[placement_provider],
                                [t20].[end_date],
                                [t20].[reason_ceased],
                                [t20].[reason_place_change],
                                [t20].[home_postcode],
                                [t20].[placement_postcode],
                                [t20].[urn],
                                [t20].[placed_outside_council],
                                [t20].[la_code],
                                [t20].[load_id],
                                [t20].[period_start],
                                [t20].[period_start_seen],
                                [t20].[placement_start],
                                [t20].[_move],
                                [t20].[short_break],
                                IIF(
                                  [t20].[_move] IS NOT NULL,
                                  LAG([t20].[placement_start]) OVER (
                                    PARTITION BY [t20].[la_code], [t20].[child_id]
                                    ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                  ),
                                  CAST(NULL AS DATE)
                                ) AS [_previous]
                              FROM (
                                SELECT
                                  [t14].[child_id],
                                  [t14].[start_date],
                                  [t14].[reason_new_episode],
                                  [t14].[legal_status],
                                  [t14].[category_of_need],
                                  [t14].[placement_type],
                                  [t14].[placement_provider],
                                  [t14].[end_date],
                                  [t14].[reason_ceased],
                                  [t14].[reason_place_change],
                                  [t14].[home_postcode],
                                  [t14].[placement_postcode],
                                  [t14].[urn],
                                  [t14].[placed_outside_council],
                                  [t14].[la_code],
                                  [t14].[load_id],
                                  COALESCE(
                                    MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_start],
                                  MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) IS NOT NULL AS [period_start_seen],
                                  COALESCE(
                                    MAX(
                                      IIF(
                                        [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t14].[start_date],
                                        CAST(NULL AS DATE)
                                      )
                                    ) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [placement_start],
                                  IIF(
                                    [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                    [t14].[start_date],
                                    CAST(NULL AS DATE)
                                  ) AS [_move],
                                  [t14].[legal_status] IN ('V3', 'V4') AS [short_break]
                                FROM (
                                  SELECT
                                    [t5].[child_id],
                                    [t5].[start_date],
                                    [t5].[reason_new_episode],
                                    [t5].[legal_status],
                                    [t5].[category_of_need],
                                    [t5].[placement_type],
                                    [t5].[placement_provider],
                                    [t5].[end_date],
                                    [t5].[reason_ceased],
                                    [t5].[reason_place_change],
                                    [t5].[home_postcode],
                                    [t5].[placement_postcode],
                                    [t5].[urn],
                                    [t5].[placed_outside_council],
                                    [t5].[la_code],
                                    [t5].[load_id]
                                  FROM [looked_after_episode] AS [t5]
                                  WHERE
                                    [t5].[start_date] IS NOT NULL
                                ) AS [t14]
                              ) AS [t20]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t26]
                        WHERE
                          [t26].[reason_new_episode] = 'S'
                          AND IIF([t26].[short_break] <> 0, 1, 0) = 0
                          AND [t26].[start_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t26].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t28]
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
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t28].[la_code] = [t23].[la_code] AND [t28].[child_id] = [t23].[child_id]
                    ) AS [t29]
                  ) AS [t30]
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
                    [t30].[la_code],
                    [t30].[month],
                    [t30].[numerator],
                    [t30].[denominator],
                    2 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
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
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
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
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
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
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
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
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t30].[ref_date]) * 100
                                  ) + DATEPART(day, [t30].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t30].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t30].[date_of_birth])
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
                              DATEPART(year, [t30].[ref_date]) - DATEPART(year, [t30].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t30].[ref_date]) * 100
                                ) + DATEPART(day, [t30].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t30].[date_of_birth]) * 100
                                ) + DATEPART(day, [t30].[date_of_birth])
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
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[child_id],
                      [t29].[record_id],
                      [t29].[ref_date],
                      [t29].[numerator],
                      [t29].[denominator],
                      [t29].[legal_status],
                      [t29].[sex],
                      [t29].[ethnicity],
                      [t29].[date_of_birth],
                      [t29].[_disabled]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[legal_status],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          DATETRUNC(MONTH, [t26].[start_date]) AS [month],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t26].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          CAST([t26].[legal_status] AS VARCHAR(max)) AS [legal_status]
                        FROM (
                          SELECT
                            [t25].[child_id],
                            [t25].[start_date],
                            [t25].[reason_new_episode],
                            [t25].[legal_status],
                            [t25].[category_of_need],
                            [t25].[placement_type],
                            [t25].[placement_provider],
                            [t25].[end_date],
                            [t25].[reason_ceased],
                            [t25].[reason_place_change],
                            [t25].[home_postcode],
                            [t25].[placement_postcode],
                            [t25].[urn],
                            [t25].[placed_outside_council],
                            [t25].[la_code],
                            [t25].[load_id],
                            [t25].[period_start],
                            [t25].[period_start_seen],
                            [t25].[placement_start],
                            [t25].[short_break],
                            [t25].[previous_placement_start],
                            [t25].[period_end]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[start_date],
                              [t24].[reason_new_episode],
                              [t24].[legal_status],
                              [t24].[category_of_need],
                              [t24].[placement_type],
                              [t24].[placement_provider],
                              [t24].[end_date],
                              [t24].[reason_ceased],
                              [t24].[reason_place_change],
                              [t24].[home_postcode],
                              [t24].[placement_postcode],
                              [t24].[urn],
                              [t24].[placed_outside_council],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[period_start],
                              [t24].[period_start_seen],
                              [t24].[placement_start],
                              [t24].[_move],
                              [t24].[short_break],
                              [t24].[_previous],
                              MAX([t24].[_previous]) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id]
                                ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS [previous_placement_start],
                              IIF(
                                MAX(IIF([t24].[end_date] IS NULL, 1, 0)) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ),
                                CAST(NULL AS DATE),
                                MAX([t24].[end_date]) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN [t24].[end_date] IS NULL THEN 1 ELSE 0 END, [t24].[end_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                              ) AS [period_end]
                            FROM (
                              SELECT
                                [t20].[child_id],
                                [t20].[start_date],
                                [t20].[reason_new_episode],
                                [t20].[legal_status],
                                [t20].[category_of_need],
                                [t20].[placement_type],
                                [t20].[placement_provider],
                                [t20].[end_date],
                                [t20].[reason_ceased],
                                [t20].[reason_place_change],
                                [t20].[home_postcode],
                                [t20].[placement_postcode],
                                [t20].[urn],
                                [t20].[placed_outside_council],
                                [t20].[la_code],
                                [t20].[load_id],
                                [t20].[period_start],
                                [t20].[period_start_seen],
                                [t20].[placement_start],
                                [t20].[_move],
                                [t20].[short_break],
                                IIF(
                                  [t20].[_move] IS NOT NULL,
                                  LAG([t20].[placement_start]) OVER (
                                    PARTITION BY [t20].[la_code], [t20].[child_id]
                                    ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                  ),
                                  CAST(NULL AS DATE)
                                ) AS [_previous]
                              FROM (
                                SELECT
                                  [t14].[child_id],
                                  [t14].[start_date],
                                  [t14].[reason_new_episode],
                                  [t14].[legal_status],
                                  [t14].[category_of_need],
                                  [t14].[placement_type],
                                  [t14].[placement_provider],
                                  [t14].[end_date],
                                  [t14].[reason_ceased],
                                  [t14].[reason_place_change],
                                  [t14].[home_postcode],
                                  [t14].[placement_postcode],
                                  [t14].[urn],
                                  [t14].[placed_outside_council],
                                  [t14].[la_code],
                                  [t14].[load_id],
                                  COALESCE(
                                    MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_start],
                                  MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) IS NOT NULL AS [period_start_seen],
                                  COALESCE(
                                    MAX(
                                      IIF(
                                        [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t14].[start_date],
                                        CAST(NULL AS DATE)
                                      )
                                    ) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [placement_start],
                                  IIF(
                                    [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                    [t14].[start_date],
                                    CAST(NULL AS DATE)
                                  ) AS [_move],
                                  [t14].[legal_status] IN ('V3', 'V4') AS [short_break]
                                FROM (
                                  SELECT
                                    [t5].[child_id],
                                    [t5].[start_date],
                                    [t5].[reason_new_episode],
                                    [t5].[legal_status],
                                    [t5].[category_of_need],
                                    [t5].[placement_type],
                                    [t5].[placement_provider],
                                    [t5].[end_date],
                                    [t5].[reason_ceased],
                                    [t5].[reason_place_change],
                                    [t5].[home_postcode],
                                    [t5].[placement_postcode],
                                    [t5].[urn],
                                    [t5].[placed_outside_council],
                                    [t5].[la_code],
                                    [t5].[load_id]
                                  FROM [looked_after_episode] AS [t5]
                                  WHERE
                                    [t5].[start_date] IS NOT NULL
                                ) AS [t14]
                              ) AS [t20]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t26]
                        WHERE
                          [t26].[reason_new_episode] = 'S'
                          AND IIF([t26].[short_break] <> 0, 1, 0) = 0
                          AND [t26].[start_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t26].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t28]
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
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t28].[la_code] = [t23].[la_code] AND [t28].[child_id] = [t23].[child_id]
                    ) AS [t29]
                  ) AS [t30]
                ) AS [t38]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t30].[la_code],
                    [t30].[month],
                    [t30].[numerator],
                    [t30].[denominator],
                    3 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE [t30].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t30].[sex] END,
                        'unknown'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t29].[la_code],
                      [t29].[month],
                      [t29].[child_id],
                      [t29].[record_id],
                      [t29].[ref_date],
                      [t29].[numerator],
                      [t29].[denominator],
                      [t29].[legal_status],
                      [t29].[sex],
                      [t29].[ethnicity],
                      [t29].[date_of_birth],
                      [t29].[_disabled]
                    FROM (
                      SELECT
                        [t28].[la_code],
                        [t28].[month],
                        [t28].[child_id],
                        [t28].[record_id],
                        [t28].[ref_date],
                        [t28].[numerator],
                        [t28].[denominator],
                        [t28].[legal_status],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t26].[la_code],
                          DATETRUNC(MONTH, [t26].[start_date]) AS [month],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t26].[child_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t26].[start_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          CAST([t26].[legal_status] AS VARCHAR(max)) AS [legal_status]
                        FROM (
                          SELECT
                            [t25].[child_id],
                            [t25].[start_date],
                            [t25].[reason_new_episode],
                            [t25].[legal_status],
                            [t25].[category_of_need],
                            [t25].[placement_type],
                            [t25].[placement_provider],
                            [t25].[end_date],
                            [t25].[reason_ceased],
                            [t25].[reason_place_change],
                            [t25].[home_postcode],
                            [t25].[placement_postcode],
                            [t25].[urn],
                            [t25].[placed_outside_council],
                            [t25].[la_code],
                            [t25].[load_id],
                            [t25].[period_start],
                            [t25].[period_start_seen],
                            [t25].[placement_start],
                            [t25].[short_break],
                            [t25].[previous_placement_start],
                            [t25].[period_end]
                          FROM (
                            SELECT
                              [t24].[child_id],
                              [t24].[start_date],
                              [t24].[reason_new_episode],
                              [t24].[legal_status],
                              [t24].[category_of_need],
                              [t24].[placement_type],
                              [t24].[placement_provider],
                              [t24].[end_date],
                              [t24].[reason_ceased],
                              [t24].[reason_place_change],
                              [t24].[home_postcode],
                              [t24].[placement_postcode],
                              [t24].[urn],
                              [t24].[placed_outside_council],
                              [t24].[la_code],
                              [t24].[load_id],
                              [t24].[period_start],
                              [t24].[period_start_seen],
                              [t24].[placement_start],
                              [t24].[_move],
                              [t24].[short_break],
                              [t24].[_previous],
                              MAX([t24].[_previous]) OVER (
                                PARTITION BY [t24].[la_code], [t24].[child_id]
                                ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS [previous_placement_start],
                              IIF(
                                MAX(IIF([t24].[end_date] IS NULL, 1, 0)) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ),
                                CAST(NULL AS DATE),
                                MAX([t24].[end_date]) OVER (
                                  PARTITION BY [t24].[la_code], [t24].[child_id], [t24].[period_start]
                                  ORDER BY CASE WHEN [t24].[end_date] IS NULL THEN 1 ELSE 0 END, [t24].[end_date] ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                              ) AS [period_end]
                            FROM (
                              SELECT
                                [t20].[child_id],
                                [t20].[start_date],
                                [t20].[reason_new_episode],
                                [t20].[legal_status],
                                [t20].[category_of_need],
                                [t20].[placement_type],
                                [t20].[placement_provider],
                                [t20].[end_date],
                                [t20].[reason_ceased],
                                [t20].[reason_place_change],
                                [t20].[home_postcode],
                                [t20].[placement_postcode],
                                [t20].[urn],
                                [t20].[placed_outside_council],
                                [t20].[la_code],
                                [t20].[load_id],
                                [t20].[period_start],
                                [t20].[period_start_seen],
                                [t20].[placement_start],
                                [t20].[_move],
                                [t20].[short_break],
                                IIF(
                                  [t20].[_move] IS NOT NULL,
                                  LAG([t20].[placement_start]) OVER (
                                    PARTITION BY [t20].[la_code], [t20].[child_id]
                                    ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                  ),
                                  CAST(NULL AS DATE)
                                ) AS [_previous]
                              FROM (
                                SELECT
                                  [t14].[child_id],
                                  [t14].[start_date],
                                  [t14].[reason_new_episode],
                                  [t14].[legal_status],
                                  [t14].[category_of_need],
                                  [t14].[placement_type],
                                  [t14].[placement_provider],
                                  [t14].[end_date],
                                  [t14].[reason_ceased],
                                  [t14].[reason_place_change],
                                  [t14].[home_postcode],
                                  [t14].[placement_postcode],
                                  [t14].[urn],
                                  [t14].[placed_outside_council],
                                  [t14].[la_code],
                                  [t14].[load_id],
                                  COALESCE(
                                    MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [period_start],
                                  MAX(IIF([t14].[reason_new_episode] = 'S', [t14].[start_date], CAST(NULL AS DATE))) OVER (
                                    PARTITION BY [t14].[la_code], [t14].[child_id]
                                    ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) IS NOT NULL AS [period_start_seen],
                                  COALESCE(
                                    MAX(
                                      IIF(
                                        [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                        [t14].[start_date],
                                        CAST(NULL AS DATE)
                                      )
                                    ) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN([t14].[start_date]) OVER (
                                      PARTITION BY [t14].[la_code], [t14].[child_id]
                                      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS [placement_start],
                                  IIF(
                                    [t14].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                    [t14].[start_date],
                                    CAST(NULL AS DATE)
                                  ) AS [_move],
                                  [t14].[legal_status] IN ('V3', 'V4') AS [short_break]
                                FROM (
                                  SELECT
                                    [t5].[child_id],
                                    [t5].[start_date],
                                    [t5].[reason_new_episode],
                                    [t5].[legal_status],
                                    [t5].[category_of_need],
                                    [t5].[placement_type],
                                    [t5].[placement_provider],
                                    [t5].[end_date],
                                    [t5].[reason_ceased],
                                    [t5].[reason_place_change],
                                    [t5].[home_postcode],
                                    [t5].[placement_postcode],
                                    [t5].[urn],
                                    [t5].[placed_outside_council],
                                    [t5].[la_code],
                                    [t5].[load_id]
                                  FROM [looked_after_episode] AS [t5]
                                  WHERE
                                    [t5].[start_date] IS NOT NULL
                                ) AS [t14]
                              ) AS [t20]
                            ) AS [t24]
                          ) AS [t25]
                        ) AS [t26]
                        WHERE
                          [t26].[reason_new_episode] = 'S'
                          AND IIF([t26].[short_break] <> 0, 1, 0) = 0
                          AND [t26].[start_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t26].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t28]
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
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t28].[la_code] = [t23].[la_code] AND [t28].[child_id] = [t23].[child_id]
                    ) AS [t29]
                  ) AS [t30]
                ) AS [t35]
              ) AS [t39]
            ) AS [t40]
          ) AS [t41]
          GROUP BY
            [t41].[la_code],
            [t41].[month],
            [t41].[_part],
            [t41].[breakdown_value]
        ) AS [t42]
      ) AS [t43]
      GROUP BY
        [t43].[la_code],
        [t43].[indicator_id],
        [t43].[month_index],
        [t43].[breakdown],
        [t43].[breakdown_value]
    ) AS [t45]
      ON [t45].[la_code] = [t8].[la_code]
      AND [t45].[indicator_id] = [t10].[indicator_id]
      AND [t45].[month_index] <= [t9].[month_index]
      AND [t45].[month_index] >= (
        [t9].[month_index] - IIF([t45].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
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
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t59].[denominator]
  END AS [denominator],
  CASE
    WHEN [t59].[unit] = 'count'
    THEN [t59].[numerator]
    WHEN [t59].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t59].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
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
            ('CLA3', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
            [t19].[la_code] = [t51].[la_code]
            AND [t19].[indicator_id] = [t51].[indicator_id]
            AND [t19].[month] = [t51].[month]
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
          ('CLA3', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
              [t8].[la_code] = [t52].[la_code]
              AND [t10].[indicator_id] = [t52].[indicator_id]
              AND [t9].[month] = [t52].[month]
          )
      ) AS [t54]
    ) AS [t56]
  ) AS [t57]
) AS [t59]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t59].[la_code] = [t7].[la_code] AND [t59].[month] = [t7].[month]
