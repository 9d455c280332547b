WITH [t18] AS (
  SELECT
    [t5].[cp_plan_id],
    [t5].[referral_id],
    [t5].[child_id],
    [t5].[start_date],
    [t5].[end_date],
    [t5].[initial_category],
    [t5].[latest_category],
    [t5].[number_of_previous_plans],
    [t5].[la_code],
    [t5].[load_id]
  FROM [cp_plan] AS [t5]
  WHERE
    [t5].[start_date] IS NOT NULL
), [t43] AS (
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
    [t41].[_reach],
    [t41].[_earlier_reach],
    MAX(IIF(COALESCE([t41].[_earlier_reach] > [t41].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t41].[la_code], [t41].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
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
      [t36].[_reach],
      LAG([t36].[_reach]) OVER (
        PARTITION BY [t36].[la_code], [t36].[child_id]
        ORDER BY CASE WHEN [t36].[start_date] IS NULL THEN 1 ELSE 0 END, [t36].[start_date] ASC
      ) AS [_earlier_reach]
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
        MAX(COALESCE([t34].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t34].[la_code], [t34].[child_id]
          ORDER BY CASE WHEN [t34].[start_date] IS NULL THEN 1 ELSE 0 END, [t34].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t23].[cp_plan_id],
          [t23].[referral_id],
          [t23].[child_id],
          [t23].[start_date],
          [t23].[end_date],
          [t23].[initial_category],
          [t23].[latest_category],
          [t23].[number_of_previous_plans],
          [t23].[la_code],
          [t23].[load_id]
        FROM [t18] AS [t23]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t25].[la_code],
                [t25].[child_id]
              FROM (
                SELECT
                  [t22].[la_code],
                  [t22].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t18] AS [t22]
                GROUP BY
                  [t22].[la_code],
                  [t22].[child_id]
              ) AS [t25]
              WHERE
                [t25].[_records] > 1
            ) AS [t30]
            WHERE
              [t23].[la_code] = [t30].[la_code] AND [t23].[child_id] = [t30].[child_id]
          )
      ) AS [t34]
    ) AS [t36]
  ) AS [t41]
), [t85] AS (
  SELECT
    [t84].[la_code],
    [t84].[indicator_id],
    [t84].[month],
    [t84].[breakdown],
    [t84].[breakdown_value],
    [t84].[unit],
    SUM([t84].[_num]) AS [numerator],
    SUM([t84].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t83].[breakdown],
      [t83].[breakdown_value],
      [t83].[_num],
      [t83].[_den],
      [t83].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CPP5', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t81].[la_code],
        [t81].[indicator_id],
        [t81].[breakdown],
        [t81].[breakdown_value],
        [t81].[_num],
        [t81].[_den],
        [t81].[month_index] + [t81].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t80].[la_code],
          [t80].[indicator_id],
          [t80].[month_index],
          [t80].[breakdown],
          [t80].[breakdown_value],
          [t80].[_num],
          [t80].[_den],
          [t17].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t78].[la_code],
            [t78].[indicator_id],
            [t78].[month_index],
            [t78].[breakdown],
            [t78].[breakdown_value],
            SUM([t78].[numerator]) AS [_num],
            SUM([t78].[denominator]) AS [_den]
          FROM (
            SELECT
              [t77].[la_code],
              'CPP5' AS [indicator_id],
              (
                (
                  DATEPART(year, [t77].[month]) * 12
                ) + DATEPART(month, [t77].[month])
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              [t77].[breakdown_value],
              [t77].[numerator],
              [t77].[denominator]
            FROM (
              SELECT
                [t76].[la_code],
                [t76].[month],
                [t76].[_part],
                [t76].[breakdown_value],
                SUM([t76].[numerator]) AS [numerator],
                SUM([t76].[denominator]) AS [denominator]
              FROM (
                SELECT
                  [t75].[la_code],
                  [t75].[month],
                  IIF(
                    COALESCE(
                      (
                        COALESCE([t75].[_late_count], 0) = 0
                      )
                      AND (
                        IIF([t75].[_overdue] <> 0, 1, 0) = 0
                      ),
                      (1 = 0)
                    ),
                    1.0,
                    0.0
                  ) AS [numerator],
                  1.0 AS [denominator],
                  0 AS [_part],
                  'all' AS [breakdown_value]
                FROM (
                  SELECT
                    [t74].[cp_plan_id],
                    [t74].[referral_id],
                    [t74].[child_id],
                    [t74].[start_date],
                    [t74].[end_date],
                    [t74].[initial_category],
                    [t74].[latest_category],
                    [t74].[number_of_previous_plans],
                    [t74].[la_code],
                    [t74].[load_id],
                    [t74].[month],
                    [t74].[month_end],
                    [t74].[month_index],
                    [t74].[period_start],
                    [t74].[_done],
                    [t74].[_late_count],
                    [t74].[_last],
                    [t74].[_first],
                    [t74].[_from],
                    [t74].[_since],
                    [t74].[_next],
                    [t74].[_overdue]
                  FROM (
                    SELECT
                      [t73].[cp_plan_id],
                      [t73].[referral_id],
                      [t73].[child_id],
                      [t73].[start_date],
                      [t73].[end_date],
                      [t73].[initial_category],
                      [t73].[latest_category],
                      [t73].[number_of_previous_plans],
                      [t73].[la_code],
                      [t73].[load_id],
                      [t73].[month],
                      [t73].[month_end],
                      [t73].[month_index],
                      [t73].[period_start],
                      [t73].[_done],
                      [t73].[_late_count],
                      [t73].[_last],
                      [t73].[_first],
                      [t73].[_from],
                      [t73].[_since],
                      [t73].[_next],
                      [t73].[__overdue1],
                      [t73].[__overdue2],
                      [t73].[__overdue3],
                      CASE
                        WHEN [t73].[_next] = 1
                        THEN [t73].[__overdue1]
                        WHEN [t73].[_next] = 2
                        THEN [t73].[__overdue2]
                        ELSE [t73].[__overdue3]
                      END AS [_overdue]
                    FROM (
                      SELECT
                        [t72].[cp_plan_id],
                        [t72].[referral_id],
                        [t72].[child_id],
                        [t72].[start_date],
                        [t72].[end_date],
                        [t72].[initial_category],
                        [t72].[latest_category],
                        [t72].[number_of_previous_plans],
                        [t72].[la_code],
                        [t72].[load_id],
                        [t72].[month],
                        [t72].[month_end],
                        [t72].[month_index],
                        [t72].[period_start],
                        [t72].[_done],
                        [t72].[_late_count],
                        [t72].[_last],
                        [t72].[_first],
                        [t72].[_from],
                        COALESCE([t72].[_last], COALESCE([t72].[_from], [t72].[period_start])) AS [_since],
                        COALESCE([t72].[_done], 0) + COALESCE([t72].[_first], 1) AS [_next],
                        [t72].[month_end] > DATEADD(
                          MONTH,
                          CAST('3' AS BIGINT),
                          COALESCE([t72].[_last], COALESCE([t72].[_from], [t72].[period_start]))
                        ) AS [__overdue1],
                        [t72].[month_end] > DATEADD(
                          MONTH,
                          CAST('6' AS BIGINT),
                          COALESCE([t72].[_last], COALESCE([t72].[_from], [t72].[period_start]))
                        ) AS [__overdue2],
                        [t72].[month_end] > DATEADD(
                          MONTH,
                          CAST('6' AS BIGINT),
                          COALESCE([t72].[_last], COALESCE([t72].[_from], [t72].[period_start]))
                        ) AS [__overdue3]
                      FROM (
                        SELECT
                          [t71].[cp_plan_id],
                          [t71].[referral_id],
                          [t71].[child_id],
                          [t71].[start_date],
                          [t71].[end_date],
                          [t71].[initial_category],
                          [t71].[latest_category],
                          [t71].[number_of_previous_plans],
                          [t71].[la_code],
                          [t71].[load_id],
                          [t71].[month],
                          [t71].[month_end],
                          [t71].[month_index],
                          [t71].[period_start],
                          [t71].[_done],
                          [t71].[_late_count],
                          [t71].[_last],
                          [t71].[_first],
                          [t71].[_from]
                        FROM (
                          SELECT
                            [t70].[cp_plan_id],
                            [t70].[referral_id],
                            [t70].[child_id],
                            [t70].[start_date],
                            [t70].[end_date],
                            [t70].[initial_category],
                            [t70].[latest_category],
                            [t70].[number_of_previous_plans],
                            [t70].[la_code],
                            [t70].[load_id],
                            [t70].[month],
                            [t70].[month_end],
                            [t70].[month_index],
                            [t70].[period_start],
                            [t70].[_done],
                            [t70].[_late_count],
                            [t70].[_last],
                            [t40].[la_code] AS [la_code_right],
                            [t40].[cp_plan_id] AS [cp_plan_id_right],
                            [t40].[period_start] AS [period_start_right],
                            [t40].[_first],
                            [t40].[_from]
                          FROM (
                            SELECT
                              [t68].[cp_plan_id],
                              [t68].[referral_id],
                              [t68].[child_id],
                              [t68].[start_date],
                              [t68].[end_date],
                              [t68].[initial_category],
                              [t68].[latest_category],
                              [t68].[number_of_previous_plans],
                              [t68].[la_code],
                              [t68].[load_id],
                              [t68].[month],
                              [t68].[month_end],
                              [t68].[month_index],
                              [t68].[period_start],
                              [t68].[_done],
                              [t68].[_late_count],
                              [t68].[_last]
                            FROM (
                              SELECT
                                [t64].[cp_plan_id],
                                [t64].[referral_id],
                                [t64].[child_id],
                                [t64].[start_date],
                                [t64].[end_date],
                                [t64].[initial_category],
                                [t64].[latest_category],
                                [t64].[number_of_previous_plans],
                                [t64].[la_code],
                                [t64].[load_id],
                                [t64].[month],
                                [t64].[month_end],
                                [t64].[month_index],
                                [t64].[period_start],
                                [t67].[la_code] AS [la_code_right],
                                [t67].[cp_plan_id] AS [cp_plan_id_right],
                                [t67].[period_start] AS [period_start_right],
                                [t67].[month_end] AS [month_end_right],
                                [t67].[_done],
                                [t67].[_late_count],
                                [t67].[_last]
                              FROM (
                                SELECT
                                  [t62].[cp_plan_id],
                                  [t62].[referral_id],
                                  [t62].[child_id],
                                  [t62].[start_date],
                                  [t62].[end_date],
                                  [t62].[initial_category],
                                  [t62].[latest_category],
                                  [t62].[number_of_previous_plans],
                                  [t62].[la_code],
                                  [t62].[load_id],
                                  [t62].[month],
                                  [t62].[month_end],
                                  [t62].[month_index],
                                  [t62].[start_date] AS [period_start]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t57].[cp_plan_id],
                                      [t57].[referral_id],
                                      [t57].[child_id],
                                      [t57].[start_date],
                                      [t57].[end_date],
                                      [t57].[initial_category],
                                      [t57].[latest_category],
                                      [t57].[number_of_previous_plans],
                                      [t57].[la_code],
                                      [t57].[load_id],
                                      [t57].[month],
                                      [t57].[month_end],
                                      [t57].[month_index]
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
                                        [t54].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
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
                                          COALESCE([t49].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              [t23].[cp_plan_id],
                                              [t23].[referral_id],
                                              [t23].[child_id],
                                              [t23].[start_date],
                                              [t23].[end_date],
                                              [t23].[initial_category],
                                              [t23].[latest_category],
                                              [t23].[number_of_previous_plans],
                                              [t23].[la_code],
                                              [t23].[load_id]
                                            FROM [t18] AS [t23]
                                            WHERE
                                              NOT EXISTS(
                                                SELECT
                                                  1
                                                FROM (
                                                  SELECT
                                                    [t25].[la_code],
                                                    [t25].[child_id]
                                                  FROM (
                                                    SELECT
                                                      [t22].[la_code],
                                                      [t22].[child_id],
                                                      COUNT_BIG(*) AS [_records]
                                                    FROM [t18] AS [t22]
                                                    GROUP BY
                                                      [t22].[la_code],
                                                      [t22].[child_id]
                                                  ) AS [t25]
                                                  WHERE
                                                    [t25].[_records] > 1
                                                ) AS [t30]
                                                WHERE
                                                  [t23].[la_code] = [t30].[la_code] AND [t23].[child_id] = [t30].[child_id]
                                              )
                                          ) AS [t33]
                                          UNION ALL
                                          SELECT
                                            *
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
                                              [t44].[load_id]
                                            FROM [t43] AS [t44]
                                            WHERE
                                              IIF([t44].[_overlaps] <> 0, 1, 0) = 0
                                          ) AS [t47]
                                        ) AS [t49]
                                        WHERE
                                          [t49].[start_date] IS NOT NULL
                                      ) AS [t54]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t54].[start_date] <= [t10].[month_end] AND [t54].[_until] > [t10].[month_end]
                                    ) AS [t57]
                                  ) AS [t58]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t60].[cp_plan_id],
                                      [t60].[referral_id],
                                      [t60].[child_id],
                                      [t60].[start_date],
                                      [t60].[end_date],
                                      [t60].[initial_category],
                                      [t60].[latest_category],
                                      [t60].[number_of_previous_plans],
                                      [t60].[la_code],
                                      [t60].[load_id],
                                      [t60].[month],
                                      [t60].[month_end],
                                      [t60].[month_index]
                                    FROM (
                                      SELECT
                                        [t59].[cp_plan_id],
                                        [t59].[referral_id],
                                        [t59].[child_id],
                                        [t59].[start_date],
                                        [t59].[end_date],
                                        [t59].[initial_category],
                                        [t59].[latest_category],
                                        [t59].[number_of_previous_plans],
                                        [t59].[la_code],
                                        [t59].[load_id],
                                        [t59].[month],
                                        [t59].[month_end],
                                        [t59].[month_index],
                                        [t59].[_rank]
                                      FROM (
                                        SELECT
                                          [t56].[cp_plan_id],
                                          [t56].[referral_id],
                                          [t56].[child_id],
                                          [t56].[start_date],
                                          [t56].[end_date],
                                          [t56].[initial_category],
                                          [t56].[latest_category],
                                          [t56].[number_of_previous_plans],
                                          [t56].[la_code],
                                          [t56].[load_id],
                                          [t56].[month],
                                          [t56].[month_end],
                                          [t56].[month_index],
                                          ROW_NUMBER() OVER (
                                            PARTITION BY [t56].[la_code], [t56].[child_id], [t56].[month]
                                            ORDER BY [t56].[start_date] DESC
                                          ) - 1 AS [_rank]
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
                                            [t53].[month_index]
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
                                              [t48].[_until],
                                              [t10].[month],
                                              [t10].[month_end],
                                              [t10].[month_index]
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
                                                COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                              FROM [t43] AS [t44]
                                              WHERE
                                                [t44].[_overlaps] <> 0 AND [t44].[start_date] IS NOT NULL
                                            ) AS [t48]
                                            INNER JOIN [scorecard_month_spine] AS [t10]
                                              ON [t48].[start_date] <= [t10].[month_end] AND [t48].[_until] > [t10].[month_end]
                                          ) AS [t53]
                                        ) AS [t56]
                                      ) AS [t59]
                                      WHERE
                                        [t59].[_rank] = 0
                                    ) AS [t60]
                                  ) AS [t61]
                                ) AS [t62]
                                WHERE
                                  [t62].[start_date] <= DATEADD(MONTH, -CAST('3' AS BIGINT), [t62].[month_end])
                              ) AS [t64]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t65].[la_code],
                                  [t65].[cp_plan_id],
                                  [t65].[period_start],
                                  [t65].[month_end],
                                  COUNT([t65].[review_date]) AS [_done],
                                  SUM(IIF([t65].[_late] <> 0, 1, 0)) AS [_late_count],
                                  MAX([t65].[review_date]) AS [_last]
                                FROM (
                                  SELECT
                                    [t64].[cp_plan_id],
                                    [t64].[referral_id],
                                    [t64].[child_id],
                                    [t64].[start_date],
                                    [t64].[end_date],
                                    [t64].[initial_category],
                                    [t64].[latest_category],
                                    [t64].[number_of_previous_plans],
                                    [t64].[la_code],
                                    [t64].[load_id],
                                    [t64].[month],
                                    [t64].[month_end],
                                    [t64].[month_index],
                                    [t64].[period_start],
                                    [t55].[la_code] AS [la_code_right],
                                    [t55].[cp_plan_id] AS [cp_plan_id_right],
                                    [t55].[period_start] AS [period_start_right],
                                    [t55].[review_date],
                                    [t55].[_first],
                                    [t55].[_from],
                                    [t55].[_seq],
                                    [t55].[_previous],
                                    [t55].[_late]
                                  FROM (
                                    SELECT
                                      [t62].[cp_plan_id],
                                      [t62].[referral_id],
                                      [t62].[child_id],
                                      [t62].[start_date],
                                      [t62].[end_date],
                                      [t62].[initial_category],
                                      [t62].[latest_category],
                                      [t62].[number_of_previous_plans],
                                      [t62].[la_code],
                                      [t62].[load_id],
                                      [t62].[month],
                                      [t62].[month_end],
                                      [t62].[month_index],
                                      [t62].[start_date] AS [period_start]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t57].[cp_plan_id],
                                          [t57].[referral_id],
                                          [t57].[child_id],
                                          [t57].[start_date],
                                          [t57].[end_date],
                                          [t57].[initial_category],
                                          [t57].[latest_category],
                                          [t57].[number_of_previous_plans],
                                          [t57].[la_code],
                                          [t57].[load_id],
                                          [t57].[month],
                                          [t57].[month_end],
                                          [t57].[month_index]
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
                                            [t54].[_until],
                                            [t10].[month],
                                            [t10].[month_end],
                                            [t10].[month_index]
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
                                              COALESCE([t49].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  [t23].[cp_plan_id],
                                                  [t23].[referral_id],
                                                  [t23].[child_id],
                                                  [t23].[start_date],
                                                  [t23].[end_date],
                                                  [t23].[initial_category],
                                                  [t23].[latest_category],
                                                  [t23].[number_of_previous_plans],
                                                  [t23].[la_code],
                                                  [t23].[load_id]
                                                FROM [t18] AS [t23]
                                                WHERE
                                                  NOT EXISTS(
                                                    SELECT
                                                      1
                                                    FROM (
                                                      SELECT
                                                        [t25].[la_code],
                                                        [t25].[child_id]
                                                      FROM (
                                                        SELECT
                                                          [t22].[la_code],
                                                          [t22].[child_id],
                                                          COUNT_BIG(*) AS [_records]
                                                        FROM [t18] AS [t22]
                                                        GROUP BY
                                                          [t22].[la_code],
                                                          [t22].[child_id]
                                                      ) AS [t25]
                                                      WHERE
                                                        [t25].[_records] > 1
                                                    ) AS [t30]
                                                    WHERE
                                                      [t23].[la_code] = [t30].[la_code] AND [t23].[child_id] = [t30].[child_id]
                                                  )
                                              ) AS [t33]
                                              UNION ALL
                                              SELECT
                                                *
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
                                                  [t44].[load_id]
                                                FROM [t43] AS [t44]
                                                WHERE
                                                  IIF([t44].[_overlaps] <> 0, 1, 0) = 0
                                              ) AS [t47]
                                            ) AS [t49]
                                            WHERE
                                              [t49].[start_date] IS NOT NULL
                                          ) AS [t54]
                                          INNER JOIN [scorecard_month_spine] AS [t10]
                                            ON [t54].[start_date] <= [t10].[month_end] AND [t54].[_until] > [t10].[month_end]
                                        ) AS [t57]
                                      ) AS [t58]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t60].[cp_plan_id],
                                          [t60].[referral_id],
                                          [t60].[child_id],
                                          [t60].[start_date],
                                          [t60].[end_date],
                                          [t60].[initial_category],
                                          [t60].[latest_category],
                                          [t60].[number_of_previous_plans],
                                          [t60].[la_code],
                                          [t60].[load_id],
                                          [t60].[month],
                                          [t60].[month_end],
                                          [t60].[month_index]
                                        FROM (
                                          SELECT
                                            [t59].[cp_plan_id],
                                            [t59].[referral_id],
                                            [t59].[child_id],
                                            [t59].[start_date],
                                            [t59].[end_date],
                                            [t59].[initial_category],
                                            [t59].[latest_category],
                                            [t59].[number_of_previous_plans],
                                            [t59].[la_code],
                                            [t59].[load_id],
                                            [t59].[month],
                                            [t59].[month_end],
                                            [t59].[month_index],
                                            [t59].[_rank]
                                          FROM (
                                            SELECT
                                              [t56].[cp_plan_id],
                                              [t56].[referral_id],
                                              [t56].[child_id],
                                              [t56].[start_date],
                                              [t56].[end_date],
                                              [t56].[initial_category],
                                              [t56].[latest_category],
                                              [t56].[number_of_previous_plans],
                                              [t56].[la_code],
                                              [t56].[load_id],
                                              [t56].[month],
                                              [t56].[month_end],
                                              [t56].[month_index],
                                              ROW_NUMBER() OVER (
                                                PARTITION BY [t56].[la_code], [t56].[child_id], [t56].[month]
                                                ORDER BY [t56].[start_date] DESC
                                              ) - 1 AS [_rank]
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
                                                [t53].[month_index]
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
                                                  [t48].[_until],
                                                  [t10].[month],
                                                  [t10].[month_end],
                                                  [t10].[month_index]
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
                                                    COALESCE([t44].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                                  FROM [t43] AS [t44]
                                                  WHERE
                                                    [t44].[_overlaps] <> 0 AND [t44].[start_date] IS NOT NULL
                                                ) AS [t48]
                                                INNER JOIN [scorecard_month_spine] AS [t10]
                                                  ON [t48].[start_date] <= [t10].[month_end] AND [t48].[_until] > [t10].[month_end]
                                              ) AS [t53]
                                            ) AS [t56]
                                          ) AS [t59]
                                          WHERE
                                            [t59].[_rank] = 0
                                        ) AS [t60]
                                      ) AS [t61]
                                    ) AS [t62]
                                    WHERE
                                      [t62].[start_date] <= DATEADD(MONTH, -CAST('3' AS BIGINT), [t62].[month_end])
                                  ) AS [t64]
                                  INNER JOIN (
                                    SELECT
                                      [t50].[la_code],
                                      [t50].[cp_plan_id],
                                      [t50].[period_start],
                                      [t50].[review_date],
                                      [t50].[_first],
                                      [t50].[_from],
                                      [t50].[_seq],
                                      [t50].[_previous],
                                      [t50].[_late]
                                    FROM (
                                      SELECT
                                        [t45].[la_code],
                                        [t45].[cp_plan_id],
                                        [t45].[period_start],
                                        [t45].[review_date],
                                        [t45].[_first],
                                        [t45].[_from],
                                        [t45].[_seq],
                                        [t45].[_previous],
                                        [t45].[review_date] > DATEADD(MONTH, CAST('3' AS BIGINT), [t45].[_previous]) AS [__late1],
                                        [t45].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t45].[_previous]) AS [__late2],
                                        [t45].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t45].[_previous]) AS [__late3],
                                        CASE
                                          WHEN [t45].[_seq] = 1
                                          THEN [t45].[review_date] > DATEADD(MONTH, CAST('3' AS BIGINT), [t45].[_previous])
                                          WHEN [t45].[_seq] = 2
                                          THEN [t45].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t45].[_previous])
                                          ELSE [t45].[review_date] > DATEADD(MONTH, CAST('6' AS BIGINT), [t45].[_previous])
                                        END AS [_late]
                                      FROM (
                                        SELECT
                                          [t42].[la_code],
                                          [t42].[cp_plan_id],
                                          [t42].[period_start],
                                          [t42].[review_date],
                                          [t42].[_first],
                                          [t42].[_from],
                                          (
                                            ROW_NUMBER() OVER (
                                              PARTITION BY [t42].[la_code], [t42].[cp_plan_id], [t42].[period_start]
                                              ORDER BY CASE WHEN [t42].[review_date] IS NULL THEN 1 ELSE 0 END, [t42].[review_date] ASC
                                            ) - 1
                                          ) + [t42].[_first] AS [_seq],
                                          COALESCE(
                                            LAG([t42].[review_date]) OVER (
                                              PARTITION BY [t42].[la_code], [t42].[cp_plan_id], [t42].[period_start]
                                              ORDER BY CASE WHEN [t42].[review_date] IS NULL THEN 1 ELSE 0 END, [t42].[review_date] ASC
                                            ),
                                            [t42].[_from]
                                          ) AS [_previous]
                                        FROM (
                                          SELECT
                                            [t21].[la_code],
                                            [t21].[cp_plan_id],
                                            [t38].[period_start],
                                            [t21].[review_date],
                                            [t38].[_first],
                                            [t38].[_from]
                                          FROM (
                                            SELECT DISTINCT
                                              [t7].[la_code],
                                              [t7].[cp_plan_id],
                                              [t7].[review_date]
                                            FROM [cp_review] AS [t7]
                                          ) AS [t21]
                                          INNER JOIN (
                                            SELECT
                                              [t35].[la_code],
                                              [t35].[cp_plan_id],
                                              [t35].[period_start],
                                              [t35].[period_end],
                                              [t35].[period_start_seen],
                                              [t35].[_first],
                                              [t35].[_from]
                                            FROM (
                                              SELECT
                                                [t32].[la_code],
                                                [t32].[cp_plan_id],
                                                [t32].[period_start],
                                                [t32].[period_end],
                                                [t32].[period_start_seen],
                                                [t32].[_held_from],
                                                IIF(
                                                  [t32].[period_start_seen] <> 0
                                                  AND (
                                                    (
                                                      [t32].[_held_from] IS NULL
                                                    )
                                                    OR (
                                                      [t32].[period_start] >= [t32].[_held_from]
                                                    )
                                                  ),
                                                  1,
                                                  3
                                                ) AS [_first],
                                                IIF(
                                                  [t32].[period_start_seen] <> 0
                                                  AND (
                                                    (
                                                      [t32].[_held_from] IS NULL
                                                    )
                                                    OR (
                                                      [t32].[period_start] >= [t32].[_held_from]
                                                    )
                                                  ),
                                                  [t32].[period_start],
                                                  GREATEST([t32].[period_start], COALESCE([t32].[_held_from], [t32].[period_start]))
                                                ) AS [_from]
                                              FROM (
                                                SELECT
                                                  [t31].[la_code],
                                                  [t31].[cp_plan_id],
                                                  [t31].[period_start],
                                                  [t31].[period_end],
                                                  [t31].[period_start_seen],
                                                  [t31].[_held_from]
                                                FROM (
                                                  SELECT
                                                    [t19].[la_code],
                                                    [t19].[cp_plan_id],
                                                    [t19].[period_start],
                                                    [t19].[period_end],
                                                    [t19].[period_start_seen],
                                                    [t28].[la_code] AS [la_code_right],
                                                    [t28].[_held_from]
                                                  FROM (
                                                    SELECT
                                                      [t5].[la_code],
                                                      [t5].[cp_plan_id],
                                                      [t5].[start_date] AS [period_start],
                                                      [t5].[end_date] AS [period_end],
                                                      1 AS [period_start_seen]
                                                    FROM [cp_plan] AS [t5]
                                                  ) AS [t19]
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      [t20].[la_code],
                                                      MIN([t20].[period_start]) AS [_held_from]
                                                    FROM (
                                                      SELECT
                                                        [t6].[source],
                                                        [t6].[table_name],
                                                        [t6].[period_start],
                                                        [t6].[period_end],
                                                        [t6].[la_code],
                                                        [t6].[load_id]
                                                      FROM [coverage] AS [t6]
                                                      WHERE
                                                        [t6].[table_name] = 'cp_review'
                                                    ) AS [t20]
                                                    GROUP BY
                                                      [t20].[la_code]
                                                  ) AS [t28]
                                                    ON [t19].[la_code] = [t28].[la_code]
                                                ) AS [t31]
                                              ) AS [t32]
                                            ) AS [t35]
                                          ) AS [t38]
                                            ON [t21].[la_code] = [t38].[la_code]
                                            AND [t21].[cp_plan_id] = [t38].[cp_plan_id]
                                            AND [t21].[review_date] >= [t38].[period_start]
                                            AND (
                                              (
                                                [t38].[period_end] IS NULL
                                              )
                                              OR (
                                                [t21].[review_date] <= [t38].[period_end]
                                              )
                                            )
                                        ) AS [t42]
                                      ) AS [t45]
                                    ) AS [t50]
                                  ) AS [t55]
                                    ON [t64].[la_code] = [t55].[la_code]
                                    AND [t64].[cp_plan_id] = [t55].[cp_plan_id]
                                    AND [t64].[period_start] = [t55].[period_start]
                                    AND [t55].[review_date] <= [t64].[month_end]
                                ) AS [t65]
                                GROUP BY
                                  [t65].[la_code],
                                  [t65].[cp_plan_id],
                                  [t65].[period_start],
                                  [t65].[month_end]
                              ) AS [t67]
                                ON [t64].[la_code] = [t67].[la_code]
                                AND [t64].[cp_plan_id] = [t67].[cp_plan_id]
                                AND [t64].[period_start] = [t67].[period_start]
                                AND [t64].[month_end] = [t67].[month_end]
                            ) AS [t68]
                          ) AS [t70]
                          LEFT OUTER JOIN (
                            SELECT DISTINCT
                              [t37].[la_code],
                              [t37].[cp_plan_id],
                              [t37].[period_start],
                              [t37].[_first],
                              [t37].[_from]
                            FROM (
                              SELECT
                                [t35].[la_code],
                                [t35].[cp_plan_id],
                                [t35].[period_start],
                                [t35].[period_end],
                                [t35].[period_start_seen],
                                [t35].[_first],
                                [t35].[_from]
                              FROM (
                                SELECT
                                  [t32].[la_code],
                                  [t32].[cp_plan_id],
                                  [t32].[period_start],
                                  [t32].[period_end],
                                  [t32].[period_start_seen],
                                  [t32].[_held_from],
                                  IIF(
                                    [t32].[period_start_seen] <> 0
                                    AND (
                                      (
                                        [t32].[_held_from] IS NULL
                                      )
                                      OR (
                                        [t32].[period_start] >= [t32].[_held_from]
                                      )
                                    ),
                                    1,
                                    3
                                  ) AS [_first],
                                  IIF(
                                    [t32].[period_start_seen] <> 0
                                    AND (
                                      (
                                        [t32].[_held_from] IS NULL
                                      )
                                      OR (
                                        [t32].[period_start] >= [t32].[_held_from]
                                      )
                                    ),
                                    [t32].[period_start],
                                    GREATEST([t32].[period_start], COALESCE([t32].[_held_from], [t32].[period_start]))
                                  ) AS [_from]
                                FROM (
                                  SELECT
                                    [t31].[la_code],
                                    [t31].[cp_plan_id],
                                    [t31].[period_start],
                                    [t31].[period_end],
                                    [t31].[period_start_seen],
                                    [t31].[_held_from]
                                  FROM (
                                    SELECT
                                      [t19].[la_code],
                                      [t19].[cp_plan_id],
                                      [t19].[period_start],
                                      [t19].[period_end],
                                      [t19].[period_start_seen],
                                      [t28].[la_code] AS [la_code_right],
                                      [t28].[_held_from]
                                    FROM (
                                      SELECT
                                        [t5].[la_code],
                                        [t5].[cp_plan_id],
                                        [t5].[start_date] AS [period_start],
                                        [t5].[end_date] AS [period_end],
                                        1 AS [period_start_seen]
                                      FROM [cp_plan] AS [t5]
                                    ) AS [t19]
                                    LEFT OUTER JOIN (
                                      SELECT
                                        [t20].[la_code],
                                        MIN([t20].[period_start]) AS [_held_from]
                                      FROM (
                                        SELECT
                                          [t6].[source],
                                          [t6].[table_name],
                                          [t6].[period_start],
                                          [t6].[period_end],
                                          [t6].[la_code],
                                          [t6].[load_id]
                                        FROM [coverage] AS [t6]
                                        WHERE
                                          [t6].[table_name] = 'cp_review'
                                      ) AS [t20]
                                      GROUP BY
                                        [t20].[la_code]
                                    ) AS [t28]
                                      ON [t19].[la_code] = [t28].[la_code]
                                  ) AS [t31]
                                ) AS [t32]
                              ) AS [t35]
                            ) AS [t37]
                          ) AS [t40]
                            ON [t70].[la_code] = [t40].[la_code]
                            AND [t70].[cp_plan_id] = [t40].[cp_plan_id]
                            AND [t70].[period_start] = [t40].[period_start]
                        ) AS [t71]
                      ) AS [t72]
                    ) AS [t73]
                  ) AS [t74]
                ) AS [t75]
              ) AS [t76]
              GROUP BY
                [t76].[la_code],
                [t76].[month],
                [t76].[_part],
                [t76].[breakdown_value]
            ) AS [t77]
          ) AS [t78]
          GROUP BY
            [t78].[la_code],
            [t78].[indicator_id],
            [t78].[month_index],
            [t78].[breakdown],
            [t78].[breakdown_value]
        ) AS [t80]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CPP5', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t17]
          ON [t80].[indicator_id] = [t17].[indicator_id]
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
          (35)) AS t12(_offset)
      ) AS [t81]
      WHERE
        [t81].[_offset] <= IIF([t81].[breakdown] = 'month_alone', 0, [t81].[months_back])
    ) AS [t83]
      ON [t83].[la_code] = [t9].[la_code]
      AND [t83].[indicator_id] = [t11].[indicator_id]
      AND [t83].[_until_index] = [t10].[month_index]
  ) AS [t84]
  GROUP BY
    [t84].[la_code],
    [t84].[indicator_id],
    [t84].[month],
    [t84].[breakdown],
    [t84].[breakdown_value],
    [t84].[unit]
)
SELECT
  [t97].[la_code],
  [t97].[indicator_id],
  [t97].[month],
  [t97].[breakdown],
  [t97].[breakdown_value],
  [t97].[numerator],
  CASE
    WHEN [t97].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t97].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t97].[denominator]
  END AS [denominator],
  CASE
    WHEN [t97].[unit] = 'count'
    THEN [t97].[numerator]
    WHEN [t97].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t97].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t97].[unit] = 'percent'
    THEN IIF(
      [t97].[denominator] > 0,
      CAST([t97].[numerator] AS FLOAT) / [t97].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t97].[denominator] > 0,
      CAST([t97].[numerator] AS FLOAT) / [t97].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
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
    FROM (
      SELECT
        [t27].[la_code],
        [t27].[indicator_id],
        [t27].[month],
        [t27].[unit],
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
            ('CPP5', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS [t16]
        WHERE
          [t16].[months_back] > 0
      ) AS [t27]
      WHERE
        NOT EXISTS(
          SELECT
            1
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
            FROM [t85] AS [t86]
            WHERE
              [t86].[breakdown] = 'month_alone'
          ) AS [t89]
          WHERE
            [t27].[la_code] = [t89].[la_code]
            AND [t27].[indicator_id] = [t89].[indicator_id]
            AND [t27].[month] = [t89].[month]
        )
    ) AS [t91]
  ) AS [t93]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t85] AS [t86]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t92].[la_code],
        [t92].[indicator_id],
        [t92].[month],
        [t92].[breakdown],
        [t92].[breakdown_value],
        [t92].[unit],
        [t92].[numerator],
        [t92].[denominator]
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
          ('CPP5', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
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
              FROM [t85] AS [t86]
              WHERE
                [t86].[breakdown] = 'all'
            ) AS [t90]
            WHERE
              [t9].[la_code] = [t90].[la_code]
              AND [t11].[indicator_id] = [t90].[indicator_id]
              AND [t10].[month] = [t90].[month]
          )
      ) AS [t92]
    ) AS [t94]
  ) AS [t95]
) AS [t97]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t97].[la_code] = [t8].[la_code] AND [t97].[month] = [t8].[month]
