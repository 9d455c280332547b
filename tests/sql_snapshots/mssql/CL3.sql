WITH [t35] AS (
  SELECT
    [t33].[child_id],
    [t33].[start_date],
    [t33].[reason_new_episode],
    [t33].[legal_status],
    [t33].[category_of_need],
    [t33].[placement_type],
    [t33].[placement_provider],
    [t33].[end_date],
    [t33].[reason_ceased],
    [t33].[reason_place_change],
    [t33].[home_postcode],
    [t33].[placement_postcode],
    [t33].[urn],
    [t33].[placed_outside_council],
    [t33].[la_code],
    [t33].[load_id],
    [t33].[period_start],
    [t33].[period_start_seen],
    [t33].[placement_start],
    [t33].[short_break],
    [t33].[previous_placement_start],
    [t33].[period_end]
  FROM (
    SELECT
      [t32].[child_id],
      [t32].[start_date],
      [t32].[reason_new_episode],
      [t32].[legal_status],
      [t32].[category_of_need],
      [t32].[placement_type],
      [t32].[placement_provider],
      [t32].[end_date],
      [t32].[reason_ceased],
      [t32].[reason_place_change],
      [t32].[home_postcode],
      [t32].[placement_postcode],
      [t32].[urn],
      [t32].[placed_outside_council],
      [t32].[la_code],
      [t32].[load_id],
      [t32].[period_start],
      [t32].[period_start_seen],
      [t32].[placement_start],
      [t32].[short_break],
      [t32].[previous_placement_start],
      [t32].[period_end]
    FROM (
      SELECT
        [t30].[child_id],
        [t30].[start_date],
        [t30].[reason_new_episode],
        [t30].[legal_status],
        [t30].[category_of_need],
        [t30].[placement_type],
        [t30].[placement_provider],
        [t30].[end_date],
        [t30].[reason_ceased],
        [t30].[reason_place_change],
        [t30].[home_postcode],
        [t30].[placement_postcode],
        [t30].[urn],
        [t30].[placed_outside_council],
        [t30].[la_code],
        [t30].[load_id],
        [t30].[period_start],
        [t30].[period_start_seen],
        [t30].[placement_start],
        [t30].[_move],
        [t30].[short_break],
        [t30].[_previous],
        MAX([t30].[_previous]) OVER (
          PARTITION BY [t30].[la_code], [t30].[child_id]
          ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [previous_placement_start],
        IIF(
          MAX(IIF([t30].[end_date] IS NULL, 1, 0)) OVER (
            PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
            ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ),
          CAST(NULL AS DATE),
          MAX([t30].[end_date]) OVER (
            PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
            ORDER BY CASE WHEN [t30].[end_date] IS NULL THEN 1 ELSE 0 END, [t30].[end_date] ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS [period_end]
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
          IIF(
            [t26].[_move] IS NOT NULL,
            LAG([t26].[placement_start]) OVER (
              PARTITION BY [t26].[la_code], [t26].[child_id]
              ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
            ),
            CAST(NULL AS DATE)
          ) AS [_previous]
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
            COALESCE(
              MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                PARTITION BY [t20].[la_code], [t20].[child_id]
                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN([t20].[start_date]) OVER (
                PARTITION BY [t20].[la_code], [t20].[child_id]
                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS [period_start],
            MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
              PARTITION BY [t20].[la_code], [t20].[child_id]
              ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS [period_start_seen],
            COALESCE(
              MAX(
                IIF(
                  [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                  [t20].[start_date],
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY [t20].[la_code], [t20].[child_id]
                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN([t20].[start_date]) OVER (
                PARTITION BY [t20].[la_code], [t20].[child_id]
                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS [placement_start],
            IIF(
              [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
              [t20].[start_date],
              CAST(NULL AS DATE)
            ) AS [_move],
            [t20].[legal_status] IN ('V3', 'V4') AS [short_break]
          FROM (
            SELECT
              [t7].[child_id],
              [t7].[start_date],
              [t7].[reason_new_episode],
              [t7].[legal_status],
              [t7].[category_of_need],
              [t7].[placement_type],
              [t7].[placement_provider],
              [t7].[end_date],
              [t7].[reason_ceased],
              [t7].[reason_place_change],
              [t7].[home_postcode],
              [t7].[placement_postcode],
              [t7].[urn],
              [t7].[placed_outside_council],
              [t7].[la_code],
              [t7].[load_id]
            FROM [looked_after_episode] AS [t7]
            WHERE
              [t7].[start_date] IS NOT NULL
          ) AS [t20]
        ) AS [t26]
      ) AS [t30]
    ) AS [t32]
  ) AS [t33]
  WHERE
    IIF([t33].[short_break] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
), [t52] AS (
  SELECT
    [t49].[child_id],
    [t49].[start_date],
    [t49].[reason_new_episode],
    [t49].[legal_status],
    [t49].[category_of_need],
    [t49].[placement_type],
    [t49].[placement_provider],
    [t49].[end_date],
    [t49].[reason_ceased],
    [t49].[reason_place_change],
    [t49].[home_postcode],
    [t49].[placement_postcode],
    [t49].[urn],
    [t49].[placed_outside_council],
    [t49].[la_code],
    [t49].[load_id],
    [t49].[period_start],
    [t49].[period_start_seen],
    [t49].[placement_start],
    [t49].[short_break],
    [t49].[previous_placement_start],
    [t49].[period_end],
    [t49].[_reach],
    [t49].[_earlier_reach],
    MAX(IIF(COALESCE([t49].[_earlier_reach] > [t49].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t49].[la_code], [t49].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t47].[child_id],
      [t47].[start_date],
      [t47].[reason_new_episode],
      [t47].[legal_status],
      [t47].[category_of_need],
      [t47].[placement_type],
      [t47].[placement_provider],
      [t47].[end_date],
      [t47].[reason_ceased],
      [t47].[reason_place_change],
      [t47].[home_postcode],
      [t47].[placement_postcode],
      [t47].[urn],
      [t47].[placed_outside_council],
      [t47].[la_code],
      [t47].[load_id],
      [t47].[period_start],
      [t47].[period_start_seen],
      [t47].[placement_start],
      [t47].[short_break],
      [t47].[previous_placement_start],
      [t47].[period_end],
      [t47].[_reach],
      LAG([t47].[_reach]) OVER (
        PARTITION BY [t47].[la_code], [t47].[child_id]
        ORDER BY CASE WHEN [t47].[start_date] IS NULL THEN 1 ELSE 0 END, [t47].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t45].[child_id],
        [t45].[start_date],
        [t45].[reason_new_episode],
        [t45].[legal_status],
        [t45].[category_of_need],
        [t45].[placement_type],
        [t45].[placement_provider],
        [t45].[end_date],
        [t45].[reason_ceased],
        [t45].[reason_place_change],
        [t45].[home_postcode],
        [t45].[placement_postcode],
        [t45].[urn],
        [t45].[placed_outside_council],
        [t45].[la_code],
        [t45].[load_id],
        [t45].[period_start],
        [t45].[period_start_seen],
        [t45].[placement_start],
        [t45].[short_break],
        [t45].[previous_placement_start],
        [t45].[period_end],
        MAX(COALESCE([t45].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t45].[la_code], [t45].[child_id]
          ORDER BY CASE WHEN [t45].[start_date] IS NULL THEN 1 ELSE 0 END, [t45].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t38].[child_id],
          [t38].[start_date],
          [t38].[reason_new_episode],
          [t38].[legal_status],
          [t38].[category_of_need],
          [t38].[placement_type],
          [t38].[placement_provider],
          [t38].[end_date],
          [t38].[reason_ceased],
          [t38].[reason_place_change],
          [t38].[home_postcode],
          [t38].[placement_postcode],
          [t38].[urn],
          [t38].[placed_outside_council],
          [t38].[la_code],
          [t38].[load_id],
          [t38].[period_start],
          [t38].[period_start_seen],
          [t38].[placement_start],
          [t38].[short_break],
          [t38].[previous_placement_start],
          [t38].[period_end]
        FROM [t35] AS [t38]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t39].[la_code],
                [t39].[child_id]
              FROM (
                SELECT
                  [t37].[la_code],
                  [t37].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t35] AS [t37]
                GROUP BY
                  [t37].[la_code],
                  [t37].[child_id]
              ) AS [t39]
              WHERE
                [t39].[_records] > 1
            ) AS [t42]
            WHERE
              [t38].[la_code] = [t42].[la_code] AND [t38].[child_id] = [t42].[child_id]
          )
      ) AS [t45]
    ) AS [t47]
  ) AS [t49]
), [t93] AS (
  SELECT
    [t92].[la_code],
    [t92].[indicator_id],
    [t92].[month],
    [t92].[breakdown],
    [t92].[breakdown_value],
    [t92].[unit],
    SUM([t92].[_num]) AS [numerator],
    SUM([t92].[_den]) AS [denominator]
  FROM (
    SELECT
      [t10].[la_code],
      [t11].[month],
      [t11].[month_end],
      [t11].[month_index],
      [t12].[indicator_id],
      [t12].[months_back],
      [t12].[unit],
      [t91].[breakdown],
      [t91].[breakdown_value],
      [t91].[_num],
      [t91].[_den],
      [t91].[_until_index]
    FROM [scorecard_councils] AS [t10]
    CROSS JOIN [scorecard_month_spine] AS [t11]
    CROSS JOIN (VALUES
      ('CL3', 0, 'percent')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t89].[la_code],
        [t89].[indicator_id],
        [t89].[breakdown],
        [t89].[breakdown_value],
        [t89].[_num],
        [t89].[_den],
        [t89].[month_index] + [t89].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t88].[la_code],
          [t88].[indicator_id],
          [t88].[month_index],
          [t88].[breakdown],
          [t88].[breakdown_value],
          [t88].[_num],
          [t88].[_den],
          [t18].[months_back],
          [t13].[_offset]
        FROM (
          SELECT
            [t86].[la_code],
            [t86].[indicator_id],
            [t86].[month_index],
            [t86].[breakdown],
            [t86].[breakdown_value],
            SUM([t86].[numerator]) AS [_num],
            SUM([t86].[denominator]) AS [_den]
          FROM (
            SELECT
              [t85].[la_code],
              'CL3' AS [indicator_id],
              (
                (
                  DATEPART(year, [t85].[month]) * 12
                ) + DATEPART(month, [t85].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t85].[_part] = 0
                THEN 'all'
                WHEN [t85].[_part] = 1
                THEN 'age_group'
                ELSE NULL
              END AS [breakdown],
              [t85].[breakdown_value],
              [t85].[numerator],
              [t85].[denominator]
            FROM (
              SELECT
                [t84].[la_code],
                [t84].[month],
                [t84].[_part],
                [t84].[breakdown_value],
                SUM([t84].[numerator]) AS [numerator],
                SUM([t84].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t81].[la_code],
                    [t81].[month],
                    IIF(COALESCE([t81].[accommodation_suitable], (1 = 0)), 1.0, 0.0) AS [numerator],
                    1.0 AS [denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t80].[la_code],
                      [t80].[child_id],
                      [t80].[date_of_birth],
                      [t80].[qualified_on],
                      [t80].[month],
                      [t80].[month_end],
                      [t80].[month_index],
                      [t80].[contact_date],
                      [t80].[in_touch],
                      [t80].[activity],
                      [t80].[accommodation_suitable]
                    FROM (
                      SELECT
                        [t51].[la_code],
                        [t51].[child_id],
                        [t51].[date_of_birth],
                        [t51].[qualified_on],
                        [t11].[month],
                        [t11].[month_end],
                        [t11].[month_index],
                        [t79].[la_code] AS [la_code_right],
                        [t79].[child_id] AS [child_id_right],
                        [t79].[month] AS [month_right],
                        [t79].[contact_date],
                        [t79].[in_touch],
                        [t79].[activity],
                        [t79].[accommodation_suitable]
                      FROM (
                        SELECT
                          [t48].[la_code],
                          [t48].[child_id],
                          [t48].[date_of_birth],
                          MIN([t48].[end_date]) AS [qualified_on]
                        FROM (
                          SELECT
                            [t46].[child_id],
                            [t46].[start_date],
                            [t46].[reason_new_episode],
                            [t46].[legal_status],
                            [t46].[category_of_need],
                            [t46].[placement_type],
                            [t46].[placement_provider],
                            [t46].[end_date],
                            [t46].[reason_ceased],
                            [t46].[reason_place_change],
                            [t46].[home_postcode],
                            [t46].[placement_postcode],
                            [t46].[urn],
                            [t46].[placed_outside_council],
                            [t46].[la_code],
                            [t46].[load_id],
                            [t46].[period_start],
                            [t46].[period_start_seen],
                            [t46].[placement_start],
                            [t46].[short_break],
                            [t46].[previous_placement_start],
                            [t46].[period_end],
                            [t46].[date_of_birth],
                            [t46].[_days],
                            [t46].[_total]
                          FROM (
                            SELECT
                              [t43].[child_id],
                              [t43].[start_date],
                              [t43].[reason_new_episode],
                              [t43].[legal_status],
                              [t43].[category_of_need],
                              [t43].[placement_type],
                              [t43].[placement_provider],
                              [t43].[end_date],
                              [t43].[reason_ceased],
                              [t43].[reason_place_change],
                              [t43].[home_postcode],
                              [t43].[placement_postcode],
                              [t43].[urn],
                              [t43].[placed_outside_council],
                              [t43].[la_code],
                              [t43].[load_id],
                              [t43].[period_start],
                              [t43].[period_start_seen],
                              [t43].[placement_start],
                              [t43].[short_break],
                              [t43].[previous_placement_start],
                              [t43].[period_end],
                              [t43].[date_of_birth],
                              [t43].[_days],
                              SUM([t43].[_days]) OVER (
                                PARTITION BY [t43].[la_code], [t43].[child_id]
                                ORDER BY CASE WHEN [t43].[start_date] IS NULL THEN 1 ELSE 0 END, [t43].[start_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS [_total]
                            FROM (
                              SELECT
                                [t40].[child_id],
                                [t40].[start_date],
                                [t40].[reason_new_episode],
                                [t40].[legal_status],
                                [t40].[category_of_need],
                                [t40].[placement_type],
                                [t40].[placement_provider],
                                [t40].[end_date],
                                [t40].[reason_ceased],
                                [t40].[reason_place_change],
                                [t40].[home_postcode],
                                [t40].[placement_postcode],
                                [t40].[urn],
                                [t40].[placed_outside_council],
                                [t40].[la_code],
                                [t40].[load_id],
                                [t40].[period_start],
                                [t40].[period_start_seen],
                                [t40].[placement_start],
                                [t40].[short_break],
                                [t40].[previous_placement_start],
                                [t40].[period_end],
                                [t40].[date_of_birth],
                                GREATEST(
                                  DATEDIFF(
                                    DAY,
                                    CAST(GREATEST([t40].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t40].[date_of_birth])) AS DATETIME2),
                                    CAST([t40].[end_date] AS DATETIME2)
                                  ),
                                  0
                                ) AS [_days]
                              FROM (
                                SELECT
                                  [t36].[child_id],
                                  [t36].[start_date],
                                  [t36].[reason_new_episode],
                                  [t36].[legal_status],
                                  [t36].[category_of_need],
                                  [t36].[placement_type],
                                  [t36].[placement_provider],
                                  [t36].[end_date],
                                  [t36].[reason_ceased],
                                  [t36].[reason_place_change],
                                  [t36].[home_postcode],
                                  [t36].[placement_postcode],
                                  [t36].[urn],
                                  [t36].[placed_outside_council],
                                  [t36].[la_code],
                                  [t36].[load_id],
                                  [t36].[period_start],
                                  [t36].[period_start_seen],
                                  [t36].[placement_start],
                                  [t36].[short_break],
                                  [t36].[previous_placement_start],
                                  [t36].[period_end],
                                  [t19].[date_of_birth]
                                FROM (
                                  SELECT
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[reason_new_episode],
                                    [t33].[legal_status],
                                    [t33].[category_of_need],
                                    [t33].[placement_type],
                                    [t33].[placement_provider],
                                    [t33].[end_date],
                                    [t33].[reason_ceased],
                                    [t33].[reason_place_change],
                                    [t33].[home_postcode],
                                    [t33].[placement_postcode],
                                    [t33].[urn],
                                    [t33].[placed_outside_council],
                                    [t33].[la_code],
                                    [t33].[load_id],
                                    [t33].[period_start],
                                    [t33].[period_start_seen],
                                    [t33].[placement_start],
                                    [t33].[short_break],
                                    [t33].[previous_placement_start],
                                    [t33].[period_end]
                                  FROM (
                                    SELECT
                                      [t32].[child_id],
                                      [t32].[start_date],
                                      [t32].[reason_new_episode],
                                      [t32].[legal_status],
                                      [t32].[category_of_need],
                                      [t32].[placement_type],
                                      [t32].[placement_provider],
                                      [t32].[end_date],
                                      [t32].[reason_ceased],
                                      [t32].[reason_place_change],
                                      [t32].[home_postcode],
                                      [t32].[placement_postcode],
                                      [t32].[urn],
                                      [t32].[placed_outside_council],
                                      [t32].[la_code],
                                      [t32].[load_id],
                                      [t32].[period_start],
                                      [t32].[period_start_seen],
                                      [t32].[placement_start],
                                      [t32].[short_break],
                                      [t32].[previous_placement_start],
                                      [t32].[period_end]
                                    FROM (
                                      SELECT
                                        [t30].[child_id],
                                        [t30].[start_date],
                                        [t30].[reason_new_episode],
                                        [t30].[legal_status],
                                        [t30].[category_of_need],
                                        [t30].[placement_type],
                                        [t30].[placement_provider],
                                        [t30].[end_date],
                                        [t30].[reason_ceased],
                                        [t30].[reason_place_change],
                                        [t30].[home_postcode],
                                        [t30].[placement_postcode],
                                        [t30].[urn],
                                        [t30].[placed_outside_council],
                                        [t30].[la_code],
                                        [t30].[load_id],
                                        [t30].[period_start],
                                        [t30].[period_start_seen],
                                        [t30].[placement_start],
                                        [t30].[_move],
                                        [t30].[short_break],
                                        [t30].[_previous],
                                        MAX([t30].[_previous]) OVER (
                                          PARTITION BY [t30].[la_code], [t30].[child_id]
                                          ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS [previous_placement_start],
                                        IIF(
                                          MAX(IIF([t30].[end_date] IS NULL, 1, 0)) OVER (
                                            PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                            ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ),
                                          CAST(NULL AS DATE),
                                          MAX([t30].[end_date]) OVER (
                                            PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                            ORDER BY CASE WHEN [t30].[end_date] IS NULL THEN 1 ELSE 0 END, [t30].[end_date] ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          )
                                        ) AS [period_end]
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
                                          IIF(
                                            [t26].[_move] IS NOT NULL,
                                            LAG([t26].[placement_start]) OVER (
                                              PARTITION BY [t26].[la_code], [t26].[child_id]
                                              ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                            ),
                                            CAST(NULL AS DATE)
                                          ) AS [_previous]
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
                                            COALESCE(
                                              MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ),
                                              MIN([t20].[start_date]) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              )
                                            ) AS [period_start],
                                            MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                              PARTITION BY [t20].[la_code], [t20].[child_id]
                                              ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) IS NOT NULL AS [period_start_seen],
                                            COALESCE(
                                              MAX(
                                                IIF(
                                                  [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                  [t20].[start_date],
                                                  CAST(NULL AS DATE)
                                                )
                                              ) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ),
                                              MIN([t20].[start_date]) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              )
                                            ) AS [placement_start],
                                            IIF(
                                              [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                              [t20].[start_date],
                                              CAST(NULL AS DATE)
                                            ) AS [_move],
                                            [t20].[legal_status] IN ('V3', 'V4') AS [short_break]
                                          FROM (
                                            SELECT
                                              [t7].[child_id],
                                              [t7].[start_date],
                                              [t7].[reason_new_episode],
                                              [t7].[legal_status],
                                              [t7].[category_of_need],
                                              [t7].[placement_type],
                                              [t7].[placement_provider],
                                              [t7].[end_date],
                                              [t7].[reason_ceased],
                                              [t7].[reason_place_change],
                                              [t7].[home_postcode],
                                              [t7].[placement_postcode],
                                              [t7].[urn],
                                              [t7].[placed_outside_council],
                                              [t7].[la_code],
                                              [t7].[load_id]
                                            FROM [looked_after_episode] AS [t7]
                                            WHERE
                                              [t7].[start_date] IS NOT NULL
                                          ) AS [t20]
                                        ) AS [t26]
                                      ) AS [t30]
                                    ) AS [t32]
                                  ) AS [t33]
                                  WHERE
                                    IIF([t33].[short_break] <> 0, 1, 0) = 0 AND [t33].[end_date] IS NOT NULL
                                ) AS [t36]
                                INNER JOIN (
                                  SELECT
                                    [t6].[la_code],
                                    [t6].[child_id],
                                    [t6].[date_of_birth]
                                  FROM [person] AS [t6]
                                ) AS [t19]
                                  ON [t36].[la_code] = [t19].[la_code] AND [t36].[child_id] = [t19].[child_id]
                              ) AS [t40]
                            ) AS [t43]
                          ) AS [t46]
                          WHERE
                            [t46].[_total] >= 91
                            AND [t46].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t46].[date_of_birth])
                            AND [t46].[reason_ceased] <> 'X1'
                        ) AS [t48]
                        GROUP BY
                          [t48].[la_code],
                          [t48].[child_id],
                          [t48].[date_of_birth]
                      ) AS [t51]
                      INNER JOIN [scorecard_month_spine] AS [t11]
                        ON [t51].[qualified_on] <= [t11].[month_end]
                        AND DATEADD(YEAR, CAST('17' AS BIGINT), [t51].[date_of_birth]) <= [t11].[month_end]
                        AND DATEADD(YEAR, CAST('22' AS BIGINT), [t51].[date_of_birth]) > [t11].[month_end]
                      LEFT OUTER JOIN (
                        SELECT
                          [t77].[la_code],
                          [t77].[child_id],
                          [t77].[month],
                          [t77].[contact_date],
                          [t77].[in_touch],
                          [t77].[activity],
                          [t77].[accommodation_suitable]
                        FROM (
                          SELECT
                            [t76].[la_code],
                            [t76].[child_id],
                            [t76].[month],
                            [t76].[contact_date],
                            [t76].[in_touch],
                            [t76].[activity],
                            [t76].[accommodation_suitable],
                            [t76].[_rank]
                          FROM (
                            SELECT
                              [t75].[la_code],
                              [t75].[child_id],
                              [t75].[month],
                              [t75].[contact_date],
                              [t75].[in_touch],
                              [t75].[activity],
                              [t75].[accommodation_suitable],
                              ROW_NUMBER() OVER (
                                PARTITION BY [t75].[la_code], [t75].[child_id], [t75].[month]
                                ORDER BY [t75].[contact_date] DESC
                              ) - 1 AS [_rank]
                            FROM (
                              SELECT
                                [t51].[la_code],
                                [t51].[child_id],
                                [t11].[month],
                                [t14].[contact_date],
                                [t14].[in_touch],
                                [t14].[activity],
                                [t14].[accommodation_suitable]
                              FROM (
                                SELECT
                                  [t48].[la_code],
                                  [t48].[child_id],
                                  [t48].[date_of_birth],
                                  MIN([t48].[end_date]) AS [qualified_on]
                                FROM (
                                  SELECT
                                    [t46].[child_id],
                                    [t46].[start_date],
                                    [t46].[reason_new_episode],
                                    [t46].[legal_status],
                                    [t46].[category_of_need],
                                    [t46].[placement_type],
                                    [t46].[placement_provider],
                                    [t46].[end_date],
                                    [t46].[reason_ceased],
                                    [t46].[reason_place_change],
                                    [t46].[home_postcode],
                                    [t46].[placement_postcode],
                                    [t46].[urn],
                                    [t46].[placed_outside_council],
                                    [t46].[la_code],
                                    [t46].[load_id],
                                    [t46].[period_start],
                                    [t46].[period_start_seen],
                                    [t46].[placement_start],
                                    [t46].[short_break],
                                    [t46].[previous_placement_start],
                                    [t46].[period_end],
                                    [t46].[date_of_birth],
                                    [t46].[_days],
                                    [t46].[_total]
                                  FROM (
                                    SELECT
                                      [t43].[child_id],
                                      [t43].[start_date],
                                      [t43].[reason_new_episode],
                                      [t43].[legal_status],
                                      [t43].[category_of_need],
                                      [t43].[placement_type],
                                      [t43].[placement_provider],
                                      [t43].[end_date],
                                      [t43].[reason_ceased],
                                      [t43].[reason_place_change],
                                      [t43].[home_postcode],
                                      [t43].[placement_postcode],
                                      [t43].[urn],
                                      [t43].[placed_outside_council],
                                      [t43].[la_code],
                                      [t43].[load_id],
                                      [t43].[period_start],
                                      [t43].[period_start_seen],
                                      [t43].[placement_start],
                                      [t43].[short_break],
                                      [t43].[previous_placement_start],
                                      [t43].[period_end],
                                      [t43].[date_of_birth],
                                      [t43].[_days],
                                      SUM([t43].[_days]) OVER (
                                        PARTITION BY [t43].[la_code], [t43].[child_id]
                                        ORDER BY CASE WHEN [t43].[start_date] IS NULL THEN 1 ELSE 0 END, [t43].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS [_total]
                                    FROM (
                                      SELECT
                                        [t40].[child_id],
                                        [t40].[start_date],
                                        [t40].[reason_new_episode],
                                        [t40].[legal_status],
                                        [t40].[category_of_need],
                                        [t40].[placement_type],
                                        [t40].[placement_provider],
                                        [t40].[end_date],
                                        [t40].[reason_ceased],
                                        [t40].[reason_place_change],
                                        [t40].[home_postcode],
                                        [t40].[placement_postcode],
                                        [t40].[urn],
                                        [t40].[placed_outside_council],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[period_start],
                                        [t40].[period_start_seen],
                                        [t40].[placement_start],
                                        [t40].[short_break],
                                        [t40].[previous_placement_start],
                                        [t40].[period_end],
                                        [t40].[date_of_birth],
                                        GREATEST(
                                          DATEDIFF(
                                            DAY,
                                            CAST(GREATEST([t40].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t40].[date_of_birth])) AS DATETIME2),
                                            CAST([t40].[end_date] AS DATETIME2)
                                          ),
                                          0
                                        ) AS [_days]
                                      FROM (
                                        SELECT
                                          [t36].[child_id],
                                          [t36].[start_date],
                                          [t36].[reason_new_episode],
                                          [t36].[legal_status],
                                          [t36].[category_of_need],
                                          [t36].[placement_type],
                                          [t36].[placement_provider],
                                          [t36].[end_date],
                                          [t36].[reason_ceased],
                                          [t36].[reason_place_change],
                                          [t36].[home_postcode],
                                          [t36].[placement_postcode],
                                          [t36].[urn],
                                          [t36].[placed_outside_council],
                                          [t36].[la_code],
                                          [t36].[load_id],
                                          [t36].[period_start],
                                          [t36].[period_start_seen],
                                          [t36].[placement_start],
                                          [t36].[short_break],
                                          [t36].[previous_placement_start],
                                          [t36].[period_end],
                                          [t19].[date_of_birth]
                                        FROM (
                                          SELECT
                                            [t33].[child_id],
                                            [t33].[start_date],
                                            [t33].[reason_new_episode],
                                            [t33].[legal_status],
                                            [t33].[category_of_need],
                                            [t33].[placement_type],
                                            [t33].[placement_provider],
                                            [t33].[end_date],
                                            [t33].[reason_ceased],
                                            [t33].[reason_place_change],
                                            [t33].[home_postcode],
                                            [t33].[placement_postcode],
                                            [t33].[urn],
                                            [t33].[placed_outside_council],
                                            [t33].[la_code],
                                            [t33].[load_id],
                                            [t33].[period_start],
                                            [t33].[period_start_seen],
                                            [t33].[placement_start],
                                            [t33].[short_break],
                                            [t33].[previous_placement_start],
                                            [t33].[period_end]
                                          FROM (
                                            SELECT
                                              [t32].[child_id],
                                              [t32].[start_date],
                                              [t32].[reason_new_episode],
                                              [t32].[legal_status],
                                              [t32].[category_of_need],
                                              [t32].[placement_type],
                                              [t32].[placement_provider],
                                              [t32].[end_date],
                                              [t32].[reason_ceased],
                                              [t32].[reason_place_change],
                                              [t32].[home_postcode],
                                              [t32].[placement_postcode],
                                              [t32].[urn],
                                              [t32].[placed_outside_council],
                                              [t32].[la_code],
                                              [t32].[load_id],
                                              [t32].[period_start],
                                              [t32].[period_start_seen],
                                              [t32].[placement_start],
                                              [t32].[short_break],
                                              [t32].[previous_placement_start],
                                              [t32].[period_end]
                                            FROM (
                                              SELECT
                                                [t30].[child_id],
                                                [t30].[start_date],
                                                [t30].[reason_new_episode],
                                                [t30].[legal_status],
                                                [t30].[category_of_need],
                                                [t30].[placement_type],
                                                [t30].[placement_provider],
                                                [t30].[end_date],
                                                [t30].[reason_ceased],
                                                [t30].[reason_place_change],
                                                [t30].[home_postcode],
                                                [t30].[placement_postcode],
                                                [t30].[urn],
                                                [t30].[placed_outside_council],
                                                [t30].[la_code],
                                                [t30].[load_id],
                                                [t30].[period_start],
                                                [t30].[period_start_seen],
                                                [t30].[placement_start],
                                                [t30].[_move],
                                                [t30].[short_break],
                                                [t30].[_previous],
                                                MAX([t30].[_previous]) OVER (
                                                  PARTITION BY [t30].[la_code], [t30].[child_id]
                                                  ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS [previous_placement_start],
                                                IIF(
                                                  MAX(IIF([t30].[end_date] IS NULL, 1, 0)) OVER (
                                                    PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                                    ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ),
                                                  CAST(NULL AS DATE),
                                                  MAX([t30].[end_date]) OVER (
                                                    PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                                    ORDER BY CASE WHEN [t30].[end_date] IS NULL THEN 1 ELSE 0 END, [t30].[end_date] ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  )
                                                ) AS [period_end]
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
                                                  IIF(
                                                    [t26].[_move] IS NOT NULL,
                                                    LAG([t26].[placement_start]) OVER (
                                                      PARTITION BY [t26].[la_code], [t26].[child_id]
                                                      ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                                    ),
                                                    CAST(NULL AS DATE)
                                                  ) AS [_previous]
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
                                                    COALESCE(
                                                      MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ),
                                                      MIN([t20].[start_date]) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      )
                                                    ) AS [period_start],
                                                    MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                                      PARTITION BY [t20].[la_code], [t20].[child_id]
                                                      ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) IS NOT NULL AS [period_start_seen],
                                                    COALESCE(
                                                      MAX(
                                                        IIF(
                                                          [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                          [t20].[start_date],
                                                          CAST(NULL AS DATE)
                                                        )
                                                      ) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ),
                                                      MIN([t20].[start_date]) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      )
                                                    ) AS [placement_start],
                                                    IIF(
                                                      [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                      [t20].[start_date],
                                                      CAST(NULL AS DATE)
                                                    ) AS [_move],
                                                    [t20].[legal_status] IN ('V3', 'V4') AS [short_break]
                                                  FROM (
                                                    SELECT
                                                      [t7].[child_id],
                                                      [t7].[start_date],
                                                      [t7].[reason_new_episode],
                                                      [t7].[legal_status],
                                                      [t7].[category_of_need],
                                                      [t7].[placement_type],
                                                      [t7].[placement_provider],
                                                      [t7].[end_date],
                                                      [t7].[reason_ceased],
                                                      [t7].[reason_place_change],
                                                      [t7].[home_postcode],
                                                      [t7].[placement_postcode],
                                                      [t7].[urn],
                                                      [t7].[placed_outside_council],
                                                      [t7].[la_code],
                                                      [t7].[load_id]
                                                    FROM [looked_after_episode] AS [t7]
                                                    WHERE
                                                      [t7].[start_date] IS NOT NULL
                                                  ) AS [t20]
                                                ) AS [t26]
                                              ) AS [t30]
                                            ) AS [t32]
                                          ) AS [t33]
                                          WHERE
                                            IIF([t33].[short_break] <> 0, 1, 0) = 0 AND [t33].[end_date] IS NOT NULL
                                        ) AS [t36]
                                        INNER JOIN (
                                          SELECT
                                            [t6].[la_code],
                                            [t6].[child_id],
                                            [t6].[date_of_birth]
                                          FROM [person] AS [t6]
                                        ) AS [t19]
                                          ON [t36].[la_code] = [t19].[la_code] AND [t36].[child_id] = [t19].[child_id]
                                      ) AS [t40]
                                    ) AS [t43]
                                  ) AS [t46]
                                  WHERE
                                    [t46].[_total] >= 91
                                    AND [t46].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t46].[date_of_birth])
                                    AND [t46].[reason_ceased] <> 'X1'
                                ) AS [t48]
                                GROUP BY
                                  [t48].[la_code],
                                  [t48].[child_id],
                                  [t48].[date_of_birth]
                              ) AS [t51]
                              INNER JOIN [scorecard_month_spine] AS [t11]
                                ON [t51].[qualified_on] <= [t11].[month_end]
                                AND DATEADD(YEAR, CAST('17' AS BIGINT), [t51].[date_of_birth]) <= [t11].[month_end]
                                AND DATEADD(YEAR, CAST('22' AS BIGINT), [t51].[date_of_birth]) > [t11].[month_end]
                              INNER JOIN [care_leaver] AS [t14]
                                ON [t51].[la_code] = [t14].[la_code]
                                AND [t51].[child_id] = [t14].[child_id]
                                AND [t14].[contact_date] <= [t11].[month_end]
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      [t72].[la_code],
                                      [t72].[child_id],
                                      [t72].[month]
                                    FROM (
                                      SELECT
                                        [t71].[child_id],
                                        [t71].[start_date],
                                        [t71].[reason_new_episode],
                                        [t71].[legal_status],
                                        [t71].[category_of_need],
                                        [t71].[placement_type],
                                        [t71].[placement_provider],
                                        [t71].[end_date],
                                        [t71].[reason_ceased],
                                        [t71].[reason_place_change],
                                        [t71].[home_postcode],
                                        [t71].[placement_postcode],
                                        [t71].[urn],
                                        [t71].[placed_outside_council],
                                        [t71].[la_code],
                                        [t71].[load_id],
                                        [t71].[period_start],
                                        [t71].[period_start_seen],
                                        [t71].[placement_start],
                                        [t71].[short_break],
                                        [t71].[previous_placement_start],
                                        [t71].[period_end],
                                        [t71].[month],
                                        [t71].[month_end],
                                        [t71].[month_index],
                                        [t71].[uasc]
                                      FROM (
                                        SELECT
                                          [t70].[child_id],
                                          [t70].[start_date],
                                          [t70].[reason_new_episode],
                                          [t70].[legal_status],
                                          [t70].[category_of_need],
                                          [t70].[placement_type],
                                          [t70].[placement_provider],
                                          [t70].[end_date],
                                          [t70].[reason_ceased],
                                          [t70].[reason_place_change],
                                          [t70].[home_postcode],
                                          [t70].[placement_postcode],
                                          [t70].[urn],
                                          [t70].[placed_outside_council],
                                          [t70].[la_code],
                                          [t70].[load_id],
                                          [t70].[period_start],
                                          [t70].[period_start_seen],
                                          [t70].[placement_start],
                                          [t70].[short_break],
                                          [t70].[previous_placement_start],
                                          [t70].[period_end],
                                          [t70].[month],
                                          [t70].[month_end],
                                          [t70].[month_index],
                                          [t70].[_uasc],
                                          COALESCE([t70].[_uasc], 'Not UASC') AS [uasc]
                                        FROM (
                                          SELECT
                                            [t69].[child_id],
                                            [t69].[start_date],
                                            [t69].[reason_new_episode],
                                            [t69].[legal_status],
                                            [t69].[category_of_need],
                                            [t69].[placement_type],
                                            [t69].[placement_provider],
                                            [t69].[end_date],
                                            [t69].[reason_ceased],
                                            [t69].[reason_place_change],
                                            [t69].[home_postcode],
                                            [t69].[placement_postcode],
                                            [t69].[urn],
                                            [t69].[placed_outside_council],
                                            [t69].[la_code],
                                            [t69].[load_id],
                                            [t69].[period_start],
                                            [t69].[period_start_seen],
                                            [t69].[placement_start],
                                            [t69].[short_break],
                                            [t69].[previous_placement_start],
                                            [t69].[period_end],
                                            [t69].[month],
                                            [t69].[month_end],
                                            [t69].[month_index],
                                            [t69].[_uasc]
                                          FROM (
                                            SELECT
                                              [t68].[child_id],
                                              [t68].[start_date],
                                              [t68].[reason_new_episode],
                                              [t68].[legal_status],
                                              [t68].[category_of_need],
                                              [t68].[placement_type],
                                              [t68].[placement_provider],
                                              [t68].[end_date],
                                              [t68].[reason_ceased],
                                              [t68].[reason_place_change],
                                              [t68].[home_postcode],
                                              [t68].[placement_postcode],
                                              [t68].[urn],
                                              [t68].[placed_outside_council],
                                              [t68].[la_code],
                                              [t68].[load_id],
                                              [t68].[period_start],
                                              [t68].[period_start_seen],
                                              [t68].[placement_start],
                                              [t68].[short_break],
                                              [t68].[previous_placement_start],
                                              [t68].[period_end],
                                              [t68].[month],
                                              [t68].[month_end],
                                              [t68].[month_index],
                                              [t31].[la_code] AS [la_code_right],
                                              [t31].[child_id] AS [child_id_right],
                                              [t31].[month] AS [month_right],
                                              [t31].[_uasc]
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t62].[child_id],
                                                  [t62].[start_date],
                                                  [t62].[reason_new_episode],
                                                  [t62].[legal_status],
                                                  [t62].[category_of_need],
                                                  [t62].[placement_type],
                                                  [t62].[placement_provider],
                                                  [t62].[end_date],
                                                  [t62].[reason_ceased],
                                                  [t62].[reason_place_change],
                                                  [t62].[home_postcode],
                                                  [t62].[placement_postcode],
                                                  [t62].[urn],
                                                  [t62].[placed_outside_council],
                                                  [t62].[la_code],
                                                  [t62].[load_id],
                                                  [t62].[period_start],
                                                  [t62].[period_start_seen],
                                                  [t62].[placement_start],
                                                  [t62].[short_break],
                                                  [t62].[previous_placement_start],
                                                  [t62].[period_end],
                                                  [t62].[month],
                                                  [t62].[month_end],
                                                  [t62].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t60].[child_id],
                                                    [t60].[start_date],
                                                    [t60].[reason_new_episode],
                                                    [t60].[legal_status],
                                                    [t60].[category_of_need],
                                                    [t60].[placement_type],
                                                    [t60].[placement_provider],
                                                    [t60].[end_date],
                                                    [t60].[reason_ceased],
                                                    [t60].[reason_place_change],
                                                    [t60].[home_postcode],
                                                    [t60].[placement_postcode],
                                                    [t60].[urn],
                                                    [t60].[placed_outside_council],
                                                    [t60].[la_code],
                                                    [t60].[load_id],
                                                    [t60].[period_start],
                                                    [t60].[period_start_seen],
                                                    [t60].[placement_start],
                                                    [t60].[short_break],
                                                    [t60].[previous_placement_start],
                                                    [t60].[period_end],
                                                    [t60].[_until],
                                                    [t11].[month],
                                                    [t11].[month_end],
                                                    [t11].[month_index]
                                                  FROM (
                                                    SELECT
                                                      [t57].[child_id],
                                                      [t57].[start_date],
                                                      [t57].[reason_new_episode],
                                                      [t57].[legal_status],
                                                      [t57].[category_of_need],
                                                      [t57].[placement_type],
                                                      [t57].[placement_provider],
                                                      [t57].[end_date],
                                                      [t57].[reason_ceased],
                                                      [t57].[reason_place_change],
                                                      [t57].[home_postcode],
                                                      [t57].[placement_postcode],
                                                      [t57].[urn],
                                                      [t57].[placed_outside_council],
                                                      [t57].[la_code],
                                                      [t57].[load_id],
                                                      [t57].[period_start],
                                                      [t57].[period_start_seen],
                                                      [t57].[placement_start],
                                                      [t57].[short_break],
                                                      [t57].[previous_placement_start],
                                                      [t57].[period_end],
                                                      COALESCE([t57].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          [t38].[child_id],
                                                          [t38].[start_date],
                                                          [t38].[reason_new_episode],
                                                          [t38].[legal_status],
                                                          [t38].[category_of_need],
                                                          [t38].[placement_type],
                                                          [t38].[placement_provider],
                                                          [t38].[end_date],
                                                          [t38].[reason_ceased],
                                                          [t38].[reason_place_change],
                                                          [t38].[home_postcode],
                                                          [t38].[placement_postcode],
                                                          [t38].[urn],
                                                          [t38].[placed_outside_council],
                                                          [t38].[la_code],
                                                          [t38].[load_id],
                                                          [t38].[period_start],
                                                          [t38].[period_start_seen],
                                                          [t38].[placement_start],
                                                          [t38].[short_break],
                                                          [t38].[previous_placement_start],
                                                          [t38].[period_end]
                                                        FROM [t35] AS [t38]
                                                        WHERE
                                                          NOT EXISTS(
                                                            SELECT
                                                              1
                                                            FROM (
                                                              SELECT
                                                                [t39].[la_code],
                                                                [t39].[child_id]
                                                              FROM (
                                                                SELECT
                                                                  [t37].[la_code],
                                                                  [t37].[child_id],
                                                                  COUNT_BIG(*) AS [_records]
                                                                FROM [t35] AS [t37]
                                                                GROUP BY
                                                                  [t37].[la_code],
                                                                  [t37].[child_id]
                                                              ) AS [t39]
                                                              WHERE
                                                                [t39].[_records] > 1
                                                            ) AS [t42]
                                                            WHERE
                                                              [t38].[la_code] = [t42].[la_code] AND [t38].[child_id] = [t42].[child_id]
                                                          )
                                                      ) AS [t44]
                                                      UNION ALL
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          [t53].[child_id],
                                                          [t53].[start_date],
                                                          [t53].[reason_new_episode],
                                                          [t53].[legal_status],
                                                          [t53].[category_of_need],
                                                          [t53].[placement_type],
                                                          [t53].[placement_provider],
                                                          [t53].[end_date],
                                                          [t53].[reason_ceased],
                                                          [t53].[reason_place_change],
                                                          [t53].[home_postcode],
                                                          [t53].[placement_postcode],
                                                          [t53].[urn],
                                                          [t53].[placed_outside_council],
                                                          [t53].[la_code],
                                                          [t53].[load_id],
                                                          [t53].[period_start],
                                                          [t53].[period_start_seen],
                                                          [t53].[placement_start],
                                                          [t53].[short_break],
                                                          [t53].[previous_placement_start],
                                                          [t53].[period_end]
                                                        FROM [t52] AS [t53]
                                                        WHERE
                                                          IIF([t53].[_overlaps] <> 0, 1, 0) = 0
                                                      ) AS [t55]
                                                    ) AS [t57]
                                                    WHERE
                                                      [t57].[start_date] IS NOT NULL
                                                  ) AS [t60]
                                                  INNER JOIN [scorecard_month_spine] AS [t11]
                                                    ON [t60].[start_date] <= [t11].[month_end] AND [t60].[_until] > [t11].[month_end]
                                                ) AS [t62]
                                              ) AS [t63]
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t65].[child_id],
                                                  [t65].[start_date],
                                                  [t65].[reason_new_episode],
                                                  [t65].[legal_status],
                                                  [t65].[category_of_need],
                                                  [t65].[placement_type],
                                                  [t65].[placement_provider],
                                                  [t65].[end_date],
                                                  [t65].[reason_ceased],
                                                  [t65].[reason_place_change],
                                                  [t65].[home_postcode],
                                                  [t65].[placement_postcode],
                                                  [t65].[urn],
                                                  [t65].[placed_outside_council],
                                                  [t65].[la_code],
                                                  [t65].[load_id],
                                                  [t65].[period_start],
                                                  [t65].[period_start_seen],
                                                  [t65].[placement_start],
                                                  [t65].[short_break],
                                                  [t65].[previous_placement_start],
                                                  [t65].[period_end],
                                                  [t65].[month],
                                                  [t65].[month_end],
                                                  [t65].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t64].[child_id],
                                                    [t64].[start_date],
                                                    [t64].[reason_new_episode],
                                                    [t64].[legal_status],
                                                    [t64].[category_of_need],
                                                    [t64].[placement_type],
                                                    [t64].[placement_provider],
                                                    [t64].[end_date],
                                                    [t64].[reason_ceased],
                                                    [t64].[reason_place_change],
                                                    [t64].[home_postcode],
                                                    [t64].[placement_postcode],
                                                    [t64].[urn],
                                                    [t64].[placed_outside_council],
                                                    [t64].[la_code],
                                                    [t64].[load_id],
                                                    [t64].[period_start],
                                                    [t64].[period_start_seen],
                                                    [t64].[placement_start],
                                                    [t64].[short_break],
                                                    [t64].[previous_placement_start],
                                                    [t64].[period_end],
                                                    [t64].[month],
                                                    [t64].[month_end],
                                                    [t64].[month_index],
                                                    [t64].[_rank]
                                                  FROM (
                                                    SELECT
                                                      [t61].[child_id],
                                                      [t61].[start_date],
                                                      [t61].[reason_new_episode],
                                                      [t61].[legal_status],
                                                      [t61].[category_of_need],
                                                      [t61].[placement_type],
                                                      [t61].[placement_provider],
                                                      [t61].[end_date],
                                                      [t61].[reason_ceased],
                                                      [t61].[reason_place_change],
                                                      [t61].[home_postcode],
                                                      [t61].[placement_postcode],
                                                      [t61].[urn],
                                                      [t61].[placed_outside_council],
                                                      [t61].[la_code],
                                                      [t61].[load_id],
                                                      [t61].[period_start],
                                                      [t61].[period_start_seen],
                                                      [t61].[placement_start],
                                                      [t61].[short_break],
                                                      [t61].[previous_placement_start],
                                                      [t61].[period_end],
                                                      [t61].[month],
                                                      [t61].[month_end],
                                                      [t61].[month_index],
                                                      ROW_NUMBER() OVER (
                                                        PARTITION BY [t61].[la_code], [t61].[child_id], [t61].[month]
                                                        ORDER BY [t61].[start_date] DESC
                                                      ) - 1 AS [_rank]
                                                    FROM (
                                                      SELECT
                                                        [t59].[child_id],
                                                        [t59].[start_date],
                                                        [t59].[reason_new_episode],
                                                        [t59].[legal_status],
                                                        [t59].[category_of_need],
                                                        [t59].[placement_type],
                                                        [t59].[placement_provider],
                                                        [t59].[end_date],
                                                        [t59].[reason_ceased],
                                                        [t59].[reason_place_change],
                                                        [t59].[home_postcode],
                                                        [t59].[placement_postcode],
                                                        [t59].[urn],
                                                        [t59].[placed_outside_council],
                                                        [t59].[la_code],
                                                        [t59].[load_id],
                                                        [t59].[period_start],
                                                        [t59].[period_start_seen],
                                                        [t59].[placement_start],
                                                        [t59].[short_break],
                                                        [t59].[previous_placement_start],
                                                        [t59].[period_end],
                                                        [t59].[month],
                                                        [t59].[month_end],
                                                        [t59].[month_index]
                                                      FROM (
                                                        SELECT
                                                          [t56].[child_id],
                                                          [t56].[start_date],
                                                          [t56].[reason_new_episode],
                                                          [t56].[legal_status],
                                                          [t56].[category_of_need],
                                                          [t56].[placement_type],
                                                          [t56].[placement_provider],
                                                          [t56].[end_date],
                                                          [t56].[reason_ceased],
                                                          [t56].[reason_place_change],
                                                          [t56].[home_postcode],
                                                          [t56].[placement_postcode],
                                                          [t56].[urn],
                                                          [t56].[placed_outside_council],
                                                          [t56].[la_code],
                                                          [t56].[load_id],
                                                          [t56].[period_start],
                                                          [t56].[period_start_seen],
                                                          [t56].[placement_start],
                                                          [t56].[short_break],
                                                          [t56].[previous_placement_start],
                                                          [t56].[period_end],
                                                          [t56].[_until],
                                                          [t11].[month],
                                                          [t11].[month_end],
                                                          [t11].[month_index]
                                                        FROM (
                                                          SELECT
                                                            [t53].[child_id],
                                                            [t53].[start_date],
                                                            [t53].[reason_new_episode],
                                                            [t53].[legal_status],
                                                            [t53].[category_of_need],
                                                            [t53].[placement_type],
                                                            [t53].[placement_provider],
                                                            [t53].[end_date],
                                                            [t53].[reason_ceased],
                                                            [t53].[reason_place_change],
                                                            [t53].[home_postcode],
                                                            [t53].[placement_postcode],
                                                            [t53].[urn],
                                                            [t53].[placed_outside_council],
                                                            [t53].[la_code],
                                                            [t53].[load_id],
                                                            [t53].[period_start],
                                                            [t53].[period_start_seen],
                                                            [t53].[placement_start],
                                                            [t53].[short_break],
                                                            [t53].[previous_placement_start],
                                                            [t53].[period_end],
                                                            COALESCE([t53].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                          FROM [t52] AS [t53]
                                                          WHERE
                                                            [t53].[_overlaps] <> 0 AND [t53].[start_date] IS NOT NULL
                                                        ) AS [t56]
                                                        INNER JOIN [scorecard_month_spine] AS [t11]
                                                          ON [t56].[start_date] <= [t11].[month_end] AND [t56].[_until] > [t11].[month_end]
                                                      ) AS [t59]
                                                    ) AS [t61]
                                                  ) AS [t64]
                                                  WHERE
                                                    [t64].[_rank] = 0
                                                ) AS [t65]
                                              ) AS [t66]
                                            ) AS [t68]
                                            LEFT OUTER JOIN (
                                              SELECT
                                                [t28].[la_code],
                                                [t28].[child_id],
                                                [t28].[month],
                                                'UASC' AS [_uasc]
                                              FROM (
                                                SELECT DISTINCT
                                                  [t27].[la_code],
                                                  [t27].[child_id],
                                                  [t27].[month]
                                                FROM (
                                                  SELECT
                                                    [t25].[child_id],
                                                    [t25].[start_date],
                                                    [t25].[end_date],
                                                    [t25].[la_code],
                                                    [t25].[load_id],
                                                    [t25].[month],
                                                    [t25].[month_end],
                                                    [t25].[month_index]
                                                  FROM (
                                                    SELECT
                                                      [t22].[child_id],
                                                      [t22].[start_date],
                                                      [t22].[end_date],
                                                      [t22].[la_code],
                                                      [t22].[load_id],
                                                      [t22].[_until],
                                                      [t11].[month],
                                                      [t11].[month_end],
                                                      [t11].[month_index]
                                                    FROM (
                                                      SELECT
                                                        [t8].[child_id],
                                                        COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                                        [t8].[end_date],
                                                        [t8].[la_code],
                                                        [t8].[load_id],
                                                        COALESCE([t8].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                      FROM [uasc_status] AS [t8]
                                                      WHERE
                                                        COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                                    ) AS [t22]
                                                    INNER JOIN [scorecard_month_spine] AS [t11]
                                                      ON [t22].[start_date] <= [t11].[month_end] AND [t22].[_until] > [t11].[month_end]
                                                  ) AS [t25]
                                                ) AS [t27]
                                              ) AS [t28]
                                            ) AS [t31]
                                              ON [t68].[la_code] = [t31].[la_code]
                                              AND [t68].[child_id] = [t31].[child_id]
                                              AND [t68].[month] = [t31].[month]
                                          ) AS [t69]
                                        ) AS [t70]
                                      ) AS [t71]
                                    ) AS [t72]
                                  ) AS [t74]
                                  WHERE
                                    [t51].[la_code] = [t74].[la_code]
                                    AND [t51].[child_id] = [t74].[child_id]
                                    AND [t11].[month] = [t74].[month]
                                )
                            ) AS [t75]
                          ) AS [t76]
                          WHERE
                            [t76].[_rank] = 0
                        ) AS [t77]
                      ) AS [t79]
                        ON [t51].[la_code] = [t79].[la_code]
                        AND [t51].[child_id] = [t79].[child_id]
                        AND [t11].[month] = [t79].[month]
                      WHERE
                        NOT EXISTS(
                          SELECT
                            1
                          FROM (
                            SELECT
                              [t72].[la_code],
                              [t72].[child_id],
                              [t72].[month]
                            FROM (
                              SELECT
                                [t71].[child_id],
                                [t71].[start_date],
                                [t71].[reason_new_episode],
                                [t71].[legal_status],
                                [t71].[category_of_need],
                                [t71].[placement_type],
                                [t71].[placement_provider],
                                [t71].[end_date],
                                [t71].[reason_ceased],
                                [t71].[reason_place_change],
                                [t71].[home_postcode],
                                [t71].[placement_postcode],
                                [t71].[urn],
                                [t71].[placed_outside_council],
                                [t71].[la_code],
                                [t71].[load_id],
                                [t71].[period_start],
                                [t71].[period_start_seen],
                                [t71].[placement_start],
                                [t71].[short_break],
                                [t71].[previous_placement_start],
                                [t71].[period_end],
                                [t71].[month],
                                [t71].[month_end],
                                [t71].[month_index],
                                [t71].[uasc]
                              FROM (
                                SELECT
                                  [t70].[child_id],
                                  [t70].[start_date],
                                  [t70].[reason_new_episode],
                                  [t70].[legal_status],
                                  [t70].[category_of_need],
                                  [t70].[placement_type],
                                  [t70].[placement_provider],
                                  [t70].[end_date],
                                  [t70].[reason_ceased],
                                  [t70].[reason_place_change],
                                  [t70].[home_postcode],
                                  [t70].[placement_postcode],
                                  [t70].[urn],
                                  [t70].[placed_outside_council],
                                  [t70].[la_code],
                                  [t70].[load_id],
                                  [t70].[period_start],
                                  [t70].[period_start_seen],
                                  [t70].[placement_start],
                                  [t70].[short_break],
                                  [t70].[previous_placement_start],
                                  [t70].[period_end],
                                  [t70].[month],
                                  [t70].[month_end],
                                  [t70].[month_index],
                                  [t70].[_uasc],
                                  COALESCE([t70].[_uasc], 'Not UASC') AS [uasc]
                                FROM (
                                  SELECT
                                    [t69].[child_id],
                                    [t69].[start_date],
                                    [t69].[reason_new_episode],
                                    [t69].[legal_status],
                                    [t69].[category_of_need],
                                    [t69].[placement_type],
                                    [t69].[placement_provider],
                                    [t69].[end_date],
                                    [t69].[reason_ceased],
                                    [t69].[reason_place_change],
                                    [t69].[home_postcode],
                                    [t69].[placement_postcode],
                                    [t69].[urn],
                                    [t69].[placed_outside_council],
                                    [t69].[la_code],
                                    [t69].[load_id],
                                    [t69].[period_start],
                                    [t69].[period_start_seen],
                                    [t69].[placement_start],
                                    [t69].[short_break],
                                    [t69].[previous_placement_start],
                                    [t69].[period_end],
                                    [t69].[month],
                                    [t69].[month_end],
                                    [t69].[month_index],
                                    [t69].[_uasc]
                                  FROM (
                                    SELECT
                                      [t68].[child_id],
                                      [t68].[start_date],
                                      [t68].[reason_new_episode],
                                      [t68].[legal_status],
                                      [t68].[category_of_need],
                                      [t68].[placement_type],
                                      [t68].[placement_provider],
                                      [t68].[end_date],
                                      [t68].[reason_ceased],
                                      [t68].[reason_place_change],
                                      [t68].[home_postcode],
                                      [t68].[placement_postcode],
                                      [t68].[urn],
                                      [t68].[placed_outside_council],
                                      [t68].[la_code],
                                      [t68].[load_id],
                                      [t68].[period_start],
                                      [t68].[period_start_seen],
                                      [t68].[placement_start],
                                      [t68].[short_break],
                                      [t68].[previous_placement_start],
                                      [t68].[period_end],
                                      [t68].[month],
                                      [t68].[month_end],
                                      [t68].[month_index],
                                      [t31].[la_code] AS [la_code_right],
                                      [t31].[child_id] AS [child_id_right],
                                      [t31].[month] AS [month_right],
                                      [t31].[_uasc]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t62].[child_id],
                                          [t62].[start_date],
                                          [t62].[reason_new_episode],
                                          [t62].[legal_status],
                                          [t62].[category_of_need],
                                          [t62].[placement_type],
                                          [t62].[placement_provider],
                                          [t62].[end_date],
                                          [t62].[reason_ceased],
                                          [t62].[reason_place_change],
                                          [t62].[home_postcode],
                                          [t62].[placement_postcode],
                                          [t62].[urn],
                                          [t62].[placed_outside_council],
                                          [t62].[la_code],
                                          [t62].[load_id],
                                          [t62].[period_start],
                                          [t62].[period_start_seen],
                                          [t62].[placement_start],
                                          [t62].[short_break],
                                          [t62].[previous_placement_start],
                                          [t62].[period_end],
                                          [t62].[month],
                                          [t62].[month_end],
                                          [t62].[month_index]
                                        FROM (
                                          SELECT
                                            [t60].[child_id],
                                            [t60].[start_date],
                                            [t60].[reason_new_episode],
                                            [t60].[legal_status],
                                            [t60].[category_of_need],
                                            [t60].[placement_type],
                                            [t60].[placement_provider],
                                            [t60].[end_date],
                                            [t60].[reason_ceased],
                                            [t60].[reason_place_change],
                                            [t60].[home_postcode],
                                            [t60].[placement_postcode],
                                            [t60].[urn],
                                            [t60].[placed_outside_council],
                                            [t60].[la_code],
                                            [t60].[load_id],
                                            [t60].[period_start],
                                            [t60].[period_start_seen],
                                            [t60].[placement_start],
                                            [t60].[short_break],
                                            [t60].[previous_placement_start],
                                            [t60].[period_end],
                                            [t60].[_until],
                                            [t11].[month],
                                            [t11].[month_end],
                                            [t11].[month_index]
                                          FROM (
                                            SELECT
                                              [t57].[child_id],
                                              [t57].[start_date],
                                              [t57].[reason_new_episode],
                                              [t57].[legal_status],
                                              [t57].[category_of_need],
                                              [t57].[placement_type],
                                              [t57].[placement_provider],
                                              [t57].[end_date],
                                              [t57].[reason_ceased],
                                              [t57].[reason_place_change],
                                              [t57].[home_postcode],
                                              [t57].[placement_postcode],
                                              [t57].[urn],
                                              [t57].[placed_outside_council],
                                              [t57].[la_code],
                                              [t57].[load_id],
                                              [t57].[period_start],
                                              [t57].[period_start_seen],
                                              [t57].[placement_start],
                                              [t57].[short_break],
                                              [t57].[previous_placement_start],
                                              [t57].[period_end],
                                              COALESCE([t57].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t38].[child_id],
                                                  [t38].[start_date],
                                                  [t38].[reason_new_episode],
                                                  [t38].[legal_status],
                                                  [t38].[category_of_need],
                                                  [t38].[placement_type],
                                                  [t38].[placement_provider],
                                                  [t38].[end_date],
                                                  [t38].[reason_ceased],
                                                  [t38].[reason_place_change],
                                                  [t38].[home_postcode],
                                                  [t38].[placement_postcode],
                                                  [t38].[urn],
                                                  [t38].[placed_outside_council],
                                                  [t38].[la_code],
                                                  [t38].[load_id],
                                                  [t38].[period_start],
                                                  [t38].[period_start_seen],
                                                  [t38].[placement_start],
                                                  [t38].[short_break],
                                                  [t38].[previous_placement_start],
                                                  [t38].[period_end]
                                                FROM [t35] AS [t38]
                                                WHERE
                                                  NOT EXISTS(
                                                    SELECT
                                                      1
                                                    FROM (
                                                      SELECT
                                                        [t39].[la_code],
                                                        [t39].[child_id]
                                                      FROM (
                                                        SELECT
                                                          [t37].[la_code],
                                                          [t37].[child_id],
                                                          COUNT_BIG(*) AS [_records]
                                                        FROM [t35] AS [t37]
                                                        GROUP BY
                                                          [t37].[la_code],
                                                          [t37].[child_id]
                                                      ) AS [t39]
                                                      WHERE
                                                        [t39].[_records] > 1
                                                    ) AS [t42]
                                                    WHERE
                                                      [t38].[la_code] = [t42].[la_code] AND [t38].[child_id] = [t42].[child_id]
                                                  )
                                              ) AS [t44]
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t53].[child_id],
                                                  [t53].[start_date],
                                                  [t53].[reason_new_episode],
                                                  [t53].[legal_status],
                                                  [t53].[category_of_need],
                                                  [t53].[placement_type],
                                                  [t53].[placement_provider],
                                                  [t53].[end_date],
                                                  [t53].[reason_ceased],
                                                  [t53].[reason_place_change],
                                                  [t53].[home_postcode],
                                                  [t53].[placement_postcode],
                                                  [t53].[urn],
                                                  [t53].[placed_outside_council],
                                                  [t53].[la_code],
                                                  [t53].[load_id],
                                                  [t53].[period_start],
                                                  [t53].[period_start_seen],
                                                  [t53].[placement_start],
                                                  [t53].[short_break],
                                                  [t53].[previous_placement_start],
                                                  [t53].[period_end]
                                                FROM [t52] AS [t53]
                                                WHERE
                                                  IIF([t53].[_overlaps] <> 0, 1, 0) = 0
                                              ) AS [t55]
                                            ) AS [t57]
                                            WHERE
                                              [t57].[start_date] IS NOT NULL
                                          ) AS [t60]
                                          INNER JOIN [scorecard_month_spine] AS [t11]
                                            ON [t60].[start_date] <= [t11].[month_end] AND [t60].[_until] > [t11].[month_end]
                                        ) AS [t62]
                                      ) AS [t63]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t65].[child_id],
                                          [t65].[start_date],
                                          [t65].[reason_new_episode],
                                          [t65].[legal_status],
                                          [t65].[category_of_need],
                                          [t65].[placement_type],
                                          [t65].[placement_provider],
                                          [t65].[end_date],
                                          [t65].[reason_ceased],
                                          [t65].[reason_place_change],
                                          [t65].[home_postcode],
                                          [t65].[placement_postcode],
                                          [t65].[urn],
                                          [t65].[placed_outside_council],
                                          [t65].[la_code],
                                          [t65].[load_id],
                                          [t65].[period_start],
                                          [t65].[period_start_seen],
                                          [t65].[placement_start],
                                          [t65].[short_break],
                                          [t65].[previous_placement_start],
                                          [t65].[period_end],
                                          [t65].[month],
                                          [t65].[month_end],
                                          [t65].[month_index]
                                        FROM (
                                          SELECT
                                            [t64].[child_id],
                                            [t64].[start_date],
                                            [t64].[reason_new_episode],
                                            [t64].[legal_status],
                                            [t64].[category_of_need],
                                            [t64].[placement_type],
                                            [t64].[placement_provider],
                                            [t64].[end_date],
                                            [t64].[reason_ceased],
                                            [t64].[reason_place_change],
                                            [t64].[home_postcode],
                                            [t64].[placement_postcode],
                                            [t64].[urn],
                                            [t64].[placed_outside_council],
                                            [t64].[la_code],
                                            [t64].[load_id],
                                            [t64].[period_start],
                                            [t64].[period_start_seen],
                                            [t64].[placement_start],
                                            [t64].[short_break],
                                            [t64].[previous_placement_start],
                                            [t64].[period_end],
                                            [t64].[month],
                                            [t64].[month_end],
                                            [t64].[month_index],
                                            [t64].[_rank]
                                          FROM (
                                            SELECT
                                              [t61].[child_id],
                                              [t61].[start_date],
                                              [t61].[reason_new_episode],
                                              [t61].[legal_status],
                                              [t61].[category_of_need],
                                              [t61].[placement_type],
                                              [t61].[placement_provider],
                                              [t61].[end_date],
                                              [t61].[reason_ceased],
                                              [t61].[reason_place_change],
                                              [t61].[home_postcode],
                                              [t61].[placement_postcode],
                                              [t61].[urn],
                                              [t61].[placed_outside_council],
                                              [t61].[la_code],
                                              [t61].[load_id],
                                              [t61].[period_start],
                                              [t61].[period_start_seen],
                                              [t61].[placement_start],
                                              [t61].[short_break],
                                              [t61].[previous_placement_start],
                                              [t61].[period_end],
                                              [t61].[month],
                                              [t61].[month_end],
                                              [t61].[month_index],
                                              ROW_NUMBER() OVER (
                                                PARTITION BY [t61].[la_code], [t61].[child_id], [t61].[month]
                                                ORDER BY [t61].[start_date] DESC
                                              ) - 1 AS [_rank]
                                            FROM (
                                              SELECT
                                                [t59].[child_id],
                                                [t59].[start_date],
                                                [t59].[reason_new_episode],
                                                [t59].[legal_status],
                                                [t59].[category_of_need],
                                                [t59].[placement_type],
                                                [t59].[placement_provider],
                                                [t59].[end_date],
                                                [t59].[reason_ceased],
                                                [t59].[reason_place_change],
                                                [t59].[home_postcode],
                                                [t59].[placement_postcode],
                                                [t59].[urn],
                                                [t59].[placed_outside_council],
                                                [t59].[la_code],
                                                [t59].[load_id],
                                                [t59].[period_start],
                                                [t59].[period_start_seen],
                                                [t59].[placement_start],
                                                [t59].[short_break],
                                                [t59].[previous_placement_start],
                                                [t59].[period_end],
                                                [t59].[month],
                                                [t59].[month_end],
                                                [t59].[month_index]
                                              FROM (
                                                SELECT
                                                  [t56].[child_id],
                                                  [t56].[start_date],
                                                  [t56].[reason_new_episode],
                                                  [t56].[legal_status],
                                                  [t56].[category_of_need],
                                                  [t56].[placement_type],
                                                  [t56].[placement_provider],
                                                  [t56].[end_date],
                                                  [t56].[reason_ceased],
                                                  [t56].[reason_place_change],
                                                  [t56].[home_postcode],
                                                  [t56].[placement_postcode],
                                                  [t56].[urn],
                                                  [t56].[placed_outside_council],
                                                  [t56].[la_code],
                                                  [t56].[load_id],
                                                  [t56].[period_start],
                                                  [t56].[period_start_seen],
                                                  [t56].[placement_start],
                                                  [t56].[short_break],
                                                  [t56].[previous_placement_start],
                                                  [t56].[period_end],
                                                  [t56].[_until],
                                                  [t11].[month],
                                                  [t11].[month_end],
                                                  [t11].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t53].[child_id],
                                                    [t53].[start_date],
                                                    [t53].[reason_new_episode],
                                                    [t53].[legal_status],
                                                    [t53].[category_of_need],
                                                    [t53].[placement_type],
                                                    [t53].[placement_provider],
                                                    [t53].[end_date],
                                                    [t53].[reason_ceased],
                                                    [t53].[reason_place_change],
                                                    [t53].[home_postcode],
                                                    [t53].[placement_postcode],
                                                    [t53].[urn],
                                                    [t53].[placed_outside_council],
                                                    [t53].[la_code],
                                                    [t53].[load_id],
                                                    [t53].[period_start],
                                                    [t53].[period_start_seen],
                                                    [t53].[placement_start],
                                                    [t53].[short_break],
                                                    [t53].[previous_placement_start],
                                                    [t53].[period_end],
                                                    COALESCE([t53].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                  FROM [t52] AS [t53]
                                                  WHERE
                                                    [t53].[_overlaps] <> 0 AND [t53].[start_date] IS NOT NULL
                                                ) AS [t56]
                                                INNER JOIN [scorecard_month_spine] AS [t11]
                                                  ON [t56].[start_date] <= [t11].[month_end] AND [t56].[_until] > [t11].[month_end]
                                              ) AS [t59]
                                            ) AS [t61]
                                          ) AS [t64]
                                          WHERE
                                            [t64].[_rank] = 0
                                        ) AS [t65]
                                      ) AS [t66]
                                    ) AS [t68]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t28].[la_code],
                                        [t28].[child_id],
                                        [t28].[month],
                                        'UASC' AS [_uasc]
                                      FROM (
                                        SELECT DISTINCT
                                          [t27].[la_code],
                                          [t27].[child_id],
                                          [t27].[month]
                                        FROM (
                                          SELECT
                                            [t25].[child_id],
                                            [t25].[start_date],
                                            [t25].[end_date],
                                            [t25].[la_code],
                                            [t25].[load_id],
                                            [t25].[month],
                                            [t25].[month_end],
                                            [t25].[month_index]
                                          FROM (
                                            SELECT
                                              [t22].[child_id],
                                              [t22].[start_date],
                                              [t22].[end_date],
                                              [t22].[la_code],
                                              [t22].[load_id],
                                              [t22].[_until],
                                              [t11].[month],
                                              [t11].[month_end],
                                              [t11].[month_index]
                                            FROM (
                                              SELECT
                                                [t8].[child_id],
                                                COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                                [t8].[end_date],
                                                [t8].[la_code],
                                                [t8].[load_id],
                                                COALESCE([t8].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [uasc_status] AS [t8]
                                              WHERE
                                                COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                            ) AS [t22]
                                            INNER JOIN [scorecard_month_spine] AS [t11]
                                              ON [t22].[start_date] <= [t11].[month_end] AND [t22].[_until] > [t11].[month_end]
                                          ) AS [t25]
                                        ) AS [t27]
                                      ) AS [t28]
                                    ) AS [t31]
                                      ON [t68].[la_code] = [t31].[la_code]
                                      AND [t68].[child_id] = [t31].[child_id]
                                      AND [t68].[month] = [t31].[month]
                                  ) AS [t69]
                                ) AS [t70]
                              ) AS [t71]
                            ) AS [t72]
                          ) AS [t74]
                          WHERE
                            [t51].[la_code] = [t74].[la_code]
                            AND [t51].[child_id] = [t74].[child_id]
                            AND [t11].[month] = [t74].[month]
                        )
                    ) AS [t80]
                  ) AS [t81]
                ) AS [t82]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t81].[la_code],
                    [t81].[month],
                    IIF(COALESCE([t81].[accommodation_suitable], (1 = 0)), 1.0, 0.0) AS [numerator],
                    1.0 AS [denominator],
                    1 AS [_part],
                    COALESCE(
                      IIF(
                        DATEADD(YEAR, CAST('19' AS BIGINT), [t81].[date_of_birth]) <= [t81].[month_end],
                        '19-21',
                        '17-18'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t80].[la_code],
                      [t80].[child_id],
                      [t80].[date_of_birth],
                      [t80].[qualified_on],
                      [t80].[month],
                      [t80].[month_end],
                      [t80].[month_index],
                      [t80].[contact_date],
                      [t80].[in_touch],
                      [t80].[activity],
                      [t80].[accommodation_suitable]
                    FROM (
                      SELECT
                        [t51].[la_code],
                        [t51].[child_id],
                        [t51].[date_of_birth],
                        [t51].[qualified_on],
                        [t11].[month],
                        [t11].[month_end],
                        [t11].[month_index],
                        [t79].[la_code] AS [la_code_right],
                        [t79].[child_id] AS [child_id_right],
                        [t79].[month] AS [month_right],
                        [t79].[contact_date],
                        [t79].[in_touch],
                        [t79].[activity],
                        [t79].[accommodation_suitable]
                      FROM (
                        SELECT
                          [t48].[la_code],
                          [t48].[child_id],
                          [t48].[date_of_birth],
                          MIN([t48].[end_date]) AS [qualified_on]
                        FROM (
                          SELECT
                            [t46].[child_id],
                            [t46].[start_date],
                            [t46].[reason_new_episode],
                            [t46].[legal_status],
                            [t46].[category_of_need],
                            [t46].[placement_type],
                            [t46].[placement_provider],
                            [t46].[end_date],
                            [t46].[reason_ceased],
                            [t46].[reason_place_change],
                            [t46].[home_postcode],
                            [t46].[placement_postcode],
                            [t46].[urn],
                            [t46].[placed_outside_council],
                            [t46].[la_code],
                            [t46].[load_id],
                            [t46].[period_start],
                            [t46].[period_start_seen],
                            [t46].[placement_start],
                            [t46].[short_break],
                            [t46].[previous_placement_start],
                            [t46].[period_end],
                            [t46].[date_of_birth],
                            [t46].[_days],
                            [t46].[_total]
                          FROM (
                            SELECT
                              [t43].[child_id],
                              [t43].[start_date],
                              [t43].[reason_new_episode],
                              [t43].[legal_status],
                              [t43].[category_of_need],
                              [t43].[placement_type],
                              [t43].[placement_provider],
                              [t43].[end_date],
                              [t43].[reason_ceased],
                              [t43].[reason_place_change],
                              [t43].[home_postcode],
                              [t43].[placement_postcode],
                              [t43].[urn],
                              [t43].[placed_outside_council],
                              [t43].[la_code],
                              [t43].[load_id],
                              [t43].[period_start],
                              [t43].[period_start_seen],
                              [t43].[placement_start],
                              [t43].[short_break],
                              [t43].[previous_placement_start],
                              [t43].[period_end],
                              [t43].[date_of_birth],
                              [t43].[_days],
                              SUM([t43].[_days]) OVER (
                                PARTITION BY [t43].[la_code], [t43].[child_id]
                                ORDER BY CASE WHEN [t43].[start_date] IS NULL THEN 1 ELSE 0 END, [t43].[start_date] ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS [_total]
                            FROM (
                              SELECT
                                [t40].[child_id],
                                [t40].[start_date],
                                [t40].[reason_new_episode],
                                [t40].[legal_status],
                                [t40].[category_of_need],
                                [t40].[placement_type],
                                [t40].[placement_provider],
                                [t40].[end_date],
                                [t40].[reason_ceased],
                                [t40].[reason_place_change],
                                [t40].[home_postcode],
                                [t40].[placement_postcode],
                                [t40].[urn],
                                [t40].[placed_outside_council],
                                [t40].[la_code],
                                [t40].[load_id],
                                [t40].[period_start],
                                [t40].[period_start_seen],
                                [t40].[placement_start],
                                [t40].[short_break],
                                [t40].[previous_placement_start],
                                [t40].[period_end],
                                [t40].[date_of_birth],
                                GREATEST(
                                  DATEDIFF(
                                    DAY,
                                    CAST(GREATEST([t40].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t40].[date_of_birth])) AS DATETIME2),
                                    CAST([t40].[end_date] AS DATETIME2)
                                  ),
                                  0
                                ) AS [_days]
                              FROM (
                                SELECT
                                  [t36].[child_id],
                                  [t36].[start_date],
                                  [t36].[reason_new_episode],
                                  [t36].[legal_status],
                                  [t36].[category_of_need],
                                  [t36].[placement_type],
                                  [t36].[placement_provider],
                                  [t36].[end_date],
                                  [t36].[reason_ceased],
                                  [t36].[reason_place_change],
                                  [t36].[home_postcode],
                                  [t36].[placement_postcode],
                                  [t36].[urn],
                                  [t36].[placed_outside_council],
                                  [t36].[la_code],
                                  [t36].[load_id],
                                  [t36].[period_start],
                                  [t36].[period_start_seen],
                                  [t36].[placement_start],
                                  [t36].[short_break],
                                  [t36].[previous_placement_start],
                                  [t36].[period_end],
                                  [t19].[date_of_birth]
                                FROM (
                                  SELECT
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[reason_new_episode],
                                    [t33].[legal_status],
                                    [t33].[category_of_need],
                                    [t33].[placement_type],
                                    [t33].[placement_provider],
                                    [t33].[end_date],
                                    [t33].[reason_ceased],
                                    [t33].[reason_place_change],
                                    [t33].[home_postcode],
                                    [t33].[placement_postcode],
                                    [t33].[urn],
                                    [t33].[placed_outside_council],
                                    [t33].[la_code],
                                    [t33].[load_id],
                                    [t33].[period_start],
                                    [t33].[period_start_seen],
                                    [t33].[placement_start],
                                    [t33].[short_break],
                                    [t33].[previous_placement_start],
                                    [t33].[period_end]
                                  FROM (
                                    SELECT
                                      [t32].[child_id],
                                      [t32].[start_date],
                                      [t32].[reason_new_episode],
                                      [t32].[legal_status],
                                      [t32].[category_of_need],
                                      [t32].[placement_type],
                                      [t32].[placement_provider],
                                      [t32].[end_date],
                                      [t32].[reason_ceased],
                                      [t32].[reason_place_change],
                                      [t32].[home_postcode],
                                      [t32].[placement_postcode],
                                      [t32].[urn],
                                      [t32].[placed_outside_council],
                                      [t32].[la_code],
                                      [t32].[load_id],
                                      [t32].[period_start],
                                      [t32].[period_start_seen],
                                      [t32].[placement_start],
                                      [t32].[short_break],
                                      [t32].[previous_placement_start],
                                      [t32].[period_end]
                                    FROM (
                                      SELECT
                                        [t30].[child_id],
                                        [t30].[start_date],
                                        [t30].[reason_new_episode],
                                        [t30].[legal_status],
                                        [t30].[category_of_need],
                                        [t30].[placement_type],
                                        [t30].[placement_provider],
                                        [t30].[end_date],
                                        [t30].[reason_ceased],
                                        [t30].[reason_place_change],
                                        [t30].[home_postcode],
                                        [t30].[placement_postcode],
                                        [t30].[urn],
                                        [t30].[placed_outside_council],
                                        [t30].[la_code],
                                        [t30].[load_id],
                                        [t30].[period_start],
                                        [t30].[period_start_seen],
                                        [t30].[placement_start],
                                        [t30].[_move],
                                        [t30].[short_break],
                                        [t30].[_previous],
                                        MAX([t30].[_previous]) OVER (
                                          PARTITION BY [t30].[la_code], [t30].[child_id]
                                          ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS [previous_placement_start],
                                        IIF(
                                          MAX(IIF([t30].[end_date] IS NULL, 1, 0)) OVER (
                                            PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                            ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ),
                                          CAST(NULL AS DATE),
                                          MAX([t30].[end_date]) OVER (
                                            PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                            ORDER BY CASE WHEN [t30].[end_date] IS NULL THEN 1 ELSE 0 END, [t30].[end_date] ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          )
                                        ) AS [period_end]
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
                                          IIF(
                                            [t26].[_move] IS NOT NULL,
                                            LAG([t26].[placement_start]) OVER (
                                              PARTITION BY [t26].[la_code], [t26].[child_id]
                                              ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                            ),
                                            CAST(NULL AS DATE)
                                          ) AS [_previous]
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
                                            COALESCE(
                                              MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ),
                                              MIN([t20].[start_date]) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              )
                                            ) AS [period_start],
                                            MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                              PARTITION BY [t20].[la_code], [t20].[child_id]
                                              ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) IS NOT NULL AS [period_start_seen],
                                            COALESCE(
                                              MAX(
                                                IIF(
                                                  [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                  [t20].[start_date],
                                                  CAST(NULL AS DATE)
                                                )
                                              ) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ),
                                              MIN([t20].[start_date]) OVER (
                                                PARTITION BY [t20].[la_code], [t20].[child_id]
                                                ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              )
                                            ) AS [placement_start],
                                            IIF(
                                              [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                              [t20].[start_date],
                                              CAST(NULL AS DATE)
                                            ) AS [_move],
                                            [t20].[legal_status] IN ('V3', 'V4') AS [short_break]
                                          FROM (
                                            SELECT
                                              [t7].[child_id],
                                              [t7].[start_date],
                                              [t7].[reason_new_episode],
                                              [t7].[legal_status],
                                              [t7].[category_of_need],
                                              [t7].[placement_type],
                                              [t7].[placement_provider],
                                              [t7].[end_date],
                                              [t7].[reason_ceased],
                                              [t7].[reason_place_change],
                                              [t7].[home_postcode],
                                              [t7].[placement_postcode],
                                              [t7].[urn],
                                              [t7].[placed_outside_council],
                                              [t7].[la_code],
                                              [t7].[load_id]
                                            FROM [looked_after_episode] AS [t7]
                                            WHERE
                                              [t7].[start_date] IS NOT NULL
                                          ) AS [t20]
                                        ) AS [t26]
                                      ) AS [t30]
                                    ) AS [t32]
                                  ) AS [t33]
                                  WHERE
                                    IIF([t33].[short_break] <> 0, 1, 0) = 0 AND [t33].[end_date] IS NOT NULL
                                ) AS [t36]
                                INNER JOIN (
                                  SELECT
                                    [t6].[la_code],
                                    [t6].[child_id],
                                    [t6].[date_of_birth]
                                  FROM [person] AS [t6]
                                ) AS [t19]
                                  ON [t36].[la_code] = [t19].[la_code] AND [t36].[child_id] = [t19].[child_id]
                              ) AS [t40]
                            ) AS [t43]
                          ) AS [t46]
                          WHERE
                            [t46].[_total] >= 91
                            AND [t46].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t46].[date_of_birth])
                            AND [t46].[reason_ceased] <> 'X1'
                        ) AS [t48]
                        GROUP BY
                          [t48].[la_code],
                          [t48].[child_id],
                          [t48].[date_of_birth]
                      ) AS [t51]
                      INNER JOIN [scorecard_month_spine] AS [t11]
                        ON [t51].[qualified_on] <= [t11].[month_end]
                        AND DATEADD(YEAR, CAST('17' AS BIGINT), [t51].[date_of_birth]) <= [t11].[month_end]
                        AND DATEADD(YEAR, CAST('22' AS BIGINT), [t51].[date_of_birth]) > [t11].[month_end]
                      LEFT OUTER JOIN (
                        SELECT
                          [t77].[la_code],
                          [t77].[child_id],
                          [t77].[month],
                          [t77].[contact_date],
                          [t77].[in_touch],
                          [t77].[activity],
                          [t77].[accommodation_suitable]
                        FROM (
                          SELECT
                            [t76].[la_code],
                            [t76].[child_id],
                            [t76].[month],
                            [t76].[contact_date],
                            [t76].[in_touch],
                            [t76].[activity],
                            [t76].[accommodation_suitable],
                            [t76].[_rank]
                          FROM (
                            SELECT
                              [t75].[la_code],
                              [t75].[child_id],
                              [t75].[month],
                              [t75].[contact_date],
                              [t75].[in_touch],
                              [t75].[activity],
                              [t75].[accommodation_suitable],
                              ROW_NUMBER() OVER (
                                PARTITION BY [t75].[la_code], [t75].[child_id], [t75].[month]
                                ORDER BY [t75].[contact_date] DESC
                              ) - 1 AS [_rank]
                            FROM (
                              SELECT
                                [t51].[la_code],
                                [t51].[child_id],
                                [t11].[month],
                                [t14].[contact_date],
                                [t14].[in_touch],
                                [t14].[activity],
                                [t14].[accommodation_suitable]
                              FROM (
                                SELECT
                                  [t48].[la_code],
                                  [t48].[child_id],
                                  [t48].[date_of_birth],
                                  MIN([t48].[end_date]) AS [qualified_on]
                                FROM (
                                  SELECT
                                    [t46].[child_id],
                                    [t46].[start_date],
                                    [t46].[reason_new_episode],
                                    [t46].[legal_status],
                                    [t46].[category_of_need],
                                    [t46].[placement_type],
                                    [t46].[placement_provider],
                                    [t46].[end_date],
                                    [t46].[reason_ceased],
                                    [t46].[reason_place_change],
                                    [t46].[home_postcode],
                                    [t46].[placement_postcode],
                                    [t46].[urn],
                                    [t46].[placed_outside_council],
                                    [t46].[la_code],
                                    [t46].[load_id],
                                    [t46].[period_start],
                                    [t46].[period_start_seen],
                                    [t46].[placement_start],
                                    [t46].[short_break],
                                    [t46].[previous_placement_start],
                                    [t46].[period_end],
                                    [t46].[date_of_birth],
                                    [t46].[_days],
                                    [t46].[_total]
                                  FROM (
                                    SELECT
                                      [t43].[child_id],
                                      [t43].[start_date],
                                      [t43].[reason_new_episode],
                                      [t43].[legal_status],
                                      [t43].[category_of_need],
                                      [t43].[placement_type],
                                      [t43].[placement_provider],
                                      [t43].[end_date],
                                      [t43].[reason_ceased],
                                      [t43].[reason_place_change],
                                      [t43].[home_postcode],
                                      [t43].[placement_postcode],
                                      [t43].[urn],
                                      [t43].[placed_outside_council],
                                      [t43].[la_code],
                                      [t43].[load_id],
                                      [t43].[period_start],
                                      [t43].[period_start_seen],
                                      [t43].[placement_start],
                                      [t43].[short_break],
                                      [t43].[previous_placement_start],
                                      [t43].[period_end],
                                      [t43].[date_of_birth],
                                      [t43].[_days],
                                      SUM([t43].[_days]) OVER (
                                        PARTITION BY [t43].[la_code], [t43].[child_id]
                                        ORDER BY CASE WHEN [t43].[start_date] IS NULL THEN 1 ELSE 0 END, [t43].[start_date] ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS [_total]
                                    FROM (
                                      SELECT
                                        [t40].[child_id],
                                        [t40].[start_date],
                                        [t40].[reason_new_episode],
                                        [t40].[legal_status],
                                        [t40].[category_of_need],
                                        [t40].[placement_type],
                                        [t40].[placement_provider],
                                        [t40].[end_date],
                                        [t40].[reason_ceased],
                                        [t40].[reason_place_change],
                                        [t40].[home_postcode],
                                        [t40].[placement_postcode],
                                        [t40].[urn],
                                        [t40].[placed_outside_council],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[period_start],
                                        [t40].[period_start_seen],
                                        [t40].[placement_start],
                                        [t40].[short_break],
                                        [t40].[previous_placement_start],
                                        [t40].[period_end],
                                        [t40].[date_of_birth],
                                        GREATEST(
                                          DATEDIFF(
                                            DAY,
                                            CAST(GREATEST([t40].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t40].[date_of_birth])) AS DATETIME2),
                                            CAST([t40].[end_date] AS DATETIME2)
                                          ),
                                          0
                                        ) AS [_days]
                                      FROM (
                                        SELECT
                                          [t36].[child_id],
                                          [t36].[start_date],
                                          [t36].[reason_new_episode],
                                          [t36].[legal_status],
                                          [t36].[category_of_need],
                                          [t36].[placement_type],
                                          [t36].[placement_provider],
                                          [t36].[end_date],
                                          [t36].[reason_ceased],
                                          [t36].[reason_place_change],
                                          [t36].[home_postcode],
                                          [t36].[placement_postcode],
                                          [t36].[urn],
                                          [t36].[placed_outside_council],
                                          [t36].[la_code],
                                          [t36].[load_id],
                                          [t36].[period_start],
                                          [t36].[period_start_seen],
                                          [t36].[placement_start],
                                          [t36].[short_break],
                                          [t36].[previous_placement_start],
                                          [t36].[period_end],
                                          [t19].[date_of_birth]
                                        FROM (
                                          SELECT
                                            [t33].[child_id],
                                            [t33].[start_date],
                                            [t33].[reason_new_episode],
                                            [t33].[legal_status],
                                            [t33].[category_of_need],
                                            [t33].[placement_type],
                                            [t33].[placement_provider],
                                            [t33].[end_date],
                                            [t33].[reason_ceased],
                                            [t33].[reason_place_change],
                                            [t33].[home_postcode],
                                            [t33].[placement_postcode],
                                            [t33].[urn],
                                            [t33].[placed_outside_council],
                                            [t33].[la_code],
                                            [t33].[load_id],
                                            [t33].[period_start],
                                            [t33].[period_start_seen],
                                            [t33].[placement_start],
                                            [t33].[short_break],
                                            [t33].[previous_placement_start],
                                            [t33].[period_end]
                                          FROM (
                                            SELECT
                                              [t32].[child_id],
                                              [t32].[start_date],
                                              [t32].[reason_new_episode],
                                              [t32].[legal_status],
                                              [t32].[category_of_need],
                                              [t32].[placement_type],
                                              [t32].[placement_provider],
                                              [t32].[end_date],
                                              [t32].[reason_ceased],
                                              [t32].[reason_place_change],
                                              [t32].[home_postcode],
                                              [t32].[placement_postcode],
                                              [t32].[urn],
                                              [t32].[placed_outside_council],
                                              [t32].[la_code],
                                              [t32].[load_id],
                                              [t32].[period_start],
                                              [t32].[period_start_seen],
                                              [t32].[placement_start],
                                              [t32].[short_break],
                                              [t32].[previous_placement_start],
                                              [t32].[period_end]
                                            FROM (
                                              SELECT
                                                [t30].[child_id],
                                                [t30].[start_date],
                                                [t30].[reason_new_episode],
                                                [t30].[legal_status],
                                                [t30].[category_of_need],
                                                [t30].[placement_type],
                                                [t30].[placement_provider],
                                                [t30].[end_date],
                                                [t30].[reason_ceased],
                                                [t30].[reason_place_change],
                                                [t30].[home_postcode],
                                                [t30].[placement_postcode],
                                                [t30].[urn],
                                                [t30].[placed_outside_council],
                                                [t30].[la_code],
                                                [t30].[load_id],
                                                [t30].[period_start],
                                                [t30].[period_start_seen],
                                                [t30].[placement_start],
                                                [t30].[_move],
                                                [t30].[short_break],
                                                [t30].[_previous],
                                                MAX([t30].[_previous]) OVER (
                                                  PARTITION BY [t30].[la_code], [t30].[child_id]
                                                  ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS [previous_placement_start],
                                                IIF(
                                                  MAX(IIF([t30].[end_date] IS NULL, 1, 0)) OVER (
                                                    PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                                    ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ),
                                                  CAST(NULL AS DATE),
                                                  MAX([t30].[end_date]) OVER (
                                                    PARTITION BY [t30].[la_code], [t30].[child_id], [t30].[period_start]
                                                    ORDER BY CASE WHEN [t30].[end_date] IS NULL THEN 1 ELSE 0 END, [t30].[end_date] ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  )
                                                ) AS [period_end]
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
                                                  IIF(
                                                    [t26].[_move] IS NOT NULL,
                                                    LAG([t26].[placement_start]) OVER (
                                                      PARTITION BY [t26].[la_code], [t26].[child_id]
                                                      ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
                                                    ),
                                                    CAST(NULL AS DATE)
                                                  ) AS [_previous]
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
                                                    COALESCE(
                                                      MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ),
                                                      MIN([t20].[start_date]) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      )
                                                    ) AS [period_start],
                                                    MAX(IIF([t20].[reason_new_episode] = 'S', [t20].[start_date], CAST(NULL AS DATE))) OVER (
                                                      PARTITION BY [t20].[la_code], [t20].[child_id]
                                                      ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) IS NOT NULL AS [period_start_seen],
                                                    COALESCE(
                                                      MAX(
                                                        IIF(
                                                          [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                          [t20].[start_date],
                                                          CAST(NULL AS DATE)
                                                        )
                                                      ) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ),
                                                      MIN([t20].[start_date]) OVER (
                                                        PARTITION BY [t20].[la_code], [t20].[child_id]
                                                        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      )
                                                    ) AS [placement_start],
                                                    IIF(
                                                      [t20].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                      [t20].[start_date],
                                                      CAST(NULL AS DATE)
                                                    ) AS [_move],
                                                    [t20].[legal_status] IN ('V3', 'V4') AS [short_break]
                                                  FROM (
                                                    SELECT
                                                      [t7].[child_id],
                                                      [t7].[start_date],
                                                      [t7].[reason_new_episode],
                                                      [t7].[legal_status],
                                                      [t7].[category_of_need],
                                                      [t7].[placement_type],
                                                      [t7].[placement_provider],
                                                      [t7].[end_date],
                                                      [t7].[reason_ceased],
                                                      [t7].[reason_place_change],
                                                      [t7].[home_postcode],
                                                      [t7].[placement_postcode],
                                                      [t7].[urn],
                                                      [t7].[placed_outside_council],
                                                      [t7].[la_code],
                                                      [t7].[load_id]
                                                    FROM [looked_after_episode] AS [t7]
                                                    WHERE
                                                      [t7].[start_date] IS NOT NULL
                                                  ) AS [t20]
                                                ) AS [t26]
                                              ) AS [t30]
                                            ) AS [t32]
                                          ) AS [t33]
                                          WHERE
                                            IIF([t33].[short_break] <> 0, 1, 0) = 0 AND [t33].[end_date] IS NOT NULL
                                        ) AS [t36]
                                        INNER JOIN (
                                          SELECT
                                            [t6].[la_code],
                                            [t6].[child_id],
                                            [t6].[date_of_birth]
                                          FROM [person] AS [t6]
                                        ) AS [t19]
                                          ON [t36].[la_code] = [t19].[la_code] AND [t36].[child_id] = [t19].[child_id]
                                      ) AS [t40]
                                    ) AS [t43]
                                  ) AS [t46]
                                  WHERE
                                    [t46].[_total] >= 91
                                    AND [t46].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t46].[date_of_birth])
                                    AND [t46].[reason_ceased] <> 'X1'
                                ) AS [t48]
                                GROUP BY
                                  [t48].[la_code],
                                  [t48].[child_id],
                                  [t48].[date_of_birth]
                              ) AS [t51]
                              INNER JOIN [scorecard_month_spine] AS [t11]
                                ON [t51].[qualified_on] <= [t11].[month_end]
                                AND DATEADD(YEAR, CAST('17' AS BIGINT), [t51].[date_of_birth]) <= [t11].[month_end]
                                AND DATEADD(YEAR, CAST('22' AS BIGINT), [t51].[date_of_birth]) > [t11].[month_end]
                              INNER JOIN [care_leaver] AS [t14]
                                ON [t51].[la_code] = [t14].[la_code]
                                AND [t51].[child_id] = [t14].[child_id]
                                AND [t14].[contact_date] <= [t11].[month_end]
                              WHERE
                                NOT EXISTS(
                                  SELECT
                                    1
                                  FROM (
                                    SELECT
                                      [t72].[la_code],
                                      [t72].[child_id],
                                      [t72].[month]
                                    FROM (
                                      SELECT
                                        [t71].[child_id],
                                        [t71].[start_date],
                                        [t71].[reason_new_episode],
                                        [t71].[legal_status],
                                        [t71].[category_of_need],
                                        [t71].[placement_type],
                                        [t71].[placement_provider],
                                        [t71].[end_date],
                                        [t71].[reason_ceased],
                                        [t71].[reason_place_change],
                                        [t71].[home_postcode],
                                        [t71].[placement_postcode],
                                        [t71].[urn],
                                        [t71].[placed_outside_council],
                                        [t71].[la_code],
                                        [t71].[load_id],
                                        [t71].[period_start],
                                        [t71].[period_start_seen],
                                        [t71].[placement_start],
                                        [t71].[short_break],
                                        [t71].[previous_placement_start],
                                        [t71].[period_end],
                                        [t71].[month],
                                        [t71].[month_end],
                                        [t71].[month_index],
                                        [t71].[uasc]
                                      FROM (
                                        SELECT
                                          [t70].[child_id],
                                          [t70].[start_date],
                                          [t70].[reason_new_episode],
                                          [t70].[legal_status],
                                          [t70].[category_of_need],
                                          [t70].[placement_type],
                                          [t70].[placement_provider],
                                          [t70].[end_date],
                                          [t70].[reason_ceased],
                                          [t70].[reason_place_change],
                                          [t70].[home_postcode],
                                          [t70].[placement_postcode],
                                          [t70].[urn],
                                          [t70].[placed_outside_council],
                                          [t70].[la_code],
                                          [t70].[load_id],
                                          [t70].[period_start],
                                          [t70].[period_start_seen],
                                          [t70].[placement_start],
                                          [t70].[short_break],
                                          [t70].[previous_placement_start],
                                          [t70].[period_end],
                                          [t70].[month],
                                          [t70].[month_end],
                                          [t70].[month_index],
                                          [t70].[_uasc],
                                          COALESCE([t70].[_uasc], 'Not UASC') AS [uasc]
                                        FROM (
                                          SELECT
                                            [t69].[child_id],
                                            [t69].[start_date],
                                            [t69].[reason_new_episode],
                                            [t69].[legal_status],
                                            [t69].[category_of_need],
                                            [t69].[placement_type],
                                            [t69].[placement_provider],
                                            [t69].[end_date],
                                            [t69].[reason_ceased],
                                            [t69].[reason_place_change],
                                            [t69].[home_postcode],
                                            [t69].[placement_postcode],
                                            [t69].[urn],
                                            [t69].[placed_outside_council],
                                            [t69].[la_code],
                                            [t69].[load_id],
                                            [t69].[period_start],
                                            [t69].[period_start_seen],
                                            [t69].[placement_start],
                                            [t69].[short_break],
                                            [t69].[previous_placement_start],
                                            [t69].[period_end],
                                            [t69].[month],
                                            [t69].[month_end],
                                            [t69].[month_index],
                                            [t69].[_uasc]
                                          FROM (
                                            SELECT
                                              [t68].[child_id],
                                              [t68].[start_date],
                                              [t68].[reason_new_episode],
                                              [t68].[legal_status],
                                              [t68].[category_of_need],
                                              [t68].[placement_type],
                                              [t68].[placement_provider],
                                              [t68].[end_date],
                                              [t68].[reason_ceased],
                                              [t68].[reason_place_change],
                                              [t68].[home_postcode],
                                              [t68].[placement_postcode],
                                              [t68].[urn],
                                              [t68].[placed_outside_council],
                                              [t68].[la_code],
                                              [t68].[load_id],
                                              [t68].[period_start],
                                              [t68].[period_start_seen],
                                              [t68].[placement_start],
                                              [t68].[short_break],
                                              [t68].[previous_placement_start],
                                              [t68].[period_end],
                                              [t68].[month],
                                              [t68].[month_end],
                                              [t68].[month_index],
                                              [t31].[la_code] AS [la_code_right],
                                              [t31].[child_id] AS [child_id_right],
                                              [t31].[month] AS [month_right],
                                              [t31].[_uasc]
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t62].[child_id],
                                                  [t62].[start_date],
                                                  [t62].[reason_new_episode],
                                                  [t62].[legal_status],
                                                  [t62].[category_of_need],
                                                  [t62].[placement_type],
                                                  [t62].[placement_provider],
                                                  [t62].[end_date],
                                                  [t62].[reason_ceased],
                                                  [t62].[reason_place_change],
                                                  [t62].[home_postcode],
                                                  [t62].[placement_postcode],
                                                  [t62].[urn],
                                                  [t62].[placed_outside_council],
                                                  [t62].[la_code],
                                                  [t62].[load_id],
                                                  [t62].[period_start],
                                                  [t62].[period_start_seen],
                                                  [t62].[placement_start],
                                                  [t62].[short_break],
                                                  [t62].[previous_placement_start],
                                                  [t62].[period_end],
                                                  [t62].[month],
                                                  [t62].[month_end],
                                                  [t62].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t60].[child_id],
                                                    [t60].[start_date],
                                                    [t60].[reason_new_episode],
                                                    [t60].[legal_status],
                                                    [t60].[category_of_need],
                                                    [t60].[placement_type],
                                                    [t60].[placement_provider],
                                                    [t60].[end_date],
                                                    [t60].[reason_ceased],
                                                    [t60].[reason_place_change],
                                                    [t60].[home_postcode],
                                                    [t60].[placement_postcode],
                                                    [t60].[urn],
                                                    [t60].[placed_outside_council],
                                                    [t60].[la_code],
                                                    [t60].[load_id],
                                                    [t60].[period_start],
                                                    [t60].[period_start_seen],
                                                    [t60].[placement_start],
                                                    [t60].[short_break],
                                                    [t60].[previous_placement_start],
                                                    [t60].[period_end],
                                                    [t60].[_until],
                                                    [t11].[month],
                                                    [t11].[month_end],
                                                    [t11].[month_index]
                                                  FROM (
                                                    SELECT
                                                      [t57].[child_id],
                                                      [t57].[start_date],
                                                      [t57].[reason_new_episode],
                                                      [t57].[legal_status],
                                                      [t57].[category_of_need],
                                                      [t57].[placement_type],
                                                      [t57].[placement_provider],
                                                      [t57].[end_date],
                                                      [t57].[reason_ceased],
                                                      [t57].[reason_place_change],
                                                      [t57].[home_postcode],
                                                      [t57].[placement_postcode],
                                                      [t57].[urn],
                                                      [t57].[placed_outside_council],
                                                      [t57].[la_code],
                                                      [t57].[load_id],
                                                      [t57].[period_start],
                                                      [t57].[period_start_seen],
                                                      [t57].[placement_start],
                                                      [t57].[short_break],
                                                      [t57].[previous_placement_start],
                                                      [t57].[period_end],
                                                      COALESCE([t57].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          [t38].[child_id],
                                                          [t38].[start_date],
                                                          [t38].[reason_new_episode],
                                                          [t38].[legal_status],
                                                          [t38].[category_of_need],
                                                          [t38].[placement_type],
                                                          [t38].[placement_provider],
                                                          [t38].[end_date],
                                                          [t38].[reason_ceased],
                                                          [t38].[reason_place_change],
                                                          [t38].[home_postcode],
                                                          [t38].[placement_postcode],
                                                          [t38].[urn],
                                                          [t38].[placed_outside_council],
                                                          [t38].[la_code],
                                                          [t38].[load_id],
                                                          [t38].[period_start],
                                                          [t38].[period_start_seen],
                                                          [t38].[placement_start],
                                                          [t38].[short_break],
                                                          [t38].[previous_placement_start],
                                                          [t38].[period_end]
                                                        FROM [t35] AS [t38]
                                                        WHERE
                                                          NOT EXISTS(
                                                            SELECT
                                                              1
                                                            FROM (
                                                              SELECT
                                                                [t39].[la_code],
                                                                [t39].[child_id]
                                                              FROM (
                                                                SELECT
                                                                  [t37].[la_code],
                                                                  [t37].[child_id],
                                                                  COUNT_BIG(*) AS [_records]
                                                                FROM [t35] AS [t37]
                                                                GROUP BY
                                                                  [t37].[la_code],
                                                                  [t37].[child_id]
                                                              ) AS [t39]
                                                              WHERE
                                                                [t39].[_records] > 1
                                                            ) AS [t42]
                                                            WHERE
                                                              [t38].[la_code] = [t42].[la_code] AND [t38].[child_id] = [t42].[child_id]
                                                          )
                                                      ) AS [t44]
                                                      UNION ALL
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          [t53].[child_id],
                                                          [t53].[start_date],
                                                          [t53].[reason_new_episode],
                                                          [t53].[legal_status],
                                                          [t53].[category_of_need],
                                                          [t53].[placement_type],
                                                          [t53].[placement_provider],
                                                          [t53].[end_date],
                                                          [t53].[reason_ceased],
                                                          [t53].[reason_place_change],
                                                          [t53].[home_postcode],
                                                          [t53].[placement_postcode],
                                                          [t53].[urn],
                                                          [t53].[placed_outside_council],
                                                          [t53].[la_code],
                                                          [t53].[load_id],
                                                          [t53].[period_start],
                                                          [t53].[period_start_seen],
                                                          [t53].[placement_start],
                                                          [t53].[short_break],
                                                          [t53].[previous_placement_start],
                                                          [t53].[period_end]
                                                        FROM [t52] AS [t53]
                                                        WHERE
                                                          IIF([t53].[_overlaps] <> 0, 1, 0) = 0
                                                      ) AS [t55]
                                                    ) AS [t57]
                                                    WHERE
                                                      [t57].[start_date] IS NOT NULL
                                                  ) AS [t60]
                                                  INNER JOIN [scorecard_month_spine] AS [t11]
                                                    ON [t60].[start_date] <= [t11].[month_end] AND [t60].[_until] > [t11].[month_end]
                                                ) AS [t62]
                                              ) AS [t63]
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t65].[child_id],
                                                  [t65].[start_date],
                                                  [t65].[reason_new_episode],
                                                  [t65].[legal_status],
                                                  [t65].[category_of_need],
                                                  [t65].[placement_type],
                                                  [t65].[placement_provider],
                                                  [t65].[end_date],
                                                  [t65].[reason_ceased],
                                                  [t65].[reason_place_change],
                                                  [t65].[home_postcode],
                                                  [t65].[placement_postcode],
                                                  [t65].[urn],
                                                  [t65].[placed_outside_council],
                                                  [t65].[la_code],
                                                  [t65].[load_id],
                                                  [t65].[period_start],
                                                  [t65].[period_start_seen],
                                                  [t65].[placement_start],
                                                  [t65].[short_break],
                                                  [t65].[previous_placement_start],
                                                  [t65].[period_end],
                                                  [t65].[month],
                                                  [t65].[month_end],
                                                  [t65].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t64].[child_id],
                                                    [t64].[start_date],
                                                    [t64].[reason_new_episode],
                                                    [t64].[legal_status],
                                                    [t64].[category_of_need],
                                                    [t64].[placement_type],
                                                    [t64].[placement_provider],
                                                    [t64].[end_date],
                                                    [t64].[reason_ceased],
                                                    [t64].[reason_place_change],
                                                    [t64].[home_postcode],
                                                    [t64].[placement_postcode],
                                                    [t64].[urn],
                                                    [t64].[placed_outside_council],
                                                    [t64].[la_code],
                                                    [t64].[load_id],
                                                    [t64].[period_start],
                                                    [t64].[period_start_seen],
                                                    [t64].[placement_start],
                                                    [t64].[short_break],
                                                    [t64].[previous_placement_start],
                                                    [t64].[period_end],
                                                    [t64].[month],
                                                    [t64].[month_end],
                                                    [t64].[month_index],
                                                    [t64].[_rank]
                                                  FROM (
                                                    SELECT
                                                      [t61].[child_id],
                                                      [t61].[start_date],
                                                      [t61].[reason_new_episode],
                                                      [t61].[legal_status],
                                                      [t61].[category_of_need],
                                                      [t61].[placement_type],
                                                      [t61].[placement_provider],
                                                      [t61].[end_date],
                                                      [t61].[reason_ceased],
                                                      [t61].[reason_place_change],
                                                      [t61].[home_postcode],
                                                      [t61].[placement_postcode],
                                                      [t61].[urn],
                                                      [t61].[placed_outside_council],
                                                      [t61].[la_code],
                                                      [t61].[load_id],
                                                      [t61].[period_start],
                                                      [t61].[period_start_seen],
                                                      [t61].[placement_start],
                                                      [t61].[short_break],
                                                      [t61].[previous_placement_start],
                                                      [t61].[period_end],
                                                      [t61].[month],
                                                      [t61].[month_end],
                                                      [t61].[month_index],
                                                      ROW_NUMBER() OVER (
                                                        PARTITION BY [t61].[la_code], [t61].[child_id], [t61].[month]
                                                        ORDER BY [t61].[start_date] DESC
                                                      ) - 1 AS [_rank]
                                                    FROM (
                                                      SELECT
                                                        [t59].[child_id],
                                                        [t59].[start_date],
                                                        [t59].[reason_new_episode],
                                                        [t59].[legal_status],
                                                        [t59].[category_of_need],
                                                        [t59].[placement_type],
                                                        [t59].[placement_provider],
                                                        [t59].[end_date],
                                                        [t59].[reason_ceased],
                                                        [t59].[reason_place_change],
                                                        [t59].[home_postcode],
                                                        [t59].[placement_postcode],
                                                        [t59].[urn],
                                                        [t59].[placed_outside_council],
                                                        [t59].[la_code],
                                                        [t59].[load_id],
                                                        [t59].[period_start],
                                                        [t59].[period_start_seen],
                                                        [t59].[placement_start],
                                                        [t59].[short_break],
                                                        [t59].[previous_placement_start],
                                                        [t59].[period_end],
                                                        [t59].[month],
                                                        [t59].[month_end],
                                                        [t59].[month_index]
                                                      FROM (
                                                        SELECT
                                                          [t56].[child_id],
                                                          [t56].[start_date],
                                                          [t56].[reason_new_episode],
                                                          [t56].[legal_status],
                                                          [t56].[category_of_need],
                                                          [t56].[placement_type],
                                                          [t56].[placement_provider],
                                                          [t56].[end_date],
                                                          [t56].[reason_ceased],
                                                          [t56].[reason_place_change],
                                                          [t56].[home_postcode],
                                                          [t56].[placement_postcode],
                                                          [t56].[urn],
                                                          [t56].[placed_outside_council],
                                                          [t56].[la_code],
                                                          [t56].[load_id],
                                                          [t56].[period_start],
                                                          [t56].[period_start_seen],
                                                          [t56].[placement_start],
                                                          [t56].[short_break],
                                                          [t56].[previous_placement_start],
                                                          [t56].[period_end],
                                                          [t56].[_until],
                                                          [t11].[month],
                                                          [t11].[month_end],
                                                          [t11].[month_index]
                                                        FROM (
                                                          SELECT
                                                            [t53].[child_id],
                                                            [t53].[start_date],
                                                            [t53].[reason_new_episode],
                                                            [t53].[legal_status],
                                                            [t53].[category_of_need],
                                                            [t53].[placement_type],
                                                            [t53].[placement_provider],
                                                            [t53].[end_date],
                                                            [t53].[reason_ceased],
                                                            [t53].[reason_place_change],
                                                            [t53].[home_postcode],
                                                            [t53].[placement_postcode],
                                                            [t53].[urn],
                                                            [t53].[placed_outside_council],
                                                            [t53].[la_code],
                                                            [t53].[load_id],
                                                            [t53].[period_start],
                                                            [t53].[period_start_seen],
                                                            [t53].[placement_start],
                                                            [t53].[short_break],
                                                            [t53].[previous_placement_start],
                                                            [t53].[period_end],
                                                            COALESCE([t53].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                          FROM [t52] AS [t53]
                                                          WHERE
                                                            [t53].[_overlaps] <> 0 AND [t53].[start_date] IS NOT NULL
                                                        ) AS [t56]
                                                        INNER JOIN [scorecard_month_spine] AS [t11]
                                                          ON [t56].[start_date] <= [t11].[month_end] AND [t56].[_until] > [t11].[month_end]
                                                      ) AS [t59]
                                                    ) AS [t61]
                                                  ) AS [t64]
                                                  WHERE
                                                    [t64].[_rank] = 0
                                                ) AS [t65]
                                              ) AS [t66]
                                            ) AS [t68]
                                            LEFT OUTER JOIN (
                                              SELECT
                                                [t28].[la_code],
                                                [t28].[child_id],
                                                [t28].[month],
                                                'UASC' AS [_uasc]
                                              FROM (
                                                SELECT DISTINCT
                                                  [t27].[la_code],
                                                  [t27].[child_id],
                                                  [t27].[month]
                                                FROM (
                                                  SELECT
                                                    [t25].[child_id],
                                                    [t25].[start_date],
                                                    [t25].[end_date],
                                                    [t25].[la_code],
                                                    [t25].[load_id],
                                                    [t25].[month],
                                                    [t25].[month_end],
                                                    [t25].[month_index]
                                                  FROM (
                                                    SELECT
                                                      [t22].[child_id],
                                                      [t22].[start_date],
                                                      [t22].[end_date],
                                                      [t22].[la_code],
                                                      [t22].[load_id],
                                                      [t22].[_until],
                                                      [t11].[month],
                                                      [t11].[month_end],
                                                      [t11].[month_index]
                                                    FROM (
                                                      SELECT
                                                        [t8].[child_id],
                                                        COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                                        [t8].[end_date],
                                                        [t8].[la_code],
                                                        [t8].[load_id],
                                                        COALESCE([t8].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                      FROM [uasc_status] AS [t8]
                                                      WHERE
                                                        COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                                    ) AS [t22]
                                                    INNER JOIN [scorecard_month_spine] AS [t11]
                                                      ON [t22].[start_date] <= [t11].[month_end] AND [t22].[_until] > [t11].[month_end]
                                                  ) AS [t25]
                                                ) AS [t27]
                                              ) AS [t28]
                                            ) AS [t31]
                                              ON [t68].[la_code] = [t31].[la_code]
                                              AND [t68].[child_id] = [t31].[child_id]
                                              AND [t68].[month] = [t31].[month]
                                          ) AS [t69]
                                        ) AS [t70]
                                      ) AS [t71]
                                    ) AS [t72]
                                  ) AS [t74]
                                  WHERE
                                    [t51].[la_code] = [t74].[la_code]
                                    AND [t51].[child_id] = [t74].[child_id]
                                    AND [t11].[month] = [t74].[month]
                                )
                            ) AS [t75]
                          ) AS [t76]
                          WHERE
                            [t76].[_rank] = 0
                        ) AS [t77]
                      ) AS [t79]
                        ON [t51].[la_code] = [t79].[la_code]
                        AND [t51].[child_id] = [t79].[child_id]
                        AND [t11].[month] = [t79].[month]
                      WHERE
                        NOT EXISTS(
                          SELECT
                            1
                          FROM (
                            SELECT
                              [t72].[la_code],
                              [t72].[child_id],
                              [t72].[month]
                            FROM (
                              SELECT
                                [t71].[child_id],
                                [t71].[start_date],
                                [t71].[reason_new_episode],
                                [t71].[legal_status],
                                [t71].[category_of_need],
                                [t71].[placement_type],
                                [t71].[placement_provider],
                                [t71].[end_date],
                                [t71].[reason_ceased],
                                [t71].[reason_place_change],
                                [t71].[home_postcode],
                                [t71].[placement_postcode],
                                [t71].[urn],
                                [t71].[placed_outside_council],
                                [t71].[la_code],
                                [t71].[load_id],
                                [t71].[period_start],
                                [t71].[period_start_seen],
                                [t71].[placement_start],
                                [t71].[short_break],
                                [t71].[previous_placement_start],
                                [t71].[period_end],
                                [t71].[month],
                                [t71].[month_end],
                                [t71].[month_index],
                                [t71].[uasc]
                              FROM (
                                SELECT
                                  [t70].[child_id],
                                  [t70].[start_date],
                                  [t70].[reason_new_episode],
                                  [t70].[legal_status],
                                  [t70].[category_of_need],
                                  [t70].[placement_type],
                                  [t70].[placement_provider],
                                  [t70].[end_date],
                                  [t70].[reason_ceased],
                                  [t70].[reason_place_change],
                                  [t70].[home_postcode],
                                  [t70].[placement_postcode],
                                  [t70].[urn],
                                  [t70].[placed_outside_council],
                                  [t70].[la_code],
                                  [t70].[load_id],
                                  [t70].[period_start],
                                  [t70].[period_start_seen],
                                  [t70].[placement_start],
                                  [t70].[short_break],
                                  [t70].[previous_placement_start],
                                  [t70].[period_end],
                                  [t70].[month],
                                  [t70].[month_end],
                                  [t70].[month_index],
                                  [t70].[_uasc],
                                  COALESCE([t70].[_uasc], 'Not UASC') AS [uasc]
                                FROM (
                                  SELECT
                                    [t69].[child_id],
                                    [t69].[start_date],
                                    [t69].[reason_new_episode],
                                    [t69].[legal_status],
                                    [t69].[category_of_need],
                                    [t69].[placement_type],
                                    [t69].[placement_provider],
                                    [t69].[end_date],
                                    [t69].[reason_ceased],
                                    [t69].[reason_place_change],
                                    [t69].[home_postcode],
                                    [t69].[placement_postcode],
                                    [t69].[urn],
                                    [t69].[placed_outside_council],
                                    [t69].[la_code],
                                    [t69].[load_id],
                                    [t69].[period_start],
                                    [t69].[period_start_seen],
                                    [t69].[placement_start],
                                    [t69].[short_break],
                                    [t69].[previous_placement_start],
                                    [t69].[period_end],
                                    [t69].[month],
                                    [t69].[month_end],
                                    [t69].[month_index],
                                    [t69].[_uasc]
                                  FROM (
                                    SELECT
                                      [t68].[child_id],
                                      [t68].[start_date],
                                      [t68].[reason_new_episode],
                                      [t68].[legal_status],
                                      [t68].[category_of_need],
                                      [t68].[placement_type],
                                      [t68].[placement_provider],
                                      [t68].[end_date],
                                      [t68].[reason_ceased],
                                      [t68].[reason_place_change],
                                      [t68].[home_postcode],
                                      [t68].[placement_postcode],
                                      [t68].[urn],
                                      [t68].[placed_outside_council],
                                      [t68].[la_code],
                                      [t68].[load_id],
                                      [t68].[period_start],
                                      [t68].[period_start_seen],
                                      [t68].[placement_start],
                                      [t68].[short_break],
                                      [t68].[previous_placement_start],
                                      [t68].[period_end],
                                      [t68].[month],
                                      [t68].[month_end],
                                      [t68].[month_index],
                                      [t31].[la_code] AS [la_code_right],
                                      [t31].[child_id] AS [child_id_right],
                                      [t31].[month] AS [month_right],
                                      [t31].[_uasc]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t62].[child_id],
                                          [t62].[start_date],
                                          [t62].[reason_new_episode],
                                          [t62].[legal_status],
                                          [t62].[category_of_need],
                                          [t62].[placement_type],
                                          [t62].[placement_provider],
                                          [t62].[end_date],
                                          [t62].[reason_ceased],
                                          [t62].[reason_place_change],
                                          [t62].[home_postcode],
                                          [t62].[placement_postcode],
                                          [t62].[urn],
                                          [t62].[placed_outside_council],
                                          [t62].[la_code],
                                          [t62].[load_id],
                                          [t62].[period_start],
                                          [t62].[period_start_seen],
                                          [t62].[placement_start],
                                          [t62].[short_break],
                                          [t62].[previous_placement_start],
                                          [t62].[period_end],
                                          [t62].[month],
                                          [t62].[month_end],
                                          [t62].[month_index]
                                        FROM (
                                          SELECT
                                            [t60].[child_id],
                                            [t60].[start_date],
                                            [t60].[reason_new_episode],
                                            [t60].[legal_status],
                                            [t60].[category_of_need],
                                            [t60].[placement_type],
                                            [t60].[placement_provider],
                                            [t60].[end_date],
                                            [t60].[reason_ceased],
                                            [t60].[reason_place_change],
                                            [t60].[home_postcode],
                                            [t60].[placement_postcode],
                                            [t60].[urn],
                                            [t60].[placed_outside_council],
                                            [t60].[la_code],
                                            [t60].[load_id],
                                            [t60].[period_start],
                                            [t60].[period_start_seen],
                                            [t60].[placement_start],
                                            [t60].[short_break],
                                            [t60].[previous_placement_start],
                                            [t60].[period_end],
                                            [t60].[_until],
                                            [t11].[month],
                                            [t11].[month_end],
                                            [t11].[month_index]
                                          FROM (
                                            SELECT
                                              [t57].[child_id],
                                              [t57].[start_date],
                                              [t57].[reason_new_episode],
                                              [t57].[legal_status],
                                              [t57].[category_of_need],
                                              [t57].[placement_type],
                                              [t57].[placement_provider],
                                              [t57].[end_date],
                                              [t57].[reason_ceased],
                                              [t57].[reason_place_change],
                                              [t57].[home_postcode],
                                              [t57].[placement_postcode],
                                              [t57].[urn],
                                              [t57].[placed_outside_council],
                                              [t57].[la_code],
                                              [t57].[load_id],
                                              [t57].[period_start],
                                              [t57].[period_start_seen],
                                              [t57].[placement_start],
                                              [t57].[short_break],
                                              [t57].[previous_placement_start],
                                              [t57].[period_end],
                                              COALESCE([t57].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t38].[child_id],
                                                  [t38].[start_date],
                                                  [t38].[reason_new_episode],
                                                  [t38].[legal_status],
                                                  [t38].[category_of_need],
                                                  [t38].[placement_type],
                                                  [t38].[placement_provider],
                                                  [t38].[end_date],
                                                  [t38].[reason_ceased],
                                                  [t38].[reason_place_change],
                                                  [t38].[home_postcode],
                                                  [t38].[placement_postcode],
                                                  [t38].[urn],
                                                  [t38].[placed_outside_council],
                                                  [t38].[la_code],
                                                  [t38].[load_id],
                                                  [t38].[period_start],
                                                  [t38].[period_start_seen],
                                                  [t38].[placement_start],
                                                  [t38].[short_break],
                                                  [t38].[previous_placement_start],
                                                  [t38].[period_end]
                                                FROM [t35] AS [t38]
                                                WHERE
                                                  NOT EXISTS(
                                                    SELECT
                                                      1
                                                    FROM (
                                                      SELECT
                                                        [t39].[la_code],
                                                        [t39].[child_id]
                                                      FROM (
                                                        SELECT
                                                          [t37].[la_code],
                                                          [t37].[child_id],
                                                          COUNT_BIG(*) AS [_records]
                                                        FROM [t35] AS [t37]
                                                        GROUP BY
                                                          [t37].[la_code],
                                                          [t37].[child_id]
                                                      ) AS [t39]
                                                      WHERE
                                                        [t39].[_records] > 1
                                                    ) AS [t42]
                                                    WHERE
                                                      [t38].[la_code] = [t42].[la_code] AND [t38].[child_id] = [t42].[child_id]
                                                  )
                                              ) AS [t44]
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t53].[child_id],
                                                  [t53].[start_date],
                                                  [t53].[reason_new_episode],
                                                  [t53].[legal_status],
                                                  [t53].[category_of_need],
                                                  [t53].[placement_type],
                                                  [t53].[placement_provider],
                                                  [t53].[end_date],
                                                  [t53].[reason_ceased],
                                                  [t53].[reason_place_change],
                                                  [t53].[home_postcode],
                                                  [t53].[placement_postcode],
                                                  [t53].[urn],
                                                  [t53].[placed_outside_council],
                                                  [t53].[la_code],
                                                  [t53].[load_id],
                                                  [t53].[period_start],
                                                  [t53].[period_start_seen],
                                                  [t53].[placement_start],
                                                  [t53].[short_break],
                                                  [t53].[previous_placement_start],
                                                  [t53].[period_end]
                                                FROM [t52] AS [t53]
                                                WHERE
                                                  IIF([t53].[_overlaps] <> 0, 1, 0) = 0
                                              ) AS [t55]
                                            ) AS [t57]
                                            WHERE
                                              [t57].[start_date] IS NOT NULL
                                          ) AS [t60]
                                          INNER JOIN [scorecard_month_spine] AS [t11]
                                            ON [t60].[start_date] <= [t11].[month_end] AND [t60].[_until] > [t11].[month_end]
                                        ) AS [t62]
                                      ) AS [t63]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t65].[child_id],
                                          [t65].[start_date],
                                          [t65].[reason_new_episode],
                                          [t65].[legal_status],
                                          [t65].[category_of_need],
                                          [t65].[placement_type],
                                          [t65].[placement_provider],
                                          [t65].[end_date],
                                          [t65].[reason_ceased],
                                          [t65].[reason_place_change],
                                          [t65].[home_postcode],
                                          [t65].[placement_postcode],
                                          [t65].[urn],
                                          [t65].[placed_outside_council],
                                          [t65].[la_code],
                                          [t65].[load_id],
                                          [t65].[period_start],
                                          [t65].[period_start_seen],
                                          [t65].[placement_start],
                                          [t65].[short_break],
                                          [t65].[previous_placement_start],
                                          [t65].[period_end],
                                          [t65].[month],
                                          [t65].[month_end],
                                          [t65].[month_index]
                                        FROM (
                                          SELECT
                                            [t64].[child_id],
                                            [t64].[start_date],
                                            [t64].[reason_new_episode],
                                            [t64].[legal_status],
                                            [t64].[category_of_need],
                                            [t64].[placement_type],
                                            [t64].[placement_provider],
                                            [t64].[end_date],
                                            [t64].[reason_ceased],
                                            [t64].[reason_place_change],
                                            [t64].[home_postcode],
                                            [t64].[placement_postcode],
                                            [t64].[urn],
                                            [t64].[placed_outside_council],
                                            [t64].[la_code],
                                            [t64].[load_id],
                                            [t64].[period_start],
                                            [t64].[period_start_seen],
                                            [t64].[placement_start],
                                            [t64].[short_break],
                                            [t64].[previous_placement_start],
                                            [t64].[period_end],
                                            [t64].[month],
                                            [t64].[month_end],
                                            [t64].[month_index],
                                            [t64].[_rank]
                                          FROM (
                                            SELECT
                                              [t61].[child_id],
                                              [t61].[start_date],
                                              [t61].[reason_new_episode],
                                              [t61].[legal_status],
                                              [t61].[category_of_need],
                                              [t61].[placement_type],
                                              [t61].[placement_provider],
                                              [t61].[end_date],
                                              [t61].[reason_ceased],
                                              [t61].[reason_place_change],
                                              [t61].[home_postcode],
                                              [t61].[placement_postcode],
                                              [t61].[urn],
                                              [t61].[placed_outside_council],
                                              [t61].[la_code],
                                              [t61].[load_id],
                                              [t61].[period_start],
                                              [t61].[period_start_seen],
                                              [t61].[placement_start],
                                              [t61].[short_break],
                                              [t61].[previous_placement_start],
                                              [t61].[period_end],
                                              [t61].[month],
                                              [t61].[month_end],
                                              [t61].[month_index],
                                              ROW_NUMBER() OVER (
                                                PARTITION BY [t61].[la_code], [t61].[child_id], [t61].[month]
                                                ORDER BY [t61].[start_date] DESC
                                              ) - 1 AS [_rank]
                                            FROM (
                                              SELECT
                                                [t59].[child_id],
                                                [t59].[start_date],
                                                [t59].[reason_new_episode],
                                                [t59].[legal_status],
                                                [t59].[category_of_need],
                                                [t59].[placement_type],
                                                [t59].[placement_provider],
                                                [t59].[end_date],
                                                [t59].[reason_ceased],
                                                [t59].[reason_place_change],
                                                [t59].[home_postcode],
                                                [t59].[placement_postcode],
                                                [t59].[urn],
                                                [t59].[placed_outside_council],
                                                [t59].[la_code],
                                                [t59].[load_id],
                                                [t59].[period_start],
                                                [t59].[period_start_seen],
                                                [t59].[placement_start],
                                                [t59].[short_break],
                                                [t59].[previous_placement_start],
                                                [t59].[period_end],
                                                [t59].[month],
                                                [t59].[month_end],
                                                [t59].[month_index]
                                              FROM (
                                                SELECT
                                                  [t56].[child_id],
                                                  [t56].[start_date],
                                                  [t56].[reason_new_episode],
                                                  [t56].[legal_status],
                                                  [t56].[category_of_need],
                                                  [t56].[placement_type],
                                                  [t56].[placement_provider],
                                                  [t56].[end_date],
                                                  [t56].[reason_ceased],
                                                  [t56].[reason_place_change],
                                                  [t56].[home_postcode],
                                                  [t56].[placement_postcode],
                                                  [t56].[urn],
                                                  [t56].[placed_outside_council],
                                                  [t56].[la_code],
                                                  [t56].[load_id],
                                                  [t56].[period_start],
                                                  [t56].[period_start_seen],
                                                  [t56].[placement_start],
                                                  [t56].[short_break],
                                                  [t56].[previous_placement_start],
                                                  [t56].[period_end],
                                                  [t56].[_until],
                                                  [t11].[month],
                                                  [t11].[month_end],
                                                  [t11].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t53].[child_id],
                                                    [t53].[start_date],
                                                    [t53].[reason_new_episode],
                                                    [t53].[legal_status],
                                                    [t53].[category_of_need],
                                                    [t53].[placement_type],
                                                    [t53].[placement_provider],
                                                    [t53].[end_date],
                                                    [t53].[reason_ceased],
                                                    [t53].[reason_place_change],
                                                    [t53].[home_postcode],
                                                    [t53].[placement_postcode],
                                                    [t53].[urn],
                                                    [t53].[placed_outside_council],
                                                    [t53].[la_code],
                                                    [t53].[load_id],
                                                    [t53].[period_start],
                                                    [t53].[period_start_seen],
                                                    [t53].[placement_start],
                                                    [t53].[short_break],
                                                    [t53].[previous_placement_start],
                                                    [t53].[period_end],
                                                    COALESCE([t53].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                  FROM [t52] AS [t53]
                                                  WHERE
                                                    [t53].[_overlaps] <> 0 AND [t53].[start_date] IS NOT NULL
                                                ) AS [t56]
                                                INNER JOIN [scorecard_month_spine] AS [t11]
                                                  ON [t56].[start_date] <= [t11].[month_end] AND [t56].[_until] > [t11].[month_end]
                                              ) AS [t59]
                                            ) AS [t61]
                                          ) AS [t64]
                                          WHERE
                                            [t64].[_rank] = 0
                                        ) AS [t65]
                                      ) AS [t66]
                                    ) AS [t68]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t28].[la_code],
                                        [t28].[child_id],
                                        [t28].[month],
                                        'UASC' AS [_uasc]
                                      FROM (
                                        SELECT DISTINCT
                                          [t27].[la_code],
                                          [t27].[child_id],
                                          [t27].[month]
                                        FROM (
                                          SELECT
                                            [t25].[child_id],
                                            [t25].[start_date],
                                            [t25].[end_date],
                                            [t25].[la_code],
                                            [t25].[load_id],
                                            [t25].[month],
                                            [t25].[month_end],
                                            [t25].[month_index]
                                          FROM (
                                            SELECT
                                              [t22].[child_id],
                                              [t22].[start_date],
                                              [t22].[end_date],
                                              [t22].[la_code],
                                              [t22].[load_id],
                                              [t22].[_until],
                                              [t11].[month],
                                              [t11].[month_end],
                                              [t11].[month_index]
                                            FROM (
                                              SELECT
                                                [t8].[child_id],
                                                COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                                [t8].[end_date],
                                                [t8].[la_code],
                                                [t8].[load_id],
                                                COALESCE([t8].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [uasc_status] AS [t8]
                                              WHERE
                                                COALESCE([t8].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                            ) AS [t22]
                                            INNER JOIN [scorecard_month_spine] AS [t11]
                                              ON [t22].[start_date] <= [t11].[month_end] AND [t22].[_until] > [t11].[month_end]
                                          ) AS [t25]
                                        ) AS [t27]
                                      ) AS [t28]
                                    ) AS [t31]
                                      ON [t68].[la_code] = [t31].[la_code]
                                      AND [t68].[child_id] = [t31].[child_id]
                                      AND [t68].[month] = [t31].[month]
                                  ) AS [t69]
                                ) AS [t70]
                              ) AS [t71]
                            ) AS [t72]
                          ) AS [t74]
                          WHERE
                            [t51].[la_code] = [t74].[la_code]
                            AND [t51].[child_id] = [t74].[child_id]
                            AND [t11].[month] = [t74].[month]
                        )
                    ) AS [t80]
                  ) AS [t81]
                ) AS [t83]
              ) AS [t84]
              GROUP BY
                [t84].[la_code],
                [t84].[month],
                [t84].[_part],
                [t84].[breakdown_value]
            ) AS [t85]
          ) AS [t86]
          GROUP BY
            [t86].[la_code],
            [t86].[indicator_id],
            [t86].[month_index],
            [t86].[breakdown],
            [t86].[breakdown_value]
        ) AS [t88]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CL3', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t18]
          ON [t88].[indicator_id] = [t18].[indicator_id]
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
      ) AS [t89]
      WHERE
        [t89].[_offset] <= IIF([t89].[breakdown] = 'month_alone', 0, [t89].[months_back])
    ) AS [t91]
      ON [t91].[la_code] = [t10].[la_code]
      AND [t91].[indicator_id] = [t12].[indicator_id]
      AND [t91].[_until_index] = [t11].[month_index]
  ) AS [t92]
  GROUP BY
    [t92].[la_code],
    [t92].[indicator_id],
    [t92].[month],
    [t92].[breakdown],
    [t92].[breakdown_value],
    [t92].[unit]
)
SELECT
  [t105].[la_code],
  [t105].[indicator_id],
  [t105].[month],
  [t105].[breakdown],
  [t105].[breakdown_value],
  [t105].[numerator],
  CASE
    WHEN [t105].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t105].[unit] = 'rate'
    THEN CAST([t9].[population] AS FLOAT)
    ELSE [t105].[denominator]
  END AS [denominator],
  CASE
    WHEN [t105].[unit] = 'count'
    THEN [t105].[numerator]
    WHEN [t105].[unit] = 'rate'
    THEN IIF(
      CAST([t9].[population] AS FLOAT) > 0,
      (
        [t105].[numerator] * 10000
      ) / CAST([t9].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t105].[unit] = 'percent'
    THEN IIF(
      [t105].[denominator] > 0,
      CAST([t105].[numerator] AS FLOAT) / [t105].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t105].[denominator] > 0,
      CAST([t105].[numerator] AS FLOAT) / [t105].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t99].[la_code],
      [t99].[indicator_id],
      [t99].[month],
      [t99].[breakdown],
      [t99].[breakdown_value],
      [t99].[unit],
      [t99].[numerator],
      [t99].[denominator]
    FROM (
      SELECT
        [t24].[la_code],
        [t24].[indicator_id],
        [t24].[month],
        [t24].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t17].[la_code],
          [t17].[month],
          [t17].[month_end],
          [t17].[month_index],
          [t17].[indicator_id],
          [t17].[months_back],
          [t17].[unit]
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
            ('CL3', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        ) AS [t17]
        WHERE
          [t17].[months_back] > 0
      ) AS [t24]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t94].[la_code],
              [t94].[indicator_id],
              [t94].[month],
              [t94].[breakdown],
              [t94].[breakdown_value],
              [t94].[unit],
              [t94].[numerator],
              [t94].[denominator]
            FROM [t93] AS [t94]
            WHERE
              [t94].[breakdown] = 'month_alone'
          ) AS [t97]
          WHERE
            [t24].[la_code] = [t97].[la_code]
            AND [t24].[indicator_id] = [t97].[indicator_id]
            AND [t24].[month] = [t97].[month]
        )
    ) AS [t99]
  ) AS [t101]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t93] AS [t94]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t100].[la_code],
        [t100].[indicator_id],
        [t100].[month],
        [t100].[breakdown],
        [t100].[breakdown_value],
        [t100].[unit],
        [t100].[numerator],
        [t100].[denominator]
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
          ('CL3', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t94].[la_code],
                [t94].[indicator_id],
                [t94].[month],
                [t94].[breakdown],
                [t94].[breakdown_value],
                [t94].[unit],
                [t94].[numerator],
                [t94].[denominator]
              FROM [t93] AS [t94]
              WHERE
                [t94].[breakdown] = 'all'
            ) AS [t98]
            WHERE
              [t10].[la_code] = [t98].[la_code]
              AND [t12].[indicator_id] = [t98].[indicator_id]
              AND [t11].[month] = [t98].[month]
          )
      ) AS [t100]
    ) AS [t102]
  ) AS [t103]
) AS [t105]
LEFT OUTER JOIN [scorecard_population] AS [t9]
  ON [t105].[la_code] = [t9].[la_code] AND [t105].[month] = [t9].[month]
