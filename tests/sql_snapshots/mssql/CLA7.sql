WITH [t32] AS (
  SELECT
    [t31].[child_id],
    [t31].[start_date],
    [t31].[reason_new_episode],
    [t31].[legal_status],
    [t31].[category_of_need],
    [t31].[placement_type],
    [t31].[placement_provider],
    [t31].[end_date],
    [t31].[reason_ceased],
    [t31].[reason_place_change],
    [t31].[home_postcode],
    [t31].[placement_postcode],
    [t31].[urn],
    [t31].[placed_outside_council],
    [t31].[la_code],
    [t31].[load_id],
    [t31].[period_start],
    [t31].[period_start_seen],
    [t31].[placement_start],
    [t31].[short_break],
    [t31].[previous_placement_start],
    [t31].[period_end],
    [t31].[_reach],
    [t31].[_earlier_reach],
    MAX(IIF(COALESCE([t31].[_earlier_reach] > [t31].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t31].[la_code], [t31].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
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
      [t30].[period_end],
      [t30].[_reach],
      LAG([t30].[_reach]) OVER (
        PARTITION BY [t30].[la_code], [t30].[child_id]
        ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
      ) AS [_earlier_reach]
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
        [t29].[period_end],
        MAX(COALESCE([t29].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t29].[la_code], [t29].[child_id]
          ORDER BY CASE WHEN [t29].[start_date] IS NULL THEN 1 ELSE 0 END, [t29].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
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
          [t28].[short_break],
          [t28].[previous_placement_start],
          [t28].[period_end]
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
            [t27].[short_break],
            [t27].[previous_placement_start],
            [t27].[period_end]
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
                ) AS [t17]
              ) AS [t23]
            ) AS [t26]
          ) AS [t27]
        ) AS [t28]
        WHERE
          IIF([t28].[short_break] <> 0, 1, 0) = 0 AND [t28].[start_date] IS NOT NULL
      ) AS [t29]
    ) AS [t30]
  ) AS [t31]
), [t79] AS (
  SELECT
    [t78].[la_code],
    [t78].[indicator_id],
    [t78].[month],
    [t78].[breakdown],
    [t78].[breakdown_value],
    [t78].[unit],
    SUM([t78].[_num]) AS [numerator],
    SUM([t78].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t77].[la_code] AS [la_code_right],
      [t77].[indicator_id] AS [indicator_id_right],
      [t77].[month_index] AS [month_index_right],
      [t77].[breakdown],
      [t77].[breakdown_value],
      [t77].[_num],
      [t77].[_den]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CLA7', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t75].[la_code],
        [t75].[indicator_id],
        [t75].[month_index],
        [t75].[breakdown],
        [t75].[breakdown_value],
        SUM([t75].[numerator]) AS [_num],
        SUM([t75].[denominator]) AS [_den]
      FROM (
        SELECT
          [t74].[la_code],
          'CLA7' AS [indicator_id],
          (
            (
              DATEPART(year, [t74].[month]) * 12
            ) + DATEPART(month, [t74].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t74].[_part] = 0
            THEN 'all'
            WHEN [t74].[_part] = 1
            THEN 'legal_status'
            WHEN [t74].[_part] = 2
            THEN 'placement_type'
            WHEN [t74].[_part] = 3
            THEN 'uasc'
            WHEN [t74].[_part] = 4
            THEN 'age_band'
            WHEN [t74].[_part] = 5
            THEN 'sex'
            WHEN [t74].[_part] = 6
            THEN 'ethnicity_group'
            WHEN [t74].[_part] = 7
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t74].[breakdown_value],
          [t74].[numerator],
          [t74].[denominator]
        FROM (
          SELECT
            [t73].[la_code],
            [t73].[month],
            [t73].[_part],
            [t73].[breakdown_value],
            SUM([t73].[numerator]) AS [numerator],
            SUM([t73].[denominator]) AS [denominator]
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
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t59]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    1 AS [_part],
                    COALESCE([t58].[legal_status], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t60]
              ) AS [t63]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    2 AS [_part],
                    COALESCE([t58].[placement_type], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t61]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    3 AS [_part],
                    COALESCE([t58].[uasc], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t62]
              ) AS [t64]
            ) AS [t66]
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
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    4 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
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
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
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
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
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
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
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
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t58].[ref_date]) * 100
                                  ) + DATEPART(day, [t58].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t58].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t58].[date_of_birth])
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
                              DATEPART(year, [t58].[ref_date]) - DATEPART(year, [t58].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t58].[ref_date]) * 100
                                ) + DATEPART(day, [t58].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t58].[date_of_birth]) * 100
                                ) + DATEPART(day, [t58].[date_of_birth])
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
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t70]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    5 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE [t58].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t58].[sex] END,
                        'unknown'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t67]
              ) AS [t71]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    6 AS [_part],
                    COALESCE(
                      IIF(
                        [t58].[ethnicity] IN ('REFU', 'NOBT'),
                        'Not known',
                        CASE
                          WHEN SUBSTRING([t58].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t58].[ethnicity])), 1) = 'W'
                          THEN 'White'
                          WHEN SUBSTRING([t58].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t58].[ethnicity])), 1) = 'M'
                          THEN 'Mixed'
                          WHEN SUBSTRING([t58].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t58].[ethnicity])), 1) = 'A'
                          THEN 'Asian or Asian British'
                          WHEN SUBSTRING([t58].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t58].[ethnicity])), 1) = 'B'
                          THEN 'Black or Black British'
                          WHEN SUBSTRING([t58].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t58].[ethnicity])), 1) = 'C'
                          THEN 'Other ethnic group'
                          WHEN SUBSTRING([t58].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t58].[ethnicity])), 1) = 'O'
                          THEN 'Other ethnic group'
                          ELSE 'Not known'
                        END
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t68]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t58].[la_code],
                    [t58].[month],
                    [t58].[numerator],
                    [t58].[denominator],
                    7 AS [_part],
                    COALESCE(COALESCE([t58].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t57].[la_code],
                      [t57].[month],
                      [t57].[child_id],
                      [t57].[record_id],
                      [t57].[ref_date],
                      [t57].[numerator],
                      [t57].[denominator],
                      [t57].[legal_status],
                      [t57].[placement_type],
                      [t57].[uasc],
                      [t57].[sex],
                      [t57].[ethnicity],
                      [t57].[date_of_birth],
                      [t57].[_disabled]
                    FROM (
                      SELECT
                        [t56].[la_code],
                        [t56].[month],
                        [t56].[child_id],
                        [t56].[record_id],
                        [t56].[ref_date],
                        [t56].[numerator],
                        [t56].[denominator],
                        [t56].[legal_status],
                        [t56].[placement_type],
                        [t56].[uasc],
                        [t25].[la_code] AS [la_code_right],
                        [t25].[child_id] AS [child_id_right],
                        [t25].[sex],
                        [t25].[ethnicity],
                        [t25].[date_of_birth],
                        [t25].[_disabled]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[child_id] AS [record_id],
                          [t54].[month_end] AS [ref_date],
                          IIF(
                            COALESCE([t54].[placement_type] IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), (1 = 0)),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t54].[legal_status],
                          [t54].[placement_type],
                          [t54].[uasc]
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
                            [t53].[month],
                            [t53].[month_end],
                            [t53].[month_index],
                            [t53].[uasc]
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
                              [t52].[month_index],
                              [t52].[_uasc],
                              COALESCE([t52].[_uasc], 'Not UASC') AS [uasc]
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
                                [t51].[month_index],
                                [t51].[_uasc]
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
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index],
                                  [t50].[la_code] AS [la_code_right],
                                  [t50].[child_id] AS [child_id_right],
                                  [t50].[month] AS [month_right],
                                  [t50].[_uasc]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t39].[child_id],
                                      [t39].[start_date],
                                      [t39].[reason_new_episode],
                                      [t39].[legal_status],
                                      [t39].[category_of_need],
                                      [t39].[placement_type],
                                      [t39].[placement_provider],
                                      [t39].[end_date],
                                      [t39].[reason_ceased],
                                      [t39].[reason_place_change],
                                      [t39].[home_postcode],
                                      [t39].[placement_postcode],
                                      [t39].[urn],
                                      [t39].[placed_outside_council],
                                      [t39].[la_code],
                                      [t39].[load_id],
                                      [t39].[period_start],
                                      [t39].[period_start_seen],
                                      [t39].[placement_start],
                                      [t39].[short_break],
                                      [t39].[previous_placement_start],
                                      [t39].[period_end],
                                      [t39].[month],
                                      [t39].[month_end],
                                      [t39].[month_index]
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
                                        [t37].[period_end],
                                        [t37].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t32] AS [t33]
                                        WHERE
                                          IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                      ) AS [t37]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                    ) AS [t39]
                                  ) AS [t41]
                                  UNION ALL
                                  SELECT
                                    *
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
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
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
                                        [t42].[month],
                                        [t42].[month_end],
                                        [t42].[month_index],
                                        [t42].[_rank]
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
                                          [t40].[month],
                                          [t40].[month_end],
                                          [t40].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                            ORDER BY [t40].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t38].[period_end],
                                            [t38].[month],
                                            [t38].[month_end],
                                            [t38].[month_index]
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
                                              [t36].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t36]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                          ) AS [t38]
                                        ) AS [t40]
                                      ) AS [t42]
                                      WHERE
                                        [t42].[_rank] = 0
                                    ) AS [t43]
                                  ) AS [t44]
                                ) AS [t46]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t48].[la_code],
                                    [t48].[child_id],
                                    [t48].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t47].[la_code],
                                      [t47].[child_id],
                                      [t47].[month]
                                    FROM (
                                      SELECT
                                        [t46].[la_code],
                                        [t46].[child_id],
                                        [t46].[month]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t39].[child_id],
                                            [t39].[start_date],
                                            [t39].[reason_new_episode],
                                            [t39].[legal_status],
                                            [t39].[category_of_need],
                                            [t39].[placement_type],
                                            [t39].[placement_provider],
                                            [t39].[end_date],
                                            [t39].[reason_ceased],
                                            [t39].[reason_place_change],
                                            [t39].[home_postcode],
                                            [t39].[placement_postcode],
                                            [t39].[urn],
                                            [t39].[placed_outside_council],
                                            [t39].[la_code],
                                            [t39].[load_id],
                                            [t39].[period_start],
                                            [t39].[period_start_seen],
                                            [t39].[placement_start],
                                            [t39].[short_break],
                                            [t39].[previous_placement_start],
                                            [t39].[period_end],
                                            [t39].[month],
                                            [t39].[month_end],
                                            [t39].[month_index]
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
                                              [t37].[period_end],
                                              [t37].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t32] AS [t33]
                                              WHERE
                                                IIF([t33].[_overlaps] <> 0, 1, 0) = 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t39]
                                        ) AS [t41]
                                        UNION ALL
                                        SELECT
                                          *
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
                                            [t43].[month],
                                            [t43].[month_end],
                                            [t43].[month_index]
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
                                              [t42].[month],
                                              [t42].[month_end],
                                              [t42].[month_index],
                                              [t42].[_rank]
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
                                                [t40].[month],
                                                [t40].[month_end],
                                                [t40].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t40].[la_code], [t40].[child_id], [t40].[month]
                                                  ORDER BY [t40].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t38].[period_end],
                                                  [t38].[month],
                                                  [t38].[month_end],
                                                  [t38].[month_index]
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
                                                    [t36].[_until],
                                                    [t10].[month],
                                                    [t10].[month_end],
                                                    [t10].[month_index]
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
                                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t32] AS [t33]
                                                    WHERE
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t36]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t36].[start_date] <= [t10].[month_end] AND [t36].[_until] > [t10].[month_end]
                                                ) AS [t38]
                                              ) AS [t40]
                                            ) AS [t42]
                                            WHERE
                                              [t42].[_rank] = 0
                                          ) AS [t43]
                                        ) AS [t44]
                                      ) AS [t46]
                                      INNER JOIN [uasc_status] AS [t12]
                                        ON [t46].[la_code] = [t12].[la_code]
                                        AND [t46].[child_id] = [t12].[child_id]
                                        AND COALESCE([t12].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t46].[month_end]
                                        AND COALESCE([t12].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t46].[month_end]
                                    ) AS [t47]
                                  ) AS [t48]
                                ) AS [t50]
                                  ON [t46].[la_code] = [t50].[la_code]
                                  AND [t46].[child_id] = [t50].[child_id]
                                  AND [t46].[month] = [t50].[month]
                              ) AS [t51]
                            ) AS [t52]
                          ) AS [t53]
                        ) AS [t54]
                      ) AS [t56]
                      LEFT OUTER JOIN (
                        SELECT
                          [t22].[la_code],
                          [t22].[child_id],
                          [t22].[sex],
                          [t22].[ethnicity],
                          [t22].[date_of_birth],
                          [t22].[_disabled]
                        FROM (
                          SELECT
                            [t15].[la_code],
                            [t15].[child_id],
                            [t15].[sex],
                            [t15].[ethnicity],
                            [t15].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t15]
                          LEFT OUTER JOIN (
                            SELECT
                              [t16].[la_code],
                              [t16].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t16]
                          ) AS [t20]
                            ON [t15].[la_code] = [t20].[la_code] AND [t15].[child_id] = [t20].[child_id]
                        ) AS [t22]
                      ) AS [t25]
                        ON [t56].[la_code] = [t25].[la_code] AND [t56].[child_id] = [t25].[child_id]
                    ) AS [t57]
                  ) AS [t58]
                ) AS [t65]
              ) AS [t69]
            ) AS [t72]
          ) AS [t73]
          GROUP BY
            [t73].[la_code],
            [t73].[month],
            [t73].[_part],
            [t73].[breakdown_value]
        ) AS [t74]
      ) AS [t75]
      GROUP BY
        [t75].[la_code],
        [t75].[indicator_id],
        [t75].[month_index],
        [t75].[breakdown],
        [t75].[breakdown_value]
    ) AS [t77]
      ON [t77].[la_code] = [t9].[la_code]
      AND [t77].[indicator_id] = [t11].[indicator_id]
      AND [t77].[month_index] <= [t10].[month_index]
      AND [t77].[month_index] >= (
        [t10].[month_index] - IIF([t77].[breakdown] = 'month_alone', 0, [t11].[months_back])
      )
  ) AS [t78]
  GROUP BY
    [t78].[la_code],
    [t78].[indicator_id],
    [t78].[month],
    [t78].[breakdown],
    [t78].[breakdown_value],
    [t78].[unit]
)
SELECT
  [t91].[la_code],
  [t91].[indicator_id],
  [t91].[month],
  [t91].[breakdown],
  [t91].[breakdown_value],
  [t91].[numerator],
  CASE
    WHEN [t91].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t91].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t91].[denominator]
  END AS [denominator],
  CASE
    WHEN [t91].[unit] = 'count'
    THEN [t91].[numerator]
    WHEN [t91].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t91].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t91].[unit] = 'percent'
    THEN IIF(
      [t91].[denominator] > 0,
      CAST([t91].[numerator] AS FLOAT) / [t91].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t91].[denominator] > 0,
      CAST([t91].[numerator] AS FLOAT) / [t91].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t85].[la_code],
      [t85].[indicator_id],
      [t85].[month],
      [t85].[breakdown],
      [t85].[breakdown_value],
      [t85].[unit],
      [t85].[numerator],
      [t85].[denominator]
    FROM (
      SELECT
        [t21].[la_code],
        [t21].[indicator_id],
        [t21].[month],
        [t21].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t14].[la_code],
          [t14].[month],
          [t14].[month_end],
          [t14].[month_index],
          [t14].[indicator_id],
          [t14].[months_back],
          [t14].[unit]
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
            ('CLA7', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t14]
        WHERE
          [t14].[months_back] > 0
      ) AS [t21]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t80].[la_code],
              [t80].[indicator_id],
              [t80].[month],
              [t80].[breakdown],
              [t80].[breakdown_value],
              [t80].[unit],
              [t80].[numerator],
              [t80].[denominator]
            FROM [t79] AS [t80]
            WHERE
              [t80].[breakdown] = 'month_alone'
          ) AS [t83]
          WHERE
            [t21].[la_code] = [t83].[la_code]
            AND [t21].[indicator_id] = [t83].[indicator_id]
            AND [t21].[month] = [t83].[month]
        )
    ) AS [t85]
  ) AS [t87]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t79] AS [t80]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t86].[la_code],
        [t86].[indicator_id],
        [t86].[month],
        [t86].[breakdown],
        [t86].[breakdown_value],
        [t86].[unit],
        [t86].[numerator],
        [t86].[denominator]
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
          ('CLA7', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t80].[la_code],
                [t80].[indicator_id],
                [t80].[month],
                [t80].[breakdown],
                [t80].[breakdown_value],
                [t80].[unit],
                [t80].[numerator],
                [t80].[denominator]
              FROM [t79] AS [t80]
              WHERE
                [t80].[breakdown] = 'all'
            ) AS [t84]
            WHERE
              [t9].[la_code] = [t84].[la_code]
              AND [t11].[indicator_id] = [t84].[indicator_id]
              AND [t10].[month] = [t84].[month]
          )
      ) AS [t86]
    ) AS [t88]
  ) AS [t89]
) AS [t91]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t91].[la_code] = [t8].[la_code] AND [t91].[month] = [t8].[month]
