WITH "t36" AS (
  SELECT
    "t35"."la_code",
    "t35"."indicator_id",
    "t35"."month",
    "t35"."breakdown",
    "t35"."breakdown_value",
    "t35"."unit",
    SUM("t35"."_num") AS "numerator",
    SUM("t35"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t34"."breakdown",
      "t34"."breakdown_value",
      "t34"."_num",
      "t34"."_den",
      "t34"."_until_index"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('REF3', 11, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t32"."la_code",
        "t32"."indicator_id",
        "t32"."breakdown",
        "t32"."breakdown_value",
        "t32"."_num",
        "t32"."_den",
        "t32"."month_index" + "t32"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t31"."la_code",
          "t31"."indicator_id",
          "t31"."month_index",
          "t31"."breakdown",
          "t31"."breakdown_value",
          "t31"."_num",
          "t31"."_den",
          "t15"."months_back",
          "t11"."_offset"
        FROM (
          SELECT
            "t29"."la_code",
            "t29"."indicator_id",
            "t29"."month_index",
            "t29"."breakdown",
            "t29"."breakdown_value",
            SUM("t29"."numerator") AS "_num",
            SUM("t29"."denominator") AS "_den"
          FROM (
            SELECT
              "t28"."la_code",
              'REF3' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t28"."month") * 12
                ) + EXTRACT(month FROM "t28"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t28"."_part" = 0
                THEN 'all'
                WHEN "t28"."_part" = 1
                THEN 'referral_source'
                WHEN "t28"."_part" = 2
                THEN 'team'
                WHEN "t28"."_part" = 3
                THEN 'age_band'
                WHEN "t28"."_part" = 4
                THEN 'month_alone'
                ELSE NULL
              END AS "breakdown",
              "t28"."breakdown_value",
              "t28"."numerator",
              "t28"."denominator"
            FROM (
              SELECT
                "t27"."la_code",
                "t27"."month",
                "t27"."_part",
                "t27"."breakdown_value",
                SUM("t27"."numerator") AS "numerator",
                SUM("t27"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t26"."la_code",
                  "t26"."month",
                  "t26"."numerator",
                  "t26"."denominator",
                  "t26"."_part",
                  CASE
                    WHEN "t26"."_part" = 1
                    THEN COALESCE("t26"."referral_source", 'unknown')
                    WHEN "t26"."_part" = 2
                    THEN COALESCE("t26"."team", 'unknown')
                    WHEN "t26"."_part" = 3
                    THEN COALESCE("t26"."age_band", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
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
                    "t25"."age_band",
                    UNNEST(CAST([0, 1, 2, 3, 4] AS TINYINT[])) AS "_part"
                  FROM (
                    SELECT
                      "t24"."la_code",
                      "t24"."month",
                      "t24"."child_id",
                      "t24"."record_id",
                      "t24"."ref_date",
                      "t24"."numerator",
                      "t24"."denominator",
                      "t24"."referral_source",
                      "t24"."team",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
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
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
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
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
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
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
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
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t24"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t24"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t24"."_born") * 100
                                  ) + EXTRACT(day FROM "t24"."_born")
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
                              EXTRACT(year FROM "t24"."ref_date") - EXTRACT(year FROM "t24"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t24"."ref_date") * 100
                                ) + EXTRACT(day FROM "t24"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t24"."_born") * 100
                                ) + EXTRACT(day FROM "t24"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band"
                    FROM (
                      SELECT
                        "t23".*
                        EXCLUDE ("child_id_right", "la_code_right")
                      FROM (
                        SELECT
                          "t22"."la_code",
                          "t22"."month",
                          "t22"."child_id",
                          "t22"."record_id",
                          "t22"."ref_date",
                          "t22"."numerator",
                          "t22"."denominator",
                          "t22"."referral_source",
                          "t22"."team",
                          "t16"."la_code" AS "la_code_right",
                          "t16"."child_id" AS "child_id_right",
                          "t16"."_born"
                        FROM (
                          SELECT
                            "t20"."la_code",
                            DATE_TRUNC('MONTH', "t20"."referral_date") AS "month",
                            CAST("t20"."child_id" AS TEXT) AS "child_id",
                            CAST("t20"."referral_id" AS TEXT) AS "record_id",
                            CAST("t20"."referral_date" AS DATE) AS "ref_date",
                            CASE
                              WHEN COALESCE(
                                (
                                  "t20"."_previous" IS NOT NULL
                                )
                                AND (
                                  "t20"."_previous" >= (
                                    "t20"."referral_date" - INTERVAL '1' YEAR
                                  )
                                ),
                                FALSE
                              )
                              THEN 1.0
                              ELSE 0.0
                            END AS "numerator",
                            1.0 AS "denominator",
                            "t20"."referral_source",
                            "t20"."team"
                          FROM (
                            SELECT
                              "t17"."referral_id",
                              "t17"."child_id",
                              "t17"."referral_date",
                              "t17"."referral_source",
                              "t17"."primary_need",
                              "t17"."referral_nfa",
                              "t17"."closure_date",
                              "t17"."closure_reason",
                              "t17"."team",
                              "t17"."la_code",
                              "t17"."load_id",
                              LAG("t17"."referral_date") OVER (
                                PARTITION BY "t17"."la_code", "t17"."child_id"
                                ORDER BY "t17"."referral_date" ASC, "t17"."referral_id" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) AS "_previous"
                            FROM (
                              SELECT
                                *
                              FROM "cin_episode" AS "t6"
                              WHERE
                                "t6"."referral_date" IS NOT NULL
                            ) AS "t17"
                          ) AS "t20"
                          WHERE
                            "t20"."referral_date" IS NOT NULL
                            AND DATE_TRUNC('MONTH', "t20"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                        ) AS "t22"
                        LEFT OUTER JOIN (
                          SELECT
                            "t5"."la_code",
                            "t5"."child_id",
                            "t5"."date_of_birth" AS "_born"
                          FROM "person" AS "t5"
                        ) AS "t16"
                          ON "t22"."la_code" = "t16"."la_code" AND "t22"."child_id" = "t16"."child_id"
                      ) AS "t23"
                    ) AS "t24"
                  ) AS "t25"
                ) AS "t26"
              ) AS "t27"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t28"
          ) AS "t29"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t31"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('REF3', 11, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t15"
          ON "t31"."indicator_id" = "t15"."indicator_id"
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
      ) AS "t32"
      WHERE
        "t32"."_offset" <= CASE WHEN "t32"."breakdown" = 'month_alone' THEN 0 ELSE "t32"."months_back" END
    ) AS "t34"
      ON "t34"."la_code" = "t8"."la_code"
      AND "t34"."indicator_id" = "t10"."indicator_id"
      AND "t34"."_until_index" = "t9"."month_index"
  ) AS "t35"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t48"."la_code",
  "t48"."indicator_id",
  "t48"."month",
  "t48"."breakdown",
  "t48"."breakdown_value",
  "t48"."numerator",
  CASE
    WHEN "t48"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t48"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE)
    ELSE "t48"."denominator"
  END AS "denominator",
  CASE
    WHEN "t48"."unit" = 'count'
    THEN "t48"."numerator"
    WHEN "t48"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE) > 0
      THEN (
        "t48"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t48"."unit" = 'percent'
    THEN CASE
      WHEN "t48"."denominator" > 0
      THEN "t48"."numerator" / "t48"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t48"."denominator" > 0
      THEN "t48"."numerator" / "t48"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t42"."la_code",
      "t42"."indicator_id",
      "t42"."month",
      "t42"."breakdown",
      "t42"."breakdown_value",
      "t42"."unit",
      "t42"."numerator",
      "t42"."denominator"
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
            ('REF3', 11, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS "t14"
        WHERE
          "t14"."months_back" > 0
      ) AS "t19"
      ANTI JOIN (
        SELECT
          *
        FROM "t36" AS "t37"
        WHERE
          "t37"."breakdown" = 'month_alone'
      ) AS "t40"
        ON "t19"."la_code" = "t40"."la_code"
        AND "t19"."indicator_id" = "t40"."indicator_id"
        AND "t19"."month" = "t40"."month"
    ) AS "t42"
  ) AS "t44"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t36" AS "t37"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t43"."la_code",
        "t43"."indicator_id",
        "t43"."month",
        "t43"."breakdown",
        "t43"."breakdown_value",
        "t43"."unit",
        "t43"."numerator",
        "t43"."denominator"
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
          ('REF3', 11, 'percent')) AS t10(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t36" AS "t37"
          WHERE
            "t37"."breakdown" = 'all'
        ) AS "t41"
          ON "t8"."la_code" = "t41"."la_code"
          AND "t10"."indicator_id" = "t41"."indicator_id"
          AND "t9"."month" = "t41"."month"
      ) AS "t43"
    ) AS "t45"
  ) AS "t46"
) AS "t48"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t48"."la_code" = "t7"."la_code" AND "t48"."month" = "t7"."month"
