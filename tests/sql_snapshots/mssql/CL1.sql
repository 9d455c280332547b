WITH [t32] AS (
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
    [t29].[_reach],
    [t29].[_earlier_reach],
    MAX(IIF(COALESCE([t29].[_earlier_reach] > [t29].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t29].[la_code], [t29].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
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
      [t28].[period_end],
      [t28].[_reach],
      LAG([t28].[_reach]) OVER (
        PARTITION BY [t28].[la_code], [t28].[child_id]
        ORDER BY CASE WHEN [t28].[start_date] IS NULL THEN 1 ELSE 0 END, [t28].[start_date] ASC
      ) AS [_earlier_reach]
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
        [t25].[period_end],
        MAX(COALESCE([t25].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t25].[la_code], [t25].[child_id]
          ORDER BY CASE WHEN [t25].[start_date] IS NULL THEN 1 ELSE 0 END, [t25].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
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
          [t23].[short_break],
          [t23].[previous_placement_start],
          [t23].[period_end]
        FROM (
          SELECT
            [t22].[child_id],
            [t22].[start_date],
            [t22].[reason_new_episode],
            [t22].[legal_status],
            [t22].[category_of_need],
            [t22].[placement_type],
            [t22].[placement_provider],
            [t22].[end_date],
            [t22].[reason_ceased],
            [t22].[reason_place_change],
            [t22].[home_postcode],
            [t22].[placement_postcode],
            [t22].[urn],
            [t22].[placed_outside_council],
            [t22].[la_code],
            [t22].[load_id],
            [t22].[period_start],
            [t22].[period_start_seen],
            [t22].[placement_start],
            [t22].[short_break],
            [t22].[previous_placement_start],
            [t22].[period_end]
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
              [t21].[period_start],
              [t21].[period_start_seen],
              [t21].[placement_start],
              [t21].[_move],
              [t21].[short_break],
              [t21].[_previous],
              MAX([t21].[_previous]) OVER (
                PARTITION BY [t21].[la_code], [t21].[child_id]
                ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS [previous_placement_start],
              IIF(
                MAX(IIF([t21].[end_date] IS NULL, 1, 0)) OVER (
                  PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                  ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                ),
                CAST(NULL AS DATE),
                MAX([t21].[end_date]) OVER (
                  PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                  ORDER BY CASE WHEN [t21].[end_date] IS NULL THEN 1 ELSE 0 END, [t21].[end_date] ASC
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
              ) AS [t20]
            ) AS [t21]
          ) AS [t22]
        ) AS [t23]
        WHERE
          IIF([t23].[short_break] <> 0, 1, 0) = 0 AND [t23].[start_date] IS NOT NULL
      ) AS [t25]
    ) AS [t28]
  ) AS [t29]
), [t75] AS (
  SELECT
    [t74].[la_code],
    [t74].[indicator_id],
    [t74].[month],
    [t74].[breakdown],
    [t74].[breakdown_value],
    [t74].[unit],
    SUM([t74].[_num]) AS [numerator],
    SUM([t74].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t73].[la_code] AS [la_code_right],
      [t73].[indicator_id] AS [indicator_id_right],
      [t73].[month_index] AS [month_index_right],
      [t73].[breakdown],
      [t73].[breakdown_value],
      [t73].[_num],
      [t73].[_den]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CL1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t71].[la_code],
        [t71].[indicator_id],
        [t71].[month_index],
        [t71].[breakdown],
        [t71].[breakdown_value],
        SUM([t71].[numerator]) AS [_num],
        SUM([t71].[denominator]) AS [_den]
      FROM (
        SELECT
          [t70].[la_code],
          'CL1' AS [indicator_id],
          (
            (
              DATEPART(year, [t70].[month]) * 12
            ) + DATEPART(month, [t70].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t70].[_part] = 0
            THEN 'all'
            WHEN [t70].[_part] = 1
            THEN 'age_group'
            ELSE NULL
          END AS [breakdown],
          [t70].[breakdown_value],
          [t70].[numerator],
          [t70].[denominator]
        FROM (
          SELECT
            [t69].[la_code],
            [t69].[month],
            [t69].[_part],
            [t69].[breakdown_value],
            SUM([t69].[numerator]) AS [numerator],
            SUM([t69].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                [t66].[la_code],
                [t66].[month],
                IIF(COALESCE([t66].[in_touch] = 'YES', (1 = 0)), 1.0, 0.0) AS [numerator],
                1.0 AS [denominator],
                0 AS [_part],
                'all' AS [breakdown_value]
              FROM (
                SELECT
                  [t65].[la_code],
                  [t65].[child_id],
                  [t65].[date_of_birth],
                  [t65].[qualified_on],
                  [t65].[month],
                  [t65].[month_end],
                  [t65].[month_index],
                  [t65].[contact_date],
                  [t65].[in_touch],
                  [t65].[activity],
                  [t65].[accommodation_suitable]
                FROM (
                  SELECT
                    [t40].[la_code],
                    [t40].[child_id],
                    [t40].[date_of_birth],
                    [t40].[qualified_on],
                    [t10].[month],
                    [t10].[month_end],
                    [t10].[month_index],
                    [t64].[la_code] AS [la_code_right],
                    [t64].[child_id] AS [child_id_right],
                    [t64].[month] AS [month_right],
                    [t64].[contact_date],
                    [t64].[in_touch],
                    [t64].[activity],
                    [t64].[accommodation_suitable]
                  FROM (
                    SELECT
                      [t34].[la_code],
                      [t34].[child_id],
                      [t34].[date_of_birth],
                      MIN([t34].[end_date]) AS [qualified_on]
                    FROM (
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
                        [t31].[date_of_birth],
                        [t31].[_days],
                        [t31].[_total]
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
                          [t30].[date_of_birth],
                          [t30].[_days],
                          SUM([t30].[_days]) OVER (
                            PARTITION BY [t30].[la_code], [t30].[child_id]
                            ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS [_total]
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
                            [t27].[period_end],
                            [t27].[date_of_birth],
                            GREATEST(
                              DATEDIFF(
                                DAY,
                                CAST(GREATEST([t27].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t27].[date_of_birth])) AS DATETIME2),
                                CAST([t27].[end_date] AS DATETIME2)
                              ),
                              0
                            ) AS [_days]
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
                              [t26].[short_break],
                              [t26].[previous_placement_start],
                              [t26].[period_end],
                              [t16].[date_of_birth]
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
                                [t23].[short_break],
                                [t23].[previous_placement_start],
                                [t23].[period_end]
                              FROM (
                                SELECT
                                  [t22].[child_id],
                                  [t22].[start_date],
                                  [t22].[reason_new_episode],
                                  [t22].[legal_status],
                                  [t22].[category_of_need],
                                  [t22].[placement_type],
                                  [t22].[placement_provider],
                                  [t22].[end_date],
                                  [t22].[reason_ceased],
                                  [t22].[reason_place_change],
                                  [t22].[home_postcode],
                                  [t22].[placement_postcode],
                                  [t22].[urn],
                                  [t22].[placed_outside_council],
                                  [t22].[la_code],
                                  [t22].[load_id],
                                  [t22].[period_start],
                                  [t22].[period_start_seen],
                                  [t22].[placement_start],
                                  [t22].[short_break],
                                  [t22].[previous_placement_start],
                                  [t22].[period_end]
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
                                    [t21].[period_start],
                                    [t21].[period_start_seen],
                                    [t21].[placement_start],
                                    [t21].[_move],
                                    [t21].[short_break],
                                    [t21].[_previous],
                                    MAX([t21].[_previous]) OVER (
                                      PARTITION BY [t21].[la_code], [t21].[child_id]
                                      ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS [previous_placement_start],
                                    IIF(
                                      MAX(IIF([t21].[end_date] IS NULL, 1, 0)) OVER (
                                        PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                        ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      CAST(NULL AS DATE),
                                      MAX([t21].[end_date]) OVER (
                                        PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                        ORDER BY CASE WHEN [t21].[end_date] IS NULL THEN 1 ELSE 0 END, [t21].[end_date] ASC
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
                                    ) AS [t20]
                                  ) AS [t21]
                                ) AS [t22]
                              ) AS [t23]
                              WHERE
                                IIF([t23].[short_break] <> 0, 1, 0) = 0 AND [t23].[end_date] IS NOT NULL
                            ) AS [t26]
                            INNER JOIN (
                              SELECT
                                [t5].[la_code],
                                [t5].[child_id],
                                [t5].[date_of_birth]
                              FROM [person] AS [t5]
                            ) AS [t16]
                              ON [t26].[la_code] = [t16].[la_code] AND [t26].[child_id] = [t16].[child_id]
                          ) AS [t27]
                        ) AS [t30]
                      ) AS [t31]
                      WHERE
                        [t31].[_total] >= 91
                        AND [t31].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t31].[date_of_birth])
                        AND [t31].[reason_ceased] <> 'X1'
                    ) AS [t34]
                    GROUP BY
                      [t34].[la_code],
                      [t34].[child_id],
                      [t34].[date_of_birth]
                  ) AS [t40]
                  INNER JOIN [scorecard_month_spine] AS [t10]
                    ON [t40].[qualified_on] <= [t10].[month_end]
                    AND DATEADD(YEAR, CAST('17' AS BIGINT), [t40].[date_of_birth]) <= [t10].[month_end]
                    AND DATEADD(YEAR, CAST('22' AS BIGINT), [t40].[date_of_birth]) > [t10].[month_end]
                  LEFT OUTER JOIN (
                    SELECT
                      [t62].[la_code],
                      [t62].[child_id],
                      [t62].[month],
                      [t62].[contact_date],
                      [t62].[in_touch],
                      [t62].[activity],
                      [t62].[accommodation_suitable]
                    FROM (
                      SELECT
                        [t61].[la_code],
                        [t61].[child_id],
                        [t61].[month],
                        [t61].[contact_date],
                        [t61].[in_touch],
                        [t61].[activity],
                        [t61].[accommodation_suitable],
                        [t61].[_rank]
                      FROM (
                        SELECT
                          [t60].[la_code],
                          [t60].[child_id],
                          [t60].[month],
                          [t60].[contact_date],
                          [t60].[in_touch],
                          [t60].[activity],
                          [t60].[accommodation_suitable],
                          ROW_NUMBER() OVER (
                            PARTITION BY [t60].[la_code], [t60].[child_id], [t60].[month]
                            ORDER BY [t60].[contact_date] DESC
                          ) - 1 AS [_rank]
                        FROM (
                          SELECT
                            [t40].[la_code],
                            [t40].[child_id],
                            [t10].[month],
                            [t12].[contact_date],
                            [t12].[in_touch],
                            [t12].[activity],
                            [t12].[accommodation_suitable]
                          FROM (
                            SELECT
                              [t34].[la_code],
                              [t34].[child_id],
                              [t34].[date_of_birth],
                              MIN([t34].[end_date]) AS [qualified_on]
                            FROM (
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
                                [t31].[date_of_birth],
                                [t31].[_days],
                                [t31].[_total]
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
                                  [t30].[date_of_birth],
                                  [t30].[_days],
                                  SUM([t30].[_days]) OVER (
                                    PARTITION BY [t30].[la_code], [t30].[child_id]
                                    ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS [_total]
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
                                    [t27].[period_end],
                                    [t27].[date_of_birth],
                                    GREATEST(
                                      DATEDIFF(
                                        DAY,
                                        CAST(GREATEST([t27].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t27].[date_of_birth])) AS DATETIME2),
                                        CAST([t27].[end_date] AS DATETIME2)
                                      ),
                                      0
                                    ) AS [_days]
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
                                      [t26].[short_break],
                                      [t26].[previous_placement_start],
                                      [t26].[period_end],
                                      [t16].[date_of_birth]
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
                                        [t23].[short_break],
                                        [t23].[previous_placement_start],
                                        [t23].[period_end]
                                      FROM (
                                        SELECT
                                          [t22].[child_id],
                                          [t22].[start_date],
                                          [t22].[reason_new_episode],
                                          [t22].[legal_status],
                                          [t22].[category_of_need],
                                          [t22].[placement_type],
                                          [t22].[placement_provider],
                                          [t22].[end_date],
                                          [t22].[reason_ceased],
                                          [t22].[reason_place_change],
                                          [t22].[home_postcode],
                                          [t22].[placement_postcode],
                                          [t22].[urn],
                                          [t22].[placed_outside_council],
                                          [t22].[la_code],
                                          [t22].[load_id],
                                          [t22].[period_start],
                                          [t22].[period_start_seen],
                                          [t22].[placement_start],
                                          [t22].[short_break],
                                          [t22].[previous_placement_start],
                                          [t22].[period_end]
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
                                            [t21].[period_start],
                                            [t21].[period_start_seen],
                                            [t21].[placement_start],
                                            [t21].[_move],
                                            [t21].[short_break],
                                            [t21].[_previous],
                                            MAX([t21].[_previous]) OVER (
                                              PARTITION BY [t21].[la_code], [t21].[child_id]
                                              ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS [previous_placement_start],
                                            IIF(
                                              MAX(IIF([t21].[end_date] IS NULL, 1, 0)) OVER (
                                                PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                                ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ),
                                              CAST(NULL AS DATE),
                                              MAX([t21].[end_date]) OVER (
                                                PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                                ORDER BY CASE WHEN [t21].[end_date] IS NULL THEN 1 ELSE 0 END, [t21].[end_date] ASC
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
                                            ) AS [t20]
                                          ) AS [t21]
                                        ) AS [t22]
                                      ) AS [t23]
                                      WHERE
                                        IIF([t23].[short_break] <> 0, 1, 0) = 0 AND [t23].[end_date] IS NOT NULL
                                    ) AS [t26]
                                    INNER JOIN (
                                      SELECT
                                        [t5].[la_code],
                                        [t5].[child_id],
                                        [t5].[date_of_birth]
                                      FROM [person] AS [t5]
                                    ) AS [t16]
                                      ON [t26].[la_code] = [t16].[la_code] AND [t26].[child_id] = [t16].[child_id]
                                  ) AS [t27]
                                ) AS [t30]
                              ) AS [t31]
                              WHERE
                                [t31].[_total] >= 91
                                AND [t31].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t31].[date_of_birth])
                                AND [t31].[reason_ceased] <> 'X1'
                            ) AS [t34]
                            GROUP BY
                              [t34].[la_code],
                              [t34].[child_id],
                              [t34].[date_of_birth]
                          ) AS [t40]
                          INNER JOIN [scorecard_month_spine] AS [t10]
                            ON [t40].[qualified_on] <= [t10].[month_end]
                            AND DATEADD(YEAR, CAST('17' AS BIGINT), [t40].[date_of_birth]) <= [t10].[month_end]
                            AND DATEADD(YEAR, CAST('22' AS BIGINT), [t40].[date_of_birth]) > [t10].[month_end]
                          INNER JOIN [care_leaver] AS [t12]
                            ON [t40].[la_code] = [t12].[la_code]
                            AND [t40].[child_id] = [t12].[child_id]
                            AND [t12].[contact_date] <= [t10].[month_end]
                          WHERE
                            NOT EXISTS(
                              SELECT
                                1
                              FROM (
                                SELECT
                                  [t57].[la_code],
                                  [t57].[child_id],
                                  [t57].[month]
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
                                    [t56].[month],
                                    [t56].[month_end],
                                    [t56].[month_index],
                                    [t56].[uasc]
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
                                      [t55].[month_index],
                                      [t55].[_uasc],
                                      COALESCE([t55].[_uasc], 'Not UASC') AS [uasc]
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
                                        [t54].[_uasc]
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
                                          [t49].[month],
                                          [t49].[month_end],
                                          [t49].[month_index],
                                          [t53].[la_code] AS [la_code_right],
                                          [t53].[child_id] AS [child_id_right],
                                          [t53].[month] AS [month_right],
                                          [t53].[_uasc]
                                        FROM (
                                          SELECT
                                            *
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
                                              [t42].[month_index]
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
                                                [t38].[_until],
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
                                              ) AS [t38]
                                              INNER JOIN [scorecard_month_spine] AS [t10]
                                                ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                            ) AS [t42]
                                          ) AS [t44]
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
                                              [t46].[period_end],
                                              [t46].[month],
                                              [t46].[month_end],
                                              [t46].[month_index]
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
                                                [t45].[month],
                                                [t45].[month_end],
                                                [t45].[month_index],
                                                [t45].[_rank]
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
                                                  [t43].[month_index],
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                                    ORDER BY [t43].[start_date] DESC
                                                  ) - 1 AS [_rank]
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
                                                    [t41].[period_end],
                                                    [t41].[month],
                                                    [t41].[month_end],
                                                    [t41].[month_index]
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
                                                        [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                    ) AS [t37]
                                                    INNER JOIN [scorecard_month_spine] AS [t10]
                                                      ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                                  ) AS [t41]
                                                ) AS [t43]
                                              ) AS [t45]
                                              WHERE
                                                [t45].[_rank] = 0
                                            ) AS [t46]
                                          ) AS [t47]
                                        ) AS [t49]
                                        LEFT OUTER JOIN (
                                          SELECT
                                            [t51].[la_code],
                                            [t51].[child_id],
                                            [t51].[month],
                                            'UASC' AS [_uasc]
                                          FROM (
                                            SELECT DISTINCT
                                              [t50].[la_code],
                                              [t50].[child_id],
                                              [t50].[month]
                                            FROM (
                                              SELECT
                                                [t49].[la_code],
                                                [t49].[child_id],
                                                [t49].[month]
                                              FROM (
                                                SELECT
                                                  *
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
                                                    [t42].[month_index]
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
                                                      [t38].[_until],
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
                                                    ) AS [t38]
                                                    INNER JOIN [scorecard_month_spine] AS [t10]
                                                      ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                                  ) AS [t42]
                                                ) AS [t44]
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
                                                    [t46].[period_end],
                                                    [t46].[month],
                                                    [t46].[month_end],
                                                    [t46].[month_index]
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
                                                      [t45].[month],
                                                      [t45].[month_end],
                                                      [t45].[month_index],
                                                      [t45].[_rank]
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
                                                        [t43].[month_index],
                                                        ROW_NUMBER() OVER (
                                                          PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                                          ORDER BY [t43].[start_date] DESC
                                                        ) - 1 AS [_rank]
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
                                                          [t41].[period_end],
                                                          [t41].[month],
                                                          [t41].[month_end],
                                                          [t41].[month_index]
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
                                                              [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                          ) AS [t37]
                                                          INNER JOIN [scorecard_month_spine] AS [t10]
                                                            ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                                        ) AS [t41]
                                                      ) AS [t43]
                                                    ) AS [t45]
                                                    WHERE
                                                      [t45].[_rank] = 0
                                                  ) AS [t46]
                                                ) AS [t47]
                                              ) AS [t49]
                                              INNER JOIN [uasc_status] AS [t13]
                                                ON [t49].[la_code] = [t13].[la_code]
                                                AND [t49].[child_id] = [t13].[child_id]
                                                AND COALESCE([t13].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t49].[month_end]
                                                AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t49].[month_end]
                                            ) AS [t50]
                                          ) AS [t51]
                                        ) AS [t53]
                                          ON [t49].[la_code] = [t53].[la_code]
                                          AND [t49].[child_id] = [t53].[child_id]
                                          AND [t49].[month] = [t53].[month]
                                      ) AS [t54]
                                    ) AS [t55]
                                  ) AS [t56]
                                ) AS [t57]
                              ) AS [t59]
                              WHERE
                                [t40].[la_code] = [t59].[la_code]
                                AND [t40].[child_id] = [t59].[child_id]
                                AND [t10].[month] = [t59].[month]
                            )
                        ) AS [t60]
                      ) AS [t61]
                      WHERE
                        [t61].[_rank] = 0
                    ) AS [t62]
                  ) AS [t64]
                    ON [t40].[la_code] = [t64].[la_code]
                    AND [t40].[child_id] = [t64].[child_id]
                    AND [t10].[month] = [t64].[month]
                  WHERE
                    NOT EXISTS(
                      SELECT
                        1
                      FROM (
                        SELECT
                          [t57].[la_code],
                          [t57].[child_id],
                          [t57].[month]
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
                            [t56].[month],
                            [t56].[month_end],
                            [t56].[month_index],
                            [t56].[uasc]
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
                              [t55].[month_index],
                              [t55].[_uasc],
                              COALESCE([t55].[_uasc], 'Not UASC') AS [uasc]
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
                                [t54].[_uasc]
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
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index],
                                  [t53].[la_code] AS [la_code_right],
                                  [t53].[child_id] AS [child_id_right],
                                  [t53].[month] AS [month_right],
                                  [t53].[_uasc]
                                FROM (
                                  SELECT
                                    *
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
                                      [t42].[month_index]
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
                                        [t38].[_until],
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
                                      ) AS [t38]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                    ) AS [t42]
                                  ) AS [t44]
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
                                      [t46].[period_end],
                                      [t46].[month],
                                      [t46].[month_end],
                                      [t46].[month_index]
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
                                        [t45].[month],
                                        [t45].[month_end],
                                        [t45].[month_index],
                                        [t45].[_rank]
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
                                          [t43].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                            ORDER BY [t43].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t41].[period_end],
                                            [t41].[month],
                                            [t41].[month_end],
                                            [t41].[month_index]
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
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t41]
                                        ) AS [t43]
                                      ) AS [t45]
                                      WHERE
                                        [t45].[_rank] = 0
                                    ) AS [t46]
                                  ) AS [t47]
                                ) AS [t49]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t51].[la_code],
                                    [t51].[child_id],
                                    [t51].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t50].[la_code],
                                      [t50].[child_id],
                                      [t50].[month]
                                    FROM (
                                      SELECT
                                        [t49].[la_code],
                                        [t49].[child_id],
                                        [t49].[month]
                                      FROM (
                                        SELECT
                                          *
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
                                            [t42].[month_index]
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
                                              [t38].[_until],
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
                                            ) AS [t38]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                          ) AS [t42]
                                        ) AS [t44]
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
                                            [t46].[period_end],
                                            [t46].[month],
                                            [t46].[month_end],
                                            [t46].[month_index]
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
                                              [t45].[month],
                                              [t45].[month_end],
                                              [t45].[month_index],
                                              [t45].[_rank]
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
                                                [t43].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                                  ORDER BY [t43].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t41].[period_end],
                                                  [t41].[month],
                                                  [t41].[month_end],
                                                  [t41].[month_index]
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
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t37]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                                ) AS [t41]
                                              ) AS [t43]
                                            ) AS [t45]
                                            WHERE
                                              [t45].[_rank] = 0
                                          ) AS [t46]
                                        ) AS [t47]
                                      ) AS [t49]
                                      INNER JOIN [uasc_status] AS [t13]
                                        ON [t49].[la_code] = [t13].[la_code]
                                        AND [t49].[child_id] = [t13].[child_id]
                                        AND COALESCE([t13].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t49].[month_end]
                                        AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t49].[month_end]
                                    ) AS [t50]
                                  ) AS [t51]
                                ) AS [t53]
                                  ON [t49].[la_code] = [t53].[la_code]
                                  AND [t49].[child_id] = [t53].[child_id]
                                  AND [t49].[month] = [t53].[month]
                              ) AS [t54]
                            ) AS [t55]
                          ) AS [t56]
                        ) AS [t57]
                      ) AS [t59]
                      WHERE
                        [t40].[la_code] = [t59].[la_code]
                        AND [t40].[child_id] = [t59].[child_id]
                        AND [t10].[month] = [t59].[month]
                    )
                ) AS [t65]
              ) AS [t66]
            ) AS [t67]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                [t66].[la_code],
                [t66].[month],
                IIF(COALESCE([t66].[in_touch] = 'YES', (1 = 0)), 1.0, 0.0) AS [numerator],
                1.0 AS [denominator],
                1 AS [_part],
                COALESCE(
                  IIF(
                    DATEADD(YEAR, CAST('19' AS BIGINT), [t66].[date_of_birth]) <= [t66].[month_end],
                    '19-21',
                    '17-18'
                  ),
                  'unknown'
                ) AS [breakdown_value]
              FROM (
                SELECT
                  [t65].[la_code],
                  [t65].[child_id],
                  [t65].[date_of_birth],
                  [t65].[qualified_on],
                  [t65].[month],
                  [t65].[month_end],
                  [t65].[month_index],
                  [t65].[contact_date],
                  [t65].[in_touch],
                  [t65].[activity],
                  [t65].[accommodation_suitable]
                FROM (
                  SELECT
                    [t40].[la_code],
                    [t40].[child_id],
                    [t40].[date_of_birth],
                    [t40].[qualified_on],
                    [t10].[month],
                    [t10].[month_end],
                    [t10].[month_index],
                    [t64].[la_code] AS [la_code_right],
                    [t64].[child_id] AS [child_id_right],
                    [t64].[month] AS [month_right],
                    [t64].[contact_date],
                    [t64].[in_touch],
                    [t64].[activity],
                    [t64].[accommodation_suitable]
                  FROM (
                    SELECT
                      [t34].[la_code],
                      [t34].[child_id],
                      [t34].[date_of_birth],
                      MIN([t34].[end_date]) AS [qualified_on]
                    FROM (
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
                        [t31].[date_of_birth],
                        [t31].[_days],
                        [t31].[_total]
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
                          [t30].[date_of_birth],
                          [t30].[_days],
                          SUM([t30].[_days]) OVER (
                            PARTITION BY [t30].[la_code], [t30].[child_id]
                            ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                          ) AS [_total]
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
                            [t27].[period_end],
                            [t27].[date_of_birth],
                            GREATEST(
                              DATEDIFF(
                                DAY,
                                CAST(GREATEST([t27].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t27].[date_of_birth])) AS DATETIME2),
                                CAST([t27].[end_date] AS DATETIME2)
                              ),
                              0
                            ) AS [_days]
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
                              [t26].[short_break],
                              [t26].[previous_placement_start],
                              [t26].[period_end],
                              [t16].[date_of_birth]
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
                                [t23].[short_break],
                                [t23].[previous_placement_start],
                                [t23].[period_end]
                              FROM (
                                SELECT
                                  [t22].[child_id],
                                  [t22].[start_date],
                                  [t22].[reason_new_episode],
                                  [t22].[legal_status],
                                  [t22].[category_of_need],
                                  [t22].[placement_type],
                                  [t22].[placement_provider],
                                  [t22].[end_date],
                                  [t22].[reason_ceased],
                                  [t22].[reason_place_change],
                                  [t22].[home_postcode],
                                  [t22].[placement_postcode],
                                  [t22].[urn],
                                  [t22].[placed_outside_council],
                                  [t22].[la_code],
                                  [t22].[load_id],
                                  [t22].[period_start],
                                  [t22].[period_start_seen],
                                  [t22].[placement_start],
                                  [t22].[short_break],
                                  [t22].[previous_placement_start],
                                  [t22].[period_end]
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
                                    [t21].[period_start],
                                    [t21].[period_start_seen],
                                    [t21].[placement_start],
                                    [t21].[_move],
                                    [t21].[short_break],
                                    [t21].[_previous],
                                    MAX([t21].[_previous]) OVER (
                                      PARTITION BY [t21].[la_code], [t21].[child_id]
                                      ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS [previous_placement_start],
                                    IIF(
                                      MAX(IIF([t21].[end_date] IS NULL, 1, 0)) OVER (
                                        PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                        ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      CAST(NULL AS DATE),
                                      MAX([t21].[end_date]) OVER (
                                        PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                        ORDER BY CASE WHEN [t21].[end_date] IS NULL THEN 1 ELSE 0 END, [t21].[end_date] ASC
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
                                    ) AS [t20]
                                  ) AS [t21]
                                ) AS [t22]
                              ) AS [t23]
                              WHERE
                                IIF([t23].[short_break] <> 0, 1, 0) = 0 AND [t23].[end_date] IS NOT NULL
                            ) AS [t26]
                            INNER JOIN (
                              SELECT
                                [t5].[la_code],
                                [t5].[child_id],
                                [t5].[date_of_birth]
                              FROM [person] AS [t5]
                            ) AS [t16]
                              ON [t26].[la_code] = [t16].[la_code] AND [t26].[child_id] = [t16].[child_id]
                          ) AS [t27]
                        ) AS [t30]
                      ) AS [t31]
                      WHERE
                        [t31].[_total] >= 91
                        AND [t31].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t31].[date_of_birth])
                        AND [t31].[reason_ceased] <> 'X1'
                    ) AS [t34]
                    GROUP BY
                      [t34].[la_code],
                      [t34].[child_id],
                      [t34].[date_of_birth]
                  ) AS [t40]
                  INNER JOIN [scorecard_month_spine] AS [t10]
                    ON [t40].[qualified_on] <= [t10].[month_end]
                    AND DATEADD(YEAR, CAST('17' AS BIGINT), [t40].[date_of_birth]) <= [t10].[month_end]
                    AND DATEADD(YEAR, CAST('22' AS BIGINT), [t40].[date_of_birth]) > [t10].[month_end]
                  LEFT OUTER JOIN (
                    SELECT
                      [t62].[la_code],
                      [t62].[child_id],
                      [t62].[month],
                      [t62].[contact_date],
                      [t62].[in_touch],
                      [t62].[activity],
                      [t62].[accommodation_suitable]
                    FROM (
                      SELECT
                        [t61].[la_code],
                        [t61].[child_id],
                        [t61].[month],
                        [t61].[contact_date],
                        [t61].[in_touch],
                        [t61].[activity],
                        [t61].[accommodation_suitable],
                        [t61].[_rank]
                      FROM (
                        SELECT
                          [t60].[la_code],
                          [t60].[child_id],
                          [t60].[month],
                          [t60].[contact_date],
                          [t60].[in_touch],
                          [t60].[activity],
                          [t60].[accommodation_suitable],
                          ROW_NUMBER() OVER (
                            PARTITION BY [t60].[la_code], [t60].[child_id], [t60].[month]
                            ORDER BY [t60].[contact_date] DESC
                          ) - 1 AS [_rank]
                        FROM (
                          SELECT
                            [t40].[la_code],
                            [t40].[child_id],
                            [t10].[month],
                            [t12].[contact_date],
                            [t12].[in_touch],
                            [t12].[activity],
                            [t12].[accommodation_suitable]
                          FROM (
                            SELECT
                              [t34].[la_code],
                              [t34].[child_id],
                              [t34].[date_of_birth],
                              MIN([t34].[end_date]) AS [qualified_on]
                            FROM (
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
                                [t31].[date_of_birth],
                                [t31].[_days],
                                [t31].[_total]
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
                                  [t30].[date_of_birth],
                                  [t30].[_days],
                                  SUM([t30].[_days]) OVER (
                                    PARTITION BY [t30].[la_code], [t30].[child_id]
                                    ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS [_total]
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
                                    [t27].[period_end],
                                    [t27].[date_of_birth],
                                    GREATEST(
                                      DATEDIFF(
                                        DAY,
                                        CAST(GREATEST([t27].[start_date], DATEADD(YEAR, CAST('14' AS BIGINT), [t27].[date_of_birth])) AS DATETIME2),
                                        CAST([t27].[end_date] AS DATETIME2)
                                      ),
                                      0
                                    ) AS [_days]
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
                                      [t26].[short_break],
                                      [t26].[previous_placement_start],
                                      [t26].[period_end],
                                      [t16].[date_of_birth]
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
                                        [t23].[short_break],
                                        [t23].[previous_placement_start],
                                        [t23].[period_end]
                                      FROM (
                                        SELECT
                                          [t22].[child_id],
                                          [t22].[start_date],
                                          [t22].[reason_new_episode],
                                          [t22].[legal_status],
                                          [t22].[category_of_need],
                                          [t22].[placement_type],
                                          [t22].[placement_provider],
                                          [t22].[end_date],
                                          [t22].[reason_ceased],
                                          [t22].[reason_place_change],
                                          [t22].[home_postcode],
                                          [t22].[placement_postcode],
                                          [t22].[urn],
                                          [t22].[placed_outside_council],
                                          [t22].[la_code],
                                          [t22].[load_id],
                                          [t22].[period_start],
                                          [t22].[period_start_seen],
                                          [t22].[placement_start],
                                          [t22].[short_break],
                                          [t22].[previous_placement_start],
                                          [t22].[period_end]
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
                                            [t21].[period_start],
                                            [t21].[period_start_seen],
                                            [t21].[placement_start],
                                            [t21].[_move],
                                            [t21].[short_break],
                                            [t21].[_previous],
                                            MAX([t21].[_previous]) OVER (
                                              PARTITION BY [t21].[la_code], [t21].[child_id]
                                              ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS [previous_placement_start],
                                            IIF(
                                              MAX(IIF([t21].[end_date] IS NULL, 1, 0)) OVER (
                                                PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                                ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ),
                                              CAST(NULL AS DATE),
                                              MAX([t21].[end_date]) OVER (
                                                PARTITION BY [t21].[la_code], [t21].[child_id], [t21].[period_start]
                                                ORDER BY CASE WHEN [t21].[end_date] IS NULL THEN 1 ELSE 0 END, [t21].[end_date] ASC
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
                                            ) AS [t20]
                                          ) AS [t21]
                                        ) AS [t22]
                                      ) AS [t23]
                                      WHERE
                                        IIF([t23].[short_break] <> 0, 1, 0) = 0 AND [t23].[end_date] IS NOT NULL
                                    ) AS [t26]
                                    INNER JOIN (
                                      SELECT
                                        [t5].[la_code],
                                        [t5].[child_id],
                                        [t5].[date_of_birth]
                                      FROM [person] AS [t5]
                                    ) AS [t16]
                                      ON [t26].[la_code] = [t16].[la_code] AND [t26].[child_id] = [t16].[child_id]
                                  ) AS [t27]
                                ) AS [t30]
                              ) AS [t31]
                              WHERE
                                [t31].[_total] >= 91
                                AND [t31].[end_date] >= DATEADD(YEAR, CAST('16' AS BIGINT), [t31].[date_of_birth])
                                AND [t31].[reason_ceased] <> 'X1'
                            ) AS [t34]
                            GROUP BY
                              [t34].[la_code],
                              [t34].[child_id],
                              [t34].[date_of_birth]
                          ) AS [t40]
                          INNER JOIN [scorecard_month_spine] AS [t10]
                            ON [t40].[qualified_on] <= [t10].[month_end]
                            AND DATEADD(YEAR, CAST('17' AS BIGINT), [t40].[date_of_birth]) <= [t10].[month_end]
                            AND DATEADD(YEAR, CAST('22' AS BIGINT), [t40].[date_of_birth]) > [t10].[month_end]
                          INNER JOIN [care_leaver] AS [t12]
                            ON [t40].[la_code] = [t12].[la_code]
                            AND [t40].[child_id] = [t12].[child_id]
                            AND [t12].[contact_date] <= [t10].[month_end]
                          WHERE
                            NOT EXISTS(
                              SELECT
                                1
                              FROM (
                                SELECT
                                  [t57].[la_code],
                                  [t57].[child_id],
                                  [t57].[month]
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
                                    [t56].[month],
                                    [t56].[month_end],
                                    [t56].[month_index],
                                    [t56].[uasc]
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
                                      [t55].[month_index],
                                      [t55].[_uasc],
                                      COALESCE([t55].[_uasc], 'Not UASC') AS [uasc]
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
                                        [t54].[_uasc]
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
                                          [t49].[month],
                                          [t49].[month_end],
                                          [t49].[month_index],
                                          [t53].[la_code] AS [la_code_right],
                                          [t53].[child_id] AS [child_id_right],
                                          [t53].[month] AS [month_right],
                                          [t53].[_uasc]
                                        FROM (
                                          SELECT
                                            *
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
                                              [t42].[month_index]
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
                                                [t38].[_until],
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
                                              ) AS [t38]
                                              INNER JOIN [scorecard_month_spine] AS [t10]
                                                ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                            ) AS [t42]
                                          ) AS [t44]
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
                                              [t46].[period_end],
                                              [t46].[month],
                                              [t46].[month_end],
                                              [t46].[month_index]
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
                                                [t45].[month],
                                                [t45].[month_end],
                                                [t45].[month_index],
                                                [t45].[_rank]
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
                                                  [t43].[month_index],
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                                    ORDER BY [t43].[start_date] DESC
                                                  ) - 1 AS [_rank]
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
                                                    [t41].[period_end],
                                                    [t41].[month],
                                                    [t41].[month_end],
                                                    [t41].[month_index]
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
                                                        [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                    ) AS [t37]
                                                    INNER JOIN [scorecard_month_spine] AS [t10]
                                                      ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                                  ) AS [t41]
                                                ) AS [t43]
                                              ) AS [t45]
                                              WHERE
                                                [t45].[_rank] = 0
                                            ) AS [t46]
                                          ) AS [t47]
                                        ) AS [t49]
                                        LEFT OUTER JOIN (
                                          SELECT
                                            [t51].[la_code],
                                            [t51].[child_id],
                                            [t51].[month],
                                            'UASC' AS [_uasc]
                                          FROM (
                                            SELECT DISTINCT
                                              [t50].[la_code],
                                              [t50].[child_id],
                                              [t50].[month]
                                            FROM (
                                              SELECT
                                                [t49].[la_code],
                                                [t49].[child_id],
                                                [t49].[month]
                                              FROM (
                                                SELECT
                                                  *
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
                                                    [t42].[month_index]
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
                                                      [t38].[_until],
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
                                                    ) AS [t38]
                                                    INNER JOIN [scorecard_month_spine] AS [t10]
                                                      ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                                  ) AS [t42]
                                                ) AS [t44]
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
                                                    [t46].[period_end],
                                                    [t46].[month],
                                                    [t46].[month_end],
                                                    [t46].[month_index]
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
                                                      [t45].[month],
                                                      [t45].[month_end],
                                                      [t45].[month_index],
                                                      [t45].[_rank]
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
                                                        [t43].[month_index],
                                                        ROW_NUMBER() OVER (
                                                          PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                                          ORDER BY [t43].[start_date] DESC
                                                        ) - 1 AS [_rank]
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
                                                          [t41].[period_end],
                                                          [t41].[month],
                                                          [t41].[month_end],
                                                          [t41].[month_index]
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
                                                              [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                          ) AS [t37]
                                                          INNER JOIN [scorecard_month_spine] AS [t10]
                                                            ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                                        ) AS [t41]
                                                      ) AS [t43]
                                                    ) AS [t45]
                                                    WHERE
                                                      [t45].[_rank] = 0
                                                  ) AS [t46]
                                                ) AS [t47]
                                              ) AS [t49]
                                              INNER JOIN [uasc_status] AS [t13]
                                                ON [t49].[la_code] = [t13].[la_code]
                                                AND [t49].[child_id] = [t13].[child_id]
                                                AND COALESCE([t13].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t49].[month_end]
                                                AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t49].[month_end]
                                            ) AS [t50]
                                          ) AS [t51]
                                        ) AS [t53]
                                          ON [t49].[la_code] = [t53].[la_code]
                                          AND [t49].[child_id] = [t53].[child_id]
                                          AND [t49].[month] = [t53].[month]
                                      ) AS [t54]
                                    ) AS [t55]
                                  ) AS [t56]
                                ) AS [t57]
                              ) AS [t59]
                              WHERE
                                [t40].[la_code] = [t59].[la_code]
                                AND [t40].[child_id] = [t59].[child_id]
                                AND [t10].[month] = [t59].[month]
                            )
                        ) AS [t60]
                      ) AS [t61]
                      WHERE
                        [t61].[_rank] = 0
                    ) AS [t62]
                  ) AS [t64]
                    ON [t40].[la_code] = [t64].[la_code]
                    AND [t40].[child_id] = [t64].[child_id]
                    AND [t10].[month] = [t64].[month]
                  WHERE
                    NOT EXISTS(
                      SELECT
                        1
                      FROM (
                        SELECT
                          [t57].[la_code],
                          [t57].[child_id],
                          [t57].[month]
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
                            [t56].[month],
                            [t56].[month_end],
                            [t56].[month_index],
                            [t56].[uasc]
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
                              [t55].[month_index],
                              [t55].[_uasc],
                              COALESCE([t55].[_uasc], 'Not UASC') AS [uasc]
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
                                [t54].[_uasc]
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
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index],
                                  [t53].[la_code] AS [la_code_right],
                                  [t53].[child_id] AS [child_id_right],
                                  [t53].[month] AS [month_right],
                                  [t53].[_uasc]
                                FROM (
                                  SELECT
                                    *
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
                                      [t42].[month_index]
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
                                        [t38].[_until],
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
                                      ) AS [t38]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                    ) AS [t42]
                                  ) AS [t44]
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
                                      [t46].[period_end],
                                      [t46].[month],
                                      [t46].[month_end],
                                      [t46].[month_index]
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
                                        [t45].[month],
                                        [t45].[month_end],
                                        [t45].[month_index],
                                        [t45].[_rank]
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
                                          [t43].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                            ORDER BY [t43].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t41].[period_end],
                                            [t41].[month],
                                            [t41].[month_end],
                                            [t41].[month_index]
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
                                                [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                            ) AS [t37]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                          ) AS [t41]
                                        ) AS [t43]
                                      ) AS [t45]
                                      WHERE
                                        [t45].[_rank] = 0
                                    ) AS [t46]
                                  ) AS [t47]
                                ) AS [t49]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t51].[la_code],
                                    [t51].[child_id],
                                    [t51].[month],
                                    'UASC' AS [_uasc]
                                  FROM (
                                    SELECT DISTINCT
                                      [t50].[la_code],
                                      [t50].[child_id],
                                      [t50].[month]
                                    FROM (
                                      SELECT
                                        [t49].[la_code],
                                        [t49].[child_id],
                                        [t49].[month]
                                      FROM (
                                        SELECT
                                          *
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
                                            [t42].[month_index]
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
                                              [t38].[_until],
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
                                            ) AS [t38]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t38].[start_date] <= [t10].[month_end] AND [t38].[_until] > [t10].[month_end]
                                          ) AS [t42]
                                        ) AS [t44]
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
                                            [t46].[period_end],
                                            [t46].[month],
                                            [t46].[month_end],
                                            [t46].[month_index]
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
                                              [t45].[month],
                                              [t45].[month_end],
                                              [t45].[month_index],
                                              [t45].[_rank]
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
                                                [t43].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t43].[la_code], [t43].[child_id], [t43].[month]
                                                  ORDER BY [t43].[start_date] DESC
                                                ) - 1 AS [_rank]
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
                                                  [t41].[period_end],
                                                  [t41].[month],
                                                  [t41].[month_end],
                                                  [t41].[month_index]
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
                                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                                  ) AS [t37]
                                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                                    ON [t37].[start_date] <= [t10].[month_end] AND [t37].[_until] > [t10].[month_end]
                                                ) AS [t41]
                                              ) AS [t43]
                                            ) AS [t45]
                                            WHERE
                                              [t45].[_rank] = 0
                                          ) AS [t46]
                                        ) AS [t47]
                                      ) AS [t49]
                                      INNER JOIN [uasc_status] AS [t13]
                                        ON [t49].[la_code] = [t13].[la_code]
                                        AND [t49].[child_id] = [t13].[child_id]
                                        AND COALESCE([t13].[start_date], DATEFROMPARTS(1900, 1, 1)) <= [t49].[month_end]
                                        AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) > [t49].[month_end]
                                    ) AS [t50]
                                  ) AS [t51]
                                ) AS [t53]
                                  ON [t49].[la_code] = [t53].[la_code]
                                  AND [t49].[child_id] = [t53].[child_id]
                                  AND [t49].[month] = [t53].[month]
                              ) AS [t54]
                            ) AS [t55]
                          ) AS [t56]
                        ) AS [t57]
                      ) AS [t59]
                      WHERE
                        [t40].[la_code] = [t59].[la_code]
                        AND [t40].[child_id] = [t59].[child_id]
                        AND [t10].[month] = [t59].[month]
                    )
                ) AS [t65]
              ) AS [t66]
            ) AS [t68]
          ) AS [t69]
          GROUP BY
            [t69].[la_code],
            [t69].[month],
            [t69].[_part],
            [t69].[breakdown_value]
        ) AS [t70]
      ) AS [t71]
      GROUP BY
        [t71].[la_code],
        [t71].[indicator_id],
        [t71].[month_index],
        [t71].[breakdown],
        [t71].[breakdown_value]
    ) AS [t73]
      ON [t73].[la_code] = [t9].[la_code]
      AND [t73].[indicator_id] = [t11].[indicator_id]
      AND [t73].[month_index] <= [t10].[month_index]
      AND [t73].[month_index] >= (
        [t10].[month_index] - IIF([t73].[breakdown] = 'month_alone', 0, [t11].[months_back])
      )
  ) AS [t74]
  GROUP BY
    [t74].[la_code],
    [t74].[indicator_id],
    [t74].[month],
    [t74].[breakdown],
    [t74].[breakdown_value],
    [t74].[unit]
)
SELECT
  [t87].[la_code],
  [t87].[indicator_id],
  [t87].[month],
  [t87].[breakdown],
  [t87].[breakdown_value],
  [t87].[numerator],
  CASE
    WHEN [t87].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t87].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t87].[denominator]
  END AS [denominator],
  CASE
    WHEN [t87].[unit] = 'count'
    THEN [t87].[numerator]
    WHEN [t87].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t87].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t87].[unit] = 'percent'
    THEN IIF(
      [t87].[denominator] > 0,
      CAST([t87].[numerator] AS FLOAT) / [t87].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t87].[denominator] > 0,
      CAST([t87].[numerator] AS FLOAT) / [t87].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t81].[la_code],
      [t81].[indicator_id],
      [t81].[month],
      [t81].[breakdown],
      [t81].[breakdown_value],
      [t81].[unit],
      [t81].[numerator],
      [t81].[denominator]
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
            ('CL1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t76].[la_code],
              [t76].[indicator_id],
              [t76].[month],
              [t76].[breakdown],
              [t76].[breakdown_value],
              [t76].[unit],
              [t76].[numerator],
              [t76].[denominator]
            FROM [t75] AS [t76]
            WHERE
              [t76].[breakdown] = 'month_alone'
          ) AS [t79]
          WHERE
            [t19].[la_code] = [t79].[la_code]
            AND [t19].[indicator_id] = [t79].[indicator_id]
            AND [t19].[month] = [t79].[month]
        )
    ) AS [t81]
  ) AS [t83]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t75] AS [t76]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t82].[la_code],
        [t82].[indicator_id],
        [t82].[month],
        [t82].[breakdown],
        [t82].[breakdown_value],
        [t82].[unit],
        [t82].[numerator],
        [t82].[denominator]
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
          ('CL1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t76].[la_code],
                [t76].[indicator_id],
                [t76].[month],
                [t76].[breakdown],
                [t76].[breakdown_value],
                [t76].[unit],
                [t76].[numerator],
                [t76].[denominator]
              FROM [t75] AS [t76]
              WHERE
                [t76].[breakdown] = 'all'
            ) AS [t80]
            WHERE
              [t9].[la_code] = [t80].[la_code]
              AND [t11].[indicator_id] = [t80].[indicator_id]
              AND [t10].[month] = [t80].[month]
          )
      ) AS [t82]
    ) AS [t84]
  ) AS [t85]
) AS [t87]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t87].[la_code] = [t8].[la_code] AND [t87].[month] = [t8].[month]
