WITH "t15" AS (
  SELECT
    *
  FROM "cp_plan" AS "t6"
  WHERE
    "t6"."start_date" IS NOT NULL
), "t32" AS (
  SELECT
    "t31"."cp_plan_id",
    "t31"."referral_id",
    "t31"."child_id",
    "t31"."start_date",
    "t31"."end_date",
    "t31"."initial_category",
    "t31"."latest_category",
    "t31"."number_of_previous_plans",
    "t31"."la_code",
    "t31"."load_id",
    "t31"."_reach",
    "t31"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t31"."_earlier_reach" > "t31"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t31"."la_code", "t31"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t30"."cp_plan_id",
      "t30"."referral_id",
      "t30"."child_id",
      "t30"."start_date",
      "t30"."end_date",
      "t30"."initial_category",
      "t30"."latest_category",
      "t30"."number_of_previous_plans",
      "t30"."la_code",
      "t30"."load_id",
      "t30"."_reach",
      LAG("t30"."_reach") OVER (
        PARTITION BY "t30"."la_code", "t30"."child_id"
        ORDER BY "t30"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t29"."cp_plan_id",
        "t29"."referral_id",
        "t29"."child_id",
        "t29"."start_date",
        "t29"."end_date",
        "t29"."initial_category",
        "t29"."latest_category",
        "t29"."number_of_previous_plans",
        "t29"."la_code",
        "t29"."load_id",
        MAX(COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t29"."la_code", "t29"."child_id"
          ORDER BY "t29"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t18"."cp_plan_id",
          "t18"."referral_id",
          "t18"."child_id",
          "t18"."start_date",
          "t18"."end_date",
          "t18"."initial_category",
          "t18"."latest_category",
          "t18"."number_of_previous_plans",
          "t18"."la_code",
          "t18"."load_id"
        FROM "t15" AS "t18"
        SEMI JOIN (
          SELECT
            "t21"."la_code",
            "t21"."child_id"
          FROM (
            SELECT
              "t16"."la_code",
              "t16"."child_id",
              COUNT(*) AS "_records"
            FROM "t15" AS "t16"
            GROUP BY
              1,
              2
          ) AS "t21"
          WHERE
            "t21"."_records" > 1
        ) AS "t25"
          ON "t18"."la_code" = "t25"."la_code" AND "t18"."child_id" = "t25"."child_id"
      ) AS "t29"
    ) AS "t30"
  ) AS "t31"
), "t60" AS (
  SELECT
    "t59"."la_code",
    "t59"."indicator_id",
    "t59"."month",
    "t59"."breakdown",
    "t59"."breakdown_value",
    "t59"."unit",
    SUM("t59"."_num") AS "numerator",
    SUM("t59"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t58"."la_code" AS "la_code_right",
      "t58"."indicator_id" AS "indicator_id_right",
      "t58"."month_index" AS "month_index_right",
      "t58"."breakdown",
      "t58"."breakdown_value",
      "t58"."_num",
      "t58"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CPP1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t56"."la_code",
        "t56"."indicator_id",
        "t56"."month_index",
        "t56"."breakdown",
        "t56"."breakdown_value",
        SUM("t56"."numerator") AS "_num",
        SUM("t56"."denominator") AS "_den"
      FROM (
        SELECT
          "t55"."la_code",
          'CPP1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t55"."month") * 12
            ) + EXTRACT(month FROM "t55"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t55"."_part" = 0
            THEN 'all'
            WHEN "t55"."_part" = 1
            THEN 'category'
            WHEN "t55"."_part" = 2
            THEN 'age_band'
            WHEN "t55"."_part" = 3
            THEN 'sex'
            WHEN "t55"."_part" = 4
            THEN 'ethnicity_group'
            WHEN "t55"."_part" = 5
            THEN 'disability'
            ELSE NULL
          END AS "breakdown",
          "t55"."breakdown_value",
          "t55"."numerator",
          "t55"."denominator"
        FROM (
          SELECT
            "t54"."la_code",
            "t54"."month",
            "t54"."_part",
            "t54"."breakdown_value",
            SUM("t54"."numerator") AS "numerator",
            SUM("t54"."denominator") AS "denominator"
          FROM (
            SELECT
              "t53"."la_code",
              "t53"."month",
              "t53"."numerator",
              "t53"."denominator",
              "t53"."_part",
              CASE
                WHEN "t53"."_part" = 1
                THEN COALESCE("t53"."category", 'unknown')
                WHEN "t53"."_part" = 2
                THEN COALESCE("t53"."age_band", 'unknown')
                WHEN "t53"."_part" = 3
                THEN COALESCE("t53"."sex", 'unknown')
                WHEN "t53"."_part" = 4
                THEN COALESCE("t53"."ethnicity_group", 'unknown')
                WHEN "t53"."_part" = 5
                THEN COALESCE("t53"."disability", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t52"."la_code",
                "t52"."month",
                "t52"."child_id",
                "t52"."record_id",
                "t52"."ref_date",
                "t52"."numerator",
                "t52"."denominator",
                "t52"."category",
                "t52"."age_band",
                "t52"."sex",
                "t52"."ethnicity_group",
                "t52"."disability",
                UNNEST(CAST([0, 1, 2, 3, 4, 5] AS TINYINT[])) AS "_part"
              FROM (
                SELECT
                  "t51"."la_code",
                  "t51"."month",
                  "t51"."child_id",
                  "t51"."record_id",
                  "t51"."ref_date",
                  "t51"."numerator",
                  "t51"."denominator",
                  "t51"."category",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
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
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
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
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
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
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
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
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t51"."ref_date") * 100
                              ) + EXTRACT(day FROM "t51"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t51"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t51"."date_of_birth")
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
                          EXTRACT(year FROM "t51"."ref_date") - EXTRACT(year FROM "t51"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t51"."ref_date") * 100
                            ) + EXTRACT(day FROM "t51"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t51"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t51"."date_of_birth")
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
                    CASE "t51"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t51"."sex" END,
                    'unknown'
                  ) AS "sex",
                  CASE
                    WHEN "t51"."ethnicity" IN ('REFU', 'NOBT')
                    THEN 'Not known'
                    ELSE CASE
                      WHEN SUBSTRING(
                        "t51"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END,
                        1
                      ) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(
                        "t51"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END,
                        1
                      ) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(
                        "t51"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END,
                        1
                      ) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(
                        "t51"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END,
                        1
                      ) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(
                        "t51"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END,
                        1
                      ) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(
                        "t51"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END,
                        1
                      ) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group",
                  COALESCE("t51"."_disabled", 'Not disabled') AS "disability"
                FROM (
                  SELECT
                    "t50".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t49"."la_code",
                      "t49"."month",
                      "t49"."child_id",
                      "t49"."record_id",
                      "t49"."ref_date",
                      "t49"."numerator",
                      "t49"."denominator",
                      "t49"."category",
                      "t27"."la_code" AS "la_code_right",
                      "t27"."child_id" AS "child_id_right",
                      "t27"."sex",
                      "t27"."ethnicity",
                      "t27"."date_of_birth",
                      "t27"."_disabled"
                    FROM (
                      SELECT
                        "t47"."la_code",
                        "t47"."month",
                        "t47"."child_id",
                        "t47"."cp_plan_id" AS "record_id",
                        "t47"."month_end" AS "ref_date",
                        1.0 AS "numerator",
                        1.0 AS "denominator",
                        COALESCE("t47"."latest_category", "t47"."initial_category") AS "category"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t42".*
                            EXCLUDE ("_until")
                          FROM (
                            SELECT
                              "t40"."cp_plan_id",
                              "t40"."referral_id",
                              "t40"."child_id",
                              "t40"."start_date",
                              "t40"."end_date",
                              "t40"."initial_category",
                              "t40"."latest_category",
                              "t40"."number_of_previous_plans",
                              "t40"."la_code",
                              "t40"."load_id",
                              "t40"."_until",
                              "t9"."month",
                              "t9"."month_end",
                              "t9"."month_index"
                            FROM (
                              SELECT
                                "t37"."cp_plan_id",
                                "t37"."referral_id",
                                "t37"."child_id",
                                "t37"."start_date",
                                "t37"."end_date",
                                "t37"."initial_category",
                                "t37"."latest_category",
                                "t37"."number_of_previous_plans",
                                "t37"."la_code",
                                "t37"."load_id",
                                COALESCE("t37"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t18"."cp_plan_id",
                                    "t18"."referral_id",
                                    "t18"."child_id",
                                    "t18"."start_date",
                                    "t18"."end_date",
                                    "t18"."initial_category",
                                    "t18"."latest_category",
                                    "t18"."number_of_previous_plans",
                                    "t18"."la_code",
                                    "t18"."load_id"
                                  FROM "t15" AS "t18"
                                  ANTI JOIN (
                                    SELECT
                                      "t21"."la_code",
                                      "t21"."child_id"
                                    FROM (
                                      SELECT
                                        "t16"."la_code",
                                        "t16"."child_id",
                                        COUNT(*) AS "_records"
                                      FROM "t15" AS "t16"
                                      GROUP BY
                                        1,
                                        2
                                    ) AS "t21"
                                    WHERE
                                      "t21"."_records" > 1
                                  ) AS "t25"
                                    ON "t18"."la_code" = "t25"."la_code" AND "t18"."child_id" = "t25"."child_id"
                                ) AS "t28"
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t33"."cp_plan_id",
                                    "t33"."referral_id",
                                    "t33"."child_id",
                                    "t33"."start_date",
                                    "t33"."end_date",
                                    "t33"."initial_category",
                                    "t33"."latest_category",
                                    "t33"."number_of_previous_plans",
                                    "t33"."la_code",
                                    "t33"."load_id"
                                  FROM "t32" AS "t33"
                                  WHERE
                                    NOT (
                                      "t33"."_overlaps"
                                    )
                                ) AS "t35"
                              ) AS "t37"
                              WHERE
                                "t37"."start_date" IS NOT NULL
                            ) AS "t40"
                            INNER JOIN "scorecard_month_spine" AS "t9"
                              ON "t40"."start_date" <= "t9"."month_end" AND "t40"."_until" > "t9"."month_end"
                          ) AS "t42"
                        ) AS "t43"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t45".*
                            EXCLUDE ("_rank")
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t41"."cp_plan_id",
                                "t41"."referral_id",
                                "t41"."child_id",
                                "t41"."start_date",
                                "t41"."end_date",
                                "t41"."initial_category",
                                "t41"."latest_category",
                                "t41"."number_of_previous_plans",
                                "t41"."la_code",
                                "t41"."load_id",
                                "t41"."month",
                                "t41"."month_end",
                                "t41"."month_index",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t41"."la_code", "t41"."child_id", "t41"."month"
                                  ORDER BY "t41"."start_date" DESC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "_rank"
                              FROM (
                                SELECT
                                  "t39".*
                                  EXCLUDE ("_until")
                                FROM (
                                  SELECT
                                    "t36"."cp_plan_id",
                                    "t36"."referral_id",
                                    "t36"."child_id",
                                    "t36"."start_date",
                                    "t36"."end_date",
                                    "t36"."initial_category",
                                    "t36"."latest_category",
                                    "t36"."number_of_previous_plans",
                                    "t36"."la_code",
                                    "t36"."load_id",
                                    "t36"."_until",
                                    "t9"."month",
                                    "t9"."month_end",
                                    "t9"."month_index"
                                  FROM (
                                    SELECT
                                      "t33"."cp_plan_id",
                                      "t33"."referral_id",
                                      "t33"."child_id",
                                      "t33"."start_date",
                                      "t33"."end_date",
                                      "t33"."initial_category",
                                      "t33"."latest_category",
                                      "t33"."number_of_previous_plans",
                                      "t33"."la_code",
                                      "t33"."load_id",
                                      COALESCE("t33"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                    FROM "t32" AS "t33"
                                    WHERE
                                      "t33"."_overlaps" AND "t33"."start_date" IS NOT NULL
                                  ) AS "t36"
                                  INNER JOIN "scorecard_month_spine" AS "t9"
                                    ON "t36"."start_date" <= "t9"."month_end" AND "t36"."_until" > "t9"."month_end"
                                ) AS "t39"
                              ) AS "t41"
                            ) AS "t44"
                            WHERE
                              "t44"."_rank" = 0
                          ) AS "t45"
                        ) AS "t46"
                      ) AS "t47"
                    ) AS "t49"
                    LEFT OUTER JOIN (
                      SELECT
                        "t24".*
                        EXCLUDE ("child_id_right", "la_code_right")
                      FROM (
                        SELECT
                          "t13"."la_code",
                          "t13"."child_id",
                          "t13"."sex",
                          "t13"."ethnicity",
                          "t13"."date_of_birth",
                          "t20"."la_code" AS "la_code_right",
                          "t20"."child_id" AS "child_id_right",
                          "t20"."_disabled"
                        FROM (
                          SELECT
                            "t4"."la_code",
                            "t4"."child_id",
                            "t4"."sex",
                            "t4"."ethnicity",
                            "t4"."date_of_birth"
                          FROM "person" AS "t4"
                        ) AS "t13"
                        LEFT OUTER JOIN (
                          SELECT
                            "t14"."la_code",
                            "t14"."child_id",
                            'Disabled' AS "_disabled"
                          FROM (
                            SELECT DISTINCT
                              "t5"."la_code",
                              "t5"."child_id"
                            FROM "disability" AS "t5"
                            WHERE
                              "t5"."disability" <> 'NONE'
                          ) AS "t14"
                        ) AS "t20"
                          ON "t13"."la_code" = "t20"."la_code" AND "t13"."child_id" = "t20"."child_id"
                      ) AS "t24"
                    ) AS "t27"
                      ON "t49"."la_code" = "t27"."la_code" AND "t49"."child_id" = "t27"."child_id"
                  ) AS "t50"
                ) AS "t51"
              ) AS "t52"
            ) AS "t53"
          ) AS "t54"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t55"
      ) AS "t56"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t58"
      ON "t58"."la_code" = "t8"."la_code"
      AND "t58"."indicator_id" = "t10"."indicator_id"
      AND "t58"."month_index" <= "t9"."month_index"
      AND "t58"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t58"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
      )
  ) AS "t59"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t72"."la_code",
  "t72"."indicator_id",
  "t72"."month",
  "t72"."breakdown",
  "t72"."breakdown_value",
  "t72"."numerator",
  CASE
    WHEN "t72"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t72"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE)
    ELSE "t72"."denominator"
  END AS "denominator",
  CASE
    WHEN "t72"."unit" = 'count'
    THEN "t72"."numerator"
    WHEN "t72"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE) > 0
      THEN (
        "t72"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t72"."unit" = 'percent'
    THEN CASE
      WHEN "t72"."denominator" > 0
      THEN "t72"."numerator" / "t72"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t72"."denominator" > 0
      THEN "t72"."numerator" / "t72"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t66"."la_code",
      "t66"."indicator_id",
      "t66"."month",
      "t66"."breakdown",
      "t66"."breakdown_value",
      "t66"."unit",
      "t66"."numerator",
      "t66"."denominator"
    FROM (
      SELECT
        "t22"."la_code",
        "t22"."indicator_id",
        "t22"."month",
        "t22"."unit",
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
            ('CPP1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t22"
      ANTI JOIN (
        SELECT
          *
        FROM "t60" AS "t61"
        WHERE
          "t61"."breakdown" = 'month_alone'
      ) AS "t64"
        ON "t22"."la_code" = "t64"."la_code"
        AND "t22"."indicator_id" = "t64"."indicator_id"
        AND "t22"."month" = "t64"."month"
    ) AS "t66"
  ) AS "t68"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t60" AS "t61"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t67"."la_code",
        "t67"."indicator_id",
        "t67"."month",
        "t67"."breakdown",
        "t67"."breakdown_value",
        "t67"."unit",
        "t67"."numerator",
        "t67"."denominator"
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
          ('CPP1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t60" AS "t61"
          WHERE
            "t61"."breakdown" = 'all'
        ) AS "t65"
          ON "t8"."la_code" = "t65"."la_code"
          AND "t10"."indicator_id" = "t65"."indicator_id"
          AND "t9"."month" = "t65"."month"
      ) AS "t67"
    ) AS "t69"
  ) AS "t70"
) AS "t72"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t72"."la_code" = "t7"."la_code" AND "t72"."month" = "t7"."month"
