WITH [t41] AS (
  SELECT
    [t40].[la_code],
    [t40].[indicator_id],
    [t40].[month],
    [t40].[breakdown],
    [t40].[breakdown_value],
    [t40].[unit],
    SUM([t40].[_num]) AS [numerator],
    SUM([t40].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t39].[la_code] AS [la_code_right],
      [t39].[indicator_id] AS [indicator_id_right],
      [t39].[month_index] AS [month_index_right],
      [t39].[breakdown],
      [t39].[breakdown_value],
      [t39].[_num],
      [t39].[_den]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('ASS3e', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
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
          'ASS3e' AS [indicator_id],
          (
            (
              DATEPART(year, [t36].[month]) * 12
            ) + DATEPART(month, [t36].[month])
          ) - 1 AS [month_index],
          'all' AS [breakdown],
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
              [t34].[la_code],
              [t34].[month],
              [t34].[numerator],
              [t34].[denominator],
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
                    [t31].[assessment_id] IN (
                      SELECT
                        [t32].[assessment_id]
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
                                [t16].[__wd_end_day],
                                [t16].[_wd_end]
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
                                    [t17].[__wd_start_day],
                                    [t17].[_wd_start]
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
                                      [t4].[day] AS [__wd_start_day],
                                      [t4].[wd_index] AS [_wd_start]
                                    FROM [scorecard_calendar] AS [t4]
                                  ) AS [t17]
                                    ON [t22].[_clock] = [t17].[__wd_start_day]
                                ) AS [t25]
                              ) AS [t27]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t4].[day] AS [__wd_end_day],
                                  [t4].[wd_index] AS [_wd_end]
                                FROM [scorecard_calendar] AS [t4]
                              ) AS [t16]
                                ON [t27].[authorisation_date] = [t16].[__wd_end_day]
                            ) AS [t28]
                          ) AS [t29]
                        ) AS [t30]
                      ) AS [t32]
                      LEFT OUTER JOIN (
                        SELECT
                          [t5].[la_code],
                          [t5].[referral_id],
                          [t5].[closure_date]
                        FROM [cin_episode] AS [t5]
                      ) AS [t18]
                        ON [t32].[la_code] = [t18].[la_code] AND [t32].[referral_id] = [t18].[referral_id]
                      INNER JOIN (
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
                          [t6].[reason_new_episode] = 'S'
                      ) AS [t20]
                        ON [t32].[la_code] = [t20].[la_code]
                        AND [t32].[child_id] = [t20].[child_id]
                        AND [t20].[start_date] >= [t32].[start_date]
                        AND (
                          (
                            [t18].[closure_date] IS NULL
                          )
                          OR (
                            [t20].[start_date] <= [t18].[closure_date]
                          )
                        )
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
                        [t16].[__wd_end_day],
                        [t16].[_wd_end]
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
                            [t17].[__wd_start_day],
                            [t17].[_wd_start]
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
                              [t4].[day] AS [__wd_start_day],
                              [t4].[wd_index] AS [_wd_start]
                            FROM [scorecard_calendar] AS [t4]
                          ) AS [t17]
                            ON [t22].[_clock] = [t17].[__wd_start_day]
                        ) AS [t25]
                      ) AS [t27]
                      LEFT OUTER JOIN (
                        SELECT
                          [t4].[day] AS [__wd_end_day],
                          [t4].[wd_index] AS [_wd_end]
                        FROM [scorecard_calendar] AS [t4]
                      ) AS [t16]
                        ON [t27].[authorisation_date] = [t16].[__wd_end_day]
                    ) AS [t28]
                  ) AS [t29]
                ) AS [t30]
              ) AS [t31]
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
      ON [t39].[la_code] = [t9].[la_code]
      AND [t39].[indicator_id] = [t11].[indicator_id]
      AND [t39].[month_index] <= [t10].[month_index]
      AND [t39].[month_index] >= (
        [t10].[month_index] - IIF([t39].[breakdown] = 'month_alone', 0, [t11].[months_back])
      )
  ) AS [t40]
  GROUP BY
    [t40].[la_code],
    [t40].[indicator_id],
    [t40].[month],
    [t40].[breakdown],
    [t40].[breakdown_value],
    [t40].[unit]
)
SELECT
  [t53].[la_code],
  [t53].[indicator_id],
  [t53].[month],
  [t53].[breakdown],
  [t53].[breakdown_value],
  [t53].[numerator],
  CASE
    WHEN [t53].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t53].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t53].[denominator]
  END AS [denominator],
  CASE
    WHEN [t53].[unit] = 'count'
    THEN [t53].[numerator]
    WHEN [t53].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t53].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t53].[unit] = 'percent'
    THEN IIF(
      [t53].[denominator] > 0,
      CAST([t53].[numerator] AS FLOAT) / [t53].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t53].[denominator] > 0,
      CAST([t53].[numerator] AS FLOAT) / [t53].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
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
            ('ASS3e', 0, 'percent')) AS t11(indicator_id, months_back, unit)
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
              [t42].[la_code],
              [t42].[indicator_id],
              [t42].[month],
              [t42].[breakdown],
              [t42].[breakdown_value],
              [t42].[unit],
              [t42].[numerator],
              [t42].[denominator]
            FROM [t41] AS [t42]
            WHERE
              [t42].[breakdown] = 'month_alone'
          ) AS [t45]
          WHERE
            [t24].[la_code] = [t45].[la_code]
            AND [t24].[indicator_id] = [t45].[indicator_id]
            AND [t24].[month] = [t45].[month]
        )
    ) AS [t47]
  ) AS [t49]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t41] AS [t42]
    UNION ALL
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
          ('ASS3e', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t42].[la_code],
                [t42].[indicator_id],
                [t42].[month],
                [t42].[breakdown],
                [t42].[breakdown_value],
                [t42].[unit],
                [t42].[numerator],
                [t42].[denominator]
              FROM [t41] AS [t42]
              WHERE
                [t42].[breakdown] = 'all'
            ) AS [t46]
            WHERE
              [t9].[la_code] = [t46].[la_code]
              AND [t11].[indicator_id] = [t46].[indicator_id]
              AND [t10].[month] = [t46].[month]
          )
      ) AS [t48]
    ) AS [t50]
  ) AS [t51]
) AS [t53]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t53].[la_code] = [t8].[la_code] AND [t53].[month] = [t8].[month]
