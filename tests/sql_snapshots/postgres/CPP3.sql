WITH "t29" AS (
  SELECT
    "t28"."la_code",
    "t28"."indicator_id",
    "t28"."month",
    "t28"."breakdown",
    "t28"."breakdown_value",
    "t28"."unit",
    SUM("t28"."_num") AS "numerator",
    SUM("t28"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t27"."breakdown",
      "t27"."breakdown_value",
      "t27"."_num",
      "t27"."_den",
      "t27"."_until_index"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('CPP3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t25"."la_code",
        "t25"."indicator_id",
        "t25"."breakdown",
        "t25"."breakdown_value",
        "t25"."_num",
        "t25"."_den",
        "t25"."month_index" + "t25"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t24"."la_code",
          "t24"."indicator_id",
          "t24"."month_index",
          "t24"."breakdown",
          "t24"."breakdown_value",
          "t24"."_num",
          "t24"."_den",
          "t13"."months_back",
          "t10"."_offset"
        FROM (
          SELECT
            "t22"."la_code",
            "t22"."indicator_id",
            "t22"."month_index",
            "t22"."breakdown",
            "t22"."breakdown_value",
            SUM("t22"."numerator") AS "_num",
            SUM("t22"."denominator") AS "_den"
          FROM (
            SELECT
              "t21"."la_code",
              'CPP3' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t21"."month") * 12
                ) + EXTRACT(month FROM "t21"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t21"."_part" = 0
                THEN 'all'
                WHEN "t21"."_part" = 1
                THEN 'category'
                WHEN "t21"."_part" = 2
                THEN 'month_alone'
                ELSE NULL
              END AS "breakdown",
              "t21"."breakdown_value",
              "t21"."numerator",
              "t21"."denominator"
            FROM (
              SELECT
                "t20"."la_code",
                "t20"."month",
                "t20"."_part",
                "t20"."breakdown_value",
                SUM("t20"."numerator") AS "numerator",
                SUM("t20"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t19"."la_code",
                  "t19"."month",
                  "t19"."numerator",
                  "t19"."denominator",
                  "t19"."_part",
                  CASE
                    WHEN "t19"."_part" = 1
                    THEN COALESCE("t19"."category", 'unknown')
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
                    "t18"."category",
                    UNNEST(ARRAY[0, 1, 2]) AS "_part"
                  FROM (
                    SELECT
                      "t17"."la_code",
                      DATE_TRUNC('MONTH', "t17"."start_date") AS "month",
                      CAST("t17"."child_id" AS VARCHAR) AS "child_id",
                      CAST("t17"."cp_plan_id" AS VARCHAR) AS "record_id",
                      CAST("t17"."start_date" AS DATE) AS "ref_date",
                      CASE WHEN COALESCE("t17"."_earlier" IS NOT NULL, FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                      1.0 AS "denominator",
                      "t17"."initial_category" AS "category"
                    FROM (
                      SELECT
                        "t14"."cp_plan_id",
                        "t14"."referral_id",
                        "t14"."child_id",
                        "t14"."start_date",
                        "t14"."end_date",
                        "t14"."initial_category",
                        "t14"."latest_category",
                        "t14"."number_of_previous_plans",
                        "t14"."la_code",
                        "t14"."load_id",
                        LAG("t14"."start_date") OVER (
                          PARTITION BY "t14"."la_code", "t14"."child_id"
                          ORDER BY "t14"."start_date" ASC, "t14"."cp_plan_id" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "_earlier"
                      FROM (
                        SELECT
                          *
                        FROM "cp_plan" AS "t5"
                        WHERE
                          "t5"."start_date" IS NOT NULL
                      ) AS "t14"
                    ) AS "t17"
                    WHERE
                      "t17"."start_date" IS NOT NULL
                      AND DATE_TRUNC('MONTH', "t17"."start_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS "t18"
                ) AS "t19"
              ) AS "t20"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t21"
          ) AS "t22"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t24"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CPP3', 11, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t13"
          ON "t24"."indicator_id" = "t13"."indicator_id"
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
      ) AS "t25"
      WHERE
        "t25"."_offset" <= CASE WHEN "t25"."breakdown" = 'month_alone' THEN 0 ELSE "t25"."months_back" END
    ) AS "t27"
      ON "t27"."la_code" = "t7"."la_code"
      AND "t27"."indicator_id" = "t9"."indicator_id"
      AND "t27"."_until_index" = "t8"."month_index"
  ) AS "t28"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t41"."la_code",
  "t41"."indicator_id",
  "t41"."month",
  "t41"."breakdown",
  "t41"."breakdown_value",
  "t41"."numerator",
  CASE
    WHEN "t41"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t41"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE PRECISION)
    ELSE "t41"."denominator"
  END AS "denominator",
  CASE
    WHEN "t41"."unit" = 'count'
    THEN "t41"."numerator"
    WHEN "t41"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t41"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t41"."unit" = 'percent'
    THEN CASE
      WHEN "t41"."denominator" > 0
      THEN CAST("t41"."numerator" AS DOUBLE PRECISION) / "t41"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t41"."denominator" > 0
      THEN CAST("t41"."numerator" AS DOUBLE PRECISION) / "t41"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t35"."la_code",
      "t35"."indicator_id",
      "t35"."month",
      "t35"."breakdown",
      "t35"."breakdown_value",
      "t35"."unit",
      "t35"."numerator",
      "t35"."denominator"
    FROM (
      SELECT
        "t16"."la_code",
        "t16"."indicator_id",
        "t16"."month",
        "t16"."unit",
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
            ('CPP3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t16"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t29" AS "t30"
            WHERE
              "t30"."breakdown" = 'month_alone'
          ) AS "t33"
          WHERE
            "t16"."la_code" = "t33"."la_code"
            AND "t16"."indicator_id" = "t33"."indicator_id"
            AND "t16"."month" = "t33"."month"
        )
    ) AS "t35"
  ) AS "t37"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t29" AS "t30"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t36"."la_code",
        "t36"."indicator_id",
        "t36"."month",
        "t36"."breakdown",
        "t36"."breakdown_value",
        "t36"."unit",
        "t36"."numerator",
        "t36"."denominator"
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
          ('CPP3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t29" AS "t30"
              WHERE
                "t30"."breakdown" = 'all'
            ) AS "t34"
            WHERE
              "t7"."la_code" = "t34"."la_code"
              AND "t9"."indicator_id" = "t34"."indicator_id"
              AND "t8"."month" = "t34"."month"
          )
      ) AS "t36"
    ) AS "t38"
  ) AS "t39"
) AS "t41"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t41"."la_code" = "t6"."la_code" AND "t41"."month" = "t6"."month"
