WITH "t18" AS (
  SELECT
    "t17"."la_code",
    "t17"."indicator_id",
    "t17"."month",
    "t17"."breakdown",
    "t17"."breakdown_value",
    "t17"."unit",
    SUM("t17"."_num") AS "numerator",
    SUM("t17"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t16"."la_code" AS "la_code_right",
      "t16"."indicator_id" AS "indicator_id_right",
      "t16"."month_index" AS "month_index_right",
      "t16"."breakdown",
      "t16"."breakdown_value",
      "t16"."_num",
      "t16"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('S47c', 0, 'percent')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t14"."la_code",
        "t14"."indicator_id",
        "t14"."month_index",
        "t14"."breakdown",
        "t14"."breakdown_value",
        SUM("t14"."numerator") AS "_num",
        SUM("t14"."denominator") AS "_den"
      FROM (
        SELECT
          "t13"."la_code",
          'S47c' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t13"."month") * 12
            ) + EXTRACT(month FROM "t13"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t13"."breakdown_value",
          "t13"."numerator",
          "t13"."denominator"
        FROM (
          SELECT
            "t10"."la_code",
            "t10"."month",
            "t10"."_part",
            "t10"."breakdown_value",
            SUM("t10"."numerator") AS "numerator",
            SUM("t10"."denominator") AS "denominator"
          FROM (
            SELECT
              "t4"."la_code",
              DATE_TRUNC('MONTH', "t4"."end_date") AS "month",
              CASE WHEN COALESCE("t4"."icpc_date" IS NOT NULL, FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM "s47_enquiry" AS "t4"
            WHERE
              "t4"."end_date" IS NOT NULL
              AND DATE_TRUNC('MONTH', "t4"."end_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
          ) AS "t10"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t13"
      ) AS "t14"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t16"
      ON "t16"."la_code" = "t6"."la_code"
      AND "t16"."indicator_id" = "t8"."indicator_id"
      AND "t16"."month_index" <= "t7"."month_index"
      AND "t16"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t16"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t17"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t30"."la_code",
  "t30"."indicator_id",
  "t30"."month",
  "t30"."breakdown",
  "t30"."breakdown_value",
  "t30"."numerator",
  CASE
    WHEN "t30"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t30"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE)
    ELSE "t30"."denominator"
  END AS "denominator",
  CASE
    WHEN "t30"."unit" = 'count'
    THEN "t30"."numerator"
    WHEN "t30"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE) > 0
      THEN (
        "t30"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t30"."unit" = 'percent'
    THEN CASE
      WHEN "t30"."denominator" > 0
      THEN "t30"."numerator" / "t30"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t30"."denominator" > 0
      THEN "t30"."numerator" / "t30"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
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
        "t12"."la_code",
        "t12"."indicator_id",
        "t12"."month",
        "t12"."unit",
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
            ('S47c', 0, 'percent')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t12"
      ANTI JOIN (
        SELECT
          *
        FROM "t18" AS "t19"
        WHERE
          "t19"."breakdown" = 'month_alone'
      ) AS "t22"
        ON "t12"."la_code" = "t22"."la_code"
        AND "t12"."indicator_id" = "t22"."indicator_id"
        AND "t12"."month" = "t22"."month"
    ) AS "t24"
  ) AS "t26"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t18" AS "t19"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t25"."la_code",
        "t25"."indicator_id",
        "t25"."month",
        "t25"."breakdown",
        "t25"."breakdown_value",
        "t25"."unit",
        "t25"."numerator",
        "t25"."denominator"
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
          ('S47c', 0, 'percent')) AS t8(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t18" AS "t19"
          WHERE
            "t19"."breakdown" = 'all'
        ) AS "t23"
          ON "t6"."la_code" = "t23"."la_code"
          AND "t8"."indicator_id" = "t23"."indicator_id"
          AND "t7"."month" = "t23"."month"
      ) AS "t25"
    ) AS "t27"
  ) AS "t28"
) AS "t30"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t30"."la_code" = "t5"."la_code" AND "t30"."month" = "t5"."month"
