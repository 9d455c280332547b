WITH [t19] AS (
  SELECT
    [t18].[la_code],
    [t18].[indicator_id],
    [t18].[month],
    [t18].[breakdown],
    [t18].[breakdown_value],
    [t18].[unit],
    SUM([t18].[_num]) AS [numerator],
    SUM([t18].[_den]) AS [denominator]
  FROM (
    SELECT
      [t6].[la_code],
      [t7].[month],
      [t7].[month_end],
      [t7].[month_index],
      [t8].[indicator_id],
      [t8].[months_back],
      [t8].[unit],
      [t17].[la_code] AS [la_code_right],
      [t17].[indicator_id] AS [indicator_id_right],
      [t17].[month_index] AS [month_index_right],
      [t17].[breakdown],
      [t17].[breakdown_value],
      [t17].[_num],
      [t17].[_den]
    FROM [scorecard_councils] AS [t6]
    CROSS JOIN [scorecard_month_spine] AS [t7]
    CROSS JOIN (VALUES
      ('CPP4', 11, 'percent')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t15].[la_code],
        [t15].[indicator_id],
        [t15].[month_index],
        [t15].[breakdown],
        [t15].[breakdown_value],
        SUM([t15].[numerator]) AS [_num],
        SUM([t15].[denominator]) AS [_den]
      FROM (
        SELECT
          [t14].[la_code],
          [t14].[indicator_id],
          [t14].[month_index],
          [t14].[breakdown],
          [t14].[breakdown_value],
          SUM([t14].[numerator]) AS [numerator],
          SUM([t14].[denominator]) AS [denominator]
        FROM (
          SELECT
            *
          FROM (
            SELECT
              [t4].[la_code],
              IIF(
                COALESCE([t4].[end_date] >= DATEADD(YEAR, CAST('2' AS BIGINT), [t4].[start_date]), (1 = 0)),
                1.0,
                0.0
              ) AS [numerator],
              1.0 AS [denominator],
              'CPP4' AS [indicator_id],
              (
                (
                  DATEPART(year, DATETRUNC(MONTH, [t4].[end_date])) * 12
                ) + DATEPART(month, DATETRUNC(MONTH, [t4].[end_date]))
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              'all' AS [breakdown_value]
            FROM [cp_plan] AS [t4]
            WHERE
              [t4].[end_date] IS NOT NULL
              AND DATETRUNC(MONTH, [t4].[end_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
          ) AS [t12]
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              [t4].[la_code],
              IIF(
                COALESCE([t4].[end_date] >= DATEADD(YEAR, CAST('2' AS BIGINT), [t4].[start_date]), (1 = 0)),
                1.0,
                0.0
              ) AS [numerator],
              1.0 AS [denominator],
              'CPP4' AS [indicator_id],
              (
                (
                  DATEPART(year, DATETRUNC(MONTH, [t4].[end_date])) * 12
                ) + DATEPART(month, DATETRUNC(MONTH, [t4].[end_date]))
              ) - 1 AS [month_index],
              'month_alone' AS [breakdown],
              'all' AS [breakdown_value]
            FROM [cp_plan] AS [t4]
            WHERE
              [t4].[end_date] IS NOT NULL
              AND DATETRUNC(MONTH, [t4].[end_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
          ) AS [t13]
        ) AS [t14]
        GROUP BY
          [t14].[la_code],
          [t14].[indicator_id],
          [t14].[month_index],
          [t14].[breakdown],
          [t14].[breakdown_value]
      ) AS [t15]
      GROUP BY
        [t15].[la_code],
        [t15].[indicator_id],
        [t15].[month_index],
        [t15].[breakdown],
        [t15].[breakdown_value]
    ) AS [t17]
      ON [t17].[la_code] = [t6].[la_code]
      AND [t17].[indicator_id] = [t8].[indicator_id]
      AND [t17].[month_index] <= [t7].[month_index]
      AND [t17].[month_index] >= (
        [t7].[month_index] - IIF([t17].[breakdown] = 'month_alone', 0, [t8].[months_back])
      )
  ) AS [t18]
  GROUP BY
    [t18].[la_code],
    [t18].[indicator_id],
    [t18].[month],
    [t18].[breakdown],
    [t18].[breakdown_value],
    [t18].[unit]
)
SELECT
  [t31].[la_code],
  [t31].[indicator_id],
  [t31].[month],
  [t31].[breakdown],
  [t31].[breakdown_value],
  [t31].[numerator],
  CASE
    WHEN [t31].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t31].[unit] = 'rate'
    THEN CAST([t5].[population] AS FLOAT)
    ELSE [t31].[denominator]
  END AS [denominator],
  CASE
    WHEN [t31].[unit] = 'count'
    THEN [t31].[numerator]
    WHEN [t31].[unit] = 'rate'
    THEN IIF(
      CAST([t5].[population] AS FLOAT) > 0,
      (
        [t31].[numerator] * 10000
      ) / CAST([t5].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t31].[unit] = 'percent'
    THEN IIF(
      [t31].[denominator] > 0,
      CAST([t31].[numerator] AS FLOAT) / [t31].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t31].[denominator] > 0,
      CAST([t31].[numerator] AS FLOAT) / [t31].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t25].[la_code],
      [t25].[indicator_id],
      [t25].[month],
      [t25].[breakdown],
      [t25].[breakdown_value],
      [t25].[unit],
      [t25].[numerator],
      [t25].[denominator]
    FROM (
      SELECT
        [t11].[la_code],
        [t11].[indicator_id],
        [t11].[month],
        [t11].[unit],
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
            ('CPP4', 11, 'percent')) AS t8(indicator_id, months_back, unit)
        ) AS [t9]
        WHERE
          [t9].[months_back] > 0
      ) AS [t11]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t20].[la_code],
              [t20].[indicator_id],
              [t20].[month],
              [t20].[breakdown],
              [t20].[breakdown_value],
              [t20].[unit],
              [t20].[numerator],
              [t20].[denominator]
            FROM [t19] AS [t20]
            WHERE
              [t20].[breakdown] = 'month_alone'
          ) AS [t23]
          WHERE
            [t11].[la_code] = [t23].[la_code]
            AND [t11].[indicator_id] = [t23].[indicator_id]
            AND [t11].[month] = [t23].[month]
        )
    ) AS [t25]
  ) AS [t27]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t19] AS [t20]
    UNION ALL
    SELECT
      *
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
          ('CPP4', 11, 'percent')) AS t8(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t20].[la_code],
                [t20].[indicator_id],
                [t20].[month],
                [t20].[breakdown],
                [t20].[breakdown_value],
                [t20].[unit],
                [t20].[numerator],
                [t20].[denominator]
              FROM [t19] AS [t20]
              WHERE
                [t20].[breakdown] = 'all'
            ) AS [t24]
            WHERE
              [t6].[la_code] = [t24].[la_code]
              AND [t8].[indicator_id] = [t24].[indicator_id]
              AND [t7].[month] = [t24].[month]
          )
      ) AS [t26]
    ) AS [t28]
  ) AS [t29]
) AS [t31]
LEFT OUTER JOIN [scorecard_population] AS [t5]
  ON [t31].[la_code] = [t5].[la_code] AND [t31].[month] = [t5].[month]
