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
            [t16].[child_id],
            [t16].[start_date],
            [t16].[reason_new_episode],
            [t16].[legal_status],
            [t16].[category_of_need],
            [t16].[placement_type],
            [t16].[placement_provider],
            [t16].[end_date],
            [t16].[reason_ceased],
            [t16].[reason_place_change],
            [t16].[home_postcode],
            [t16].[placement_postcode],
            [t16].[urn],
            [t16].[placed_outside_council],
            [t16].[la_code],
            [t16].[load_id],
            COALESCE(
              MAX(IIF([t16].[reason_new_episode] = 'S', [t16].[start_date], CAST(NULL AS DATE))) OVER (
                PARTITION BY [t16].[la_code], [t16].[child_id]
                ORDER BY CASE WHEN [t16].[start_date] IS NULL THEN 1 ELSE 0 END, [t16].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN([t16].[start_date]) OVER (
                PARTITION BY [t16].[la_code], [t16].[child_id]
                ORDER BY CASE WHEN [t16].[start_date] IS NULL THEN 1 ELSE 0 END, [t16].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS [period_start],
            MAX(IIF([t16].[reason_new_episode] = 'S', [t16].[start_date], CAST(NULL AS DATE))) OVER (
              PARTITION BY [t16].[la_code], [t16].[child_id]
              ORDER BY CASE WHEN [t16].[start_date] IS NULL THEN 1 ELSE 0 END, [t16].[start_date] ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS [period_start_seen],
            COALESCE(
              MAX(
                IIF(
                  [t16].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
                  [t16].[start_date],
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY [t16].[la_code], [t16].[child_id]
                ORDER BY CASE WHEN [t16].[start_date] IS NULL THEN 1 ELSE 0 END, [t16].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN([t16].[start_date]) OVER (
                PARTITION BY [t16].[la_code], [t16].[child_id]
                ORDER BY CASE WHEN [t16].[start_date] IS NULL THEN 1 ELSE 0 END, [t16].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS [placement_start],
            IIF(
              [t16].[reason_new_episode] IN ('S', 'P', 'T', 'B', 'U'),
              [t16].[start_date],
              CAST(NULL AS DATE)
            ) AS [_move],
            [t16].[legal_status] IN ('V3', 'V4') AS [short_break]
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
          ) AS [t16]
        ) AS [t26]
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
), [t90] AS (
  SELECT
    [t89].[la_code],
    [t89].[indicator_id],
    [t89].[month],
    [t89].[breakdown],
    [t89].[breakdown_value],
    [t89].[unit],
    SUM([t89].[_num]) AS [numerator],
    SUM([t89].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t88].[la_code] AS [la_code_right],
      [t88].[indicator_id] AS [indicator_id_right],
      [t88].[month_index] AS [month_index_right],
      [t88].[breakdown],
      [t88].[breakdown_value],
      [t88].[_num],
      [t88].[_den]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CLA5', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
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
          'CLA5' AS [indicator_id],
          (
            (
              DATEPART(year, [t85].[month]) * 12
            ) + DATEPART(month, [t85].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t85].[_part] = 0
            THEN 'all'
            WHEN [t85].[_part] = 1
            THEN 'legal_status'
            WHEN [t85].[_part] = 2
            THEN 'placement_type'
            WHEN [t85].[_part] = 3
            THEN 'uasc'
            WHEN [t85].[_part] = 4
            THEN 'age_band'
            WHEN [t85].[_part] = 5
            THEN 'sex'
            WHEN [t85].[_part] = 6
            THEN 'ethnicity_group'
            WHEN [t85].[_part] = 7
            THEN 'disability'
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
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t70]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    1 AS [_part],
                    COALESCE([t69].[legal_status], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t71]
              ) AS [t74]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    2 AS [_part],
                    COALESCE([t69].[placement_type], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t72]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    3 AS [_part],
                    COALESCE([t69].[uasc], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t73]
              ) AS [t75]
            ) AS [t77]
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
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    4 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
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
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
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
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
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
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
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
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t69].[ref_date]) * 100
                                  ) + DATEPART(day, [t69].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t69].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t69].[date_of_birth])
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
                              DATEPART(year, [t69].[ref_date]) - DATEPART(year, [t69].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t69].[ref_date]) * 100
                                ) + DATEPART(day, [t69].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t69].[date_of_birth]) * 100
                                ) + DATEPART(day, [t69].[date_of_birth])
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
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t81]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    5 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE [t69].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t69].[sex] END,
                        'unknown'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t78]
              ) AS [t82]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    6 AS [_part],
                    COALESCE(
                      IIF(
                        [t69].[ethnicity] IN ('REFU', 'NOBT'),
                        'Not known',
                        CASE
                          WHEN SUBSTRING([t69].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t69].[ethnicity])), 1) = 'W'
                          THEN 'White'
                          WHEN SUBSTRING([t69].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t69].[ethnicity])), 1) = 'M'
                          THEN 'Mixed'
                          WHEN SUBSTRING([t69].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t69].[ethnicity])), 1) = 'A'
                          THEN 'Asian or Asian British'
                          WHEN SUBSTRING([t69].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t69].[ethnicity])), 1) = 'B'
                          THEN 'Black or Black British'
                          WHEN SUBSTRING([t69].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t69].[ethnicity])), 1) = 'C'
                          THEN 'Other ethnic group'
                          WHEN SUBSTRING([t69].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t69].[ethnicity])), 1) = 'O'
                          THEN 'Other ethnic group'
                          ELSE 'Not known'
                        END
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t79]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t69].[la_code],
                    [t69].[month],
                    [t69].[numerator],
                    [t69].[denominator],
                    7 AS [_part],
                    COALESCE(COALESCE([t69].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t68].[la_code],
                      [t68].[month],
                      [t68].[child_id],
                      [t68].[record_id],
                      [t68].[ref_date],
                      [t68].[numerator],
                      [t68].[denominator],
                      [t68].[legal_status],
                      [t68].[placement_type],
                      [t68].[uasc],
                      [t68].[sex],
                      [t68].[ethnicity],
                      [t68].[date_of_birth],
                      [t68].[_disabled]
                    FROM (
                      SELECT
                        [t67].[la_code],
                        [t67].[month],
                        [t67].[child_id],
                        [t67].[record_id],
                        [t67].[ref_date],
                        [t67].[numerator],
                        [t67].[denominator],
                        [t67].[legal_status],
                        [t67].[placement_type],
                        [t67].[uasc],
                        [t28].[la_code] AS [la_code_right],
                        [t28].[child_id] AS [child_id_right],
                        [t28].[sex],
                        [t28].[ethnicity],
                        [t28].[date_of_birth],
                        [t28].[_disabled]
                      FROM (
                        SELECT
                          [t65].[la_code],
                          [t65].[month],
                          [t65].[child_id],
                          [t65].[child_id] AS [record_id],
                          [t65].[month_end] AS [ref_date],
                          IIF(COALESCE([t65].[uasc] = 'UASC', (1 = 0)), 1.0, 0.0) AS [numerator],
                          1.0 AS [denominator],
                          [t65].[legal_status],
                          [t65].[placement_type],
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
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t53].[start_date] <= [t10].[month_end] AND [t53].[_until] > [t10].[month_end]
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
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t49].[start_date] <= [t10].[month_end] AND [t49].[_until] > [t10].[month_end]
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
                                      [t25].[la_code],
                                      [t25].[child_id],
                                      [t25].[month]
                                    FROM (
                                      SELECT
                                        [t23].[child_id],
                                        [t23].[start_date],
                                        [t23].[end_date],
                                        [t23].[la_code],
                                        [t23].[load_id],
                                        [t23].[month],
                                        [t23].[month_end],
                                        [t23].[month_index]
                                      FROM (
                                        SELECT
                                          [t19].[child_id],
                                          [t19].[start_date],
                                          [t19].[end_date],
                                          [t19].[la_code],
                                          [t19].[load_id],
                                          [t19].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t6].[child_id],
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) AS [start_date],
                                            [t6].[end_date],
                                            [t6].[la_code],
                                            [t6].[load_id],
                                            COALESCE([t6].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [uasc_status] AS [t6]
                                          WHERE
                                            COALESCE([t6].[start_date], DATEFROMPARTS(1900, 1, 1)) IS NOT NULL
                                        ) AS [t19]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t19].[start_date] <= [t10].[month_end] AND [t19].[_until] > [t10].[month_end]
                                      ) AS [t23]
                                    ) AS [t25]
                                  ) AS [t29]
                                ) AS [t31]
                                  ON [t61].[la_code] = [t31].[la_code]
                                  AND [t61].[child_id] = [t31].[child_id]
                                  AND [t61].[month] = [t31].[month]
                              ) AS [t62]
                            ) AS [t63]
                          ) AS [t64]
                        ) AS [t65]
                      ) AS [t67]
                      LEFT OUTER JOIN (
                        SELECT
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            [t14].[sex],
                            [t14].[ethnicity],
                            [t14].[date_of_birth],
                            [t21].[la_code] AS [la_code_right],
                            [t21].[child_id] AS [child_id_right],
                            [t21].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t14]
                          LEFT OUTER JOIN (
                            SELECT
                              [t15].[la_code],
                              [t15].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t15]
                          ) AS [t21]
                            ON [t14].[la_code] = [t21].[la_code] AND [t14].[child_id] = [t21].[child_id]
                        ) AS [t24]
                      ) AS [t28]
                        ON [t67].[la_code] = [t28].[la_code] AND [t67].[child_id] = [t28].[child_id]
                    ) AS [t68]
                  ) AS [t69]
                ) AS [t76]
              ) AS [t80]
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
      ON [t88].[la_code] = [t9].[la_code]
      AND [t88].[indicator_id] = [t11].[indicator_id]
      AND [t88].[month_index] <= [t10].[month_index]
      AND [t88].[month_index] >= (
        [t10].[month_index] - IIF([t88].[breakdown] = 'month_alone', 0, [t11].[months_back])
      )
  ) AS [t89]
  GROUP BY
    [t89].[la_code],
    [t89].[indicator_id],
    [t89].[month],
    [t89].[breakdown],
    [t89].[breakdown_value],
    [t89].[unit]
)
SELECT
  [t102].[la_code],
  [t102].[indicator_id],
  [t102].[month],
  [t102].[breakdown],
  [t102].[breakdown_value],
  [t102].[numerator],
  CASE
    WHEN [t102].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t102].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t102].[denominator]
  END AS [denominator],
  CASE
    WHEN [t102].[unit] = 'count'
    THEN [t102].[numerator]
    WHEN [t102].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t102].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t102].[unit] = 'percent'
    THEN IIF(
      [t102].[denominator] > 0,
      CAST([t102].[numerator] AS FLOAT) / [t102].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t102].[denominator] > 0,
      CAST([t102].[numerator] AS FLOAT) / [t102].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t96].[la_code],
      [t96].[indicator_id],
      [t96].[month],
      [t96].[breakdown],
      [t96].[breakdown_value],
      [t96].[unit],
      [t96].[numerator],
      [t96].[denominator]
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
          [t13].[la_code],
          [t13].[month],
          [t13].[month_end],
          [t13].[month_index],
          [t13].[indicator_id],
          [t13].[months_back],
          [t13].[unit]
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
            ('CLA5', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t13]
        WHERE
          [t13].[months_back] > 0
      ) AS [t22]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t91].[la_code],
              [t91].[indicator_id],
              [t91].[month],
              [t91].[breakdown],
              [t91].[breakdown_value],
              [t91].[unit],
              [t91].[numerator],
              [t91].[denominator]
            FROM [t90] AS [t91]
            WHERE
              [t91].[breakdown] = 'month_alone'
          ) AS [t94]
          WHERE
            [t22].[la_code] = [t94].[la_code]
            AND [t22].[indicator_id] = [t94].[indicator_id]
            AND [t22].[month] = [t94].[month]
        )
    ) AS [t96]
  ) AS [t98]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t90] AS [t91]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t97].[la_code],
        [t97].[indicator_id],
        [t97].[month],
        [t97].[breakdown],
        [t97].[breakdown_value],
        [t97].[unit],
        [t97].[numerator],
        [t97].[denominator]
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
          ('CLA5', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t91].[la_code],
                [t91].[indicator_id],
                [t91].[month],
                [t91].[breakdown],
                [t91].[breakdown_value],
                [t91].[unit],
                [t91].[numerator],
                [t91].[denominator]
              FROM [t90] AS [t91]
              WHERE
                [t91].[breakdown] = 'all'
            ) AS [t95]
            WHERE
              [t9].[la_code] = [t95].[la_code]
              AND [t11].[indicator_id] = [t95].[indicator_id]
              AND [t10].[month] = [t95].[month]
          )
      ) AS [t97]
    ) AS [t99]
  ) AS [t100]
) AS [t102]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t102].[la_code] = [t8].[la_code] AND [t102].[month] = [t8].[month]
