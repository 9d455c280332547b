WITH [t35] AS (
  SELECT
    [t34].[child_id],
    [t34].[start_date],
    [t34].[reason_new_episode],
    [t34].[legal_status],
    [t34].[category_of_need],
    [t34].[placement_type],
    [t34].[placement_provider],
    [t34].[end_date],
    [t34].[reason_ceased],
    [t34].[reason_place_change],
    [t34].[home_postcode],
    [t34].[placement_postcode],
    [t34].[urn],
    [t34].[placed_outside_council],
    [t34].[la_code],
    [t34].[load_id],
    [t34].[period_start],
    [t34].[period_start_seen],
    [t34].[placement_start],
    [t34].[short_break],
    [t34].[previous_placement_start],
    [t34].[period_end]
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
        [t32].[_move],
        [t32].[short_break],
        [t32].[_previous],
        MAX([t32].[_previous]) OVER (
          PARTITION BY [t32].[la_code], [t32].[child_id]
          ORDER BY CASE WHEN [t32].[start_date] IS NULL THEN 1 ELSE 0 END, [t32].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [previous_placement_start],
        IIF(
          MAX(IIF([t32].[end_date] IS NULL, 1, 0)) OVER (
            PARTITION BY [t32].[la_code], [t32].[child_id], [t32].[period_start]
            ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ),
          CAST(NULL AS DATE),
          MAX([t32].[end_date]) OVER (
            PARTITION BY [t32].[la_code], [t32].[child_id], [t32].[period_start]
            ORDER BY CASE WHEN [t32].[end_date] IS NULL THEN 1 ELSE 0 END, [t32].[end_date] ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS [period_end]
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
          IIF(
            [t28].[_move] IS NOT NULL,
            LAG([t28].[placement_start]) OVER (
              PARTITION BY [t28].[la_code], [t28].[child_id]
              ORDER BY CASE WHEN [t28].[start_date] IS NULL THEN 1 ELSE 0 END, [t28].[start_date] ASC
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
              [t8].[child_id],
              [t8].[start_date],
              [t8].[reason_new_episode],
              [t8].[legal_status],
              [t8].[category_of_need],
              [t8].[placement_type],
              [t8].[placement_provider],
              [t8].[end_date],
              [t8].[reason_ceased],
              [t8].[reason_place_change],
              [t8].[home_postcode],
              [t8].[placement_postcode],
              [t8].[urn],
              [t8].[placed_outside_council],
              [t8].[la_code],
              [t8].[load_id]
            FROM [looked_after_episode] AS [t8]
            WHERE
              [t8].[start_date] IS NOT NULL
          ) AS [t20]
        ) AS [t28]
      ) AS [t32]
    ) AS [t33]
  ) AS [t34]
  WHERE
    IIF([t34].[short_break] <> 0, 1, 0) = 0 AND [t34].[start_date] IS NOT NULL
), [t45] AS (
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
    [t44].[_reach],
    [t44].[_earlier_reach],
    MAX(IIF(COALESCE([t44].[_earlier_reach] > [t44].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t44].[la_code], [t44].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
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
      [t43].[_reach],
      LAG([t43].[_reach]) OVER (
        PARTITION BY [t43].[la_code], [t43].[child_id]
        ORDER BY CASE WHEN [t43].[start_date] IS NULL THEN 1 ELSE 0 END, [t43].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t42].[child_id],
        [t42].[start_date],
        [t42].[reason_new_episode],
        [t42].[legal_status],
        [t42].[category_of_need],
        [t42].[placement_type],
        [t42].[placement_provider],
        [t42].[end_date],
        [t42].[reason_ceased],
        [t42].[reason_place_change],
        [t42].[home_postcode],
        [t42].[placement_postcode],
        [t42].[urn],
        [t42].[placed_outside_council],
        [t42].[la_code],
        [t42].[load_id],
        [t42].[period_start],
        [t42].[period_start_seen],
        [t42].[placement_start],
        [t42].[short_break],
        [t42].[previous_placement_start],
        [t42].[period_end],
        MAX(COALESCE([t42].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t42].[la_code], [t42].[child_id]
          ORDER BY CASE WHEN [t42].[start_date] IS NULL THEN 1 ELSE 0 END, [t42].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
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
          [t37].[period_end]
        FROM [t35] AS [t37]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t38].[la_code],
                [t38].[child_id]
              FROM (
                SELECT
                  [t36].[la_code],
                  [t36].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t35] AS [t36]
                GROUP BY
                  [t36].[la_code],
                  [t36].[child_id]
              ) AS [t38]
              WHERE
                [t38].[_records] > 1
            ) AS [t40]
            WHERE
              [t37].[la_code] = [t40].[la_code] AND [t37].[child_id] = [t40].[child_id]
          )
      ) AS [t42]
    ) AS [t43]
  ) AS [t44]
), [t87] AS (
  SELECT
    [t86].[la_code],
    [t86].[indicator_id],
    [t86].[month],
    [t86].[breakdown],
    [t86].[breakdown_value],
    [t86].[unit],
    SUM([t86].[_num]) AS [numerator],
    SUM([t86].[_den]) AS [denominator]
  FROM (
    SELECT
      [t10].[la_code],
      [t11].[month],
      [t11].[month_end],
      [t11].[month_index],
      [t12].[indicator_id],
      [t12].[months_back],
      [t12].[unit],
      [t85].[breakdown],
      [t85].[breakdown_value],
      [t85].[_num],
      [t85].[_den],
      [t85].[_until_index]
    FROM [scorecard_councils] AS [t10]
    CROSS JOIN [scorecard_month_spine] AS [t11]
    CROSS JOIN (VALUES
      ('HLT1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t83].[la_code],
        [t83].[indicator_id],
        [t83].[breakdown],
        [t83].[breakdown_value],
        [t83].[_num],
        [t83].[_den],
        [t83].[month_index] + [t83].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t82].[la_code],
          [t82].[indicator_id],
          [t82].[month_index],
          [t82].[breakdown],
          [t82].[breakdown_value],
          [t82].[_num],
          [t82].[_den],
          [t17].[months_back],
          [t13].[_offset]
        FROM (
          SELECT
            [t80].[la_code],
            [t80].[indicator_id],
            [t80].[month_index],
            [t80].[breakdown],
            [t80].[breakdown_value],
            SUM([t80].[numerator]) AS [_num],
            SUM([t80].[denominator]) AS [_den]
          FROM (
            SELECT
              [t79].[la_code],
              'HLT1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t79].[month]) * 12
                ) + DATEPART(month, [t79].[month])
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              [t79].[breakdown_value],
              [t79].[numerator],
              [t79].[denominator]
            FROM (
              SELECT
                [t78].[la_code],
                [t78].[month],
                [t78].[_part],
                [t78].[breakdown_value],
                SUM([t78].[numerator]) AS [numerator],
                SUM([t78].[denominator]) AS [denominator]
              FROM (
                SELECT
                  [t77].[la_code],
                  [t77].[month],
                  IIF(COALESCE([t77].[_checked], (1 = 0)), 1.0, 0.0) AS [numerator],
                  1.0 AS [denominator],
                  0 AS [_part],
                  'all' AS [breakdown_value]
                FROM (
                  SELECT
                    [t76].[child_id],
                    [t76].[start_date],
                    [t76].[reason_new_episode],
                    [t76].[legal_status],
                    [t76].[category_of_need],
                    [t76].[placement_type],
                    [t76].[placement_provider],
                    [t76].[end_date],
                    [t76].[reason_ceased],
                    [t76].[reason_place_change],
                    [t76].[home_postcode],
                    [t76].[placement_postcode],
                    [t76].[urn],
                    [t76].[placed_outside_council],
                    [t76].[la_code],
                    [t76].[load_id],
                    [t76].[period_start],
                    [t76].[period_start_seen],
                    [t76].[placement_start],
                    [t76].[short_break],
                    [t76].[previous_placement_start],
                    [t76].[period_end],
                    [t76].[month],
                    [t76].[month_end],
                    [t76].[month_index],
                    [t76].[uasc],
                    [t76].[date_of_birth],
                    [t76].[_since],
                    [t76].[_checked]
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
                      [t71].[uasc],
                      [t71].[date_of_birth],
                      [t71].[_since],
                      [t75].[la_code] AS [la_code_right],
                      [t75].[child_id] AS [child_id_right],
                      [t75].[month] AS [month_right],
                      [t75].[_checked]
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
                        [t69].[uasc],
                        [t69].[date_of_birth],
                        DATEADD(
                          MONTH,
                          -CAST(IIF(
                            (
                              (
                                DATEPART(year, [t69].[month_end]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[month_end]) * 100
                                  ) + DATEPART(day, [t69].[month_end])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) < 5,
                            6,
                            12
                          ) AS BIGINT),
                          [t69].[month_end]
                        ) AS [_since]
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
                          [t68].[uasc],
                          [t68].[date_of_birth]
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
                            [t67].[month],
                            [t67].[month_end],
                            [t67].[month_index],
                            [t67].[uasc],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[date_of_birth]
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
                              [t65].[uasc]
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
                                [t64].[uasc]
                              FROM (
                                SELECT
                                  [t63].[child_id],
                                  [t63].[start_date],
                                  [t63].[reason_new_episode],
                                  [t63].[legal_status],
                                  [t63].[category_of_need],
                                  [t63].[placement_type],
                                  [t63].[placement_provider],
                                  [t63].[end_date],
                                  [t63].[reason_ceased],
                                  [t63].[reason_place_change],
                                  [t63].[home_postcode],
                                  [t63].[placement_postcode],
                                  [t63].[urn],
                                  [t63].[placed_outside_council],
                                  [t63].[la_code],
                                  [t63].[load_id],
                                  [t63].[period_start],
                                  [t63].[period_start_seen],
                                  [t63].[placement_start],
                                  [t63].[short_break],
                                  [t63].[previous_placement_start],
                                  [t63].[period_end],
                                  [t63].[month],
                                  [t63].[month_end],
                                  [t63].[month_index],
                                  [t63].[_uasc],
                                  COALESCE([t63].[_uasc], 'Not UASC') AS [uasc]
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
                                    [t62].[month_index],
                                    [t62].[_uasc]
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
                                      [t31].[la_code] AS [la_code_right],
                                      [t31].[child_id] AS [child_id_right],
                                      [t31].[month] AS [month_right],
                                      [t31].[_uasc]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t55].[child_id],
                                          [t55].[start_date],
                                          [t55].[reason_new_episode],
                                          [t55].[legal_status],
                                          [t55].[category_of_need],
                                          [t55].[placement_type],
                                          [t55].[placement_provider],
                                          [t55].[end_date],
                                          [t55].[reason_ceased],
                                          [t55].[reason_place_change],
                                          [t55].[home_postcode],
                                          [t55].[placement_postcode],
                                          [t55].[urn],
                                          [t55].[placed_outside_council],
                                          [t55].[la_code],
                                          [t55].[load_id],
                                          [t55].[period_start],
                                          [t55].[period_start_seen],
                                          [t55].[placement_start],
                                          [t55].[short_break],
                                          [t55].[previous_placement_start],
                                          [t55].[period_end],
                                          [t55].[month],
                                          [t55].[month_end],
                                          [t55].[month_index]
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
                                            [t53].[_until],
                                            [t11].[month],
                                            [t11].[month_end],
                                            [t11].[month_index]
                                          FROM (
                                            SELECT
                                              [t50].[child_id],
                                              [t50].[start_date],
                                              [t50].[reason_new_episode],
                                              [t50].[legal_status],
                                              [t50].[category_of_need],
                                              [t50].[placement_type],
                                              [t50].[placement_provider],
                                              [t50].[end_date],
                                              [t50].[reason_ceased],
                                              [t50].[reason_place_change],
                                              [t50].[home_postcode],
                                              [t50].[placement_postcode],
                                              [t50].[urn],
                                              [t50].[placed_outside_council],
                                              [t50].[la_code],
                                              [t50].[load_id],
                                              [t50].[period_start],
                                              [t50].[period_start_seen],
                                              [t50].[placement_start],
                                              [t50].[short_break],
                                              [t50].[previous_placement_start],
                                              [t50].[period_end],
                                              COALESCE([t50].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
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
                                                  [t37].[period_end]
                                                FROM [t35] AS [t37]
                                                WHERE
                                                  NOT EXISTS(
                                                    SELECT
                                                      1
                                                    FROM (
                                                      SELECT
                                                        [t38].[la_code],
                                                        [t38].[child_id]
                                                      FROM (
                                                        SELECT
                                                          [t36].[la_code],
                                                          [t36].[child_id],
                                                          COUNT_BIG(*) AS [_records]
                                                        FROM [t35] AS [t36]
                                                        GROUP BY
                                                          [t36].[la_code],
                                                          [t36].[child_id]
                                                      ) AS [t38]
                                                      WHERE
                                                        [t38].[_records] > 1
                                                    ) AS [t40]
                                                    WHERE
                                                      [t37].[la_code] = [t40].[la_code] AND [t37].[child_id] = [t40].[child_id]
                                                  )
                                              ) AS [t41]
                                              UNION ALL
                                              SELECT
                                                *
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
                                                  [t46].[period_end]
                                                FROM [t45] AS [t46]
                                                WHERE
                                                  IIF([t46].[_overlaps] <> 0, 1, 0) = 0
                                              ) AS [t48]
                                            ) AS [t50]
                                            WHERE
                                              [t50].[start_date] IS NOT NULL
                                          ) AS [t53]
                                          INNER JOIN [scorecard_month_spine] AS [t11]
                                            ON [t53].[start_date] <= [t11].[month_end] AND [t53].[_until] > [t11].[month_end]
                                        ) AS [t55]
                                      ) AS [t56]
                                      UNION ALL
                                      SELECT
                                        *
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
                                          [t58].[month_index]
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
                                            [t57].[month],
                                            [t57].[month_end],
                                            [t57].[month_index],
                                            [t57].[_rank]
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
                                                    COALESCE([t46].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                  FROM [t45] AS [t46]
                                                  WHERE
                                                    [t46].[_overlaps] <> 0 AND [t46].[start_date] IS NOT NULL
                                                ) AS [t49]
                                                INNER JOIN [scorecard_month_spine] AS [t11]
                                                  ON [t49].[start_date] <= [t11].[month_end] AND [t49].[_until] > [t11].[month_end]
                                              ) AS [t52]
                                            ) AS [t54]
                                          ) AS [t57]
                                          WHERE
                                            [t57].[_rank] = 0
                                        ) AS [t58]
                                      ) AS [t59]
                                    ) AS [t61]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t29].[la_code],
                                        [t29].[child_id],
                                        [t29].[month],
                                        'UASC' AS [_uasc]
                                      FROM (
                                        SELECT DISTINCT
                                          [t27].[la_code],
                                          [t27].[child_id],
                                          [t27].[month]
                                        FROM (
                                          SELECT
                                            [t26].[child_id],
                                            [t26].[start_date],
                                            [t26].[end_date],
                                            [t26].[la_code],
                                            [t26].[load_id],
                                            [t26].[month],
                                            [t26].[month_end],
                                            [t26].[month_index]
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
                                          ) AS [t26]
                                        ) AS [t27]
                                      ) AS [t29]
                                    ) AS [t31]
                                      ON [t61].[la_code] = [t31].[la_code]
                                      AND [t61].[child_id] = [t31].[child_id]
                                      AND [t61].[month] = [t31].[month]
                                  ) AS [t62]
                                ) AS [t63]
                              ) AS [t64]
                            ) AS [t65]
                            WHERE
                              [t65].[period_start] <= DATEADD(YEAR, -CAST('1' AS BIGINT), [t65].[month_end])
                          ) AS [t67]
                          LEFT OUTER JOIN (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t18]
                            ON [t67].[la_code] = [t18].[la_code] AND [t67].[child_id] = [t18].[child_id]
                        ) AS [t68]
                      ) AS [t69]
                    ) AS [t71]
                    LEFT OUTER JOIN (
                      SELECT
                        [t73].[la_code],
                        [t73].[child_id],
                        [t73].[month],
                        1 AS [_checked]
                      FROM (
                        SELECT DISTINCT
                          [t72].[la_code],
                          [t72].[child_id],
                          [t72].[month]
                        FROM (
                          SELECT
                            [t71].[la_code],
                            [t71].[child_id],
                            [t71].[month]
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
                              [t69].[uasc],
                              [t69].[date_of_birth],
                              DATEADD(
                                MONTH,
                                -CAST(IIF(
                                  (
                                    (
                                      DATEPART(year, [t69].[month_end]) - DATEPART(year, [t69].[date_of_birth])
                                    ) - IIF(
                                      (
                                        (
                                          DATEPART(month, [t69].[month_end]) * 100
                                        ) + DATEPART(day, [t69].[month_end])
                                      ) < (
                                        (
                                          DATEPART(month, [t69].[date_of_birth]) * 100
                                        ) + DATEPART(day, [t69].[date_of_birth])
                                      ),
                                      1,
                                      0
                                    )
                                  ) < 5,
                                  6,
                                  12
                                ) AS BIGINT),
                                [t69].[month_end]
                              ) AS [_since]
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
                                [t68].[uasc],
                                [t68].[date_of_birth]
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
                                  [t67].[month],
                                  [t67].[month_end],
                                  [t67].[month_index],
                                  [t67].[uasc],
                                  [t18].[la_code] AS [la_code_right],
                                  [t18].[child_id] AS [child_id_right],
                                  [t18].[date_of_birth]
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
                                    [t65].[uasc]
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
                                      [t64].[uasc]
                                    FROM (
                                      SELECT
                                        [t63].[child_id],
                                        [t63].[start_date],
                                        [t63].[reason_new_episode],
                                        [t63].[legal_status],
                                        [t63].[category_of_need],
                                        [t63].[placement_type],
                                        [t63].[placement_provider],
                                        [t63].[end_date],
                                        [t63].[reason_ceased],
                                        [t63].[reason_place_change],
                                        [t63].[home_postcode],
                                        [t63].[placement_postcode],
                                        [t63].[urn],
                                        [t63].[placed_outside_council],
                                        [t63].[la_code],
                                        [t63].[load_id],
                                        [t63].[period_start],
                                        [t63].[period_start_seen],
                                        [t63].[placement_start],
                                        [t63].[short_break],
                                        [t63].[previous_placement_start],
                                        [t63].[period_end],
                                        [t63].[month],
                                        [t63].[month_end],
                                        [t63].[month_index],
                                        [t63].[_uasc],
                                        COALESCE([t63].[_uasc], 'Not UASC') AS [uasc]
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
                                          [t62].[month_index],
                                          [t62].[_uasc]
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
                                            [t31].[la_code] AS [la_code_right],
                                            [t31].[child_id] AS [child_id_right],
                                            [t31].[month] AS [month_right],
                                            [t31].[_uasc]
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                [t55].[child_id],
                                                [t55].[start_date],
                                                [t55].[reason_new_episode],
                                                [t55].[legal_status],
                                                [t55].[category_of_need],
                                                [t55].[placement_type],
                                                [t55].[placement_provider],
                                                [t55].[end_date],
                                                [t55].[reason_ceased],
                                                [t55].[reason_place_change],
                                                [t55].[home_postcode],
                                                [t55].[placement_postcode],
                                                [t55].[urn],
                                                [t55].[placed_outside_council],
                                                [t55].[la_code],
                                                [t55].[load_id],
                                                [t55].[period_start],
                                                [t55].[period_start_seen],
                                                [t55].[placement_start],
                                                [t55].[short_break],
                                                [t55].[previous_placement_start],
                                                [t55].[period_end],
                                                [t55].[month],
                                                [t55].[month_end],
                                                [t55].[month_index]
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
                                                  [t53].[_until],
                                                  [t11].[month],
                                                  [t11].[month_end],
                                                  [t11].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t50].[child_id],
                                                    [t50].[start_date],
                                                    [t50].[reason_new_episode],
                                                    [t50].[legal_status],
                                                    [t50].[category_of_need],
                                                    [t50].[placement_type],
                                                    [t50].[placement_provider],
                                                    [t50].[end_date],
                                                    [t50].[reason_ceased],
                                                    [t50].[reason_place_change],
                                                    [t50].[home_postcode],
                                                    [t50].[placement_postcode],
                                                    [t50].[urn],
                                                    [t50].[placed_outside_council],
                                                    [t50].[la_code],
                                                    [t50].[load_id],
                                                    [t50].[period_start],
                                                    [t50].[period_start_seen],
                                                    [t50].[placement_start],
                                                    [t50].[short_break],
                                                    [t50].[previous_placement_start],
                                                    [t50].[period_end],
                                                    COALESCE([t50].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
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
                                                        [t37].[period_end]
                                                      FROM [t35] AS [t37]
                                                      WHERE
                                                        NOT EXISTS(
                                                          SELECT
                                                            1
                                                          FROM (
                                                            SELECT
                                                              [t38].[la_code],
                                                              [t38].[child_id]
                                                            FROM (
                                                              SELECT
                                                                [t36].[la_code],
                                                                [t36].[child_id],
                                                                COUNT_BIG(*) AS [_records]
                                                              FROM [t35] AS [t36]
                                                              GROUP BY
                                                                [t36].[la_code],
                                                                [t36].[child_id]
                                                            ) AS [t38]
                                                            WHERE
                                                              [t38].[_records] > 1
                                                          ) AS [t40]
                                                          WHERE
                                                            [t37].[la_code] = [t40].[la_code] AND [t37].[child_id] = [t40].[child_id]
                                                        )
                                                    ) AS [t41]
                                                    UNION ALL
                                                    SELECT
                                                      *
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
                                                        [t46].[period_end]
                                                      FROM [t45] AS [t46]
                                                      WHERE
                                                        IIF([t46].[_overlaps] <> 0, 1, 0) = 0
                                                    ) AS [t48]
                                                  ) AS [t50]
                                                  WHERE
                                                    [t50].[start_date] IS NOT NULL
                                                ) AS [t53]
                                                INNER JOIN [scorecard_month_spine] AS [t11]
                                                  ON [t53].[start_date] <= [t11].[month_end] AND [t53].[_until] > [t11].[month_end]
                                              ) AS [t55]
                                            ) AS [t56]
                                            UNION ALL
                                            SELECT
                                              *
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
                                                [t58].[month_index]
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
                                                  [t57].[month],
                                                  [t57].[month_end],
                                                  [t57].[month_index],
                                                  [t57].[_rank]
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
                                                          COALESCE([t46].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                        FROM [t45] AS [t46]
                                                        WHERE
                                                          [t46].[_overlaps] <> 0 AND [t46].[start_date] IS NOT NULL
                                                      ) AS [t49]
                                                      INNER JOIN [scorecard_month_spine] AS [t11]
                                                        ON [t49].[start_date] <= [t11].[month_end] AND [t49].[_until] > [t11].[month_end]
                                                    ) AS [t52]
                                                  ) AS [t54]
                                                ) AS [t57]
                                                WHERE
                                                  [t57].[_rank] = 0
                                              ) AS [t58]
                                            ) AS [t59]
                                          ) AS [t61]
                                          LEFT OUTER JOIN (
                                            SELECT
                                              [t29].[la_code],
                                              [t29].[child_id],
                                              [t29].[month],
                                              'UASC' AS [_uasc]
                                            FROM (
                                              SELECT DISTINCT
                                                [t27].[la_code],
                                                [t27].[child_id],
                                                [t27].[month]
                                              FROM (
                                                SELECT
                                                  [t26].[child_id],
                                                  [t26].[start_date],
                                                  [t26].[end_date],
                                                  [t26].[la_code],
                                                  [t26].[load_id],
                                                  [t26].[month],
                                                  [t26].[month_end],
                                                  [t26].[month_index]
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
                                                ) AS [t26]
                                              ) AS [t27]
                                            ) AS [t29]
                                          ) AS [t31]
                                            ON [t61].[la_code] = [t31].[la_code]
                                            AND [t61].[child_id] = [t31].[child_id]
                                            AND [t61].[month] = [t31].[month]
                                        ) AS [t62]
                                      ) AS [t63]
                                    ) AS [t64]
                                  ) AS [t65]
                                  WHERE
                                    [t65].[period_start] <= DATEADD(YEAR, -CAST('1' AS BIGINT), [t65].[month_end])
                                ) AS [t67]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t5].[la_code],
                                    [t5].[child_id],
                                    [t5].[date_of_birth]
                                  FROM [person] AS [t5]
                                ) AS [t18]
                                  ON [t67].[la_code] = [t18].[la_code] AND [t67].[child_id] = [t18].[child_id]
                              ) AS [t68]
                            ) AS [t69]
                          ) AS [t71]
                          INNER JOIN (
                            SELECT
                              [t6].[child_id],
                              [t6].[check_type],
                              [t6].[check_date],
                              [t6].[la_code],
                              [t6].[load_id]
                            FROM [health_check] AS [t6]
                            WHERE
                              [t6].[check_type] = 'HEALTH'
                          ) AS [t21]
                            ON [t71].[la_code] = [t21].[la_code]
                            AND [t71].[child_id] = [t21].[child_id]
                            AND [t21].[check_date] > [t71].[_since]
                            AND [t21].[check_date] <= [t71].[month_end]
                        ) AS [t72]
                      ) AS [t73]
                    ) AS [t75]
                      ON [t71].[la_code] = [t75].[la_code]
                      AND [t71].[child_id] = [t75].[child_id]
                      AND [t71].[month] = [t75].[month]
                  ) AS [t76]
                ) AS [t77]
              ) AS [t78]
              GROUP BY
                [t78].[la_code],
                [t78].[month],
                [t78].[_part],
                [t78].[breakdown_value]
            ) AS [t79]
          ) AS [t80]
          GROUP BY
            [t80].[la_code],
            [t80].[indicator_id],
            [t80].[month_index],
            [t80].[breakdown],
            [t80].[breakdown_value]
        ) AS [t82]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('HLT1', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t17]
          ON [t82].[indicator_id] = [t17].[indicator_id]
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
      ) AS [t83]
      WHERE
        [t83].[_offset] <= IIF([t83].[breakdown] = 'month_alone', 0, [t83].[months_back])
    ) AS [t85]
      ON [t85].[la_code] = [t10].[la_code]
      AND [t85].[indicator_id] = [t12].[indicator_id]
      AND [t85].[_until_index] = [t11].[month_index]
  ) AS [t86]
  GROUP BY
    [t86].[la_code],
    [t86].[indicator_id],
    [t86].[month],
    [t86].[breakdown],
    [t86].[breakdown_value],
    [t86].[unit]
)
SELECT
  [t99].[la_code],
  [t99].[indicator_id],
  [t99].[month],
  [t99].[breakdown],
  [t99].[breakdown_value],
  [t99].[numerator],
  CASE
    WHEN [t99].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t99].[unit] = 'rate'
    THEN CAST([t9].[population] AS FLOAT)
    ELSE [t99].[denominator]
  END AS [denominator],
  CASE
    WHEN [t99].[unit] = 'count'
    THEN [t99].[numerator]
    WHEN [t99].[unit] = 'rate'
    THEN IIF(
      CAST([t9].[population] AS FLOAT) > 0,
      (
        [t99].[numerator] * 10000
      ) / CAST([t9].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t99].[unit] = 'percent'
    THEN IIF(
      [t99].[denominator] > 0,
      CAST([t99].[numerator] AS FLOAT) / [t99].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t99].[denominator] > 0,
      CAST([t99].[numerator] AS FLOAT) / [t99].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t93].[la_code],
      [t93].[indicator_id],
      [t93].[month],
      [t93].[breakdown],
      [t93].[breakdown_value],
      [t93].[unit],
      [t93].[numerator],
      [t93].[denominator]
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
            ('HLT1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        ) AS [t16]
        WHERE
          [t16].[months_back] > 0
      ) AS [t25]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t88].[la_code],
              [t88].[indicator_id],
              [t88].[month],
              [t88].[breakdown],
              [t88].[breakdown_value],
              [t88].[unit],
              [t88].[numerator],
              [t88].[denominator]
            FROM [t87] AS [t88]
            WHERE
              [t88].[breakdown] = 'month_alone'
          ) AS [t91]
          WHERE
            [t25].[la_code] = [t91].[la_code]
            AND [t25].[indicator_id] = [t91].[indicator_id]
            AND [t25].[month] = [t91].[month]
        )
    ) AS [t93]
  ) AS [t95]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t87] AS [t88]
    UNION ALL
    SELECT
      *
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
          ('HLT1', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t88].[la_code],
                [t88].[indicator_id],
                [t88].[month],
                [t88].[breakdown],
                [t88].[breakdown_value],
                [t88].[unit],
                [t88].[numerator],
                [t88].[denominator]
              FROM [t87] AS [t88]
              WHERE
                [t88].[breakdown] = 'all'
            ) AS [t92]
            WHERE
              [t10].[la_code] = [t92].[la_code]
              AND [t12].[indicator_id] = [t92].[indicator_id]
              AND [t11].[month] = [t92].[month]
          )
      ) AS [t94]
    ) AS [t96]
  ) AS [t97]
) AS [t99]
LEFT OUTER JOIN [scorecard_population] AS [t9]
  ON [t99].[la_code] = [t9].[la_code] AND [t99].[month] = [t9].[month]
