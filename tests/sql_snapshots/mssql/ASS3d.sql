WITH [t40] AS (
  SELECT
    [t39].[la_code],
    [t39].[indicator_id],
    [t39].[month],
    [t39].[breakdown],
    [t39].[breakdown_value],
    [t39].[unit],
    SUM([t39].[_num]) AS [numerator],
    SUM([t39].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t38].[la_code] AS [la_code_right],
      [t38].[indicator_id] AS [indicator_id_right],
      [t38].[month_index] AS [month_index_right],
      [t38].[breakdown],
      [t38].[breakdown_value],
      [t38].[_num],
      [t38].[_den]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('ASS3d', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t36].[la_code],
        [t36].[indicator_id],
        [t36].[month_index],
        [t36].[breakdown],
        [t36].[breakdown_value],
        SUM([t36].[numerator]) AS [_num],
        SUM([t36].[denominator]) AS [_den]
      FROM (
        SELECT
          [t35].[la_code],
          'ASS3d' AS [indicator_id],
          (
            (
              DATEPART(year, [t35].[month]) * 12
            ) + DATEPART(month, [t35].[month])
          ) - 1 AS [month_index],
          'all' AS [breakdown],
          [t35].[breakdown_value],
          [t35].[numerator],
          [t35].[denominator]
        FROM (
          SELECT
            [t34].[la_code],
            [t34].[month],
            [t34].[_part],
            [t34].[breakdown_value],
            SUM([t34].[numerator]) AS [numerator],
            SUM([t34].[denominator]) AS [denominator]
          FROM (
            SELECT
              [t33].[la_code],
              [t33].[month],
              [t33].[numerator],
              [t33].[denominator],
              0 AS [_part],
              'all' AS [breakdown_value]
            FROM (
              SELECT
                [t29].[la_code],
                [t29].[month],
                [t29].[child_id],
                [t29].[assessment_id] AS [record_id],
                [t29].[authorisation_date] AS [ref_date],
                IIF(
                  COALESCE(
                    [t29].[assessment_id] IN (
                      SELECT
                        [t30].[assessment_id]
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
                          [t28].[working_days]
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
                            [t27].[_wd_end],
                            [t27].[_wd_end] - [t27].[_wd_start] AS [working_days]
                          FROM (
                            SELECT
                              [t26].[assessment_id],
                              [t26].[referral_id],
                              [t26].[child_id],
                              [t26].[start_date],
                              [t26].[authorisation_date],
                              [t26].[child_seen],
                              [t26].[further_action],
                              [t26].[la_code],
                              [t26].[load_id],
                              [t26].[month],
                              [t26].[_clock],
                              [t26].[_wd_start],
                              [t26].[_wd_end]
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
                                [t25].[_wd_start],
                                [t17].[__wd_end_day],
                                [t17].[_wd_end]
                              FROM (
                                SELECT
                                  [t23].[assessment_id],
                                  [t23].[referral_id],
                                  [t23].[child_id],
                                  [t23].[start_date],
                                  [t23].[authorisation_date],
                                  [t23].[child_seen],
                                  [t23].[further_action],
                                  [t23].[la_code],
                                  [t23].[load_id],
                                  [t23].[month],
                                  [t23].[_clock],
                                  [t23].[_wd_start]
                                FROM (
                                  SELECT
                                    [t20].[assessment_id],
                                    [t20].[referral_id],
                                    [t20].[child_id],
                                    [t20].[start_date],
                                    [t20].[authorisation_date],
                                    [t20].[child_seen],
                                    [t20].[further_action],
                                    [t20].[la_code],
                                    [t20].[load_id],
                                    [t20].[month],
                                    [t20].[_clock],
                                    [t18].[__wd_start_day],
                                    [t18].[_wd_start]
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
                                  ) AS [t20]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t4].[day] AS [__wd_start_day],
                                      [t4].[wd_index] AS [_wd_start]
                                    FROM [scorecard_calendar] AS [t4]
                                  ) AS [t18]
                                    ON [t20].[_clock] = [t18].[__wd_start_day]
                                ) AS [t23]
                              ) AS [t25]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t4].[day] AS [__wd_end_day],
                                  [t4].[wd_index] AS [_wd_end]
                                FROM [scorecard_calendar] AS [t4]
                              ) AS [t17]
                                ON [t25].[authorisation_date] = [t17].[__wd_end_day]
                            ) AS [t26]
                          ) AS [t27]
                        ) AS [t28]
                      ) AS [t30]
                      INNER JOIN [s47_enquiry] AS [t12]
                        ON [t30].[la_code] = [t12].[la_code]
                        AND [t30].[referral_id] = [t12].[referral_id]
                        AND [t12].[start_date] >= [t30].[start_date]
                    )
                    OR [t29].[assessment_id] IN (
                      SELECT
                        [t30].[assessment_id]
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
                          [t28].[working_days]
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
                            [t27].[_wd_end],
                            [t27].[_wd_end] - [t27].[_wd_start] AS [working_days]
                          FROM (
                            SELECT
                              [t26].[assessment_id],
                              [t26].[referral_id],
                              [t26].[child_id],
                              [t26].[start_date],
                              [t26].[authorisation_date],
                              [t26].[child_seen],
                              [t26].[further_action],
                              [t26].[la_code],
                              [t26].[load_id],
                              [t26].[month],
                              [t26].[_clock],
                              [t26].[_wd_start],
                              [t26].[_wd_end]
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
                                [t25].[_wd_start],
                                [t17].[__wd_end_day],
                                [t17].[_wd_end]
                              FROM (
                                SELECT
                                  [t23].[assessment_id],
                                  [t23].[referral_id],
                                  [t23].[child_id],
                                  [t23].[start_date],
                                  [t23].[authorisation_date],
                                  [t23].[child_seen],
                                  [t23].[further_action],
                                  [t23].[la_code],
                                  [t23].[load_id],
                                  [t23].[month],
                                  [t23].[_clock],
                                  [t23].[_wd_start]
                                FROM (
                                  SELECT
                                    [t20].[assessment_id],
                                    [t20].[referral_id],
                                    [t20].[child_id],
                                    [t20].[start_date],
                                    [t20].[authorisation_date],
                                    [t20].[child_seen],
                                    [t20].[further_action],
                                    [t20].[la_code],
                                    [t20].[load_id],
                                    [t20].[month],
                                    [t20].[_clock],
                                    [t18].[__wd_start_day],
                                    [t18].[_wd_start]
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
                                  ) AS [t20]
                                  LEFT OUTER JOIN (
                                    SELECT
                                      [t4].[day] AS [__wd_start_day],
                                      [t4].[wd_index] AS [_wd_start]
                                    FROM [scorecard_calendar] AS [t4]
                                  ) AS [t18]
                                    ON [t20].[_clock] = [t18].[__wd_start_day]
                                ) AS [t23]
                              ) AS [t25]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t4].[day] AS [__wd_end_day],
                                  [t4].[wd_index] AS [_wd_end]
                                FROM [scorecard_calendar] AS [t4]
                              ) AS [t17]
                                ON [t25].[authorisation_date] = [t17].[__wd_end_day]
                            ) AS [t26]
                          ) AS [t27]
                        ) AS [t28]
                      ) AS [t30]
                      INNER JOIN [cp_plan] AS [t13]
                        ON [t30].[la_code] = [t13].[la_code]
                        AND [t30].[referral_id] = [t13].[referral_id]
                        AND [t13].[start_date] >= [t30].[start_date]
                    ),
                    (1 = 0)
                  ),
                  1.0,
                  0.0
                ) AS [numerator],
                1.0 AS [denominator]
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
                  [t28].[working_days]
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
                    [t27].[_wd_end],
                    [t27].[_wd_end] - [t27].[_wd_start] AS [working_days]
                  FROM (
                    SELECT
                      [t26].[assessment_id],
                      [t26].[referral_id],
                      [t26].[child_id],
                      [t26].[start_date],
                      [t26].[authorisation_date],
                      [t26].[child_seen],
                      [t26].[further_action],
                      [t26].[la_code],
                      [t26].[load_id],
                      [t26].[month],
                      [t26].[_clock],
                      [t26].[_wd_start],
                      [t26].[_wd_end]
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
                        [t25].[_wd_start],
                        [t17].[__wd_end_day],
                        [t17].[_wd_end]
                      FROM (
                        SELECT
                          [t23].[assessment_id],
                          [t23].[referral_id],
                          [t23].[child_id],
                          [t23].[start_date],
                          [t23].[authorisation_date],
                          [t23].[child_seen],
                          [t23].[further_action],
                          [t23].[la_code],
                          [t23].[load_id],
                          [t23].[month],
                          [t23].[_clock],
                          [t23].[_wd_start]
                        FROM (
                          SELECT
                            [t20].[assessment_id],
                            [t20].[referral_id],
                            [t20].[child_id],
                            [t20].[start_date],
                            [t20].[authorisation_date],
                            [t20].[child_seen],
                            [t20].[further_action],
                            [t20].[la_code],
                            [t20].[load_id],
                            [t20].[month],
                            [t20].[_clock],
                            [t18].[__wd_start_day],
                            [t18].[_wd_start]
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
                          ) AS [t20]
                          LEFT OUTER JOIN (
                            SELECT
                              [t4].[day] AS [__wd_start_day],
                              [t4].[wd_index] AS [_wd_start]
                            FROM [scorecard_calendar] AS [t4]
                          ) AS [t18]
                            ON [t20].[_clock] = [t18].[__wd_start_day]
                        ) AS [t23]
                      ) AS [t25]
                      LEFT OUTER JOIN (
                        SELECT
                          [t4].[day] AS [__wd_end_day],
                          [t4].[wd_index] AS [_wd_end]
                        FROM [scorecard_calendar] AS [t4]
                      ) AS [t17]
                        ON [t25].[authorisation_date] = [t17].[__wd_end_day]
                    ) AS [t26]
                  ) AS [t27]
                ) AS [t28]
              ) AS [t29]
            ) AS [t33]
          ) AS [t34]
          GROUP BY
            [t34].[la_code],
            [t34].[month],
            [t34].[_part],
            [t34].[breakdown_value]
        ) AS [t35]
      ) AS [t36]
      GROUP BY
        [t36].[la_code],
        [t36].[indicator_id],
        [t36].[month_index],
        [t36].[breakdown],
        [t36].[breakdown_value]
    ) AS [t38]
      ON [t38].[la_code] = [t9].[la_code]
      AND [t38].[indicator_id] = [t11].[indicator_id]
      AND [t38].[month_index] <= [t10].[month_index]
      AND [t38].[month_index] >= (
        [t10].[month_index] - IIF([t38].[breakdown] = 'month_alone', 0, [t11].[months_back])
      )
  ) AS [t39]
  GROUP BY
    [t39].[la_code],
    [t39].[indicator_id],
    [t39].[month],
    [t39].[breakdown],
    [t39].[breakdown_value],
    [t39].[unit]
)
SELECT
  [t52].[la_code],
  [t52].[indicator_id],
  [t52].[month],
  [t52].[breakdown],
  [t52].[breakdown_value],
  [t52].[numerator],
  CASE
    WHEN [t52].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t52].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t52].[denominator]
  END AS [denominator],
  CASE
    WHEN [t52].[unit] = 'count'
    THEN [t52].[numerator]
    WHEN [t52].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t52].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t52].[unit] = 'percent'
    THEN IIF(
      [t52].[denominator] > 0,
      CAST([t52].[numerator] AS FLOAT) / [t52].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t52].[denominator] > 0,
      CAST([t52].[numerator] AS FLOAT) / [t52].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
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
            ('ASS3d', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS [t16]
        WHERE
          [t16].[months_back] > 0
      ) AS [t22]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t41].[la_code],
              [t41].[indicator_id],
              [t41].[month],
              [t41].[breakdown],
              [t41].[breakdown_value],
              [t41].[unit],
              [t41].[numerator],
              [t41].[denominator]
            FROM [t40] AS [t41]
            WHERE
              [t41].[breakdown] = 'month_alone'
          ) AS [t44]
          WHERE
            [t22].[la_code] = [t44].[la_code]
            AND [t22].[indicator_id] = [t44].[indicator_id]
            AND [t22].[month] = [t44].[month]
        )
    ) AS [t46]
  ) AS [t48]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t40] AS [t41]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t47].[la_code],
        [t47].[indicator_id],
        [t47].[month],
        [t47].[breakdown],
        [t47].[breakdown_value],
        [t47].[unit],
        [t47].[numerator],
        [t47].[denominator]
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
          ('ASS3d', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t41].[la_code],
                [t41].[indicator_id],
                [t41].[month],
                [t41].[breakdown],
                [t41].[breakdown_value],
                [t41].[unit],
                [t41].[numerator],
                [t41].[denominator]
              FROM [t40] AS [t41]
              WHERE
                [t41].[breakdown] = 'all'
            ) AS [t45]
            WHERE
              [t9].[la_code] = [t45].[la_code]
              AND [t11].[indicator_id] = [t45].[indicator_id]
              AND [t10].[month] = [t45].[month]
          )
      ) AS [t47]
    ) AS [t49]
  ) AS [t50]
) AS [t52]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t52].[la_code] = [t8].[la_code] AND [t52].[month] = [t8].[month]
