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
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t46"."breakdown",
      "t46"."breakdown_value",
      "t46"."_num",
      "t46"."_den",
      "t46"."_until_index"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('ASS2', 0, 'percent')) AS t11(indicator_id, months_back, unit)
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
          "t18"."months_back",
          "t12"."_offset"
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
              'ASS2' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t40"."month") * 12
                ) + EXTRACT(month FROM "t40"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t40"."_part" = 0
                THEN 'all'
                WHEN "t40"."_part" = 1
                THEN 'age_band'
                ELSE NULL
              END AS "breakdown",
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
                  "t38"."_part",
                  CASE
                    WHEN "t38"."_part" = 1
                    THEN COALESCE("t38"."age_band", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t37"."la_code",
                    "t37"."month",
                    "t37"."child_id",
                    "t37"."record_id",
                    "t37"."ref_date",
                    "t37"."numerator",
                    "t37"."denominator",
                    "t37"."age_band",
                    UNNEST(ARRAY[0, 1]) AS "_part"
                  FROM (
                    SELECT
                      "t36"."la_code",
                      "t36"."month",
                      "t36"."child_id",
                      "t36"."record_id",
                      "t36"."ref_date",
                      "t36"."numerator",
                      "t36"."denominator",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) < 1
                          )
                          THEN 'under 1'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) < 5
                          )
                          THEN '1-4'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) < 10
                          )
                          THEN '5-9'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) < 16
                          )
                          THEN '10-15'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t36"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t36"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t36"."_born") * 100
                                  ) + EXTRACT(day FROM "t36"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) < 18
                          )
                          THEN '16-17'
                          ELSE CAST(NULL AS VARCHAR)
                        END,
                        CASE
                          WHEN (
                            (
                              EXTRACT(year FROM "t36"."ref_date") - EXTRACT(year FROM "t36"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t36"."ref_date") * 100
                                ) + EXTRACT(day FROM "t36"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t36"."_born") * 100
                                ) + EXTRACT(day FROM "t36"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band"
                    FROM (
                      SELECT
                        "t35"."la_code",
                        "t35"."month",
                        "t35"."child_id",
                        "t35"."record_id",
                        "t35"."ref_date",
                        "t35"."numerator",
                        "t35"."denominator",
                        "t35"."_born"
                      FROM (
                        SELECT
                          "t34"."la_code",
                          "t34"."month",
                          "t34"."child_id",
                          "t34"."record_id",
                          "t34"."ref_date",
                          "t34"."numerator",
                          "t34"."denominator",
                          "t19"."la_code" AS "la_code_right",
                          "t19"."child_id" AS "child_id_right",
                          "t19"."_born"
                        FROM (
                          SELECT
                            "t32"."la_code",
                            "t32"."month",
                            "t32"."child_id",
                            "t32"."assessment_id" AS "record_id",
                            "t32"."authorisation_date" AS "ref_date",
                            CASE WHEN COALESCE("t32"."working_days" <= 45, FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                            1.0 AS "denominator"
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
                              "t31"."working_days"
                            FROM (
                              SELECT
                                "t30"."assessment_id",
                                "t30"."referral_id",
                                "t30"."child_id",
                                "t30"."start_date",
                                "t30"."authorisation_date",
                                "t30"."child_seen",
                                "t30"."further_action",
                                "t30"."la_code",
                                "t30"."load_id",
                                "t30"."month",
                                "t30"."_clock",
                                "t30"."_wd_start",
                                "t30"."_wd_end",
                                "t30"."_wd_end" - "t30"."_wd_start" AS "working_days"
                              FROM (
                                SELECT
                                  "t29"."assessment_id",
                                  "t29"."referral_id",
                                  "t29"."child_id",
                                  "t29"."start_date",
                                  "t29"."authorisation_date",
                                  "t29"."child_seen",
                                  "t29"."further_action",
                                  "t29"."la_code",
                                  "t29"."load_id",
                                  "t29"."month",
                                  "t29"."_clock",
                                  "t29"."_wd_start",
                                  "t29"."_wd_end"
                                FROM (
                                  SELECT
                                    "t28"."assessment_id",
                                    "t28"."referral_id",
                                    "t28"."child_id",
                                    "t28"."start_date",
                                    "t28"."authorisation_date",
                                    "t28"."child_seen",
                                    "t28"."further_action",
                                    "t28"."la_code",
                                    "t28"."load_id",
                                    "t28"."month",
                                    "t28"."_clock",
                                    "t28"."_wd_start",
                                    "t20"."__wd_end_day",
                                    "t20"."_wd_end"
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
                                      "t26"."_wd_start"
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
                                        "t21"."__wd_start_day",
                                        "t21"."_wd_start"
                                      FROM (
                                        SELECT
                                          "t7"."assessment_id",
                                          "t7"."referral_id",
                                          "t7"."child_id",
                                          "t7"."start_date",
                                          "t7"."authorisation_date",
                                          "t7"."child_seen",
                                          "t7"."further_action",
                                          "t7"."la_code",
                                          "t7"."load_id",
                                          DATE_TRUNC('MONTH', "t7"."authorisation_date") AS "month",
                                          "t7"."start_date" AS "_clock"
                                        FROM "assessment" AS "t7"
                                        WHERE
                                          "t7"."authorisation_date" IS NOT NULL
                                          AND DATE_TRUNC('MONTH', "t7"."authorisation_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                                      ) AS "t23"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t6"."day" AS "__wd_start_day",
                                          "t6"."wd_index" AS "_wd_start"
                                        FROM "scorecard_calendar" AS "t6"
                                      ) AS "t21"
                                        ON "t23"."_clock" = "t21"."__wd_start_day"
                                    ) AS "t26"
                                  ) AS "t28"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t6"."day" AS "__wd_end_day",
                                      "t6"."wd_index" AS "_wd_end"
                                    FROM "scorecard_calendar" AS "t6"
                                  ) AS "t20"
                                    ON "t28"."authorisation_date" = "t20"."__wd_end_day"
                                ) AS "t29"
                              ) AS "t30"
                            ) AS "t31"
                          ) AS "t32"
                        ) AS "t34"
                        LEFT OUTER JOIN (
                          SELECT
                            "t5"."la_code",
                            "t5"."child_id",
                            "t5"."date_of_birth" AS "_born"
                          FROM "person" AS "t5"
                        ) AS "t19"
                          ON "t34"."la_code" = "t19"."la_code" AND "t34"."child_id" = "t19"."child_id"
                      ) AS "t35"
                    ) AS "t36"
                  ) AS "t37"
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
            ('ASS2', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t18"
          ON "t43"."indicator_id" = "t18"."indicator_id"
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
          (35)) AS t12(_offset)
      ) AS "t44"
      WHERE
        "t44"."_offset" <= CASE WHEN "t44"."breakdown" = 'month_alone' THEN 0 ELSE "t44"."months_back" END
    ) AS "t46"
      ON "t46"."la_code" = "t9"."la_code"
      AND "t46"."indicator_id" = "t11"."indicator_id"
      AND "t46"."_until_index" = "t10"."month_index"
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
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t60"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE PRECISION)
    ELSE "t60"."denominator"
  END AS "denominator",
  CASE
    WHEN "t60"."unit" = 'count'
    THEN "t60"."numerator"
    WHEN "t60"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t60"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t60"."unit" = 'percent'
    THEN CASE
      WHEN "t60"."denominator" > 0
      THEN CAST("t60"."numerator" AS DOUBLE PRECISION) / "t60"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t60"."denominator" > 0
      THEN CAST("t60"."numerator" AS DOUBLE PRECISION) / "t60"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
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
        "t25"."la_code",
        "t25"."indicator_id",
        "t25"."month",
        "t25"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t9"."la_code",
            "t10"."month",
            "t10"."month_end",
            "t10"."month_index",
            "t11"."indicator_id",
            "t11"."months_back",
            "t11"."unit"
          FROM "scorecard_councils" AS "t9"
          CROSS JOIN "scorecard_month_spine" AS "t10"
          CROSS JOIN (VALUES
            ('ASS2', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS "t17"
        WHERE
          "t17"."months_back" > 0
      ) AS "t25"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t48" AS "t49"
            WHERE
              "t49"."breakdown" = 'month_alone'
          ) AS "t52"
          WHERE
            "t25"."la_code" = "t52"."la_code"
            AND "t25"."indicator_id" = "t52"."indicator_id"
            AND "t25"."month" = "t52"."month"
        )
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
          "t9"."la_code",
          "t11"."indicator_id",
          "t10"."month",
          "t11"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t9"
        CROSS JOIN "scorecard_month_spine" AS "t10"
        CROSS JOIN (VALUES
          ('ASS2', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t48" AS "t49"
              WHERE
                "t49"."breakdown" = 'all'
            ) AS "t53"
            WHERE
              "t9"."la_code" = "t53"."la_code"
              AND "t11"."indicator_id" = "t53"."indicator_id"
              AND "t10"."month" = "t53"."month"
          )
      ) AS "t55"
    ) AS "t57"
  ) AS "t58"
) AS "t60"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t60"."la_code" = "t8"."la_code" AND "t60"."month" = "t8"."month"
