WITH [t13] AS (
  SELECT
    [t10].[cp_plan_id],
    [t10].[referral_id],
    [t10].[child_id],
    [t10].[start_date],
    [t10].[end_date],
    [t10].[initial_category],
    [t10].[latest_category],
    [t10].[number_of_previous_plans],
    [t10].[la_code],
    [t10].[load_id],
    LAG([t10].[start_date]) OVER (
      PARTITION BY [t10].[la_code], [t10].[child_id]
      ORDER BY CASE WHEN [t10].[start_date] IS NULL THEN 1 ELSE 0 END, [t10].[start_date] ASC, CASE WHEN [t10].[cp_plan_id] IS NULL THEN 1 ELSE 0 END, [t10].[cp_plan_id] ASC
    ) AS [_earlier]
  FROM (
    SELECT
      [t4].[cp_plan_id],
      [t4].[referral_id],
      [t4].[child_id],
      [t4].[start_date],
      [t4].[end_date],
      [t4].[initial_category],
      [t4].[latest_category],
      [t4].[number_of_previous_plans],
      [t4].[la_code],
      [t4].[load_id]
    FROM [cp_plan] AS [t4]
    WHERE
      [t4].[start_date] IS NOT NULL
  ) AS [t10]
), [t25] AS (
  SELECT
    [t24].[la_code],
    [t24].[indicator_id],
    [t24].[month],
    [t24].[breakdown],
    [t24].[breakdown_value],
    [t24].[unit],
    SUM([t24].[_num]) AS [numerator],
    SUM([t24].[_den]) AS [denominator]
  FROM (
    SELECT
      [t6].[la_code],
      [t7].[month],
      [t7].[month_end],
      [t7].[month_index],
      [t8].[indicator_id],
      [t8].[months_back],
      [t8].[unit],
      [t23].[la_code] AS [la_code_right],
      [t23].[indicator_id] AS [indicator_id_right],
      [t23].[month_index] AS [month_index_right],
      [t23].[breakdown],
      [t23].[breakdown_value],
      [t23].[_num],
      [t23].[_den]
    FROM [scorecard_councils] AS [t6]
    CROSS JOIN [scorecard_month_spine] AS [t7]
    CROSS JOIN (VALUES
      ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t21].[la_code],
        [t21].[indicator_id],
        [t21].[month_index],
        [t21].[breakdown],
        [t21].[breakdown_value],
        SUM([t21].[numerator]) AS [_num],
        SUM([t21].[denominator]) AS [_den]
      FROM (
        SELECT
          [t20].[la_code],
          'CPP3' AS [indicator_id],
          (
            (
              DATEPART(year, [t20].[month]) * 12
            ) + DATEPART(month, [t20].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t20].[_part] = 0
            THEN 'all'
            WHEN [t20].[_part] = 1
            THEN 'category'
            WHEN [t20].[_part] = 2
            THEN 'month_alone'
            ELSE NULL
          END AS [breakdown],
          [t20].[breakdown_value],
          [t20].[numerator],
          [t20].[denominator]
        FROM (
          SELECT
            [t19].[la_code],
            [t19].[month],
            [t19].[_part],
            [t19].[breakdown_value],
            SUM([t19].[numerator]) AS [numerator],
            SUM([t19].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                [t14].[la_code],
                DATETRUNC(MONTH, [t14].[start_date]) AS [month],
                IIF(COALESCE([t14].[_earlier] IS NOT NULL, (1 = 0)), 1.0, 0.0) AS [numerator],
                1.0 AS [denominator],
                2 AS [_part],
                'all' AS [breakdown_value]
              FROM [t13] AS [t14]
              WHERE
                [t14].[start_date] IS NOT NULL
                AND DATETRUNC(MONTH, [t14].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
            ) AS [t15]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t14].[la_code],
                  DATETRUNC(MONTH, [t14].[start_date]) AS [month],
                  IIF(COALESCE([t14].[_earlier] IS NOT NULL, (1 = 0)), 1.0, 0.0) AS [numerator],
                  1.0 AS [denominator],
                  0 AS [_part],
                  'all' AS [breakdown_value]
                FROM [t13] AS [t14]
                WHERE
                  [t14].[start_date] IS NOT NULL
                  AND DATETRUNC(MONTH, [t14].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
              ) AS [t16]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t14].[la_code],
                  DATETRUNC(MONTH, [t14].[start_date]) AS [month],
                  IIF(COALESCE([t14].[_earlier] IS NOT NULL, (1 = 0)), 1.0, 0.0) AS [numerator],
                  1.0 AS [denominator],
                  1 AS [_part],
                  COALESCE([t14].[initial_category], 'unknown') AS [breakdown_value]
                FROM [t13] AS [t14]
                WHERE
                  [t14].[start_date] IS NOT NULL
                  AND DATETRUNC(MONTH, [t14].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
              ) AS [t17]
            ) AS [t18]
          ) AS [t19]
          GROUP BY
            [t19].[la_code],
            [t19].[month],
            [t19].[_part],
            [t19].[breakdown_value]
        ) AS [t20]
      ) AS [t21]
      GROUP BY
        [t21].[la_code],
        [t21].[indicator_id],
        [t21].[month_index],
        [t21].[breakdown],
        [t21].[breakdown_value]
    ) AS [t23]
      ON [t23].[la_code] = [t6].[la_code]
      AND [t23].[indicator_id] = [t8].[indicator_id]
      AND [t23].[month_index] <= [t7].[month_index]
      AND [t23].[month_index] >= (
        [t7].[month_index] - IIF([t23].[breakdown] = 'month_alone', 0, [t8].[months_back])
      )
  ) AS [t24]
  GROUP BY
    [t24].[la_code],
    [t24].[indicator_id],
    [t24].[month],
    [t24].[breakdown],
    [t24].[breakdown_value],
    [t24].[unit]
)
SELECT
  [t37].[la_code],
  [t37].[indicator_id],
  [t37].[month],
  [t37].[breakdown],
  [t37].[breakdown_value],
  [t37].[numerator],
  CASE
    WHEN [t37].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t37].[unit] = 'rate'
    THEN CAST([t5].[population] AS FLOAT)
    ELSE [t37].[denominator]
  END AS [denominator],
  CASE
    WHEN [t37].[unit] = 'count'
    THEN [t37].[numerator]
    WHEN [t37].[unit] = 'rate'
    THEN IIF(
      CAST([t5].[population] AS FLOAT) > 0,
      (
        [t37].[numerator] * 10000
      ) / CAST([t5].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t37].[unit] = 'percent'
    THEN IIF(
      [t37].[denominator] > 0,
      CAST([t37].[numerator] AS FLOAT) / [t37].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t37].[denominator] > 0,
      CAST([t37].[numerator] AS FLOAT) / [t37].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t31].[la_code],
      [t31].[indicator_id],
      [t31].[month],
      [t31].[breakdown],
      [t31].[breakdown_value],
      [t31].[unit],
      [t31].[numerator],
      [t31].[denominator]
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
            ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
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
              [t26].[la_code],
              [t26].[indicator_id],
              [t26].[month],
              [t26].[breakdown],
              [t26].[breakdown_value],
              [t26].[unit],
              [t26].[numerator],
              [t26].[denominator]
            FROM [t25] AS [t26]
            WHERE
              [t26].[breakdown] = 'month_alone'
          ) AS [t29]
          WHERE
            [t12].[la_code] = [t29].[la_code]
            AND [t12].[indicator_id] = [t29].[indicator_id]
            AND [t12].[month] = [t29].[month]
        )
    ) AS [t31]
  ) AS [t33]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t25] AS [t26]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t32].[la_code],
        [t32].[indicator_id],
        [t32].[month],
        [t32].[breakdown],
        [t32].[breakdown_value],
        [t32].[unit],
        [t32].[numerator],
        [t32].[denominator]
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
          ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t26].[la_code],
                [t26].[indicator_id],
                [t26].[month],
                [t26].[breakdown],
                [t26].[breakdown_value],
                [t26].[unit],
                [t26].[numerator],
                [t26].[denominator]
              FROM [t25] AS [t26]
              WHERE
                [t26].[breakdown] = 'all'
            ) AS [t30]
            WHERE
              [t6].[la_code] = [t30].[la_code]
              AND [t8].[indicator_id] = [t30].[indicator_id]
              AND [t7].[month] = [t30].[month]
          )
      ) AS [t32]
    ) AS [t34]
  ) AS [t35]
) AS [t37]
LEFT OUTER JOIN [scorecard_population] AS [t5]
  ON [t37].[la_code] = [t5].[la_code] AND [t37].[month] = [t5].[month]
