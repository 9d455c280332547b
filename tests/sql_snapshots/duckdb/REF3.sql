WITH "t34" AS (
  SELECT
    "t33"."la_code",
    "t33"."indicator_id",
    "t33"."month",
    "t33"."breakdown",
    "t33"."breakdown_value",
    "t33"."unit",
    SUM("t33"."_num") AS "numerator",
    SUM("t33"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t32"."la_code" AS "la_code_right",
      "t32"."indicator_id" AS "indicator_id_right",
      "t32"."month_index" AS "month_index_right",
      "t32"."breakdown",
      "t32"."breakdown_value",
      "t32"."_num",
      "t32"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('REF3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t30"."la_code",
        "t30"."indicator_id",
        "t30"."month_index",
        "t30"."breakdown",
        "t30"."breakdown_value",
        SUM("t30"."numerator") AS "_num",
        SUM("t30"."denominator") AS "_den"
      FROM (
        SELECT
          "t29"."la_code",
          "t29"."indicator_id",
          "t29"."month_index",
          "t29"."breakdown",
          "t29"."breakdown_value",
          SUM("t29"."numerator") AS "numerator",
          SUM("t29"."denominator") AS "denominator"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t20"."la_code",
                "t20"."numerator",
                "t20"."denominator",
                'REF3' AS "indicator_id",
                (
                  (
                    EXTRACT(year FROM "t20"."month") * 12
                  ) + EXTRACT(month FROM "t20"."month")
                ) - 1 AS "month_index",
                'team' AS "breakdown",
                COALESCE("t20"."team", 'unknown') AS "breakdown_value"
              FROM (
                SELECT
                  "t19".*
                  EXCLUDE ("child_id_right", "la_code_right")
                FROM (
                  SELECT
                    "t18"."la_code",
                    "t18"."month",
                    "t18"."child_id",
                    "t18"."record_id",
                    "t18"."ref_date",
                    "t18"."numerator",
                    "t18"."denominator",
                    "t18"."referral_source",
                    "t18"."team",
                    "t12"."la_code" AS "la_code_right",
                    "t12"."child_id" AS "child_id_right",
                    "t12"."sex",
                    "t12"."ethnicity",
                    "t12"."date_of_birth"
                  FROM (
                    SELECT
                      "t16"."la_code",
                      DATE_TRUNC('MONTH', "t16"."referral_date") AS "month",
                      CAST("t16"."child_id" AS TEXT) AS "child_id",
                      CAST("t16"."referral_id" AS TEXT) AS "record_id",
                      CAST("t16"."referral_date" AS DATE) AS "ref_date",
                      CASE
                        WHEN COALESCE(
                          (
                            "t16"."_previous" IS NOT NULL
                          )
                          AND (
                            "t16"."_previous" >= (
                              "t16"."referral_date" - INTERVAL '1' YEAR
                            )
                          ),
                          FALSE
                        )
                        THEN 1.0
                        ELSE 0.0
                      END AS "numerator",
                      1.0 AS "denominator",
                      "t16"."referral_source",
                      "t16"."team"
                    FROM (
                      SELECT
                        "t13"."referral_id",
                        "t13"."child_id",
                        "t13"."referral_date",
                        "t13"."referral_source",
                        "t13"."primary_need",
                        "t13"."referral_nfa",
                        "t13"."closure_date",
                        "t13"."closure_reason",
                        "t13"."team",
                        "t13"."la_code",
                        "t13"."load_id",
                        LAG("t13"."referral_date") OVER (
                          PARTITION BY "t13"."la_code", "t13"."child_id"
                          ORDER BY "t13"."referral_date" ASC, "t13"."referral_id" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "_previous"
                      FROM (
                        SELECT
                          *
                        FROM "cin_episode" AS "t5"
                        WHERE
                          "t5"."referral_date" IS NOT NULL
                      ) AS "t13"
                    ) AS "t16"
                    WHERE
                      "t16"."referral_date" IS NOT NULL
                      AND DATE_TRUNC('MONTH', "t16"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS "t18"
                  LEFT OUTER JOIN (
                    SELECT
                      "t4"."la_code",
                      "t4"."child_id",
                      "t4"."sex",
                      "t4"."ethnicity",
                      "t4"."date_of_birth"
                    FROM "person" AS "t4"
                  ) AS "t12"
                    ON "t18"."la_code" = "t12"."la_code" AND "t18"."child_id" = "t12"."child_id"
                ) AS "t19"
              ) AS "t20"
            ) AS "t21"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t20"."la_code",
                "t20"."numerator",
                "t20"."denominator",
                'REF3' AS "indicator_id",
                (
                  (
                    EXTRACT(year FROM "t20"."month") * 12
                  ) + EXTRACT(month FROM "t20"."month")
                ) - 1 AS "month_index",
                'age_band' AS "breakdown",
                COALESCE(
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
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
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
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
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
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
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
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
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t20"."ref_date") * 100
                              ) + EXTRACT(day FROM "t20"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t20"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t20"."date_of_birth")
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
                          EXTRACT(year FROM "t20"."ref_date") - EXTRACT(year FROM "t20"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t20"."ref_date") * 100
                            ) + EXTRACT(day FROM "t20"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t20"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t20"."date_of_birth")
                          )
                          THEN 1
                          ELSE 0
                        END
                      ) >= 18
                      THEN '18 and over'
                      ELSE 'unknown'
                    END
                  ),
                  'unknown'
                ) AS "breakdown_value"
              FROM (
                SELECT
                  "t19".*
                  EXCLUDE ("child_id_right", "la_code_right")
                FROM (
                  SELECT
                    "t18"."la_code",
                    "t18"."month",
                    "t18"."child_id",
                    "t18"."record_id",
                    "t18"."ref_date",
                    "t18"."numerator",
                    "t18"."denominator",
                    "t18"."referral_source",
                    "t18"."team",
                    "t12"."la_code" AS "la_code_right",
                    "t12"."child_id" AS "child_id_right",
                    "t12"."sex",
                    "t12"."ethnicity",
                    "t12"."date_of_birth"
                  FROM (
                    SELECT
                      "t16"."la_code",
                      DATE_TRUNC('MONTH', "t16"."referral_date") AS "month",
                      CAST("t16"."child_id" AS TEXT) AS "child_id",
                      CAST("t16"."referral_id" AS TEXT) AS "record_id",
                      CAST("t16"."referral_date" AS DATE) AS "ref_date",
                      CASE
                        WHEN COALESCE(
                          (
                            "t16"."_previous" IS NOT NULL
                          )
                          AND (
                            "t16"."_previous" >= (
                              "t16"."referral_date" - INTERVAL '1' YEAR
                            )
                          ),
                          FALSE
                        )
                        THEN 1.0
                        ELSE 0.0
                      END AS "numerator",
                      1.0 AS "denominator",
                      "t16"."referral_source",
                      "t16"."team"
                    FROM (
                      SELECT
                        "t13"."referral_id",
                        "t13"."child_id",
                        "t13"."referral_date",
                        "t13"."referral_source",
                        "t13"."primary_need",
                        "t13"."referral_nfa",
                        "t13"."closure_date",
                        "t13"."closure_reason",
                        "t13"."team",
                        "t13"."la_code",
                        "t13"."load_id",
                        LAG("t13"."referral_date") OVER (
                          PARTITION BY "t13"."la_code", "t13"."child_id"
                          ORDER BY "t13"."referral_date" ASC, "t13"."referral_id" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "_previous"
                      FROM (
                        SELECT
                          *
                        FROM "cin_episode" AS "t5"
                        WHERE
                          "t5"."referral_date" IS NOT NULL
                      ) AS "t13"
                    ) AS "t16"
                    WHERE
                      "t16"."referral_date" IS NOT NULL
                      AND DATE_TRUNC('MONTH', "t16"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS "t18"
                  LEFT OUTER JOIN (
                    SELECT
                      "t4"."la_code",
                      "t4"."child_id",
                      "t4"."sex",
                      "t4"."ethnicity",
                      "t4"."date_of_birth"
                    FROM "person" AS "t4"
                  ) AS "t12"
                    ON "t18"."la_code" = "t12"."la_code" AND "t18"."child_id" = "t12"."child_id"
                ) AS "t19"
              ) AS "t20"
            ) AS "t27"
          ) AS "t28"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t20"."la_code",
                "t20"."numerator",
                "t20"."denominator",
                'REF3' AS "indicator_id",
                (
                  (
                    EXTRACT(year FROM "t20"."month") * 12
                  ) + EXTRACT(month FROM "t20"."month")
                ) - 1 AS "month_index",
                'month_alone' AS "breakdown",
                'all' AS "breakdown_value"
              FROM (
                SELECT
                  "t19".*
                  EXCLUDE ("child_id_right", "la_code_right")
                FROM (
                  SELECT
                    "t18"."la_code",
                    "t18"."month",
                    "t18"."child_id",
                    "t18"."record_id",
                    "t18"."ref_date",
                    "t18"."numerator",
                    "t18"."denominator",
                    "t18"."referral_source",
                    "t18"."team",
                    "t12"."la_code" AS "la_code_right",
                    "t12"."child_id" AS "child_id_right",
                    "t12"."sex",
                    "t12"."ethnicity",
                    "t12"."date_of_birth"
                  FROM (
                    SELECT
                      "t16"."la_code",
                      DATE_TRUNC('MONTH', "t16"."referral_date") AS "month",
                      CAST("t16"."child_id" AS TEXT) AS "child_id",
                      CAST("t16"."referral_id" AS TEXT) AS "record_id",
                      CAST("t16"."referral_date" AS DATE) AS "ref_date",
                      CASE
                        WHEN COALESCE(
                          (
                            "t16"."_previous" IS NOT NULL
                          )
                          AND (
                            "t16"."_previous" >= (
                              "t16"."referral_date" - INTERVAL '1' YEAR
                            )
                          ),
                          FALSE
                        )
                        THEN 1.0
                        ELSE 0.0
                      END AS "numerator",
                      1.0 AS "denominator",
                      "t16"."referral_source",
                      "t16"."team"
                    FROM (
                      SELECT
                        "t13"."referral_id",
                        "t13"."child_id",
                        "t13"."referral_date",
                        "t13"."referral_source",
                        "t13"."primary_need",
                        "t13"."referral_nfa",
                        "t13"."closure_date",
                        "t13"."closure_reason",
                        "t13"."team",
                        "t13"."la_code",
                        "t13"."load_id",
                        LAG("t13"."referral_date") OVER (
                          PARTITION BY "t13"."la_code", "t13"."child_id"
                          ORDER BY "t13"."referral_date" ASC, "t13"."referral_id" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                        ) AS "_previous"
                      FROM (
                        SELECT
                          *
                        FROM "cin_episode" AS "t5"
                        WHERE
                          "t5"."referral_date" IS NOT NULL
                      ) AS "t13"
                    ) AS "t16"
                    WHERE
                      "t16"."referral_date" IS NOT NULL
                      AND DATE_TRUNC('MONTH', "t16"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS "t18"
                  LEFT OUTER JOIN (
                    SELECT
                      "t4"."la_code",
                      "t4"."child_id",
                      "t4"."sex",
                      "t4"."ethnicity",
                      "t4"."date_of_birth"
                    FROM "person" AS "t4"
                  ) AS "t12"
                    ON "t18"."la_code" = "t12"."la_code" AND "t18"."child_id" = "t12"."child_id"
                ) AS "t19"
              ) AS "t20"
            ) AS "t22"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t20"."la_code",
                  "t20"."numerator",
                  "t20"."denominator",
                  'REF3' AS "indicator_id",
                  (
                    (
                      EXTRACT(year FROM "t20"."month") * 12
                    ) + EXTRACT(month FROM "t20"."month")
                  ) - 1 AS "month_index",
                  'all' AS "breakdown",
                  'all' AS "breakdown_value"
                FROM (
                  SELECT
                    "t19".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t18"."la_code",
                      "t18"."month",
                      "t18"."child_id",
                      "t18"."record_id",
                      "t18"."ref_date",
                      "t18"."numerator",
                      "t18"."denominator",
                      "t18"."referral_source",
                      "t18"."team",
                      "t12"."la_code" AS "la_code_right",
                      "t12"."child_id" AS "child_id_right",
                      "t12"."sex",
                      "t12"."ethnicity",
                      "t12"."date_of_birth"
                    FROM (
                      SELECT
                        "t16"."la_code",
                        DATE_TRUNC('MONTH', "t16"."referral_date") AS "month",
                        CAST("t16"."child_id" AS TEXT) AS "child_id",
                        CAST("t16"."referral_id" AS TEXT) AS "record_id",
                        CAST("t16"."referral_date" AS DATE) AS "ref_date",
                        CASE
                          WHEN COALESCE(
                            (
                              "t16"."_previous" IS NOT NULL
                            )
                            AND (
                              "t16"."_previous" >= (
                                "t16"."referral_date" - INTERVAL '1' YEAR
                              )
                            ),
                            FALSE
                          )
                          THEN 1.0
                          ELSE 0.0
                        END AS "numerator",
                        1.0 AS "denominator",
                        "t16"."referral_source",
                        "t16"."team"
                      FROM (
                        SELECT
                          "t13"."referral_id",
                          "t13"."child_id",
                          "t13"."referral_date",
                          "t13"."referral_source",
                          "t13"."primary_need",
                          "t13"."referral_nfa",
                          "t13"."closure_date",
                          "t13"."closure_reason",
                          "t13"."team",
                          "t13"."la_code",
                          "t13"."load_id",
                          LAG("t13"."referral_date") OVER (
                            PARTITION BY "t13"."la_code", "t13"."child_id"
                            ORDER BY "t13"."referral_date" ASC, "t13"."referral_id" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS "_previous"
                        FROM (
                          SELECT
                            *
                          FROM "cin_episode" AS "t5"
                          WHERE
                            "t5"."referral_date" IS NOT NULL
                        ) AS "t13"
                      ) AS "t16"
                      WHERE
                        "t16"."referral_date" IS NOT NULL
                        AND DATE_TRUNC('MONTH', "t16"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS "t18"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."child_id",
                        "t4"."sex",
                        "t4"."ethnicity",
                        "t4"."date_of_birth"
                      FROM "person" AS "t4"
                    ) AS "t12"
                      ON "t18"."la_code" = "t12"."la_code" AND "t18"."child_id" = "t12"."child_id"
                  ) AS "t19"
                ) AS "t20"
              ) AS "t23"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t20"."la_code",
                  "t20"."numerator",
                  "t20"."denominator",
                  'REF3' AS "indicator_id",
                  (
                    (
                      EXTRACT(year FROM "t20"."month") * 12
                    ) + EXTRACT(month FROM "t20"."month")
                  ) - 1 AS "month_index",
                  'referral_source' AS "breakdown",
                  COALESCE("t20"."referral_source", 'unknown') AS "breakdown_value"
                FROM (
                  SELECT
                    "t19".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t18"."la_code",
                      "t18"."month",
                      "t18"."child_id",
                      "t18"."record_id",
                      "t18"."ref_date",
                      "t18"."numerator",
                      "t18"."denominator",
                      "t18"."referral_source",
                      "t18"."team",
                      "t12"."la_code" AS "la_code_right",
                      "t12"."child_id" AS "child_id_right",
                      "t12"."sex",
                      "t12"."ethnicity",
                      "t12"."date_of_birth"
                    FROM (
                      SELECT
                        "t16"."la_code",
                        DATE_TRUNC('MONTH', "t16"."referral_date") AS "month",
                        CAST("t16"."child_id" AS TEXT) AS "child_id",
                        CAST("t16"."referral_id" AS TEXT) AS "record_id",
                        CAST("t16"."referral_date" AS DATE) AS "ref_date",
                        CASE
                          WHEN COALESCE(
                            (
                              "t16"."_previous" IS NOT NULL
                            )
                            AND (
                              "t16"."_previous" >= (
                                "t16"."referral_date" - INTERVAL '1' YEAR
                              )
                            ),
                            FALSE
                          )
                          THEN 1.0
                          ELSE 0.0
                        END AS "numerator",
                        1.0 AS "denominator",
                        "t16"."referral_source",
                        "t16"."team"
                      FROM (
                        SELECT
                          "t13"."referral_id",
                          "t13"."child_id",
                          "t13"."referral_date",
                          "t13"."referral_source",
                          "t13"."primary_need",
                          "t13"."referral_nfa",
                          "t13"."closure_date",
                          "t13"."closure_reason",
                          "t13"."team",
                          "t13"."la_code",
                          "t13"."load_id",
                          LAG("t13"."referral_date") OVER (
                            PARTITION BY "t13"."la_code", "t13"."child_id"
                            ORDER BY "t13"."referral_date" ASC, "t13"."referral_id" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                          ) AS "_previous"
                        FROM (
                          SELECT
                            *
                          FROM "cin_episode" AS "t5"
                          WHERE
                            "t5"."referral_date" IS NOT NULL
                        ) AS "t13"
                      ) AS "t16"
                      WHERE
                        "t16"."referral_date" IS NOT NULL
                        AND DATE_TRUNC('MONTH', "t16"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS "t18"
                    LEFT OUTER JOIN (
                      SELECT
                        "t4"."la_code",
                        "t4"."child_id",
                        "t4"."sex",
                        "t4"."ethnicity",
                        "t4"."date_of_birth"
                      FROM "person" AS "t4"
                    ) AS "t12"
                      ON "t18"."la_code" = "t12"."la_code" AND "t18"."child_id" = "t12"."child_id"
                  ) AS "t19"
                ) AS "t20"
              ) AS "t24"
            ) AS "t25"
          ) AS "t26"
        ) AS "t29"
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS "t30"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t32"
      ON "t32"."la_code" = "t7"."la_code"
      AND "t32"."indicator_id" = "t9"."indicator_id"
      AND "t32"."month_index" <= "t8"."month_index"
      AND "t32"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t32"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t33"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t46"."la_code",
  "t46"."indicator_id",
  "t46"."month",
  "t46"."breakdown",
  "t46"."breakdown_value",
  "t46"."numerator",
  CASE
    WHEN "t46"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t46"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE)
    ELSE "t46"."denominator"
  END AS "denominator",
  CASE
    WHEN "t46"."unit" = 'count'
    THEN "t46"."numerator"
    WHEN "t46"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE) > 0
      THEN (
        "t46"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t46"."unit" = 'percent'
    THEN CASE
      WHEN "t46"."denominator" > 0
      THEN "t46"."numerator" / "t46"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t46"."denominator" > 0
      THEN "t46"."numerator" / "t46"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t40"."la_code",
      "t40"."indicator_id",
      "t40"."month",
      "t40"."breakdown",
      "t40"."breakdown_value",
      "t40"."unit",
      "t40"."numerator",
      "t40"."denominator"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."indicator_id",
        "t15"."month",
        "t15"."unit",
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
            ('REF3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS "t11"
        WHERE
          "t11"."months_back" > 0
      ) AS "t15"
      ANTI JOIN (
        SELECT
          *
        FROM "t34" AS "t35"
        WHERE
          "t35"."breakdown" = 'month_alone'
      ) AS "t38"
        ON "t15"."la_code" = "t38"."la_code"
        AND "t15"."indicator_id" = "t38"."indicator_id"
        AND "t15"."month" = "t38"."month"
    ) AS "t40"
  ) AS "t42"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t34" AS "t35"
    UNION ALL
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
          ('REF3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t34" AS "t35"
          WHERE
            "t35"."breakdown" = 'all'
        ) AS "t39"
          ON "t7"."la_code" = "t39"."la_code"
          AND "t9"."indicator_id" = "t39"."indicator_id"
          AND "t8"."month" = "t39"."month"
      ) AS "t41"
    ) AS "t43"
  ) AS "t44"
) AS "t46"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t46"."la_code" = "t6"."la_code" AND "t46"."month" = "t6"."month"
