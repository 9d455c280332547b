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
      "t32"."breakdown",
      "t32"."breakdown_value",
      "t32"."_num",
      "t32"."_den",
      "t32"."_until_index"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CON1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t30"."la_code",
        "t30"."indicator_id",
        "t30"."breakdown",
        "t30"."breakdown_value",
        "t30"."_num",
        "t30"."_den",
        "t30"."month_index" + "t30"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t29"."la_code",
          "t29"."indicator_id",
          "t29"."month_index",
          "t29"."breakdown",
          "t29"."breakdown_value",
          "t29"."_num",
          "t29"."_den",
          "t14"."months_back",
          "t11"."_offset"
        FROM (
          SELECT
            "t27"."la_code",
            "t27"."indicator_id",
            "t27"."month_index",
            "t27"."breakdown",
            "t27"."breakdown_value",
            SUM("t27"."numerator") AS "_num",
            SUM("t27"."denominator") AS "_den"
          FROM (
            SELECT
              "t26"."la_code",
              'CON1' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t26"."month") * 12
                ) + EXTRACT(month FROM "t26"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t26"."_part" = 0
                THEN 'all'
                WHEN "t26"."_part" = 1
                THEN 'contact_source'
                WHEN "t26"."_part" = 2
                THEN 'age_band'
                WHEN "t26"."_part" = 3
                THEN 'sex'
                WHEN "t26"."_part" = 4
                THEN 'ethnicity_group'
                ELSE NULL
              END AS "breakdown",
              "t26"."breakdown_value",
              "t26"."numerator",
              "t26"."denominator"
            FROM (
              SELECT
                "t25"."la_code",
                "t25"."month",
                "t25"."_part",
                "t25"."breakdown_value",
                SUM("t25"."numerator") AS "numerator",
                SUM("t25"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t24"."la_code",
                  "t24"."month",
                  "t24"."numerator",
                  "t24"."denominator",
                  "t24"."_part",
                  CASE
                    WHEN "t24"."_part" = 1
                    THEN COALESCE("t24"."contact_source", 'unknown')
                    WHEN "t24"."_part" = 2
                    THEN COALESCE("t24"."age_band", 'unknown')
                    WHEN "t24"."_part" = 3
                    THEN COALESCE("t24"."sex", 'unknown')
                    WHEN "t24"."_part" = 4
                    THEN COALESCE("t24"."ethnicity_group", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t23"."la_code",
                    "t23"."month",
                    "t23"."child_id",
                    "t23"."record_id",
                    "t23"."ref_date",
                    "t23"."numerator",
                    "t23"."denominator",
                    "t23"."contact_source",
                    "t23"."age_band",
                    "t23"."sex",
                    "t23"."ethnicity_group",
                    UNNEST(ARRAY[0, 1, 2, 3, 4]) AS "_part"
                  FROM (
                    SELECT
                      "t22"."la_code",
                      "t22"."month",
                      "t22"."child_id",
                      "t22"."record_id",
                      "t22"."ref_date",
                      "t22"."numerator",
                      "t22"."denominator",
                      "t22"."contact_source",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
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
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
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
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
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
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
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
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t22"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t22"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t22"."_born") * 100
                                  ) + EXTRACT(day FROM "t22"."_born")
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
                              EXTRACT(year FROM "t22"."ref_date") - EXTRACT(year FROM "t22"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t22"."ref_date") * 100
                                ) + EXTRACT(day FROM "t22"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t22"."_born") * 100
                                ) + EXTRACT(day FROM "t22"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band",
                      COALESCE("t22"."sex", 'unknown') AS "sex",
                      COALESCE("t22"."ethnicity_group", 'Not known') AS "ethnicity_group"
                    FROM (
                      SELECT
                        "t21"."la_code",
                        "t21"."month",
                        "t21"."child_id",
                        "t21"."record_id",
                        "t21"."ref_date",
                        "t21"."numerator",
                        "t21"."denominator",
                        "t21"."contact_source",
                        "t21"."_born",
                        "t21"."sex",
                        "t21"."ethnicity_group"
                      FROM (
                        SELECT
                          "t16"."la_code",
                          "t16"."month",
                          "t16"."child_id",
                          "t16"."record_id",
                          "t16"."ref_date",
                          "t16"."numerator",
                          "t16"."denominator",
                          "t16"."contact_source",
                          "t20"."la_code" AS "la_code_right",
                          "t20"."child_id" AS "child_id_right",
                          "t20"."_born",
                          "t20"."sex",
                          "t20"."ethnicity_group"
                        FROM (
                          SELECT
                            "t5"."la_code",
                            DATE_TRUNC('MONTH', "t5"."contact_date") AS "month",
                            CAST("t5"."child_id" AS VARCHAR) AS "child_id",
                            CAST("t5"."contact_id" AS VARCHAR) AS "record_id",
                            CAST("t5"."contact_date" AS DATE) AS "ref_date",
                            1.0 AS "numerator",
                            1.0 AS "denominator",
                            "t5"."contact_source"
                          FROM "contact" AS "t5"
                          WHERE
                            "t5"."contact_date" IS NOT NULL
                            AND DATE_TRUNC('MONTH', "t5"."contact_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                        ) AS "t16"
                        LEFT OUTER JOIN (
                          SELECT
                            "t6"."la_code",
                            "t6"."child_id",
                            "t6"."date_of_birth" AS "_born",
                            CASE "t6"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t6"."sex" END AS "sex",
                            CASE
                              WHEN "t6"."ethnicity" IN ('REFU', 'NOBT')
                              THEN 'Not known'
                              ELSE CASE
                                WHEN SUBSTRING("t6"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t6"."ethnicity") END FOR 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING("t6"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t6"."ethnicity") END FOR 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING("t6"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t6"."ethnicity") END FOR 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING("t6"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t6"."ethnicity") END FOR 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING("t6"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t6"."ethnicity") END FOR 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING("t6"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t6"."ethnicity") END FOR 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            END AS "ethnicity_group"
                          FROM "person" AS "t6"
                        ) AS "t20"
                          ON "t16"."la_code" = "t20"."la_code" AND "t16"."child_id" = "t20"."child_id"
                      ) AS "t21"
                    ) AS "t22"
                  ) AS "t23"
                ) AS "t24"
              ) AS "t25"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t26"
          ) AS "t27"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t29"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CON1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS "t14"
          ON "t29"."indicator_id" = "t14"."indicator_id"
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
          (35)) AS t11(_offset)
      ) AS "t30"
      WHERE
        "t30"."_offset" <= CASE WHEN "t30"."breakdown" = 'month_alone' THEN 0 ELSE "t30"."months_back" END
    ) AS "t32"
      ON "t32"."la_code" = "t8"."la_code"
      AND "t32"."indicator_id" = "t10"."indicator_id"
      AND "t32"."_until_index" = "t9"."month_index"
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
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t46"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t46"."denominator"
  END AS "denominator",
  CASE
    WHEN "t46"."unit" = 'count'
    THEN "t46"."numerator"
    WHEN "t46"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t46"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t46"."unit" = 'percent'
    THEN CASE
      WHEN "t46"."denominator" > 0
      THEN CAST("t46"."numerator" AS DOUBLE PRECISION) / "t46"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t46"."denominator" > 0
      THEN CAST("t46"."numerator" AS DOUBLE PRECISION) / "t46"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
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
        "t19"."la_code",
        "t19"."indicator_id",
        "t19"."month",
        "t19"."unit",
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
            ('CON1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS "t13"
        WHERE
          "t13"."months_back" > 0
      ) AS "t19"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t34" AS "t35"
            WHERE
              "t35"."breakdown" = 'month_alone'
          ) AS "t38"
          WHERE
            "t19"."la_code" = "t38"."la_code"
            AND "t19"."indicator_id" = "t38"."indicator_id"
            AND "t19"."month" = "t38"."month"
        )
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
          ('CON1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t34" AS "t35"
              WHERE
                "t35"."breakdown" = 'all'
            ) AS "t39"
            WHERE
              "t8"."la_code" = "t39"."la_code"
              AND "t10"."indicator_id" = "t39"."indicator_id"
              AND "t9"."month" = "t39"."month"
          )
      ) AS "t41"
    ) AS "t43"
  ) AS "t44"
) AS "t46"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t46"."la_code" = "t7"."la_code" AND "t46"."month" = "t7"."month"
