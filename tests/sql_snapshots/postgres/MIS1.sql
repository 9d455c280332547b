WITH "t43" AS (
  SELECT
    "t42"."la_code",
    "t42"."indicator_id",
    "t42"."month",
    "t42"."breakdown",
    "t42"."breakdown_value",
    "t42"."unit",
    SUM("t42"."_num") AS "numerator",
    SUM("t42"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t41"."breakdown",
      "t41"."breakdown_value",
      "t41"."_num",
      "t41"."_den",
      "t41"."_until_index"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('MIS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t39"."la_code",
        "t39"."indicator_id",
        "t39"."breakdown",
        "t39"."breakdown_value",
        "t39"."_num",
        "t39"."_den",
        "t39"."month_index" + "t39"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t38"."la_code",
          "t38"."indicator_id",
          "t38"."month_index",
          "t38"."breakdown",
          "t38"."breakdown_value",
          "t38"."_num",
          "t38"."_den",
          "t16"."months_back",
          "t12"."_offset"
        FROM (
          SELECT
            "t36"."la_code",
            "t36"."indicator_id",
            "t36"."month_index",
            "t36"."breakdown",
            "t36"."breakdown_value",
            SUM("t36"."numerator") AS "_num",
            SUM("t36"."denominator") AS "_den"
          FROM (
            SELECT
              "t35"."la_code",
              'MIS1' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t35"."month") * 12
                ) + EXTRACT(month FROM "t35"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t35"."_part" = 0
                THEN 'all'
                WHEN "t35"."_part" = 1
                THEN 'age_band'
                WHEN "t35"."_part" = 2
                THEN 'sex'
                WHEN "t35"."_part" = 3
                THEN 'ethnicity_group'
                WHEN "t35"."_part" = 4
                THEN 'disability'
                ELSE NULL
              END AS "breakdown",
              "t35"."breakdown_value",
              "t35"."numerator",
              "t35"."denominator"
            FROM (
              SELECT
                "t34"."la_code",
                "t34"."month",
                "t34"."_part",
                "t34"."breakdown_value",
                SUM("t34"."numerator") AS "numerator",
                SUM("t34"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t33"."la_code",
                  "t33"."month",
                  "t33"."numerator",
                  "t33"."denominator",
                  "t33"."_part",
                  CASE
                    WHEN "t33"."_part" = 1
                    THEN COALESCE("t33"."age_band", 'unknown')
                    WHEN "t33"."_part" = 2
                    THEN COALESCE("t33"."sex", 'unknown')
                    WHEN "t33"."_part" = 3
                    THEN COALESCE("t33"."ethnicity_group", 'unknown')
                    WHEN "t33"."_part" = 4
                    THEN COALESCE("t33"."disability", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t32"."la_code",
                    "t32"."month",
                    "t32"."child_id",
                    "t32"."record_id",
                    "t32"."ref_date",
                    "t32"."numerator",
                    "t32"."denominator",
                    "t32"."age_band",
                    "t32"."sex",
                    "t32"."ethnicity_group",
                    "t32"."disability",
                    UNNEST(ARRAY[0, 1, 2, 3, 4]) AS "_part"
                  FROM (
                    SELECT
                      "t31"."la_code",
                      "t31"."month",
                      "t31"."child_id",
                      "t31"."record_id",
                      "t31"."ref_date",
                      "t31"."numerator",
                      "t31"."denominator",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
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
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
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
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
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
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
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
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t31"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t31"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t31"."_born") * 100
                                  ) + EXTRACT(day FROM "t31"."_born")
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
                              EXTRACT(year FROM "t31"."ref_date") - EXTRACT(year FROM "t31"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t31"."ref_date") * 100
                                ) + EXTRACT(day FROM "t31"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t31"."_born") * 100
                                ) + EXTRACT(day FROM "t31"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band",
                      COALESCE("t31"."sex", 'unknown') AS "sex",
                      COALESCE("t31"."ethnicity_group", 'Not known') AS "ethnicity_group",
                      COALESCE("t31"."disability", 'Not disabled') AS "disability"
                    FROM (
                      SELECT
                        "t30"."la_code",
                        "t30"."month",
                        "t30"."child_id",
                        "t30"."record_id",
                        "t30"."ref_date",
                        "t30"."numerator",
                        "t30"."denominator",
                        "t30"."_born",
                        "t30"."sex",
                        "t30"."ethnicity_group",
                        "t30"."disability"
                      FROM (
                        SELECT
                          "t26"."la_code",
                          "t26"."month",
                          "t26"."child_id",
                          "t26"."record_id",
                          "t26"."ref_date",
                          "t26"."numerator",
                          "t26"."denominator",
                          "t29"."la_code" AS "la_code_right",
                          "t29"."child_id" AS "child_id_right",
                          "t29"."_born",
                          "t29"."sex",
                          "t29"."ethnicity_group",
                          "t29"."disability"
                        FROM (
                          SELECT
                            "t23"."la_code",
                            "t23"."month",
                            CAST("t23"."child_id" AS VARCHAR) AS "child_id",
                            CAST("t23"."child_id" AS VARCHAR) AS "record_id",
                            CAST("t23"."start_date" AS DATE) AS "ref_date",
                            1.0 AS "numerator",
                            1.0 AS "denominator"
                          FROM (
                            SELECT
                              "t18"."la_code",
                              "t18"."child_id",
                              "t18"."month",
                              MIN("t18"."start_date") AS "start_date"
                            FROM (
                              SELECT
                                "t5"."child_id",
                                "t5"."missing_type",
                                "t5"."start_date",
                                "t5"."end_date",
                                "t5"."la_code",
                                "t5"."load_id",
                                DATE_TRUNC('MONTH', "t5"."start_date") AS "month"
                              FROM "missing_episode" AS "t5"
                              WHERE
                                "t5"."start_date" IS NOT NULL
                                AND DATE_TRUNC('MONTH', "t5"."start_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                            ) AS "t18"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t23"
                        ) AS "t26"
                        LEFT OUTER JOIN (
                          SELECT
                            "t27"."la_code",
                            "t27"."child_id",
                            "t27"."date_of_birth" AS "_born",
                            CASE "t27"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t27"."sex" END AS "sex",
                            CASE
                              WHEN "t27"."ethnicity" IN ('REFU', 'NOBT')
                              THEN 'Not known'
                              ELSE CASE
                                WHEN SUBSTRING("t27"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t27"."ethnicity") END FOR 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING("t27"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t27"."ethnicity") END FOR 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING("t27"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t27"."ethnicity") END FOR 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING("t27"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t27"."ethnicity") END FOR 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING("t27"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t27"."ethnicity") END FOR 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING("t27"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t27"."ethnicity") END FOR 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            END AS "ethnicity_group",
                            "t27"."_disabled" AS "disability"
                          FROM (
                            SELECT
                              "t25"."child_id",
                              "t25"."upn",
                              "t25"."sex",
                              "t25"."date_of_birth",
                              "t25"."expected_date_of_birth",
                              "t25"."ethnicity",
                              "t25"."date_of_death",
                              "t25"."la_code",
                              "t25"."load_id",
                              "t25"."_disabled"
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
                                "t21"."la_code" AS "la_code_right",
                                "t21"."child_id" AS "child_id_right",
                                "t21"."_disabled"
                              FROM "person" AS "t13"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t17"."la_code",
                                  "t17"."child_id",
                                  'Disabled' AS "_disabled"
                                FROM (
                                  SELECT DISTINCT
                                    "t7"."la_code",
                                    "t7"."child_id"
                                  FROM "disability" AS "t7"
                                  WHERE
                                    "t7"."disability" <> 'NONE'
                                ) AS "t17"
                              ) AS "t21"
                                ON "t13"."la_code" = "t21"."la_code" AND "t13"."child_id" = "t21"."child_id"
                            ) AS "t25"
                          ) AS "t27"
                        ) AS "t29"
                          ON "t26"."la_code" = "t29"."la_code" AND "t26"."child_id" = "t29"."child_id"
                      ) AS "t30"
                    ) AS "t31"
                  ) AS "t32"
                ) AS "t33"
              ) AS "t34"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t35"
          ) AS "t36"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t38"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('MIS1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS "t16"
          ON "t38"."indicator_id" = "t16"."indicator_id"
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
      ) AS "t39"
      WHERE
        "t39"."_offset" <= CASE WHEN "t39"."breakdown" = 'month_alone' THEN 0 ELSE "t39"."months_back" END
    ) AS "t41"
      ON "t41"."la_code" = "t9"."la_code"
      AND "t41"."indicator_id" = "t11"."indicator_id"
      AND "t41"."_until_index" = "t10"."month_index"
  ) AS "t42"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t55"."la_code",
  "t55"."indicator_id",
  "t55"."month",
  "t55"."breakdown",
  "t55"."breakdown_value",
  "t55"."numerator",
  CASE
    WHEN "t55"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t55"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE PRECISION)
    ELSE "t55"."denominator"
  END AS "denominator",
  CASE
    WHEN "t55"."unit" = 'count'
    THEN "t55"."numerator"
    WHEN "t55"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t55"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t55"."unit" = 'percent'
    THEN CASE
      WHEN "t55"."denominator" > 0
      THEN CAST("t55"."numerator" AS DOUBLE PRECISION) / "t55"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t55"."denominator" > 0
      THEN CAST("t55"."numerator" AS DOUBLE PRECISION) / "t55"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t49"."la_code",
      "t49"."indicator_id",
      "t49"."month",
      "t49"."breakdown",
      "t49"."breakdown_value",
      "t49"."unit",
      "t49"."numerator",
      "t49"."denominator"
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
            ('MIS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS "t15"
        WHERE
          "t15"."months_back" > 0
      ) AS "t22"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t43" AS "t44"
            WHERE
              "t44"."breakdown" = 'month_alone'
          ) AS "t47"
          WHERE
            "t22"."la_code" = "t47"."la_code"
            AND "t22"."indicator_id" = "t47"."indicator_id"
            AND "t22"."month" = "t47"."month"
        )
    ) AS "t49"
  ) AS "t51"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t43" AS "t44"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t50"."la_code",
        "t50"."indicator_id",
        "t50"."month",
        "t50"."breakdown",
        "t50"."breakdown_value",
        "t50"."unit",
        "t50"."numerator",
        "t50"."denominator"
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
          ('MIS1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t43" AS "t44"
              WHERE
                "t44"."breakdown" = 'all'
            ) AS "t48"
            WHERE
              "t9"."la_code" = "t48"."la_code"
              AND "t11"."indicator_id" = "t48"."indicator_id"
              AND "t10"."month" = "t48"."month"
          )
      ) AS "t50"
    ) AS "t52"
  ) AS "t53"
) AS "t55"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t55"."la_code" = "t8"."la_code" AND "t55"."month" = "t8"."month"
