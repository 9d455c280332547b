WITH [t44] AS (
  SELECT
    [t43].[la_code],
    [t43].[indicator_id],
    [t43].[month],
    [t43].[breakdown],
    [t43].[breakdown_value],
    [t43].[unit],
    SUM([t43].[_num]) AS [numerator],
    SUM([t43].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t42].[breakdown],
      [t42].[breakdown_value],
      [t42].[_num],
      [t42].[_den],
      [t42].[_until_index]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('ADP4', 35, 'days')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t40].[la_code],
        [t40].[indicator_id],
        [t40].[breakdown],
        [t40].[breakdown_value],
        [t40].[_num],
        [t40].[_den],
        [t40].[month_index] + [t40].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t39].[la_code],
          [t39].[indicator_id],
          [t39].[month_index],
          [t39].[breakdown],
          [t39].[breakdown_value],
          [t39].[_num],
          [t39].[_den],
          [t15].[months_back],
          [t11].[_offset]
        FROM (
          SELECT
            [t37].[la_code],
            [t37].[indicator_id],
            [t37].[month_index],
            [t37].[breakdown],
            [t37].[breakdown_value],
            SUM([t37].[numerator]) AS [_num],
            SUM([t37].[denominator]) AS [_den]
          FROM (
            SELECT
              [t36].[la_code],
              'ADP4' AS [indicator_id],
              (
                (
                  DATEPART(year, [t36].[month]) * 12
                ) + DATEPART(month, [t36].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t36].[_part] = 0
                THEN 'all'
                WHEN [t36].[_part] = 1
                THEN 'month_alone'
                ELSE NULL
              END AS [breakdown],
              [t36].[breakdown_value],
              [t36].[numerator],
              [t36].[denominator]
            FROM (
              SELECT
                [t35].[la_code],
                [t35].[month],
                [t35].[_part],
                [t35].[breakdown_value],
                SUM([t35].[numerator]) AS [numerator],
                SUM([t35].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t32].[la_code],
                    [t32].[month],
                    CAST(GREATEST(
                      DATEDIFF(
                        DAY,
                        CAST([t32].[placement_order_date] AS DATETIME2),
                        CAST([t32].[matched_date] AS DATETIME2)
                      ),
                      0
                    ) AS FLOAT) AS [numerator],
                    1.0 AS [denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
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
                      [t31].[month],
                      [t31].[decision_date],
                      [t31].[placement_order_date],
                      [t31].[matched_date],
                      [t31].[foster_carer_adopter]
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
                        [t30].[month],
                        [t30].[decision_date],
                        [t30].[placement_order_date],
                        [t30].[matched_date],
                        [t30].[foster_carer_adopter],
                        [t30].[_decision]
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
                          [t29].[month],
                          [t29].[decision_date],
                          [t29].[placement_order_date],
                          [t29].[matched_date],
                          [t29].[foster_carer_adopter],
                          [t29].[_decision],
                          [t29].[_rank]
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
                            [t28].[month],
                            [t28].[decision_date],
                            [t28].[placement_order_date],
                            [t28].[matched_date],
                            [t28].[foster_carer_adopter],
                            [t28].[_decision],
                            ROW_NUMBER() OVER (
                              PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[month]
                              ORDER BY [t28].[_decision] DESC
                            ) - 1 AS [_rank]
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
                              [t27].[month],
                              [t27].[decision_date],
                              [t27].[placement_order_date],
                              [t27].[matched_date],
                              [t27].[foster_carer_adopter],
                              COALESCE([t27].[decision_date], DATEFROMPARTS(1900, 1, 1)) AS [_decision]
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
                                [t26].[month],
                                [t26].[decision_date],
                                [t26].[placement_order_date],
                                [t26].[matched_date],
                                [t26].[foster_carer_adopter]
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
                                  [t25].[month],
                                  [t16].[la_code] AS [la_code_right],
                                  [t16].[child_id] AS [child_id_right],
                                  [t16].[decision_date],
                                  [t16].[placement_order_date],
                                  [t16].[matched_date],
                                  [t16].[foster_carer_adopter]
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
                                    [t23].[period_end],
                                    DATETRUNC(MONTH, [t23].[end_date]) AS [month]
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
                                    [t23].[reason_ceased] IN ('E11', 'E12')
                                    AND [t23].[end_date] IS NOT NULL
                                    AND DATETRUNC(MONTH, [t23].[end_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                ) AS [t25]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t5].[la_code],
                                    [t5].[child_id],
                                    [t5].[decision_date],
                                    [t5].[placement_order_date],
                                    [t5].[matched_date],
                                    [t5].[foster_carer_adopter]
                                  FROM [adoption] AS [t5]
                                ) AS [t16]
                                  ON [t25].[la_code] = [t16].[la_code]
                                  AND [t25].[child_id] = [t16].[child_id]
                                  AND [t16].[decision_date] <= [t25].[end_date]
                              ) AS [t26]
                            ) AS [t27]
                          ) AS [t28]
                        ) AS [t29]
                        WHERE
                          [t29].[_rank] = 0
                      ) AS [t30]
                    ) AS [t31]
                  ) AS [t32]
                  WHERE
                    [t32].[placement_order_date] IS NOT NULL AND [t32].[matched_date] IS NOT NULL
                ) AS [t33]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t32].[la_code],
                    [t32].[month],
                    CAST(GREATEST(
                      DATEDIFF(
                        DAY,
                        CAST([t32].[placement_order_date] AS DATETIME2),
                        CAST([t32].[matched_date] AS DATETIME2)
                      ),
                      0
                    ) AS FLOAT) AS [numerator],
                    1.0 AS [denominator],
                    1 AS [_part],
                    'all' AS [breakdown_value]
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
                      [t31].[month],
                      [t31].[decision_date],
                      [t31].[placement_order_date],
                      [t31].[matched_date],
                      [t31].[foster_carer_adopter]
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
                        [t30].[month],
                        [t30].[decision_date],
                        [t30].[placement_order_date],
                        [t30].[matched_date],
                        [t30].[foster_carer_adopter],
                        [t30].[_decision]
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
                          [t29].[month],
                          [t29].[decision_date],
                          [t29].[placement_order_date],
                          [t29].[matched_date],
                          [t29].[foster_carer_adopter],
                          [t29].[_decision],
                          [t29].[_rank]
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
                            [t28].[month],
                            [t28].[decision_date],
                            [t28].[placement_order_date],
                            [t28].[matched_date],
                            [t28].[foster_carer_adopter],
                            [t28].[_decision],
                            ROW_NUMBER() OVER (
                              PARTITION BY [t28].[la_code], [t28].[child_id], [t28].[month]
                              ORDER BY [t28].[_decision] DESC
                            ) - 1 AS [_rank]
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
                              [t27].[month],
                              [t27].[decision_date],
                              [t27].[placement_order_date],
                              [t27].[matched_date],
                              [t27].[foster_carer_adopter],
                              COALESCE([t27].[decision_date], DATEFROMPARTS(1900, 1, 1)) AS [_decision]
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
                                [t26].[month],
                                [t26].[decision_date],
                                [t26].[placement_order_date],
                                [t26].[matched_date],
                                [t26].[foster_carer_adopter]
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
                                  [t25].[month],
                                  [t16].[la_code] AS [la_code_right],
                                  [t16].[child_id] AS [child_id_right],
                                  [t16].[decision_date],
                                  [t16].[placement_order_date],
                                  [t16].[matched_date],
                                  [t16].[foster_carer_adopter]
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
                                    [t23].[period_end],
                                    DATETRUNC(MONTH, [t23].[end_date]) AS [month]
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
                                    [t23].[reason_ceased] IN ('E11', 'E12')
                                    AND [t23].[end_date] IS NOT NULL
                                    AND DATETRUNC(MONTH, [t23].[end_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                                ) AS [t25]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t5].[la_code],
                                    [t5].[child_id],
                                    [t5].[decision_date],
                                    [t5].[placement_order_date],
                                    [t5].[matched_date],
                                    [t5].[foster_carer_adopter]
                                  FROM [adoption] AS [t5]
                                ) AS [t16]
                                  ON [t25].[la_code] = [t16].[la_code]
                                  AND [t25].[child_id] = [t16].[child_id]
                                  AND [t16].[decision_date] <= [t25].[end_date]
                              ) AS [t26]
                            ) AS [t27]
                          ) AS [t28]
                        ) AS [t29]
                        WHERE
                          [t29].[_rank] = 0
                      ) AS [t30]
                    ) AS [t31]
                  ) AS [t32]
                  WHERE
                    [t32].[placement_order_date] IS NOT NULL AND [t32].[matched_date] IS NOT NULL
                ) AS [t34]
              ) AS [t35]
              GROUP BY
                [t35].[la_code],
                [t35].[month],
                [t35].[_part],
                [t35].[breakdown_value]
            ) AS [t36]
          ) AS [t37]
          GROUP BY
            [t37].[la_code],
            [t37].[indicator_id],
            [t37].[month_index],
            [t37].[breakdown],
            [t37].[breakdown_value]
        ) AS [t39]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('ADP4', 35, 'days')) AS t3(indicator_id, months_back, unit)
        ) AS [t15]
          ON [t39].[indicator_id] = [t15].[indicator_id]
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
          (35)) AS t11(_offset)
      ) AS [t40]
      WHERE
        [t40].[_offset] <= IIF([t40].[breakdown] = 'month_alone', 0, [t40].[months_back])
    ) AS [t42]
      ON [t42].[la_code] = [t8].[la_code]
      AND [t42].[indicator_id] = [t10].[indicator_id]
      AND [t42].[_until_index] = [t9].[month_index]
  ) AS [t43]
  GROUP BY
    [t43].[la_code],
    [t43].[indicator_id],
    [t43].[month],
    [t43].[breakdown],
    [t43].[breakdown_value],
    [t43].[unit]
)
SELECT
  [t56].[la_code],
  [t56].[indicator_id],
  [t56].[month],
  [t56].[breakdown],
  [t56].[breakdown_value],
  [t56].[numerator],
  CASE
    WHEN [t56].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t56].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t56].[denominator]
  END AS [denominator],
  CASE
    WHEN [t56].[unit] = 'count'
    THEN [t56].[numerator]
    WHEN [t56].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t56].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t56].[unit] = 'percent'
    THEN IIF(
      [t56].[denominator] > 0,
      CAST([t56].[numerator] AS FLOAT) / [t56].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t56].[denominator] > 0,
      CAST([t56].[numerator] AS FLOAT) / [t56].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t50].[la_code],
      [t50].[indicator_id],
      [t50].[month],
      [t50].[breakdown],
      [t50].[breakdown_value],
      [t50].[unit],
      [t50].[numerator],
      [t50].[denominator]
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
          [t14].[la_code],
          [t14].[month],
          [t14].[month_end],
          [t14].[month_index],
          [t14].[indicator_id],
          [t14].[months_back],
          [t14].[unit]
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
            ('ADP4', 35, 'days')) AS t10(indicator_id, months_back, unit)
        ) AS [t14]
        WHERE
          [t14].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t45].[la_code],
              [t45].[indicator_id],
              [t45].[month],
              [t45].[breakdown],
              [t45].[breakdown_value],
              [t45].[unit],
              [t45].[numerator],
              [t45].[denominator]
            FROM [t44] AS [t45]
            WHERE
              [t45].[breakdown] = 'month_alone'
          ) AS [t48]
          WHERE
            [t19].[la_code] = [t48].[la_code]
            AND [t19].[indicator_id] = [t48].[indicator_id]
            AND [t19].[month] = [t48].[month]
        )
    ) AS [t50]
  ) AS [t52]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t44] AS [t45]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t51].[la_code],
        [t51].[indicator_id],
        [t51].[month],
        [t51].[breakdown],
        [t51].[breakdown_value],
        [t51].[unit],
        [t51].[numerator],
        [t51].[denominator]
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
          ('ADP4', 35, 'days')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t45].[la_code],
                [t45].[indicator_id],
                [t45].[month],
                [t45].[breakdown],
                [t45].[breakdown_value],
                [t45].[unit],
                [t45].[numerator],
                [t45].[denominator]
              FROM [t44] AS [t45]
              WHERE
                [t45].[breakdown] = 'all'
            ) AS [t49]
            WHERE
              [t8].[la_code] = [t49].[la_code]
              AND [t10].[indicator_id] = [t49].[indicator_id]
              AND [t9].[month] = [t49].[month]
          )
      ) AS [t51]
    ) AS [t53]
  ) AS [t54]
) AS [t56]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t56].[la_code] = [t7].[la_code] AND [t56].[month] = [t7].[month]
