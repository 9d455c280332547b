WITH [t15] AS (
  SELECT
    [t14].[referral_id],
    [t14].[child_id],
    [t14].[referral_date],
    [t14].[referral_source],
    [t14].[primary_need],
    [t14].[referral_nfa],
    [t14].[closure_date],
    [t14].[closure_reason],
    [t14].[team],
    [t14].[la_code],
    [t14].[load_id],
    [t14].[_reach],
    [t14].[_earlier_reach],
    MAX(IIF(COALESCE([t14].[_earlier_reach] > [t14].[referral_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t14].[la_code], [t14].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t13].[referral_id],
      [t13].[child_id],
      [t13].[referral_date],
      [t13].[referral_source],
      [t13].[primary_need],
      [t13].[referral_nfa],
      [t13].[closure_date],
      [t13].[closure_reason],
      [t13].[team],
      [t13].[la_code],
      [t13].[load_id],
      [t13].[_reach],
      LAG([t13].[_reach]) OVER (
        PARTITION BY [t13].[la_code], [t13].[child_id]
        ORDER BY CASE WHEN [t13].[referral_date] IS NULL THEN 1 ELSE 0 END, [t13].[referral_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t10].[referral_id],
        [t10].[child_id],
        [t10].[referral_date],
        [t10].[referral_source],
        [t10].[primary_need],
        [t10].[referral_nfa],
        [t10].[closure_date],
        [t10].[closure_reason],
        [t10].[team],
        [t10].[la_code],
        [t10].[load_id],
        MAX(COALESCE([t10].[closure_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t10].[la_code], [t10].[child_id]
          ORDER BY CASE WHEN [t10].[referral_date] IS NULL THEN 1 ELSE 0 END, [t10].[referral_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t4].[referral_id],
          [t4].[child_id],
          [t4].[referral_date],
          [t4].[referral_source],
          [t4].[primary_need],
          [t4].[referral_nfa],
          [t4].[closure_date],
          [t4].[closure_reason],
          [t4].[team],
          [t4].[la_code],
          [t4].[load_id]
        FROM [cin_episode] AS [t4]
        WHERE
          IIF(COALESCE([t4].[referral_nfa], (1 = 0)), 1, 0) = 0
          AND [t4].[referral_date] IS NOT NULL
      ) AS [t10]
    ) AS [t13]
  ) AS [t14]
), [t35] AS (
  SELECT
    [t34].[la_code],
    [t34].[indicator_id],
    [t34].[month],
    [t34].[breakdown],
    [t34].[breakdown_value],
    [t34].[unit],
    SUM([t34].[_num]) AS [numerator],
    SUM([t34].[_den]) AS [denominator]
  FROM (
    SELECT
      [t6].[la_code],
      [t7].[month],
      [t7].[month_end],
      [t7].[month_index],
      [t8].[indicator_id],
      [t8].[months_back],
      [t8].[unit],
      [t33].[la_code] AS [la_code_right],
      [t33].[indicator_id] AS [indicator_id_right],
      [t33].[month_index] AS [month_index_right],
      [t33].[breakdown],
      [t33].[breakdown_value],
      [t33].[_num],
      [t33].[_den]
    FROM [scorecard_councils] AS [t6]
    CROSS JOIN [scorecard_month_spine] AS [t7]
    CROSS JOIN (VALUES
      ('CIN2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t31].[la_code],
        [t31].[indicator_id],
        [t31].[month_index],
        [t31].[breakdown],
        [t31].[breakdown_value],
        SUM([t31].[numerator]) AS [_num],
        SUM([t31].[denominator]) AS [_den]
      FROM (
        SELECT
          [t30].[la_code],
          'CIN2' AS [indicator_id],
          (
            (
              DATEPART(year, [t30].[month]) * 12
            ) + DATEPART(month, [t30].[month])
          ) - 1 AS [month_index],
          'all' AS [breakdown],
          [t30].[breakdown_value],
          [t30].[numerator],
          [t30].[denominator]
        FROM (
          SELECT
            [t29].[la_code],
            [t29].[month],
            [t29].[_part],
            [t29].[breakdown_value],
            SUM([t29].[numerator]) AS [numerator],
            SUM([t29].[denominator]) AS [denominator]
          FROM (
            SELECT
              [t28].[la_code],
              [t28].[month],
              1.0 AS [numerator],
              1.0 AS [denominator],
              0 AS [_part],
              'all' AS [breakdown_value]
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t22].[referral_id],
                  [t22].[child_id],
                  [t22].[referral_date],
                  [t22].[referral_source],
                  [t22].[primary_need],
                  [t22].[referral_nfa],
                  [t22].[closure_date],
                  [t22].[closure_reason],
                  [t22].[team],
                  [t22].[la_code],
                  [t22].[load_id],
                  [t22].[month],
                  [t22].[month_end],
                  [t22].[month_index]
                FROM (
                  SELECT
                    [t20].[referral_id],
                    [t20].[child_id],
                    [t20].[referral_date],
                    [t20].[referral_source],
                    [t20].[primary_need],
                    [t20].[referral_nfa],
                    [t20].[closure_date],
                    [t20].[closure_reason],
                    [t20].[team],
                    [t20].[la_code],
                    [t20].[load_id],
                    [t20].[_until],
                    [t7].[month],
                    [t7].[month_end],
                    [t7].[month_index]
                  FROM (
                    SELECT
                      [t16].[referral_id],
                      [t16].[child_id],
                      [t16].[referral_date],
                      [t16].[referral_source],
                      [t16].[primary_need],
                      [t16].[referral_nfa],
                      [t16].[closure_date],
                      [t16].[closure_reason],
                      [t16].[team],
                      [t16].[la_code],
                      [t16].[load_id],
                      COALESCE([t16].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                    FROM [t15] AS [t16]
                    WHERE
                      IIF([t16].[_overlaps] <> 0, 1, 0) = 0 AND [t16].[referral_date] IS NOT NULL
                  ) AS [t20]
                  INNER JOIN [scorecard_month_spine] AS [t7]
                    ON [t20].[referral_date] <= [t7].[month_end] AND [t20].[_until] > [t7].[month_end]
                ) AS [t22]
              ) AS [t24]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t26].[referral_id],
                  [t26].[child_id],
                  [t26].[referral_date],
                  [t26].[referral_source],
                  [t26].[primary_need],
                  [t26].[referral_nfa],
                  [t26].[closure_date],
                  [t26].[closure_reason],
                  [t26].[team],
                  [t26].[la_code],
                  [t26].[load_id],
                  [t26].[month],
                  [t26].[month_end],
                  [t26].[month_index]
                FROM (
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
                    [t25].[month],
                    [t25].[month_end],
                    [t25].[month_index],
                    [t25].[_rank]
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
                      [t23].[month],
                      [t23].[month_end],
                      [t23].[month_index],
                      ROW_NUMBER() OVER (
                        PARTITION BY [t23].[la_code], [t23].[child_id], [t23].[month]
                        ORDER BY [t23].[referral_date] DESC
                      ) - 1 AS [_rank]
                    FROM (
                      SELECT
                        [t21].[referral_id],
                        [t21].[child_id],
                        [t21].[referral_date],
                        [t21].[referral_source],
                        [t21].[primary_need],
                        [t21].[referral_nfa],
                        [t21].[closure_date],
                        [t21].[closure_reason],
                        [t21].[team],
                        [t21].[la_code],
                        [t21].[load_id],
                        [t21].[month],
                        [t21].[month_end],
                        [t21].[month_index]
                      FROM (
                        SELECT
                          [t19].[referral_id],
                          [t19].[child_id],
                          [t19].[referral_date],
                          [t19].[referral_source],
                          [t19].[primary_need],
                          [t19].[referral_nfa],
                          [t19].[closure_date],
                          [t19].[closure_reason],
                          [t19].[team],
                          [t19].[la_code],
                          [t19].[load_id],
                          [t19].[_until],
                          [t7].[month],
                          [t7].[month_end],
                          [t7].[month_index]
                        FROM (
                          SELECT
                            [t16].[referral_id],
                            [t16].[child_id],
                            [t16].[referral_date],
                            [t16].[referral_source],
                            [t16].[primary_need],
                            [t16].[referral_nfa],
                            [t16].[closure_date],
                            [t16].[closure_reason],
                            [t16].[team],
                            [t16].[la_code],
                            [t16].[load_id],
                            COALESCE([t16].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                          FROM [t15] AS [t16]
                          WHERE
                            [t16].[_overlaps] <> 0 AND [t16].[referral_date] IS NOT NULL
                        ) AS [t19]
                        INNER JOIN [scorecard_month_spine] AS [t7]
                          ON [t19].[referral_date] <= [t7].[month_end] AND [t19].[_until] > [t7].[month_end]
                      ) AS [t21]
                    ) AS [t23]
                  ) AS [t25]
                  WHERE
                    [t25].[_rank] = 0
                ) AS [t26]
              ) AS [t27]
            ) AS [t28]
          ) AS [t29]
          GROUP BY
            [t29].[la_code],
            [t29].[month],
            [t29].[_part],
            [t29].[breakdown_value]
        ) AS [t30]
      ) AS [t31]
      GROUP BY
        [t31].[la_code],
        [t31].[indicator_id],
        [t31].[month_index],
        [t31].[breakdown],
        [t31].[breakdown_value]
    ) AS [t33]
      ON [t33].[la_code] = [t6].[la_code]
      AND [t33].[indicator_id] = [t8].[indicator_id]
      AND [t33].[month_index] <= [t7].[month_index]
      AND [t33].[month_index] >= (
        [t7].[month_index] - IIF([t33].[breakdown] = 'month_alone', 0, [t8].[months_back])
      )
  ) AS [t34]
  GROUP BY
    [t34].[la_code],
    [t34].[indicator_id],
    [t34].[month],
    [t34].[breakdown],
    [t34].[breakdown_value],
    [t34].[unit]
)
SELECT
  [t47].[la_code],
  [t47].[indicator_id],
  [t47].[month],
  [t47].[breakdown],
  [t47].[breakdown_value],
  [t47].[numerator],
  CASE
    WHEN [t47].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t47].[unit] = 'rate'
    THEN CAST([t5].[population] AS FLOAT)
    ELSE [t47].[denominator]
  END AS [denominator],
  CASE
    WHEN [t47].[unit] = 'count'
    THEN [t47].[numerator]
    WHEN [t47].[unit] = 'rate'
    THEN IIF(
      CAST([t5].[population] AS FLOAT) > 0,
      (
        [t47].[numerator] * 10000
      ) / CAST([t5].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t47].[unit] = 'percent'
    THEN IIF(
      [t47].[denominator] > 0,
      CAST([t47].[numerator] AS FLOAT) / [t47].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t47].[denominator] > 0,
      CAST([t47].[numerator] AS FLOAT) / [t47].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
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
    FROM (
      SELECT
        [t12].[la_code],
        [t12].[indicator_id],
        [t12].[month],
        [t12].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t9].[la_code],
          [t9].[month],
          [t9].[month_end],
          [t9].[month_index],
          [t9].[indicator_id],
          [t9].[months_back],
          [t9].[unit]
        FROM (
          SELECT
            [t6].[la_code],
            [t7].[month],
            [t7].[month_end],
            [t7].[month_index],
            [t8].[indicator_id],
            [t8].[months_back],
            [t8].[unit]
          FROM [scorecard_councils] AS [t6]
          CROSS JOIN [scorecard_month_spine] AS [t7]
          CROSS JOIN (VALUES
            ('CIN2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
        ) AS [t9]
        WHERE
          [t9].[months_back] > 0
      ) AS [t12]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t36].[la_code],
              [t36].[indicator_id],
              [t36].[month],
              [t36].[breakdown],
              [t36].[breakdown_value],
              [t36].[unit],
              [t36].[numerator],
              [t36].[denominator]
            FROM [t35] AS [t36]
            WHERE
              [t36].[breakdown] = 'month_alone'
          ) AS [t39]
          WHERE
            [t12].[la_code] = [t39].[la_code]
            AND [t12].[indicator_id] = [t39].[indicator_id]
            AND [t12].[month] = [t39].[month]
        )
    ) AS [t41]
  ) AS [t43]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t35] AS [t36]
    UNION ALL
    SELECT
      *
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
      FROM (
        SELECT
          [t6].[la_code],
          [t8].[indicator_id],
          [t7].[month],
          [t8].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t6]
        CROSS JOIN [scorecard_month_spine] AS [t7]
        CROSS JOIN (VALUES
          ('CIN2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t36].[la_code],
                [t36].[indicator_id],
                [t36].[month],
                [t36].[breakdown],
                [t36].[breakdown_value],
                [t36].[unit],
                [t36].[numerator],
                [t36].[denominator]
              FROM [t35] AS [t36]
              WHERE
                [t36].[breakdown] = 'all'
            ) AS [t40]
            WHERE
              [t6].[la_code] = [t40].[la_code]
              AND [t8].[indicator_id] = [t40].[indicator_id]
              AND [t7].[month] = [t40].[month]
          )
      ) AS [t42]
    ) AS [t44]
  ) AS [t45]
) AS [t47]
LEFT OUTER JOIN [scorecard_population] AS [t5]
  ON [t47].[la_code] = [t5].[la_code] AND [t47].[month] = [t5].[month]
