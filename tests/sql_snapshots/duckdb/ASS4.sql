WITH "t32" AS (
  SELECT
    "t31"."la_code",
    "t31"."indicator_id",
    "t31"."month",
    "t31"."breakdown",
    "t31"."breakdown_value",
    "t31"."unit",
    SUM("t31"."_num") AS "numerator",
    SUM("t31"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t30"."la_code" AS "la_code_right",
      "t30"."indicator_id" AS "indicator_id_right",
      "t30"."month_index" AS "month_index_right",
      "t30"."breakdown",
      "t30"."breakdown_value",
      "t30"."_num",
      "t30"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('ASS4', 0, 'days')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t28"."la_code",
        "t28"."indicator_id",
        "t28"."month_index",
        "t28"."breakdown",
        "t28"."breakdown_value",
        SUM("t28"."numerator") AS "_num",
        SUM("t28"."denominator") AS "_den"
      FROM (
        SELECT
          "t27"."la_code",
          'ASS4' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t27"."month") * 12
            ) + EXTRACT(month FROM "t27"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t27"."breakdown_value",
          "t27"."numerator",
          "t27"."denominator"
        FROM (
          SELECT
            "t26"."la_code",
            "t26"."month",
            "t26"."_part",
            "t26"."breakdown_value",
            SUM("t26"."numerator") AS "numerator",
            SUM("t26"."denominator") AS "denominator"
          FROM (
            SELECT
              "t25"."la_code",
              "t25"."month",
              CAST("t25"."working_days" AS DOUBLE) AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t24".*
                EXCLUDE ("_wd_end", "_wd_start")
              FROM (
                SELECT
                  "t23"."assessment_id",
                  "t23"."referral_id",
                  "t23"."child_id",
                  "t23"."start_date",
                  "t23"."authorisation_date",
                  "t23"."child_seen",
                  "t23"."further_action",
                  "t23"."la_code",
                  "t23"."load_id",
                  "t23"."month",
                  "t23"."_clock",
                  "t23"."_wd_start",
                  "t23"."_wd_end",
                  "t23"."_wd_end" - "t23"."_wd_start" AS "working_days"
                FROM (
                  SELECT
                    "t22".*
                    EXCLUDE ("__wd_end_day")
                  FROM (
                    SELECT
                      "t21"."assessment_id",
                      "t21"."referral_id",
                      "t21"."child_id",
                      "t21"."start_date",
                      "t21"."authorisation_date",
                      "t21"."child_seen",
                      "t21"."further_action",
                      "t21"."la_code",
                      "t21"."load_id",
                      "t21"."month",
                      "t21"."_clock",
                      "t21"."_wd_start",
                      "t13"."__wd_end_day",
                      "t13"."_wd_end"
                    FROM (
                      SELECT
                        "t19".*
                        EXCLUDE ("__wd_start_day")
                      FROM (
                        SELECT
                          "t16"."assessment_id",
                          "t16"."referral_id",
                          "t16"."child_id",
                          "t16"."start_date",
                          "t16"."authorisation_date",
                          "t16"."child_seen",
                          "t16"."further_action",
                          "t16"."la_code",
                          "t16"."load_id",
                          "t16"."month",
                          "t16"."_clock",
                          "t14"."__wd_start_day",
                          "t14"."_wd_start"
                        FROM (
                          SELECT
                            "t5"."assessment_id",
                            "t5"."referral_id",
                            "t5"."child_id",
                            "t5"."start_date",
                            "t5"."authorisation_date",
                            "t5"."child_seen",
                            "t5"."further_action",
                            "t5"."la_code",
                            "t5"."load_id",
                            DATE_TRUNC('MONTH', "t5"."authorisation_date") AS "month",
                            "t5"."start_date" AS "_clock"
                          FROM "assessment" AS "t5"
                          WHERE
                            "t5"."authorisation_date" IS NOT NULL
                            AND DATE_TRUNC('MONTH', "t5"."authorisation_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                        ) AS "t16"
                        LEFT OUTER JOIN (
                          SELECT
                            "t4"."day" AS "__wd_start_day",
                            "t4"."wd_index" AS "_wd_start"
                          FROM "scorecard_calendar" AS "t4"
                        ) AS "t14"
                          ON "t16"."_clock" = "t14"."__wd_start_day"
                      ) AS "t19"
                    ) AS "t21"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."day" AS "__wd_end_day",
                        "t4"."wd_index" AS "_wd_end"
                      FROM "scorecard_calendar" AS "t4"
                    ) AS "t13"
                      ON "t21"."authorisation_date" = "t13"."__wd_end_day"
                  ) AS "t22"
                ) AS "t23"
              ) AS "t24"
            ) AS "t25"
            WHERE
              "t25"."working_days" IS NOT NULL
          ) AS "t26"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t27"
      ) AS "t28"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t30"
      ON "t30"."la_code" = "t7"."la_code"
      AND "t30"."indicator_id" = "t9"."indicator_id"
      AND "t30"."month_index" <= "t8"."month_index"
      AND "t30"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t30"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t31"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t44"."la_code",
  "t44"."indicator_id",
  "t44"."month",
  "t44"."breakdown",
  "t44"."breakdown_value",
  "t44"."numerator",
  CASE
    WHEN "t44"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t44"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE)
    ELSE "t44"."denominator"
  END AS "denominator",
  CASE
    WHEN "t44"."unit" = 'count'
    THEN "t44"."numerator"
    WHEN "t44"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE) > 0
      THEN (
        "t44"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t44"."unit" = 'percent'
    THEN CASE
      WHEN "t44"."denominator" > 0
      THEN "t44"."numerator" / "t44"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t44"."denominator" > 0
      THEN "t44"."numerator" / "t44"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t38"."la_code",
      "t38"."indicator_id",
      "t38"."month",
      "t38"."breakdown",
      "t38"."breakdown_value",
      "t38"."unit",
      "t38"."numerator",
      "t38"."denominator"
    FROM (
      SELECT
        "t18"."la_code",
        "t18"."indicator_id",
        "t18"."month",
        "t18"."unit",
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
            ('ASS4', 0, 'days')) AS t9(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t18"
      ANTI JOIN (
        SELECT
          *
        FROM "t32" AS "t33"
        WHERE
          "t33"."breakdown" = 'month_alone'
      ) AS "t36"
        ON "t18"."la_code" = "t36"."la_code"
        AND "t18"."indicator_id" = "t36"."indicator_id"
        AND "t18"."month" = "t36"."month"
    ) AS "t38"
  ) AS "t40"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t32" AS "t33"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t39"."la_code",
        "t39"."indicator_id",
        "t39"."month",
        "t39"."breakdown",
        "t39"."breakdown_value",
        "t39"."unit",
        "t39"."numerator",
        "t39"."denominator"
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
          ('ASS4', 0, 'days')) AS t9(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t32" AS "t33"
          WHERE
            "t33"."breakdown" = 'all'
        ) AS "t37"
          ON "t7"."la_code" = "t37"."la_code"
          AND "t9"."indicator_id" = "t37"."indicator_id"
          AND "t8"."month" = "t37"."month"
      ) AS "t39"
    ) AS "t41"
  ) AS "t42"
) AS "t44"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t44"."la_code" = "t6"."la_code" AND "t44"."month" = "t6"."month"
