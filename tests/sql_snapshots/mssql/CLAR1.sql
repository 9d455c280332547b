WITH [t43] AS (
  SELECT
    [t37].[child_id],
    [t37].[start_date],
    [t37].[reason_new_episode],
    [t37].[legal_status],
    [t37].[category_of_need],
    [t37].[placement_type],
    [t37].[placement_provider],
    [t37].[end_date],
    [t37].[reason_ceased],
    [t37].[reason_place_change],
    [t37].[home_postcode],
    [t37].[placement_postcode],
    [t37].[urn],
    [t37].[placed_outside_council],
    [t37].[la_code],
    [t37].[load_id],
    [t37].[period_start],
    [t37].[period_start_seen],
    [t37].[placement_start],
    [t37].[short_break],
    [t37].[previous_placement_start],
    [t37].[period_end],
    [t37].[_reach],
    [t37].[_earlier_reach],
    MAX(IIF(COALESCE([t37].[_earlier_reach] > [t37].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t37].[la_code], [t37].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
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
      [t36].[_reach],
      LAG([t36].[_reach]) OVER (
        PARTITION BY [t36].[la_code], [t36].[child_id]
        ORDER BY CASE WHEN [t36].[start_date] IS NULL THEN 1 ELSE 0 END, [t36].[start_date] ASC
      ) AS [_earlier_reach]
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
        [t33].[period_end],
        MAX(COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t33].[la_code], [t33].[child_id]
          ORDER BY CASE WHEN [t33].[start_date] IS NULL THEN 1 ELSE 0 END, [t33].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
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
          [t30].[short_break],
          [t30].[previous_placement_start],
          [t30].[period_end]
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
              [t28].[child_id],
              [t28].[start_date],
              [t28].[reason_new_episode],
              [t28].[legal_status],
              [t28].[category_of_need],
              [t28].[placement_type],
              [t28].[placement_provider],
              [t28].[end_date],
              [t28].[reason_ceased],
              [t28].[reason_place_change],
              [t28].[home_postcode],
              [t28].[placement_postcode],
              [t28].[urn],
              [t28].[placed_outside_council],
              [t28].[la_code],
              [t28].[load_id],
              [t28].[period_start],
              [t28].[period_start_seen],
              [t28].[placement_start],
              [t28].[_move],
              [t28].[short_break],
              [t28].[_previous],
              MAX([t28].[_previous]) OVER (
                PARTITION BY [t28].[la_code], [t28].[child_id]
                ORDER BY CASE WHEN [t28].[start_date] IS NULL THEN 1 ELSE 0 END, [t28].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS [previous_placement_start],
              IIF(
                MAX(IIF([t28].[end_date] IS NULL, 1, 0)) OVER (
                  PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[period_start]
                  ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ),
                CAST(NULL AS DATE),
                MAX([t28].[end_date]) OVER (
                  PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[period_start]
                  ORDER BY CASE WHEN [t28].[end_date] IS NULL THEN 1 ELSE 0 END, [t28].[end_date] ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
              ) AS [period_end]
            FROM (
              SELECT
                [t27].[child_id],
                [t27].[start_date],
                [t27].[reason_new_episode],
                [t27].[legal_status],
                [t27].[category_of_need],
                [t27].[placement_type],
                [t27].[placement_provider],
                [t27].[end_date],
                [t27].[reason_ceased],
                [t27].[reason_place_change],
                [t27].[home_postcode],
                [t27].[placement_postcode],
                [t27].[urn],
                [t27].[placed_outside_council],
                [t27].[la_code],
                [t27].[load_id],
                [t27].[period_start],
                [t27].[period_start_seen],
                [t27].[placement_start],
                [t27].[_move],
                [t27].[short_break],
                IIF(
                  [t27].[_move] IS NOT NULL,
                  LAG([t27].[placement_start]) OVER (
                    PARTITION BY [t27].[la_code], [t27].[child_id]
                    ORDER BY CASE WHEN [t27].[start_date] IS NULL THEN 1 ELSE 0 END, [t27].[start_date] ASC
                  ),
                  CAST(NULL AS DATE)
                ) AS [_previous]
              FROM (
                SELECT
                  [t21].[child_id],
                  [t21].[start_date],
                  [t21].[reason_new_episode],
                  [t21].[legal_status],
                  [t21].[category_of_need],
                  [t21].[placement_type],
                  [t21].[placement_provider],
                  [t21].[end_date],
                  [t21].[reason_ceased],
                  [t21].[reason_place_change],
                  [t21].[home_postcode],
                  [t21].[placement_postcode],
                  [t21].[urn],
                  [t21].[placed_outside_council],
                  [t21].[la_code],
                  [t21].[load_id],
                  COALESCE(
                    MAX(IIF([t21].[reason_new_episode] = 'S', [t21].[start_date], CAST(NULL AS DATE))) OVER (
                      PARTITION BY [t21].[la_code], [t21].[child_id]
                      ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                    ),
                    MIN([t21].[start_date]) OVER (
                      PARTITION BY [t21].[la_code], [t21].[child_id]
                      ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    )
                  ) AS [period_start],
                  MAX(IIF([t21].[reason_new_episode] = 'S', [t21].[start_date], CAST(NULL AS DATE))) OVER (
                    PARTITION BY [t21].[la_code], [t21].[child_id]
                    ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                  ) IS NOT NULL AS [period_start_seen],
                  COALESCE(
                    MAX(
                      IIF(
                        [t21].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                        [t21].[start_date],
                        CAST(NULL AS DATE)
                      )
                    ) OVER (
                      PARTITION BY [t21].[la_code], [t21].[child_id]
                      ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                    ),
                    MIN([t21].[start_date]) OVER (
                      PARTITION BY [t21].[la_code], [t21].[child_id]
                      ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    )
                  ) AS [placement_start],
                  IIF(
                    [t21].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                    [t21].[start_date],
                    CAST(NULL AS DATE)
                  ) AS [_move],
                  [t21].[legal_status] IN ('V3', 'V4') AS [short_break]
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
                ) AS [t21]
              ) AS [t27]
            ) AS [t28]
          ) AS [t29]
        ) AS [t30]
        WHERE
          IIF([t30].[short_break] <> 0, 1, 0) = 0 AND [t30].[start_date] IS NOT NULL
      ) AS [t33]
    ) AS [t36]
  ) AS [t37]
), [t111] AS (
  SELECT
    [t110].[la_code],
    [t110].[indicator_id],
    [t110].[month],
    [t110].[breakdown],
    [t110].[breakdown_value],
    [t110].[unit],
    SUM([t110].[_num]) AS [numerator],
    SUM([t110].[_den]) AS [denominator]
  FROM (
    SELECT
      [t10].[la_code],
      [t11].[month],
      [t11].[month_end],
      [t11].[month_index],
      [t12].[indicator_id],
      [t12].[months_back],
      [t12].[unit],
      [t109].[la_code] AS [la_code_right],
      [t109].[indicator_id] AS [indicator_id_right],
      [t109].[month_index] AS [month_index_right],
      [t109].[breakdown],
      [t109].[breakdown_value],
      [t109].[_num],
      [t109].[_den]
    FROM [scorecard_councils] AS [t10]
    CROSS JOIN [scorecard_month_spine] AS [t11]
    CROSS JOIN (VALUES
      ('CLAR1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t107].[la_code],
        [t107].[indicator_id],
        [t107].[month_index],
        [t107].[breakdown],
        [t107].[breakdown_value],
        SUM([t107].[numerator]) AS [_num],
        SUM([t107].[denominator]) AS [_den]
      FROM (
        SELECT
          [t106].[la_code],
          'CLAR1' AS [indicator_id],
          (
            (
              DATEPART(year, [t106].[month]) * 12
            ) + DATEPART(month, [t106].[month])
          ) - 1 AS [month_index],
          'all' AS [breakdown],
          [t106].[breakdown_value],
          [t106].[numerator],
          [t106].[denominator]
        FROM (
          SELECT
            [t105].[la_code],
            [t105].[month],
            [t105].[_part],
            [t105].[breakdown_value],
            SUM([t105].[numerator]) AS [numerator],
            SUM([t105].[denominator]) AS [denominator]
          FROM (
            SELECT
              [t104].[la_code],
              [t104].[month],
              IIF(COALESCE([t104].[on_time], (1 = 0)), 1.0, 0.0) AS [numerator],
              1.0 AS [denominator],
              0 AS [_part],
              'all' AS [breakdown_value]
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
                [t103].[on_time]
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
                  [t102].[_overdue],
                  (
                    COALESCE([t102].[_late_count], 0) = 0
                  )
                  AND (
                    IIF([t102].[_overdue] <> 0, 1, 0) = 0
                  ) AS [on_time]
                FROM (
                  SELECT
                    [t101].[child_id],
                    [t101].[start_date],
                    [t101].[reason_new_episode],
                    [t101].[legal_status],
                    [t101].[category_of_need],
                    [t101].[placement_type],
                    [t101].[placement_provider],
                    [t101].[end_date],
                    [t101].[reason_ceased],
                    [t101].[reason_place_change],
                    [t101].[home_postcode],
                    [t101].[placement_postcode],
                    [t101].[urn],
                    [t101].[placed_outside_council],
                    [t101].[la_code],
                    [t101].[load_id],
                    [t101].[period_start],
                    [t101].[period_start_seen],
                    [t101].[placement_start],
                    [t101].[short_break],
                    [t101].[previous_placement_start],
                    [t101].[period_end],
                    [t101].[month],
                    [t101].[month_end],
                    [t101].[month_index],
                    [t101].[uasc],
                    [t101].[_done],
                    [t101].[_late_count],
                    [t101].[_last],
                    [t101].[_first],
                    [t101].[_from],
                    [t101].[_since],
                    [t101].[_next],
                    [t101].[_overdue]
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
                      [t100].[_since],
                      [t100].[_next],
                      [t100].[__overdue1],
                      [t100].[month_end] > DATEADD(MONTH, CAST('3' AS BIGINT), [t100].[_since]) AS [__overdue2],
                      [t100].[month_end] > DATEADD(MONTH, CAST('6' AS BIGINT), [t100].[_since]) AS [__overdue3],
                      CASE
                        WHEN [t100].[_next] = 1
                        THEN [t100].[__overdue1]
                        WHEN [t100].[_next] = 2
                        THEN [t100].[month_end] > DATEADD(MONTH, CAST('3' AS BIGINT), [t100].[_since])
                        ELSE [t100].[month_end] > DATEADD(MONTH, CAST('6' AS BIGINT), [t100].[_since])
                      END AS [_overdue]
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
                        [t99].[_from],
                        [t99].[_since],
                        [t99].[_next],
                        [t99].[__overdue1]
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
                          [t98].[_first],
                          [t98].[_from],
                          [t98].[_since],
                          [t98].[_next],
                          [t98].[___overdue1_days],
                          [t98].[___overdue1_days] > 20 AS [__overdue1]
                        FROM (
                          SELECT
                            [t97].[child_id],
                            [t97].[start_date],
                            [t97].[reason_new_episode],
                            [t97].[legal_status],
                            [t97].[category_of_need],
                            [t97].[placement_type],
                            [t97].[placement_provider],
                            [t97].[end_date],
                            [t97].[reason_ceased],
                            [t97].[reason_place_change],
                            [t97].[home_postcode],
                            [t97].[placement_postcode],
                            [t97].[urn],
                            [t97].[placed_outside_council],
                            [t97].[la_code],
                            [t97].[load_id],
                            [t97].[period_start],
                            [t97].[period_start_seen],
                            [t97].[placement_start],
                            [t97].[short_break],
                            [t97].[previous_placement_start],
                            [t97].[period_end],
                            [t97].[month],
                            [t97].[month_end],
                            [t97].[month_index],
                            [t97].[uasc],
                            [t97].[_done],
                            [t97].[_late_count],
                            [t97].[_last],
                            [t97].[_first],
                            [t97].[_from],
                            [t97].[_since],
                            [t97].[_next],
                            [t97].[___overdue1_days]
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
                              [t96].[_last],
                              [t96].[_first],
                              [t96].[_from],
                              [t96].[_since],
                              [t96].[_next],
                              [t96].[_wd_start],
                              [t96].[_wd_end],
                              [t96].[_wd_end] - [t96].[_wd_start] AS [___overdue1_days]
                            FROM (
                              SELECT
                                [t95].[child_id],
                                [t95].[start_date],
                                [t95].[reason_new_episode],
                                [t95].[legal_status],
                                [t95].[category_of_need],
                                [t95].[placement_type],
                                [t95].[placement_provider],
                                [t95].[end_date],
                                [t95].[reason_ceased],
                                [t95].[reason_place_change],
                                [t95].[home_postcode],
                                [t95].[placement_postcode],
                                [t95].[urn],
                                [t95].[placed_outside_council],
                                [t95].[la_code],
                                [t95].[load_id],
                                [t95].[period_start],
                                [t95].[period_start_seen],
                                [t95].[placement_start],
                                [t95].[short_break],
                                [t95].[previous_placement_start],
                                [t95].[period_end],
                                [t95].[month],
                                [t95].[month_end],
                                [t95].[month_index],
                                [t95].[uasc],
                                [t95].[_done],
                                [t95].[_late_count],
                                [t95].[_last],
                                [t95].[_first],
                                [t95].[_from],
                                [t95].[_since],
                                [t95].[_next],
                                [t95].[_wd_start],
                                [t95].[_wd_end]
                              FROM (
                                SELECT
                                  [t94].[child_id],
                                  [t94].[start_date],
                                  [t94].[reason_new_episode],
                                  [t94].[legal_status],
                                  [t94].[category_of_need],
                                  [t94].[placement_type],
                                  [t94].[placement_provider],
                                  [t94].[end_date],
                                  [t94].[reason_ceased],
                                  [t94].[reason_place_change],
                                  [t94].[home_postcode],
                                  [t94].[placement_postcode],
                                  [t94].[urn],
                                  [t94].[placed_outside_council],
                                  [t94].[la_code],
                                  [t94].[load_id],
                                  [t94].[period_start],
                                  [t94].[period_start_seen],
                                  [t94].[placement_start],
                                  [t94].[short_break],
                                  [t94].[previous_placement_start],
                                  [t94].[period_end],
                                  [t94].[month],
                                  [t94].[month_end],
                                  [t94].[month_index],
                                  [t94].[uasc],
                                  [t94].[_done],
                                  [t94].[_late_count],
                                  [t94].[_last],
                                  [t94].[_first],
                                  [t94].[_from],
                                  [t94].[_since],
                                  [t94].[_next],
                                  [t94].[_wd_start],
                                  [t18].[__wd_end_day],
                                  [t18].[_wd_end]
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
                                    [t92].[_done],
                                    [t92].[_late_count],
                                    [t92].[_last],
                                    [t92].[_first],
                                    [t92].[_from],
                                    [t92].[_since],
                                    [t92].[_next],
                                    [t92].[_wd_start]
                                  FROM (
                                    SELECT
                                      [t91].[child_id],
                                      [t91].[start_date],
                                      [t91].[reason_new_episode],
                                      [t91].[legal_status],
                                      [t91].[category_of_need],
                                      [t91].[placement_type],
                                      [t91].[placement_provider],
                                      [t91].[end_date],
                                      [t91].[reason_ceased],
                                      [t91].[reason_place_change],
                                      [t91].[home_postcode],
                                      [t91].[placement_postcode],
                                      [t91].[urn],
                                      [t91].[placed_outside_council],
                                      [t91].[la_code],
                                      [t91].[load_id],
                                      [t91].[period_start],
                                      [t91].[period_start_seen],
                                      [t91].[placement_start],
                                      [t91].[short_break],
                                      [t91].[previous_placement_start],
                                      [t91].[period_end],
                                      [t91].[month],
                                      [t91].[month_end],
                                      [t91].[month_index],
                                      [t91].[uasc],
                                      [t91].[_done],
                                      [t91].[_late_count],
                                      [t91].[_last],
                                      [t91].[_first],
                                      [t91].[_from],
                                      [t91].[_since],
                                      [t91].[_next],
                                      [t19].[__wd_start_day],
                                      [t19].[_wd_start]
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
                                        [t89].[uasc],
                                        [t89].[_done],
                                        [t89].[_late_count],
                                        [t89].[_last],
                                        [t89].[_first],
                                        [t89].[_from],
                                        COALESCE([t89].[_last], COALESCE([t89].[_from], [t89].[period_start])) AS [_since],
                                        COALESCE([t89].[_done], 0) + COALESCE([t89].[_first], 1) AS [_next]
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
                                          [t88].[uasc],
                                          [t88].[_done],
                                          [t88].[_late_count],
                                          [t88].[_last],
                                          [t88].[_first],
                                          [t88].[_from]
                                        FROM (
                                          SELECT
                                            [t87].[child_id],
                                            [t87].[start_date],
                                            [t87].[reason_new_episode],
                                            [t87].[legal_status],
                                            [t87].[category_of_need],
                                            [t87].[placement_type],
                                            [t87].[placement_provider],
                                            [t87].[end_date],
                                            [t87].[reason_ceased],
                                            [t87].[reason_place_change],
                                            [t87].[home_postcode],
                                            [t87].[placement_postcode],
                                            [t87].[urn],
                                            [t87].[placed_outside_council],
                                            [t87].[la_code],
                                            [t87].[load_id],
                                            [t87].[period_start],
                                            [t87].[period_start_seen],
                                            [t87].[placement_start],
                                            [t87].[short_break],
                                            [t87].[previous_placement_start],
                                            [t87].[period_end],
                                            [t87].[month],
                                            [t87].[month_end],
                                            [t87].[month_index],
                                            [t87].[uasc],
                                            [t87].[_done],
                                            [t87].[_late_count],
                                            [t87].[_last],
                                            [t42].[la_code] AS [la_code_right],
                                            [t42].[child_id] AS [child_id_right],
                                            [t42].[period_start] AS [period_start_right],
                                            [t42].[_first],
                                            [t42].[_from]
                                          FROM (
                                            SELECT
                                              [t85].[child_id],
                                              [t85].[start_date],
                                              [t85].[reason_new_episode],
                                              [t85].[legal_status],
                                              [t85].[category_of_need],
                                              [t85].[placement_type],
                                              [t85].[placement_provider],
                                              [t85].[end_date],
                                              [t85].[reason_ceased],
                                              [t85].[reason_place_change],
                                              [t85].[home_postcode],
                                              [t85].[placement_postcode],
                                              [t85].[urn],
                                              [t85].[placed_outside_council],
                                              [t85].[la_code],
                                              [t85].[load_id],
                                              [t85].[period_start],
                                              [t85].[period_start_seen],
                                              [t85].[placement_start],
                                              [t85].[short_break],
                                              [t85].[previous_placement_start],
                                              [t85].[period_end],
                                              [t85].[month],
                                              [t85].[month_end],
                                              [t85].[month_index],
                                              [t85].[uasc],
                                              [t85].[_done],
                                              [t85].[_late_count],
                                              [t85].[_last]
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
                                                [t81].[month_index],
                                                [t81].[uasc],
                                                [t84].[la_code] AS [la_code_right],
                                                [t84].[child_id] AS [child_id_right],
                                                [t84].[period_start] AS [period_start_right],
                                                [t84].[month_end] AS [month_end_right],
                                                [t84].[_done],
                                                [t84].[_late_count],
                                                [t84].[_last]
                                              FROM (
                                                SELECT
                                                  [t79].[child_id],
                                                  [t79].[start_date],
                                                  [t79].[reason_new_episode],
                                                  [t79].[legal_status],
                                                  [t79].[category_of_need],
                                                  [t79].[placement_type],
                                                  [t79].[placement_provider],
                                                  [t79].[end_date],
                                                  [t79].[reason_ceased],
                                                  [t79].[reason_place_change],
                                                  [t79].[home_postcode],
                                                  [t79].[placement_postcode],
                                                  [t79].[urn],
                                                  [t79].[placed_outside_council],
                                                  [t79].[la_code],
                                                  [t79].[load_id],
                                                  [t79].[period_start],
                                                  [t79].[period_start_seen],
                                                  [t79].[placement_start],
                                                  [t79].[short_break],
                                                  [t79].[previous_placement_start],
                                                  [t79].[period_end],
                                                  [t79].[month],
                                                  [t79].[month_end],
                                                  [t79].[month_index],
                                                  [t79].[uasc]
                                                FROM (
                                                  SELECT
                                                    [t77].[child_id],
                                                    [t77].[start_date],
                                                    [t77].[reason_new_episode],
                                                    [t77].[legal_status],
                                                    [t77].[category_of_need],
                                                    [t77].[placement_type],
                                                    [t77].[placement_provider],
                                                    [t77].[end_date],
                                                    [t77].[reason_ceased],
                                                    [t77].[reason_place_change],
                                                    [t77].[home_postcode],
                                                    [t77].[placement_postcode],
                                                    [t77].[urn],
                                                    [t77].[placed_outside_council],
                                                    [t77].[la_code],
                                                    [t77].[load_id],
                                                    [t77].[period_start],
                                                    [t77].[period_start_seen],
                                                    [t77].[placement_start],
                                                    [t77].[short_break],
                                                    [t77].[previous_placement_start],
                                                    [t77].[period_end],
                                                    [t77].[month],
                                                    [t77].[month_end],
                                                    [t77].[month_index],
                                                    [t77].[_uasc],
                                                    COALESCE([t77].[_uasc], 'Not UASC') AS [uasc]
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
                                                      [t75].[month_index],
                                                      [t75].[_uasc]
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
                                                        [t65].[month_index],
                                                        [t73].[la_code] AS [la_code_right],
                                                        [t73].[child_id] AS [child_id_right],
                                                        [t73].[month] AS [month_right],
                                                        [t73].[_uasc]
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            [t52].[child_id],
                                                            [t52].[start_date],
                                                            [t52].[reason_new_episode],
                                                            [t52].[legal_status],
                                                            [t52].[category_of_need],
                                                            [t52].[placement_type],
                                                            [t52].[placement_provider],
                                                            [t52].[end_date],
                                                            [t52].[reason_ceased],
                                                            [t52].[reason_place_change],
                                                            [t52].[home_postcode],
                                                            [t52].[placement_postcode],
                                                            [t52].[urn],
                                                            [t52].[placed_outside_council],
                                                            [t52].[la_code],
                                                            [t52].[load_id],
                                                            [t52].[period_start],
                                                            [t52].[period_start_seen],
                                                            [t52].[placement_start],
                                                            [t52].[short_break],
                                                            [t52].[previous_placement_start],
                                                            [t52].[period_end],
                                                            [t52].[month],
                                                            [t52].[month_end],
                                                            [t52].[month_index]
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
                                                              [t49].[_until],
                                                              [t11].[month],
                                                              [t11].[month_end],
                                                              [t11].[month_index]
                                                            FROM (
                                                              SELECT
                                                                [t44].[child_id],
                                                                [t44].[start_date],
                                                                [t44].[reason_new_episode],
                                                                [t44].[legal_status],
                                                                [t44].[category_of_need],
                                                                [t44].[placement_type],
                                                                [t44].[placement_provider],
                                                                [t44].[end_date],
                                                                [t44].[reason_ceased],
                                                                [t44].[reason_place_change],
                                                                [t44].[home_postcode],
                                                                [t44].[placement_postcode],
                                                                [t44].[urn],
                                                                [t44].[placed_outside_council],
                                                                [t44].[la_code],
                                                                [t44].[load_id],
                                                                [t44].[period_start],
                                                                [t44].[period_start_seen],
                                                                [t44].[placement_start],
                                                                [t44].[short_break],
                                                                [t44].[previous_placement_start],
                                                                [t44].[period_end],
                                                                COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                              FROM [t43] AS [t44]
                                                              WHERE
                                                                IIF([t44].[_overlaps] <> 0, 1, 0) = 0 AND [t44].[start_date] IS NOT NULL
                                                            ) AS [t49]
                                                            INNER JOIN [scorecard_month_spine] AS [t11]
                                                              ON [t49].[start_date] <= [t11].[month_end] AND [t49].[_until] > [t11].[month_end]
                                                          ) AS [t52]
                                                        ) AS [t55]
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
                                                            [t60].[period_end],
                                                            [t60].[month],
                                                            [t60].[month_end],
                                                            [t60].[month_index]
                                                          FROM (
                                                            SELECT
                                                              [t58].[child_id],
                                                              [t58].[start_date],
                                                              [t58].[reason_new_episode],
                                                              [t58].[legal_status],
                                                              [t58].[category_of_need],
                                                              [t58].[placement_type],
                                                              [t58].[placement_provider],
                                                              [t58].[end_date],
                                                              [t58].[reason_ceased],
                                                              [t58].[reason_place_change],
                                                              [t58].[home_postcode],
                                                              [t58].[placement_postcode],
                                                              [t58].[urn],
                                                              [t58].[placed_outside_council],
                                                              [t58].[la_code],
                                                              [t58].[load_id],
                                                              [t58].[period_start],
                                                              [t58].[period_start_seen],
                                                              [t58].[placement_start],
                                                              [t58].[short_break],
                                                              [t58].[previous_placement_start],
                                                              [t58].[period_end],
                                                              [t58].[month],
                                                              [t58].[month_end],
                                                              [t58].[month_index],
                                                              [t58].[_rank]
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
                                                                [t54].[month],
                                                                [t54].[month_end],
                                                                [t54].[month_index],
                                                                ROW_NUMBER() OVER (
                                                                  PARTITION BY [t54].[la_code], [t54].[child_id], [t54].[month]
                                                                  ORDER BY [t54].[start_date] DESC
                                                                ) - 1 AS [_rank]
                                                              FROM (
                                                                SELECT
                                                                  [t51].[child_id],
                                                                  [t51].[start_date],
                                                                  [t51].[reason_new_episode],
                                                                  [t51].[legal_status],
                                                                  [t51].[category_of_need],
                                                                  [t51].[placement_type],
                                                                  [t51].[placement_provider],
                                                                  [t51].[end_date],
                                                                  [t51].[reason_ceased],
                                                                  [t51].[reason_place_change],
                                                                  [t51].[home_postcode],
                                                                  [t51].[placement_postcode],
                                                                  [t51].[urn],
                                                                  [t51].[placed_outside_council],
                                                                  [t51].[la_code],
                                                                  [t51].[load_id],
                                                                  [t51].[period_start],
                                                                  [t51].[period_start_seen],
                                                                  [t51].[placement_start],
                                                                  [t51].[short_break],
                                                                  [t51].[previous_placement_start],
                                                                  [t51].[period_end],
                                                                  [t51].[month],
                                                                  [t51].[month_end],
                                                                  [t51].[month_index]
                                                                FROM (
                                                                  SELECT
                                                                    [t48].[child_id],
                                                                    [t48].[start_date],
                                                                    [t48].[reason_new_episode],
                                                                    [t48].[legal_status],
                                                                    [t48].[category_of_need],
                                                                    [t48].[placement_type],
                                                                    [t48].[placement_provider],
                                                                    [t48].[end_date],
                                                                    [t48].[reason_ceased],
                                                                    [t48].[reason_place_change],
                                                                    [t48].[home_postcode],
                                                                    [t48].[placement_postcode],
                                                                    [t48].[urn],
                                                                    [t48].[placed_outside_council],
                                                                    [t48].[la_code],
                                                                    [t48].[load_id],
                                                                    [t48].[period_start],
                                                                    [t48].[period_start_seen],
                                                                    [t48].[placement_start],
                                                                    [t48].[short_break],
                                                                    [t48].[previous_placement_start],
                                                                    [t48].[period_end],
                                                                    [t48].[_until],
                                                                    [t11].[month],
                                                                    [t11].[month_end],
                                                                    [t11].[month_index]
                                                                  FROM (
                                                                    SELECT
                                                                      [t44].[child_id],
                                                                      [t44].[start_date],
                                                                      [t44].[reason_new_episode],
                                                                      [t44].[legal_status],
                                                                      [t44].[category_of_need],
                                                                      [t44].[placement_type],
                                                                      [t44].[placement_provider],
                                                                      [t44].[end_date],
                                                                      [t44].[reason_ceased],
                                                                      [t44].[reason_place_change],
                                                                      [t44].[home_postcode],
                                                                      [t44].[placement_postcode],
                                                                      [t44].[urn],
                                                                      [t44].[placed_outside_council],
                                                                      [t44].[la_code],
                                                                      [t44].[load_id],
                                                                      [t44].[period_start],
                                                                      [t44].[period_start_seen],
                                                                      [t44].[placement_start],
                                                                      [t44].[short_break],
                                                                      [t44].[previous_placement_start],
                                                                      [t44].[period_end],
                                                                      COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                    FROM [t43] AS [t44]
                                                                    WHERE
                                                                      [t44].[_overlaps] <> 0 AND [t44].[start_date] IS NOT NULL
                                                                  ) AS [t48]
                                                                  INNER JOIN [scorecard_month_spine] AS [t11]
                                                                    ON [t48].[start_date] <= [t11].[month_end] AND [t48].[_until] > [t11].[month_end]
                                                                ) AS [t51]
                                                              ) AS [t54]
                                                            ) AS [t58]
                                                            WHERE
                                                              [t58].[_rank] = 0
                                                          ) AS [t60]
                                                        ) AS [t61]
                                                      ) AS [t65]
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          [t69].[la_code],
                                                          [t69].[child_id],
                                                          [t69].[month],
                                                          'UASC' AS [_uasc]
                                                        FROM (
                                                          SELECT DISTINCT
                                                            [t68].[la_code],
                                                            [t68].[child_id],
                                                            [t68].[month]
                                                          FROM (
                                                            SELECT
                                                              [t65].[la_code],
                                                              [t65].[child_id],
                                                              [t65].[month]
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM (
                                                                SELECT
                                                                  [t52].[child_id],
                                                                  [t52].[start_date],
                                                                  [t52].[reason_new_episode],
                                                                  [t52].[legal_status],
                                                                  [t52].[category_of_need],
                                                                  [t52].[placement_type],
                                                                  [t52].[placement_provider],
                                                                  [t52].[end_date],
                                                                  [t52].[reason_ceased],
                                                                  [t52].[reason_place_change],
                                                                  [t52].[home_postcode],
                                                                  [t52].[placement_postcode],
                                                                  [t52].[urn],
                                                                  [t52].[placed_outside_council],
                                                                  [t52].[la_code],
                                                                  [t52].[load_id],
                                                                  [t52].[period_start],
                                                                  [t52].[period_start_seen],
                                                                  [t52].[placement_start],
                                                                  [t52].[short_break],
                                                                  [t52].[previous_placement_start],
                                                                  [t52].[period_end],
                                                                  [t52].[month],
                                                                  [t52].[month_end],
                                                                  [t52].[month_index]
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
                                                                    [t49].[_until],
                                                                    [t11].[month],
                                                                    [t11].[month_end],
                                                                    [t11].[month_index]
                                                                  FROM (
                                                                    SELECT
                                                                      [t44].[child_id],
                                                                      [t44].[start_date],
                                                                      [t44].[reason_new_episode],
                                                                      [t44].[legal_status],
                                                                      [t44].[category_of_need],
                                                                      [t44].[placement_type],
                                                                      [t44].[placement_provider],
                                                                      [t44].[end_date],
                                                                      [t44].[reason_ceased],
                                                                      [t44].[reason_place_change],
                                                                      [t44].[home_postcode],
                                                                      [t44].[placement_postcode],
                                                                      [t44].[urn],
                                                                      [t44].[placed_outside_council],
                                                                      [t44].[la_code],
                                                                      [t44].[load_id],
                                                                      [t44].[period_start],
                                                                      [t44].[period_start_seen],
                                                                      [t44].[placement_start],
                                                                      [t44].[short_break],
                                                                      [t44].[previous_placement_start],
                                                                      [t44].[period_end],
                                                                      COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                    FROM [t43] AS [t44]
                                                                    WHERE
                                                                      IIF([t44].[_overlaps] <> 0, 1, 0) = 0 AND [t44].[start_date] IS NOT NULL
                                                                  ) AS [t49]
                                                                  INNER JOIN [scorecard_month_spine] AS [t11]
                                                                    ON [t49].[start_date] <= [t11].[month_end] AND [t49].[_until] > [t11].[month_end]
                                                                ) AS [t52]
                                                              ) AS [t55]
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
                                                                  [t60].[period_end],
                                                                  [t60].[month],
                                                                  [t60].[month_end],
                                                                  [t60].[month_index]
                                                                FROM (
                                                                  SELECT
                                                                    [t58].[child_id],
                                                                    [t58].[start_date],
                                                                    [t58].[reason_new_episode],
                                                                    [t58].[legal_status],
                                                                    [t58].[category_of_need],
                                                                    [t58].[placement_type],
                                                                    [t58].[placement_provider],
                                                                    [t58].[end_date],
                                                                    [t58].[reason_ceased],
                                                                    [t58].[reason_place_change],
                                                                    [t58].[home_postcode],
                                                                    [t58].[placement_postcode],
                                                                    [t58].[urn],
                                                                    [t58].[placed_outside_council],
                                                                    [t58].[la_code],
                                                                    [t58].[load_id],
                                                                    [t58].[period_start],
                                                                    [t58].[period_start_seen],
                                                                    [t58].[placement_start],
                                                                    [t58].[short_break],
                                                                    [t58].[previous_placement_start],
                                                                    [t58].[period_end],
                                                                    [t58].[month],
                                                                    [t58].[month_end],
                                                                    [t58].[month_index],
                                                                    [t58].[_rank]
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
                                                                      [t54].[month],
                                                                      [t54].[month_end],
                                                                      [t54].[month_index],
                                                                      ROW_NUMBER() OVER (
                                                                        PARTITION BY [t54].[la_code], [t54].[child_id], [t54].[month]
                                                                        ORDER BY [t54].[start_date] DESC
                                                                      ) - 1 AS [_rank]
                                                                    FROM (
                                                                      SELECT
                                                                        [t51].[child_id],
                                                                        [t51].[start_date],
                                                                        [t51].[reason_new_episode],
                                                                        [t51].[legal_status],
                                                                        [t51].[category_of_need],
                                                                        [t51].[placement_type],
                                                                        [t51].[placement_provider],
                                                                        [t51].[end_date],
                                                                        [t51].[reason_ceased],
                                                                        [t51].[reason_place_change],
                                                                        [t51].[home_postcode],
                                                                        [t51].[placement_postcode],
                                                                        [t51].[urn],
                                                                        [t51].[placed_outside_council],
                                                                        [t51].[la_code],
                                                                        [t51].[load_id],
                                                                        [t51].[period_start],
                                                                        [t51].[period_start_seen],
                                                                        [t51].[placement_start],
                                                                        [t51].[short_break],
                                                                        [t51].[previous_placement_start],
                                                                        [t51].[period_end],
                                                                        [t51].[month],
                                                                        [t51].[month_end],
                                                                        [t51].[month_index]
                                                                      FROM (
                                                                        SELECT
                                                                          [t48].[child_id],
                                                                          [t48].[start_date],
                                                                          [t48].[reason_new_episode],
                                                                          [t48].[legal_status],
                                                                          [t48].[category_of_need],
                                                                          [t48].[placement_type],
                                                                          [t48].[placement_provider],
                                                                          [t48].[end_date],
                                                                          [t48].[reason_ceased],
                                                                          [t48].[reason_place_change],
                                                                          [t48].[home_postcode],
                                                                          [t48].[placement_postcode],
                                                                          [t48].[urn],
                                                                          [t48].[placed_outside_council],
                                                                          [t48].[la_code],
                                                                          [t48].[load_id],
                                                                          [t48].[period_start],
                                                                          [t48].[period_start_seen],
                                                                          [t48].[placement_start],
                                                                          [t48].[short_break],
                                                                          [t48].[previous_placement_start],
                                                                          [t48].[period_end],
                                                                          [t48].[_until],
                                                                          [t11].[month],
                                                                          [t11].[month_end],
                                                                          [t11].[month_index]
                                                                        FROM (
                                                                          SELECT
                                                                            [t44].[child_id],
                                                                            [t44].[start_date],
                                                                            [t44].[reason_new_episode],
                                                                            [t44].[legal_status],
                                                                            [t44].[category_of_need],
                                                                            [t44].[placement_type],
                                                                            [t44].[placement_provider],
                                                                            [t44].[end_date],
                                                                            [t44].[reason_ceased],
                                                                            [t44].[reason_place_change],
                                                                            [t44].[home_postcode],
                                                                            [t44].[placement_postcode],
                                                                            [t44].[urn],
                                                                            [t44].[placed_outside_council],
                                                                            [t44].[la_code],
                                                                            [t44].[load_id],
                                                                            [t44].[period_start],
                                                                            [t44].[period_start_seen],
                                                                            [t44].[placement_start],
                                                                            [t44].[short_break],
                                                                            [t44].[previous_placement_start],
                                                                            [t44].[period_end],
                                                                            COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                          FROM [t43] AS [t44]
                                                                          WHERE
                                                                            [t44].[_overlaps] <> 0 AND [t44].[start_date] IS NOT NULL
                                                                        ) AS [t48]
                                                                        INNER JOIN [scorecard_month_spine] AS [t11]
                                                                          ON [t48].[start_date] <= [t11].[month_end] AND [t48].[_until] > [t11].[month_end]
                                                                      ) AS [t51]
                                                                    ) AS [t54]
                                                                  ) AS [t58]
                                                                  WHERE
                                                                    [t58].[_rank] = 0
                                                                ) AS [t60]
                                                              ) AS [t61]
                                                            ) AS [t65]
                                                            INNER JOIN [uasc_status] AS [t13]
                                                              ON [t65].[la_code] = [t13].[la_code]
                                                              AND [t65].[child_id] = [t13].[child_id]
                                                              AND COALESCE([t13].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t65].[month_end]
                                                              AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t65].[month_end]
                                                          ) AS [t68]
                                                        ) AS [t69]
                                                      ) AS [t73]
                                                        ON [t65].[la_code] = [t73].[la_code]
                                                        AND [t65].[child_id] = [t73].[child_id]
                                                        AND [t65].[month] = [t73].[month]
                                                    ) AS [t75]
                                                  ) AS [t77]
                                                ) AS [t79]
                                              ) AS [t81]
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  [t82].[la_code],
                                                  [t82].[child_id],
                                                  [t82].[period_start],
                                                  [t82].[month_end],
                                                  COUNT([t82].[review_date]) AS [_done],
                                                  SUM(IIF([t82].[_late] <> 0, 1, 0)) AS [_late_count],
                                                  MAX([t82].[review_date]) AS [_last]
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
                                                    [t81].[month_index],
                                                    [t81].[uasc],
                                                    [t78].[la_code] AS [la_code_right],
                                                    [t78].[child_id] AS [child_id_right],
                                                    [t78].[period_start] AS [period_start_right],
                                                    [t78].[review_date],
                                                    [t78].[_first],
                                                    [t78].[_from],
                                                    [t78].[_seq],
                                                    [t78].[_previous],
                                                    [t78].[_late]
                                                  FROM (
                                                    SELECT
                                                      [t79].[child_id],
                                                      [t79].[start_date],
                                                      [t79].[reason_new_episode],
                                                      [t79].[legal_status],
                                                      [t79].[category_of_need],
                                                      [t79].[placement_type],
                                                      [t79].[placement_provider],
                                                      [t79].[end_date],
                                                      [t79].[reason_ceased],
                                                      [t79].[reason_place_change],
                                                      [t79].[home_postcode],
                                                      [t79].[placement_postcode],
                                                      [t79].[urn],
                                                      [t79].[placed_outside_council],
                                                      [t79].[la_code],
                                                      [t79].[load_id],
                                                      [t79].[period_start],
                                                      [t79].[period_start_seen],
                                                      [t79].[placement_start],
                                                      [t79].[short_break],
                                                      [t79].[previous_placement_start],
                                                      [t79].[period_end],
                                                      [t79].[month],
                                                      [t79].[month_end],
                                                      [t79].[month_index],
                                                      [t79].[uasc]
                                                    FROM (
                                                      SELECT
                                                        [t77].[child_id],
                                                        [t77].[start_date],
                                                        [t77].[reason_new_episode],
                                                        [t77].[legal_status],
                                                        [t77].[category_of_need],
                                                        [t77].[placement_type],
                                                        [t77].[placement_provider],
                                                        [t77].[end_date],
                                                        [t77].[reason_ceased],
                                                        [t77].[reason_place_change],
                                                        [t77].[home_postcode],
                                                        [t77].[placement_postcode],
                                                        [t77].[urn],
                                                        [t77].[placed_outside_council],
                                                        [t77].[la_code],
                                                        [t77].[load_id],
                                                        [t77].[period_start],
                                                        [t77].[period_start_seen],
                                                        [t77].[placement_start],
                                                        [t77].[short_break],
                                                        [t77].[previous_placement_start],
                                                        [t77].[period_end],
                                                        [t77].[month],
                                                        [t77].[month_end],
                                                        [t77].[month_index],
                                                        [t77].[_uasc],
                                                        COALESCE([t77].[_uasc], 'Not UASC') AS [uasc]
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
                                                          [t75].[month_index],
                                                          [t75].[_uasc]
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
                                                            [t65].[month_index],
                                                            [t73].[la_code] AS [la_code_right],
                                                            [t73].[child_id] AS [child_id_right],
                                                            [t73].[month] AS [month_right],
                                                            [t73].[_uasc]
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                [t52].[child_id],
                                                                [t52].[start_date],
                                                                [t52].[reason_new_episode],
                                                                [t52].[legal_status],
                                                                [t52].[category_of_need],
                                                                [t52].[placement_type],
                                                                [t52].[placement_provider],
                                                                [t52].[end_date],
                                                                [t52].[reason_ceased],
                                                                [t52].[reason_place_change],
                                                                [t52].[home_postcode],
                                                                [t52].[placement_postcode],
                                                                [t52].[urn],
                                                                [t52].[placed_outside_council],
                                                                [t52].[la_code],
                                                                [t52].[load_id],
                                                                [t52].[period_start],
                                                                [t52].[period_start_seen],
                                                                [t52].[placement_start],
                                                                [t52].[short_break],
                                                                [t52].[previous_placement_start],
                                                                [t52].[period_end],
                                                                [t52].[month],
                                                                [t52].[month_end],
                                                                [t52].[month_index]
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
                                                                  [t49].[_until],
                                                                  [t11].[month],
                                                                  [t11].[month_end],
                                                                  [t11].[month_index]
                                                                FROM (
                                                                  SELECT
                                                                    [t44].[child_id],
                                                                    [t44].[start_date],
                                                                    [t44].[reason_new_episode],
                                                                    [t44].[legal_status],
                                                                    [t44].[category_of_need],
                                                                    [t44].[placement_type],
                                                                    [t44].[placement_provider],
                                                                    [t44].[end_date],
                                                                    [t44].[reason_ceased],
                                                                    [t44].[reason_place_change],
                                                                    [t44].[home_postcode],
                                                                    [t44].[placement_postcode],
                                                                    [t44].[urn],
                                                                    [t44].[placed_outside_council],
                                                                    [t44].[la_code],
                                                                    [t44].[load_id],
                                                                    [t44].[period_start],
                                                                    [t44].[period_start_seen],
                                                                    [t44].[placement_start],
                                                                    [t44].[short_break],
                                                                    [t44].[previous_placement_start],
                                                                    [t44].[period_end],
                                                                    COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                  FROM [t43] AS [t44]
                                                                  WHERE
                                                                    IIF([t44].[_overlaps] <> 0, 1, 0) = 0 AND [t44].[start_date] IS NOT NULL
                                                                ) AS [t49]
                                                                INNER JOIN [scorecard_month_spine] AS [t11]
                                                                  ON [t49].[start_date] <= [t11].[month_end] AND [t49].[_until] > [t11].[month_end]
                                                              ) AS [t52]
                                                            ) AS [t55]
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
                                                                [t60].[period_end],
                                                                [t60].[month],
                                                                [t60].[month_end],
                                                                [t60].[month_index]
                                                              FROM (
                                                                SELECT
                                                                  [t58].[child_id],
                                                                  [t58].[start_date],
                                                                  [t58].[reason_new_episode],
                                                                  [t58].[legal_status],
                                                                  [t58].[category_of_need],
                                                                  [t58].[placement_type],
                                                                  [t58].[placement_provider],
                                                                  [t58].[end_date],
                                                                  [t58].[reason_ceased],
                                                                  [t58].[reason_place_change],
                                                                  [t58].[home_postcode],
                                                                  [t58].[placement_postcode],
                                                                  [t58].[urn],
                                                                  [t58].[placed_outside_council],
                                                                  [t58].[la_code],
                                                                  [t58].[load_id],
                                                                  [t58].[period_start],
                                                                  [t58].[period_start_seen],
                                                                  [t58].[placement_start],
                                                                  [t58].[short_break],
                                                                  [t58].[previous_placement_start],
                                                                  [t58].[period_end],
                                                                  [t58].[month],
                                                                  [t58].[month_end],
                                                                  [t58].[month_index],
                                                                  [t58].[_rank]
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
                                                                    [t54].[month],
                                                                    [t54].[month_end],
                                                                    [t54].[month_index],
                                                                    ROW_NUMBER() OVER (
                                                                      PARTITION BY [t54].[la_code], [t54].[child_id], [t54].[month]
                                                                      ORDER BY [t54].[start_date] DESC
                                                                    ) - 1 AS [_rank]
                                                                  FROM (
                                                                    SELECT
                                                                      [t51].[child_id],
                                                                      [t51].[start_date],
                                                                      [t51].[reason_new_episode],
                                                                      [t51].[legal_status],
                                                                      [t51].[category_of_need],
                                                                      [t51].[placement_type],
                                                                      [t51].[placement_provider],
                                                                      [t51].[end_date],
                                                                      [t51].[reason_ceased],
                                                                      [t51].[reason_place_change],
                                                                      [t51].[home_postcode],
                                                                      [t51].[placement_postcode],
                                                                      [t51].[urn],
                                                                      [t51].[placed_outside_council],
                                                                      [t51].[la_code],
                                                                      [t51].[load_id],
                                                                      [t51].[period_start],
                                                                      [t51].[period_start_seen],
                                                                      [t51].[placement_start],
                                                                      [t51].[short_break],
                                                                      [t51].[previous_placement_start],
                                                                      [t51].[period_end],
                                                                      [t51].[month],
                                                                      [t51].[month_end],
                                                                      [t51].[month_index]
                                                                    FROM (
                                                                      SELECT
                                                                        [t48].[child_id],
                                                                        [t48].[start_date],
                                                                        [t48].[reason_new_episode],
                                                                        [t48].[legal_status],
                                                                        [t48].[category_of_need],
                                                                        [t48].[placement_type],
                                                                        [t48].[placement_provider],
                                                                        [t48].[end_date],
                                                                        [t48].[reason_ceased],
                                                                        [t48].[reason_place_change],
                                                                        [t48].[home_postcode],
                                                                        [t48].[placement_postcode],
                                                                        [t48].[urn],
                                                                        [t48].[placed_outside_council],
                                                                        [t48].[la_code],
                                                                        [t48].[load_id],
                                                                        [t48].[period_start],
                                                                        [t48].[period_start_seen],
                                                                        [t48].[placement_start],
                                                                        [t48].[short_break],
                                                                        [t48].[previous_placement_start],
                                                                        [t48].[period_end],
                                                                        [t48].[_until],
                                                                        [t11].[month],
                                                                        [t11].[month_end],
                                                                        [t11].[month_index]
                                                                      FROM (
                                                                        SELECT
                                                                          [t44].[child_id],
                                                                          [t44].[start_date],
                                                                          [t44].[reason_new_episode],
                                                                          [t44].[legal_status],
                                                                          [t44].[category_of_need],
                                                                          [t44].[placement_type],
                                                                          [t44].[placement_provider],
                                                                          [t44].[end_date],
                                                                          [t44].[reason_ceased],
                                                                          [t44].[reason_place_change],
                                                                          [t44].[home_postcode],
                                                                          [t44].[placement_postcode],
                                                                          [t44].[urn],
                                                                          [t44].[placed_outside_council],
                                                                          [t44].[la_code],
                                                                          [t44].[load_id],
                                                                          [t44].[period_start],
                                                                          [t44].[period_start_seen],
                                                                          [t44].[placement_start],
                                                                          [t44].[short_break],
                                                                          [t44].[previous_placement_start],
                                                                          [t44].[period_end],
                                                                          COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                        FROM [t43] AS [t44]
                                                                        WHERE
                                                                          [t44].[_overlaps] <> 0 AND [t44].[start_date] IS NOT NULL
                                                                      ) AS [t48]
                                                                      INNER JOIN [scorecard_month_spine] AS [t11]
                                                                        ON [t48].[start_date] <= [t11].[month_end] AND [t48].[_until] > [t11].[month_end]
                                                                    ) AS [t51]
                                                                  ) AS [t54]
                                                                ) AS [t58]
                                                                WHERE
                                                                  [t58].[_rank] = 0
                                                              ) AS [t60]
                                                            ) AS [t61]
                                                          ) AS [t65]
                                                          LEFT OUTER JOIN (
                                                            SELECT
                                                              [t69].[la_code],
                                                              [t69].[child_id],
                                                              [t69].[month],
                                                              'UASC' AS [_uasc]
                                                            FROM (
                                                              SELECT DISTINCT
                                                                [t68].[la_code],
                                                                [t68].[child_id],
                                                                [t68].[month]
                                                              FROM (
                                                                SELECT
                                                                  [t65].[la_code],
                                                                  [t65].[child_id],
                                                                  [t65].[month]
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM (
                                                                    SELECT
                                                                      [t52].[child_id],
                                                                      [t52].[start_date],
                                                                      [t52].[reason_new_episode],
                                                                      [t52].[legal_status],
                                                                      [t52].[category_of_need],
                                                                      [t52].[placement_type],
                                                                      [t52].[placement_provider],
                                                                      [t52].[end_date],
                                                                      [t52].[reason_ceased],
                                                                      [t52].[reason_place_change],
                                                                      [t52].[home_postcode],
                                                                      [t52].[placement_postcode],
                                                                      [t52].[urn],
                                                                      [t52].[placed_outside_council],
                                                                      [t52].[la_code],
                                                                      [t52].[load_id],
                                                                      [t52].[period_start],
                                                                      [t52].[period_start_seen],
                                                                      [t52].[placement_start],
                                                                      [t52].[short_break],
                                                                      [t52].[previous_placement_start],
                                                                      [t52].[period_end],
                                                                      [t52].[month],
                                                                      [t52].[month_end],
                                                                      [t52].[month_index]
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
                                                                        [t49].[_until],
                                                                        [t11].[month],
                                                                        [t11].[month_end],
                                                                        [t11].[month_index]
                                                                      FROM (
                                                                        SELECT
                                                                          [t44].[child_id],
                                                                          [t44].[start_date],
                                                                          [t44].[reason_new_episode],
                                                                          [t44].[legal_status],
                                                                          [t44].[category_of_need],
                                                                          [t44].[placement_type],
                                                                          [t44].[placement_provider],
                                                                          [t44].[end_date],
                                                                          [t44].[reason_ceased],
                                                                          [t44].[reason_place_change],
                                                                          [t44].[home_postcode],
                                                                          [t44].[placement_postcode],
                                                                          [t44].[urn],
                                                                          [t44].[placed_outside_council],
                                                                          [t44].[la_code],
                                                                          [t44].[load_id],
                                                                          [t44].[period_start],
                                                                          [t44].[period_start_seen],
                                                                          [t44].[placement_start],
                                                                          [t44].[short_break],
                                                                          [t44].[previous_placement_start],
                                                                          [t44].[period_end],
                                                                          COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                        FROM [t43] AS [t44]
                                                                        WHERE
                                                                          IIF([t44].[_overlaps] <> 0, 1, 0) = 0 AND [t44].[start_date] IS NOT NULL
                                                                      ) AS [t49]
                                                                      INNER JOIN [scorecard_month_spine] AS [t11]
                                                                        ON [t49].[start_date] <= [t11].[month_end] AND [t49].[_until] > [t11].[month_end]
                                                                    ) AS [t52]
                                                                  ) AS [t55]
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
                                                                      [t60].[period_end],
                                                                      [t60].[month],
                                                                      [t60].[month_end],
                                                                      [t60].[month_index]
                                                                    FROM (
                                                                      SELECT
                                                                        [t58].[child_id],
                                                                        [t58].[start_date],
                                                                        [t58].[reason_new_episode],
                                                                        [t58].[legal_status],
                                                                        [t58].[category_of_need],
                                                                        [t58].[placement_type],
                                                                        [t58].[placement_provider],
                                                                        [t58].[end_date],
                                                                        [t58].[reason_ceased],
                                                                        [t58].[reason_place_change],
                                                                        [t58].[home_postcode],
                                                                        [t58].[placement_postcode],
                                                                        [t58].[urn],
                                                                        [t58].[placed_outside_council],
                                                                        [t58].[la_code],
                                                                        [t58].[load_id],
                                                                        [t58].[period_start],
                                                                        [t58].[period_start_seen],
                                                                        [t58].[placement_start],
                                                                        [t58].[short_break],
                                                                        [t58].[previous_placement_start],
                                                                        [t58].[period_end],
                                                                        [t58].[month],
                                                                        [t58].[month_end],
                                                                        [t58].[month_index],
                                                                        [t58].[_rank]
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
                                                                          [t54].[month],
                                                                          [t54].[month_end],
                                                                          [t54].[month_index],
                                                                          ROW_NUMBER() OVER (
                                                                            PARTITION BY [t54].[la_code], [t54].[child_id], [t54].[month]
                                                                            ORDER BY [t54].[start_date] DESC
                                                                          ) - 1 AS [_rank]
                                                                        FROM (
                                                                          SELECT
                                                                            [t51].[child_id],
                                                                            [t51].[start_date],
                                                                            [t51].[reason_new_episode],
                                                                            [t51].[legal_status],
                                                                            [t51].[category_of_need],
                                                                            [t51].[placement_type],
                                                                            [t51].[placement_provider],
                                                                            [t51].[end_date],
                                                                            [t51].[reason_ceased],
                                                                            [t51].[reason_place_change],
                                                                            [t51].[home_postcode],
                                                                            [t51].[placement_postcode],
                                                                            [t51].[urn],
                                                                            [t51].[placed_outside_council],
                                                                            [t51].[la_code],
                                                                            [t51].[load_id],
                                                                            [t51].[period_start],
                                                                            [t51].[period_start_seen],
                                                                            [t51].[placement_start],
                                                                            [t51].[short_break],
                                                                            [t51].[previous_placement_start],
                                                                            [t51].[period_end],
                                                                            [t51].[month],
                                                                            [t51].[month_end],
                                                                            [t51].[month_index]
                                                                          FROM (
                                                                            SELECT
                                                                              [t48].[child_id],
                                                                              [t48].[start_date],
                                                                              [t48].[reason_new_episode],
                                                                              [t48].[legal_status],
                                                                              [t48].[category_of_need],
                                                                              [t48].[placement_type],
                                                                              [t48].[placement_provider],
                                                                              [t48].[end_date],
                                                                              [t48].[reason_ceased],
                                                                              [t48].[reason_place_change],
                                                                              [t48].[home_postcode],
                                                                              [t48].[placement_postcode],
                                                                              [t48].[urn],
                                                                              [t48].[placed_outside_council],
                                                                              [t48].[la_code],
                                                                              [t48].[load_id],
                                                                              [t48].[period_start],
                                                                              [t48].[period_start_seen],
                                                                              [t48].[placement_start],
                                                                              [t48].[short_break],
                                                                              [t48].[previous_placement_start],
                                                                              [t48].[period_end],
                                                                              [t48].[_until],
                                                                              [t11].[month],
                                                                              [t11].[month_end],
                                                                              [t11].[month_index]
                                                                            FROM (
                                                                              SELECT
                                                                                [t44].[child_id],
                                                                                [t44].[start_date],
                                                                                [t44].[reason_new_episode],
                                                                                [t44].[legal_status],
                                                                                [t44].[category_of_need],
                                                                                [t44].[placement_type],
                                                                                [t44].[placement_provider],
                                                                                [t44].[end_date],
                                                                                [t44].[reason_ceased],
                                                                                [t44].[reason_place_change],
                                                                                [t44].[home_postcode],
                                                                                [t44].[placement_postcode],
                                                                                [t44].[urn],
                                                                                [t44].[placed_outside_council],
                                                                                [t44].[la_code],
                                                                                [t44].[load_id],
                                                                                [t44].[period_start],
                                                                                [t44].[period_start_seen],
                                                                                [t44].[placement_start],
                                                                                [t44].[short_break],
                                                                                [t44].[previous_placement_start],
                                                                                [t44].[period_end],
                                                                                COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                                              FROM [t43] AS [t44]
                                                                              WHERE
                                                                                [t44].[_overlaps] <> 0 AND [t44].[start_date] IS NOT NULL
                                                                            ) AS [t48]
                                                                            INNER JOIN [scorecard_month_spine] AS [t11]
                                                                              ON [t48].[start_date] <= [t11].[month_end] AND [t48].[_until] > [t11].[month_end]
                                                                          ) AS [t51]
                                                                        ) AS [t54]
                                                                      ) AS [t58]
                                                                      WHERE
                                                                        [t58].[_rank] = 0
                                                                    ) AS [t60]
                                                                  ) AS [t61]
                                                                ) AS [t65]
                                                                INNER JOIN [uasc_status] AS [t13]
                                                                  ON [t65].[la_code] = [t13].[la_code]
                                                                  AND [t65].[child_id] = [t13].[child_id]
                                                                  AND COALESCE([t13].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t65].[month_end]
                                                                  AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t65].[month_end]
                                                              ) AS [t68]
                                                            ) AS [t69]
                                                          ) AS [t73]
                                                            ON [t65].[la_code] = [t73].[la_code]
                                                            AND [t65].[child_id] = [t73].[child_id]
                                                            AND [t65].[month] = [t73].[month]
                                                        ) AS [t75]
                                                      ) AS [t77]
                                                    ) AS [t79]
                                                  ) AS [t81]
                                                  INNER JOIN (
                                                    SELECT
                                                      [t74].[la_code],
                                                      [t74].[child_id],
                                                      [t74].[period_start],
                                                      [t74].[review_date],
                                                      [t74].[_first],
                                                      [t74].[_from],
                                                      [t74].[_seq],
                                                      [t74].[_previous],
                                                      [t74].[_late]
                                                    FROM (
                                                      SELECT
                                                        [t71].[la_code],
                                                        [t71].[child_id],
                                                        [t71].[period_start],
                                                        [t71].[review_date],
                                                        [t71].[_first],
                                                        [t71].[_from],
                                                        [t71].[_seq],
                                                        [t71].[_previous],
                                                        [t71].[__late1],
                                                        [t71].[review_date] > DATEADD(MONTH, CAST('3' AS BIGINT), [t71].[_previous]) AS [__late2],
                                                        [t71].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t71].[_previous]) AS [__late3],
                                                        CASE
                                                          WHEN [t71].[_seq] = 1
                                                          THEN [t71].[__late1]
                                                          WHEN [t71].[_seq] = 2
                                                          THEN [t71].[review_date] > DATEADD(MONTH, CAST('3' AS BIGINT), [t71].[_previous])
                                                          ELSE [t71].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t71].[_previous])
                                                        END AS [_late]
                                                      FROM (
                                                        SELECT
                                                          [t70].[la_code],
                                                          [t70].[child_id],
                                                          [t70].[period_start],
                                                          [t70].[review_date],
                                                          [t70].[_first],
                                                          [t70].[_from],
                                                          [t70].[_seq],
                                                          [t70].[_previous],
                                                          [t70].[__late1]
                                                        FROM (
                                                          SELECT
                                                            [t67].[la_code],
                                                            [t67].[child_id],
                                                            [t67].[period_start],
                                                            [t67].[review_date],
                                                            [t67].[_first],
                                                            [t67].[_from],
                                                            [t67].[_seq],
                                                            [t67].[_previous],
                                                            [t67].[___late1_days],
                                                            [t67].[___late1_days] > 20 AS [__late1]
                                                          FROM (
                                                            SELECT
                                                              [t66].[la_code],
                                                              [t66].[child_id],
                                                              [t66].[period_start],
                                                              [t66].[review_date],
                                                              [t66].[_first],
                                                              [t66].[_from],
                                                              [t66].[_seq],
                                                              [t66].[_previous],
                                                              [t66].[___late1_days]
                                                            FROM (
                                                              SELECT
                                                                [t64].[la_code],
                                                                [t64].[child_id],
                                                                [t64].[period_start],
                                                                [t64].[review_date],
                                                                [t64].[_first],
                                                                [t64].[_from],
                                                                [t64].[_seq],
                                                                [t64].[_previous],
                                                                [t64].[_wd_start],
                                                                [t64].[_wd_end],
                                                                [t64].[_wd_end] - [t64].[_wd_start] AS [___late1_days]
                                                              FROM (
                                                                SELECT
                                                                  [t62].[la_code],
                                                                  [t62].[child_id],
                                                                  [t62].[period_start],
                                                                  [t62].[review_date],
                                                                  [t62].[_first],
                                                                  [t62].[_from],
                                                                  [t62].[_seq],
                                                                  [t62].[_previous],
                                                                  [t62].[_wd_start],
                                                                  [t62].[_wd_end]
                                                                FROM (
                                                                  SELECT
                                                                    [t59].[la_code],
                                                                    [t59].[child_id],
                                                                    [t59].[period_start],
                                                                    [t59].[review_date],
                                                                    [t59].[_first],
                                                                    [t59].[_from],
                                                                    [t59].[_seq],
                                                                    [t59].[_previous],
                                                                    [t59].[_wd_start],
                                                                    [t18].[__wd_end_day],
                                                                    [t18].[_wd_end]
                                                                  FROM (
                                                                    SELECT
                                                                      [t56].[la_code],
                                                                      [t56].[child_id],
                                                                      [t56].[period_start],
                                                                      [t56].[review_date],
                                                                      [t56].[_first],
                                                                      [t56].[_from],
                                                                      [t56].[_seq],
                                                                      [t56].[_previous],
                                                                      [t56].[_wd_start]
                                                                    FROM (
                                                                      SELECT
                                                                        [t53].[la_code],
                                                                        [t53].[child_id],
                                                                        [t53].[period_start],
                                                                        [t53].[review_date],
                                                                        [t53].[_first],
                                                                        [t53].[_from],
                                                                        [t53].[_seq],
                                                                        [t53].[_previous],
                                                                        [t19].[__wd_start_day],
                                                                        [t19].[_wd_start]
                                                                      FROM (
                                                                        SELECT
                                                                          [t45].[la_code],
                                                                          [t45].[child_id],
                                                                          [t45].[period_start],
                                                                          [t45].[review_date],
                                                                          [t45].[_first],
                                                                          [t45].[_from],
                                                                          (
                                                                            ROW_NUMBER() OVER (
                                                                              PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[period_start]
                                                                              ORDER BY CASE WHEN [t45].[review_date] IS NULL THEN 1 ELSE 0 END, [t45].[review_date] ASC
                                                                            ) - 1
                                                                          ) + [t45].[_first] AS [_seq],
                                                                          COALESCE(
                                                                            LAG([t45].[review_date]) OVER (
                                                                              PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[period_start]
                                                                              ORDER BY CASE WHEN [t45].[review_date] IS NULL THEN 1 ELSE 0 END, [t45].[review_date] ASC
                                                                            ),
                                                                            [t45].[_from]
                                                                          ) AS [_previous]
                                                                        FROM (
                                                                          SELECT
                                                                            [t22].[la_code],
                                                                            [t22].[child_id],
                                                                            [t40].[period_start],
                                                                            [t22].[review_date],
                                                                            [t40].[_first],
                                                                            [t40].[_from]
                                                                          FROM (
                                                                            SELECT DISTINCT
                                                                              [t8].[la_code],
                                                                              [t8].[child_id],
                                                                              [t8].[review_date]
                                                                            FROM [cla_review] AS [t8]
                                                                          ) AS [t22]
                                                                          INNER JOIN (
                                                                            SELECT
                                                                              [t38].[la_code],
                                                                              [t38].[child_id],
                                                                              [t38].[period_start],
                                                                              [t38].[period_end],
                                                                              [t38].[period_start_seen],
                                                                              [t38].[_first],
                                                                              [t38].[_from]
                                                                            FROM (
                                                                              SELECT
                                                                                [t35].[la_code],
                                                                                [t35].[child_id],
                                                                                [t35].[period_start],
                                                                                [t35].[period_end],
                                                                                [t35].[period_start_seen],
                                                                                [t35].[_held_from],
                                                                                IIF(
                                                                                  [t35].[period_start_seen] <> 0
                                                                                  AND (
                                                                                    (
                                                                                      [t35].[_held_from] IS NULL
                                                                                    )
                                                                                    OR (
                                                                                      [t35].[period_start] >= [t35].[_held_from]
                                                                                    )
                                                                                  ),
                                                                                  1,
                                                                                  3
                                                                                ) AS [_first],
                                                                                IIF(
                                                                                  [t35].[period_start_seen] <> 0
                                                                                  AND (
                                                                                    (
                                                                                      [t35].[_held_from] IS NULL
                                                                                    )
                                                                                    OR (
                                                                                      [t35].[period_start] >= [t35].[_held_from]
                                                                                    )
                                                                                  ),
                                                                                  [t35].[period_start],
                                                                                  GREATEST([t35].[period_start], COALESCE([t35].[_held_from], [t35].[period_start]))
                                                                                ) AS [_from]
                                                                              FROM (
                                                                                SELECT
                                                                                  [t34].[la_code],
                                                                                  [t34].[child_id],
                                                                                  [t34].[period_start],
                                                                                  [t34].[period_end],
                                                                                  [t34].[period_start_seen],
                                                                                  [t34].[_held_from]
                                                                                FROM (
                                                                                  SELECT
                                                                                    [t32].[la_code],
                                                                                    [t32].[child_id],
                                                                                    [t32].[period_start],
                                                                                    [t32].[period_end],
                                                                                    [t32].[period_start_seen],
                                                                                    [t26].[la_code] AS [la_code_right],
                                                                                    [t26].[_held_from]
                                                                                  FROM (
                                                                                    SELECT DISTINCT
                                                                                      [t30].[la_code],
                                                                                      [t30].[child_id],
                                                                                      [t30].[period_start],
                                                                                      [t30].[period_end],
                                                                                      [t30].[period_start_seen]
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
                                                                                          [t28].[child_id],
                                                                                          [t28].[start_date],
                                                                                          [t28].[reason_new_episode],
                                                                                          [t28].[legal_status],
                                                                                          [t28].[category_of_need],
                                                                                          [t28].[placement_type],
                                                                                          [t28].[placement_provider],
                                                                                          [t28].[end_date],
                                                                                          [t28].[reason_ceased],
                                                                                          [t28].[reason_place_change],
                                                                                          [t28].[home_postcode],
                                                                                          [t28].[placement_postcode],
                                                                                          [t28].[urn],
                                                                                          [t28].[placed_outside_council],
                                                                                          [t28].[la_code],
                                                                                          [t28].[load_id],
                                                                                          [t28].[period_start],
                                                                                          [t28].[period_start_seen],
                                                                                          [t28].[placement_start],
                                                                                          [t28].[_move],
                                                                                          [t28].[short_break],
                                                                                          [t28].[_previous],
                                                                                          MAX([t28].[_previous]) OVER (
                                                                                            PARTITION BY [t28].[la_code], [t28].[child_id]
                                                                                            ORDER BY CASE WHEN [t28].[start_date] IS NULL THEN 1 ELSE 0 END, [t28].[start_date] ASC
                                                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                          ) AS [previous_placement_start],
                                                                                          IIF(
                                                                                            MAX(IIF([t28].[end_date] IS NULL, 1, 0)) OVER (
                                                                                              PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[period_start]
                                                                                              ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                            ),
                                                                                            CAST(NULL AS DATE),
                                                                                            MAX([t28].[end_date]) OVER (
                                                                                              PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[period_start]
                                                                                              ORDER BY CASE WHEN [t28].[end_date] IS NULL THEN 1 ELSE 0 END, [t28].[end_date] ASC
                                                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                            )
                                                                                          ) AS [period_end]
                                                                                        FROM (
                                                                                          SELECT
                                                                                            [t27].[child_id],
                                                                                            [t27].[start_date],
                                                                                            [t27].[reason_new_episode],
                                                                                            [t27].[legal_status],
                                                                                            [t27].[category_of_need],
                                                                                            [t27].[placement_type],
                                                                                            [t27].[placement_provider],
                                                                                            [t27].[end_date],
                                                                                            [t27].[reason_ceased],
                                                                                            [t27].[reason_place_change],
                                                                                            [t27].[home_postcode],
                                                                                            [t27].[placement_postcode],
                                                                                            [t27].[urn],
                                                                                            [t27].[placed_outside_council],
                                                                                            [t27].[la_code],
                                                                                            [t27].[load_id],
                                                                                            [t27].[period_start],
                                                                                            [t27].[period_start_seen],
                                                                                            [t27].[placement_start],
                                                                                            [t27].[_move],
                                                                                            [t27].[short_break],
                                                                                            IIF(
                                                                                              [t27].[_move] IS NOT NULL,
                                                                                              LAG([t27].[placement_start]) OVER (
                                                                                                PARTITION BY [t27].[la_code], [t27].[child_id]
                                                                                                ORDER BY CASE WHEN [t27].[start_date] IS NULL THEN 1 ELSE 0 END, [t27].[start_date] ASC
                                                                                              ),
                                                                                              CAST(NULL AS DATE)
                                                                                            ) AS [_previous]
                                                                                          FROM (
                                                                                            SELECT
                                                                                              [t21].[child_id],
                                                                                              [t21].[start_date],
                                                                                              [t21].[reason_new_episode],
                                                                                              [t21].[legal_status],
                                                                                              [t21].[category_of_need],
                                                                                              [t21].[placement_type],
                                                                                              [t21].[placement_provider],
                                                                                              [t21].[end_date],
                                                                                              [t21].[reason_ceased],
                                                                                              [t21].[reason_place_change],
                                                                                              [t21].[home_postcode],
                                                                                              [t21].[placement_postcode],
                                                                                              [t21].[urn],
                                                                                              [t21].[placed_outside_council],
                                                                                              [t21].[la_code],
                                                                                              [t21].[load_id],
                                                                                              COALESCE(
                                                                                                MAX(IIF([t21].[reason_new_episode] = 'S', [t21].[start_date], CAST(NULL AS DATE))) OVER (
                                                                                                  PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                                                  ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                                ),
                                                                                                MIN([t21].[start_date]) OVER (
                                                                                                  PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                                                  ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                )
                                                                                              ) AS [period_start],
                                                                                              MAX(IIF([t21].[reason_new_episode] = 'S', [t21].[start_date], CAST(NULL AS DATE))) OVER (
                                                                                                PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                                                ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                              ) IS NOT NULL AS [period_start_seen],
                                                                                              COALESCE(
                                                                                                MAX(
                                                                                                  IIF(
                                                                                                    [t21].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                                                                    [t21].[start_date],
                                                                                                    CAST(NULL AS DATE)
                                                                                                  )
                                                                                                ) OVER (
                                                                                                  PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                                                  ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                                ),
                                                                                                MIN([t21].[start_date]) OVER (
                                                                                                  PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                                                  ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                )
                                                                                              ) AS [placement_start],
                                                                                              IIF(
                                                                                                [t21].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                                                                [t21].[start_date],
                                                                                                CAST(NULL AS DATE)
                                                                                              ) AS [_move],
                                                                                              [t21].[legal_status] IN ('V3', 'V4') AS [short_break]
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
                                                                                            ) AS [t21]
                                                                                          ) AS [t27]
                                                                                        ) AS [t28]
                                                                                      ) AS [t29]
                                                                                    ) AS [t30]
                                                                                  ) AS [t32]
                                                                                  LEFT OUTER JOIN (
                                                                                    SELECT
                                                                                      [t20].[la_code],
                                                                                      MIN([t20].[period_start]) AS [_held_from]
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
                                                                                    ) AS [t20]
                                                                                    GROUP BY
                                                                                      [t20].[la_code]
                                                                                  ) AS [t26]
                                                                                    ON [t32].[la_code] = [t26].[la_code]
                                                                                ) AS [t34]
                                                                              ) AS [t35]
                                                                            ) AS [t38]
                                                                          ) AS [t40]
                                                                            ON [t22].[la_code] = [t40].[la_code]
                                                                            AND [t22].[child_id] = [t40].[child_id]
                                                                            AND [t22].[review_date] >= [t40].[period_start]
                                                                            AND (
                                                                              (
                                                                                [t40].[period_end] IS NULL
                                                                              )
                                                                              OR (
                                                                                [t22].[review_date] <= [t40].[period_end]
                                                                              )
                                                                            )
                                                                        ) AS [t45]
                                                                      ) AS [t53]
                                                                      LEFT OUTER JOIN (
                                                                        SELECT
                                                                          [t4].[day] AS [__wd_start_day],
                                                                          [t4].[wd_index] AS [_wd_start]
                                                                        FROM [scorecard_calendar] AS [t4]
                                                                      ) AS [t19]
                                                                        ON [t53].[_previous] = [t19].[__wd_start_day]
                                                                    ) AS [t56]
                                                                  ) AS [t59]
                                                                  LEFT OUTER JOIN (
                                                                    SELECT
                                                                      [t4].[day] AS [__wd_end_day],
                                                                      [t4].[wd_index] AS [_wd_end]
                                                                    FROM [scorecard_calendar] AS [t4]
                                                                  ) AS [t18]
                                                                    ON [t59].[review_date] = [t18].[__wd_end_day]
                                                                ) AS [t62]
                                                              ) AS [t64]
                                                            ) AS [t66]
                                                          ) AS [t67]
                                                        ) AS [t70]
                                                      ) AS [t71]
                                                    ) AS [t74]
                                                  ) AS [t78]
                                                    ON [t81].[la_code] = [t78].[la_code]
                                                    AND [t81].[child_id] = [t78].[child_id]
                                                    AND [t81].[period_start] = [t78].[period_start]
                                                    AND [t78].[review_date] <= [t81].[month_end]
                                                ) AS [t82]
                                                GROUP BY
                                                  [t82].[la_code],
                                                  [t82].[child_id],
                                                  [t82].[period_start],
                                                  [t82].[month_end]
                                              ) AS [t84]
                                                ON [t81].[la_code] = [t84].[la_code]
                                                AND [t81].[child_id] = [t84].[child_id]
                                                AND [t81].[period_start] = [t84].[period_start]
                                                AND [t81].[month_end] = [t84].[month_end]
                                            ) AS [t85]
                                          ) AS [t87]
                                          LEFT OUTER JOIN (
                                            SELECT DISTINCT
                                              [t39].[la_code],
                                              [t39].[child_id],
                                              [t39].[period_start],
                                              [t39].[_first],
                                              [t39].[_from]
                                            FROM (
                                              SELECT
                                                [t38].[la_code],
                                                [t38].[child_id],
                                                [t38].[period_start],
                                                [t38].[period_end],
                                                [t38].[period_start_seen],
                                                [t38].[_first],
                                                [t38].[_from]
                                              FROM (
                                                SELECT
                                                  [t35].[la_code],
                                                  [t35].[child_id],
                                                  [t35].[period_start],
                                                  [t35].[period_end],
                                                  [t35].[period_start_seen],
                                                  [t35].[_held_from],
                                                  IIF(
                                                    [t35].[period_start_seen] <> 0
                                                    AND (
                                                      (
                                                        [t35].[_held_from] IS NULL
                                                      )
                                                      OR (
                                                        [t35].[period_start] >= [t35].[_held_from]
                                                      )
                                                    ),
                                                    1,
                                                    3
                                                  ) AS [_first],
                                                  IIF(
                                                    [t35].[period_start_seen] <> 0
                                                    AND (
                                                      (
                                                        [t35].[_held_from] IS NULL
                                                      )
                                                      OR (
                                                        [t35].[period_start] >= [t35].[_held_from]
                                                      )
                                                    ),
                                                    [t35].[period_start],
                                                    GREATEST([t35].[period_start], COALESCE([t35].[_held_from], [t35].[period_start]))
                                                  ) AS [_from]
                                                FROM (
                                                  SELECT
                                                    [t34].[la_code],
                                                    [t34].[child_id],
                                                    [t34].[period_start],
                                                    [t34].[period_end],
                                                    [t34].[period_start_seen],
                                                    [t34].[_held_from]
                                                  FROM (
                                                    SELECT
                                                      [t32].[la_code],
                                                      [t32].[child_id],
                                                      [t32].[period_start],
                                                      [t32].[period_end],
                                                      [t32].[period_start_seen],
                                                      [t26].[la_code] AS [la_code_right],
                                                      [t26].[_held_from]
                                                    FROM (
                                                      SELECT DISTINCT
                                                        [t30].[la_code],
                                                        [t30].[child_id],
                                                        [t30].[period_start],
                                                        [t30].[period_end],
                                                        [t30].[period_start_seen]
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
                                                            [t28].[child_id],
                                                            [t28].[start_date],
                                                            [t28].[reason_new_episode],
                                                            [t28].[legal_status],
                                                            [t28].[category_of_need],
                                                            [t28].[placement_type],
                                                            [t28].[placement_provider],
                                                            [t28].[end_date],
                                                            [t28].[reason_ceased],
                                                            [t28].[reason_place_change],
                                                            [t28].[home_postcode],
                                                            [t28].[placement_postcode],
                                                            [t28].[urn],
                                                            [t28].[placed_outside_council],
                                                            [t28].[la_code],
                                                            [t28].[load_id],
                                                            [t28].[period_start],
                                                            [t28].[period_start_seen],
                                                            [t28].[placement_start],
                                                            [t28].[_move],
                                                            [t28].[short_break],
                                                            [t28].[_previous],
                                                            MAX([t28].[_previous]) OVER (
                                                              PARTITION BY [t28].[la_code], [t28].[child_id]
                                                              ORDER BY CASE WHEN [t28].[start_date] IS NULL THEN 1 ELSE 0 END, [t28].[start_date] ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS [previous_placement_start],
                                                            IIF(
                                                              MAX(IIF([t28].[end_date] IS NULL, 1, 0)) OVER (
                                                                PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[period_start]
                                                                ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ),
                                                              CAST(NULL AS DATE),
                                                              MAX([t28].[end_date]) OVER (
                                                                PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[period_start]
                                                                ORDER BY CASE WHEN [t28].[end_date] IS NULL THEN 1 ELSE 0 END, [t28].[end_date] ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                              )
                                                            ) AS [period_end]
                                                          FROM (
                                                            SELECT
                                                              [t27].[child_id],
                                                              [t27].[start_date],
                                                              [t27].[reason_new_episode],
                                                              [t27].[legal_status],
                                                              [t27].[category_of_need],
                                                              [t27].[placement_type],
                                                              [t27].[placement_provider],
                                                              [t27].[end_date],
                                                              [t27].[reason_ceased],
                                                              [t27].[reason_place_change],
                                                              [t27].[home_postcode],
                                                              [t27].[placement_postcode],
                                                              [t27].[urn],
                                                              [t27].[placed_outside_council],
                                                              [t27].[la_code],
                                                              [t27].[load_id],
                                                              [t27].[period_start],
                                                              [t27].[period_start_seen],
                                                              [t27].[placement_start],
                                                              [t27].[_move],
                                                              [t27].[short_break],
                                                              IIF(
                                                                [t27].[_move] IS NOT NULL,
                                                                LAG([t27].[placement_start]) OVER (
                                                                  PARTITION BY [t27].[la_code], [t27].[child_id]
                                                                  ORDER BY CASE WHEN [t27].[start_date] IS NULL THEN 1 ELSE 0 END, [t27].[start_date] ASC
                                                                ),
                                                                CAST(NULL AS DATE)
                                                              ) AS [_previous]
                                                            FROM (
                                                              SELECT
                                                                [t21].[child_id],
                                                                [t21].[start_date],
                                                                [t21].[reason_new_episode],
                                                                [t21].[legal_status],
                                                                [t21].[category_of_need],
                                                                [t21].[placement_type],
                                                                [t21].[placement_provider],
                                                                [t21].[end_date],
                                                                [t21].[reason_ceased],
                                                                [t21].[reason_place_change],
                                                                [t21].[home_postcode],
                                                                [t21].[placement_postcode],
                                                                [t21].[urn],
                                                                [t21].[placed_outside_council],
                                                                [t21].[la_code],
                                                                [t21].[load_id],
                                                                COALESCE(
                                                                  MAX(IIF([t21].[reason_new_episode] = 'S', [t21].[start_date], CAST(NULL AS DATE))) OVER (
                                                                    PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                    ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                  ),
                                                                  MIN([t21].[start_date]) OVER (
                                                                    PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                    ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                  )
                                                                ) AS [period_start],
                                                                MAX(IIF([t21].[reason_new_episode] = 'S', [t21].[start_date], CAST(NULL AS DATE))) OVER (
                                                                  PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                  ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) IS NOT NULL AS [period_start_seen],
                                                                COALESCE(
                                                                  MAX(
                                                                    IIF(
                                                                      [t21].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                                      [t21].[start_date],
                                                                      CAST(NULL AS DATE)
                                                                    )
                                                                  ) OVER (
                                                                    PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                    ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                  ),
                                                                  MIN([t21].[start_date]) OVER (
                                                                    PARTITION BY [t21].[la_code], [t21].[child_id]
                                                                    ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                  )
                                                                ) AS [placement_start],
                                                                IIF(
                                                                  [t21].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                                                                  [t21].[start_date],
                                                                  CAST(NULL AS DATE)
                                                                ) AS [_move],
                                                                [t21].[legal_status] IN ('V3', 'V4') AS [short_break]
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
                                                              ) AS [t21]
                                                            ) AS [t27]
                                                          ) AS [t28]
                                                        ) AS [t29]
                                                      ) AS [t30]
                                                    ) AS [t32]
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        [t20].[la_code],
                                                        MIN([t20].[period_start]) AS [_held_from]
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
                                                      ) AS [t20]
                                                      GROUP BY
                                                        [t20].[la_code]
                                                    ) AS [t26]
                                                      ON [t32].[la_code] = [t26].[la_code]
                                                  ) AS [t34]
                                                ) AS [t35]
                                              ) AS [t38]
                                            ) AS [t39]
                                          ) AS [t42]
                                            ON [t87].[la_code] = [t42].[la_code]
                                            AND [t87].[child_id] = [t42].[child_id]
                                            AND [t87].[period_start] = [t42].[period_start]
                                        ) AS [t88]
                                      ) AS [t89]
                                    ) AS [t91]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t4].[day] AS [__wd_start_day],
                                        [t4].[wd_index] AS [_wd_start]
                                      FROM [scorecard_calendar] AS [t4]
                                    ) AS [t19]
                                      ON [t91].[_since] = [t19].[__wd_start_day]
                                  ) AS [t92]
                                ) AS [t94]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t4].[day] AS [__wd_end_day],
                                    [t4].[wd_index] AS [_wd_end]
                                  FROM [scorecard_calendar] AS [t4]
                                ) AS [t18]
                                  ON [t94].[month_end] = [t18].[__wd_end_day]
                              ) AS [t95]
                            ) AS [t96]
                          ) AS [t97]
                        ) AS [t98]
                      ) AS [t99]
                    ) AS [t100]
                  ) AS [t101]
                ) AS [t102]
              ) AS [t103]
            ) AS [t104]
          ) AS [t105]
          GROUP BY
            [t105].[la_code],
            [t105].[month],
            [t105].[_part],
            [t105].[breakdown_value]
        ) AS [t106]
      ) AS [t107]
      GROUP BY
        [t107].[la_code],
        [t107].[indicator_id],
        [t107].[month_index],
        [t107].[breakdown],
        [t107].[breakdown_value]
    ) AS [t109]
      ON [t109].[la_code] = [t10].[la_code]
      AND [t109].[indicator_id] = [t12].[indicator_id]
      AND [t109].[month_index] <= [t11].[month_index]
      AND [t109].[month_index] >= (
        [t11].[month_index] - IIF([t109].[breakdown] = 'month_alone', 0, [t12].[months_back])
      )
  ) AS [t110]
  GROUP BY
    [t110].[la_code],
    [t110].[indicator_id],
    [t110].[month],
    [t110].[breakdown],
    [t110].[breakdown_value],
    [t110].[unit]
)
SELECT
  [t123].[la_code],
  [t123].[indicator_id],
  [t123].[month],
  [t123].[breakdown],
  [t123].[breakdown_value],
  [t123].[numerator],
  CASE
    WHEN [t123].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t123].[unit] = 'rate'
    THEN CAST([t9].[population] AS FLOAT)
    ELSE [t123].[denominator]
  END AS [denominator],
  CASE
    WHEN [t123].[unit] = 'count'
    THEN [t123].[numerator]
    WHEN [t123].[unit] = 'rate'
    THEN IIF(
      CAST([t9].[population] AS FLOAT) > 0,
      (
        [t123].[numerator] * 10000
      ) / CAST([t9].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t123].[unit] = 'percent'
    THEN IIF(
      [t123].[denominator] > 0,
      CAST([t123].[numerator] AS FLOAT) / [t123].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t123].[denominator] > 0,
      CAST([t123].[numerator] AS FLOAT) / [t123].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t117].[la_code],
      [t117].[indicator_id],
      [t117].[month],
      [t117].[breakdown],
      [t117].[breakdown_value],
      [t117].[unit],
      [t117].[numerator],
      [t117].[denominator]
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
            ('CLAR1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        ) AS [t17]
        WHERE
          [t17].[months_back] > 0
      ) AS [t25]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t112].[la_code],
              [t112].[indicator_id],
              [t112].[month],
              [t112].[breakdown],
              [t112].[breakdown_value],
              [t112].[unit],
              [t112].[numerator],
              [t112].[denominator]
            FROM [t111] AS [t112]
            WHERE
              [t112].[breakdown] = 'month_alone'
          ) AS [t115]
          WHERE
            [t25].[la_code] = [t115].[la_code]
            AND [t25].[indicator_id] = [t115].[indicator_id]
            AND [t25].[month] = [t115].[month]
        )
    ) AS [t117]
  ) AS [t119]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t111] AS [t112]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t118].[la_code],
        [t118].[indicator_id],
        [t118].[month],
        [t118].[breakdown],
        [t118].[breakdown_value],
        [t118].[unit],
        [t118].[numerator],
        [t118].[denominator]
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
                [t112].[la_code],
                [t112].[indicator_id],
                [t112].[month],
                [t112].[breakdown],
                [t112].[breakdown_value],
                [t112].[unit],
                [t112].[numerator],
                [t112].[denominator]
              FROM [t111] AS [t112]
              WHERE
                [t112].[breakdown] = 'all'
            ) AS [t116]
            WHERE
              [t10].[la_code] = [t116].[la_code]
              AND [t12].[indicator_id] = [t116].[indicator_id]
              AND [t11].[month] = [t116].[month]
          )
      ) AS [t118]
    ) AS [t120]
  ) AS [t121]
) AS [t123]
LEFT OUTER JOIN [scorecard_population] AS [t9]
  ON [t123].[la_code] = [t9].[la_code] AND [t123].[month] = [t9].[month]
