WITH "t27" AS (
  SELECT
    "t26"."la_code",
    "t26"."indicator_id",
    "t26"."month",
    "t26"."breakdown",
    "t26"."breakdown_value",
    "t26"."unit",
    SUM("t26"."_num") AS "numerator",
    SUM("t26"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t25"."la_code" AS "la_code_right",
      "t25"."indicator_id" AS "indicator_id_right",
      "t25"."month_index" AS "month_index_right",
      "t25"."breakdown",
      "t25"."breakdown_value",
      "t25"."_num",
      "t25"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t23"."la_code",
        "t23"."indicator_id",
        "t23"."month_index",
        "t23"."breakdown",
        "t23"."breakdown_value",
        SUM("t23"."numerator") AS "_num",
        SUM("t23"."denominator") AS "_den"
      FROM (
        SELECT
          "t22"."la_code",
          'CON1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t22"."month") * 12
            ) + EXTRACT(month FROM "t22"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t22"."_part" = 0
            THEN 'all'
            WHEN "t22"."_part" = 1
            THEN 'contact_source'
            WHEN "t22"."_part" = 2
            THEN 'age_band'
            WHEN "t22"."_part" = 3
            THEN 'sex'
            WHEN "t22"."_part" = 4
            THEN 'ethnicity_group'
            ELSE NULL
          END AS "breakdown",
          "t22"."breakdown_value",
          "t22"."numerator",
          "t22"."denominator"
        FROM (
          SELECT
            "t21"."la_code",
            "t21"."month",
            "t21"."_part",
            "t21"."breakdown_value",
            SUM("t21"."numerator") AS "numerator",
            SUM("t21"."denominator") AS "denominator"
          FROM (
            SELECT
              "t20"."la_code",
              "t20"."month",
              "t20"."numerator",
              "t20"."denominator",
              "t20"."_part",
              CASE
                WHEN "t20"."_part" = 1
                THEN COALESCE("t20"."contact_source", 'unknown')
                WHEN "t20"."_part" = 2
                THEN COALESCE("t20"."age_band", 'unknown')
                WHEN "t20"."_part" = 3
                THEN COALESCE("t20"."sex", 'unknown')
                WHEN "t20"."_part" = 4
                THEN COALESCE("t20"."ethnicity_group", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t19"."la_code",
                "t19"."month",
                "t19"."child_id",
                "t19"."record_id",
                "t19"."ref_date",
                "t19"."numerator",
                "t19"."denominator",
                "t19"."contact_source",
                "t19"."age_band",
                "t19"."sex",
                "t19"."ethnicity_group",
                UNNEST(CAST([0, 1, 2, 3, 4] AS TINYINT[])) AS "_part"
              FROM (
                SELECT
                  "t18"."la_code",
                  "t18"."month",
                  "t18"."child_id",
                  "t18"."record_id",
                  "t18"."ref_date",
                  "t18"."numerator",
                  "t18"."denominator",
                  "t18"."contact_source",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
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
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
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
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
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
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
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
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t18"."ref_date") * 100
                              ) + EXTRACT(day FROM "t18"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t18"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t18"."date_of_birth")
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
                          EXTRACT(year FROM "t18"."ref_date") - EXTRACT(year FROM "t18"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t18"."ref_date") * 100
                            ) + EXTRACT(day FROM "t18"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t18"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t18"."date_of_birth")
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
                    CASE "t18"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t18"."sex" END,
                    'unknown'
                  ) AS "sex",
                  CASE
                    WHEN "t18"."ethnicity" IN ('REFU', 'NOBT')
                    THEN 'Not known'
                    ELSE CASE
                      WHEN SUBSTRING(
                        "t18"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t18"."ethnicity") END,
                        1
                      ) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(
                        "t18"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t18"."ethnicity") END,
                        1
                      ) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(
                        "t18"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t18"."ethnicity") END,
                        1
                      ) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(
                        "t18"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t18"."ethnicity") END,
                        1
                      ) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(
                        "t18"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t18"."ethnicity") END,
                        1
                      ) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(
                        "t18"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t18"."ethnicity") END,
                        1
                      ) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group"
                FROM (
                  SELECT
                    "t17".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t14"."la_code",
                      "t14"."month",
                      "t14"."child_id",
                      "t14"."record_id",
                      "t14"."ref_date",
                      "t14"."numerator",
                      "t14"."denominator",
                      "t14"."contact_source",
                      "t12"."la_code" AS "la_code_right",
                      "t12"."child_id" AS "child_id_right",
                      "t12"."sex",
                      "t12"."ethnicity",
                      "t12"."date_of_birth"
                    FROM (
                      SELECT
                        "t4"."la_code",
                        DATE_TRUNC('MONTH', "t4"."contact_date") AS "month",
                        CAST("t4"."child_id" AS TEXT) AS "child_id",
                        CAST("t4"."contact_id" AS TEXT) AS "record_id",
                        CAST("t4"."contact_date" AS DATE) AS "ref_date",
                        1.0 AS "numerator",
                        1.0 AS "denominator",
                        "t4"."contact_source"
                      FROM "contact" AS "t4"
                      WHERE
                        "t4"."contact_date" IS NOT NULL
                        AND DATE_TRUNC('MONTH', "t4"."contact_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS "t14"
                    LEFT OUTER JOIN (
                      SELECT
                        "t5"."la_code",
                        "t5"."child_id",
                        "t5"."sex",
                        "t5"."ethnicity",
                        "t5"."date_of_birth"
                      FROM "person" AS "t5"
                    ) AS "t12"
                      ON "t14"."la_code" = "t12"."la_code" AND "t14"."child_id" = "t12"."child_id"
                  ) AS "t17"
                ) AS "t18"
              ) AS "t19"
            ) AS "t20"
          ) AS "t21"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t22"
      ) AS "t23"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t25"
      ON "t25"."la_code" = "t7"."la_code"
      AND "t25"."indicator_id" = "t9"."indicator_id"
      AND "t25"."month_index" <= "t8"."month_index"
      AND "t25"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t25"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t26"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t39"."la_code",
  "t39"."indicator_id",
  "t39"."month",
  "t39"."breakdown",
  "t39"."breakdown_value",
  "t39"."numerator",
  CASE
    WHEN "t39"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t39"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE)
    ELSE "t39"."denominator"
  END AS "denominator",
  CASE
    WHEN "t39"."unit" = 'count'
    THEN "t39"."numerator"
    WHEN "t39"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE) > 0
      THEN (
        "t39"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t39"."unit" = 'percent'
    THEN CASE
      WHEN "t39"."denominator" > 0
      THEN "t39"."numerator" / "t39"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t39"."denominator" > 0
      THEN "t39"."numerator" / "t39"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t33"."la_code",
      "t33"."indicator_id",
      "t33"."month",
      "t33"."breakdown",
      "t33"."breakdown_value",
      "t33"."unit",
      "t33"."numerator",
      "t33"."denominator"
    FROM (
      SELECT
        "t16"."la_code",
        "t16"."indicator_id",
        "t16"."month",
        "t16"."unit",
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
            ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ) AS "t11"
        WHERE
          "t11"."months_back" > 0
      ) AS "t16"
      ANTI JOIN (
        SELECT
          *
        FROM "t27" AS "t28"
        WHERE
          "t28"."breakdown" = 'month_alone'
      ) AS "t31"
        ON "t16"."la_code" = "t31"."la_code"
        AND "t16"."indicator_id" = "t31"."indicator_id"
        AND "t16"."month" = "t31"."month"
    ) AS "t33"
  ) AS "t35"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t27" AS "t28"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t34"."la_code",
        "t34"."indicator_id",
        "t34"."month",
        "t34"."breakdown",
        "t34"."breakdown_value",
        "t34"."unit",
        "t34"."numerator",
        "t34"."denominator"
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
          ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t27" AS "t28"
          WHERE
            "t28"."breakdown" = 'all'
        ) AS "t32"
          ON "t7"."la_code" = "t32"."la_code"
          AND "t9"."indicator_id" = "t32"."indicator_id"
          AND "t8"."month" = "t32"."month"
      ) AS "t34"
    ) AS "t36"
  ) AS "t37"
) AS "t39"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t39"."la_code" = "t6"."la_code" AND "t39"."month" = "t6"."month"
