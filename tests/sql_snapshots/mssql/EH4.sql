WITH [t12] AS (
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
    [t4].[load_id],
    DATETRUNC(MONTH, [t4].[referral_date]) AS [month]
  FROM [cin_episode] AS [t4]
  WHERE
    [t4].[referral_date] IS NOT NULL
    AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
), [t27] AS (
  SELECT
    [t26].[la_code],
    [t26].[indicator_id],
    [t26].[month],
    [t26].[breakdown],
    [t26].[breakdown_value],
    [t26].[unit],
    SUM([t26].[_num]) AS [numerator],
    SUM([t26].[_den]) AS [denominator]
  FROM (
    SELECT
      [t7].[la_code],
      [t8].[month],
      [t8].[month_end],
      [t8].[month_index],
      [t9].[indicator_id],
      [t9].[months_back],
      [t9].[unit],
      [t25].[la_code] AS [la_code_right],
      [t25].[indicator_id] AS [indicator_id_right],
      [t25].[month_index] AS [month_index_right],
      [t25].[breakdown],
      [t25].[breakdown_value],
      [t25].[_num],
      [t25].[_den]
    FROM [scorecard_councils] AS [t7]
    CROSS JOIN [scorecard_month_spine] AS [t8]
    CROSS JOIN (VALUES
      ('EH4', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t23].[la_code],
        [t23].[indicator_id],
        [t23].[month_index],
        [t23].[breakdown],
        [t23].[breakdown_value],
        SUM([t23].[numerator]) AS [_num],
        SUM([t23].[denominator]) AS [_den]
      FROM (
        SELECT
          [t22].[la_code],
          [t22].[indicator_id],
          [t22].[month_index],
          [t22].[breakdown],
          [t22].[breakdown_value],
          SUM([t22].[numerator]) AS [numerator],
          SUM([t22].[denominator]) AS [denominator]
        FROM (
          SELECT
            [t21].[la_code],
            1.0 AS [numerator],
            1.0 AS [denominator],
            'EH4' AS [indicator_id],
            (
              (
                DATEPART(year, [t21].[month]) * 12
              ) + DATEPART(month, [t21].[month])
            ) - 1 AS [month_index],
            'all' AS [breakdown],
            'all' AS [breakdown_value]
          FROM (
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
              [t14].[month]
            FROM [t12] AS [t14]
            WHERE
              [t14].[referral_id] IN (
                SELECT
                  [t19].[referral_id]
                FROM (
                  SELECT DISTINCT
                    [t18].[la_code],
                    [t18].[referral_id]
                  FROM (
                    SELECT
                      [t16].[la_code],
                      [t16].[referral_id]
                    FROM [t12] AS [t16]
                    INNER JOIN (
                      SELECT
                        [t5].[episode_id],
                        [t5].[child_id],
                        [t5].[start_date],
                        [t5].[end_date],
                        [t5].[reason],
                        [t5].[end_reason],
                        [t5].[organisation],
                        [t5].[la_code],
                        [t5].[load_id]
                      FROM [early_help_episode] AS [t5]
                      WHERE
                        [t5].[start_date] IS NOT NULL
                    ) AS [t13]
                      ON [t16].[la_code] = [t13].[la_code]
                      AND [t16].[child_id] = [t13].[child_id]
                      AND [t13].[start_date] <= [t16].[referral_date]
                      AND COALESCE([t13].[end_date], DATEFROMPARTS(9999, 12, 31)) >= DATEADD(MONTH, -CAST('3' AS BIGINT), [t16].[referral_date])
                  ) AS [t18]
                ) AS [t19]
              )
          ) AS [t21]
        ) AS [t22]
        GROUP BY
          [t22].[la_code],
          [t22].[indicator_id],
          [t22].[month_index],
          [t22].[breakdown],
          [t22].[breakdown_value]
      ) AS [t23]
      GROUP BY
        [t23].[la_code],
        [t23].[indicator_id],
        [t23].[month_index],
        [t23].[breakdown],
        [t23].[breakdown_value]
    ) AS [t25]
      ON [t25].[la_code] = [t7].[la_code]
      AND [t25].[indicator_id] = [t9].[indicator_id]
      AND [t25].[month_index] <= [t8].[month_index]
      AND [t25].[month_index] >= (
        [t8].[month_index] - IIF([t25].[breakdown] = 'month_alone', 0, [t9].[months_back])
      )
  ) AS [t26]
  GROUP BY
    [t26].[la_code],
    [t26].[indicator_id],
    [t26].[month],
    [t26].[breakdown],
    [t26].[breakdown_value],
    [t26].[unit]
)
SELECT
  [t39].[la_code],
  [t39].[indicator_id],
  [t39].[month],
  [t39].[breakdown],
  [t39].[breakdown_value],
  [t39].[numerator],
  CASE
    WHEN [t39].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t39].[unit] = 'rate'
    THEN CAST([t6].[population] AS FLOAT)
    ELSE [t39].[denominator]
  END AS [denominator],
  CASE
    WHEN [t39].[unit] = 'count'
    THEN [t39].[numerator]
    WHEN [t39].[unit] = 'rate'
    THEN IIF(
      CAST([t6].[population] AS FLOAT) > 0,
      (
        [t39].[numerator] * 10000
      ) / CAST([t6].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t39].[unit] = 'percent'
    THEN IIF(
      [t39].[denominator] > 0,
      CAST([t39].[numerator] AS FLOAT) / [t39].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t39].[denominator] > 0,
      CAST([t39].[numerator] AS FLOAT) / [t39].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t33].[la_code],
      [t33].[indicator_id],
      [t33].[month],
      [t33].[breakdown],
      [t33].[breakdown_value],
      [t33].[unit],
      [t33].[numerator],
      [t33].[denominator]
    FROM (
      SELECT
        [t17].[la_code],
        [t17].[indicator_id],
        [t17].[month],
        [t17].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t10].[la_code],
          [t10].[month],
          [t10].[month_end],
          [t10].[month_index],
          [t10].[indicator_id],
          [t10].[months_back],
          [t10].[unit]
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
            ('EH4', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ) AS [t10]
        WHERE
          [t10].[months_back] > 0
      ) AS [t17]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t28].[la_code],
              [t28].[indicator_id],
              [t28].[month],
              [t28].[breakdown],
              [t28].[breakdown_value],
              [t28].[unit],
              [t28].[numerator],
              [t28].[denominator]
            FROM [t27] AS [t28]
            WHERE
              [t28].[breakdown] = 'month_alone'
          ) AS [t31]
          WHERE
            [t17].[la_code] = [t31].[la_code]
            AND [t17].[indicator_id] = [t31].[indicator_id]
            AND [t17].[month] = [t31].[month]
        )
    ) AS [t33]
  ) AS [t35]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t27] AS [t28]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t34].[la_code],
        [t34].[indicator_id],
        [t34].[month],
        [t34].[breakdown],
        [t34].[breakdown_value],
        [t34].[unit],
        [t34].[numerator],
        [t34].[denominator]
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
          ('EH4', 0, 'count')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t28].[la_code],
                [t28].[indicator_id],
                [t28].[month],
                [t28].[breakdown],
                [t28].[breakdown_value],
                [t28].[unit],
                [t28].[numerator],
                [t28].[denominator]
              FROM [t27] AS [t28]
              WHERE
                [t28].[breakdown] = 'all'
            ) AS [t32]
            WHERE
              [t7].[la_code] = [t32].[la_code]
              AND [t9].[indicator_id] = [t32].[indicator_id]
              AND [t8].[month] = [t32].[month]
          )
      ) AS [t34]
    ) AS [t36]
  ) AS [t37]
) AS [t39]
LEFT OUTER JOIN [scorecard_population] AS [t6]
  ON [t39].[la_code] = [t6].[la_code] AND [t39].[month] = [t6].[month]
