WITH "t17" AS (
  SELECT
    "t16"."la_code",
    "t16"."indicator_id",
    "t16"."month",
    "t16"."breakdown",
    "t16"."breakdown_value",
    "t16"."unit",
    SUM("t16"."_num") AS "numerator",
    SUM("t16"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t15"."la_code" AS "la_code_right",
      "t15"."indicator_id" AS "indicator_id_right",
      "t15"."month_index" AS "month_index_right",
      "t15"."breakdown",
      "t15"."breakdown_value",
      "t15"."_num",
      "t15"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('ADP1', 0, 'count')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t13"."la_code",
        "t13"."indicator_id",
        "t13"."month_index",
        "t13"."breakdown",
        "t13"."breakdown_value",
        SUM("t13"."numerator") AS "_num",
        SUM("t13"."denominator") AS "_den"
      FROM (
        SELECT
          "t12"."la_code",
          "t12"."indicator_id",
          "t12"."month_index",
          "t12"."breakdown",
          "t12"."breakdown_value",
          SUM("t12"."numerator") AS "numerator",
          SUM("t12"."denominator") AS "denominator"
        FROM (
          SELECT
            "t4"."la_code",
            1.0 AS "numerator",
            1.0 AS "denominator",
            'ADP1' AS "indicator_id",
            (
              (
                EXTRACT(year FROM DATE_TRUNC('MONTH', "t4"."placed_date")) * 12
              ) + EXTRACT(month FROM DATE_TRUNC('MONTH', "t4"."placed_date"))
            ) - 1 AS "month_index",
            'all' AS "breakdown",
            'all' AS "breakdown_value"
          FROM "adoption" AS "t4"
          WHERE
            "t4"."placed_date" IS NOT NULL
            AND DATE_TRUNC('MONTH', "t4"."placed_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
        ) AS "t12"
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS "t13"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t15"
      ON "t15"."la_code" = "t6"."la_code"
      AND "t15"."indicator_id" = "t8"."indicator_id"
      AND "t15"."month_index" <= "t7"."month_index"
      AND "t15"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t15"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t16"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t29"."la_code",
  "t29"."indicator_id",
  "t29"."month",
  "t29"."breakdown",
  "t29"."breakdown_value",
  "t29"."numerator",
  CASE
    WHEN "t29"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t29"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE)
    ELSE "t29"."denominator"
  END AS "denominator",
  CASE
    WHEN "t29"."unit" = 'count'
    THEN "t29"."numerator"
    WHEN "t29"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE) > 0
      THEN (
        "t29"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t29"."unit" = 'percent'
    THEN CASE
      WHEN "t29"."denominator" > 0
      THEN "t29"."numerator" / "t29"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t29"."denominator" > 0
      THEN "t29"."numerator" / "t29"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t23"."la_code",
      "t23"."indicator_id",
      "t23"."month",
      "t23"."breakdown",
      "t23"."breakdown_value",
      "t23"."unit",
      "t23"."numerator",
      "t23"."denominator"
    FROM (
      SELECT
        "t11"."la_code",
        "t11"."indicator_id",
        "t11"."month",
        "t11"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t6"."la_code",
            "t7"."month",
            "t7"."month_end",
            "t7"."month_index",
            "t8"."indicator_id",
            "t8"."months_back",
            "t8"."unit"
          FROM "scorecard_councils" AS "t6"
          CROSS JOIN "scorecard_month_spine" AS "t7"
          CROSS JOIN (VALUES
            ('ADP1', 0, 'count')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t11"
      ANTI JOIN (
        SELECT
          *
        FROM "t17" AS "t18"
        WHERE
          "t18"."breakdown" = 'month_alone'
      ) AS "t21"
        ON "t11"."la_code" = "t21"."la_code"
        AND "t11"."indicator_id" = "t21"."indicator_id"
        AND "t11"."month" = "t21"."month"
    ) AS "t23"
  ) AS "t25"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t17" AS "t18"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t24"."la_code",
        "t24"."indicator_id",
        "t24"."month",
        "t24"."breakdown",
        "t24"."breakdown_value",
        "t24"."unit",
        "t24"."numerator",
        "t24"."denominator"
      FROM (
        SELECT
          "t6"."la_code",
          "t8"."indicator_id",
          "t7"."month",
          "t8"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t6"
        CROSS JOIN "scorecard_month_spine" AS "t7"
        CROSS JOIN (VALUES
          ('ADP1', 0, 'count')) AS t8(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t17" AS "t18"
          WHERE
            "t18"."breakdown" = 'all'
        ) AS "t22"
          ON "t6"."la_code" = "t22"."la_code"
          AND "t8"."indicator_id" = "t22"."indicator_id"
          AND "t7"."month" = "t22"."month"
      ) AS "t24"
    ) AS "t26"
  ) AS "t27"
) AS "t29"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t29"."la_code" = "t5"."la_code" AND "t29"."month" = "t5"."month"
