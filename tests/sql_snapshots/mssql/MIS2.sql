WITH [t25] AS (
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
      [t7].[la_code],
      [t8].[month],
      [t8].[month_end],
      [t8].[month_index],
      [t9].[indicator_id],
      [t9].[months_back],
      [t9].[unit],
      [t23].[breakdown],
      [t23].[breakdown_value],
      [t23].[_num],
      [t23].[_den],
      [t23].[_until_index]
    FROM [scorecard_councils] AS [t7]
    CROSS JOIN [scorecard_month_spine] AS [t8]
    CROSS JOIN (VALUES
      ('MIS2', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t21].[la_code],
        [t21].[indicator_id],
        [t21].[breakdown],
        [t21].[breakdown_value],
        [t21].[_num],
        [t21].[_den],
        [t21].[month_index] + [t21].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t20].[la_code],
          [t20].[indicator_id],
          [t20].[month_index],
          [t20].[breakdown],
          [t20].[breakdown_value],
          [t20].[_num],
          [t20].[_den],
          [t13].[months_back],
          [t10].[_offset]
        FROM (
          SELECT
            [t18].[la_code],
            [t18].[indicator_id],
            [t18].[month_index],
            [t18].[breakdown],
            [t18].[breakdown_value],
            SUM([t18].[numerator]) AS [_num],
            SUM([t18].[denominator]) AS [_den]
          FROM (
            SELECT
              [t17].[la_code],
              'MIS2' AS [indicator_id],
              (
                (
                  DATEPART(year, [t17].[month]) * 12
                ) + DATEPART(month, [t17].[month])
              ) - 1 AS [month_index],
              'all' AS [breakdown],
              [t17].[breakdown_value],
              [t17].[numerator],
              [t17].[denominator]
            FROM (
              SELECT
                [t14].[la_code],
                [t14].[month],
                [t14].[_part],
                [t14].[breakdown_value],
                SUM([t14].[numerator]) AS [numerator],
                SUM([t14].[denominator]) AS [denominator]
              FROM (
                SELECT
                  [t5].[la_code],
                  DATETRUNC(MONTH, [t5].[start_date]) AS [month],
                  1.0 AS [numerator],
                  1.0 AS [denominator],
                  0 AS [_part],
                  'all' AS [breakdown_value]
                FROM [missing_episode] AS [t5]
                WHERE
                  [t5].[start_date] IS NOT NULL
                  AND DATETRUNC(MONTH, [t5].[start_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
              ) AS [t14]
              GROUP BY
                [t14].[la_code],
                [t14].[month],
                [t14].[_part],
                [t14].[breakdown_value]
            ) AS [t17]
          ) AS [t18]
          GROUP BY
            [t18].[la_code],
            [t18].[indicator_id],
            [t18].[month_index],
            [t18].[breakdown],
            [t18].[breakdown_value]
        ) AS [t20]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('MIS2', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t13]
          ON [t20].[indicator_id] = [t13].[indicator_id]
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
      ) AS [t21]
      WHERE
        [t21].[_offset] <= IIF([t21].[breakdown] = 'month_alone', 0, [t21].[months_back])
    ) AS [t23]
      ON [t23].[la_code] = [t7].[la_code]
      AND [t23].[indicator_id] = [t9].[indicator_id]
      AND [t23].[_until_index] = [t8].[month_index]
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
    THEN CAST([t6].[population] AS FLOAT)
    ELSE [t37].[denominator]
  END AS [denominator],
  CASE
    WHEN [t37].[unit] = 'count'
    THEN [t37].[numerator]
    WHEN [t37].[unit] = 'rate'
    THEN IIF(
      CAST([t6].[population] AS FLOAT) > 0,
      (
        [t37].[numerator] * 10000
      ) / CAST([t6].[population] AS FLOAT),
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
            ('MIS2', 0, 'count')) AS t9(indicator_id, months_back, unit)
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
            [t16].[la_code] = [t29].[la_code]
            AND [t16].[indicator_id] = [t29].[indicator_id]
            AND [t16].[month] = [t29].[month]
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
          ('MIS2', 0, 'count')) AS t9(indicator_id, months_back, unit)
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
              [t7].[la_code] = [t30].[la_code]
              AND [t9].[indicator_id] = [t30].[indicator_id]
              AND [t8].[month] = [t30].[month]
          )
      ) AS [t32]
    ) AS [t34]
  ) AS [t35]
) AS [t37]
LEFT OUTER JOIN [scorecard_population] AS [t6]
  ON [t37].[la_code] = [t6].[la_code] AND [t37].[month] = [t6].[month]
