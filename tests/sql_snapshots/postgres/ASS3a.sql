WITH "t35" AS (
  SELECT
    "t34"."la_code",
    "t34"."indicator_id",
    "t34"."month",
    "t34"."breakdown",
    "t34"."breakdown_value",
    "t34"."unit",
    SUM("t34"."_num") AS "numerator",
    SUM("t34"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t33"."la_code" AS "la_code_right",
      "t33"."indicator_id" AS "indicator_id_right",
      "t33"."month_index" AS "month_index_right",
      "t33"."breakdown",
      "t33"."breakdown_value",
      "t33"."_num",
      "t33"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('ASS3a', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t31"."la_code",
        "t31"."indicator_id",
        "t31"."month_index",
        "t31"."breakdown",
        "t31"."breakdown_value",
        SUM("t31"."numerator") AS "_num",
        SUM("t31"."denominator") AS "_den"
      FROM (
        SELECT
          "t30"."la_code",
          'ASS3a' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t30"."month") * 12
            ) + EXTRACT(month FROM "t30"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t30"."breakdown_value",
          "t30"."numerator",
          "t30"."denominator"
        FROM (
          SELECT
            "t29"."la_code",
            "t29"."month",
            "t29"."_part",
            "t29"."breakdown_value",
            SUM("t29"."numerator") AS "numerator",
            SUM("t29"."denominator") AS "denominator"
          FROM (
            SELECT
              "t28"."la_code",
              "t28"."month",
              "t28"."numerator",
              "t28"."denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t27"."la_code",
                "t27"."month",
                "t27"."child_id",
                "t27"."assessment_id" AS "record_id",
                "t27"."authorisation_date" AS "ref_date",
                CASE
                  WHEN COALESCE(
                    "t27"."referral_id" IN (
                      SELECT
                        "t4"."referral_id"
                      FROM "cin_episode" AS "t4"
                      WHERE
                        "t4"."closure_reason" = 'RC8'
                    ),
                    FALSE
                  )
                  THEN 1.0
                  ELSE 0.0
                END AS "numerator",
                1.0 AS "denominator"
              FROM (
                SELECT
                  "t26"."assessment_id",
                  "t26"."referral_id",
                  "t26"."child_id",
                  "t26"."start_date",
                  "t26"."authorisation_date",
                  "t26"."child_seen",
                  "t26"."further_action",
                  "t26"."la_code",
                  "t26"."load_id",
                  "t26"."month",
                  "t26"."_clock",
                  "t26"."working_days"
                FROM (
                  SELECT
                    "t25"."assessment_id",
                    "t25"."referral_id",
                    "t25"."child_id",
                    "t25"."start_date",
                    "t25"."authorisation_date",
                    "t25"."child_seen",
                    "t25"."further_action",
                    "t25"."la_code",
                    "t25"."load_id",
                    "t25"."month",
                    "t25"."_clock",
                    "t25"."_wd_start",
                    "t25"."_wd_end",
                    "t25"."_wd_end" - "t25"."_wd_start" AS "working_days"
                  FROM (
                    SELECT
                      "t24"."assessment_id",
                      "t24"."referral_id",
                      "t24"."child_id",
                      "t24"."start_date",
                      "t24"."authorisation_date",
                      "t24"."child_seen",
                      "t24"."further_action",
                      "t24"."la_code",
                      "t24"."load_id",
                      "t24"."month",
                      "t24"."_clock",
                      "t24"."_wd_start",
                      "t24"."_wd_end"
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
                        "t15"."__wd_end_day",
                        "t15"."_wd_end"
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
                          "t21"."_wd_start"
                        FROM (
                          SELECT
                            "t18"."assessment_id",
                            "t18"."referral_id",
                            "t18"."child_id",
                            "t18"."start_date",
                            "t18"."authorisation_date",
                            "t18"."child_seen",
                            "t18"."further_action",
                            "t18"."la_code",
                            "t18"."load_id",
                            "t18"."month",
                            "t18"."_clock",
                            "t16"."__wd_start_day",
                            "t16"."_wd_start"
                          FROM (
                            SELECT
                              "t6"."assessment_id",
                              "t6"."referral_id",
                              "t6"."child_id",
                              "t6"."start_date",
                              "t6"."authorisation_date",
                              "t6"."child_seen",
                              "t6"."further_action",
                              "t6"."la_code",
                              "t6"."load_id",
                              DATE_TRUNC('MONTH', "t6"."authorisation_date") AS "month",
                              "t6"."start_date" AS "_clock"
                            FROM "assessment" AS "t6"
                            WHERE
                              "t6"."authorisation_date" IS NOT NULL
                              AND DATE_TRUNC('MONTH', "t6"."authorisation_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                          ) AS "t18"
                          LEFT OUTER JOIN (
                            SELECT
                              "t5"."day" AS "__wd_start_day",
                              "t5"."wd_index" AS "_wd_start"
                            FROM "scorecard_calendar" AS "t5"
                          ) AS "t16"
                            ON "t18"."_clock" = "t16"."__wd_start_day"
                        ) AS "t21"
                      ) AS "t23"
                      LEFT OUTER JOIN (
                        SELECT
                          "t5"."day" AS "__wd_end_day",
                          "t5"."wd_index" AS "_wd_end"
                        FROM "scorecard_calendar" AS "t5"
                      ) AS "t15"
                        ON "t23"."authorisation_date" = "t15"."__wd_end_day"
                    ) AS "t24"
                  ) AS "t25"
                ) AS "t26"
              ) AS "t27"
            ) AS "t28"
          ) AS "t29"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t30"
      ) AS "t31"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t33"
      ON "t33"."la_code" = "t8"."la_code"
      AND "t33"."indicator_id" = "t10"."indicator_id"
      AND "t33"."month_index" <= "t9"."month_index"
      AND "t33"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t33"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
      )
  ) AS "t34"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t47"."la_code",
  "t47"."indicator_id",
  "t47"."month",
  "t47"."breakdown",
  "t47"."breakdown_value",
  "t47"."numerator",
  CASE
    WHEN "t47"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t47"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t47"."denominator"
  END AS "denominator",
  CASE
    WHEN "t47"."unit" = 'count'
    THEN "t47"."numerator"
    WHEN "t47"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t47"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t47"."unit" = 'percent'
    THEN CASE
      WHEN "t47"."denominator" > 0
      THEN CAST("t47"."numerator" AS DOUBLE PRECISION) / "t47"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t47"."denominator" > 0
      THEN CAST("t47"."numerator" AS DOUBLE PRECISION) / "t47"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t41"."la_code",
      "t41"."indicator_id",
      "t41"."month",
      "t41"."breakdown",
      "t41"."breakdown_value",
      "t41"."unit",
      "t41"."numerator",
      "t41"."denominator"
    FROM (
      SELECT
        "t20"."la_code",
        "t20"."indicator_id",
        "t20"."month",
        "t20"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t8"."la_code",
            "t9"."month",
            "t9"."month_end",
            "t9"."month_index",
            "t10"."indicator_id",
            "t10"."months_back",
            "t10"."unit"
          FROM "scorecard_councils" AS "t8"
          CROSS JOIN "scorecard_month_spine" AS "t9"
          CROSS JOIN (VALUES
            ('ASS3a', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS "t13"
        WHERE
          "t13"."months_back" > 0
      ) AS "t20"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t35" AS "t36"
            WHERE
              "t36"."breakdown" = 'month_alone'
          ) AS "t39"
          WHERE
            "t20"."la_code" = "t39"."la_code"
            AND "t20"."indicator_id" = "t39"."indicator_id"
            AND "t20"."month" = "t39"."month"
        )
    ) AS "t41"
  ) AS "t43"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t35" AS "t36"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t42"."la_code",
        "t42"."indicator_id",
        "t42"."month",
        "t42"."breakdown",
        "t42"."breakdown_value",
        "t42"."unit",
        "t42"."numerator",
        "t42"."denominator"
      FROM (
        SELECT
          "t8"."la_code",
          "t10"."indicator_id",
          "t9"."month",
          "t10"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t8"
        CROSS JOIN "scorecard_month_spine" AS "t9"
        CROSS JOIN (VALUES
          ('ASS3a', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t35" AS "t36"
              WHERE
                "t36"."breakdown" = 'all'
            ) AS "t40"
            WHERE
              "t8"."la_code" = "t40"."la_code"
              AND "t10"."indicator_id" = "t40"."indicator_id"
              AND "t9"."month" = "t40"."month"
          )
      ) AS "t42"
    ) AS "t44"
  ) AS "t45"
) AS "t47"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t47"."la_code" = "t7"."la_code" AND "t47"."month" = "t7"."month"
