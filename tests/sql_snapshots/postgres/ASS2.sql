WITH "t41" AS (
  SELECT
    "t40"."la_code",
    "t40"."indicator_id",
    "t40"."month",
    "t40"."breakdown",
    "t40"."breakdown_value",
    "t40"."unit",
    SUM("t40"."_num") AS "numerator",
    SUM("t40"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t39"."la_code" AS "la_code_right",
      "t39"."indicator_id" AS "indicator_id_right",
      "t39"."month_index" AS "month_index_right",
      "t39"."breakdown",
      "t39"."breakdown_value",
      "t39"."_num",
      "t39"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('ASS2', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t37"."la_code",
        "t37"."indicator_id",
        "t37"."month_index",
        "t37"."breakdown",
        "t37"."breakdown_value",
        SUM("t37"."numerator") AS "_num",
        SUM("t37"."denominator") AS "_den"
      FROM (
        SELECT
          "t36"."la_code",
          'ASS2' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t36"."month") * 12
            ) + EXTRACT(month FROM "t36"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t36"."_part" = 0
            THEN 'all'
            WHEN "t36"."_part" = 1
            THEN 'age_band'
            ELSE NULL
          END AS "breakdown",
          "t36"."breakdown_value",
          "t36"."numerator",
          "t36"."denominator"
        FROM (
          SELECT
            "t35"."la_code",
            "t35"."month",
            "t35"."_part",
            "t35"."breakdown_value",
            SUM("t35"."numerator") AS "numerator",
            SUM("t35"."denominator") AS "denominator"
          FROM (
            SELECT
              "t34"."la_code",
              "t34"."month",
              "t34"."numerator",
              "t34"."denominator",
              "t34"."_part",
              CASE
                WHEN "t34"."_part" = 1
                THEN COALESCE("t34"."age_band", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t33"."la_code",
                "t33"."month",
                "t33"."child_id",
                "t33"."record_id",
                "t33"."ref_date",
                "t33"."numerator",
                "t33"."denominator",
                "t33"."age_band",
                UNNEST(ARRAY[0, 1]) AS "_part"
              FROM (
                SELECT
                  "t32"."la_code",
                  "t32"."month",
                  "t32"."child_id",
                  "t32"."record_id",
                  "t32"."ref_date",
                  "t32"."numerator",
                  "t32"."denominator",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
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
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
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
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
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
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
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
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t32"."ref_date") * 100
                              ) + EXTRACT(day FROM "t32"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t32"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t32"."date_of_birth")
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
                          EXTRACT(year FROM "t32"."ref_date") - EXTRACT(year FROM "t32"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t32"."ref_date") * 100
                            ) + EXTRACT(day FROM "t32"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t32"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t32"."date_of_birth")
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
                    "t31"."la_code",
                    "t31"."month",
                    "t31"."child_id",
                    "t31"."record_id",
                    "t31"."ref_date",
                    "t31"."numerator",
                    "t31"."denominator",
                    "t31"."sex",
                    "t31"."ethnicity",
                    "t31"."date_of_birth"
                  FROM (
                    SELECT
                      "t30"."la_code",
                      "t30"."month",
                      "t30"."child_id",
                      "t30"."record_id",
                      "t30"."ref_date",
                      "t30"."numerator",
                      "t30"."denominator",
                      "t15"."la_code" AS "la_code_right",
                      "t15"."child_id" AS "child_id_right",
                      "t15"."sex",
                      "t15"."ethnicity",
                      "t15"."date_of_birth"
                    FROM (
                      SELECT
                        "t28"."la_code",
                        "t28"."month",
                        "t28"."child_id",
                        "t28"."assessment_id" AS "record_id",
                        "t28"."authorisation_date" AS "ref_date",
                        CASE WHEN COALESCE("t28"."working_days" <= 45, FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                        1.0 AS "denominator"
                      FROM (
                        SELECT
                          "t27"."assessment_id",
                          "t27"."referral_id",
                          "t27"."child_id",
                          "t27"."start_date",
                          "t27"."authorisation_date",
                          "t27"."child_seen",
                          "t27"."further_action",
                          "t27"."la_code",
                          "t27"."load_id",
                          "t27"."month",
                          "t27"."_clock",
                          "t27"."working_days"
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
                            "t26"."_wd_start",
                            "t26"."_wd_end",
                            "t26"."_wd_end" - "t26"."_wd_start" AS "working_days"
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
                              "t25"."_wd_end"
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
                                "t16"."__wd_end_day",
                                "t16"."_wd_end"
                              FROM (
                                SELECT
                                  "t22"."assessment_id",
                                  "t22"."referral_id",
                                  "t22"."child_id",
                                  "t22"."start_date",
                                  "t22"."authorisation_date",
                                  "t22"."child_seen",
                                  "t22"."further_action",
                                  "t22"."la_code",
                                  "t22"."load_id",
                                  "t22"."month",
                                  "t22"."_clock",
                                  "t22"."_wd_start"
                                FROM (
                                  SELECT
                                    "t19"."assessment_id",
                                    "t19"."referral_id",
                                    "t19"."child_id",
                                    "t19"."start_date",
                                    "t19"."authorisation_date",
                                    "t19"."child_seen",
                                    "t19"."further_action",
                                    "t19"."la_code",
                                    "t19"."load_id",
                                    "t19"."month",
                                    "t19"."_clock",
                                    "t17"."__wd_start_day",
                                    "t17"."_wd_start"
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
                                  ) AS "t19"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t5"."day" AS "__wd_start_day",
                                      "t5"."wd_index" AS "_wd_start"
                                    FROM "scorecard_calendar" AS "t5"
                                  ) AS "t17"
                                    ON "t19"."_clock" = "t17"."__wd_start_day"
                                ) AS "t22"
                              ) AS "t24"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t5"."day" AS "__wd_end_day",
                                  "t5"."wd_index" AS "_wd_end"
                                FROM "scorecard_calendar" AS "t5"
                              ) AS "t16"
                                ON "t24"."authorisation_date" = "t16"."__wd_end_day"
                            ) AS "t25"
                          ) AS "t26"
                        ) AS "t27"
                      ) AS "t28"
                    ) AS "t30"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."child_id",
                        "t4"."sex",
                        "t4"."ethnicity",
                        "t4"."date_of_birth"
                      FROM "person" AS "t4"
                    ) AS "t15"
                      ON "t30"."la_code" = "t15"."la_code" AND "t30"."child_id" = "t15"."child_id"
                  ) AS "t31"
                ) AS "t32"
              ) AS "t33"
            ) AS "t34"
          ) AS "t35"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t36"
      ) AS "t37"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t39"
      ON "t39"."la_code" = "t8"."la_code"
      AND "t39"."indicator_id" = "t10"."indicator_id"
      AND "t39"."month_index" <= "t9"."month_index"
      AND "t39"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t39"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
      )
  ) AS "t40"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t53"."la_code",
  "t53"."indicator_id",
  "t53"."month",
  "t53"."breakdown",
  "t53"."breakdown_value",
  "t53"."numerator",
  CASE
    WHEN "t53"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t53"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t53"."denominator"
  END AS "denominator",
  CASE
    WHEN "t53"."unit" = 'count'
    THEN "t53"."numerator"
    WHEN "t53"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t53"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t53"."unit" = 'percent'
    THEN CASE
      WHEN "t53"."denominator" > 0
      THEN CAST("t53"."numerator" AS DOUBLE PRECISION) / "t53"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t53"."denominator" > 0
      THEN CAST("t53"."numerator" AS DOUBLE PRECISION) / "t53"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t47"."la_code",
      "t47"."indicator_id",
      "t47"."month",
      "t47"."breakdown",
      "t47"."breakdown_value",
      "t47"."unit",
      "t47"."numerator",
      "t47"."denominator"
    FROM (
      SELECT
        "t21"."la_code",
        "t21"."indicator_id",
        "t21"."month",
        "t21"."unit",
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
            ('ASS2', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS "t14"
        WHERE
          "t14"."months_back" > 0
      ) AS "t21"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t41" AS "t42"
            WHERE
              "t42"."breakdown" = 'month_alone'
          ) AS "t45"
          WHERE
            "t21"."la_code" = "t45"."la_code"
            AND "t21"."indicator_id" = "t45"."indicator_id"
            AND "t21"."month" = "t45"."month"
        )
    ) AS "t47"
  ) AS "t49"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t41" AS "t42"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t48"."la_code",
        "t48"."indicator_id",
        "t48"."month",
        "t48"."breakdown",
        "t48"."breakdown_value",
        "t48"."unit",
        "t48"."numerator",
        "t48"."denominator"
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
          ('ASS2', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t41" AS "t42"
              WHERE
                "t42"."breakdown" = 'all'
            ) AS "t46"
            WHERE
              "t8"."la_code" = "t46"."la_code"
              AND "t10"."indicator_id" = "t46"."indicator_id"
              AND "t9"."month" = "t46"."month"
          )
      ) AS "t48"
    ) AS "t50"
  ) AS "t51"
) AS "t53"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t53"."la_code" = "t7"."la_code" AND "t53"."month" = "t7"."month"
