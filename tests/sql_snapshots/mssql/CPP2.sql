WITH [t14] AS (
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
), [t26] AS (
  SELECT
    [t25].[cp_plan_id],
    [t25].[referral_id],
    [t25].[child_id],
    [t25].[start_date],
    [t25].[end_date],
    [t25].[initial_category],
    [t25].[latest_category],
    [t25].[number_of_previous_plans],
    [t25].[la_code],
    [t25].[load_id],
    [t25].[_reach],
    [t25].[_earlier_reach],
    MAX(IIF(COALESCE([t25].[_earlier_reach] > [t25].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t25].[la_code], [t25].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t24].[cp_plan_id],
      [t24].[referral_id],
      [t24].[child_id],
      [t24].[start_date],
      [t24].[end_date],
      [t24].[initial_category],
      [t24].[latest_category],
      [t24].[number_of_previous_plans],
      [t24].[la_code],
      [t24].[load_id],
      [t24].[_reach],
      LAG([t24].[_reach]) OVER (
        PARTITION BY [t24].[la_code], [t24].[child_id]
        ORDER BY CASE WHEN [t24].[start_date] IS NULL THEN 1 ELSE 0 END, [t24].[start_date] ASC
      ) AS [_earlier_reach]
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
        [t23].[load_id],
        MAX(COALESCE([t23].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t23].[la_code], [t23].[child_id]
          ORDER BY CASE WHEN [t23].[start_date] IS NULL THEN 1 ELSE 0 END, [t23].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t16].[cp_plan_id],
          [t16].[referral_id],
          [t16].[child_id],
          [t16].[start_date],
          [t16].[end_date],
          [t16].[initial_category],
          [t16].[latest_category],
          [t16].[number_of_previous_plans],
          [t16].[la_code],
          [t16].[load_id]
        FROM [t14] AS [t16]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t18].[la_code],
                [t18].[child_id]
              FROM (
                SELECT
                  [t15].[la_code],
                  [t15].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t14] AS [t15]
                GROUP BY
                  [t15].[la_code],
                  [t15].[child_id]
              ) AS [t18]
              WHERE
                [t18].[_records] > 1
            ) AS [t21]
            WHERE
              [t16].[la_code] = [t21].[la_code] AND [t16].[child_id] = [t21].[child_id]
          )
      ) AS [t23]
    ) AS [t24]
  ) AS [t25]
), [t51] AS (
  SELECT
    [t50].[la_code],
    [t50].[indicator_id],
    [t50].[month],
    [t50].[breakdown],
    [t50].[breakdown_value],
    [t50].[unit],
    SUM([t50].[_num]) AS [numerator],
    SUM([t50].[_den]) AS [denominator]
  FROM (
    SELECT
      [t7].[la_code],
      [t8].[month],
      [t8].[month_end],
      [t8].[month_index],
      [t9].[indicator_id],
      [t9].[months_back],
      [t9].[unit],
      [t49].[breakdown],
      [t49].[breakdown_value],
      [t49].[_num],
      [t49].[_den],
      [t49].[_until_index]
    FROM [scorecard_councils] AS [t7]
    CROSS JOIN [scorecard_month_spine] AS [t8]
    CROSS JOIN (VALUES
      ('CPP2', 0, 'rate')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t47].[la_code],
        [t47].[indicator_id],
        [t47].[breakdown],
        [t47].[breakdown_value],
        [t47].[_num],
        [t47].[_den],
        [t47].[month_index] + [t47].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t46].[la_code],
          [t46].[indicator_id],
          [t46].[month_index],
          [t46].[breakdown],
          [t46].[breakdown_value],
          [t46].[_num],
          [t46].[_den],
          [t13].[months_back],
          [t10].[_offset]
        FROM (
          SELECT
            [t44].[la_code],
            [t44].[indicator_id],
            [t44].[month_index],
            [t44].[breakdown],
            [t44].[breakdown_value],
            SUM([t44].[numerator]) AS [_num],
            SUM([t44].[denominator]) AS [_den]
          FROM (
            SELECT
              [t43].[la_code],
              'CPP2' AS [indicator_id],
              (
                (
                  DATEPART(year, [t43].[month]) * 12
                ) + DATEPART(month, [t43].[month])
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              [t43].[breakdown_value],
              [t43].[numerator],
              [t43].[denominator]
            FROM (
              SELECT
                [t42].[la_code],
                [t42].[month],
                [t42].[_part],
                [t42].[breakdown_value],
                SUM([t42].[numerator]) AS [numerator],
                SUM([t42].[denominator]) AS [denominator]
              FROM (
                SELECT
                  [t41].[la_code],
                  [t41].[month],
                  1.0 AS [numerator],
                  1.0 AS [denominator],
                  0 AS [_part],
                  'all' AS [breakdown_value]
                FROM (
                  SELECT
                    *
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
                        [t8].[month],
                        [t8].[month_end],
                        [t8].[month_index]
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
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t16].[cp_plan_id],
                              [t16].[referral_id],
                              [t16].[child_id],
                              [t16].[start_date],
                              [t16].[end_date],
                              [t16].[initial_category],
                              [t16].[latest_category],
                              [t16].[number_of_previous_plans],
                              [t16].[la_code],
                              [t16].[load_id]
                            FROM [t14] AS [t16]
                            WHERE
                              NOT EXISTS(
                                SELECT
                                  1
                                FROM (
                                  SELECT
                                    [t18].[la_code],
                                    [t18].[child_id]
                                  FROM (
                                    SELECT
                                      [t15].[la_code],
                                      [t15].[child_id],
                                      COUNT_BIG(*) AS [_records]
                                    FROM [t14] AS [t15]
                                    GROUP BY
                                      [t15].[la_code],
                                      [t15].[child_id]
                                  ) AS [t18]
                                  WHERE
                                    [t18].[_records] > 1
                                ) AS [t21]
                                WHERE
                                  [t16].[la_code] = [t21].[la_code] AND [t16].[child_id] = [t21].[child_id]
                              )
                          ) AS [t22]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t27].[cp_plan_id],
                              [t27].[referral_id],
                              [t27].[child_id],
                              [t27].[start_date],
                              [t27].[end_date],
                              [t27].[initial_category],
                              [t27].[latest_category],
                              [t27].[number_of_previous_plans],
                              [t27].[la_code],
                              [t27].[load_id]
                            FROM [t26] AS [t27]
                            WHERE
                              IIF([t27].[_overlaps] <> 0, 1, 0) = 0
                          ) AS [t29]
                        ) AS [t31]
                        WHERE
                          [t31].[start_date] IS NOT NULL
                      ) AS [t34]
                      INNER JOIN [scorecard_month_spine] AS [t8]
                        ON [t34].[start_date] <= [t8].[month_end] AND [t34].[_until] > [t8].[month_end]
                    ) AS [t36]
                  ) AS [t37]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t39].[cp_plan_id],
                      [t39].[referral_id],
                      [t39].[child_id],
                      [t39].[start_date],
                      [t39].[end_date],
                      [t39].[initial_category],
                      [t39].[latest_category],
                      [t39].[number_of_previous_plans],
                      [t39].[la_code],
                      [t39].[load_id],
                      [t39].[month],
                      [t39].[month_end],
                      [t39].[month_index]
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
                        [t38].[_rank]
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
                          [t35].[month],
                          [t35].[month_end],
                          [t35].[month_index],
                          ROW_NUMBER() OVER (
                            PARTITION BY [t35].[la_code], [t35].[child_id], [t35].[month]
                            ORDER BY [t35].[start_date] DESC
                          ) - 1 AS [_rank]
                        FROM (
                          SELECT
                            [t33].[cp_plan_id],
                            [t33].[referral_id],
                            [t33].[child_id],
                            [t33].[start_date],
                            [t33].[end_date],
                            [t33].[initial_category],
                            [t33].[latest_category],
                            [t33].[number_of_previous_plans],
                            [t33].[la_code],
                            [t33].[load_id],
                            [t33].[month],
                            [t33].[month_end],
                            [t33].[month_index]
                          FROM (
                            SELECT
                              [t30].[cp_plan_id],
                              [t30].[referral_id],
                              [t30].[child_id],
                              [t30].[start_date],
                              [t30].[end_date],
                              [t30].[initial_category],
                              [t30].[latest_category],
                              [t30].[number_of_previous_plans],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_until],
                              [t8].[month],
                              [t8].[month_end],
                              [t8].[month_index]
                            FROM (
                              SELECT
                                [t27].[cp_plan_id],
                                [t27].[referral_id],
                                [t27].[child_id],
                                [t27].[start_date],
                                [t27].[end_date],
                                [t27].[initial_category],
                                [t27].[latest_category],
                                [t27].[number_of_previous_plans],
                                [t27].[la_code],
                                [t27].[load_id],
                                COALESCE([t27].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM [t26] AS [t27]
                              WHERE
                                [t27].[_overlaps] <> 0 AND [t27].[start_date] IS NOT NULL
                            ) AS [t30]
                            INNER JOIN [scorecard_month_spine] AS [t8]
                              ON [t30].[start_date] <= [t8].[month_end] AND [t30].[_until] > [t8].[month_end]
                          ) AS [t33]
                        ) AS [t35]
                      ) AS [t38]
                      WHERE
                        [t38].[_rank] = 0
                    ) AS [t39]
                  ) AS [t40]
                ) AS [t41]
              ) AS [t42]
              GROUP BY
                [t42].[la_code],
                [t42].[month],
                [t42].[_part],
                [t42].[breakdown_value]
            ) AS [t43]
          ) AS [t44]
          GROUP BY
            [t44].[la_code],
            [t44].[indicator_id],
            [t44].[month_index],
            [t44].[breakdown],
            [t44].[breakdown_value]
        ) AS [t46]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CPP2', 0, 'rate')) AS t3(indicator_id, months_back, unit)
        ) AS [t13]
          ON [t46].[indicator_id] = [t13].[indicator_id]
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
          (35)) AS t10(_offset)
      ) AS [t47]
      WHERE
        [t47].[_offset] <= IIF([t47].[breakdown] = 'month_alone', 0, [t47].[months_back])
    ) AS [t49]
      ON [t49].[la_code] = [t7].[la_code]
      AND [t49].[indicator_id] = [t9].[indicator_id]
      AND [t49].[_until_index] = [t8].[month_index]
  ) AS [t50]
  GROUP BY
    [t50].[la_code],
    [t50].[indicator_id],
    [t50].[month],
    [t50].[breakdown],
    [t50].[breakdown_value],
    [t50].[unit]
)
SELECT
  [t63].[la_code],
  [t63].[indicator_id],
  [t63].[month],
  [t63].[breakdown],
  [t63].[breakdown_value],
  [t63].[numerator],
  CASE
    WHEN [t63].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t63].[unit] = 'rate'
    THEN CAST([t6].[population] AS FLOAT)
    ELSE [t63].[denominator]
  END AS [denominator],
  CASE
    WHEN [t63].[unit] = 'count'
    THEN [t63].[numerator]
    WHEN [t63].[unit] = 'rate'
    THEN IIF(
      CAST([t6].[population] AS FLOAT) > 0,
      (
        [t63].[numerator] * 10000
      ) / CAST([t6].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t63].[unit] = 'percent'
    THEN IIF(
      [t63].[denominator] > 0,
      CAST([t63].[numerator] AS FLOAT) / [t63].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t63].[denominator] > 0,
      CAST([t63].[numerator] AS FLOAT) / [t63].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t57].[la_code],
      [t57].[indicator_id],
      [t57].[month],
      [t57].[breakdown],
      [t57].[breakdown_value],
      [t57].[unit],
      [t57].[numerator],
      [t57].[denominator]
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
          [t12].[la_code],
          [t12].[month],
          [t12].[month_end],
          [t12].[month_index],
          [t12].[indicator_id],
          [t12].[months_back],
          [t12].[unit]
        FROM (
          SELECT
            [t7].[la_code],
            [t8].[month],
            [t8].[month_end],
            [t8].[month_index],
            [t9].[indicator_id],
            [t9].[months_back],
            [t9].[unit]
          FROM [scorecard_councils] AS [t7]
          CROSS JOIN [scorecard_month_spine] AS [t8]
          CROSS JOIN (VALUES
            ('CPP2', 0, 'rate')) AS t9(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t52].[la_code],
              [t52].[indicator_id],
              [t52].[month],
              [t52].[breakdown],
              [t52].[breakdown_value],
              [t52].[unit],
              [t52].[numerator],
              [t52].[denominator]
            FROM [t51] AS [t52]
            WHERE
              [t52].[breakdown] = 'month_alone'
          ) AS [t55]
          WHERE
            [t19].[la_code] = [t55].[la_code]
            AND [t19].[indicator_id] = [t55].[indicator_id]
            AND [t19].[month] = [t55].[month]
        )
    ) AS [t57]
  ) AS [t59]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t51] AS [t52]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t58].[la_code],
        [t58].[indicator_id],
        [t58].[month],
        [t58].[breakdown],
        [t58].[breakdown_value],
        [t58].[unit],
        [t58].[numerator],
        [t58].[denominator]
      FROM (
        SELECT
          [t7].[la_code],
          [t9].[indicator_id],
          [t8].[month],
          [t9].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t7]
        CROSS JOIN [scorecard_month_spine] AS [t8]
        CROSS JOIN (VALUES
          ('CPP2', 0, 'rate')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t52].[la_code],
                [t52].[indicator_id],
                [t52].[month],
                [t52].[breakdown],
                [t52].[breakdown_value],
                [t52].[unit],
                [t52].[numerator],
                [t52].[denominator]
              FROM [t51] AS [t52]
              WHERE
                [t52].[breakdown] = 'all'
            ) AS [t56]
            WHERE
              [t7].[la_code] = [t56].[la_code]
              AND [t9].[indicator_id] = [t56].[indicator_id]
              AND [t8].[month] = [t56].[month]
          )
      ) AS [t58]
    ) AS [t60]
  ) AS [t61]
) AS [t63]
LEFT OUTER JOIN [scorecard_population] AS [t6]
  ON [t63].[la_code] = [t6].[la_code] AND [t63].[month] = [t6].[month]
