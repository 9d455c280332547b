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
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t32"."la_code" AS "la_code_right",
      "t32"."indicator_id" AS "indicator_id_right",
      "t32"."month_index" AS "month_index_right",
      "t32"."breakdown",
      "t32"."breakdown_value",
      "t32"."_num",
      "t32"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('REF1', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
          'REF1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t29"."month") * 12
            ) + EXTRACT(month FROM "t29"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t29"."_part" = 0
            THEN 'all'
            WHEN "t29"."_part" = 1
            THEN 'referral_source'
            WHEN "t29"."_part" = 2
            THEN 'team'
            WHEN "t29"."_part" = 3
            THEN 'age_band'
            WHEN "t29"."_part" = 4
            THEN 'sex'
            WHEN "t29"."_part" = 5
            THEN 'ethnicity_group'
            WHEN "t29"."_part" = 6
            THEN 'disability'
            ELSE NULL
          END AS "breakdown",
          "t29"."breakdown_value",
          "t29"."numerator",
          "t29"."denominator"
        FROM (
          SELECT
            "t28"."la_code",
            "t28"."month",
            "t28"."_part",
            "t28"."breakdown_value",
            SUM("t28"."numerator") AS "numerator",
            SUM("t28"."denominator") AS "denominator"
          FROM (
            SELECT
              "t27"."la_code",
              "t27"."month",
              "t27"."numerator",
              "t27"."denominator",
              "t27"."_part",
              CASE
                WHEN "t27"."_part" = 1
                THEN COALESCE("t27"."referral_source", 'unknown')
                WHEN "t27"."_part" = 2
                THEN COALESCE("t27"."team", 'unknown')
                WHEN "t27"."_part" = 3
                THEN COALESCE("t27"."age_band", 'unknown')
                WHEN "t27"."_part" = 4
                THEN COALESCE("t27"."sex", 'unknown')
                WHEN "t27"."_part" = 5
                THEN COALESCE("t27"."ethnicity_group", 'unknown')
                WHEN "t27"."_part" = 6
                THEN COALESCE("t27"."disability", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t26"."la_code",
                "t26"."month",
                "t26"."child_id",
                "t26"."record_id",
                "t26"."ref_date",
                "t26"."numerator",
                "t26"."denominator",
                "t26"."referral_source",
                "t26"."team",
                "t26"."age_band",
                "t26"."sex",
                "t26"."ethnicity_group",
                "t26"."disability",
                UNNEST(CAST([0, 1, 2, 3, 4, 5, 6] AS TINYINT[])) AS "_part"
              FROM (
                SELECT
                  "t25"."la_code",
                  "t25"."month",
                  "t25"."child_id",
                  "t25"."record_id",
                  "t25"."ref_date",
                  "t25"."numerator",
                  "t25"."denominator",
                  "t25"."referral_source",
                  "t25"."team",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
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
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
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
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
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
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
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
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t25"."ref_date") * 100
                              ) + EXTRACT(day FROM "t25"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t25"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t25"."date_of_birth")
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
                          EXTRACT(year FROM "t25"."ref_date") - EXTRACT(year FROM "t25"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t25"."ref_date") * 100
                            ) + EXTRACT(day FROM "t25"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t25"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t25"."date_of_birth")
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
                    CASE "t25"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t25"."sex" END,
                    'unknown'
                  ) AS "sex",
                  CASE
                    WHEN "t25"."ethnicity" IN ('REFU', 'NOBT')
                    THEN 'Not known'
                    ELSE CASE
                      WHEN SUBSTRING(
                        "t25"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END,
                        1
                      ) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(
                        "t25"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END,
                        1
                      ) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(
                        "t25"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END,
                        1
                      ) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(
                        "t25"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END,
                        1
                      ) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(
                        "t25"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END,
                        1
                      ) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(
                        "t25"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END,
                        1
                      ) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group",
                  COALESCE("t25"."_disabled", 'Not disabled') AS "disability"
                FROM (
                  SELECT
                    "t24".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t16"."la_code",
                      "t16"."month",
                      "t16"."child_id",
                      "t16"."record_id",
                      "t16"."ref_date",
                      "t16"."numerator",
                      "t16"."denominator",
                      "t16"."referral_source",
                      "t16"."team",
                      "t23"."la_code" AS "la_code_right",
                      "t23"."child_id" AS "child_id_right",
                      "t23"."sex",
                      "t23"."ethnicity",
                      "t23"."date_of_birth",
                      "t23"."_disabled"
                    FROM (
                      SELECT
                        "t4"."la_code",
                        DATE_TRUNC('MONTH', "t4"."referral_date") AS "month",
                        CAST("t4"."child_id" AS TEXT) AS "child_id",
                        CAST("t4"."referral_id" AS TEXT) AS "record_id",
                        CAST("t4"."referral_date" AS DATE) AS "ref_date",
                        1.0 AS "numerator",
                        1.0 AS "denominator",
                        "t4"."referral_source",
                        "t4"."team"
                      FROM "cin_episode" AS "t4"
                      WHERE
                        "t4"."referral_date" IS NOT NULL
                        AND DATE_TRUNC('MONTH', "t4"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS "t16"
                    LEFT OUTER JOIN (
                      SELECT
                        "t21".*
                        EXCLUDE ("child_id_right", "la_code_right")
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
                            "t5"."la_code",
                            "t5"."child_id",
                            "t5"."sex",
                            "t5"."ethnicity",
                            "t5"."date_of_birth"
                          FROM "person" AS "t5"
                        ) AS "t13"
                        LEFT OUTER JOIN (
                          SELECT
                            "t14"."la_code",
                            "t14"."child_id",
                            'Disabled' AS "_disabled"
                          FROM (
                            SELECT DISTINCT
                              "t6"."la_code",
                              "t6"."child_id"
                            FROM "disability" AS "t6"
                            WHERE
                              "t6"."disability" <> 'NONE'
                          ) AS "t14"
                        ) AS "t19"
                          ON "t13"."la_code" = "t19"."la_code" AND "t13"."child_id" = "t19"."child_id"
                      ) AS "t21"
                    ) AS "t23"
                      ON "t16"."la_code" = "t23"."la_code" AND "t16"."child_id" = "t23"."child_id"
                  ) AS "t24"
                ) AS "t25"
              ) AS "t26"
            ) AS "t27"
          ) AS "t28"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t29"
      ) AS "t30"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t32"
      ON "t32"."la_code" = "t8"."la_code"
      AND "t32"."indicator_id" = "t10"."indicator_id"
      AND "t32"."month_index" <= "t9"."month_index"
      AND "t32"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t32"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
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
    THEN CAST("t7"."population" AS DOUBLE)
    ELSE "t46"."denominator"
  END AS "denominator",
  CASE
    WHEN "t46"."unit" = 'count'
    THEN "t46"."numerator"
    WHEN "t46"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE) > 0
      THEN (
        "t46"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE)
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
            ('REF1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t20"
      ANTI JOIN (
        SELECT
          *
        FROM "t34" AS "t35"
        WHERE
          "t35"."breakdown" = 'month_alone'
      ) AS "t38"
        ON "t20"."la_code" = "t38"."la_code"
        AND "t20"."indicator_id" = "t38"."indicator_id"
        AND "t20"."month" = "t38"."month"
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
          ('REF1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t34" AS "t35"
          WHERE
            "t35"."breakdown" = 'all'
        ) AS "t39"
          ON "t8"."la_code" = "t39"."la_code"
          AND "t10"."indicator_id" = "t39"."indicator_id"
          AND "t9"."month" = "t39"."month"
      ) AS "t41"
    ) AS "t43"
  ) AS "t44"
) AS "t46"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t46"."la_code" = "t7"."la_code" AND "t46"."month" = "t7"."month"
