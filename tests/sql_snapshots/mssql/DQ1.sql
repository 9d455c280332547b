WITH [t17] AS (
  SELECT DISTINCT
    [t16].[la_code],
    [t16].[source],
    [t16].[load_id],
    [t16].[file],
    [t16].[source_table],
    [t16].[row_number],
    [t16].[child_id],
    [t16].[day]
  FROM (
    SELECT
      [t10].[la_code],
      [t10].[source],
      [t10].[load_id],
      [t10].[file],
      [t10].[source_table],
      [t10].[row_number],
      [t10].[child_id],
      COALESCE([t10].[record_date], CAST([t13].[loaded_at] AS DATE)) AS [day]
    FROM [quarantine] AS [t10]
    INNER JOIN (
      SELECT
        [t5].[load_id],
        [t5].[loaded_at]
      FROM [load_log] AS [t5]
    ) AS [t13]
      ON [t10].[load_id] = [t13].[load_id]
  ) AS [t16]
  WHERE
    [t16].[day] IS NOT NULL
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
      ('DQ1', 0, 'count')) AS t9(indicator_id, months_back, unit)
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
          'DQ1' AS [indicator_id],
          (
            (
              DATEPART(year, [t22].[month]) * 12
            ) + DATEPART(month, [t22].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t22].[_part] = 0
            THEN 'all'
            WHEN [t22].[_part] = 1
            THEN 'source'
            ELSE NULL
          END AS [breakdown],
          [t22].[breakdown_value],
          [t22].[numerator],
          [t22].[denominator]
        FROM (
          SELECT
            [t21].[la_code],
            [t21].[month],
            [t21].[_part],
            [t21].[breakdown_value],
            SUM([t21].[numerator]) AS [numerator],
            SUM([t21].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                [t18].[la_code],
                DATETRUNC(MONTH, [t18].[day]) AS [month],
                1.0 AS [numerator],
                1.0 AS [denominator],
                0 AS [_part],
                'all' AS [breakdown_value]
              FROM [t17] AS [t18]
              WHERE
                DATETRUNC(MONTH, [t18].[day]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
            ) AS [t19]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                [t18].[la_code],
                DATETRUNC(MONTH, [t18].[day]) AS [month],
                1.0 AS [numerator],
                1.0 AS [denominator],
                1 AS [_part],
                COALESCE([t18].[source], 'unknown') AS [breakdown_value]
              FROM [t17] AS [t18]
              WHERE
                DATETRUNC(MONTH, [t18].[day]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
            ) AS [t20]
          ) AS [t21]
          GROUP BY
            [t21].[la_code],
            [t21].[month],
            [t21].[_part],
            [t21].[breakdown_value]
        ) AS [t22]
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
        [t15].[la_code],
        [t15].[indicator_id],
        [t15].[month],
        [t15].[unit],
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
            ('DQ1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t15]
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
            [t15].[la_code] = [t31].[la_code]
            AND [t15].[indicator_id] = [t31].[indicator_id]
            AND [t15].[month] = [t31].[month]
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
          ('DQ1', 0, 'count')) AS t9(indicator_id, months_back, unit)
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
