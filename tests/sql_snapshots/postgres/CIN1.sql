WITH "t15" AS (
  SELECT
    *
  FROM "cin_episode" AS "t6"
  WHERE
    NOT (
      COALESCE("t6"."referral_nfa", FALSE)
    )
    AND "t6"."referral_date" IS NOT NULL
), "t32" AS (
  SELECT
    "t31"."referral_id",
    "t31"."child_id",
    "t31"."referral_date",
    "t31"."referral_source",
    "t31"."primary_need",
    "t31"."referral_nfa",
    "t31"."closure_date",
    "t31"."closure_reason",
    "t31"."team",
    "t31"."la_code",
    "t31"."load_id",
    "t31"."_reach",
    "t31"."_earlier_reach",
    BOOL_OR(COALESCE("t31"."_earlier_reach" > "t31"."referral_date", FALSE)) OVER (
      PARTITION BY "t31"."la_code", "t31"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t30"."referral_id",
      "t30"."child_id",
      "t30"."referral_date",
      "t30"."referral_source",
      "t30"."primary_need",
      "t30"."referral_nfa",
      "t30"."closure_date",
      "t30"."closure_reason",
      "t30"."team",
      "t30"."la_code",
      "t30"."load_id",
      "t30"."_reach",
      LAG("t30"."_reach") OVER (
        PARTITION BY "t30"."la_code", "t30"."child_id"
        ORDER BY "t30"."referral_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t29"."referral_id",
        "t29"."child_id",
        "t29"."referral_date",
        "t29"."referral_source",
        "t29"."primary_need",
        "t29"."referral_nfa",
        "t29"."closure_date",
        "t29"."closure_reason",
        "t29"."team",
        "t29"."la_code",
        "t29"."load_id",
        MAX(COALESCE("t29"."closure_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t29"."la_code", "t29"."child_id"
          ORDER BY "t29"."referral_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t20"."referral_id",
          "t20"."child_id",
          "t20"."referral_date",
          "t20"."referral_source",
          "t20"."primary_need",
          "t20"."referral_nfa",
          "t20"."closure_date",
          "t20"."closure_reason",
          "t20"."team",
          "t20"."la_code",
          "t20"."load_id"
        FROM "t15" AS "t20"
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                "t22"."la_code",
                "t22"."child_id"
              FROM (
                SELECT
                  "t17"."la_code",
                  "t17"."child_id",
                  COUNT(*) AS "_records"
                FROM "t15" AS "t17"
                GROUP BY
                  1,
                  2
              ) AS "t22"
              WHERE
                "t22"."_records" > 1
            ) AS "t26"
            WHERE
              "t20"."la_code" = "t26"."la_code" AND "t20"."child_id" = "t26"."child_id"
          )
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
      ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
          'CIN1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t55"."month") * 12
            ) + EXTRACT(month FROM "t55"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t55"."_part" = 0
            THEN 'all'
            WHEN "t55"."_part" = 1
            THEN 'primary_need'
            WHEN "t55"."_part" = 2
            THEN 'team'
            WHEN "t55"."_part" = 3
            THEN 'age_band'
            WHEN "t55"."_part" = 4
            THEN 'sex'
            WHEN "t55"."_part" = 5
            THEN 'ethnicity_group'
            WHEN "t55"."_part" = 6
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
                THEN COALESCE("t53"."primary_need", 'unknown')
                WHEN "t53"."_part" = 2
                THEN COALESCE("t53"."team", 'unknown')
                WHEN "t53"."_part" = 3
                THEN COALESCE("t53"."age_band", 'unknown')
                WHEN "t53"."_part" = 4
                THEN COALESCE("t53"."sex", 'unknown')
                WHEN "t53"."_part" = 5
                THEN COALESCE("t53"."ethnicity_group", 'unknown')
                WHEN "t53"."_part" = 6
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
                "t52"."primary_need",
                "t52"."team",
                "t52"."age_band",
                "t52"."sex",
                "t52"."ethnicity_group",
                "t52"."disability",
                UNNEST(ARRAY[0, 1, 2, 3, 4, 5, 6]) AS "_part"
              FROM (
                SELECT
                  "t51"."la_code",
                  "t51"."month",
                  "t51"."child_id",
                  "t51"."record_id",
                  "t51"."ref_date",
                  "t51"."numerator",
                  "t51"."denominator",
                  "t51"."primary_need",
                  "t51"."team",
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
                      ELSE CAST(NULL AS VARCHAR)
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
                      WHEN SUBSTRING("t51"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END FOR 1) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING("t51"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END FOR 1) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING("t51"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END FOR 1) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING("t51"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END FOR 1) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING("t51"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END FOR 1) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING("t51"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t51"."ethnicity") END FOR 1) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group",
                  COALESCE("t51"."_disabled", 'Not disabled') AS "disability"
                FROM (
                  SELECT
                    "t50"."la_code",
                    "t50"."month",
                    "t50"."child_id",
                    "t50"."record_id",
                    "t50"."ref_date",
                    "t50"."numerator",
                    "t50"."denominator",
                    "t50"."primary_need",
                    "t50"."team",
                    "t50"."sex",
                    "t50"."ethnicity",
                    "t50"."date_of_birth",
                    "t50"."_disabled"
                  FROM (
                    SELECT
                      "t49"."la_code",
                      "t49"."month",
                      "t49"."child_id",
                      "t49"."record_id",
                      "t49"."ref_date",
                      "t49"."numerator",
                      "t49"."denominator",
                      "t49"."primary_need",
                      "t49"."team",
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
                        "t47"."referral_id" AS "record_id",
                        "t47"."month_end" AS "ref_date",
                        1.0 AS "numerator",
                        1.0 AS "denominator",
                        "t47"."primary_need",
                        "t47"."team"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t42"."referral_id",
                            "t42"."child_id",
                            "t42"."referral_date",
                            "t42"."referral_source",
                            "t42"."primary_need",
                            "t42"."referral_nfa",
                            "t42"."closure_date",
                            "t42"."closure_reason",
                            "t42"."team",
                            "t42"."la_code",
                            "t42"."load_id",
                            "t42"."month",
                            "t42"."month_end",
                            "t42"."month_index"
                          FROM (
                            SELECT
                              "t40"."referral_id",
                              "t40"."child_id",
                              "t40"."referral_date",
                              "t40"."referral_source",
                              "t40"."primary_need",
                              "t40"."referral_nfa",
                              "t40"."closure_date",
                              "t40"."closure_reason",
                              "t40"."team",
                              "t40"."la_code",
                              "t40"."load_id",
                              "t40"."_until",
                              "t9"."month",
                              "t9"."month_end",
                              "t9"."month_index"
                            FROM (
                              SELECT
                                "t37"."referral_id",
                                "t37"."child_id",
                                "t37"."referral_date",
                                "t37"."referral_source",
                                "t37"."primary_need",
                                "t37"."referral_nfa",
                                "t37"."closure_date",
                                "t37"."closure_reason",
                                "t37"."team",
                                "t37"."la_code",
                                "t37"."load_id",
                                COALESCE("t37"."closure_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t20"."referral_id",
                                    "t20"."child_id",
                                    "t20"."referral_date",
                                    "t20"."referral_source",
                                    "t20"."primary_need",
                                    "t20"."referral_nfa",
                                    "t20"."closure_date",
                                    "t20"."closure_reason",
                                    "t20"."team",
                                    "t20"."la_code",
                                    "t20"."load_id"
                                  FROM "t15" AS "t20"
                                  WHERE
                                    NOT EXISTS(
                                      SELECT
                                        1
                                      FROM (
                                        SELECT
                                          "t22"."la_code",
                                          "t22"."child_id"
                                        FROM (
                                          SELECT
                                            "t17"."la_code",
                                            "t17"."child_id",
                                            COUNT(*) AS "_records"
                                          FROM "t15" AS "t17"
                                          GROUP BY
                                            1,
                                            2
                                        ) AS "t22"
                                        WHERE
                                          "t22"."_records" > 1
                                      ) AS "t26"
                                      WHERE
                                        "t20"."la_code" = "t26"."la_code" AND "t20"."child_id" = "t26"."child_id"
                                    )
                                ) AS "t28"
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t33"."referral_id",
                                    "t33"."child_id",
                                    "t33"."referral_date",
                                    "t33"."referral_source",
                                    "t33"."primary_need",
                                    "t33"."referral_nfa",
                                    "t33"."closure_date",
                                    "t33"."closure_reason",
                                    "t33"."team",
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
                                "t37"."referral_date" IS NOT NULL
                            ) AS "t40"
                            INNER JOIN "scorecard_month_spine" AS "t9"
                              ON "t40"."referral_date" <= "t9"."month_end" AND "t40"."_until" > "t9"."month_end"
                          ) AS "t42"
                        ) AS "t43"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t45"."referral_id",
                            "t45"."child_id",
                            "t45"."referral_date",
                            "t45"."referral_source",
                            "t45"."primary_need",
                            "t45"."referral_nfa",
                            "t45"."closure_date",
                            "t45"."closure_reason",
                            "t45"."team",
                            "t45"."la_code",
                            "t45"."load_id",
                            "t45"."month",
                            "t45"."month_end",
                            "t45"."month_index"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t41"."referral_id",
                                "t41"."child_id",
                                "t41"."referral_date",
                                "t41"."referral_source",
                                "t41"."primary_need",
                                "t41"."referral_nfa",
                                "t41"."closure_date",
                                "t41"."closure_reason",
                                "t41"."team",
                                "t41"."la_code",
                                "t41"."load_id",
                                "t41"."month",
                                "t41"."month_end",
                                "t41"."month_index",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t41"."la_code", "t41"."child_id", "t41"."month"
                                  ORDER BY "t41"."referral_date" DESC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "_rank"
                              FROM (
                                SELECT
                                  "t39"."referral_id",
                                  "t39"."child_id",
                                  "t39"."referral_date",
                                  "t39"."referral_source",
                                  "t39"."primary_need",
                                  "t39"."referral_nfa",
                                  "t39"."closure_date",
                                  "t39"."closure_reason",
                                  "t39"."team",
                                  "t39"."la_code",
                                  "t39"."load_id",
                                  "t39"."month",
                                  "t39"."month_end",
                                  "t39"."month_index"
                                FROM (
                                  SELECT
                                    "t36"."referral_id",
                                    "t36"."child_id",
                                    "t36"."referral_date",
                                    "t36"."referral_source",
                                    "t36"."primary_need",
                                    "t36"."referral_nfa",
                                    "t36"."closure_date",
                                    "t36"."closure_reason",
                                    "t36"."team",
                                    "t36"."la_code",
                                    "t36"."load_id",
                                    "t36"."_until",
                                    "t9"."month",
                                    "t9"."month_end",
                                    "t9"."month_index"
                                  FROM (
                                    SELECT
                                      "t33"."referral_id",
                                      "t33"."child_id",
                                      "t33"."referral_date",
                                      "t33"."referral_source",
                                      "t33"."primary_need",
                                      "t33"."referral_nfa",
                                      "t33"."closure_date",
                                      "t33"."closure_reason",
                                      "t33"."team",
                                      "t33"."la_code",
                                      "t33"."load_id",
                                      COALESCE("t33"."closure_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                    FROM "t32" AS "t33"
                                    WHERE
                                      "t33"."_overlaps" AND "t33"."referral_date" IS NOT NULL
                                  ) AS "t36"
                                  INNER JOIN "scorecard_month_spine" AS "t9"
                                    ON "t36"."referral_date" <= "t9"."month_end" AND "t36"."_until" > "t9"."month_end"
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
                        "t23"."la_code",
                        "t23"."child_id",
                        "t23"."sex",
                        "t23"."ethnicity",
                        "t23"."date_of_birth",
                        "t23"."_disabled"
                      FROM (
                        SELECT
                          "t13"."la_code",
                          "t13"."child_id",
                          "t13"."sex",
                          "t13"."ethnicity",
                          "t13"."date_of_birth",
                          "t19"."la_code" AS "la_code_right",
                          "t19"."child_id" AS "child_id_right",
                          "t19"."_disabled"
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
                        ) AS "t19"
                          ON "t13"."la_code" = "t19"."la_code" AND "t13"."child_id" = "t19"."child_id"
                      ) AS "t23"
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
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t72"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t72"."denominator"
  END AS "denominator",
  CASE
    WHEN "t72"."unit" = 'count'
    THEN "t72"."numerator"
    WHEN "t72"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t72"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t72"."unit" = 'percent'
    THEN CASE
      WHEN "t72"."denominator" > 0
      THEN CAST("t72"."numerator" AS DOUBLE PRECISION) / "t72"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t72"."denominator" > 0
      THEN CAST("t72"."numerator" AS DOUBLE PRECISION) / "t72"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
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
            ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t21"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t60" AS "t61"
            WHERE
              "t61"."breakdown" = 'month_alone'
          ) AS "t64"
          WHERE
            "t21"."la_code" = "t64"."la_code"
            AND "t21"."indicator_id" = "t64"."indicator_id"
            AND "t21"."month" = "t64"."month"
        )
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
          ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t60" AS "t61"
              WHERE
                "t61"."breakdown" = 'all'
            ) AS "t65"
            WHERE
              "t8"."la_code" = "t65"."la_code"
              AND "t10"."indicator_id" = "t65"."indicator_id"
              AND "t9"."month" = "t65"."month"
          )
      ) AS "t67"
    ) AS "t69"
  ) AS "t70"
) AS "t72"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t72"."la_code" = "t7"."la_code" AND "t72"."month" = "t7"."month"
