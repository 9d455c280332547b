WITH [t21] AS (
  SELECT DISTINCT
    [t20].[la_code],
    [t20].[source],
    [t20].[load_id],
    [t20].[file],
    [t20].[source_table],
    [t20].[row_number],
    [t20].[child_id],
    [t20].[day]
  FROM (
    SELECT
      [t12].[la_code],
      [t12].[source],
      [t12].[load_id],
      [t12].[file],
      [t12].[source_table],
      [t12].[row_number],
      [t12].[child_id],
      COALESCE([t12].[record_date], CAST([t17].[loaded_at] AS DATE)) AS [day]
    FROM [quarantine] AS [t12]
    INNER JOIN (
      SELECT
        [t6].[load_id],
        [t6].[loaded_at]
      FROM [load_log] AS [t6]
    ) AS [t17]
      ON [t12].[load_id] = [t17].[load_id]
  ) AS [t20]
  WHERE
    [t20].[day] IS NOT NULL
), [t34] AS (
  SELECT
    [t33].[la_code],
    [t33].[indicator_id],
    [t33].[month],
    [t33].[breakdown],
    [t33].[breakdown_value],
    [t33].[unit],
    SUM([t33].[_num]) AS [numerator],
    SUM([t33].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t32].[breakdown],
      [t32].[breakdown_value],
      [t32].[_num],
      [t32].[_den],
      [t32].[_until_index]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('DQ1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t30].[la_code],
        [t30].[indicator_id],
        [t30].[breakdown],
        [t30].[breakdown_value],
        [t30].[_num],
        [t30].[_den],
        [t30].[month_index] + [t30].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t29].[la_code],
          [t29].[indicator_id],
          [t29].[month_index],
          [t29].[breakdown],
          [t29].[breakdown_value],
          [t29].[_num],
          [t29].[_den],
          [t16].[months_back],
          [t11].[_offset]
        FROM (
          SELECT
            [t27].[la_code],
            [t27].[indicator_id],
            [t27].[month_index],
            [t27].[breakdown],
            [t27].[breakdown_value],
            SUM([t27].[numerator]) AS [_num],
            SUM([t27].[denominator]) AS [_den]
          FROM (
            SELECT
              [t26].[la_code],
              'DQ1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t26].[month]) * 12
                ) + DATEPART(month, [t26].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t26].[_part] = 0
                THEN 'all'
                WHEN [t26].[_part] = 1
                THEN 'source'
                ELSE NULL
              END AS [breakdown],
              [t26].[breakdown_value],
              [t26].[numerator],
              [t26].[denominator]
            FROM (
              SELECT
                [t25].[la_code],
                [t25].[month],
                [t25].[_part],
                [t25].[breakdown_value],
                SUM([t25].[numerator]) AS [numerator],
                SUM([t25].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t22].[la_code],
                    DATETRUNC(MONTH, [t22].[day]) AS [month],
                    1.0 AS [numerator],
                    1.0 AS [denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM [t21] AS [t22]
                  WHERE
                    DATETRUNC(MONTH, [t22].[day]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                ) AS [t23]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t22].[la_code],
                    DATETRUNC(MONTH, [t22].[day]) AS [month],
                    1.0 AS [numerator],
                    1.0 AS [denominator],
                    1 AS [_part],
                    COALESCE([t22].[source], 'unknown') AS [breakdown_value]
                  FROM [t21] AS [t22]
                  WHERE
                    DATETRUNC(MONTH, [t22].[day]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                ) AS [t24]
              ) AS [t25]
              GROUP BY
                [t25].[la_code],
                [t25].[month],
                [t25].[_part],
                [t25].[breakdown_value]
            ) AS [t26]
          ) AS [t27]
          GROUP BY
            [t27].[la_code],
            [t27].[indicator_id],
            [t27].[month_index],
            [t27].[breakdown],
            [t27].[breakdown_value]
        ) AS [t29]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('DQ1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t29].[indicator_id] = [t16].[indicator_id]
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
          (35)) AS t11(_offset)
      ) AS [t30]
      WHERE
        [t30].[_offset] <= IIF([t30].[breakdown] = 'month_alone', 0, [t30].[months_back])
    ) AS [t32]
      ON [t32].[la_code] = [t8].[la_code]
      AND [t32].[indicator_id] = [t10].[indicator_id]
      AND [t32].[_until_index] = [t9].[month_index]
  ) AS [t33]
  GROUP BY
    [t33].[la_code],
    [t33].[indicator_id],
    [t33].[month],
    [t33].[breakdown],
    [t33].[breakdown_value],
    [t33].[unit]
)
SELECT
  [t46].[la_code],
  [t46].[indicator_id],
  [t46].[month],
  [t46].[breakdown],
  [t46].[breakdown_value],
  [t46].[numerator],
  CASE
    WHEN [t46].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t46].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t46].[denominator]
  END AS [denominator],
  CASE
    WHEN [t46].[unit] = 'count'
    THEN [t46].[numerator]
    WHEN [t46].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t46].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t46].[unit] = 'percent'
    THEN IIF(
      [t46].[denominator] > 0,
      CAST([t46].[numerator] AS FLOAT) / [t46].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t46].[denominator] > 0,
      CAST([t46].[numerator] AS FLOAT) / [t46].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t40].[la_code],
      [t40].[indicator_id],
      [t40].[month],
      [t40].[breakdown],
      [t40].[breakdown_value],
      [t40].[unit],
      [t40].[numerator],
      [t40].[denominator]
    FROM (
      SELECT
        [t19].[la_code],
        [t19].[indicator_id],
        [t19].[month],
        [t19].[unit],
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
            [t8].[la_code],
            [t9].[month],
            [t9].[month_end],
            [t9].[month_index],
            [t10].[indicator_id],
            [t10].[months_back],
            [t10].[unit]
          FROM [scorecard_councils] AS [t8]
          CROSS JOIN [scorecard_month_spine] AS [t9]
          CROSS JOIN (VALUES
            ('DQ1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t35].[la_code],
              [t35].[indicator_id],
              [t35].[month],
              [t35].[breakdown],
              [t35].[breakdown_value],
              [t35].[unit],
              [t35].[numerator],
              [t35].[denominator]
            FROM [t34] AS [t35]
            WHERE
              [t35].[breakdown] = 'month_alone'
          ) AS [t38]
          WHERE
            [t19].[la_code] = [t38].[la_code]
            AND [t19].[indicator_id] = [t38].[indicator_id]
            AND [t19].[month] = [t38].[month]
        )
    ) AS [t40]
  ) AS [t42]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t34] AS [t35]
    UNION ALL
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
          [t8].[la_code],
          [t10].[indicator_id],
          [t9].[month],
          [t10].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t8]
        CROSS JOIN [scorecard_month_spine] AS [t9]
        CROSS JOIN (VALUES
          ('DQ1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t35].[la_code],
                [t35].[indicator_id],
                [t35].[month],
                [t35].[breakdown],
                [t35].[breakdown_value],
                [t35].[unit],
                [t35].[numerator],
                [t35].[denominator]
              FROM [t34] AS [t35]
              WHERE
                [t35].[breakdown] = 'all'
            ) AS [t39]
            WHERE
              [t8].[la_code] = [t39].[la_code]
              AND [t10].[indicator_id] = [t39].[indicator_id]
              AND [t9].[month] = [t39].[month]
          )
      ) AS [t41]
    ) AS [t43]
  ) AS [t44]
) AS [t46]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t46].[la_code] = [t7].[la_code] AND [t46].[month] = [t7].[month]
