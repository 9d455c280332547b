WITH [t30] AS (
  SELECT
    [t29].[cp_plan_id],
    [t29].[referral_id],
    [t29].[child_id],
    [t29].[start_date],
    [t29].[end_date],
    [t29].[initial_category],
    [t29].[latest_category],
    [t29].[number_of_previous_plans],
    [t29].[la_code],
    [t29].[load_id],
    [t29].[_reach],
    [t29].[_earlier_reach],
    MAX(IIF(COALESCE([t29].[_earlier_reach] > [t29].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t29].[la_code], [t29].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t26].[cp_plan_id],
      [t26].[referral_id],
      [t26].[child_id],
      [t26].[start_date],
      [t26].[end_date],
      [t26].[initial_category],
      [t26].[latest_category],
      [t26].[number_of_previous_plans],
      [t26].[la_code],
      [t26].[load_id],
      [t26].[_reach],
      LAG([t26].[_reach]) OVER (
        PARTITION BY [t26].[la_code], [t26].[child_id]
        ORDER BY CASE WHEN [t26].[start_date] IS NULL THEN 1 ELSE 0 END, [t26].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t21].[cp_plan_id],
        [t21].[referral_id],
        [t21].[child_id],
        [t21].[start_date],
        [t21].[end_date],
        [t21].[initial_category],
        [t21].[latest_category],
        [t21].[number_of_previous_plans],
        [t21].[la_code],
        [t21].[load_id],
        MAX(COALESCE([t21].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t21].[la_code], [t21].[child_id]
          ORDER BY CASE WHEN [t21].[start_date] IS NULL THEN 1 ELSE 0 END, [t21].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t6].[cp_plan_id],
          [t6].[referral_id],
          [t6].[child_id],
          [t6].[start_date],
          [t6].[end_date],
          [t6].[initial_category],
          [t6].[latest_category],
          [t6].[number_of_previous_plans],
          [t6].[la_code],
          [t6].[load_id]
        FROM [cp_plan] AS [t6]
        WHERE
          [t6].[start_date] IS NOT NULL
      ) AS [t21]
    ) AS [t26]
  ) AS [t29]
), [t68] AS (
  SELECT
    [t67].[la_code],
    [t67].[indicator_id],
    [t67].[month],
    [t67].[breakdown],
    [t67].[breakdown_value],
    [t67].[unit],
    SUM([t67].[_num]) AS [numerator],
    SUM([t67].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t66].[la_code] AS [la_code_right],
      [t66].[indicator_id] AS [indicator_id_right],
      [t66].[month_index] AS [month_index_right],
      [t66].[breakdown],
      [t66].[breakdown_value],
      [t66].[_num],
      [t66].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('CPP6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t64].[la_code],
        [t64].[indicator_id],
        [t64].[month_index],
        [t64].[breakdown],
        [t64].[breakdown_value],
        SUM([t64].[numerator]) AS [_num],
        SUM([t64].[denominator]) AS [_den]
      FROM (
        SELECT
          [t63].[la_code],
          'CPP6' AS [indicator_id],
          (
            (
              DATEPART(year, [t63].[month]) * 12
            ) + DATEPART(month, [t63].[month])
          ) - 1 AS [month_index],
          'all' AS [breakdown],
          [t63].[breakdown_value],
          [t63].[numerator],
          [t63].[denominator]
        FROM (
          SELECT
            [t62].[la_code],
            [t62].[month],
            [t62].[_part],
            [t62].[breakdown_value],
            SUM([t62].[numerator]) AS [numerator],
            SUM([t62].[denominator]) AS [denominator]
          FROM (
            SELECT
              [t61].[la_code],
              [t61].[month],
              [t61].[numerator],
              [t61].[denominator],
              0 AS [_part],
              'all' AS [breakdown_value]
            FROM (
              SELECT
                [t56].[la_code],
                [t56].[month],
                [t56].[child_id],
                [t56].[cp_plan_id] AS [record_id],
                [t56].[month_end] AS [ref_date],
                IIF(COALESCE([t60].[_seen], (1 = 0)), 1.0, 0.0) AS [numerator],
                1.0 AS [denominator],
                COALESCE([t56].[latest_category], [t56].[initial_category]) AS [category]
              FROM (
                SELECT
                  [t54].[cp_plan_id],
                  [t54].[referral_id],
                  [t54].[child_id],
                  [t54].[start_date],
                  [t54].[end_date],
                  [t54].[initial_category],
                  [t54].[latest_category],
                  [t54].[number_of_previous_plans],
                  [t54].[la_code],
                  [t54].[load_id],
                  [t54].[month],
                  [t54].[month_end],
                  [t54].[month_index],
                  [t54].[open_days],
                  [t54].[wd_end]
                FROM (
                  SELECT
                    [t53].[cp_plan_id],
                    [t53].[referral_id],
                    [t53].[child_id],
                    [t53].[start_date],
                    [t53].[end_date],
                    [t53].[initial_category],
                    [t53].[latest_category],
                    [t53].[number_of_previous_plans],
                    [t53].[la_code],
                    [t53].[load_id],
                    [t53].[month],
                    [t53].[month_end],
                    [t53].[month_index],
                    [t53].[open_days],
                    [t16].[_wd_end_day],
                    [t16].[wd_end]
                  FROM (
                    SELECT
                      [t51].[cp_plan_id],
                      [t51].[referral_id],
                      [t51].[child_id],
                      [t51].[start_date],
                      [t51].[end_date],
                      [t51].[initial_category],
                      [t51].[latest_category],
                      [t51].[number_of_previous_plans],
                      [t51].[la_code],
                      [t51].[load_id],
                      [t51].[month],
                      [t51].[month_end],
                      [t51].[month_index],
                      [t51].[open_days]
                    FROM (
                      SELECT
                        [t50].[cp_plan_id],
                        [t50].[referral_id],
                        [t50].[child_id],
                        [t50].[start_date],
                        [t50].[end_date],
                        [t50].[initial_category],
                        [t50].[latest_category],
                        [t50].[number_of_previous_plans],
                        [t50].[la_code],
                        [t50].[load_id],
                        [t50].[month],
                        [t50].[month_end],
                        [t50].[month_index],
                        [t50].[open_days]
                      FROM (
                        SELECT
                          [t49].[cp_plan_id],
                          [t49].[referral_id],
                          [t49].[child_id],
                          [t49].[start_date],
                          [t49].[end_date],
                          [t49].[initial_category],
                          [t49].[latest_category],
                          [t49].[number_of_previous_plans],
                          [t49].[la_code],
                          [t49].[load_id],
                          [t49].[month],
                          [t49].[month_end],
                          [t49].[month_index],
                          [t49].[_wd_start],
                          [t49].[_wd_end],
                          [t49].[_wd_end] - [t49].[_wd_start] AS [open_days]
                        FROM (
                          SELECT
                            [t48].[cp_plan_id],
                            [t48].[referral_id],
                            [t48].[child_id],
                            [t48].[start_date],
                            [t48].[end_date],
                            [t48].[initial_category],
                            [t48].[latest_category],
                            [t48].[number_of_previous_plans],
                            [t48].[la_code],
                            [t48].[load_id],
                            [t48].[month],
                            [t48].[month_end],
                            [t48].[month_index],
                            [t48].[_wd_start],
                            [t48].[_wd_end]
                          FROM (
                            SELECT
                              [t47].[cp_plan_id],
                              [t47].[referral_id],
                              [t47].[child_id],
                              [t47].[start_date],
                              [t47].[end_date],
                              [t47].[initial_category],
                              [t47].[latest_category],
                              [t47].[number_of_previous_plans],
                              [t47].[la_code],
                              [t47].[load_id],
                              [t47].[month],
                              [t47].[month_end],
                              [t47].[month_index],
                              [t47].[_wd_start],
                              [t17].[__wd_end_day],
                              [t17].[_wd_end]
                            FROM (
                              SELECT
                                [t45].[cp_plan_id],
                                [t45].[referral_id],
                                [t45].[child_id],
                                [t45].[start_date],
                                [t45].[end_date],
                                [t45].[initial_category],
                                [t45].[latest_category],
                                [t45].[number_of_previous_plans],
                                [t45].[la_code],
                                [t45].[load_id],
                                [t45].[month],
                                [t45].[month_end],
                                [t45].[month_index],
                                [t45].[_wd_start]
                              FROM (
                                SELECT
                                  [t44].[cp_plan_id],
                                  [t44].[referral_id],
                                  [t44].[child_id],
                                  [t44].[start_date],
                                  [t44].[end_date],
                                  [t44].[initial_category],
                                  [t44].[latest_category],
                                  [t44].[number_of_previous_plans],
                                  [t44].[la_code],
                                  [t44].[load_id],
                                  [t44].[month],
                                  [t44].[month_end],
                                  [t44].[month_index],
                                  [t19].[__wd_start_day],
                                  [t19].[_wd_start]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t37].[cp_plan_id],
                                      [t37].[referral_id],
                                      [t37].[child_id],
                                      [t37].[start_date],
                                      [t37].[end_date],
                                      [t37].[initial_category],
                                      [t37].[latest_category],
                                      [t37].[number_of_previous_plans],
                                      [t37].[la_code],
                                      [t37].[load_id],
                                      [t37].[month],
                                      [t37].[month_end],
                                      [t37].[month_index]
                                    FROM (
                                      SELECT
                                        [t35].[cp_plan_id],
                                        [t35].[referral_id],
                                        [t35].[child_id],
                                        [t35].[start_date],
                                        [t35].[end_date],
                                        [t35].[initial_category],
                                        [t35].[latest_category],
                                        [t35].[number_of_previous_plans],
                                        [t35].[la_code],
                                        [t35].[load_id],
                                        [t35].[_until],
                                        [t9].[month],
                                        [t9].[month_end],
                                        [t9].[month_index]
                                      FROM (
                                        SELECT
                                          [t31].[cp_plan_id],
                                          [t31].[referral_id],
                                          [t31].[child_id],
                                          [t31].[start_date],
                                          [t31].[end_date],
                                          [t31].[initial_category],
                                          [t31].[latest_category],
                                          [t31].[number_of_previous_plans],
                                          [t31].[la_code],
                                          [t31].[load_id],
                                          COALESCE([t31].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t30] AS [t31]
                                        WHERE
                                          IIF([t31].[_overlaps] <> 0, 1, 0) = 0 AND [t31].[start_date] IS NOT NULL
                                      ) AS [t35]
                                      INNER JOIN [scorecard_month_spine] AS [t9]
                                        ON [t35].[start_date] <= [t9].[month_end] AND [t35].[_until] > [t9].[month_end]
                                    ) AS [t37]
                                  ) AS [t39]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t41].[cp_plan_id],
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[start_date],
                                      [t41].[end_date],
                                      [t41].[initial_category],
                                      [t41].[latest_category],
                                      [t41].[number_of_previous_plans],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      [t41].[month],
                                      [t41].[month_end],
                                      [t41].[month_index]
                                    FROM (
                                      SELECT
                                        [t40].[cp_plan_id],
                                        [t40].[referral_id],
                                        [t40].[child_id],
                                        [t40].[start_date],
                                        [t40].[end_date],
                                        [t40].[initial_category],
                                        [t40].[latest_category],
                                        [t40].[number_of_previous_plans],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[month],
                                        [t40].[month_end],
                                        [t40].[month_index],
                                        [t40].[_rank]
                                      FROM (
                                        SELECT
                                          [t38].[cp_plan_id],
                                          [t38].[referral_id],
                                          [t38].[child_id],
                                          [t38].[start_date],
                                          [t38].[end_date],
                                          [t38].[initial_category],
                                          [t38].[latest_category],
                                          [t38].[number_of_previous_plans],
                                          [t38].[la_code],
                                          [t38].[load_id],
                                          [t38].[month],
                                          [t38].[month_end],
                                          [t38].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t38].[la_code], [t38].[child_id], [t38].[month]
                                            ORDER BY [t38].[start_date] DESC
                                          ) - 1 AS [_rank]
                                        FROM (
                                          SELECT
                                            [t36].[cp_plan_id],
                                            [t36].[referral_id],
                                            [t36].[child_id],
                                            [t36].[start_date],
                                            [t36].[end_date],
                                            [t36].[initial_category],
                                            [t36].[latest_category],
                                            [t36].[number_of_previous_plans],
                                            [t36].[la_code],
                                            [t36].[load_id],
                                            [t36].[month],
                                            [t36].[month_end],
                                            [t36].[month_index]
                                          FROM (
                                            SELECT
                                              [t34].[cp_plan_id],
                                              [t34].[referral_id],
                                              [t34].[child_id],
                                              [t34].[start_date],
                                              [t34].[end_date],
                                              [t34].[initial_category],
                                              [t34].[latest_category],
                                              [t34].[number_of_previous_plans],
                                              [t34].[la_code],
                                              [t34].[load_id],
                                              [t34].[_until],
                                              [t9].[month],
                                              [t9].[month_end],
                                              [t9].[month_index]
                                            FROM (
                                              SELECT
                                                [t31].[cp_plan_id],
                                                [t31].[referral_id],
                                                [t31].[child_id],
                                                [t31].[start_date],
                                                [t31].[end_date],
                                                [t31].[initial_category],
                                                [t31].[latest_category],
                                                [t31].[number_of_previous_plans],
                                                [t31].[la_code],
                                                [t31].[load_id],
                                                COALESCE([t31].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t30] AS [t31]
                                              WHERE
                                                [t31].[_overlaps] <> 0 AND [t31].[start_date] IS NOT NULL
                                            ) AS [t34]
                                            INNER JOIN [scorecard_month_spine] AS [t9]
                                              ON [t34].[start_date] <= [t9].[month_end] AND [t34].[_until] > [t9].[month_end]
                                          ) AS [t36]
                                        ) AS [t38]
                                      ) AS [t40]
                                      WHERE
                                        [t40].[_rank] = 0
                                    ) AS [t41]
                                  ) AS [t42]
                                ) AS [t44]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t4].[day] AS [__wd_start_day],
                                    [t4].[wd_index] AS [_wd_start]
                                  FROM [scorecard_calendar] AS [t4]
                                ) AS [t19]
                                  ON [t44].[start_date] = [t19].[__wd_start_day]
                              ) AS [t45]
                            ) AS [t47]
                            LEFT OUTER JOIN (
                              SELECT
                                [t4].[day] AS [__wd_end_day],
                                [t4].[wd_index] AS [_wd_end]
                              FROM [scorecard_calendar] AS [t4]
                            ) AS [t17]
                              ON [t47].[month_end] = [t17].[__wd_end_day]
                          ) AS [t48]
                        ) AS [t49]
                      ) AS [t50]
                    ) AS [t51]
                    WHERE
                      [t51].[open_days] >= 10
                  ) AS [t53]
                  LEFT OUTER JOIN (
                    SELECT
                      [t4].[day] AS [_wd_end_day],
                      [t4].[wd_index] AS [wd_end]
                    FROM [scorecard_calendar] AS [t4]
                  ) AS [t16]
                    ON [t53].[month_end] = [t16].[_wd_end_day]
                ) AS [t54]
              ) AS [t56]
              LEFT OUTER JOIN (
                SELECT
                  [t58].[la_code],
                  [t58].[child_id],
                  [t58].[month],
                  1 AS [_seen]
                FROM (
                  SELECT DISTINCT
                    [t57].[la_code],
                    [t57].[child_id],
                    [t57].[month]
                  FROM (
                    SELECT
                      [t56].[la_code],
                      [t56].[child_id],
                      [t56].[month]
                    FROM (
                      SELECT
                        [t54].[cp_plan_id],
                        [t54].[referral_id],
                        [t54].[child_id],
                        [t54].[start_date],
                        [t54].[end_date],
                        [t54].[initial_category],
                        [t54].[latest_category],
                        [t54].[number_of_previous_plans],
                        [t54].[la_code],
                        [t54].[load_id],
                        [t54].[month],
                        [t54].[month_end],
                        [t54].[month_index],
                        [t54].[open_days],
                        [t54].[wd_end]
                      FROM (
                        SELECT
                          [t53].[cp_plan_id],
                          [t53].[referral_id],
                          [t53].[child_id],
                          [t53].[start_date],
                          [t53].[end_date],
                          [t53].[initial_category],
                          [t53].[latest_category],
                          [t53].[number_of_previous_plans],
                          [t53].[la_code],
                          [t53].[load_id],
                          [t53].[month],
                          [t53].[month_end],
                          [t53].[month_index],
                          [t53].[open_days],
                          [t16].[_wd_end_day],
                          [t16].[wd_end]
                        FROM (
                          SELECT
                            [t51].[cp_plan_id],
                            [t51].[referral_id],
                            [t51].[child_id],
                            [t51].[start_date],
                            [t51].[end_date],
                            [t51].[initial_category],
                            [t51].[latest_category],
                            [t51].[number_of_previous_plans],
                            [t51].[la_code],
                            [t51].[load_id],
                            [t51].[month],
                            [t51].[month_end],
                            [t51].[month_index],
                            [t51].[open_days]
                          FROM (
                            SELECT
                              [t50].[cp_plan_id],
                              [t50].[referral_id],
                              [t50].[child_id],
                              [t50].[start_date],
                              [t50].[end_date],
                              [t50].[initial_category],
                              [t50].[latest_category],
                              [t50].[number_of_previous_plans],
                              [t50].[la_code],
                              [t50].[load_id],
                              [t50].[month],
                              [t50].[month_end],
                              [t50].[month_index],
                              [t50].[open_days]
                            FROM (
                              SELECT
                                [t49].[cp_plan_id],
                                [t49].[referral_id],
                                [t49].[child_id],
                                [t49].[start_date],
                                [t49].[end_date],
                                [t49].[initial_category],
                                [t49].[latest_category],
                                [t49].[number_of_previous_plans],
                                [t49].[la_code],
                                [t49].[load_id],
                                [t49].[month],
                                [t49].[month_end],
                                [t49].[month_index],
                                [t49].[_wd_start],
                                [t49].[_wd_end],
                                [t49].[_wd_end] - [t49].[_wd_start] AS [open_days]
                              FROM (
                                SELECT
                                  [t48].[cp_plan_id],
                                  [t48].[referral_id],
                                  [t48].[child_id],
                                  [t48].[start_date],
                                  [t48].[end_date],
                                  [t48].[initial_category],
                                  [t48].[latest_category],
                                  [t48].[number_of_previous_plans],
                                  [t48].[la_code],
                                  [t48].[load_id],
                                  [t48].[month],
                                  [t48].[month_end],
                                  [t48].[month_index],
                                  [t48].[_wd_start],
                                  [t48].[_wd_end]
                                FROM (
                                  SELECT
                                    [t47].[cp_plan_id],
                                    [t47].[referral_id],
                                    [t47].[child_id],
                                    [t47].[start_date],
                                    [t47].[end_date],
                                    [t47].[initial_category],
                                    [t47].[latest_category],
                                    [t47].[number_of_previous_plans],
                                    [t47].[la_code],
                                    [t47].[load_id],
                                    [t47].[month],
                                    [t47].[month_end],
                                    [t47].[month_index],
                                    [t47].[_wd_start],
                                    [t17].[__wd_end_day],
                                    [t17].[_wd_end]
                                  FROM (
                                    SELECT
                                      [t45].[cp_plan_id],
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[start_date],
                                      [t45].[end_date],
                                      [t45].[initial_category],
                                      [t45].[latest_category],
                                      [t45].[number_of_previous_plans],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      [t45].[_wd_start]
                                    FROM (
                                      SELECT
                                        [t44].[cp_plan_id],
                                        [t44].[referral_id],
                                        [t44].[child_id],
                                        [t44].[start_date],
                                        [t44].[end_date],
                                        [t44].[initial_category],
                                        [t44].[latest_category],
                                        [t44].[number_of_previous_plans],
                                        [t44].[la_code],
                                        [t44].[load_id],
                                        [t44].[month],
                                        [t44].[month_end],
                                        [t44].[month_index],
                                        [t19].[__wd_start_day],
                                        [t19].[_wd_start]
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t37].[cp_plan_id],
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[start_date],
                                            [t37].[end_date],
                                            [t37].[initial_category],
                                            [t37].[latest_category],
                                            [t37].[number_of_previous_plans],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            [t37].[month],
                                            [t37].[month_end],
                                            [t37].[month_index]
                                          FROM (
                                            SELECT
                                              [t35].[cp_plan_id],
                                              [t35].[referral_id],
                                              [t35].[child_id],
                                              [t35].[start_date],
                                              [t35].[end_date],
                                              [t35].[initial_category],
                                              [t35].[latest_category],
                                              [t35].[number_of_previous_plans],
                                              [t35].[la_code],
                                              [t35].[load_id],
                                              [t35].[_until],
                                              [t9].[month],
                                              [t9].[month_end],
                                              [t9].[month_index]
                                            FROM (
                                              SELECT
                                                [t31].[cp_plan_id],
                                                [t31].[referral_id],
                                                [t31].[child_id],
                                                [t31].[start_date],
                                                [t31].[end_date],
                                                [t31].[initial_category],
                                                [t31].[latest_category],
                                                [t31].[number_of_previous_plans],
                                                [t31].[la_code],
                                                [t31].[load_id],
                                                COALESCE([t31].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t30] AS [t31]
                                              WHERE
                                                IIF([t31].[_overlaps] <> 0, 1, 0) = 0 AND [t31].[start_date] IS NOT NULL
                                            ) AS [t35]
                                            INNER JOIN [scorecard_month_spine] AS [t9]
                                              ON [t35].[start_date] <= [t9].[month_end] AND [t35].[_until] > [t9].[month_end]
                                          ) AS [t37]
                                        ) AS [t39]
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            [t41].[cp_plan_id],
                                            [t41].[referral_id],
                                            [t41].[child_id],
                                            [t41].[start_date],
                                            [t41].[end_date],
                                            [t41].[initial_category],
                                            [t41].[latest_category],
                                            [t41].[number_of_previous_plans],
                                            [t41].[la_code],
                                            [t41].[load_id],
                                            [t41].[month],
                                            [t41].[month_end],
                                            [t41].[month_index]
                                          FROM (
                                            SELECT
                                              [t40].[cp_plan_id],
                                              [t40].[referral_id],
                                              [t40].[child_id],
                                              [t40].[start_date],
                                              [t40].[end_date],
                                              [t40].[initial_category],
                                              [t40].[latest_category],
                                              [t40].[number_of_previous_plans],
                                              [t40].[la_code],
                                              [t40].[load_id],
                                              [t40].[month],
                                              [t40].[month_end],
                                              [t40].[month_index],
                                              [t40].[_rank]
                                            FROM (
                                              SELECT
                                                [t38].[cp_plan_id],
                                                [t38].[referral_id],
                                                [t38].[child_id],
                                                [t38].[start_date],
                                                [t38].[end_date],
                                                [t38].[initial_category],
                                                [t38].[latest_category],
                                                [t38].[number_of_previous_plans],
                                                [t38].[la_code],
                                                [t38].[load_id],
                                                [t38].[month],
                                                [t38].[month_end],
                                                [t38].[month_index],
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY [t38].[la_code], [t38].[child_id], [t38].[month]
                                                  ORDER BY [t38].[start_date] DESC
                                                ) - 1 AS [_rank]
                                              FROM (
                                                SELECT
                                                  [t36].[cp_plan_id],
                                                  [t36].[referral_id],
                                                  [t36].[child_id],
                                                  [t36].[start_date],
                                                  [t36].[end_date],
                                                  [t36].[initial_category],
                                                  [t36].[latest_category],
                                                  [t36].[number_of_previous_plans],
                                                  [t36].[la_code],
                                                  [t36].[load_id],
                                                  [t36].[month],
                                                  [t36].[month_end],
                                                  [t36].[month_index]
                                                FROM (
                                                  SELECT
                                                    [t34].[cp_plan_id],
                                                    [t34].[referral_id],
                                                    [t34].[child_id],
                                                    [t34].[start_date],
                                                    [t34].[end_date],
                                                    [t34].[initial_category],
                                                    [t34].[latest_category],
                                                    [t34].[number_of_previous_plans],
                                                    [t34].[la_code],
                                                    [t34].[load_id],
                                                    [t34].[_until],
                                                    [t9].[month],
                                                    [t9].[month_end],
                                                    [t9].[month_index]
                                                  FROM (
                                                    SELECT
                                                      [t31].[cp_plan_id],
                                                      [t31].[referral_id],
                                                      [t31].[child_id],
                                                      [t31].[start_date],
                                                      [t31].[end_date],
                                                      [t31].[initial_category],
                                                      [t31].[latest_category],
                                                      [t31].[number_of_previous_plans],
                                                      [t31].[la_code],
                                                      [t31].[load_id],
                                                      COALESCE([t31].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                    FROM [t30] AS [t31]
                                                    WHERE
                                                      [t31].[_overlaps] <> 0 AND [t31].[start_date] IS NOT NULL
                                                  ) AS [t34]
                                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                                    ON [t34].[start_date] <= [t9].[month_end] AND [t34].[_until] > [t9].[month_end]
                                                ) AS [t36]
                                              ) AS [t38]
                                            ) AS [t40]
                                            WHERE
                                              [t40].[_rank] = 0
                                          ) AS [t41]
                                        ) AS [t42]
                                      ) AS [t44]
                                      LEFT OUTER JOIN (
                                        SELECT
                                          [t4].[day] AS [__wd_start_day],
                                          [t4].[wd_index] AS [_wd_start]
                                        FROM [scorecard_calendar] AS [t4]
                                      ) AS [t19]
                                        ON [t44].[start_date] = [t19].[__wd_start_day]
                                    ) AS [t45]
                                  ) AS [t47]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t4].[day] AS [__wd_end_day],
                                      [t4].[wd_index] AS [_wd_end]
                                    FROM [scorecard_calendar] AS [t4]
                                  ) AS [t17]
                                    ON [t47].[month_end] = [t17].[__wd_end_day]
                                ) AS [t48]
                              ) AS [t49]
                            ) AS [t50]
                          ) AS [t51]
                          WHERE
                            [t51].[open_days] >= 10
                        ) AS [t53]
                        LEFT OUTER JOIN (
                          SELECT
                            [t4].[day] AS [_wd_end_day],
                            [t4].[wd_index] AS [wd_end]
                          FROM [scorecard_calendar] AS [t4]
                        ) AS [t16]
                          ON [t53].[month_end] = [t16].[_wd_end_day]
                      ) AS [t54]
                    ) AS [t56]
                    INNER JOIN (
                      SELECT
                        [t25].[visit_id],
                        [t25].[child_id],
                        [t25].[visit_type],
                        [t25].[visit_date],
                        [t25].[child_seen],
                        [t25].[child_seen_alone],
                        [t25].[la_code],
                        [t25].[load_id],
                        [t25].[wd_visit]
                      FROM (
                        SELECT
                          [t22].[visit_id],
                          [t22].[child_id],
                          [t22].[visit_type],
                          [t22].[visit_date],
                          [t22].[child_seen],
                          [t22].[child_seen_alone],
                          [t22].[la_code],
                          [t22].[load_id],
                          [t18].[_wd_visit_day],
                          [t18].[wd_visit]
                        FROM (
                          SELECT
                            [t5].[visit_id],
                            [t5].[child_id],
                            [t5].[visit_type],
                            [t5].[visit_date],
                            [t5].[child_seen],
                            [t5].[child_seen_alone],
                            [t5].[la_code],
                            [t5].[load_id]
                          FROM [visit] AS [t5]
                          WHERE
                            [t5].[visit_type] = 'CP'
                        ) AS [t22]
                        LEFT OUTER JOIN (
                          SELECT
                            [t4].[day] AS [_wd_visit_day],
                            [t4].[wd_index] AS [wd_visit]
                          FROM [scorecard_calendar] AS [t4]
                        ) AS [t18]
                          ON [t22].[visit_date] = [t18].[_wd_visit_day]
                      ) AS [t25]
                    ) AS [t28]
                      ON [t56].[la_code] = [t28].[la_code]
                      AND [t56].[child_id] = [t28].[child_id]
                      AND [t28].[visit_date] <= [t56].[month_end]
                      AND [t28].[wd_visit] >= (
                        [t56].[wd_end] - 10
                      )
                  ) AS [t57]
                ) AS [t58]
              ) AS [t60]
                ON [t56].[la_code] = [t60].[la_code]
                AND [t56].[child_id] = [t60].[child_id]
                AND [t56].[month] = [t60].[month]
            ) AS [t61]
          ) AS [t62]
          GROUP BY
            [t62].[la_code],
            [t62].[month],
            [t62].[_part],
            [t62].[breakdown_value]
        ) AS [t63]
      ) AS [t64]
      GROUP BY
        [t64].[la_code],
        [t64].[indicator_id],
        [t64].[month_index],
        [t64].[breakdown],
        [t64].[breakdown_value]
    ) AS [t66]
      ON [t66].[la_code] = [t8].[la_code]
      AND [t66].[indicator_id] = [t10].[indicator_id]
      AND [t66].[month_index] <= [t9].[month_index]
      AND [t66].[month_index] >= (
        [t9].[month_index] - IIF([t66].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t67]
  GROUP BY
    [t67].[la_code],
    [t67].[indicator_id],
    [t67].[month],
    [t67].[breakdown],
    [t67].[breakdown_value],
    [t67].[unit]
)
SELECT
  [t80].[la_code],
  [t80].[indicator_id],
  [t80].[month],
  [t80].[breakdown],
  [t80].[breakdown_value],
  [t80].[numerator],
  CASE
    WHEN [t80].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t80].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t80].[denominator]
  END AS [denominator],
  CASE
    WHEN [t80].[unit] = 'count'
    THEN [t80].[numerator]
    WHEN [t80].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t80].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t80].[unit] = 'percent'
    THEN IIF(
      [t80].[denominator] > 0,
      CAST([t80].[numerator] AS FLOAT) / [t80].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t80].[denominator] > 0,
      CAST([t80].[numerator] AS FLOAT) / [t80].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t74].[la_code],
      [t74].[indicator_id],
      [t74].[month],
      [t74].[breakdown],
      [t74].[breakdown_value],
      [t74].[unit],
      [t74].[numerator],
      [t74].[denominator]
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
          [t15].[la_code],
          [t15].[month],
          [t15].[month_end],
          [t15].[month_index],
          [t15].[indicator_id],
          [t15].[months_back],
          [t15].[unit]
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
            ('CPP6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t24]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t69].[la_code],
              [t69].[indicator_id],
              [t69].[month],
              [t69].[breakdown],
              [t69].[breakdown_value],
              [t69].[unit],
              [t69].[numerator],
              [t69].[denominator]
            FROM [t68] AS [t69]
            WHERE
              [t69].[breakdown] = 'month_alone'
          ) AS [t72]
          WHERE
            [t24].[la_code] = [t72].[la_code]
            AND [t24].[indicator_id] = [t72].[indicator_id]
            AND [t24].[month] = [t72].[month]
        )
    ) AS [t74]
  ) AS [t76]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t68] AS [t69]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t75].[la_code],
        [t75].[indicator_id],
        [t75].[month],
        [t75].[breakdown],
        [t75].[breakdown_value],
        [t75].[unit],
        [t75].[numerator],
        [t75].[denominator]
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
          ('CPP6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t69].[la_code],
                [t69].[indicator_id],
                [t69].[month],
                [t69].[breakdown],
                [t69].[breakdown_value],
                [t69].[unit],
                [t69].[numerator],
                [t69].[denominator]
              FROM [t68] AS [t69]
              WHERE
                [t69].[breakdown] = 'all'
            ) AS [t73]
            WHERE
              [t8].[la_code] = [t73].[la_code]
              AND [t10].[indicator_id] = [t73].[indicator_id]
              AND [t9].[month] = [t73].[month]
          )
      ) AS [t75]
    ) AS [t77]
  ) AS [t78]
) AS [t80]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t80].[la_code] = [t7].[la_code] AND [t80].[month] = [t7].[month]
