WITH [t17] AS (
  SELECT
    [t14].[cp_plan_id],
    [t14].[referral_id],
    [t14].[child_id],
    [t14].[start_date],
    [t14].[end_date],
    [t14].[initial_category],
    [t14].[latest_category],
    [t14].[number_of_previous_plans],
    [t14].[la_code],
    [t14].[load_id],
    LAG([t14].[start_date]) OVER (
      PARTITION BY [t14].[la_code], [t14].[child_id]
      ORDER BY CASE WHEN [t14].[start_date] IS NULL THEN 1 ELSE 0 END, [t14].[start_date] ASC, CASE WHEN [t14].[cp_plan_id] IS NULL THEN 1 ELSE 0 END, [t14].[cp_plan_id] ASC
    ) AS [_earlier]
  FROM (
    SELECT
      [t5].[cp_plan_id],
      [t5].[referral_id],
      [t5].[child_id],
      [t5].[start_date],
      [t5].[end_date],
      [t5].[initial_category],
      [t5].[latest_category],
      [t5].[number_of_previous_plans],
      [t5].[la_code],
      [t5].[load_id]
    FROM [cp_plan] AS [t5]
    WHERE
      [t5].[start_date] IS NOT NULL
  ) AS [t14]
), [t32] AS (
  SELECT
    [t31].[la_code],
    [t31].[indicator_id],
    [t31].[month],
    [t31].[breakdown],
    [t31].[breakdown_value],
    [t31].[unit],
    SUM([t31].[_num]) AS [numerator],
    SUM([t31].[_den]) AS [denominator]
  FROM (
    SELECT
      [t7].[la_code],
      [t8].[month],
      [t8].[month_end],
      [t8].[month_index],
      [t9].[indicator_id],
      [t9].[months_back],
      [t9].[unit],
      [t30].[breakdown],
      [t30].[breakdown_value],
      [t30].[_num],
      [t30].[_den],
      [t30].[_until_index]
    FROM [scorecard_councils] AS [t7]
    CROSS JOIN [scorecard_month_spine] AS [t8]
    CROSS JOIN (VALUES
      ('CPP3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t28].[la_code],
        [t28].[indicator_id],
        [t28].[breakdown],
        [t28].[breakdown_value],
        [t28].[_num],
        [t28].[_den],
        [t28].[month_index] + [t28].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t27].[la_code],
          [t27].[indicator_id],
          [t27].[month_index],
          [t27].[breakdown],
          [t27].[breakdown_value],
          [t27].[_num],
          [t27].[_den],
          [t13].[months_back],
          [t10].[_offset]
        FROM (
          SELECT
            [t25].[la_code],
            [t25].[indicator_id],
            [t25].[month_index],
            [t25].[breakdown],
            [t25].[breakdown_value],
            SUM([t25].[numerator]) AS [_num],
            SUM([t25].[denominator]) AS [_den]
          FROM (
            SELECT
              [t24].[la_code],
              'CPP3' AS [indicator_id],
              (
                (
                  DATEPART(year, [t24].[month]) * 12
                ) + DATEPART(month, [t24].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t24].[_part] = 0
                THEN 'all'
                WHEN [t24].[_part] = 1
                THEN 'category'
                WHEN [t24].[_part] = 2
                THEN 'month_alone'
                ELSE NULL
              END AS [breakdown],
              [t24].[breakdown_value],
              [t24].[numerator],
              [t24].[denominator]
            FROM (
              SELECT
                [t23].[la_code],
                [t23].[month],
                [t23].[_part],
                [t23].[breakdown_value],
                SUM([t23].[numerator]) AS [numerator],
                SUM([t23].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t18].[la_code],
                    DATETRUNC(MONTH, [t18].[start_date]) AS [month],
                    IIF(COALESCE([t18].[_earlier] IS NOT NULL, (1 = 0)), 1.0, 0.0) AS [numerator],
                    1.0 AS [denominator],
                    2 AS [_part],
                    'all' AS [breakdown_value]
                  FROM [t17] AS [t18]
                  WHERE
                    [t18].[start_date] IS NOT NULL
                    AND DATETRUNC(MONTH, [t18].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                ) AS [t19]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t18].[la_code],
                      DATETRUNC(MONTH, [t18].[start_date]) AS [month],
                      IIF(COALESCE([t18].[_earlier] IS NOT NULL, (1 = 0)), 1.0, 0.0) AS [numerator],
                      1.0 AS [denominator],
                      0 AS [_part],
                      'all' AS [breakdown_value]
                    FROM [t17] AS [t18]
                    WHERE
                      [t18].[start_date] IS NOT NULL
                      AND DATETRUNC(MONTH, [t18].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                  ) AS [t20]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t18].[la_code],
                      DATETRUNC(MONTH, [t18].[start_date]) AS [month],
                      IIF(COALESCE([t18].[_earlier] IS NOT NULL, (1 = 0)), 1.0, 0.0) AS [numerator],
                      1.0 AS [denominator],
                      1 AS [_part],
                      COALESCE([t18].[initial_category], 'unknown') AS [breakdown_value]
                    FROM [t17] AS [t18]
                    WHERE
                      [t18].[start_date] IS NOT NULL
                      AND DATETRUNC(MONTH, [t18].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                  ) AS [t21]
                ) AS [t22]
              ) AS [t23]
              GROUP BY
                [t23].[la_code],
                [t23].[month],
                [t23].[_part],
                [t23].[breakdown_value]
            ) AS [t24]
          ) AS [t25]
          GROUP BY
            [t25].[la_code],
            [t25].[indicator_id],
            [t25].[month_index],
            [t25].[breakdown],
            [t25].[breakdown_value]
        ) AS [t27]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CPP3', 11, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t13]
          ON [t27].[indicator_id] = [t13].[indicator_id]
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
      ) AS [t28]
      WHERE
        [t28].[_offset] <= IIF([t28].[breakdown] = 'month_alone', 0, [t28].[months_back])
    ) AS [t30]
      ON [t30].[la_code] = [t7].[la_code]
      AND [t30].[indicator_id] = [t9].[indicator_id]
      AND [t30].[_until_index] = [t8].[month_index]
  ) AS [t31]
  GROUP BY
    [t31].[la_code],
    [t31].[indicator_id],
    [t31].[month],
    [t31].[breakdown],
    [t31].[breakdown_value],
    [t31].[unit]
)
SELECT
  [t44].[la_code],
  [t44].[indicator_id],
  [t44].[month],
  [t44].[breakdown],
  [t44].[breakdown_value],
  [t44].[numerator],
  CASE
    WHEN [t44].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t44].[unit] = 'rate'
    THEN CAST([t6].[population] AS FLOAT)
    ELSE [t44].[denominator]
  END AS [denominator],
  CASE
    WHEN [t44].[unit] = 'count'
    THEN [t44].[numerator]
    WHEN [t44].[unit] = 'rate'
    THEN IIF(
      CAST([t6].[population] AS FLOAT) > 0,
      (
        [t44].[numerator] * 10000
      ) / CAST([t6].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t44].[unit] = 'percent'
    THEN IIF(
      [t44].[denominator] > 0,
      CAST([t44].[numerator] AS FLOAT) / [t44].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t44].[denominator] > 0,
      CAST([t44].[numerator] AS FLOAT) / [t44].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t38].[la_code],
      [t38].[indicator_id],
      [t38].[month],
      [t38].[breakdown],
      [t38].[breakdown_value],
      [t38].[unit],
      [t38].[numerator],
      [t38].[denominator]
    FROM (
      SELECT
        [t16].[la_code],
        [t16].[indicator_id],
        [t16].[month],
        [t16].[unit],
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
            ('CPP3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t16]
      WHERE
        NOT EXISTS(
          SELECT
            1
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
            FROM [t32] AS [t33]
            WHERE
              [t33].[breakdown] = 'month_alone'
          ) AS [t36]
          WHERE
            [t16].[la_code] = [t36].[la_code]
            AND [t16].[indicator_id] = [t36].[indicator_id]
            AND [t16].[month] = [t36].[month]
        )
    ) AS [t38]
  ) AS [t40]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t32] AS [t33]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t39].[la_code],
        [t39].[indicator_id],
        [t39].[month],
        [t39].[breakdown],
        [t39].[breakdown_value],
        [t39].[unit],
        [t39].[numerator],
        [t39].[denominator]
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
          ('CPP3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
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
              FROM [t32] AS [t33]
              WHERE
                [t33].[breakdown] = 'all'
            ) AS [t37]
            WHERE
              [t7].[la_code] = [t37].[la_code]
              AND [t9].[indicator_id] = [t37].[indicator_id]
              AND [t8].[month] = [t37].[month]
          )
      ) AS [t39]
    ) AS [t41]
  ) AS [t42]
) AS [t44]
LEFT OUTER JOIN [scorecard_population] AS [t6]
  ON [t44].[la_code] = [t6].[la_code] AND [t44].[month] = [t6].[month]
