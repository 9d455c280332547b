WITH "t48" AS (
  SELECT
    "t47"."la_code",
    "t47"."indicator_id",
    "t47"."month",
    "t47"."breakdown",
    "t47"."breakdown_value",
    "t47"."unit",
    SUM("t47"."_num") AS "numerator",
    SUM("t47"."_den") AS "denominator"
  FROM (
    SELECT
      "t10"."la_code",
      "t11"."month",
      "t11"."month_end",
      "t11"."month_index",
      "t12"."indicator_id",
      "t12"."months_back",
      "t12"."unit",
      "t46"."breakdown",
      "t46"."breakdown_value",
      "t46"."_num",
      "t46"."_den",
      "t46"."_until_index"
    FROM "scorecard_councils" AS "t10"
    CROSS JOIN "scorecard_month_spine" AS "t11"
    CROSS JOIN (VALUES
      ('ASS3e', 0, 'percent')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t44"."la_code",
        "t44"."indicator_id",
        "t44"."breakdown",
        "t44"."breakdown_value",
        "t44"."_num",
        "t44"."_den",
        "t44"."month_index" + "t44"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t43"."la_code",
          "t43"."indicator_id",
          "t43"."month_index",
          "t43"."breakdown",
          "t43"."breakdown_value",
          "t43"."_num",
          "t43"."_den",
          "t19"."months_back",
          "t13"."_offset"
        FROM (
          SELECT
            "t41"."la_code",
            "t41"."indicator_id",
            "t41"."month_index",
            "t41"."breakdown",
            "t41"."breakdown_value",
            SUM("t41"."numerator") AS "_num",
            SUM("t41"."denominator") AS "_den"
          FROM (
            SELECT
              "t40"."la_code",
              'ASS3e' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t40"."month") * 12
                ) + EXTRACT(month FROM "t40"."month")
              ) - 1 AS "month_index",
              'all' AS "breakdown",
              "t40"."breakdown_value",
              "t40"."numerator",
              "t40"."denominator"
            FROM (
              SELECT
                "t39"."la_code",
                "t39"."month",
                "t39"."_part",
                "t39"."breakdown_value",
                SUM("t39"."numerator") AS "numerator",
                SUM("t39"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t38"."la_code",
                  "t38"."month",
                  "t38"."numerator",
                  "t38"."denominator",
                  0 AS "_part",
                  'all' AS "breakdown_value"
                FROM (
                  SELECT
                    "t35"."la_code",
                    "t35"."month",
                    "t35"."child_id",
                    "t35"."assessment_id" AS "record_id",
                    "t35"."authorisation_date" AS "ref_date",
                    CASE
                      WHEN COALESCE(
                        "t35"."assessment_id" IN (
                          SELECT
                            "t36"."assessment_id"
                          FROM (
                            SELECT
                              "t34".*
                              EXCLUDE ("_wd_end", "_wd_start")
                            FROM (
                              SELECT
                                "t33"."assessment_id",
                                "t33"."referral_id",
                                "t33"."child_id",
                                "t33"."start_date",
                                "t33"."authorisation_date",
                                "t33"."child_seen",
                                "t33"."further_action",
                                "t33"."la_code",
                                "t33"."load_id",
                                "t33"."month",
                                "t33"."_clock",
                                "t33"."_wd_start",
                                "t33"."_wd_end",
                                "t33"."_wd_end" - "t33"."_wd_start" AS "working_days"
                              FROM (
                                SELECT
                                  "t32".*
                                  EXCLUDE ("__wd_end_day")
                                FROM (
                                  SELECT
                                    "t31"."assessment_id",
                                    "t31"."referral_id",
                                    "t31"."child_id",
                                    "t31"."start_date",
                                    "t31"."authorisation_date",
                                    "t31"."child_seen",
                                    "t31"."further_action",
                                    "t31"."la_code",
                                    "t31"."load_id",
                                    "t31"."month",
                                    "t31"."_clock",
                                    "t31"."_wd_start",
                                    "t20"."__wd_end_day",
                                    "t20"."_wd_end"
                                  FROM (
                                    SELECT
                                      "t29".*
                                      EXCLUDE ("__wd_start_day")
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
                                        "t21"."__wd_start_day",
                                        "t21"."_wd_start"
                                      FROM (
                                        SELECT
                                          "t8"."assessment_id",
                                          "t8"."referral_id",
                                          "t8"."child_id",
                                          "t8"."start_date",
                                          "t8"."authorisation_date",
                                          "t8"."child_seen",
                                          "t8"."further_action",
                                          "t8"."la_code",
                                          "t8"."load_id",
                                          DATE_TRUNC('MONTH', "t8"."authorisation_date") AS "month",
                                          "t8"."start_date" AS "_clock"
                                        FROM "assessment" AS "t8"
                                        WHERE
                                          "t8"."authorisation_date" IS NOT NULL
                                          AND DATE_TRUNC('MONTH', "t8"."authorisation_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                                      ) AS "t26"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t5"."day" AS "__wd_start_day",
                                          "t5"."wd_index" AS "_wd_start"
                                        FROM "scorecard_calendar" AS "t5"
                                      ) AS "t21"
                                        ON "t26"."_clock" = "t21"."__wd_start_day"
                                    ) AS "t29"
                                  ) AS "t31"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t5"."day" AS "__wd_end_day",
                                      "t5"."wd_index" AS "_wd_end"
                                    FROM "scorecard_calendar" AS "t5"
                                  ) AS "t20"
                                    ON "t31"."authorisation_date" = "t20"."__wd_end_day"
                                ) AS "t32"
                              ) AS "t33"
                            ) AS "t34"
                          ) AS "t36"
                          LEFT OUTER JOIN (
                            SELECT
                              "t6"."la_code",
                              "t6"."referral_id",
                              "t6"."closure_date"
                            FROM "cin_episode" AS "t6"
                          ) AS "t22"
                            ON "t36"."la_code" = "t22"."la_code" AND "t36"."referral_id" = "t22"."referral_id"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "looked_after_episode" AS "t7"
                            WHERE
                              "t7"."reason_new_episode" = 'S'
                          ) AS "t24"
                            ON "t36"."la_code" = "t24"."la_code"
                            AND "t36"."child_id" = "t24"."child_id"
                            AND "t24"."start_date" >= "t36"."start_date"
                            AND (
                              (
                                "t22"."closure_date" IS NULL
                              )
                              OR (
                                "t24"."start_date" <= "t22"."closure_date"
                              )
                            )
                        ),
                        FALSE
                      )
                      THEN 1.0
                      ELSE 0.0
                    END AS "numerator",
                    1.0 AS "denominator"
                  FROM (
                    SELECT
                      "t34".*
                      EXCLUDE ("_wd_end", "_wd_start")
                    FROM (
                      SELECT
                        "t33"."assessment_id",
                        "t33"."referral_id",
                        "t33"."child_id",
                        "t33"."start_date",
                        "t33"."authorisation_date",
                        "t33"."child_seen",
                        "t33"."further_action",
                        "t33"."la_code",
                        "t33"."load_id",
                        "t33"."month",
                        "t33"."_clock",
                        "t33"."_wd_start",
                        "t33"."_wd_end",
                        "t33"."_wd_end" - "t33"."_wd_start" AS "working_days"
                      FROM (
                        SELECT
                          "t32".*
                          EXCLUDE ("__wd_end_day")
                        FROM (
                          SELECT
                            "t31"."assessment_id",
                            "t31"."referral_id",
                            "t31"."child_id",
                            "t31"."start_date",
                            "t31"."authorisation_date",
                            "t31"."child_seen",
                            "t31"."further_action",
                            "t31"."la_code",
                            "t31"."load_id",
                            "t31"."month",
                            "t31"."_clock",
                            "t31"."_wd_start",
                            "t20"."__wd_end_day",
                            "t20"."_wd_end"
                          FROM (
                            SELECT
                              "t29".*
                              EXCLUDE ("__wd_start_day")
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
                                "t21"."__wd_start_day",
                                "t21"."_wd_start"
                              FROM (
                                SELECT
                                  "t8"."assessment_id",
                                  "t8"."referral_id",
                                  "t8"."child_id",
                                  "t8"."start_date",
                                  "t8"."authorisation_date",
                                  "t8"."child_seen",
                                  "t8"."further_action",
                                  "t8"."la_code",
                                  "t8"."load_id",
                                  DATE_TRUNC('MONTH', "t8"."authorisation_date") AS "month",
                                  "t8"."start_date" AS "_clock"
                                FROM "assessment" AS "t8"
                                WHERE
                                  "t8"."authorisation_date" IS NOT NULL
                                  AND DATE_TRUNC('MONTH', "t8"."authorisation_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                              ) AS "t26"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t5"."day" AS "__wd_start_day",
                                  "t5"."wd_index" AS "_wd_start"
                                FROM "scorecard_calendar" AS "t5"
                              ) AS "t21"
                                ON "t26"."_clock" = "t21"."__wd_start_day"
                            ) AS "t29"
                          ) AS "t31"
                          LEFT OUTER JOIN (
                            SELECT
                              "t5"."day" AS "__wd_end_day",
                              "t5"."wd_index" AS "_wd_end"
                            FROM "scorecard_calendar" AS "t5"
                          ) AS "t20"
                            ON "t31"."authorisation_date" = "t20"."__wd_end_day"
                        ) AS "t32"
                      ) AS "t33"
                    ) AS "t34"
                  ) AS "t35"
                ) AS "t38"
              ) AS "t39"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t40"
          ) AS "t41"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t43"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('ASS3e', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t19"
          ON "t43"."indicator_id" = "t19"."indicator_id"
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
          (35)) AS t13(_offset)
      ) AS "t44"
      WHERE
        "t44"."_offset" <= CASE WHEN "t44"."breakdown" = 'month_alone' THEN 0 ELSE "t44"."months_back" END
    ) AS "t46"
      ON "t46"."la_code" = "t10"."la_code"
      AND "t46"."indicator_id" = "t12"."indicator_id"
      AND "t46"."_until_index" = "t11"."month_index"
  ) AS "t47"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t60"."la_code",
  "t60"."indicator_id",
  "t60"."month",
  "t60"."breakdown",
  "t60"."breakdown_value",
  "t60"."numerator",
  CASE
    WHEN "t60"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t60"."unit" = 'rate'
    THEN CAST("t9"."population" AS DOUBLE)
    ELSE "t60"."denominator"
  END AS "denominator",
  CASE
    WHEN "t60"."unit" = 'count'
    THEN "t60"."numerator"
    WHEN "t60"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t9"."population" AS DOUBLE) > 0
      THEN (
        "t60"."numerator" * 10000
      ) / CAST("t9"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t60"."unit" = 'percent'
    THEN CASE
      WHEN "t60"."denominator" > 0
      THEN "t60"."numerator" / "t60"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t60"."denominator" > 0
      THEN "t60"."numerator" / "t60"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t54"."la_code",
      "t54"."indicator_id",
      "t54"."month",
      "t54"."breakdown",
      "t54"."breakdown_value",
      "t54"."unit",
      "t54"."numerator",
      "t54"."denominator"
    FROM (
      SELECT
        "t28"."la_code",
        "t28"."indicator_id",
        "t28"."month",
        "t28"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t10"."la_code",
            "t11"."month",
            "t11"."month_end",
            "t11"."month_index",
            "t12"."indicator_id",
            "t12"."months_back",
            "t12"."unit"
          FROM "scorecard_councils" AS "t10"
          CROSS JOIN "scorecard_month_spine" AS "t11"
          CROSS JOIN (VALUES
            ('ASS3e', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        ) AS "t18"
        WHERE
          "t18"."months_back" > 0
      ) AS "t28"
      ANTI JOIN (
        SELECT
          *
        FROM "t48" AS "t49"
        WHERE
          "t49"."breakdown" = 'month_alone'
      ) AS "t52"
        ON "t28"."la_code" = "t52"."la_code"
        AND "t28"."indicator_id" = "t52"."indicator_id"
        AND "t28"."month" = "t52"."month"
    ) AS "t54"
  ) AS "t56"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t48" AS "t49"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t55"."la_code",
        "t55"."indicator_id",
        "t55"."month",
        "t55"."breakdown",
        "t55"."breakdown_value",
        "t55"."unit",
        "t55"."numerator",
        "t55"."denominator"
      FROM (
        SELECT
          "t10"."la_code",
          "t12"."indicator_id",
          "t11"."month",
          "t12"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t10"
        CROSS JOIN "scorecard_month_spine" AS "t11"
        CROSS JOIN (VALUES
          ('ASS3e', 0, 'percent')) AS t12(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t48" AS "t49"
          WHERE
            "t49"."breakdown" = 'all'
        ) AS "t53"
          ON "t10"."la_code" = "t53"."la_code"
          AND "t12"."indicator_id" = "t53"."indicator_id"
          AND "t11"."month" = "t53"."month"
      ) AS "t55"
    ) AS "t57"
  ) AS "t58"
) AS "t60"
LEFT OUTER JOIN "scorecard_population" AS "t9"
  ON "t60"."la_code" = "t9"."la_code" AND "t60"."month" = "t9"."month"
