WITH [t42] AS (
  SELECT
    [t41].[la_code],
    [t41].[indicator_id],
    [t41].[month],
    [t41].[breakdown],
    [t41].[breakdown_value],
    [t41].[unit],
    SUM([t41].[_num]) AS [numerator],
    SUM([t41].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t40].[breakdown],
      [t40].[breakdown_value],
      [t40].[_num],
      [t40].[_den],
      [t40].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('ASS3a', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t38].[la_code],
        [t38].[indicator_id],
        [t38].[breakdown],
        [t38].[breakdown_value],
        [t38].[_num],
        [t38].[_den],
        [t38].[month_index] + [t38].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t37].[la_code],
          [t37].[indicator_id],
          [t37].[month_index],
          [t37].[breakdown],
          [t37].[breakdown_value],
          [t37].[_num],
          [t37].[_den],
          [t17].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t35].[la_code],
            [t35].[indicator_id],
            [t35].[month_index],
            [t35].[breakdown],
            [t35].[breakdown_value],
            SUM([t35].[numerator]) AS [_num],
            SUM([t35].[denominator]) AS [_den]
          FROM (
            SELECT
              [t34].[la_code],
              'ASS3a' AS [indicator_id],
              (
                (
                  DATEPART(year, [t34].[month]) * 12
                ) + DATEPART(month, [t34].[month])
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              [t34].[breakdown_value],
              [t34].[numerator],
              [t34].[denominator]
            FROM (
              SELECT
                [t33].[la_code],
                [t33].[month],
                [t33].[_part],
                [t33].[breakdown_value],
                SUM([t33].[numerator]) AS [numerator],
                SUM([t33].[denominator]) AS [denominator]
              FROM (
                SELECT
                  [t32].[la_code],
                  [t32].[month],
                  [t32].[numerator],
                  [t32].[denominator],
                  0 AS [_part],
                  'all' AS [breakdown_value]
                FROM (
                  SELECT
                    [t31].[la_code],
                    [t31].[month],
                    [t31].[child_id],
                    [t31].[assessment_id] AS [record_id],
                    [t31].[authorisation_date] AS [ref_date],
                    IIF(
                      COALESCE(
                        [t31].[referral_id] IN (
                          SELECT
                            [t5].[referral_id]
                          FROM [cin_episode] AS [t5]
                          WHERE
                            [t5].[closure_reason] = 'RC8'
                        ),
                        (1 = 0)
                      ),
                      1.0,
                      0.0
                    ) AS [numerator],
                    1.0 AS [denominator]
                  FROM (
                    SELECT
                      [t30].[assessment_id],
                      [t30].[referral_id],
                      [t30].[child_id],
                      [t30].[start_date],
                      [t30].[authorisation_date],
                      [t30].[child_seen],
                      [t30].[further_action],
                      [t30].[la_code],
                      [t30].[load_id],
                      [t30].[month],
                      [t30].[_clock],
                      [t30].[working_days]
                    FROM (
                      SELECT
                        [t29].[assessment_id],
                        [t29].[referral_id],
                        [t29].[child_id],
                        [t29].[start_date],
                        [t29].[authorisation_date],
                        [t29].[child_seen],
                        [t29].[further_action],
                        [t29].[la_code],
                        [t29].[load_id],
                        [t29].[month],
                        [t29].[_clock],
                        [t29].[_wd_start],
                        [t29].[_wd_end],
                        [t29].[_wd_end] - [t29].[_wd_start] AS [working_days]
                      FROM (
                        SELECT
                          [t28].[assessment_id],
                          [t28].[referral_id],
                          [t28].[child_id],
                          [t28].[start_date],
                          [t28].[authorisation_date],
                          [t28].[child_seen],
                          [t28].[further_action],
                          [t28].[la_code],
                          [t28].[load_id],
                          [t28].[month],
                          [t28].[_clock],
                          [t28].[_wd_start],
                          [t28].[_wd_end]
                        FROM (
                          SELECT
                            [t27].[assessment_id],
                            [t27].[referral_id],
                            [t27].[child_id],
                            [t27].[start_date],
                            [t27].[authorisation_date],
                            [t27].[child_seen],
                            [t27].[further_action],
                            [t27].[la_code],
                            [t27].[load_id],
                            [t27].[month],
                            [t27].[_clock],
                            [t27].[_wd_start],
                            [t19].[__wd_end_day],
                            [t19].[_wd_end]
                          FROM (
                            SELECT
                              [t25].[assessment_id],
                              [t25].[referral_id],
                              [t25].[child_id],
                              [t25].[start_date],
                              [t25].[authorisation_date],
                              [t25].[child_seen],
                              [t25].[further_action],
                              [t25].[la_code],
                              [t25].[load_id],
                              [t25].[month],
                              [t25].[_clock],
                              [t25].[_wd_start]
                            FROM (
                              SELECT
                                [t22].[assessment_id],
                                [t22].[referral_id],
                                [t22].[child_id],
                                [t22].[start_date],
                                [t22].[authorisation_date],
                                [t22].[child_seen],
                                [t22].[further_action],
                                [t22].[la_code],
                                [t22].[load_id],
                                [t22].[month],
                                [t22].[_clock],
                                [t20].[__wd_start_day],
                                [t20].[_wd_start]
                              FROM (
                                SELECT
                                  [t7].[assessment_id],
                                  [t7].[referral_id],
                                  [t7].[child_id],
                                  [t7].[start_date],
                                  [t7].[authorisation_date],
                                  [t7].[child_seen],
                                  [t7].[further_action],
                                  [t7].[la_code],
                                  [t7].[load_id],
                                  DATETRUNC(MONTH, [t7].[authorisation_date]) AS [month],
                                  [t7].[start_date] AS [_clock]
                                FROM [assessment] AS [t7]
                                WHERE
                                  [t7].[authorisation_date] IS NOT NULL
                                  AND DATETRUNC(MONTH, [t7].[authorisation_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                              ) AS [t22]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t6].[day] AS [__wd_start_day],
                                  [t6].[wd_index] AS [_wd_start]
                                FROM [scorecard_calendar] AS [t6]
                              ) AS [t20]
                                ON [t22].[_clock] = [t20].[__wd_start_day]
                            ) AS [t25]
                          ) AS [t27]
                          LEFT OUTER JOIN (
                            SELECT
                              [t6].[day] AS [__wd_end_day],
                              [t6].[wd_index] AS [_wd_end]
                            FROM [scorecard_calendar] AS [t6]
                          ) AS [t19]
                            ON [t27].[authorisation_date] = [t19].[__wd_end_day]
                        ) AS [t28]
                      ) AS [t29]
                    ) AS [t30]
                  ) AS [t31]
                ) AS [t32]
              ) AS [t33]
              GROUP BY
                [t33].[la_code],
                [t33].[month],
                [t33].[_part],
                [t33].[breakdown_value]
            ) AS [t34]
          ) AS [t35]
          GROUP BY
            [t35].[la_code],
            [t35].[indicator_id],
            [t35].[month_index],
            [t35].[breakdown],
            [t35].[breakdown_value]
        ) AS [t37]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('ASS3a', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t17]
          ON [t37].[indicator_id] = [t17].[indicator_id]
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
      ) AS [t38]
      WHERE
        [t38].[_offset] <= IIF([t38].[breakdown] = 'month_alone', 0, [t38].[months_back])
    ) AS [t40]
      ON [t40].[la_code] = [t9].[la_code]
      AND [t40].[indicator_id] = [t11].[indicator_id]
      AND [t40].[_until_index] = [t10].[month_index]
  ) AS [t41]
  GROUP BY
    [t41].[la_code],
    [t41].[indicator_id],
    [t41].[month],
    [t41].[breakdown],
    [t41].[breakdown_value],
    [t41].[unit]
)
SELECT
  [t54].[la_code],
  [t54].[indicator_id],
  [t54].[month],
  [t54].[breakdown],
  [t54].[breakdown_value],
  [t54].[numerator],
  CASE
    WHEN [t54].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t54].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t54].[denominator]
  END AS [denominator],
  CASE
    WHEN [t54].[unit] = 'count'
    THEN [t54].[numerator]
    WHEN [t54].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t54].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t54].[unit] = 'percent'
    THEN IIF(
      [t54].[denominator] > 0,
      CAST([t54].[numerator] AS FLOAT) / [t54].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t54].[denominator] > 0,
      CAST([t54].[numerator] AS FLOAT) / [t54].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t48].[la_code],
      [t48].[indicator_id],
      [t48].[month],
      [t48].[breakdown],
      [t48].[breakdown_value],
      [t48].[unit],
      [t48].[numerator],
      [t48].[denominator]
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
            ('ASS3a', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS [t16]
        WHERE
          [t16].[months_back] > 0
      ) AS [t24]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t43].[la_code],
              [t43].[indicator_id],
              [t43].[month],
              [t43].[breakdown],
              [t43].[breakdown_value],
              [t43].[unit],
              [t43].[numerator],
              [t43].[denominator]
            FROM [t42] AS [t43]
            WHERE
              [t43].[breakdown] = 'month_alone'
          ) AS [t46]
          WHERE
            [t24].[la_code] = [t46].[la_code]
            AND [t24].[indicator_id] = [t46].[indicator_id]
            AND [t24].[month] = [t46].[month]
        )
    ) AS [t48]
  ) AS [t50]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t42] AS [t43]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t49].[la_code],
        [t49].[indicator_id],
        [t49].[month],
        [t49].[breakdown],
        [t49].[breakdown_value],
        [t49].[unit],
        [t49].[numerator],
        [t49].[denominator]
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
          ('ASS3a', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t43].[la_code],
                [t43].[indicator_id],
                [t43].[month],
                [t43].[breakdown],
                [t43].[breakdown_value],
                [t43].[unit],
                [t43].[numerator],
                [t43].[denominator]
              FROM [t42] AS [t43]
              WHERE
                [t43].[breakdown] = 'all'
            ) AS [t47]
            WHERE
              [t9].[la_code] = [t47].[la_code]
              AND [t11].[indicator_id] = [t47].[indicator_id]
              AND [t10].[month] = [t47].[month]
          )
      ) AS [t49]
    ) AS [t51]
  ) AS [t52]
) AS [t54]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t54].[la_code] = [t8].[la_code] AND [t54].[month] = [t8].[month]
