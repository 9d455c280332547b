WITH "t18" AS (
  SELECT
    *
  FROM "cin_plan" AS "t7"
  WHERE
    "t7"."start_date" IS NOT NULL
), "t36" AS (
  SELECT
    "t35"."cin_plan_id",
    "t35"."referral_id",
    "t35"."child_id",
    "t35"."start_date",
    "t35"."end_date",
    "t35"."la_code",
    "t35"."load_id",
    "t35"."_reach",
    "t35"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t35"."_earlier_reach" > "t35"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t35"."la_code", "t35"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t34"."cin_plan_id",
      "t34"."referral_id",
      "t34"."child_id",
      "t34"."start_date",
      "t34"."end_date",
      "t34"."la_code",
      "t34"."load_id",
      "t34"."_reach",
      LAG("t34"."_reach") OVER (
        PARTITION BY "t34"."la_code", "t34"."child_id"
        ORDER BY "t34"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t31"."cin_plan_id",
        "t31"."referral_id",
        "t31"."child_id",
        "t31"."start_date",
        "t31"."end_date",
        "t31"."la_code",
        "t31"."load_id",
        MAX(COALESCE("t31"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t31"."la_code", "t31"."child_id"
          ORDER BY "t31"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t21"."cin_plan_id",
          "t21"."referral_id",
          "t21"."child_id",
          "t21"."start_date",
          "t21"."end_date",
          "t21"."la_code",
          "t21"."load_id"
        FROM "t18" AS "t21"
        SEMI JOIN (
          SELECT
            "t24"."la_code",
            "t24"."child_id"
          FROM (
            SELECT
              "t19"."la_code",
              "t19"."child_id",
              COUNT(*) AS "_records"
            FROM "t18" AS "t19"
            GROUP BY
              1,
              2
          ) AS "t24"
          WHERE
            "t24"."_records" > 1
        ) AS "t28"
          ON "t21"."la_code" = "t28"."la_code" AND "t21"."child_id" = "t28"."child_id"
      ) AS "t31"
    ) AS "t34"
  ) AS "t35"
), "t67" AS (
  SELECT
    "t66"."la_code",
    "t66"."indicator_id",
    "t66"."month",
    "t66"."breakdown",
    "t66"."breakdown_value",
    "t66"."unit",
    SUM("t66"."_num") AS "numerator",
    SUM("t66"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t65"."breakdown",
      "t65"."breakdown_value",
      "t65"."_num",
      "t65"."_den",
      "t65"."_until_index"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('CIN3', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t63"."la_code",
        "t63"."indicator_id",
        "t63"."breakdown",
        "t63"."breakdown_value",
        "t63"."_num",
        "t63"."_den",
        "t63"."month_index" + "t63"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t62"."la_code",
          "t62"."indicator_id",
          "t62"."month_index",
          "t62"."breakdown",
          "t62"."breakdown_value",
          "t62"."_num",
          "t62"."_den",
          "t16"."months_back",
          "t12"."_offset"
        FROM (
          SELECT
            "t60"."la_code",
            "t60"."indicator_id",
            "t60"."month_index",
            "t60"."breakdown",
            "t60"."breakdown_value",
            SUM("t60"."numerator") AS "_num",
            SUM("t60"."denominator") AS "_den"
          FROM (
            SELECT
              "t59"."la_code",
              'CIN3' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t59"."month") * 12
                ) + EXTRACT(month FROM "t59"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t59"."_part" = 0
                THEN 'all'
                WHEN "t59"."_part" = 1
                THEN 'age_band'
                WHEN "t59"."_part" = 2
                THEN 'sex'
                WHEN "t59"."_part" = 3
                THEN 'ethnicity_group'
                WHEN "t59"."_part" = 4
                THEN 'disability'
                ELSE NULL
              END AS "breakdown",
              "t59"."breakdown_value",
              "t59"."numerator",
              "t59"."denominator"
            FROM (
              SELECT
                "t58"."la_code",
                "t58"."month",
                "t58"."_part",
                "t58"."breakdown_value",
                SUM("t58"."numerator") AS "numerator",
                SUM("t58"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t57"."la_code",
                  "t57"."month",
                  "t57"."numerator",
                  "t57"."denominator",
                  "t57"."_part",
                  CASE
                    WHEN "t57"."_part" = 1
                    THEN COALESCE("t57"."age_band", 'unknown')
                    WHEN "t57"."_part" = 2
                    THEN COALESCE("t57"."sex", 'unknown')
                    WHEN "t57"."_part" = 3
                    THEN COALESCE("t57"."ethnicity_group", 'unknown')
                    WHEN "t57"."_part" = 4
                    THEN COALESCE("t57"."disability", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t56"."la_code",
                    "t56"."month",
                    "t56"."child_id",
                    "t56"."record_id",
                    "t56"."ref_date",
                    "t56"."numerator",
                    "t56"."denominator",
                    "t56"."age_band",
                    "t56"."sex",
                    "t56"."ethnicity_group",
                    "t56"."disability",
                    UNNEST(CAST([0, 1, 2, 3, 4] AS TINYINT[])) AS "_part"
                  FROM (
                    SELECT
                      "t55"."la_code",
                      "t55"."month",
                      "t55"."child_id",
                      "t55"."record_id",
                      "t55"."ref_date",
                      "t55"."numerator",
                      "t55"."denominator",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
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
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
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
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
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
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
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
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t55"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t55"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t55"."_born") * 100
                                  ) + EXTRACT(day FROM "t55"."_born")
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
                              EXTRACT(year FROM "t55"."ref_date") - EXTRACT(year FROM "t55"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t55"."ref_date") * 100
                                ) + EXTRACT(day FROM "t55"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t55"."_born") * 100
                                ) + EXTRACT(day FROM "t55"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band",
                      COALESCE("t55"."sex", 'unknown') AS "sex",
                      COALESCE("t55"."ethnicity_group", 'Not known') AS "ethnicity_group",
                      COALESCE("t55"."disability", 'Not disabled') AS "disability"
                    FROM (
                      SELECT
                        "t54".*
                        EXCLUDE ("child_id_right", "la_code_right")
                      FROM (
                        SELECT
                          "t53"."la_code",
                          "t53"."month",
                          "t53"."child_id",
                          "t53"."record_id",
                          "t53"."ref_date",
                          "t53"."numerator",
                          "t53"."denominator",
                          "t33"."la_code" AS "la_code_right",
                          "t33"."child_id" AS "child_id_right",
                          "t33"."_born",
                          "t33"."sex",
                          "t33"."ethnicity_group",
                          "t33"."disability"
                        FROM (
                          SELECT
                            "t51"."la_code",
                            "t51"."month",
                            "t51"."child_id",
                            "t51"."cin_plan_id" AS "record_id",
                            "t51"."month_end" AS "ref_date",
                            1.0 AS "numerator",
                            1.0 AS "denominator"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t46".*
                                EXCLUDE ("_until")
                              FROM (
                                SELECT
                                  "t44"."cin_plan_id",
                                  "t44"."referral_id",
                                  "t44"."child_id",
                                  "t44"."start_date",
                                  "t44"."end_date",
                                  "t44"."la_code",
                                  "t44"."load_id",
                                  "t44"."_until",
                                  "t10"."month",
                                  "t10"."month_end",
                                  "t10"."month_index"
                                FROM (
                                  SELECT
                                    "t41"."cin_plan_id",
                                    "t41"."referral_id",
                                    "t41"."child_id",
                                    "t41"."start_date",
                                    "t41"."end_date",
                                    "t41"."la_code",
                                    "t41"."load_id",
                                    COALESCE("t41"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t21"."cin_plan_id",
                                        "t21"."referral_id",
                                        "t21"."child_id",
                                        "t21"."start_date",
                                        "t21"."end_date",
                                        "t21"."la_code",
                                        "t21"."load_id"
                                      FROM "t18" AS "t21"
                                      ANTI JOIN (
                                        SELECT
                                          "t24"."la_code",
                                          "t24"."child_id"
                                        FROM (
                                          SELECT
                                            "t19"."la_code",
                                            "t19"."child_id",
                                            COUNT(*) AS "_records"
                                          FROM "t18" AS "t19"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t24"
                                        WHERE
                                          "t24"."_records" > 1
                                      ) AS "t28"
                                        ON "t21"."la_code" = "t28"."la_code" AND "t21"."child_id" = "t28"."child_id"
                                    ) AS "t30"
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t37"."cin_plan_id",
                                        "t37"."referral_id",
                                        "t37"."child_id",
                                        "t37"."start_date",
                                        "t37"."end_date",
                                        "t37"."la_code",
                                        "t37"."load_id"
                                      FROM "t36" AS "t37"
                                      WHERE
                                        NOT (
                                          "t37"."_overlaps"
                                        )
                                    ) AS "t39"
                                  ) AS "t41"
                                  WHERE
                                    "t41"."start_date" IS NOT NULL
                                ) AS "t44"
                                INNER JOIN "scorecard_month_spine" AS "t10"
                                  ON "t44"."start_date" <= "t10"."month_end" AND "t44"."_until" > "t10"."month_end"
                              ) AS "t46"
                            ) AS "t47"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t49".*
                                EXCLUDE ("_rank")
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t45"."cin_plan_id",
                                    "t45"."referral_id",
                                    "t45"."child_id",
                                    "t45"."start_date",
                                    "t45"."end_date",
                                    "t45"."la_code",
                                    "t45"."load_id",
                                    "t45"."month",
                                    "t45"."month_end",
                                    "t45"."month_index",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t45"."la_code", "t45"."child_id", "t45"."month"
                                      ORDER BY "t45"."start_date" DESC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "_rank"
                                  FROM (
                                    SELECT
                                      "t43".*
                                      EXCLUDE ("_until")
                                    FROM (
                                      SELECT
                                        "t40"."cin_plan_id",
                                        "t40"."referral_id",
                                        "t40"."child_id",
                                        "t40"."start_date",
                                        "t40"."end_date",
                                        "t40"."la_code",
                                        "t40"."load_id",
                                        "t40"."_until",
                                        "t10"."month",
                                        "t10"."month_end",
                                        "t10"."month_index"
                                      FROM (
                                        SELECT
                                          "t37"."cin_plan_id",
                                          "t37"."referral_id",
                                          "t37"."child_id",
                                          "t37"."start_date",
                                          "t37"."end_date",
                                          "t37"."la_code",
                                          "t37"."load_id",
                                          COALESCE("t37"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM "t36" AS "t37"
                                        WHERE
                                          "t37"."_overlaps" AND "t37"."start_date" IS NOT NULL
                                      ) AS "t40"
                                      INNER JOIN "scorecard_month_spine" AS "t10"
                                        ON "t40"."start_date" <= "t10"."month_end" AND "t40"."_until" > "t10"."month_end"
                                    ) AS "t43"
                                  ) AS "t45"
                                ) AS "t48"
                                WHERE
                                  "t48"."_rank" = 0
                              ) AS "t49"
                            ) AS "t50"
                          ) AS "t51"
                        ) AS "t53"
                        LEFT OUTER JOIN (
                          SELECT
                            "t29"."la_code",
                            "t29"."child_id",
                            "t29"."date_of_birth" AS "_born",
                            CASE "t29"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t29"."sex" END AS "sex",
                            CASE
                              WHEN "t29"."ethnicity" IN ('REFU', 'NOBT')
                              THEN 'Not known'
                              ELSE CASE
                                WHEN SUBSTRING(
                                  "t29"."ethnicity",
                                  CASE WHEN (
                                    0 + 1
                                  ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t29"."ethnicity") END,
                                  1
                                ) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING(
                                  "t29"."ethnicity",
                                  CASE WHEN (
                                    0 + 1
                                  ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t29"."ethnicity") END,
                                  1
                                ) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING(
                                  "t29"."ethnicity",
                                  CASE WHEN (
                                    0 + 1
                                  ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t29"."ethnicity") END,
                                  1
                                ) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING(
                                  "t29"."ethnicity",
                                  CASE WHEN (
                                    0 + 1
                                  ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t29"."ethnicity") END,
                                  1
                                ) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING(
                                  "t29"."ethnicity",
                                  CASE WHEN (
                                    0 + 1
                                  ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t29"."ethnicity") END,
                                  1
                                ) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING(
                                  "t29"."ethnicity",
                                  CASE WHEN (
                                    0 + 1
                                  ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t29"."ethnicity") END,
                                  1
                                ) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            END AS "ethnicity_group",
                            "t29"."_disabled" AS "disability"
                          FROM (
                            SELECT
                              "t27".*
                              EXCLUDE ("child_id_right", "la_code_right")
                            FROM (
                              SELECT
                                "t13"."child_id",
                                "t13"."upn",
                                "t13"."sex",
                                "t13"."date_of_birth",
                                "t13"."expected_date_of_birth",
                                "t13"."ethnicity",
                                "t13"."date_of_death",
                                "t13"."la_code",
                                "t13"."load_id",
                                "t23"."la_code" AS "la_code_right",
                                "t23"."child_id" AS "child_id_right",
                                "t23"."_disabled"
                              FROM "person" AS "t13"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t17"."la_code",
                                  "t17"."child_id",
                                  'Disabled' AS "_disabled"
                                FROM (
                                  SELECT DISTINCT
                                    "t6"."la_code",
                                    "t6"."child_id"
                                  FROM "disability" AS "t6"
                                  WHERE
                                    "t6"."disability" <> 'NONE'
                                ) AS "t17"
                              ) AS "t23"
                                ON "t13"."la_code" = "t23"."la_code" AND "t13"."child_id" = "t23"."child_id"
                            ) AS "t27"
                          ) AS "t29"
                        ) AS "t33"
                          ON "t53"."la_code" = "t33"."la_code" AND "t53"."child_id" = "t33"."child_id"
                      ) AS "t54"
                    ) AS "t55"
                  ) AS "t56"
                ) AS "t57"
              ) AS "t58"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t59"
          ) AS "t60"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t62"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CIN3', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS "t16"
          ON "t62"."indicator_id" = "t16"."indicator_id"
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
      ) AS "t63"
      WHERE
        "t63"."_offset" <= CASE WHEN "t63"."breakdown" = 'month_alone' THEN 0 ELSE "t63"."months_back" END
    ) AS "t65"
      ON "t65"."la_code" = "t9"."la_code"
      AND "t65"."indicator_id" = "t11"."indicator_id"
      AND "t65"."_until_index" = "t10"."month_index"
  ) AS "t66"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t79"."la_code",
  "t79"."indicator_id",
  "t79"."month",
  "t79"."breakdown",
  "t79"."breakdown_value",
  "t79"."numerator",
  CASE
    WHEN "t79"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t79"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE)
    ELSE "t79"."denominator"
  END AS "denominator",
  CASE
    WHEN "t79"."unit" = 'count'
    THEN "t79"."numerator"
    WHEN "t79"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE) > 0
      THEN (
        "t79"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t79"."unit" = 'percent'
    THEN CASE
      WHEN "t79"."denominator" > 0
      THEN "t79"."numerator" / "t79"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t79"."denominator" > 0
      THEN "t79"."numerator" / "t79"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t73"."la_code",
      "t73"."indicator_id",
      "t73"."month",
      "t73"."breakdown",
      "t73"."breakdown_value",
      "t73"."unit",
      "t73"."numerator",
      "t73"."denominator"
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
            ('CIN3', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS "t15"
        WHERE
          "t15"."months_back" > 0
      ) AS "t25"
      ANTI JOIN (
        SELECT
          *
        FROM "t67" AS "t68"
        WHERE
          "t68"."breakdown" = 'month_alone'
      ) AS "t71"
        ON "t25"."la_code" = "t71"."la_code"
        AND "t25"."indicator_id" = "t71"."indicator_id"
        AND "t25"."month" = "t71"."month"
    ) AS "t73"
  ) AS "t75"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t67" AS "t68"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t74"."la_code",
        "t74"."indicator_id",
        "t74"."month",
        "t74"."breakdown",
        "t74"."breakdown_value",
        "t74"."unit",
        "t74"."numerator",
        "t74"."denominator"
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
          ('CIN3', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t67" AS "t68"
          WHERE
            "t68"."breakdown" = 'all'
        ) AS "t72"
          ON "t9"."la_code" = "t72"."la_code"
          AND "t11"."indicator_id" = "t72"."indicator_id"
          AND "t10"."month" = "t72"."month"
      ) AS "t74"
    ) AS "t76"
  ) AS "t77"
) AS "t79"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t79"."la_code" = "t8"."la_code" AND "t79"."month" = "t8"."month"
