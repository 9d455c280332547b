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
      "t46"."la_code" AS "la_code_right",
      "t46"."indicator_id" AS "indicator_id_right",
      "t46"."month_index" AS "month_index_right",
      "t46"."breakdown",
      "t46"."breakdown_value",
      "t46"."_num",
      "t46"."_den"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('ASS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t44"."la_code",
        "t44"."indicator_id",
        "t44"."month_index",
        "t44"."breakdown",
        "t44"."breakdown_value",
        SUM("t44"."numerator") AS "_num",
        SUM("t44"."denominator") AS "_den"
      FROM (
        SELECT
          "t43"."la_code",
          'ASS1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t43"."month") * 12
            ) + EXTRACT(month FROM "t43"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t43"."_part" = 0
            THEN 'all'
            WHEN "t43"."_part" = 1
            THEN 'age_band'
            WHEN "t43"."_part" = 2
            THEN 'sex'
            WHEN "t43"."_part" = 3
            THEN 'ethnicity_group'
            WHEN "t43"."_part" = 4
            THEN 'disability'
            ELSE NULL
          END AS "breakdown",
          "t43"."breakdown_value",
          "t43"."numerator",
          "t43"."denominator"
        FROM (
          SELECT
            "t42"."la_code",
            "t42"."month",
            "t42"."_part",
            "t42"."breakdown_value",
            SUM("t42"."numerator") AS "numerator",
            SUM("t42"."denominator") AS "denominator"
          FROM (
            SELECT
              "t41"."la_code",
              "t41"."month",
              "t41"."numerator",
              "t41"."denominator",
              "t41"."_part",
              CASE
                WHEN "t41"."_part" = 1
                THEN COALESCE("t41"."age_band", 'unknown')
                WHEN "t41"."_part" = 2
                THEN COALESCE("t41"."sex", 'unknown')
                WHEN "t41"."_part" = 3
                THEN COALESCE("t41"."ethnicity_group", 'unknown')
                WHEN "t41"."_part" = 4
                THEN COALESCE("t41"."disability", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t40"."la_code",
                "t40"."month",
                "t40"."child_id",
                "t40"."record_id",
                "t40"."ref_date",
                "t40"."numerator",
                "t40"."denominator",
                "t40"."age_band",
                "t40"."sex",
                "t40"."ethnicity_group",
                "t40"."disability",
                UNNEST(CAST([0, 1, 2, 3, 4] AS TINYINT[])) AS "_part"
              FROM (
                SELECT
                  "t39"."la_code",
                  "t39"."month",
                  "t39"."child_id",
                  "t39"."record_id",
                  "t39"."ref_date",
                  "t39"."numerator",
                  "t39"."denominator",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
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
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
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
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
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
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
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
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t39"."ref_date") * 100
                              ) + EXTRACT(day FROM "t39"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t39"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t39"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 18
                      )
                      THEN '16-17'
                      ELSE CAST(NULL AS TEXT)
                    END,
                    CASE
                      WHEN (
                        (
                          EXTRACT(year FROM "t39"."ref_date") - EXTRACT(year FROM "t39"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t39"."ref_date") * 100
                            ) + EXTRACT(day FROM "t39"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t39"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t39"."date_of_birth")
                          )
                          THEN 1
                          ELSE 0
                        END
                      ) >= 18
                      THEN '18 and over'
                      ELSE 'unknown'
                    END
                  ) AS "age_band",
                  COALESCE(
                    CASE "t39"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t39"."sex" END,
                    'unknown'
                  ) AS "sex",
                  CASE
                    WHEN "t39"."ethnicity" IN ('REFU', 'NOBT')
                    THEN 'Not known'
                    ELSE CASE
                      WHEN SUBSTRING(
                        "t39"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t39"."ethnicity") END,
                        1
                      ) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(
                        "t39"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t39"."ethnicity") END,
                        1
                      ) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(
                        "t39"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t39"."ethnicity") END,
                        1
                      ) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(
                        "t39"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t39"."ethnicity") END,
                        1
                      ) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(
                        "t39"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t39"."ethnicity") END,
                        1
                      ) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(
                        "t39"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t39"."ethnicity") END,
                        1
                      ) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group",
                  COALESCE("t39"."_disabled", 'Not disabled') AS "disability"
                FROM (
                  SELECT
                    "t38".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t37"."la_code",
                      "t37"."month",
                      "t37"."child_id",
                      "t37"."record_id",
                      "t37"."ref_date",
                      "t37"."numerator",
                      "t37"."denominator",
                      "t31"."la_code" AS "la_code_right",
                      "t31"."child_id" AS "child_id_right",
                      "t31"."sex",
                      "t31"."ethnicity",
                      "t31"."date_of_birth",
                      "t31"."_disabled"
                    FROM (
                      SELECT
                        "t35"."la_code",
                        "t35"."month",
                        "t35"."child_id",
                        "t35"."assessment_id" AS "record_id",
                        "t35"."authorisation_date" AS "ref_date",
                        1.0 AS "numerator",
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
                                "t18"."__wd_end_day",
                                "t18"."_wd_end"
                              FROM (
                                SELECT
                                  "t26".*
                                  EXCLUDE ("__wd_start_day")
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
                                    "t19"."__wd_start_day",
                                    "t19"."_wd_start"
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
                                  ) AS "t22"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t6"."day" AS "__wd_start_day",
                                      "t6"."wd_index" AS "_wd_start"
                                    FROM "scorecard_calendar" AS "t6"
                                  ) AS "t19"
                                    ON "t22"."_clock" = "t19"."__wd_start_day"
                                ) AS "t26"
                              ) AS "t30"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t6"."day" AS "__wd_end_day",
                                  "t6"."wd_index" AS "_wd_end"
                                FROM "scorecard_calendar" AS "t6"
                              ) AS "t18"
                                ON "t30"."authorisation_date" = "t18"."__wd_end_day"
                            ) AS "t32"
                          ) AS "t33"
                        ) AS "t34"
                      ) AS "t35"
                    ) AS "t37"
                    LEFT OUTER JOIN (
                      SELECT
                        "t27".*
                        EXCLUDE ("child_id_right", "la_code_right")
                      FROM (
                        SELECT
                          "t16"."la_code",
                          "t16"."child_id",
                          "t16"."sex",
                          "t16"."ethnicity",
                          "t16"."date_of_birth",
                          "t24"."la_code" AS "la_code_right",
                          "t24"."child_id" AS "child_id_right",
                          "t24"."_disabled"
                        FROM (
                          SELECT
                            "t4"."la_code",
                            "t4"."child_id",
                            "t4"."sex",
                            "t4"."ethnicity",
                            "t4"."date_of_birth"
                          FROM "person" AS "t4"
                        ) AS "t16"
                        LEFT OUTER JOIN (
                          SELECT
                            "t17"."la_code",
                            "t17"."child_id",
                            'Disabled' AS "_disabled"
                          FROM (
                            SELECT DISTINCT
                              "t5"."la_code",
                              "t5"."child_id"
                            FROM "disability" AS "t5"
                            WHERE
                              "t5"."disability" <> 'NONE'
                          ) AS "t17"
                        ) AS "t24"
                          ON "t16"."la_code" = "t24"."la_code" AND "t16"."child_id" = "t24"."child_id"
                      ) AS "t27"
                    ) AS "t31"
                      ON "t37"."la_code" = "t31"."la_code" AND "t37"."child_id" = "t31"."child_id"
                  ) AS "t38"
                ) AS "t39"
              ) AS "t40"
            ) AS "t41"
          ) AS "t42"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t43"
      ) AS "t44"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t46"
      ON "t46"."la_code" = "t9"."la_code"
      AND "t46"."indicator_id" = "t11"."indicator_id"
      AND "t46"."month_index" <= "t10"."month_index"
      AND "t46"."month_index" >= (
        "t10"."month_index" - CASE WHEN "t46"."breakdown" = 'month_alone' THEN 0 ELSE "t11"."months_back" END
      )
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
    THEN CAST("t8"."population" AS DOUBLE)
    ELSE "t60"."denominator"
  END AS "denominator",
  CASE
    WHEN "t60"."unit" = 'count'
    THEN "t60"."numerator"
    WHEN "t60"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE) > 0
      THEN (
        "t60"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE)
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
            ('ASS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS "t15"
        WHERE
          "t15"."months_back" > 0
      ) AS "t25"
      ANTI JOIN (
        SELECT
          *
        FROM "t48" AS "t49"
        WHERE
          "t49"."breakdown" = 'month_alone'
      ) AS "t52"
        ON "t25"."la_code" = "t52"."la_code"
        AND "t25"."indicator_id" = "t52"."indicator_id"
        AND "t25"."month" = "t52"."month"
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
          ('ASS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t48" AS "t49"
          WHERE
            "t49"."breakdown" = 'all'
        ) AS "t53"
          ON "t9"."la_code" = "t53"."la_code"
          AND "t11"."indicator_id" = "t53"."indicator_id"
          AND "t10"."month" = "t53"."month"
      ) AS "t55"
    ) AS "t57"
  ) AS "t58"
) AS "t60"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t60"."la_code" = "t8"."la_code" AND "t60"."month" = "t8"."month"
