WITH "t12" AS (
  SELECT
    "t4"."referral_id",
    "t4"."child_id",
    "t4"."referral_date",
    "t4"."referral_source",
    "t4"."primary_need",
    "t4"."referral_nfa",
    "t4"."closure_date",
    "t4"."closure_reason",
    "t4"."team",
    "t4"."la_code",
    "t4"."load_id",
    DATE_TRUNC('MONTH', "t4"."referral_date") AS "month"
  FROM "cin_episode" AS "t4"
  WHERE
    "t4"."referral_date" IS NOT NULL
    AND DATE_TRUNC('MONTH', "t4"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
), "t28" AS (
  SELECT
    "t27"."la_code",
    "t27"."indicator_id",
    "t27"."month",
    "t27"."breakdown",
    "t27"."breakdown_value",
    "t27"."unit",
    SUM("t27"."_num") AS "numerator",
    SUM("t27"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t26"."la_code" AS "la_code_right",
      "t26"."indicator_id" AS "indicator_id_right",
      "t26"."month_index" AS "month_index_right",
      "t26"."breakdown",
      "t26"."breakdown_value",
      "t26"."_num",
      "t26"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('EH4', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t24"."la_code",
        "t24"."indicator_id",
        "t24"."month_index",
        "t24"."breakdown",
        "t24"."breakdown_value",
        SUM("t24"."numerator") AS "_num",
        SUM("t24"."denominator") AS "_den"
      FROM (
        SELECT
          "t23"."la_code",
          'EH4' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t23"."month") * 12
            ) + EXTRACT(month FROM "t23"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t23"."breakdown_value",
          "t23"."numerator",
          "t23"."denominator"
        FROM (
          SELECT
            "t22"."la_code",
            "t22"."month",
            "t22"."_part",
            "t22"."breakdown_value",
            SUM("t22"."numerator") AS "numerator",
            SUM("t22"."denominator") AS "denominator"
          FROM (
            SELECT
              "t21"."la_code",
              "t21"."month",
              1.0 AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                *
              FROM "t12" AS "t14"
              WHERE
                "t14"."referral_id" IN (
                  SELECT
                    "t19"."referral_id"
                  FROM (
                    SELECT DISTINCT
                      *
                    FROM (
                      SELECT
                        "t16"."la_code",
                        "t16"."referral_id"
                      FROM "t12" AS "t16"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "early_help_episode" AS "t5"
                        WHERE
                          "t5"."start_date" IS NOT NULL
                      ) AS "t13"
                        ON "t16"."la_code" = "t13"."la_code"
                        AND "t16"."child_id" = "t13"."child_id"
                        AND "t13"."start_date" <= "t16"."referral_date"
                        AND COALESCE("t13"."end_date", MAKE_DATE(9999, 12, 31)) >= (
                          "t16"."referral_date" - INTERVAL '3 MONTH'
                        )
                    ) AS "t18"
                  ) AS "t19"
                )
            ) AS "t21"
          ) AS "t22"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t23"
      ) AS "t24"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t26"
      ON "t26"."la_code" = "t7"."la_code"
      AND "t26"."indicator_id" = "t9"."indicator_id"
      AND "t26"."month_index" <= "t8"."month_index"
      AND "t26"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t26"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t27"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t40"."la_code",
  "t40"."indicator_id",
  "t40"."month",
  "t40"."breakdown",
  "t40"."breakdown_value",
  "t40"."numerator",
  CASE
    WHEN "t40"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t40"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE PRECISION)
    ELSE "t40"."denominator"
  END AS "denominator",
  CASE
    WHEN "t40"."unit" = 'count'
    THEN "t40"."numerator"
    WHEN "t40"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t40"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t40"."unit" = 'percent'
    THEN CASE
      WHEN "t40"."denominator" > 0
      THEN CAST("t40"."numerator" AS DOUBLE PRECISION) / "t40"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t40"."denominator" > 0
      THEN CAST("t40"."numerator" AS DOUBLE PRECISION) / "t40"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t34"."la_code",
      "t34"."indicator_id",
      "t34"."month",
      "t34"."breakdown",
      "t34"."breakdown_value",
      "t34"."unit",
      "t34"."numerator",
      "t34"."denominator"
    FROM (
      SELECT
        "t17"."la_code",
        "t17"."indicator_id",
        "t17"."month",
        "t17"."unit",
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
            ('EH4', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ) AS "t10"
        WHERE
          "t10"."months_back" > 0
      ) AS "t17"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t28" AS "t29"
            WHERE
              "t29"."breakdown" = 'month_alone'
          ) AS "t32"
          WHERE
            "t17"."la_code" = "t32"."la_code"
            AND "t17"."indicator_id" = "t32"."indicator_id"
            AND "t17"."month" = "t32"."month"
        )
    ) AS "t34"
  ) AS "t36"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t28" AS "t29"
    UNION ALL
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
          ('EH4', 0, 'count')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t28" AS "t29"
              WHERE
                "t29"."breakdown" = 'all'
            ) AS "t33"
            WHERE
              "t7"."la_code" = "t33"."la_code"
              AND "t9"."indicator_id" = "t33"."indicator_id"
              AND "t8"."month" = "t33"."month"
          )
      ) AS "t35"
    ) AS "t37"
  ) AS "t38"
) AS "t40"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t40"."la_code" = "t6"."la_code" AND "t40"."month" = "t6"."month"
