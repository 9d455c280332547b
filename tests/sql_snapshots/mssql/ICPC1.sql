WITH [t39] AS (
  SELECT
    [t38].[la_code],
    [t38].[indicator_id],
    [t38].[month],
    [t38].[breakdown],
    [t38].[breakdown_value],
    [t38].[unit],
    SUM([t38].[_num]) AS [numerator],
    SUM([t38].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t37].[breakdown],
      [t37].[breakdown_value],
      [t37].[_num],
      [t37].[_den],
      [t37].[_until_index]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('ICPC1', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t35].[la_code],
        [t35].[indicator_id],
        [t35].[breakdown],
        [t35].[breakdown_value],
        [t35].[_num],
        [t35].[_den],
        [t35].[month_index] + [t35].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t34].[la_code],
          [t34].[indicator_id],
          [t34].[month_index],
          [t34].[breakdown],
          [t34].[breakdown_value],
          [t34].[_num],
          [t34].[_den],
          [t16].[months_back],
          [t11].[_offset]
        FROM (
          SELECT
            [t32].[la_code],
            [t32].[indicator_id],
            [t32].[month_index],
            [t32].[breakdown],
            [t32].[breakdown_value],
            SUM([t32].[numerator]) AS [_num],
            SUM([t32].[denominator]) AS [_den]
          FROM (
            SELECT
              [t31].[la_code],
              'ICPC1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t31].[month]) * 12
                ) + DATEPART(month, [t31].[month])
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              [t31].[breakdown_value],
              [t31].[numerator],
              [t31].[denominator]
            FROM (
              SELECT
                [t30].[la_code],
                [t30].[month],
                [t30].[_part],
                [t30].[breakdown_value],
                SUM([t30].[numerator]) AS [numerator],
                SUM([t30].[denominator]) AS [denominator]
              FROM (
                SELECT
                  [t29].[la_code],
                  [t29].[month],
                  IIF(
                    COALESCE(
                      (
                        [t29].[icpc_date] >= [t29].[start_date]
                      )
                      AND (
                        [t29].[working_days] <= 15
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
                    [t28].[s47_id],
                    [t28].[referral_id],
                    [t28].[child_id],
                    [t28].[start_date],
                    [t28].[end_date],
                    [t28].[icpc_not_required],
                    [t28].[icpc_target_date],
                    [t28].[icpc_date],
                    [t28].[icpc_outcome_cp_plan],
                    [t28].[la_code],
                    [t28].[load_id],
                    [t28].[month],
                    [t28].[working_days]
                  FROM (
                    SELECT
                      [t27].[s47_id],
                      [t27].[referral_id],
                      [t27].[child_id],
                      [t27].[start_date],
                      [t27].[end_date],
                      [t27].[icpc_not_required],
                      [t27].[icpc_target_date],
                      [t27].[icpc_date],
                      [t27].[icpc_outcome_cp_plan],
                      [t27].[la_code],
                      [t27].[load_id],
                      [t27].[month],
                      [t27].[_wd_start],
                      [t27].[_wd_end],
                      [t27].[_wd_end] - [t27].[_wd_start] AS [working_days]
                    FROM (
                      SELECT
                        [t26].[s47_id],
                        [t26].[referral_id],
                        [t26].[child_id],
                        [t26].[start_date],
                        [t26].[end_date],
                        [t26].[icpc_not_required],
                        [t26].[icpc_target_date],
                        [t26].[icpc_date],
                        [t26].[icpc_outcome_cp_plan],
                        [t26].[la_code],
                        [t26].[load_id],
                        [t26].[month],
                        [t26].[_wd_start],
                        [t26].[_wd_end]
                      FROM (
                        SELECT
                          [t25].[s47_id],
                          [t25].[referral_id],
                          [t25].[child_id],
                          [t25].[start_date],
                          [t25].[end_date],
                          [t25].[icpc_not_required],
                          [t25].[icpc_target_date],
                          [t25].[icpc_date],
                          [t25].[icpc_outcome_cp_plan],
                          [t25].[la_code],
                          [t25].[load_id],
                          [t25].[month],
                          [t25].[_wd_start],
                          [t17].[__wd_end_day],
                          [t17].[_wd_end]
                        FROM (
                          SELECT
                            [t23].[s47_id],
                            [t23].[referral_id],
                            [t23].[child_id],
                            [t23].[start_date],
                            [t23].[end_date],
                            [t23].[icpc_not_required],
                            [t23].[icpc_target_date],
                            [t23].[icpc_date],
                            [t23].[icpc_outcome_cp_plan],
                            [t23].[la_code],
                            [t23].[load_id],
                            [t23].[month],
                            [t23].[_wd_start]
                          FROM (
                            SELECT
                              [t20].[s47_id],
                              [t20].[referral_id],
                              [t20].[child_id],
                              [t20].[start_date],
                              [t20].[end_date],
                              [t20].[icpc_not_required],
                              [t20].[icpc_target_date],
                              [t20].[icpc_date],
                              [t20].[icpc_outcome_cp_plan],
                              [t20].[la_code],
                              [t20].[load_id],
                              [t20].[month],
                              [t18].[__wd_start_day],
                              [t18].[_wd_start]
                            FROM (
                              SELECT
                                [t6].[s47_id],
                                [t6].[referral_id],
                                [t6].[child_id],
                                [t6].[start_date],
                                [t6].[end_date],
                                [t6].[icpc_not_required],
                                [t6].[icpc_target_date],
                                [t6].[icpc_date],
                                [t6].[icpc_outcome_cp_plan],
                                [t6].[la_code],
                                [t6].[load_id],
                                DATETRUNC(MONTH, [t6].[icpc_date]) AS [month]
                              FROM [s47_enquiry] AS [t6]
                              WHERE
                                [t6].[icpc_date] IS NOT NULL
                                AND DATETRUNC(MONTH, [t6].[icpc_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                            ) AS [t20]
                            LEFT OUTER JOIN (
                              SELECT
                                [t5].[day] AS [__wd_start_day],
                                [t5].[wd_index] AS [_wd_start]
                              FROM [scorecard_calendar] AS [t5]
                            ) AS [t18]
                              ON [t20].[start_date] = [t18].[__wd_start_day]
                          ) AS [t23]
                        ) AS [t25]
                        LEFT OUTER JOIN (
                          SELECT
                            [t5].[day] AS [__wd_end_day],
                            [t5].[wd_index] AS [_wd_end]
                          FROM [scorecard_calendar] AS [t5]
                        ) AS [t17]
                          ON [t25].[icpc_date] = [t17].[__wd_end_day]
                      ) AS [t26]
                    ) AS [t27]
                  ) AS [t28]
                ) AS [t29]
              ) AS [t30]
              GROUP BY
                [t30].[la_code],
                [t30].[month],
                [t30].[_part],
                [t30].[breakdown_value]
            ) AS [t31]
          ) AS [t32]
          GROUP BY
            [t32].[la_code],
            [t32].[indicator_id],
            [t32].[month_index],
            [t32].[breakdown],
            [t32].[breakdown_value]
        ) AS [t34]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('ICPC1', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t34].[indicator_id] = [t16].[indicator_id]
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
      ) AS [t35]
      WHERE
        [t35].[_offset] <= IIF([t35].[breakdown] = 'month_alone', 0, [t35].[months_back])
    ) AS [t37]
      ON [t37].[la_code] = [t8].[la_code]
      AND [t37].[indicator_id] = [t10].[indicator_id]
      AND [t37].[_until_index] = [t9].[month_index]
  ) AS [t38]
  GROUP BY
    [t38].[la_code],
    [t38].[indicator_id],
    [t38].[month],
    [t38].[breakdown],
    [t38].[breakdown_value],
    [t38].[unit]
)
SELECT
  [t51].[la_code],
  [t51].[indicator_id],
  [t51].[month],
  [t51].[breakdown],
  [t51].[breakdown_value],
  [t51].[numerator],
  CASE
    WHEN [t51].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t51].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t51].[denominator]
  END AS [denominator],
  CASE
    WHEN [t51].[unit] = 'count'
    THEN [t51].[numerator]
    WHEN [t51].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t51].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t51].[unit] = 'percent'
    THEN IIF(
      [t51].[denominator] > 0,
      CAST([t51].[numerator] AS FLOAT) / [t51].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t51].[denominator] > 0,
      CAST([t51].[numerator] AS FLOAT) / [t51].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
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
            ('ICPC1', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t22]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t40].[la_code],
              [t40].[indicator_id],
              [t40].[month],
              [t40].[breakdown],
              [t40].[breakdown_value],
              [t40].[unit],
              [t40].[numerator],
              [t40].[denominator]
            FROM [t39] AS [t40]
            WHERE
              [t40].[breakdown] = 'month_alone'
          ) AS [t43]
          WHERE
            [t22].[la_code] = [t43].[la_code]
            AND [t22].[indicator_id] = [t43].[indicator_id]
            AND [t22].[month] = [t43].[month]
        )
    ) AS [t45]
  ) AS [t47]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t39] AS [t40]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t46].[la_code],
        [t46].[indicator_id],
        [t46].[month],
        [t46].[breakdown],
        [t46].[breakdown_value],
        [t46].[unit],
        [t46].[numerator],
        [t46].[denominator]
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
          ('ICPC1', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t40].[la_code],
                [t40].[indicator_id],
                [t40].[month],
                [t40].[breakdown],
                [t40].[breakdown_value],
                [t40].[unit],
                [t40].[numerator],
                [t40].[denominator]
              FROM [t39] AS [t40]
              WHERE
                [t40].[breakdown] = 'all'
            ) AS [t44]
            WHERE
              [t8].[la_code] = [t44].[la_code]
              AND [t10].[indicator_id] = [t44].[indicator_id]
              AND [t9].[month] = [t44].[month]
          )
      ) AS [t46]
    ) AS [t48]
  ) AS [t49]
) AS [t51]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t51].[la_code] = [t7].[la_code] AND [t51].[month] = [t7].[month]
