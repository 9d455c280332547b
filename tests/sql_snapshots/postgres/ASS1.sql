WITH "t55" AS (
  SELECT
    "t54"."la_code",
    "t54"."indicator_id",
    "t54"."month",
    "t54"."breakdown",
    "t54"."breakdown_value",
    "t54"."unit",
    SUM("t54"."_num") AS "numerator",
    SUM("t54"."_den") AS "denominator"
  FROM (
    SELECT
      "t10"."la_code",
      "t11"."month",
      "t11"."month_end",
      "t11"."month_index",
      "t12"."indicator_id",
      "t12"."months_back",
      "t12"."unit",
      "t53"."breakdown",
      "t53"."breakdown_value",
      "t53"."_num",
      "t53"."_den",
      "t53"."_until_index"
    FROM "scorecard_councils" AS "t10"
    CROSS JOIN "scorecard_month_spine" AS "t11"
    CROSS JOIN (VALUES
      ('ASS1', 0, 'count')) AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t51"."la_code",
        "t51"."indicator_id",
        "t51"."breakdown",
        "t51"."breakdown_value",
        "t51"."_num",
        "t51"."_den",
        "t51"."month_index" + "t51"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t50"."la_code",
          "t50"."indicator_id",
          "t50"."month_index",
          "t50"."breakdown",
          "t50"."breakdown_value",
          "t50"."_num",
          "t50"."_den",
          "t19"."months_back",
          "t13"."_offset"
        FROM (
          SELECT
            "t48"."la_code",
            "t48"."indicator_id",
            "t48"."month_index",
            "t48"."breakdown",
            "t48"."breakdown_value",
            SUM("t48"."numerator") AS "_num",
            SUM("t48"."denominator") AS "_den"
          FROM (
            SELECT
              "t47"."la_code",
              'ASS1' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t47"."month") * 12
                ) + EXTRACT(month FROM "t47"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t47"."_part" = 0
                THEN 'all'
                WHEN "t47"."_part" = 1
                THEN 'age_band'
                WHEN "t47"."_part" = 2
                THEN 'sex'
                WHEN "t47"."_part" = 3
                THEN 'ethnicity_group'
                WHEN "t47"."_part" = 4
                THEN 'disability'
                ELSE NULL
              END AS "breakdown",
              "t47"."breakdown_value",
              "t47"."numerator",
              "t47"."denominator"
            FROM (
              SELECT
                "t46"."la_code",
                "t46"."month",
                "t46"."_part",
                "t46"."breakdown_value",
                SUM("t46"."numerator") AS "numerator",
                SUM("t46"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t45"."la_code",
                  "t45"."month",
                  "t45"."numerator",
                  "t45"."denominator",
                  "t45"."_part",
                  CASE
                    WHEN "t45"."_part" = 1
                    THEN COALESCE("t45"."age_band", 'unknown')
                    WHEN "t45"."_part" = 2
                    THEN COALESCE("t45"."sex", 'unknown')
                    WHEN "t45"."_part" = 3
                    THEN COALESCE("t45"."ethnicity_group", 'unknown')
                    WHEN "t45"."_part" = 4
                    THEN COALESCE("t45"."disability", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t44"."la_code",
                    "t44"."month",
                    "t44"."child_id",
                    "t44"."record_id",
                    "t44"."ref_date",
                    "t44"."numerator",
                    "t44"."denominator",
                    "t44"."age_band",
                    "t44"."sex",
                    "t44"."ethnicity_group",
                    "t44"."disability",
                    UNNEST(ARRAY[0, 1, 2, 3, 4]) AS "_part"
                  FROM (
                    SELECT
                      "t43"."la_code",
                      "t43"."month",
                      "t43"."child_id",
                      "t43"."record_id",
                      "t43"."ref_date",
                      "t43"."numerator",
                      "t43"."denominator",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
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
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
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
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
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
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
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
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t43"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t43"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t43"."_born") * 100
                                  ) + EXTRACT(day FROM "t43"."_born")
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
                              EXTRACT(year FROM "t43"."ref_date") - EXTRACT(year FROM "t43"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t43"."ref_date") * 100
                                ) + EXTRACT(day FROM "t43"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t43"."_born") * 100
                                ) + EXTRACT(day FROM "t43"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band",
                      COALESCE("t43"."sex", 'unknown') AS "sex",
                      COALESCE("t43"."ethnicity_group", 'Not known') AS "ethnicity_group",
                      COALESCE("t43"."disability", 'Not disabled') AS "disability"
                    FROM (
                      SELECT
                        "t42"."la_code",
                        "t42"."month",
                        "t42"."child_id",
                        "t42"."record_id",
                        "t42"."ref_date",
                        "t42"."numerator",
                        "t42"."denominator",
                        "t42"."_born",
                        "t42"."sex",
                        "t42"."ethnicity_group",
                        "t42"."disability"
                      FROM (
                        SELECT
                          "t41"."la_code",
                          "t41"."month",
                          "t41"."child_id",
                          "t41"."record_id",
                          "t41"."ref_date",
                          "t41"."numerator",
                          "t41"."denominator",
                          "t37"."la_code" AS "la_code_right",
                          "t37"."child_id" AS "child_id_right",
                          "t37"."_born",
                          "t37"."sex",
                          "t37"."ethnicity_group",
                          "t37"."disability"
                        FROM (
                          SELECT
                            "t39"."la_code",
                            "t39"."month",
                            "t39"."child_id",
                            "t39"."assessment_id" AS "record_id",
                            "t39"."authorisation_date" AS "ref_date",
                            1.0 AS "numerator",
                            1.0 AS "denominator"
                          FROM (
                            SELECT
                              "t38"."assessment_id",
                              "t38"."referral_id",
                              "t38"."child_id",
                              "t38"."start_date",
                              "t38"."authorisation_date",
                              "t38"."child_seen",
                              "t38"."further_action",
                              "t38"."la_code",
                              "t38"."load_id",
                              "t38"."month",
                              "t38"."_clock",
                              "t38"."working_days"
                            FROM (
                              SELECT
                                "t35"."assessment_id",
                                "t35"."referral_id",
                                "t35"."child_id",
                                "t35"."start_date",
                                "t35"."authorisation_date",
                                "t35"."child_seen",
                                "t35"."further_action",
                                "t35"."la_code",
                                "t35"."load_id",
                                "t35"."month",
                                "t35"."_clock",
                                "t35"."_wd_start",
                                "t35"."_wd_end",
                                "t35"."_wd_end" - "t35"."_wd_start" AS "working_days"
                              FROM (
                                SELECT
                                  "t34"."assessment_id",
                                  "t34"."referral_id",
                                  "t34"."child_id",
                                  "t34"."start_date",
                                  "t34"."authorisation_date",
                                  "t34"."child_seen",
                                  "t34"."further_action",
                                  "t34"."la_code",
                                  "t34"."load_id",
                                  "t34"."month",
                                  "t34"."_clock",
                                  "t34"."_wd_start",
                                  "t34"."_wd_end"
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
                                    "t20"."__wd_end_day",
                                    "t20"."_wd_end"
                                  FROM (
                                    SELECT
                                      "t29"."assessment_id",
                                      "t29"."referral_id",
                                      "t29"."child_id",
                                      "t29"."start_date",
                                      "t29"."authorisation_date",
                                      "t29"."child_seen",
                                      "t29"."further_action",
                                      "t29"."la_code",
                                      "t29"."load_id",
                                      "t29"."month",
                                      "t29"."_clock",
                                      "t29"."_wd_start"
                                    FROM (
                                      SELECT
                                        "t25"."assessment_id",
                                        "t25"."referral_id",
                                        "t25"."child_id",
                                        "t25"."start_date",
                                        "t25"."authorisation_date",
                                        "t25"."child_seen",
                                        "t25"."further_action",
                                        "t25"."la_code",
                                        "t25"."load_id",
                                        "t25"."month",
                                        "t25"."_clock",
                                        "t21"."__wd_start_day",
                                        "t21"."_wd_start"
                                      FROM (
                                        SELECT
                                          "t8"."assessment_id",
                                          "t8"."referral_id",
                                          "t8"."child_id",
                                          "t8"."start_date",
                                          "t8"."authorisation_date",
                                          "t8"."child_seen",
                                          "t8"."further_action",
                                          "t8"."la_code",
                                          "t8"."load_id",
                                          DATE_TRUNC('MONTH', "t8"."authorisation_date") AS "month",
                                          "t8"."start_date" AS "_clock"
                                        FROM "assessment" AS "t8"
                                        WHERE
                                          "t8"."authorisation_date" IS NOT NULL
                                          AND DATE_TRUNC('MONTH', "t8"."authorisation_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                                      ) AS "t25"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t6"."day" AS "__wd_start_day",
                                          "t6"."wd_index" AS "_wd_start"
                                        FROM "scorecard_calendar" AS "t6"
                                      ) AS "t21"
                                        ON "t25"."_clock" = "t21"."__wd_start_day"
                                    ) AS "t29"
                                  ) AS "t33"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t6"."day" AS "__wd_end_day",
                                      "t6"."wd_index" AS "_wd_end"
                                    FROM "scorecard_calendar" AS "t6"
                                  ) AS "t20"
                                    ON "t33"."authorisation_date" = "t20"."__wd_end_day"
                                ) AS "t34"
                              ) AS "t35"
                            ) AS "t38"
                          ) AS "t39"
                        ) AS "t41"
                        LEFT OUTER JOIN (
                          SELECT
                            "t32"."la_code",
                            "t32"."child_id",
                            "t32"."date_of_birth" AS "_born",
                            CASE "t32"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t32"."sex" END AS "sex",
                            CASE
                              WHEN "t32"."ethnicity" IN ('REFU', 'NOBT')
                              THEN 'Not known'
                              ELSE CASE
                                WHEN SUBSTRING("t32"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t32"."ethnicity") END FOR 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING("t32"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t32"."ethnicity") END FOR 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING("t32"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t32"."ethnicity") END FOR 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING("t32"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t32"."ethnicity") END FOR 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING("t32"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t32"."ethnicity") END FOR 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING("t32"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t32"."ethnicity") END FOR 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            END AS "ethnicity_group",
                            "t32"."_disabled" AS "disability"
                          FROM (
                            SELECT
                              "t30"."child_id",
                              "t30"."upn",
                              "t30"."sex",
                              "t30"."date_of_birth",
                              "t30"."expected_date_of_birth",
                              "t30"."ethnicity",
                              "t30"."date_of_death",
                              "t30"."la_code",
                              "t30"."load_id",
                              "t30"."_disabled"
                            FROM (
                              SELECT
                                "t14"."child_id",
                                "t14"."upn",
                                "t14"."sex",
                                "t14"."date_of_birth",
                                "t14"."expected_date_of_birth",
                                "t14"."ethnicity",
                                "t14"."date_of_death",
                                "t14"."la_code",
                                "t14"."load_id",
                                "t27"."la_code" AS "la_code_right",
                                "t27"."child_id" AS "child_id_right",
                                "t27"."_disabled"
                              FROM "person" AS "t14"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t22"."la_code",
                                  "t22"."child_id",
                                  'Disabled' AS "_disabled"
                                FROM (
                                  SELECT DISTINCT
                                    "t7"."la_code",
                                    "t7"."child_id"
                                  FROM "disability" AS "t7"
                                  WHERE
                                    "t7"."disability" <> 'NONE'
                                ) AS "t22"
                              ) AS "t27"
                                ON "t14"."la_code" = "t27"."la_code" AND "t14"."child_id" = "t27"."child_id"
                            ) AS "t30"
                          ) AS "t32"
                        ) AS "t37"
                          ON "t41"."la_code" = "t37"."la_code" AND "t41"."child_id" = "t37"."child_id"
                      ) AS "t42"
                    ) AS "t43"
                  ) AS "t44"
                ) AS "t45"
              ) AS "t46"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t47"
          ) AS "t48"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t50"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('ASS1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS "t19"
          ON "t50"."indicator_id" = "t19"."indicator_id"
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
          (35)) AS t13(_offset)
      ) AS "t51"
      WHERE
        "t51"."_offset" <= CASE WHEN "t51"."breakdown" = 'month_alone' THEN 0 ELSE "t51"."months_back" END
    ) AS "t53"
      ON "t53"."la_code" = "t10"."la_code"
      AND "t53"."indicator_id" = "t12"."indicator_id"
      AND "t53"."_until_index" = "t11"."month_index"
  ) AS "t54"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t67"."la_code",
  "t67"."indicator_id",
  "t67"."month",
  "t67"."breakdown",
  "t67"."breakdown_value",
  "t67"."numerator",
  CASE
    WHEN "t67"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t67"."unit" = 'rate'
    THEN CAST("t9"."population" AS DOUBLE PRECISION)
    ELSE "t67"."denominator"
  END AS "denominator",
  CASE
    WHEN "t67"."unit" = 'count'
    THEN "t67"."numerator"
    WHEN "t67"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t9"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t67"."numerator" * 10000
      ) / CAST("t9"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t67"."unit" = 'percent'
    THEN CASE
      WHEN "t67"."denominator" > 0
      THEN CAST("t67"."numerator" AS DOUBLE PRECISION) / "t67"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t67"."denominator" > 0
      THEN CAST("t67"."numerator" AS DOUBLE PRECISION) / "t67"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t61"."la_code",
      "t61"."indicator_id",
      "t61"."month",
      "t61"."breakdown",
      "t61"."breakdown_value",
      "t61"."unit",
      "t61"."numerator",
      "t61"."denominator"
    FROM (
      SELECT
        "t28"."la_code",
        "t28"."indicator_id",
        "t28"."month",
        "t28"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t10"."la_code",
            "t11"."month",
            "t11"."month_end",
            "t11"."month_index",
            "t12"."indicator_id",
            "t12"."months_back",
            "t12"."unit"
          FROM "scorecard_councils" AS "t10"
          CROSS JOIN "scorecard_month_spine" AS "t11"
          CROSS JOIN (VALUES
            ('ASS1', 0, 'count')) AS t12(indicator_id, months_back, unit)
        ) AS "t18"
        WHERE
          "t18"."months_back" > 0
      ) AS "t28"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t55" AS "t56"
            WHERE
              "t56"."breakdown" = 'month_alone'
          ) AS "t59"
          WHERE
            "t28"."la_code" = "t59"."la_code"
            AND "t28"."indicator_id" = "t59"."indicator_id"
            AND "t28"."month" = "t59"."month"
        )
    ) AS "t61"
  ) AS "t63"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t55" AS "t56"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t62"."la_code",
        "t62"."indicator_id",
        "t62"."month",
        "t62"."breakdown",
        "t62"."breakdown_value",
        "t62"."unit",
        "t62"."numerator",
        "t62"."denominator"
      FROM (
        SELECT
          "t10"."la_code",
          "t12"."indicator_id",
          "t11"."month",
          "t12"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t10"
        CROSS JOIN "scorecard_month_spine" AS "t11"
        CROSS JOIN (VALUES
          ('ASS1', 0, 'count')) AS t12(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t55" AS "t56"
              WHERE
                "t56"."breakdown" = 'all'
            ) AS "t60"
            WHERE
              "t10"."la_code" = "t60"."la_code"
              AND "t12"."indicator_id" = "t60"."indicator_id"
              AND "t11"."month" = "t60"."month"
          )
      ) AS "t62"
    ) AS "t64"
  ) AS "t65"
) AS "t67"
LEFT OUTER JOIN "scorecard_population" AS "t9"
  ON "t67"."la_code" = "t9"."la_code" AND "t67"."month" = "t9"."month"
