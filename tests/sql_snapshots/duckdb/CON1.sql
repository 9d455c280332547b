WITH "t32" AS (
  SELECT
    "t31"."la_code",
    "t31"."indicator_id",
    "t31"."month",
    "t31"."breakdown",
    "t31"."breakdown_value",
    "t31"."unit",
    SUM("t31"."_num") AS "numerator",
    SUM("t31"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t30"."la_code" AS "la_code_right",
      "t30"."indicator_id" AS "indicator_id_right",
      "t30"."month_index" AS "month_index_right",
      "t30"."breakdown",
      "t30"."breakdown_value",
      "t30"."_num",
      "t30"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('CON1', 0, 'count')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t28"."la_code",
        "t28"."indicator_id",
        "t28"."month_index",
        "t28"."breakdown",
        "t28"."breakdown_value",
        SUM("t28"."numerator") AS "_num",
        SUM("t28"."denominator") AS "_den"
      FROM (
        SELECT
          "t27"."la_code",
          "t27"."indicator_id",
          "t27"."month_index",
          "t27"."breakdown",
          "t27"."breakdown_value",
          SUM("t27"."numerator") AS "numerator",
          SUM("t27"."denominator") AS "denominator"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t18"."la_code",
                "t18"."numerator",
                "t18"."denominator",
                'CON1' AS "indicator_id",
                (
                  (
                    EXTRACT(year FROM "t18"."month") * 12
                  ) + EXTRACT(month FROM "t18"."month")
                ) - 1 AS "month_index",
                'age_band' AS "breakdown",
                COALESCE(
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
                  ),
                  'unknown'
                ) AS "breakdown_value"
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
            ) AS "t25"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                "t18"."la_code",
                "t18"."numerator",
                "t18"."denominator",
                'CON1' AS "indicator_id",
                (
                  (
                    EXTRACT(year FROM "t18"."month") * 12
                  ) + EXTRACT(month FROM "t18"."month")
                ) - 1 AS "month_index",
                'sex' AS "breakdown",
                COALESCE(
                  COALESCE(
                    CASE "t18"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t18"."sex" END,
                    'unknown'
                  ),
                  'unknown'
                ) AS "breakdown_value"
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
          ) AS "t26"
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t18"."la_code",
                "t18"."numerator",
                "t18"."denominator",
                'CON1' AS "indicator_id",
                (
                  (
                    EXTRACT(year FROM "t18"."month") * 12
                  ) + EXTRACT(month FROM "t18"."month")
                ) - 1 AS "month_index",
                'ethnicity_group' AS "breakdown",
                COALESCE(
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
                  END,
                  'unknown'
                ) AS "breakdown_value"
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
            ) AS "t23"
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t18"."la_code",
                  "t18"."numerator",
                  "t18"."denominator",
                  'CON1' AS "indicator_id",
                  (
                    (
                      EXTRACT(year FROM "t18"."month") * 12
                    ) + EXTRACT(month FROM "t18"."month")
                  ) - 1 AS "month_index",
                  'all' AS "breakdown",
                  'all' AS "breakdown_value"
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
              ) AS "t20"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t18"."la_code",
                  "t18"."numerator",
                  "t18"."denominator",
                  'CON1' AS "indicator_id",
                  (
                    (
                      EXTRACT(year FROM "t18"."month") * 12
                    ) + EXTRACT(month FROM "t18"."month")
                  ) - 1 AS "month_index",
                  'contact_source' AS "breakdown",
                  COALESCE("t18"."contact_source", 'unknown') AS "breakdown_value"
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
              ) AS "t21"
            ) AS "t22"
          ) AS "t24"
        ) AS "t27"
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS "t28"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t30"
      ON "t30"."la_code" = "t7"."la_code"
      AND "t30"."indicator_id" = "t9"."indicator_id"
      AND "t30"."month_index" <= "t8"."month_index"
      AND "t30"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t30"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t31"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t44"."la_code",
  "t44"."indicator_id",
  "t44"."month",
  "t44"."breakdown",
  "t44"."breakdown_value",
  "t44"."numerator",
  CASE
    WHEN "t44"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t44"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE)
    ELSE "t44"."denominator"
  END AS "denominator",
  CASE
    WHEN "t44"."unit" = 'count'
    THEN "t44"."numerator"
    WHEN "t44"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE) > 0
      THEN (
        "t44"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t44"."unit" = 'percent'
    THEN CASE
      WHEN "t44"."denominator" > 0
      THEN "t44"."numerator" / "t44"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t44"."denominator" > 0
      THEN "t44"."numerator" / "t44"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t38"."la_code",
      "t38"."indicator_id",
      "t38"."month",
      "t38"."breakdown",
      "t38"."breakdown_value",
      "t38"."unit",
      "t38"."numerator",
      "t38"."denominator"
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
        FROM "t32" AS "t33"
        WHERE
          "t33"."breakdown" = 'month_alone'
      ) AS "t36"
        ON "t16"."la_code" = "t36"."la_code"
        AND "t16"."indicator_id" = "t36"."indicator_id"
        AND "t16"."month" = "t36"."month"
    ) AS "t38"
  ) AS "t40"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t32" AS "t33"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t39"."la_code",
        "t39"."indicator_id",
        "t39"."month",
        "t39"."breakdown",
        "t39"."breakdown_value",
        "t39"."unit",
        "t39"."numerator",
        "t39"."denominator"
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
          FROM "t32" AS "t33"
          WHERE
            "t33"."breakdown" = 'all'
        ) AS "t37"
          ON "t7"."la_code" = "t37"."la_code"
          AND "t9"."indicator_id" = "t37"."indicator_id"
          AND "t8"."month" = "t37"."month"
      ) AS "t39"
    ) AS "t41"
  ) AS "t42"
) AS "t44"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t44"."la_code" = "t6"."la_code" AND "t44"."month" = "t6"."month"
