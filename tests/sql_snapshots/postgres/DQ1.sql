WITH "t25" AS (
  SELECT
    "t24"."la_code",
    "t24"."indicator_id",
    "t24"."month",
    "t24"."breakdown",
    "t24"."breakdown_value",
    "t24"."unit",
    SUM("t24"."_num") AS "numerator",
    SUM("t24"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t23"."la_code" AS "la_code_right",
      "t23"."indicator_id" AS "indicator_id_right",
      "t23"."month_index" AS "month_index_right",
      "t23"."breakdown",
      "t23"."breakdown_value",
      "t23"."_num",
      "t23"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('DQ1', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t21"."la_code",
        "t21"."indicator_id",
        "t21"."month_index",
        "t21"."breakdown",
        "t21"."breakdown_value",
        SUM("t21"."numerator") AS "_num",
        SUM("t21"."denominator") AS "_den"
      FROM (
        SELECT
          "t20"."la_code",
          "t20"."indicator_id",
          "t20"."month_index",
          "t20"."breakdown",
          "t20"."breakdown_value",
          SUM("t20"."numerator") AS "numerator",
          SUM("t20"."denominator") AS "denominator"
        FROM (
          SELECT
            "t19"."la_code",
            "t19"."numerator",
            "t19"."denominator",
            'DQ1' AS "indicator_id",
            (
              (
                EXTRACT(year FROM "t19"."month") * 12
              ) + EXTRACT(month FROM "t19"."month")
            ) - 1 AS "month_index",
            "t19"."_breakdown" AS "breakdown",
            CASE
              WHEN "t19"."_breakdown" = 'source'
              THEN COALESCE("t19"."source", 'unknown')
              ELSE 'all'
            END AS "breakdown_value"
          FROM (
            SELECT
              "t18"."la_code",
              "t18"."month",
              "t18"."child_id",
              "t18"."record_id",
              "t18"."ref_date",
              "t18"."numerator",
              "t18"."denominator",
              "t18"."source",
              UNNEST(ARRAY['all', 'source']) AS "_breakdown"
            FROM (
              SELECT
                "t17"."la_code",
                DATE_TRUNC('MONTH', "t17"."day") AS "month",
                "t17"."child_id",
                "t17"."file" || ':' || "t17"."source_table" || ':' || CAST("t17"."row_number" AS VARCHAR) AS "record_id",
                "t17"."day" AS "ref_date",
                1.0 AS "numerator",
                1.0 AS "denominator",
                "t17"."source"
              FROM (
                SELECT DISTINCT
                  *
                FROM (
                  SELECT
                    "t10"."la_code",
                    "t10"."source",
                    "t10"."load_id",
                    "t10"."file",
                    "t10"."source_table",
                    "t10"."row_number",
                    "t10"."child_id",
                    COALESCE("t10"."record_date", CAST("t13"."loaded_at" AS DATE)) AS "day"
                  FROM "quarantine" AS "t10"
                  INNER JOIN (
                    SELECT
                      "t5"."load_id",
                      "t5"."loaded_at"
                    FROM "load_log" AS "t5"
                  ) AS "t13"
                    ON "t10"."load_id" = "t13"."load_id"
                ) AS "t16"
                WHERE
                  "t16"."day" IS NOT NULL
              ) AS "t17"
              WHERE
                DATE_TRUNC('MONTH', "t17"."day") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
            ) AS "t18"
          ) AS "t19"
        ) AS "t20"
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS "t21"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t23"
      ON "t23"."la_code" = "t7"."la_code"
      AND "t23"."indicator_id" = "t9"."indicator_id"
      AND "t23"."month_index" <= "t8"."month_index"
      AND "t23"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t23"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t24"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t37"."la_code",
  "t37"."indicator_id",
  "t37"."month",
  "t37"."breakdown",
  "t37"."breakdown_value",
  "t37"."numerator",
  CASE
    WHEN "t37"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t37"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE PRECISION)
    ELSE "t37"."denominator"
  END AS "denominator",
  CASE
    WHEN "t37"."unit" = 'count'
    THEN "t37"."numerator"
    WHEN "t37"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t37"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t37"."unit" = 'percent'
    THEN CASE
      WHEN "t37"."denominator" > 0
      THEN CAST("t37"."numerator" AS DOUBLE PRECISION) / "t37"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t37"."denominator" > 0
      THEN CAST("t37"."numerator" AS DOUBLE PRECISION) / "t37"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t31"."la_code",
      "t31"."indicator_id",
      "t31"."month",
      "t31"."breakdown",
      "t31"."breakdown_value",
      "t31"."unit",
      "t31"."numerator",
      "t31"."denominator"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."indicator_id",
        "t15"."month",
        "t15"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t7"."la_code",
            "t8"."month",
            "t8"."month_end",
            "t8"."month_index",
            "t9"."indicator_id",
            "t9"."months_back",
            "t9"."unit"
          FROM "scorecard_councils" AS "t7"
          CROSS JOIN "scorecard_month_spine" AS "t8"
          CROSS JOIN (VALUES
            ('DQ1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t15"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t25" AS "t26"
            WHERE
              "t26"."breakdown" = 'month_alone'
          ) AS "t29"
          WHERE
            "t15"."la_code" = "t29"."la_code"
            AND "t15"."indicator_id" = "t29"."indicator_id"
            AND "t15"."month" = "t29"."month"
        )
    ) AS "t31"
  ) AS "t33"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t25" AS "t26"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t32"."la_code",
        "t32"."indicator_id",
        "t32"."month",
        "t32"."breakdown",
        "t32"."breakdown_value",
        "t32"."unit",
        "t32"."numerator",
        "t32"."denominator"
      FROM (
        SELECT
          "t7"."la_code",
          "t9"."indicator_id",
          "t8"."month",
          "t9"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t7"
        CROSS JOIN "scorecard_month_spine" AS "t8"
        CROSS JOIN (VALUES
          ('DQ1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t25" AS "t26"
              WHERE
                "t26"."breakdown" = 'all'
            ) AS "t30"
            WHERE
              "t7"."la_code" = "t30"."la_code"
              AND "t9"."indicator_id" = "t30"."indicator_id"
              AND "t8"."month" = "t30"."month"
          )
      ) AS "t32"
    ) AS "t34"
  ) AS "t35"
) AS "t37"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t37"."la_code" = "t6"."la_code" AND "t37"."month" = "t6"."month"
