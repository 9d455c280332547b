WITH [t14] AS (
  SELECT
    [t5].[referral_id],
    [t5].[child_id],
    [t5].[referral_date],
    [t5].[referral_source],
    [t5].[primary_need],
    [t5].[referral_nfa],
    [t5].[closure_date],
    [t5].[closure_reason],
    [t5].[team],
    [t5].[la_code],
    [t5].[load_id]
  FROM [cin_episode] AS [t5]
  WHERE
    IIF(COALESCE([t5].[referral_nfa], (1 = 0)), 1, 0) = 0
    AND [t5].[referral_date] IS NOT NULL
), [t26] AS (
  SELECT
    [t25].[referral_id],
    [t25].[child_id],
    [t25].[referral_date],
    [t25].[referral_source],
    [t25].[primary_need],
    [t25].[referral_nfa],
    [t25].[closure_date],
    [t25].[closure_reason],
    [t25].[team],
    [t25].[la_code],
    [t25].[load_id],
    [t25].[_reach],
    [t25].[_earlier_reach],
    MAX(IIF(COALESCE([t25].[_earlier_reach] > [t25].[referral_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t25].[la_code], [t25].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t24].[referral_id],
      [t24].[child_id],
      [t24].[referral_date],
      [t24].[referral_source],
      [t24].[primary_need],
      [t24].[referral_nfa],
      [t24].[closure_date],
      [t24].[closure_reason],
      [t24].[team],
      [t24].[la_code],
      [t24].[load_id],
      [t24].[_reach],
      LAG([t24].[_reach]) OVER (
        PARTITION BY [t24].[la_code], [t24].[child_id]
        ORDER BY CASE WHEN [t24].[referral_date] IS NULL THEN 1 ELSE 0 END, [t24].[referral_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t23].[referral_id],
        [t23].[child_id],
        [t23].[referral_date],
        [t23].[referral_source],
        [t23].[primary_need],
        [t23].[referral_nfa],
        [t23].[closure_date],
        [t23].[closure_reason],
        [t23].[team],
        [t23].[la_code],
        [t23].[load_id],
        MAX(COALESCE([t23].[closure_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t23].[la_code], [t23].[child_id]
          ORDER BY CASE WHEN [t23].[referral_date] IS NULL THEN 1 ELSE 0 END, [t23].[referral_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t17].[referral_id],
          [t17].[child_id],
          [t17].[referral_date],
          [t17].[referral_source],
          [t17].[primary_need],
          [t17].[referral_nfa],
          [t17].[closure_date],
          [t17].[closure_reason],
          [t17].[team],
          [t17].[la_code],
          [t17].[load_id]
        FROM [t14] AS [t17]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t19].[la_code],
                [t19].[child_id]
              FROM (
                SELECT
                  [t15].[la_code],
                  [t15].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t14] AS [t15]
                GROUP BY
                  [t15].[la_code],
                  [t15].[child_id]
              ) AS [t19]
              WHERE
                [t19].[_records] > 1
            ) AS [t21]
            WHERE
              [t17].[la_code] = [t21].[la_code] AND [t17].[child_id] = [t21].[child_id]
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
      ('CIN2', 0, 'rate')) AS t9(indicator_id, months_back, unit)
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
              'CIN2' AS [indicator_id],
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
                      [t36].[referral_id],
                      [t36].[child_id],
                      [t36].[referral_date],
                      [t36].[referral_source],
                      [t36].[primary_need],
                      [t36].[referral_nfa],
                      [t36].[closure_date],
                      [t36].[closure_reason],
                      [t36].[team],
                      [t36].[la_code],
                      [t36].[load_id],
                      [t36].[month],
                      [t36].[month_end],
                      [t36].[month_index]
                    FROM (
                      SELECT
                        [t34].[referral_id],
                        [t34].[child_id],
                        [t34].[referral_date],
                        [t34].[referral_source],
                        [t34].[primary_need],
                        [t34].[referral_nfa],
                        [t34].[closure_date],
                        [t34].[closure_reason],
                        [t34].[team],
                        [t34].[la_code],
                        [t34].[load_id],
                        [t34].[_until],
                        [t8].[month],
                        [t8].[month_end],
                        [t8].[month_index]
                      FROM (
                        SELECT
                          [t31].[referral_id],
                          [t31].[child_id],
                          [t31].[referral_date],
                          [t31].[referral_source],
                          [t31].[primary_need],
                          [t31].[referral_nfa],
                          [t31].[closure_date],
                          [t31].[closure_reason],
                          [t31].[team],
                          [t31].[la_code],
                          [t31].[load_id],
                          COALESCE([t31].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t17].[referral_id],
                              [t17].[child_id],
                              [t17].[referral_date],
                              [t17].[referral_source],
                              [t17].[primary_need],
                              [t17].[referral_nfa],
                              [t17].[closure_date],
                              [t17].[closure_reason],
                              [t17].[team],
                              [t17].[la_code],
                              [t17].[load_id]
                            FROM [t14] AS [t17]
                            WHERE
                              NOT EXISTS(
                                SELECT
                                  1
                                FROM (
                                  SELECT
                                    [t19].[la_code],
                                    [t19].[child_id]
                                  FROM (
                                    SELECT
                                      [t15].[la_code],
                                      [t15].[child_id],
                                      COUNT_BIG(*) AS [_records]
                                    FROM [t14] AS [t15]
                                    GROUP BY
                                      [t15].[la_code],
                                      [t15].[child_id]
                                  ) AS [t19]
                                  WHERE
                                    [t19].[_records] > 1
                                ) AS [t21]
                                WHERE
                                  [t17].[la_code] = [t21].[la_code] AND [t17].[child_id] = [t21].[child_id]
                              )
                          ) AS [t22]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t27].[referral_id],
                              [t27].[child_id],
                              [t27].[referral_date],
                              [t27].[referral_source],
                              [t27].[primary_need],
                              [t27].[referral_nfa],
                              [t27].[closure_date],
                              [t27].[closure_reason],
                              [t27].[team],
                              [t27].[la_code],
                              [t27].[load_id]
                            FROM [t26] AS [t27]
                            WHERE
                              IIF([t27].[_overlaps] <> 0, 1, 0) = 0
                          ) AS [t29]
                        ) AS [t31]
                        WHERE
                          [t31].[referral_date] IS NOT NULL
                      ) AS [t34]
                      INNER JOIN [scorecard_month_spine] AS [t8]
                        ON [t34].[referral_date] <= [t8].[month_end] AND [t34].[_until] > [t8].[month_end]
                    ) AS [t36]
                  ) AS [t37]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t39].[referral_id],
                      [t39].[child_id],
                      [t39].[referral_date],
                      [t39].[referral_source],
                      [t39].[primary_need],
                      [t39].[referral_nfa],
                      [t39].[closure_date],
                      [t39].[closure_reason],
                      [t39].[team],
                      [t39].[la_code],
                      [t39].[load_id],
                      [t39].[month],
                      [t39].[month_end],
                      [t39].[month_index]
                    FROM (
                      SELECT
                        [t38].[referral_id],
                        [t38].[child_id],
                        [t38].[referral_date],
                        [t38].[referral_source],
                        [t38].[primary_need],
                        [t38].[referral_nfa],
                        [t38].[closure_date],
                        [t38].[closure_reason],
                        [t38].[team],
                        [t38].[la_code],
                        [t38].[load_id],
                        [t38].[month],
                        [t38].[month_end],
                        [t38].[month_index],
                        [t38].[_rank]
                      FROM (
                        SELECT
                          [t35].[referral_id],
                          [t35].[child_id],
                          [t35].[referral_date],
                          [t35].[referral_source],
                          [t35].[primary_need],
                          [t35].[referral_nfa],
                          [t35].[closure_date],
                          [t35].[closure_reason],
                          [t35].[team],
                          [t35].[la_code],
                          [t35].[load_id],
                          [t35].[month],
                          [t35].[month_end],
                          [t35].[month_index],
                          ROW_NUMBER() OVER (
                            PARTITION BY [t35].[la_code], [t35].[child_id], [t35].[month]
                            ORDER BY [t35].[referral_date] DESC
                          ) - 1 AS [_rank]
                        FROM (
                          SELECT
                            [t33].[referral_id],
                            [t33].[child_id],
                            [t33].[referral_date],
                            [t33].[referral_source],
                            [t33].[primary_need],
                            [t33].[referral_nfa],
                            [t33].[closure_date],
                            [t33].[closure_reason],
                            [t33].[team],
                            [t33].[la_code],
                            [t33].[load_id],
                            [t33].[month],
                            [t33].[month_end],
                            [t33].[month_index]
                          FROM (
                            SELECT
                              [t30].[referral_id],
                              [t30].[child_id],
                              [t30].[referral_date],
                              [t30].[referral_source],
                              [t30].[primary_need],
                              [t30].[referral_nfa],
                              [t30].[closure_date],
                              [t30].[closure_reason],
                              [t30].[team],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_until],
                              [t8].[month],
                              [t8].[month_end],
                              [t8].[month_index]
                            FROM (
                              SELECT
                                [t27].[referral_id],
                                [t27].[child_id],
                                [t27].[referral_date],
                                [t27].[referral_source],
                                [t27].[primary_need],
                                [t27].[referral_nfa],
                                [t27].[closure_date],
                                [t27].[closure_reason],
                                [t27].[team],
                                [t27].[la_code],
                                [t27].[load_id],
                                COALESCE([t27].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM [t26] AS [t27]
                              WHERE
                                [t27].[_overlaps] <> 0 AND [t27].[referral_date] IS NOT NULL
                            ) AS [t30]
                            INNER JOIN [scorecard_month_spine] AS [t8]
                              ON [t30].[referral_date] <= [t8].[month_end] AND [t30].[_until] > [t8].[month_end]
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
            ('CIN2', 0, 'rate')) AS t3(indicator_id, months_back, unit)
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
        [t18].[la_code],
        [t18].[indicator_id],
        [t18].[month],
        [t18].[unit],
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
            ('CIN2', 0, 'rate')) AS t9(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t18]
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
            [t18].[la_code] = [t55].[la_code]
            AND [t18].[indicator_id] = [t55].[indicator_id]
            AND [t18].[month] = [t55].[month]
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
          ('CIN2', 0, 'rate')) AS t9(indicator_id, months_back, unit)
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
