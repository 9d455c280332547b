WITH "t21" AS (
  SELECT
    "t20"."la_code",
    "t20"."indicator_id",
    "t20"."month",
    "t20"."breakdown",
    "t20"."breakdown_value",
    "t20"."unit",
    SUM("t20"."_num") AS "numerator",
    SUM("t20"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t19"."la_code" AS "la_code_right",
      "t19"."indicator_id" AS "indicator_id_right",
      "t19"."month_index" AS "month_index_right",
      "t19"."breakdown",
      "t19"."breakdown_value",
      "t19"."_num",
      "t19"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('CPP3', 11, 'percent')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t17"."la_code",
        "t17"."indicator_id",
        "t17"."month_index",
        "t17"."breakdown",
        "t17"."breakdown_value",
        SUM("t17"."numerator") AS "_num",
        SUM("t17"."denominator") AS "_den"
      FROM (
        SELECT
          "t16"."la_code",
          "t16"."indicator_id",
          "t16"."month_index",
          "t16"."breakdown",
          "t16"."breakdown_value",
          SUM("t16"."numerator") AS "numerator",
          SUM("t16"."denominator") AS "denominator"
        FROM (
          SELECT
            "t15"."la_code",
            "t15"."numerator",
            "t15"."denominator",
            'CPP3' AS "indicator_id",
            (
              (
                EXTRACT(year FROM "t15"."month") * 12
              ) + EXTRACT(month FROM "t15"."month")
            ) - 1 AS "month_index",
            "t15"."_breakdown" AS "breakdown",
            CASE
              WHEN "t15"."_breakdown" = 'category'
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
              UNNEST(ARRAY['all', 'category', 'month_alone']) AS "_breakdown"
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
          4,
          5
      ) AS "t17"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t19"
      ON "t19"."la_code" = "t6"."la_code"
      AND "t19"."indicator_id" = "t8"."indicator_id"
      AND "t19"."month_index" <= "t7"."month_index"
      AND "t19"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t19"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t20"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t33"."la_code",
  "t33"."indicator_id",
  "t33"."month",
  "t33"."breakdown",
  "t33"."breakdown_value",
  "t33"."numerator",
  CASE
    WHEN "t33"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t33"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE PRECISION)
    ELSE "t33"."denominator"
  END AS "denominator",
  CASE
    WHEN "t33"."unit" = 'count'
    THEN "t33"."numerator"
    WHEN "t33"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t33"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t33"."unit" = 'percent'
    THEN CASE
      WHEN "t33"."denominator" > 0
      THEN CAST("t33"."numerator" AS DOUBLE PRECISION) / "t33"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t33"."denominator" > 0
      THEN CAST("t33"."numerator" AS DOUBLE PRECISION) / "t33"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t27"."la_code",
      "t27"."indicator_id",
      "t27"."month",
      "t27"."breakdown",
      "t27"."breakdown_value",
      "t27"."unit",
      "t27"."numerator",
      "t27"."denominator"
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
            FROM "t21" AS "t22"
            WHERE
              "t22"."breakdown" = 'month_alone'
          ) AS "t25"
          WHERE
            "t12"."la_code" = "t25"."la_code"
            AND "t12"."indicator_id" = "t25"."indicator_id"
            AND "t12"."month" = "t25"."month"
        )
    ) AS "t27"
  ) AS "t29"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t21" AS "t22"
    UNION ALL
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
              FROM "t21" AS "t22"
              WHERE
                "t22"."breakdown" = 'all'
            ) AS "t26"
            WHERE
              "t6"."la_code" = "t26"."la_code"
              AND "t8"."indicator_id" = "t26"."indicator_id"
              AND "t7"."month" = "t26"."month"
          )
      ) AS "t28"
    ) AS "t30"
  ) AS "t31"
) AS "t33"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t33"."la_code" = "t5"."la_code" AND "t33"."month" = "t5"."month"
