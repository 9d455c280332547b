WITH [t39] AS (
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
    [t36].[period_end]
  FROM (
    SELECT
      [t35].[child_id],
      [t35].[start_date],
      [t35].[reason_new_episode],
      [t35].[legal_status],
      [t35].[category_of_need],
      [t35].[placement_type],
      [t35].[placement_provider],
      [t35].[end_date],
      [t35].[reason_ceased],
      [t35].[reason_place_change],
      [t35].[home_postcode],
      [t35].[placement_postcode],
      [t35].[urn],
      [t35].[placed_outside_council],
      [t35].[la_code],
      [t35].[load_id],
      [t35].[period_start],
      [t35].[period_start_seen],
      [t35].[placement_start],
      [t35].[short_break],
      [t35].[previous_placement_start],
      [t35].[period_end]
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
        [t33].[_move],
        [t33].[short_break],
        [t33].[_previous],
        MAX([t33].[_previous]) OVER (
          PARTITION BY [t33].[la_code], [t33].[child_id]
          ORDER BY CASE WHEN [t33].[start_date] IS NULL THEN 1 ELSE 0 END, [t33].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [previous_placement_start],
        IIF(
          MAX(IIF([t33].[end_date] IS NULL, 1, 0)) OVER (
            PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[period_start]
            ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ),
          CAST(NULL AS DATE),
          MAX([t33].[end_date]) OVER (
            PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[period_start]
            ORDER BY CASE WHEN [t33].[end_date] IS NULL THEN 1 ELSE 0 END, [t33].[end_date] ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS [period_end]
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
          [t29].[_move],
          [t29].[short_break],
          IIF(
            [t29].[_move] IS NOT NULL,
            LAG([t29].[placement_start]) OVER (
              PARTITION BY [t29].[la_code], [t29].[child_id]
              ORDER BY CASE WHEN [t29].[start_date] IS NULL THEN 1 ELSE 0 END, [t29].[start_date] ASC
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
          ) AS [t20]
        ) AS [t29]
      ) AS [t33]
    ) AS [t35]
  ) AS [t36]
  WHERE
    IIF([t36].[short_break] <> 0, 1, 0) = 0 AND [t36].[start_date] IS NOT NULL
), [t59] AS (
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
    [t56].[_reach],
    [t56].[_earlier_reach],
    MAX(IIF(COALESCE([t56].[_earlier_reach] > [t56].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t56].[la_code], [t56].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t54].[child_id],
      [t54].[start_date],
      [t54].[reason_new_episode],
      [t54].[legal_status],
      [t54].[category_of_need],
      [t54].[placement_type],
      [t54].[placement_provider],
      [t54].[end_date],
      [t54].[reason_ceased],
      [t54].[reason_place_change],
      [t54].[home_postcode],
      [t54].[placement_postcode],
      [t54].[urn],
      [t54].[placed_outside_council],
      [t54].[la_code],
      [t54].[load_id],
      [t54].[period_start],
      [t54].[period_start_seen],
      [t54].[placement_start],
      [t54].[short_break],
      [t54].[previous_placement_start],
      [t54].[period_end],
      [t54].[_reach],
      LAG([t54].[_reach]) OVER (
        PARTITION BY [t54].[la_code], [t54].[child_id]
        ORDER BY CASE WHEN [t54].[start_date] IS NULL THEN 1 ELSE 0 END, [t54].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
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
        MAX(COALESCE([t49].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t49].[la_code], [t49].[child_id]
          ORDER BY CASE WHEN [t49].[start_date] IS NULL THEN 1 ELSE 0 END, [t49].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t41].[child_id],
          [t41].[start_date],
          [t41].[reason_new_episode],
          [t41].[legal_status],
          [t41].[category_of_need],
          [t41].[placement_type],
          [t41].[placement_provider],
          [t41].[end_date],
          [t41].[reason_ceased],
          [t41].[reason_place_change],
          [t41].[home_postcode],
          [t41].[placement_postcode],
          [t41].[urn],
          [t41].[placed_outside_council],
          [t41].[la_code],
          [t41].[load_id],
          [t41].[period_start],
          [t41].[period_start_seen],
          [t41].[placement_start],
          [t41].[short_break],
          [t41].[previous_placement_start],
          [t41].[period_end]
        FROM [t39] AS [t41]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t42].[la_code],
                [t42].[child_id]
              FROM (
                SELECT
                  [t40].[la_code],
                  [t40].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t39] AS [t40]
                GROUP BY
                  [t40].[la_code],
                  [t40].[child_id]
              ) AS [t42]
              WHERE
                [t42].[_records] > 1
            ) AS [t46]
            WHERE
              [t41].[la_code] = [t46].[la_code] AND [t41].[child_id] = [t46].[child_id]
          )
      ) AS [t49]
    ) AS [t54]
  ) AS [t56]
), [t122] AS (
  SELECT
    [t121].[la_code],
    [t121].[indicator_id],
    [t121].[month],
    [t121].[breakdown],
    [t121].[breakdown_value],
    [t121].[unit],
    SUM([t121].[_num]) AS [numerator],
    SUM([t121].[_den]) AS [denominator]
  FROM (
    SELECT
      [t10].[la_code],
      [t11].[month],
      [t11].[month_end],
      [t11].[month_index],
      [t12].[indicator_id],
      [t12].[months_back],
      [t12].[unit],
      [t120].[la_code] AS [la_code_right],
      [t120].[indicator_id] AS [indicator_id_right],
      [t120].[month_index] AS [month_index_right],
      [t120].[breakdown],
      [t120].[breakdown_value],
      [t120].[_num],
      [t120].[_den]
    FROM [scorecard_councils] AS [t10]
    CROSS JOIN [scorecard_month_spine] AS [t11]
    CROSS JOIN (VALUES
      ('CLAR1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t118].[la_code],
        [t118].[indicator_id],
        [t118].[month_index],
        [t118].[breakdown],
        [t118].[breakdown_value],
        SUM([t118].[numerator]) AS [_num],
        SUM([t118].[denominator]) AS [_den]
      FROM (
        SELECT
          [t117].[la_code],
          'CLAR1' AS [indicator_id],
          (
            (
              DATEPART(year, [t117].[month]) * 12
            ) + DATEPART(month, [t117].[month])
          ) - 1 AS [month_index],
          'all' AS [breakdown],
          [t117].[breakdown_value],
          [t117].[numerator],
          [t117].[denominator]
        FROM (
          SELECT
            [t116].[la_code],
            [t116].[month],
            [t116].[_part],
            [t116].[breakdown_value],
            SUM([t116].[numerator]) AS [numerator],
            SUM([t116].[denominator]) AS [denominator]
          FROM (
            SELECT
              [t115].[la_code],
              [t115].[month],
              IIF(COALESCE([t115].[on_time], (1 = 0)), 1.0, 0.0) AS [numerator],
              1.0 AS [denominator],
              0 AS [_part],
              'all' AS [breakdown_value]
            FROM (
              SELECT
                [t114].[child_id],
                [t114].[start_date],
                [t114].[reason_new_episode],
                [t114].[legal_status],
                [t114].[category_of_need],
                [t114].[placement_type],
                [t114].[placement_provider],
                [t114].[end_date],
                [t114].[reason_ceased],
                [t114].[reason_place_change],
                [t114].[home_postcode],
                [t114].[placement_postcode],
                [t114].[urn],
                [t114].[placed_outside_council],
                [t114].[la_code],
                [t114].[load_id],
                [t114].[period_start],
                [t114].[period_start_seen],
                [t114].[placement_start],
                [t114].[short_break],
                [t114].[previous_placement_start],
                [t114].[period_end],
                [t114].[month],
                [t114].[month_end],
                [t114].[month_index],
                [t114].[uasc],
                [t114].[on_time]
              FROM (
                SELECT
                  [t113].[child_id],
                  [t113].[start_date],
                  [t113].[reason_new_episode],
                  [t113].[legal_status],
                  [t113].[category_of_need],
                  [t113].[placement_type],
                  [t113].[placement_provider],
                  [t113].[end_date],
                  [t113].[reason_ceased],
                  [t113].[reason_place_change],
                  [t113].[home_postcode],
                  [t113].[placement_postcode],
                  [t113].[urn],
                  [t113].[placed_outside_council],
                  [t113].[la_code],
                  [t113].[load_id],
                  [t113].[period_start],
                  [t113].[period_start_seen],
                  [t113].[placement_start],
                  [t113].[short_break],
                  [t113].[previous_placement_start],
                  [t113].[period_end],
                  [t113].[month],
                  [t113].[month_end],
                  [t113].[month_index],
                  [t113].[uasc],
                  [t113].[_done],
                  [t113].[_late_count],
                  [t113].[_last],
                  [t113].[_first],
                  [t113].[_from],
                  [t113].[_since],
                  [t113].[_next],
                  [t113].[_overdue],
                  (
                    COALESCE([t113].[_late_count], 0) = 0
                  )
                  AND (
                    IIF([t113].[_overdue] <> 0, 1, 0) = 0
                  ) AS [on_time]
                FROM (
                  SELECT
                    [t112].[child_id],
                    [t112].[start_date],
                    [t112].[reason_new_episode],
                    [t112].[legal_status],
                    [t112].[category_of_need],
                    [t112].[placement_type],
                    [t112].[placement_provider],
                    [t112].[end_date],
                    [t112].[reason_ceased],
                    [t112].[reason_place_change],
                    [t112].[home_postcode],
                    [t112].[placement_postcode],
                    [t112].[urn],
                    [t112].[placed_outside_council],
                    [t112].[la_code],
                    [t112].[load_id],
                    [t112].[period_start],
                    [t112].[period_start_seen],
                    [t112].[placement_start],
                    [t112].[short_break],
                    [t112].[previous_placement_start],
                    [t112].[period_end],
                    [t112].[month],
                    [t112].[month_end],
                    [t112].[month_index],
                    [t112].[uasc],
                    [t112].[_done],
                    [t112].[_late_count],
                    [t112].[_last],
                    [t112].[_first],
                    [t112].[_from],
                    [t112].[_since],
                    [t112].[_next],
                    [t112].[_overdue]
                  FROM (
                    SELECT
                      [t111].[child_id],
                      [t111].[start_date],
                      [t111].[reason_new_episode],
                      [t111].[legal_status],
                      [t111].[category_of_need],
                      [t111].[placement_type],
                      [t111].[placement_provider],
                      [t111].[end_date],
                      [t111].[reason_ceased],
                      [t111].[reason_place_change],
                      [t111].[home_postcode],
                      [t111].[placement_postcode],
                      [t111].[urn],
                      [t111].[placed_outside_council],
                      [t111].[la_code],
                      [t111].[load_id],
                      [t111].[period_start],
                      [t111].[period_start_seen],
                      [t111].[placement_start],
                      [t111].[short_break],
                      [t111].[previous_placement_start],
                      [t111].[period_end],
                      [t111].[month],
                      [t111].[month_end],
                      [t111].[month_index],
                      [t111].[uasc],
                      [t111].[_done],
                      [t111].[_late_count],
                      [t111].[_last],
                      [t111].[_first],
                      [t111].[_from],
                      [t111].[_since],
                      [t111].[_next],
                      [t111].[__overdue1],
                      [t111].[month_end] > DATEADD(MONTH, CAST('3' AS BIGINT), [t111].[_since]) AS [__overdue2],
                      [t111].[month_end] > DATEADD(MONTH, CAST('6' AS BIGINT), [t111].[_since]) AS [__overdue3],
                      CASE
                        WHEN [t111].[_next] = 1
                        THEN [t111].[__overdue1]
                        WHEN [t111].[_next] = 2
                        THEN [t111].[month_end] > DATEADD(MONTH, CAST('3' AS BIGINT), [t111].[_since])
                        ELSE [t111].[month_end] > DATEADD(MONTH, CAST('6' AS BIGINT), [t111].[_since])
                      END AS [_overdue]
                    FROM (
                      SELECT
                        [t110].[child_id],
                        [t110].[start_date],
                        [t110].[reason_new_episode],
                        [t110].[legal_status],
                        [t110].[category_of_need],
                        [t110].[placement_type],
                        [t110].[placement_provider],
                        [t110].[end_date],
                        [t110].[reason_ceased],
                        [t110].[reason_place_change],
                        [t110].[home_postcode],
                        [t110].[placement_postcode],
                        [t110].[urn],
                        [t110].[placed_outside_council],
                        [t110].[la_code],
                        [t110].[load_id],
                        [t110].[period_start],
                        [t110].[period_start_seen],
                        [t110].[placement_start],
                        [t110].[short_break],
                        [t110].[previous_placement_start],
                        [t110].[period_end],
                        [t110].[month],
                        [t110].[month_end],
                        [t110].[month_index],
                        [t110].[uasc],
                        [t110].[_done],
                        [t110].[_late_count],
                        [t110].[_last],
                        [t110].[_first],
                        [t110].[_from],
                        [t110].[_since],
                        [t110].[_next],
                        [t110].[__overdue1]
                      FROM (
                        SELECT
                          [t109].[child_id],
                          [t109].[start_date],
                          [t109].[reason_new_episode],
                          [t109].[legal_status],
                          [t109].[category_of_need],
                          [t109].[placement_type],
                          [t109].[placement_provider],
                          [t109].[end_date],
                          [t109].[reason_ceased],
                          [t109].[reason_place_change],
                          [t109].[home_postcode],
                          [t109].[placement_postcode],
                          [t109].[urn],
                          [t109].[placed_outside_council],
                          [t109].[la_code],
                          [t109].[load_id],
                          [t109].[period_start],
                          [t109].[period_start_seen],
                          [t109].[placement_start],
                          [t109].[short_break],
                          [t109].[previous_placement_start],
                          [t109].[period_end],
                          [t109].[month],
                          [t109].[month_end],
                          [t109].[month_index],
                          [t109].[uasc],
                          [t109].[_done],
                          [t109].[_late_count],
                          [t109].[_last],
                          [t109].[_first],
                          [t109].[_from],
                          [t109].[_since],
                          [t109].[_next],
                          [t109].[___overdue1_days],
                          [t109].[___overdue1_days] > 20 AS [__overdue1]
                        FROM (
                          SELECT
                            [t108].[child_id],
                            [t108].[start_date],
                            [t108].[reason_new_episode],
                            [t108].[legal_status],
                            [t108].[category_of_need],
                            [t108].[placement_type],
                            [t108].[placement_provider],
                            [t108].[end_date],
                            [t108].[reason_ceased],
                            [t108].[reason_place_change],
                            [t108].[home_postcode],
                            [t108].[placement_postcode],
                            [t108].[urn],
                            [t108].[placed_outside_council],
                            [t108].[la_code],
                            [t108].[load_id],
                            [t108].[period_start],
                            [t108].[period_start_seen],
                            [t108].[placement_start],
                            [t108].[short_break],
                            [t108].[previous_placement_start],
                            [t108].[period_end],
                            [t108].[month],
                            [t108].[month_end],
                            [t108].[month_index],
                            [t108].[uasc],
                            [t108].[_done],
                            [t108].[_late_count],
                            [t108].[_last],
                            [t108].[_first],
                            [t108].[_from],
                            [t108].[_since],
                            [t108].[_next],
                            [t108].[___overdue1_days]
                          FROM (
                            SELECT
                              [t107].[child_id],
                              [t107].[start_date],
                              [t107].[reason_new_episode],
                              [t107].[legal_status],
                              [t107].[category_of_need],
                              [t107].[placement_type],
                              [t107].[placement_provider],
                              [t107].[end_date],
                              [t107].[reason_ceased],
                              [t107].[reason_place_change],
                              [t107].[home_postcode],
                              [t107].[placement_postcode],
                              [t107].[urn],
                              [t107].[placed_outside_council],
                              [t107].[la_code],
                              [t107].[load_id],
                              [t107].[period_start],
                              [t107].[period_start_seen],
                              [t107].[placement_start],
                              [t107].[short_break],
                              [t107].[previous_placement_start],
                              [t107].[period_end],
                              [t107].[month],
                              [t107].[month_end],
                              [t107].[month_index],
                              [t107].[uasc],
                              [t107].[_done],
                              [t107].[_late_count],
                              [t107].[_last],
                              [t107].[_first],
                              [t107].[_from],
                              [t107].[_since],
                              [t107].[_next],
                              [t107].[_wd_start],
                              [t107].[_wd_end],
                              [t107].[_wd_end] - [t107].[_wd_start] AS [___overdue1_days]
                            FROM (
                              SELECT
                                [t106].[child_id],
                                [t106].[start_date],
                                [t106].[reason_new_episode],
                                [t106].[legal_status],
                                [t106].[category_of_need],
                                [t106].[placement_type],
                                [t106].[placement_provider],
                                [t106].[end_date],
                                [t106].[reason_ceased],
                                [t106].[reason_place_change],
                                [t106].[home_postcode],
                                [t106].[placement_postcode],
                                [t106].[urn],
                                [t106].[placed_outside_council],
                                [t106].[la_code],
                                [t106].[load_id],
                                [t106].[period_start],
                                [t106].[period_start_seen],
                                [t106].[placement_start],
                                [t106].[short_break],
                                [t106].[previous_placement_start],
                                [t106].[period_end],
                                [t106].[month],
                                [t106].[month_end],
                                [t106].[month_index],
                                [t106].[uasc],
                                [t106].[_done],
                                [t106].[_late_count],
                                [t106].[_last],
                                [t106].[_first],
                                [t106].[_from],
                                [t106].[_since],
                                [t106].[_next],
                                [t106].[_wd_start],
                                [t106].[_wd_end]
                              FROM (
                                SELECT
                                  [t105].[child_id],
                                  [t105].[start_date],
                                  [t105].[reason_new_episode],
                                  [t105].[legal_status],
                                  [t105].[category_of_need],
                                  [t105].[placement_type],
                                  [t105].[placement_provider],
                                  [t105].[end_date],
                                  [t105].[reason_ceased],
                                  [t105].[reason_place_change],
                                  [t105].[home_postcode],
                                  [t105].[placement_postcode],
                                  [t105].[urn],
                                  [t105].[placed_outside_council],
                                  [t105].[la_code],
                                  [t105].[load_id],
                                  [t105].[period_start],
                                  [t105].[period_start_seen],
                                  [t105].[placement_start],
                                  [t105].[short_break],
                                  [t105].[previous_placement_start],
                                  [t105].[period_end],
                                  [t105].[month],
                                  [t105].[month_end],
                                  [t105].[month_index],
                                  [t105].[uasc],
                                  [t105].[_done],
                                  [t105].[_late_count],
                                  [t105].[_last],
                                  [t105].[_first],
                                  [t105].[_from],
                                  [t105].[_since],
                                  [t105].[_next],
                                  [t105].[_wd_start],
                                  [t17].[__wd_end_day],
                                  [t17].[_wd_end]
                                FROM (
                                  SELECT
                                    [t103].[child_id],
                                    [t103].[start_date],
                                    [t103].[reason_new_episode],
                                    [t103].[legal_status],
                                    [t103].[category_of_need],
                                    [t103].[placement_type],
                                    [t103].[placement_provider],
                                    [t103].[end_date],
                                    [t103].[reason_ceased],
                                    [t103].[reason_place_change],
                                    [t103].[home_postcode],
                                    [t103].[placement_postcode],
                                    [t103].[urn],
                                    [t103].[placed_outside_council],
                                    [t103].[la_code],
                                    [t103].[load_id],
                                    [t103].[period_start],
                                    [t103].[period_start_seen],
                                    [t103].[placement_start],
                                    [t103].[short_break],
                                    [t103].[previous_placement_start],
                                    [t103].[period_end],
                                    [t103].[month],
                                    [t103].[month_end],
                                    [t103].[month_index],
                                    [t103].[uasc],
                                    [t103].[_done],
                                    [t103].[_late_count],
                                    [t103].[_last],
                                    [t103].[_first],
                                    [t103].[_from],
                                    [t103].[_since],
                                    [t103].[_next],
                                    [t103].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t102].[child_id],
                                      [t102].[start_date],
                                      [t102].[reason_new_episode],
                                      [t102].[legal_status],
                                      [t102].[category_of_need],
                                      [t102].[placement_type],
                                      [t102].[placement_provider],
                                      [t102].[end_date],
                                      [t102].[reason_ceased],
                                      [t102].[reason_place_change],
                                      [t102].[home_postcode],
                                      [t102].[placement_postcode],
                                      [t102].[urn],
                                      [t102].[placed_outside_council],
                                      [t102].[la_code],
                                      [t102].[load_id],
                                      [t102].[period_start],
                                      [t102].[period_start_seen],
                                      [t102].[placement_start],
                                      [t102].[short_break],
                                      [t102].[previous_placement_start],
                                      [t102].[period_end],
                                      [t102].[month],
                                      [t102].[month_end],
                                      [t102].[month_index],
                                      [t102].[uasc],
                                      [t102].[_done],
                                      [t102].[_late_count],
                                      [t102].[_last],
                                      [t102].[_first],
                                      [t102].[_from],
                                      [t102].[_since],
                                      [t102].[_next],
                                      [t18].[__wd_start_day],
                                      [t18].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t100].[child_id],
                                        [t100].[start_date],
                                        [t100].[reason_new_episode],
                                        [t100].[legal_status],
                                        [t100].[category_of_need],
                                        [t100].[placement_type],
                                        [t100].[placement_provider],
                                        [t100].[end_date],
                                        [t100].[reason_ceased],
                                        [t100].[reason_place_change],
                                        [t100].[home_postcode],
                                        [t100].[placement_postcode],
                                        [t100].[urn],
                                        [t100].[placed_outside_council],
                                        [t100].[la_code],
                                        [t100].[load_id],
                                        [t100].[period_start],
                                        [t100].[period_start_seen],
                                        [t100].[placement_start],
                                        [t100].[short_break],
                                        [t100].[previous_placement_start],
                                        [t100].[period_end],
                                        [t100].[month],
                                        [t100].[month_end],
                                        [t100].[month_index],
                                        [t100].[uasc],
                                        [t100].[_done],
                                        [t100].[_late_count],
                                        [t100].[_last],
                                        [t100].[_first],
                                        [t100].[_from],
                                        COALESCE([t100].[_last], COALESCE([t100].[_from], [t100].[period_start])) AS [_since],
                                        COALESCE([t100].[_done], 0) + COALESCE([t100].[_first], 1) AS [_next]
                                      FROM (
                                        SELECT
                                          [t99].[child_id],
                                          [t99].[start_date],
                                          [t99].[reason_new_episode],
                                          [t99].[legal_status],
                                          [t99].[category_of_need],
                                          [t99].[placement_type],
                                          [t99].[placement_provider],
                                          [t99].[end_date],
                                          [t99].[reason_ceased],
                                          [t99].[reason_place_change],
                                          [t99].[home_postcode],
                                          [t99].[placement_postcode],
                                          [t99].[urn],
                                          [t99].[placed_outside_council],
                                          [t99].[la_code],
                                          [t99].[load_id],
                                          [t99].[period_start],
                                          [t99].[period_start_seen],
                                          [t99].[placement_start],
                                          [t99].[short_break],
                                          [t99].[previous_placement_start],
                                          [t99].[period_end],
                                          [t99].[month],
                                          [t99].[month_end],
                                          [t99].[month_index],
                                          [t99].[uasc],
                                          [t99].[_done],
                                          [t99].[_late_count],
                                          [t99].[_last],
                                          [t99].[_first],
                                          [t99].[_from]
                                        FROM (
                                          SELECT
                                            [t98].[child_id],
                                            [t98].[start_date],
                                            [t98].[reason_new_episode],
                                            [t98].[legal_status],
                                            [t98].[category_of_need],
                                            [t98].[placement_type],
                                            [t98].[placement_provider],
                                            [t98].[end_date],
                                            [t98].[reason_ceased],
                                            [t98].[reason_place_change],
                                            [t98].[home_postcode],
                                            [t98].[placement_postcode],
                                            [t98].[urn],
                                            [t98].[placed_outside_council],
                                            [t98].[la_code],
                                            [t98].[load_id],
                                            [t98].[period_start],
                                            [t98].[period_start_seen],
                                            [t98].[placement_start],
                                            [t98].[short_break],
                                            [t98].[previous_placement_start],
                                            [t98].[period_end],
                                            [t98].[month],
                                            [t98].[month_end],
                                            [t98].[month_index],
                                            [t98].[uasc],
                                            [t98].[_done],
                                            [t98].[_late_count],
                                            [t98].[_last],
                                            [t53].[la_code] AS [la_code_right],
                                            [t53].[child_id] AS [child_id_right],
                                            [t53].[period_start] AS [period_start_right],
                                            [t53].[_first],
                                            [t53].[_from]
                                          FROM (
                                            SELECT
                                              [t96].[child_id],
                                              [t96].[start_date],
                                              [t96].[reason_new_episode],
                                              [t96].[legal_status],
                                              [t96].[category_of_need],
                                              [t96].[placement_type],
                                              [t96].[placement_provider],
                                              [t96].[end_date],
                                              [t96].[reason_ceased],
                                              [t96].[reason_place_change],
                                              [t96].[home_postcode],
                                              [t96].[placement_postcode],
                                              [t96].[urn],
                                              [t96].[placed_outside_council],
                                              [t96].[la_code],
                                              [t96].[load_id],
                                              [t96].[period_start],
                                              [t96].[period_start_seen],
                                              [t96].[placement_start],
                                              [t96].[short_break],
                                              [t96].[previous_placement_start],
                                              [t96].[period_end],
                                              [t96].[month],
                                              [t96].[month_end],
                                              [t96].[month_index],
                                              [t96].[uasc],
                                              [t96].[_done],
                                              [t96].[_late_count],
                                              [t96].[_last]
                                            FROM (
                                              SELECT
                                                [t92].[child_id],
                                                [t92].[start_date],
                                                [t92].[reason_new_episode],
                                                [t92].[legal_status],
                                                [t92].[category_of_need],
                                                [t92].[placement_type],
                                                [t92].[placement_provider],
                                                [t92].[end_date],
                                                [t92].[reason_ceased],
                                                [t92].[reason_place_change],
                                                [t92].[home_postcode],
                                                [t92].[placement_postcode],
                                                [t92].[urn],
                                                [t92].[placed_outside_council],
                                                [t92].[la_code],
                                                [t92].[load_id],
                                                [t92].[period_start],
                                                [t92].[period_start_seen],
                                                [t92].[placement_start],
                                                [t92].[short_break],
                                                [t92].[previous_placement_start],
                                                [t92].[period_end],
                                                [t92].[month],
                                                [t92].[month_end],
                                                [t92].[month_index],
                                                [t92].[uasc],
                                                [t95].[la_code] AS [la_code_right],
                                                [t95].[child_id] AS [child_id_right],
                                                [t95].[period_start] AS [period_start_right],
                                                [t95].[month_end] AS [month_end_right],
                                                [t95].[_done],
                                                [t95].[_late_count],
                                                [t95].[_last]
                                              FROM (
                                                SELECT
                                                  [t90].[child_id],
                                                  [t90].[start_date],
                                                  [t90].[reason_new_episode],
                                                  [t90].[legal_status],
                                                  [t90].[category_of_need],
                                                  [t90].[placement_type],
                                                  [t90].[placement_provider],
                                                  [t90].[end_date],
                                                  [t90].[reason_ceased],
                                                  [t90].[reason_place_change],
                                                  [t90].[home_postcode],
                                                  [t90].[placement_postcode],
                                                  [t90].[urn],
                                                  [t90].[placed_outside_council],
                                                  [t90].[la_code],
                                                  [t90].[load_id],
                                                  [t90].[period_start],
                                                  [t90].[period_start_seen],
                                                  [t90].[placement_start],
                                                  [t90].[short_break],
                                                  [t90].[previous_placement_start],
                                                  [t90].[period_end],
                                                  [t90].[month],
                                                  [t90].[month_end],
                                                  [t90].[month_index],
                                                  [t90].[uasc]
                                                FROM (
                                                  SELECT
                                                    [t89].[child_id],
                                                    [t89].[start_date],
                                                    [t89].[reason_new_episode],
                                                    [t89].[legal_status],
                                                    [t89].[category_of_need],
                                                    [t89].[placement_type],
                                                    [t89].[placement_provider],
                                                    [t89].[end_date],
                                                    [t89].[reason_ceased],
                                                    [t89].[reason_place_change],
                                                    [t89].[home_postcode],
                                                    [t89].[placement_postcode],
                                                    [t89].[urn],
                                                    [t89].[placed_outside_council],
                                                    [t89].[la_code],
                                                    [t89].[load_id],
                                                    [t89].[period_start],
                                                    [t89].[period_start_seen],
                                                    [t89].[placement_start],
                                                    [t89].[short_break],
                                                    [t89].[previous_placement_start],
                                                    [t89].[period_end],
                                                    [t89].[month],
                                                    [t89].[month_end],
                                                    [t89].[month_index],
                                                    [t89].[_uasc],
                                                    COALESCE([t89].[_uasc], 'Not UASC') AS [uasc]
                                                  FROM (
                                                    SELECT
                                                      [t88].[child_id],
                                                      [t88].[start_date],
                                                      [t88].[reason_new_episode],
                                                      [t88].[legal_status],
                                                      [t88].[category_of_need],
                                                      [t88].[placement_type],
                                                      [t88].[placement_provider],
                                                      [t88].[end_date],
                                                      [t88].[reason_ceased],
                                                      [t88].[reason_place_change],
                                                      [t88].[home_postcode],
                                                      [t88].[placement_postcode],
                                                      [t88].[urn],
                                                      [t88].[placed_outside_council],
                                                      [t88].[la_code],
                                                      [t88].[load_id],
                                                      [t88].[period_start],
                                                      [t88].[period_start_seen],
                                                      [t88].[placement_start],
                                                      [t88].[short_break],
                                                      [t88].[previous_placement_start],
                                                      [t88].[period_end],
                                                      [t88].[month],
                                                      [t88].[month_end],
                                                      [t88].[month_index],
                                                      [t88].[_uasc]
                                                    FROM (
                                                      SELECT
                                                        [t84].[child_id],
                                                        [t84].[start_date],
                                                        [t84].[reason_new_episode],
                                                        [t84].[legal_status],
                                                        [t84].[category_of_need],
                                                        [t84].[placement_type],
                                                        [t84].[placement_provider],
                                                        [t84].[end_date],
                                                        [t84].[reason_ceased],
                                                        [t84].[reason_place_change],
                                                        [t84].[home_postcode],
                                                        [t84].[placement_postcode],
                                                        [t84].[urn],
                                                        [t84].[placed_outside_council],
                                                        [t84].[la_code],
                                                        [t84].[load_id],
                                                        [t84].[period_start],
                                                        [t84].[period_start_seen],
                                                        [t84].[placement_start],
                                                        [t84].[short_break],
                                                        [t84].[previous_placement_start],
                                                        [t84].[period_end],
                                                        [t84].[month],
                                                        [t84].[month_end],
                                                        [t84].[month_index],
                                                        [t34].[la_code] AS [la_code_right],
                                                        [t34].[child_id] AS [child_id_right],
                                                        [t34].[month] AS [month_right],
                                                        [t34].[_uasc]
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            [t75].[child_id],
                                                            [t75].[start_date],
                                                            [t75].[reason_new_episode],
                                                            [t75].[legal_status],
                                                            [t75].[category_of_need],
                                                            [t75].[placement_type],
                                                            [t75].[placement_provider],
                                                            [t75].[end_date],
                                                            [t75].[reason_ceased],
                                                            [t75].[reason_place_change],
                                                            [t75].[home_postcode],
                                                            [t75].[placement_postcode],
                                                            [t75].[urn],
                                                            [t75].[placed_outside_council],
                                                            [t75].[la_code],
                                                            [t75].[load_id],
                                                            [t75].[period_start],
                                                            [t75].[period_start_seen],
                                                            [t75].[placement_start],
                                                            [t75].[short_break],
                                                            [t75].[previous_placement_start],
                                                            [t75].[period_end],
                                                            [t75].[month],
                                                            [t75].[month_end],
                                                            [t75].[month_index]
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
                                                              [t71].[_until],
                                                              [t11].[month],
                                                              [t11].[month_end],
                                                              [t11].[month_index]
                                                            FROM (
                                                              SELECT
                                                                [t67].[child_id],
                                                                [t67].[start_date],
                                                                [t67].[reason_new_episode],
                                                                [t67].[legal_status],
                                                                [t67].[category_of_need],
                                                                [t67].[placement_type],
                                                                [t67].[placement_provider],
                                                                [t67].[end_date],
                                                                [t67].[reason_ceased],
                                                                [t67].[reason_place_change],
                                                                [t67].[home_postcode],
                                                                [t67].[placement_postcode],
                                                                [t67].[urn],
                                                                [t67].[placed_outside_council],
                                                                [t67].[la_code],
                                                                [t67].[load_id],
                                                                [t67].[period_start],
                                                                [t67].[period_start_seen],
                                                                [t67].[placement_start],
                                                                [t67].[short_break],
                                                                [t67].[previous_placement_start],
                                                                [t67].[period_end],
                                                                COALESCE([t67].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    [t41].[child_id],
                                                                    [t41].[start_date],
                                                                    [t41].[reason_new_episode],
                                                                    [t41].[legal_status],
                                                                    [t41].[category_of_need],
                                                                    [t41].[placement_type],
                                                                    [t41].[placement_provider],
                                                                    [t41].[end_date],
                                                                    [t41].[reason_ceased],
                                                                    [t41].[reason_place_change],
                                                                    [t41].[home_postcode],
                                                                    [t41].[placement_postcode],
                                                                    [t41].[urn],
                                                                    [t41].[placed_outside_council],
                                                                    [t41].[la_code],
                                                                    [t41].[load_id],
                                                                    [t41].[period_start],
                                                                    [t41].[period_start_seen],
                                                                    [t41].[placement_start],
                                                                    [t41].[short_break],
                                                                    [t41].[previous_placement_start],
                                                                    [t41].[period_end]
                                                                  FROM [t39] AS [t41]
                                                                  WHERE
                                                                    NOT EXISTS(
                                                                      SELECT
                                                                        1
                                                                      FROM (
                                                                        SELECT
                                                                          [t42].[la_code],
                                                                          [t42].[child_id]
                                                                        FROM (
                                                                          SELECT
                                                                            [t40].[la_code],
                                                                            [t40].[child_id],
                                                                            COUNT_BIG(*) AS [_records]
                                                                          FROM [t39] AS [t40]
                                                                          GROUP BY
                                                                            [t40].[la_code],
                                                                            [t40].[child_id]
                                                                        ) AS [t42]
                                                                        WHERE
                                                                          [t42].[_records] > 1
                                                                      ) AS [t46]
                                                                      WHERE
                                                                        [t41].[la_code] = [t46].[la_code] AND [t41].[child_id] = [t46].[child_id]
                                                                    )
                                                                ) AS [t48]
                                                                UNION ALL
                                                                SELECT
                                                                  *
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
                                                                    [t60].[period_end]
                                                                  FROM [t59] AS [t60]
                                                                  WHERE
                                                                    IIF([t60].[_overlaps] <> 0, 1, 0) = 0
                                                                ) AS [t64]
                                                              ) AS [t67]
                                                              WHERE
                                                                [t67].[start_date] IS NOT NULL
                                                            ) AS [t71]
                                                            INNER JOIN [scorecard_month_spine] AS [t11]
                                                              ON [t71].[start_date] <= [t11].[month_end] AND [t71].[_until] > [t11].[month_end]
                                                          ) AS [t75]
                                                        ) AS [t77]
                                                        UNION ALL
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            [t81].[child_id],
                                                            [t81].[start_date],
                                                            [t81].[reason_new_episode],
                                                            [t81].[legal_status],
                                                            [t81].[category_of_need],
                                                            [t81].[placement_type],
                                                            [t81].[placement_provider],
                                                            [t81].[end_date],
                                                            [t81].[reason_ceased],
                                                            [t81].[reason_place_change],
                                                            [t81].[home_postcode],
                                                            [t81].[placement_postcode],
                                                            [t81].[urn],
                                                            [t81].[placed_outside_council],
                                                            [t81].[la_code],
                                                            [t81].[load_id],
                                                            [t81].[period_start],
                                                            [t81].[period_start_seen],
                                                            [t81].[placement_start],
                                                            [t81].[short_break],
                                                            [t81].[previous_placement_start],
                                                            [t81].[period_end],
                                                            [t81].[month],
                                                            [t81].[month_end],
                                                            [t81].[month_index]
                                                          FROM (
                                                            SELECT
                                                              [t78].[child_id],
                                                              [t78].[start_date],
                                                              [t78].[reason_new_episode],
                                                              [t78].[legal_status],
                                                              [t78].[category_of_need],
                                                              [t78].[placement_type],
                                                              [t78].[placement_provider],
                                                              [t78].[end_date],
                                                              [t78].[reason_ceased],
                                                              [t78].[reason_place_change],
                                                              [t78].[home_postcode],
                                                              [t78].[placement_postcode],
                                                              [t78].[urn],
                                                              [t78].[placed_outside_council],
                                                              [t78].[la_code],
                                                              [t78].[load_id],
                                                              [t78].[period_start],
                                                              [t78].[period_start_seen],
                                                              [t78].[placement_start],
                                                              [t78].[short_break],
                                                              [t78].[previous_placement_start],
                                                              [t78].[period_end],
                                                              [t78].[month],
                                                              [t78].[month_end],
                                                              [t78].[month_index],
                                                              [t78].[_rank]
                                                            FROM (
                                                              SELECT
                                                                [t73].[child_id],
                                                                [t73].[start_date],
                                                                [t73].[reason_new_episode],
                                                                [t73].[legal_status],
                                                                [t73].[category_of_need],
                                                                [t73].[placement_type],
                                                                [t73].[placement_provider],
                                                                [t73].[end_date],
                                                                [t73].[reason_ceased],
                                                                [t73].[reason_place_change],
                                                                [t73].[home_postcode],
                                                                [t73].[placement_postcode],
                                                                [t73].[urn],
                                                                [t73].[placed_outside_council],
                                                                [t73].[la_code],
                                                                [t73].[load_id],
                                                                [t73].[period_start],
                                                                [t73].[period_start_seen],
                                                                [t73].[placement_start],
                                                                [t73].[short_break],
                                                                [t73].[previous_placement_start],
                                                                [t73].[period_end],
                                                                [t73].[month],
                                                                [t73].[month_end],
                                                                [t73].[month_index],
                                                                ROW_NUMBER() OVER (
                                                                  PARTITION BY [t73].[la_code], [t73].[child_id], [t73].[month]
                                                                  ORDER BY [t73].[start_date] DESC
                                                                ) - 1 AS [_rank]
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
                                                                  [t70].[month_index]
                                                                FROM (
                                                                  SELECT
                                                                    [t66].[child_id],
                                                                    [t66].[start_date],
                                                                    [t66].[reason_new_episode],
                                                                    [t66].[legal_status],
                                                                    [t66].[category_of_need],
                                                                    [t66].[placement_type],
                                                                    [t66].[placement_provider],
                                                                    [t66].[end_date],
                                                                    [t66].[reason_ceased],
                                                                    [t66].[reason_place_change],
                                                                    [t66].[home_postcode],
                                                                    [t66].[placement_postcode],
                                                                    [t66].[urn],
                                                                    [t66].[placed_outside_council],
                                                                    [t66].[la_code],
                                                                    [t66].[load_id],
                                                                    [t66].[period_start],
                                                                    [t66].[period_start_seen],
                                                                    [t66].[placement_start],
                                                                    [t66].[short_break],
                                                                    [t66].[previous_placement_start],
                                                                    [t66].[period_end],
                                                                    [t66].[_until],
                                                                    [t11].[month],
                                                                    [t11].[month_end],
                                                                    [t11].[month_index]
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
                                                                      COALESCE([t60].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                    FROM [t59] AS [t60]
                                                                    WHERE
                                                                      [t60].[_overlaps] <> 0 AND [t60].[start_date] IS NOT NULL
                                                                  ) AS [t66]
                                                                  INNER JOIN [scorecard_month_spine] AS [t11]
                                                                    ON [t66].[start_date] <= [t11].[month_end] AND [t66].[_until] > [t11].[month_end]
                                                                ) AS [t70]
                                                              ) AS [t73]
                                                            ) AS [t78]
                                                            WHERE
                                                              [t78].[_rank] = 0
                                                          ) AS [t81]
                                                        ) AS [t82]
                                                      ) AS [t84]
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          [t31].[la_code],
                                                          [t31].[child_id],
                                                          [t31].[month],
                                                          'UASC' AS [_uasc]
                                                        FROM (
                                                          SELECT DISTINCT
                                                            [t30].[la_code],
                                                            [t30].[child_id],
                                                            [t30].[month]
                                                          FROM (
                                                            SELECT
                                                              [t28].[child_id],
                                                              [t28].[start_date],
                                                              [t28].[end_date],
                                                              [t28].[la_code],
                                                              [t28].[load_id],
                                                              [t28].[month],
                                                              [t28].[month_end],
                                                              [t28].[month_index]
                                                            FROM (
                                                              SELECT
                                                                [t23].[child_id],
                                                                [t23].[start_date],
                                                                [t23].[end_date],
                                                                [t23].[la_code],
                                                                [t23].[load_id],
                                                                [t23].[_until],
                                                                [t11].[month],
                                                                [t11].[month_end],
                                                                [t11].[month_index]
                                                              FROM (
                                                                SELECT
                                                                  [t7].[child_id],
                                                                  COALESCE([t7].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                                                  [t7].[end_date],
                                                                  [t7].[la_code],
                                                                  [t7].[load_id],
                                                                  COALESCE([t7].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                FROM [uasc_status] AS [t7]
                                                                WHERE
                                                                  COALESCE([t7].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                                              ) AS [t23]
                                                              INNER JOIN [scorecard_month_spine] AS [t11]
                                                                ON [t23].[start_date] <= [t11].[month_end] AND [t23].[_until] > [t11].[month_end]
                                                            ) AS [t28]
                                                          ) AS [t30]
                                                        ) AS [t31]
                                                      ) AS [t34]
                                                        ON [t84].[la_code] = [t34].[la_code]
                                                        AND [t84].[child_id] = [t34].[child_id]
                                                        AND [t84].[month] = [t34].[month]
                                                    ) AS [t88]
                                                  ) AS [t89]
                                                ) AS [t90]
                                              ) AS [t92]
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  [t93].[la_code],
                                                  [t93].[child_id],
                                                  [t93].[period_start],
                                                  [t93].[month_end],
                                                  COUNT([t93].[review_date]) AS [_done],
                                                  SUM(IIF([t93].[_late] <> 0, 1, 0)) AS [_late_count],
                                                  MAX([t93].[review_date]) AS [_last]
                                                FROM (
                                                  SELECT
                                                    [t92].[child_id],
                                                    [t92].[start_date],
                                                    [t92].[reason_new_episode],
                                                    [t92].[legal_status],
                                                    [t92].[category_of_need],
                                                    [t92].[placement_type],
                                                    [t92].[placement_provider],
                                                    [t92].[end_date],
                                                    [t92].[reason_ceased],
                                                    [t92].[reason_place_change],
                                                    [t92].[home_postcode],
                                                    [t92].[placement_postcode],
                                                    [t92].[urn],
                                                    [t92].[placed_outside_council],
                                                    [t92].[la_code],
                                                    [t92].[load_id],
                                                    [t92].[period_start],
                                                    [t92].[period_start_seen],
                                                    [t92].[placement_start],
                                                    [t92].[short_break],
                                                    [t92].[previous_placement_start],
                                                    [t92].[period_end],
                                                    [t92].[month],
                                                    [t92].[month_end],
                                                    [t92].[month_index],
                                                    [t92].[uasc],
                                                    [t87].[la_code] AS [la_code_right],
                                                    [t87].[child_id] AS [child_id_right],
                                                    [t87].[period_start] AS [period_start_right],
                                                    [t87].[review_date],
                                                    [t87].[_first],
                                                    [t87].[_from],
                                                    [t87].[_seq],
                                                    [t87].[_previous],
                                                    [t87].[_late]
                                                  FROM (
                                                    SELECT
                                                      [t90].[child_id],
                                                      [t90].[start_date],
                                                      [t90].[reason_new_episode],
                                                      [t90].[legal_status],
                                                      [t90].[category_of_need],
                                                      [t90].[placement_type],
                                                      [t90].[placement_provider],
                                                      [t90].[end_date],
                                                      [t90].[reason_ceased],
                                                      [t90].[reason_place_change],
                                                      [t90].[home_postcode],
                                                      [t90].[placement_postcode],
                                                      [t90].[urn],
                                                      [t90].[placed_outside_council],
                                                      [t90].[la_code],
                                                      [t90].[load_id],
                                                      [t90].[period_start],
                                                      [t90].[period_start_seen],
                                                      [t90].[placement_start],
                                                      [t90].[short_break],
                                                      [t90].[previous_placement_start],
                                                      [t90].[period_end],
                                                      [t90].[month],
                                                      [t90].[month_end],
                                                      [t90].[month_index],
                                                      [t90].[uasc]
                                                    FROM (
                                                      SELECT
                                                        [t89].[child_id],
                                                        [t89].[start_date],
                                                        [t89].[reason_new_episode],
                                                        [t89].[legal_status],
                                                        [t89].[category_of_need],
                                                        [t89].[placement_type],
                                                        [t89].[placement_provider],
                                                        [t89].[end_date],
                                                        [t89].[reason_ceased],
                                                        [t89].[reason_place_change],
                                                        [t89].[home_postcode],
                                                        [t89].[placement_postcode],
                                                        [t89].[urn],
                                                        [t89].[placed_outside_council],
                                                        [t89].[la_code],
                                                        [t89].[load_id],
                                                        [t89].[period_start],
                                                        [t89].[period_start_seen],
                                                        [t89].[placement_start],
                                                        [t89].[short_break],
                                                        [t89].[previous_placement_start],
                                                        [t89].[period_end],
                                                        [t89].[month],
                                                        [t89].[month_end],
                                                        [t89].[month_index],
                                                        [t89].[_uasc],
                                                        COALESCE([t89].[_uasc], 'Not UASC') AS [uasc]
                                                      FROM (
                                                        SELECT
                                                          [t88].[child_id],
                                                          [t88].[start_date],
                                                          [t88].[reason_new_episode],
                                                          [t88].[legal_status],
                                                          [t88].[category_of_need],
                                                          [t88].[placement_type],
                                                          [t88].[placement_provider],
                                                          [t88].[end_date],
                                                          [t88].[reason_ceased],
                                                          [t88].[reason_place_change],
                                                          [t88].[home_postcode],
                                                          [t88].[placement_postcode],
                                                          [t88].[urn],
                                                          [t88].[placed_outside_council],
                                                          [t88].[la_code],
                                                          [t88].[load_id],
                                                          [t88].[period_start],
                                                          [t88].[period_start_seen],
                                                          [t88].[placement_start],
                                                          [t88].[short_break],
                                                          [t88].[previous_placement_start],
                                                          [t88].[period_end],
                                                          [t88].[month],
                                                          [t88].[month_end],
                                                          [t88].[month_index],
                                                          [t88].[_uasc]
                                                        FROM (
                                                          SELECT
                                                            [t84].[child_id],
                                                            [t84].[start_date],
                                                            [t84].[reason_new_episode],
                                                            [t84].[legal_status],
                                                            [t84].[category_of_need],
                                                            [t84].[placement_type],
                                                            [t84].[placement_provider],
                                                            [t84].[end_date],
                                                            [t84].[reason_ceased],
                                                            [t84].[reason_place_change],
                                                            [t84].[home_postcode],
                                                            [t84].[placement_postcode],
                                                            [t84].[urn],
                                                            [t84].[placed_outside_council],
                                                            [t84].[la_code],
                                                            [t84].[load_id],
                                                            [t84].[period_start],
                                                            [t84].[period_start_seen],
                                                            [t84].[placement_start],
                                                            [t84].[short_break],
                                                            [t84].[previous_placement_start],
                                                            [t84].[period_end],
                                                            [t84].[month],
                                                            [t84].[month_end],
                                                            [t84].[month_index],
                                                            [t34].[la_code] AS [la_code_right],
                                                            [t34].[child_id] AS [child_id_right],
                                                            [t34].[month] AS [month_right],
                                                            [t34].[_uasc]
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                [t75].[child_id],
                                                                [t75].[start_date],
                                                                [t75].[reason_new_episode],
                                                                [t75].[legal_status],
                                                                [t75].[category_of_need],
                                                                [t75].[placement_type],
                                                                [t75].[placement_provider],
                                                                [t75].[end_date],
                                                                [t75].[reason_ceased],
                                                                [t75].[reason_place_change],
                                                                [t75].[home_postcode],
                                                                [t75].[placement_postcode],
                                                                [t75].[urn],
                                                                [t75].[placed_outside_council],
                                                                [t75].[la_code],
                                                                [t75].[load_id],
                                                                [t75].[period_start],
                                                                [t75].[period_start_seen],
                                                                [t75].[placement_start],
                                                                [t75].[short_break],
                                                                [t75].[previous_placement_start],
                                                                [t75].[period_end],
                                                                [t75].[month],
                                                                [t75].[month_end],
                                                                [t75].[month_index]
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
                                                                  [t71].[_until],
                                                                  [t11].[month],
                                                                  [t11].[month_end],
                                                                  [t11].[month_index]
                                                                FROM (
                                                                  SELECT
                                                                    [t67].[child_id],
                                                                    [t67].[start_date],
                                                                    [t67].[reason_new_episode],
                                                                    [t67].[legal_status],
                                                                    [t67].[category_of_need],
                                                                    [t67].[placement_type],
                                                                    [t67].[placement_provider],
                                                                    [t67].[end_date],
                                                                    [t67].[reason_ceased],
                                                                    [t67].[reason_place_change],
                                                                    [t67].[home_postcode],
                                                                    [t67].[placement_postcode],
                                                                    [t67].[urn],
                                                                    [t67].[placed_outside_council],
                                                                    [t67].[la_code],
                                                                    [t67].[load_id],
                                                                    [t67].[period_start],
                                                                    [t67].[period_start_seen],
                                                                    [t67].[placement_start],
                                                                    [t67].[short_break],
                                                                    [t67].[previous_placement_start],
                                                                    [t67].[period_end],
                                                                    COALESCE([t67].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM (
                                                                      SELECT
                                                                        [t41].[child_id],
                                                                        [t41].[start_date],
                                                                        [t41].[reason_new_episode],
                                                                        [t41].[legal_status],
                                                                        [t41].[category_of_need],
                                                                        [t41].[placement_type],
                                                                        [t41].[placement_provider],
                                                                        [t41].[end_date],
                                                                        [t41].[reason_ceased],
                                                                        [t41].[reason_place_change],
                                                                        [t41].[home_postcode],
                                                                        [t41].[placement_postcode],
                                                                        [t41].[urn],
                                                                        [t41].[placed_outside_council],
                                                                        [t41].[la_code],
                                                                        [t41].[load_id],
                                                                        [t41].[period_start],
                                                                        [t41].[period_start_seen],
                                                                        [t41].[placement_start],
                                                                        [t41].[short_break],
                                                                        [t41].[previous_placement_start],
                                                                        [t41].[period_end]
                                                                      FROM [t39] AS [t41]
                                                                      WHERE
                                                                        NOT EXISTS(
                                                                          SELECT
                                                                            1
                                                                          FROM (
                                                                            SELECT
                                                                              [t42].[la_code],
                                                                              [t42].[child_id]
                                                                            FROM (
                                                                              SELECT
                                                                                [t40].[la_code],
                                                                                [t40].[child_id],
                                                                                COUNT_BIG(*) AS [_records]
                                                                              FROM [t39] AS [t40]
                                                                              GROUP BY
                                                                                [t40].[la_code],
                                                                                [t40].[child_id]
                                                                            ) AS [t42]
                                                                            WHERE
                                                                              [t42].[_records] > 1
                                                                          ) AS [t46]
                                                                          WHERE
                                                                            [t41].[la_code] = [t46].[la_code] AND [t41].[child_id] = [t46].[child_id]
                                                                        )
                                                                    ) AS [t48]
                                                                    UNION ALL
                                                                    SELECT
                                                                      *
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
                                                                        [t60].[period_end]
                                                                      FROM [t59] AS [t60]
                                                                      WHERE
                                                                        IIF([t60].[_overlaps] <> 0, 1, 0) = 0
                                                                    ) AS [t64]
                                                                  ) AS [t67]
                                                                  WHERE
                                                                    [t67].[start_date] IS NOT NULL
                                                                ) AS [t71]
                                                                INNER JOIN [scorecard_month_spine] AS [t11]
                                                                  ON [t71].[start_date] <= [t11].[month_end] AND [t71].[_until] > [t11].[month_end]
                                                              ) AS [t75]
                                                            ) AS [t77]
                                                            UNION ALL
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                [t81].[child_id],
                                                                [t81].[start_date],
                                                                [t81].[reason_new_episode],
                                                                [t81].[legal_status],
                                                                [t81].[category_of_need],
                                                                [t81].[placement_type],
                                                                [t81].[placement_provider],
                                                                [t81].[end_date],
                                                                [t81].[reason_ceased],
                                                                [t81].[reason_place_change],
                                                                [t81].[home_postcode],
                                                                [t81].[placement_postcode],
                                                                [t81].[urn],
                                                                [t81].[placed_outside_council],
                                                                [t81].[la_code],
                                                                [t81].[load_id],
                                                                [t81].[period_start],
                                                                [t81].[period_start_seen],
                                                                [t81].[placement_start],
                                                                [t81].[short_break],
                                                                [t81].[previous_placement_start],
                                                                [t81].[period_end],
                                                                [t81].[month],
                                                                [t81].[month_end],
                                                                [t81].[month_index]
                                                              FROM (
                                                                SELECT
                                                                  [t78].[child_id],
                                                                  [t78].[start_date],
                                                                  [t78].[reason_new_episode],
                                                                  [t78].[legal_status],
                                                                  [t78].[category_of_need],
                                                                  [t78].[placement_type],
                                                                  [t78].[placement_provider],
                                                                  [t78].[end_date],
                                                                  [t78].[reason_ceased],
                                                                  [t78].[reason_place_change],
                                                                  [t78].[home_postcode],
                                                                  [t78].[placement_postcode],
                                                                  [t78].[urn],
                                                                  [t78].[placed_outside_council],
                                                                  [t78].[la_code],
                                                                  [t78].[load_id],
                                                                  [t78].[period_start],
                                                                  [t78].[period_start_seen],
                                                                  [t78].[placement_start],
                                                                  [t78].[short_break],
                                                                  [t78].[previous_placement_start],
                                                                  [t78].[period_end],
                                                                  [t78].[month],
                                                                  [t78].[month_end],
                                                                  [t78].[month_index],
                                                                  [t78].[_rank]
                                                                FROM (
                                                                  SELECT
                                                                    [t73].[child_id],
                                                                    [t73].[start_date],
                                                                    [t73].[reason_new_episode],
                                                                    [t73].[legal_status],
                                                                    [t73].[category_of_need],
                                                                    [t73].[placement_type],
                                                                    [t73].[placement_provider],
                                                                    [t73].[end_date],
                                                                    [t73].[reason_ceased],
                                                                    [t73].[reason_place_change],
                                                                    [t73].[home_postcode],
                                                                    [t73].[placement_postcode],
                                                                    [t73].[urn],
                                                                    [t73].[placed_outside_council],
                                                                    [t73].[la_code],
                                                                    [t73].[load_id],
                                                                    [t73].[period_start],
                                                                    [t73].[period_start_seen],
                                                                    [t73].[placement_start],
                                                                    [t73].[short_break],
                                                                    [t73].[previous_placement_start],
                                                                    [t73].[period_end],
                                                                    [t73].[month],
                                                                    [t73].[month_end],
                                                                    [t73].[month_index],
                                                                    ROW_NUMBER() OVER (
                                                                      PARTITION BY [t73].[la_code], [t73].[child_id], [t73].[month]
                                                                      ORDER BY [t73].[start_date] DESC
                                                                    ) - 1 AS [_rank]
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
                                                                      [t70].[month_index]
                                                                    FROM (
                                                                      SELECT
                                                                        [t66].[child_id],
                                                                        [t66].[start_date],
                                                                        [t66].[reason_new_episode],
                                                                        [t66].[legal_status],
                                                                        [t66].[category_of_need],
                                                                        [t66].[placement_type],
                                                                        [t66].[placement_provider],
                                                                        [t66].[end_date],
                                                                        [t66].[reason_ceased],
                                                                        [t66].[reason_place_change],
                                                                        [t66].[home_postcode],
                                                                        [t66].[placement_postcode],
                                                                        [t66].[urn],
                                                                        [t66].[placed_outside_council],
                                                                        [t66].[la_code],
                                                                        [t66].[load_id],
                                                                        [t66].[period_start],
                                                                        [t66].[period_start_seen],
                                                                        [t66].[placement_start],
                                                                        [t66].[short_break],
                                                                        [t66].[previous_placement_start],
                                                                        [t66].[period_end],
                                                                        [t66].[_until],
                                                                        [t11].[month],
                                                                        [t11].[month_end],
                                                                        [t11].[month_index]
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
                                                                          COALESCE([t60].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                        FROM [t59] AS [t60]
                                                                        WHERE
                                                                          [t60].[_overlaps] <> 0 AND [t60].[start_date] IS NOT NULL
                                                                      ) AS [t66]
                                                                      INNER JOIN [scorecard_month_spine] AS [t11]
                                                                        ON [t66].[start_date] <= [t11].[month_end] AND [t66].[_until] > [t11].[month_end]
                                                                    ) AS [t70]
                                                                  ) AS [t73]
                                                                ) AS [t78]
                                                                WHERE
                                                                  [t78].[_rank] = 0
                                                              ) AS [t81]
                                                            ) AS [t82]
                                                          ) AS [t84]
                                                          LEFT OUTER JOIN (
                                                            SELECT
                                                              [t31].[la_code],
                                                              [t31].[child_id],
                                                              [t31].[month],
                                                              'UASC' AS [_uasc]
                                                            FROM (
                                                              SELECT DISTINCT
                                                                [t30].[la_code],
                                                                [t30].[child_id],
                                                                [t30].[month]
                                                              FROM (
                                                                SELECT
                                                                  [t28].[child_id],
                                                                  [t28].[start_date],
                                                                  [t28].[end_date],
                                                                  [t28].[la_code],
                                                                  [t28].[load_id],
                                                                  [t28].[month],
                                                                  [t28].[month_end],
                                                                  [t28].[month_index]
                                                                FROM (
                                                                  SELECT
                                                                    [t23].[child_id],
                                                                    [t23].[start_date],
                                                                    [t23].[end_date],
                                                                    [t23].[la_code],
                                                                    [t23].[load_id],
                                                                    [t23].[_until],
                                                                    [t11].[month],
                                                                    [t11].[month_end],
                                                                    [t11].[month_index]
                                                                  FROM (
                                                                    SELECT
                                                                      [t7].[child_id],
                                                                      COALESCE([t7].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                                                      [t7].[end_date],
                                                                      [t7].[la_code],
                                                                      [t7].[load_id],
                                                                      COALESCE([t7].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                    FROM [uasc_status] AS [t7]
                                                                    WHERE
                                                                      COALESCE([t7].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                                                  ) AS [t23]
                                                                  INNER JOIN [scorecard_month_spine] AS [t11]
                                                                    ON [t23].[start_date] <= [t11].[month_end] AND [t23].[_until] > [t11].[month_end]
                                                                ) AS [t28]
                                                              ) AS [t30]
                                                            ) AS [t31]
                                                          ) AS [t34]
                                                            ON [t84].[la_code] = [t34].[la_code]
                                                            AND [t84].[child_id] = [t34].[child_id]
                                                            AND [t84].[month] = [t34].[month]
                                                        ) AS [t88]
                                                      ) AS [t89]
                                                    ) AS [t90]
                                                  ) AS [t92]
                                                  INNER JOIN (
                                                    SELECT
                                                      [t85].[la_code],
                                                      [t85].[child_id],
                                                      [t85].[period_start],
                                                      [t85].[review_date],
                                                      [t85].[_first],
                                                      [t85].[_from],
                                                      [t85].[_seq],
                                                      [t85].[_previous],
                                                      [t85].[_late]
                                                    FROM (
                                                      SELECT
                                                        [t80].[la_code],
                                                        [t80].[child_id],
                                                        [t80].[period_start],
                                                        [t80].[review_date],
                                                        [t80].[_first],
                                                        [t80].[_from],
                                                        [t80].[_seq],
                                                        [t80].[_previous],
                                                        [t80].[__late1],
                                                        [t80].[review_date] > DATEADD(MONTH, CAST('3' AS BIGINT), [t80].[_previous]) AS [__late2],
                                                        [t80].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t80].[_previous]) AS [__late3],
                                                        CASE
                                                          WHEN [t80].[_seq] = 1
                                                          THEN [t80].[__late1]
                                                          WHEN [t80].[_seq] = 2
                                                          THEN [t80].[review_date] > DATEADD(MONTH, CAST('3' AS BIGINT), [t80].[_previous])
                                                          ELSE [t80].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t80].[_previous])
                                                        END AS [_late]
                                                      FROM (
                                                        SELECT
                                                          [t79].[la_code],
                                                          [t79].[child_id],
                                                          [t79].[period_start],
                                                          [t79].[review_date],
                                                          [t79].[_first],
                                                          [t79].[_from],
                                                          [t79].[_seq],
                                                          [t79].[_previous],
                                                          [t79].[__late1]
                                                        FROM (
                                                          SELECT
                                                            [t76].[la_code],
                                                            [t76].[child_id],
                                                            [t76].[period_start],
                                                            [t76].[review_date],
                                                            [t76].[_first],
                                                            [t76].[_from],
                                                            [t76].[_seq],
                                                            [t76].[_previous],
                                                            [t76].[___late1_days],
                                                            [t76].[___late1_days] > 20 AS [__late1]
                                                          FROM (
                                                            SELECT
                                                              [t74].[la_code],
                                                              [t74].[child_id],
                                                              [t74].[period_start],
                                                              [t74].[review_date],
                                                              [t74].[_first],
                                                              [t74].[_from],
                                                              [t74].[_seq],
                                                              [t74].[_previous],
                                                              [t74].[___late1_days]
                                                            FROM (
                                                              SELECT
                                                                [t72].[la_code],
                                                                [t72].[child_id],
                                                                [t72].[period_start],
                                                                [t72].[review_date],
                                                                [t72].[_first],
                                                                [t72].[_from],
                                                                [t72].[_seq],
                                                                [t72].[_previous],
                                                                [t72].[_wd_start],
                                                                [t72].[_wd_end],
                                                                [t72].[_wd_end] - [t72].[_wd_start] AS [___late1_days]
                                                              FROM (
                                                                SELECT
                                                                  [t69].[la_code],
                                                                  [t69].[child_id],
                                                                  [t69].[period_start],
                                                                  [t69].[review_date],
                                                                  [t69].[_first],
                                                                  [t69].[_from],
                                                                  [t69].[_seq],
                                                                  [t69].[_previous],
                                                                  [t69].[_wd_start],
                                                                  [t69].[_wd_end]
                                                                FROM (
                                                                  SELECT
                                                                    [t65].[la_code],
                                                                    [t65].[child_id],
                                                                    [t65].[period_start],
                                                                    [t65].[review_date],
                                                                    [t65].[_first],
                                                                    [t65].[_from],
                                                                    [t65].[_seq],
                                                                    [t65].[_previous],
                                                                    [t65].[_wd_start],
                                                                    [t17].[__wd_end_day],
                                                                    [t17].[_wd_end]
                                                                  FROM (
                                                                    SELECT
                                                                      [t61].[la_code],
                                                                      [t61].[child_id],
                                                                      [t61].[period_start],
                                                                      [t61].[review_date],
                                                                      [t61].[_first],
                                                                      [t61].[_from],
                                                                      [t61].[_seq],
                                                                      [t61].[_previous],
                                                                      [t61].[_wd_start]
                                                                    FROM (
                                                                      SELECT
                                                                        [t58].[la_code],
                                                                        [t58].[child_id],
                                                                        [t58].[period_start],
                                                                        [t58].[review_date],
                                                                        [t58].[_first],
                                                                        [t58].[_from],
                                                                        [t58].[_seq],
                                                                        [t58].[_previous],
                                                                        [t18].[__wd_start_day],
                                                                        [t18].[_wd_start]
                                                                      FROM (
                                                                        SELECT
                                                                          [t55].[la_code],
                                                                          [t55].[child_id],
                                                                          [t55].[period_start],
                                                                          [t55].[review_date],
                                                                          [t55].[_first],
                                                                          [t55].[_from],
                                                                          (
                                                                            ROW_NUMBER() OVER (
                                                                              PARTITION BY [t55].[la_code], [t55].[child_id], [t55].[period_start]
                                                                              ORDER BY CASE WHEN [t55].[review_date] IS NULL THEN 1 ELSE 0 END, [t55].[review_date] ASC
                                                                            ) - 1
                                                                          ) + [t55].[_first] AS [_seq],
                                                                          COALESCE(
                                                                            LAG([t55].[review_date]) OVER (
                                                                              PARTITION BY [t55].[la_code], [t55].[child_id], [t55].[period_start]
                                                                              ORDER BY CASE WHEN [t55].[review_date] IS NULL THEN 1 ELSE 0 END, [t55].[review_date] ASC
                                                                            ),
                                                                            [t55].[_from]
                                                                          ) AS [_previous]
                                                                        FROM (
                                                                          SELECT
                                                                            [t21].[la_code],
                                                                            [t21].[child_id],
                                                                            [t51].[period_start],
                                                                            [t21].[review_date],
                                                                            [t51].[_first],
                                                                            [t51].[_from]
                                                                          FROM (
                                                                            SELECT DISTINCT
                                                                              [t8].[la_code],
                                                                              [t8].[child_id],
                                                                              [t8].[review_date]
                                                                            FROM [cla_review] AS [t8]
                                                                          ) AS [t21]
                                                                          INNER JOIN (
                                                                            SELECT
                                                                              [t47].[la_code],
                                                                              [t47].[child_id],
                                                                              [t47].[period_start],
                                                                              [t47].[period_end],
                                                                              [t47].[period_start_seen],
                                                                              [t47].[_first],
                                                                              [t47].[_from]
                                                                            FROM (
                                                                              SELECT
                                                                                [t44].[la_code],
                                                                                [t44].[child_id],
                                                                                [t44].[period_start],
                                                                                [t44].[period_end],
                                                                                [t44].[period_start_seen],
                                                                                [t44].[_held_from],
                                                                                IIF(
                                                                                  [t44].[period_start_seen] <> 0
                                                                                  AND (
                                                                                    (
                                                                                      [t44].[_held_from] IS NULL
                                                                                    )
                                                                                    OR (
                                                                                      [t44].[period_start] >= [t44].[_held_from]
                                                                                    )
                                                                                  ),
                                                                                  1,
                                                                                  3
                                                                                ) AS [_first],
                                                                                IIF(
                                                                                  [t44].[period_start_seen] <> 0
                                                                                  AND (
                                                                                    (
                                                                                      [t44].[_held_from] IS NULL
                                                                                    )
                                                                                    OR (
                                                                                      [t44].[period_start] >= [t44].[_held_from]
                                                                                    )
                                                                                  ),
                                                                                  [t44].[period_start],
                                                                                  GREATEST([t44].[period_start], COALESCE([t44].[_held_from], [t44].[period_start]))
                                                                                ) AS [_from]
                                                                              FROM (
                                                                                SELECT
                                                                                  [t43].[la_code],
                                                                                  [t43].[child_id],
                                                                                  [t43].[period_start],
                                                                                  [t43].[period_end],
                                                                                  [t43].[period_start_seen],
                                                                                  [t43].[_held_from]
                                                                                FROM (
                                                                                  SELECT
                                                                                    [t38].[la_code],
                                                                                    [t38].[child_id],
                                                                                    [t38].[period_start],
                                                                                    [t38].[period_end],
                                                                                    [t38].[period_start_seen],
                                                                                    [t27].[la_code] AS [la_code_right],
                                                                                    [t27].[_held_from]
                                                                                  FROM (
                                                                                    SELECT DISTINCT
                                                                                      [t36].[la_code],
                                                                                      [t36].[child_id],
                                                                                      [t36].[period_start],
                                                                                      [t36].[period_end],
                                                                                      [t36].[period_start_seen]
                                                                                    FROM (
                                                                                      SELECT
                                                                                        [t35].[child_id],
                                                                                        [t35].[start_date],
                                                                                        [t35].[reason_new_episode],
                                                                                        [t35].[legal_status],
                                                                                        [t35].[category_of_need],
                                                                                        [t35].[placement_type],
                                                                                        [t35].[placement_provider],
                                                                                        [t35].[end_date],
                                                                                        [t35].[reason_ceased],
                                                                                        [t35].[reason_place_change],
                                                                                        [t35].[home_postcode],
                                                                                        [t35].[placement_postcode],
                                                                                        [t35].[urn],
                                                                                        [t35].[placed_outside_council],
                                                                                        [t35].[la_code],
                                                                                        [t35].[load_id],
                                                                                        [t35].[period_start],
                                                                                        [t35].[period_start_seen],
                                                                                        [t35].[placement_start],
                                                                                        [t35].[short_break],
                                                                                        [t35].[previous_placement_start],
                                                                                        [t35].[period_end]
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
                                                                                          [t33].[_move],
                                                                                          [t33].[short_break],
                                                                                          [t33].[_previous],
                                                                                          MAX([t33].[_previous]) OVER (
                                                                                            PARTITION BY [t33].[la_code], [t33].[child_id]
                                                                                            ORDER BY CASE WHEN [t33].[start_date] IS NULL THEN 1 ELSE 0 END, [t33].[start_date] ASC
                                                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                          ) AS [previous_placement_start],
                                                                                          IIF(
                                                                                            MAX(IIF([t33].[end_date] IS NULL, 1, 0)) OVER (
                                                                                              PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[period_start]
                                                                                              ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                            ),
                                                                                            CAST(NULL AS DATE),
                                                                                            MAX([t33].[end_date]) OVER (
                                                                                              PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[period_start]
                                                                                              ORDER BY CASE WHEN [t33].[end_date] IS NULL THEN 1 ELSE 0 END, [t33].[end_date] ASC
                                                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                            )
                                                                                          ) AS [period_end]
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
                                                                                            [t29].[_move],
                                                                                            [t29].[short_break],
                                                                                            IIF(
                                                                                              [t29].[_move] IS NOT NULL,
                                                                                              LAG([t29].[placement_start]) OVER (
                                                                                                PARTITION BY [t29].[la_code], [t29].[child_id]
                                                                                                ORDER BY CASE WHEN [t29].[start_date] IS NULL THEN 1 ELSE 0 END, [t29].[start_date] ASC
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
                                                                                            ) AS [t20]
                                                                                          ) AS [t29]
                                                                                        ) AS [t33]
                                                                                      ) AS [t35]
                                                                                    ) AS [t36]
                                                                                  ) AS [t38]
                                                                                  LEFT OUTER JOIN (
                                                                                    SELECT
                                                                                      [t19].[la_code],
                                                                                      MIN([t19].[period_start]) AS [_held_from]
                                                                                    FROM (
                                                                                      SELECT
                                                                                        [t5].[source],
                                                                                        [t5].[table_name],
                                                                                        [t5].[period_start],
                                                                                        [t5].[period_end],
                                                                                        [t5].[la_code],
                                                                                        [t5].[load_id]
                                                                                      FROM [coverage] AS [t5]
                                                                                      WHERE
                                                                                        [t5].[table_name] = 'cla_review'
                                                                                    ) AS [t19]
                                                                                    GROUP BY
                                                                                      [t19].[la_code]
                                                                                  ) AS [t27]
                                                                                    ON [t38].[la_code] = [t27].[la_code]
                                                                                ) AS [t43]
                                                                              ) AS [t44]
                                                                            ) AS [t47]
                                                                          ) AS [t51]
                                                                            ON [t21].[la_code] = [t51].[la_code]
                                                                            AND [t21].[child_id] = [t51].[child_id]
                                                                            AND [t21].[review_date] >= [t51].[period_start]
                                                                            AND (
                                                                              (
                                                                                [t51].[period_end] IS NULL
                                                                              )
                                                                              OR (
                                                                                [t21].[review_date] <= [t51].[period_end]
                                                                              )
                                                                            )
                                                                        ) AS [t55]
                                                                      ) AS [t58]
                                                                      LEFT OUTER JOIN (
                                                                        SELECT
                                                                          [t4].[day] AS [__wd_start_day],
                                                                          [t4].[wd_index] AS [_wd_start]
                                                                        FROM [scorecard_calendar] AS [t4]
                                                                      ) AS [t18]
                                                                        ON [t58].[_previous] = [t18].[__wd_start_day]
                                                                    ) AS [t61]
                                                                  ) AS [t65]
                                                                  LEFT OUTER JOIN (
                                                                    SELECT
                                                                      [t4].[day] AS [__wd_end_day],
                                                                      [t4].[wd_index] AS [_wd_end]
                                                                    FROM [scorecard_calendar] AS [t4]
                                                                  ) AS [t17]
                                                                    ON [t65].[review_date] = [t17].[__wd_end_day]
                                                                ) AS [t69]
                                                              ) AS [t72]
                                                            ) AS [t74]
                                                          ) AS [t76]
                                                        ) AS [t79]
                                                      ) AS [t80]
                                                    ) AS [t85]
                                                  ) AS [t87]
                                                    ON [t92].[la_code] = [t87].[la_code]
                                                    AND [t92].[child_id] = [t87].[child_id]
                                                    AND [t92].[period_start] = [t87].[period_start]
                                                    AND [t87].[review_date] <= [t92].[month_end]
                                                ) AS [t93]
                                                GROUP BY
                                                  [t93].[la_code],
                                                  [t93].[child_id],
                                                  [t93].[period_start],
                                                  [t93].[month_end]
                                              ) AS [t95]
                                                ON [t92].[la_code] = [t95].[la_code]
                                                AND [t92].[child_id] = [t95].[child_id]
                                                AND [t92].[period_start] = [t95].[period_start]
                                                AND [t92].[month_end] = [t95].[month_end]
                                            ) AS [t96]
                                          ) AS [t98]
                                          LEFT OUTER JOIN (
                                            SELECT DISTINCT
                                              [t50].[la_code],
                                              [t50].[child_id],
                                              [t50].[period_start],
                                              [t50].[_first],
                                              [t50].[_from]
                                            FROM (
                                              SELECT
                                                [t47].[la_code],
                                                [t47].[child_id],
                                                [t47].[period_start],
                                                [t47].[period_end],
                                                [t47].[period_start_seen],
                                                [t47].[_first],
                                                [t47].[_from]
                                              FROM (
                                                SELECT
                                                  [t44].[la_code],
                                                  [t44].[child_id],
                                                  [t44].[period_start],
                                                  [t44].[period_end],
                                                  [t44].[period_start_seen],
                                                  [t44].[_held_from],
                                                  IIF(
                                                    [t44].[period_start_seen] <> 0
                                                    AND (
                                                      (
                                                        [t44].[_held_from] IS NULL
                                                      )
                                                      OR (
                                                        [t44].[period_start] >= [t44].[_held_from]
                                                      )
                                                    ),
                                                    1,
                                                    3
                                                  ) AS [_first],
                                                  IIF(
                                                    [t44].[period_start_seen] <> 0
                                                    AND (
                                                      (
                                                        [t44].[_held_from] IS NULL
                                                      )
                                                      OR (
                                                        [t44].[period_start] >= [t44].[_held_from]
                                                      )
                                                    ),
                                                    [t44].[period_start],
                                                    GREATEST([t44].[period_start], COALESCE([t44].[_held_from], [t44].[period_start]))
                                                  ) AS [_from]
                                                FROM (
                                                  SELECT
                                                    [t43].[la_code],
                                                    [t43].[child_id],
                                                    [t43].[period_start],
                                                    [t43].[period_end],
                                                    [t43].[period_start_seen],
                                                    [t43].[_held_from]
                                                  FROM (
                                                    SELECT
                                                      [t38].[la_code],
                                                      [t38].[child_id],
                                                      [t38].[period_start],
                                                      [t38].[period_end],
                                                      [t38].[period_start_seen],
                                                      [t27].[la_code] AS [la_code_right],
                                                      [t27].[_held_from]
                                                    FROM (
                                                      SELECT DISTINCT
                                                        [t36].[la_code],
                                                        [t36].[child_id],
                                                        [t36].[period_start],
                                                        [t36].[period_end],
                                                        [t36].[period_start_seen]
                                                      FROM (
                                                        SELECT
                                                          [t35].[child_id],
                                                          [t35].[start_date],
                                                          [t35].[reason_new_episode],
                                                          [t35].[legal_status],
                                                          [t35].[category_of_need],
                                                          [t35].[placement_type],
                                                          [t35].[placement_provider],
                                                          [t35].[end_date],
                                                          [t35].[reason_ceased],
                                                          [t35].[reason_place_change],
                                                          [t35].[home_postcode],
                                                          [t35].[placement_postcode],
                                                          [t35].[urn],
                                                          [t35].[placed_outside_council],
                                                          [t35].[la_code],
                                                          [t35].[load_id],
                                                          [t35].[period_start],
                                                          [t35].[period_start_seen],
                                                          [t35].[placement_start],
                                                          [t35].[short_break],
                                                          [t35].[previous_placement_start],
                                                          [t35].[period_end]
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
                                                            [t33].[_move],
                                                            [t33].[short_break],
                                                            [t33].[_previous],
                                                            MAX([t33].[_previous]) OVER (
                                                              PARTITION BY [t33].[la_code], [t33].[child_id]
                                                              ORDER BY CASE WHEN [t33].[start_date] IS NULL THEN 1 ELSE 0 END, [t33].[start_date] ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS [previous_placement_start],
                                                            IIF(
                                                              MAX(IIF([t33].[end_date] IS NULL, 1, 0)) OVER (
                                                                PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[period_start]
                                                                ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ),
                                                              CAST(NULL AS DATE),
                                                              MAX([t33].[end_date]) OVER (
                                                                PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[period_start]
                                                                ORDER BY CASE WHEN [t33].[end_date] IS NULL THEN 1 ELSE 0 END, [t33].[end_date] ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                              )
                                                            ) AS [period_end]
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
                                                              [t29].[_move],
                                                              [t29].[short_break],
                                                              IIF(
                                                                [t29].[_move] IS NOT NULL,
                                                                LAG([t29].[placement_start]) OVER (
                                                                  PARTITION BY [t29].[la_code], [t29].[child_id]
                                                                  ORDER BY CASE WHEN [t29].[start_date] IS NULL THEN 1 ELSE 0 END, [t29].[start_date] ASC
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
                                                              ) AS [t20]
                                                            ) AS [t29]
                                                          ) AS [t33]
                                                        ) AS [t35]
                                                      ) AS [t36]
                                                    ) AS [t38]
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        [t19].[la_code],
                                                        MIN([t19].[period_start]) AS [_held_from]
                                                      FROM (
                                                        SELECT
                                                          [t5].[source],
                                                          [t5].[table_name],
                                                          [t5].[period_start],
                                                          [t5].[period_end],
                                                          [t5].[la_code],
                                                          [t5].[load_id]
                                                        FROM [coverage] AS [t5]
                                                        WHERE
                                                          [t5].[table_name] = 'cla_review'
                                                      ) AS [t19]
                                                      GROUP BY
                                                        [t19].[la_code]
                                                    ) AS [t27]
                                                      ON [t38].[la_code] = [t27].[la_code]
                                                  ) AS [t43]
                                                ) AS [t44]
                                              ) AS [t47]
                                            ) AS [t50]
                                          ) AS [t53]
                                            ON [t98].[la_code] = [t53].[la_code]
                                            AND [t98].[child_id] = [t53].[child_id]
                                            AND [t98].[period_start] = [t53].[period_start]
                                        ) AS [t99]
                                      ) AS [t100]
                                    ) AS [t102]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t4].[day] AS [__wd_start_day],
                                        [t4].[wd_index] AS [_wd_start]
                                      FROM [scorecard_calendar] AS [t4]
                                    ) AS [t18]
                                      ON [t102].[_since] = [t18].[__wd_start_day]
                                  ) AS [t103]
                                ) AS [t105]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t4].[day] AS [__wd_end_day],
                                    [t4].[wd_index] AS [_wd_end]
                                  FROM [scorecard_calendar] AS [t4]
                                ) AS [t17]
                                  ON [t105].[month_end] = [t17].[__wd_end_day]
                              ) AS [t106]
                            ) AS [t107]
                          ) AS [t108]
                        ) AS [t109]
                      ) AS [t110]
                    ) AS [t111]
                  ) AS [t112]
                ) AS [t113]
              ) AS [t114]
            ) AS [t115]
          ) AS [t116]
          GROUP BY
            [t116].[la_code],
            [t116].[month],
            [t116].[_part],
            [t116].[breakdown_value]
        ) AS [t117]
      ) AS [t118]
      GROUP BY
        [t118].[la_code],
        [t118].[indicator_id],
        [t118].[month_index],
        [t118].[breakdown],
        [t118].[breakdown_value]
    ) AS [t120]
      ON [t120].[la_code] = [t10].[la_code]
      AND [t120].[indicator_id] = [t12].[indicator_id]
      AND [t120].[month_index] <= [t11].[month_index]
      AND [t120].[month_index] >= (
        [t11].[month_index] - IIF([t120].[breakdown] = 'month_alone', 0, [t12].[months_back])
      )
  ) AS [t121]
  GROUP BY
    [t121].[la_code],
    [t121].[indicator_id],
    [t121].[month],
    [t121].[breakdown],
    [t121].[breakdown_value],
    [t121].[unit]
)
SELECT
  [t134].[la_code],
  [t134].[indicator_id],
  [t134].[month],
  [t134].[breakdown],
  [t134].[breakdown_value],
  [t134].[numerator],
  CASE
    WHEN [t134].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t134].[unit] = 'rate'
    THEN CAST([t9].[population] AS FLOAT)
    ELSE [t134].[denominator]
  END AS [denominator],
  CASE
    WHEN [t134].[unit] = 'count'
    THEN [t134].[numerator]
    WHEN [t134].[unit] = 'rate'
    THEN IIF(
      CAST([t9].[population] AS FLOAT) > 0,
      (
        [t134].[numerator] * 10000
      ) / CAST([t9].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t134].[unit] = 'percent'
    THEN IIF(
      [t134].[denominator] > 0,
      CAST([t134].[numerator] AS FLOAT) / [t134].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t134].[denominator] > 0,
      CAST([t134].[numerator] AS FLOAT) / [t134].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t128].[la_code],
      [t128].[indicator_id],
      [t128].[month],
      [t128].[breakdown],
      [t128].[breakdown_value],
      [t128].[unit],
      [t128].[numerator],
      [t128].[denominator]
    FROM (
      SELECT
        [t26].[la_code],
        [t26].[indicator_id],
        [t26].[month],
        [t26].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t16].[la_code],
          [t16].[month],
          [t16].[month_end],
          [t16].[month_index],
          [t16].[indicator_id],
          [t16].[months_back],
          [t16].[unit]
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
            ('CLAR1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        ) AS [t16]
        WHERE
          [t16].[months_back] > 0
      ) AS [t26]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t123].[la_code],
              [t123].[indicator_id],
              [t123].[month],
              [t123].[breakdown],
              [t123].[breakdown_value],
              [t123].[unit],
              [t123].[numerator],
              [t123].[denominator]
            FROM [t122] AS [t123]
            WHERE
              [t123].[breakdown] = 'month_alone'
          ) AS [t126]
          WHERE
            [t26].[la_code] = [t126].[la_code]
            AND [t26].[indicator_id] = [t126].[indicator_id]
            AND [t26].[month] = [t126].[month]
        )
    ) AS [t128]
  ) AS [t130]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t122] AS [t123]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t129].[la_code],
        [t129].[indicator_id],
        [t129].[month],
        [t129].[breakdown],
        [t129].[breakdown_value],
        [t129].[unit],
        [t129].[numerator],
        [t129].[denominator]
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
          ('CLAR1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t123].[la_code],
                [t123].[indicator_id],
                [t123].[month],
                [t123].[breakdown],
                [t123].[breakdown_value],
                [t123].[unit],
                [t123].[numerator],
                [t123].[denominator]
              FROM [t122] AS [t123]
              WHERE
                [t123].[breakdown] = 'all'
            ) AS [t127]
            WHERE
              [t10].[la_code] = [t127].[la_code]
              AND [t12].[indicator_id] = [t127].[indicator_id]
              AND [t11].[month] = [t127].[month]
          )
      ) AS [t129]
    ) AS [t131]
  ) AS [t132]
) AS [t134]
LEFT OUTER JOIN [scorecard_population] AS [t9]
  ON [t134].[la_code] = [t9].[la_code] AND [t134].[month] = [t9].[month]
