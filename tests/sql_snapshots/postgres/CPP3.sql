WITH "t22" AS (
  SELECT
    "t21"."la_code",
    "t21"."indicator_id",
    "t21"."month",
    "t21"."breakdown",
    "t21"."breakdown_value",
    "t21"."unit",
    SUM("t21"."_num") AS "numerator",
    SUM("t21"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t20"."la_code" AS "la_code_right",
      "t20"."indicator_id" AS "indicator_id_right",
      "t20"."month_index" AS "month_index_right",
      "t20"."breakdown",
      "t20"."breakdown_value",
      "t20"."_num",
      "t20"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t18"."la_code",
        "t18"."indicator_id",
        "t18"."month_index",
        "t18"."breakdown",
        "t18"."breakdown_value",
        SUM("t18"."numerator") AS "_num",
        SUM("t18"."denominator") AS "_den"
      FROM (
        SELECT
          "t17"."la_code",
          'CPP3' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t17"."month") * 12
            ) + EXTRACT(month FROM "t17"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t17"."_part" = 0
            THEN 'all'
            WHEN "t17"."_part" = 1
            THEN 'category'
            WHEN "t17"."_part" = 2
            THEN 'month_alone'
            ELSE NULL
          END AS "breakdown",
          "t17"."breakdown_value",
          "t17"."numerator",
          "t17"."denominator"
        FROM (
          SELECT
            "t16"."la_code",
            "t16"."month",
            "t16"."_part",
            "t16"."breakdown_value",
            SUM("t16"."numerator") AS "numerator",
            SUM("t16"."denominator") AS "denominator"
          FROM (
            SELECT
              "t15"."la_code",
              "t15"."month",
              "t15"."numerator",
              "t15"."denominator",
              "t15"."_part",
              CASE
                WHEN "t15"."_part" = 1
                THEN COALESCE("t15"."category", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t14"."la_code",
                "t14"."month",
                "t14"."child_id",
                "t14"."record_id",
                "t14"."ref_date",
                "t14"."numerator",
                "t14"."denominator",
                "t14"."category",
                UNNEST(ARRAY[0, 1, 2]) AS "_part"
              FROM (
                SELECT
                  "t13"."la_code",
                  DATE_TRUNC('MONTH', "t13"."start_date") AS "month",
                  CAST("t13"."child_id" AS VARCHAR) AS "child_id",
                  CAST("t13"."cp_plan_id" AS VARCHAR) AS "record_id",
                  CAST("t13"."start_date" AS DATE) AS "ref_date",
                  CASE WHEN COALESCE("t13"."_earlier" IS NOT NULL, FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                  1.0 AS "denominator",
                  "t13"."initial_category" AS "category"
                FROM (
                  SELECT
                    "t10"."cp_plan_id",
                    "t10"."referral_id",
                    "t10"."child_id",
                    "t10"."start_date",
                    "t10"."end_date",
                    "t10"."initial_category",
                    "t10"."latest_category",
                    "t10"."number_of_previous_plans",
                    "t10"."la_code",
                    "t10"."load_id",
                    LAG("t10"."start_date") OVER (
                      PARTITION BY "t10"."la_code", "t10"."child_id"
                      ORDER BY "t10"."start_date" ASC, "t10"."cp_plan_id" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) AS "_earlier"
                  FROM (
                    SELECT
                      *
                    FROM "cp_plan" AS "t4"
                    WHERE
                      "t4"."start_date" IS NOT NULL
                  ) AS "t10"
                ) AS "t13"
                WHERE
                  "t13"."start_date" IS NOT NULL
                  AND DATE_TRUNC('MONTH', "t13"."start_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
              ) AS "t14"
            ) AS "t15"
          ) AS "t16"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t17"
      ) AS "t18"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t20"
      ON "t20"."la_code" = "t6"."la_code"
      AND "t20"."indicator_id" = "t8"."indicator_id"
      AND "t20"."month_index" <= "t7"."month_index"
      AND "t20"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t20"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t21"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t34"."la_code",
  "t34"."indicator_id",
  "t34"."month",
  "t34"."breakdown",
  "t34"."breakdown_value",
  "t34"."numerator",
  CASE
    WHEN "t34"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t34"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE PRECISION)
    ELSE "t34"."denominator"
  END AS "denominator",
  CASE
    WHEN "t34"."unit" = 'count'
    THEN "t34"."numerator"
    WHEN "t34"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t34"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t34"."unit" = 'percent'
    THEN CASE
      WHEN "t34"."denominator" > 0
      THEN CAST("t34"."numerator" AS DOUBLE PRECISION) / "t34"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t34"."denominator" > 0
      THEN CAST("t34"."numerator" AS DOUBLE PRECISION) / "t34"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t28"."la_code",
      "t28"."indicator_id",
      "t28"."month",
      "t28"."breakdown",
      "t28"."breakdown_value",
      "t28"."unit",
      "t28"."numerator",
      "t28"."denominator"
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
            ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t12"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t22" AS "t23"
            WHERE
              "t23"."breakdown" = 'month_alone'
          ) AS "t26"
          WHERE
            "t12"."la_code" = "t26"."la_code"
            AND "t12"."indicator_id" = "t26"."indicator_id"
            AND "t12"."month" = "t26"."month"
        )
    ) AS "t28"
  ) AS "t30"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t22" AS "t23"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t29"."la_code",
        "t29"."indicator_id",
        "t29"."month",
        "t29"."breakdown",
        "t29"."breakdown_value",
        "t29"."unit",
        "t29"."numerator",
        "t29"."denominator"
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
          ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t22" AS "t23"
              WHERE
                "t23"."breakdown" = 'all'
            ) AS "t27"
            WHERE
              "t6"."la_code" = "t27"."la_code"
              AND "t8"."indicator_id" = "t27"."indicator_id"
              AND "t7"."month" = "t27"."month"
          )
      ) AS "t29"
    ) AS "t31"
  ) AS "t32"
) AS "t34"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t34"."la_code" = "t5"."la_code" AND "t34"."month" = "t5"."month"
