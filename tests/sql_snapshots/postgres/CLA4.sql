WITH "t46" AS (
  SELECT
    "t45"."la_code",
    "t45"."indicator_id",
    "t45"."month",
    "t45"."breakdown",
    "t45"."breakdown_value",
    "t45"."unit",
    SUM("t45"."_num") AS "numerator",
    SUM("t45"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t44"."breakdown",
      "t44"."breakdown_value",
      "t44"."_num",
      "t44"."_den",
      "t44"."_until_index"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('CLA4', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t42"."la_code",
        "t42"."indicator_id",
        "t42"."breakdown",
        "t42"."breakdown_value",
        "t42"."_num",
        "t42"."_den",
        "t42"."month_index" + "t42"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t41"."la_code",
          "t41"."indicator_id",
          "t41"."month_index",
          "t41"."breakdown",
          "t41"."breakdown_value",
          "t41"."_num",
          "t41"."_den",
          "t16"."months_back",
          "t12"."_offset"
        FROM (
          SELECT
            "t39"."la_code",
            "t39"."indicator_id",
            "t39"."month_index",
            "t39"."breakdown",
            "t39"."breakdown_value",
            SUM("t39"."numerator") AS "_num",
            SUM("t39"."denominator") AS "_den"
          FROM (
            SELECT
              "t38"."la_code",
              'CLA4' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t38"."month") * 12
                ) + EXTRACT(month FROM "t38"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t38"."_part" = 0
                THEN 'all'
                WHEN "t38"."_part" = 1
                THEN 'reason_ceased'
                WHEN "t38"."_part" = 2
                THEN 'age_band'
                WHEN "t38"."_part" = 3
                THEN 'sex'
                WHEN "t38"."_part" = 4
                THEN 'ethnicity_group'
                WHEN "t38"."_part" = 5
                THEN 'disability'
                ELSE NULL
              END AS "breakdown",
              "t38"."breakdown_value",
              "t38"."numerator",
              "t38"."denominator"
            FROM (
              SELECT
                "t37"."la_code",
                "t37"."month",
                "t37"."_part",
                "t37"."breakdown_value",
                SUM("t37"."numerator") AS "numerator",
                SUM("t37"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t36"."la_code",
                  "t36"."month",
                  "t36"."numerator",
                  "t36"."denominator",
                  "t36"."_part",
                  CASE
                    WHEN "t36"."_part" = 1
                    THEN COALESCE("t36"."reason_ceased", 'unknown')
                    WHEN "t36"."_part" = 2
                    THEN COALESCE("t36"."age_band", 'unknown')
                    WHEN "t36"."_part" = 3
                    THEN COALESCE("t36"."sex", 'unknown')
                    WHEN "t36"."_part" = 4
                    THEN COALESCE("t36"."ethnicity_group", 'unknown')
                    WHEN "t36"."_part" = 5
                    THEN COALESCE("t36"."disability", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t35"."la_code",
                    "t35"."month",
                    "t35"."child_id",
                    "t35"."record_id",
                    "t35"."ref_date",
                    "t35"."numerator",
                    "t35"."denominator",
                    "t35"."reason_ceased",
                    "t35"."age_band",
                    "t35"."sex",
                    "t35"."ethnicity_group",
                    "t35"."disability",
                    UNNEST(ARRAY[0, 1, 2, 3, 4, 5]) AS "_part"
                  FROM (
                    SELECT
                      "t34"."la_code",
                      "t34"."month",
                      "t34"."child_id",
                      "t34"."record_id",
                      "t34"."ref_date",
                      "t34"."numerator",
                      "t34"."denominator",
                      "t34"."reason_ceased",
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
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
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
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
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
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
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
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
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
                                )
                                THEN 1
                                ELSE 0
                              END
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                              ) - CASE
                                WHEN (
                                  (
                                    EXTRACT(month FROM "t34"."ref_date") * 100
                                  ) + EXTRACT(day FROM "t34"."ref_date")
                                ) < (
                                  (
                                    EXTRACT(month FROM "t34"."_born") * 100
                                  ) + EXTRACT(day FROM "t34"."_born")
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
                              EXTRACT(year FROM "t34"."ref_date") - EXTRACT(year FROM "t34"."_born")
                            ) - CASE
                              WHEN (
                                (
                                  EXTRACT(month FROM "t34"."ref_date") * 100
                                ) + EXTRACT(day FROM "t34"."ref_date")
                              ) < (
                                (
                                  EXTRACT(month FROM "t34"."_born") * 100
                                ) + EXTRACT(day FROM "t34"."_born")
                              )
                              THEN 1
                              ELSE 0
                            END
                          ) >= 18
                          THEN '18 and over'
                          ELSE 'unknown'
                        END
                      ) AS "age_band",
                      COALESCE("t34"."sex", 'unknown') AS "sex",
                      COALESCE("t34"."ethnicity_group", 'Not known') AS "ethnicity_group",
                      COALESCE("t34"."disability", 'Not disabled') AS "disability"
                    FROM (
                      SELECT
                        "t33"."la_code",
                        "t33"."month",
                        "t33"."child_id",
                        "t33"."record_id",
                        "t33"."ref_date",
                        "t33"."numerator",
                        "t33"."denominator",
                        "t33"."reason_ceased",
                        "t33"."_born",
                        "t33"."sex",
                        "t33"."ethnicity_group",
                        "t33"."disability"
                      FROM (
                        SELECT
                          "t32"."la_code",
                          "t32"."month",
                          "t32"."child_id",
                          "t32"."record_id",
                          "t32"."ref_date",
                          "t32"."numerator",
                          "t32"."denominator",
                          "t32"."reason_ceased",
                          "t28"."la_code" AS "la_code_right",
                          "t28"."child_id" AS "child_id_right",
                          "t28"."_born",
                          "t28"."sex",
                          "t28"."ethnicity_group",
                          "t28"."disability"
                        FROM (
                          SELECT
                            "t30"."la_code",
                            DATE_TRUNC('MONTH', "t30"."end_date") AS "month",
                            CAST("t30"."child_id" AS VARCHAR) AS "child_id",
                            CAST("t30"."child_id" AS VARCHAR) AS "record_id",
                            "t30"."end_date" AS "ref_date",
                            1.0 AS "numerator",
                            1.0 AS "denominator",
                            "t30"."reason_ceased"
                          FROM (
                            SELECT
                              "t29"."child_id",
                              "t29"."start_date",
                              "t29"."reason_new_episode",
                              "t29"."legal_status",
                              "t29"."category_of_need",
                              "t29"."placement_type",
                              "t29"."placement_provider",
                              "t29"."end_date",
                              "t29"."reason_ceased",
                              "t29"."reason_place_change",
                              "t29"."home_postcode",
                              "t29"."placement_postcode",
                              "t29"."urn",
                              "t29"."placed_outside_council",
                              "t29"."la_code",
                              "t29"."load_id",
                              "t29"."period_start",
                              "t29"."period_start_seen",
                              "t29"."placement_start",
                              "t29"."short_break",
                              "t29"."previous_placement_start",
                              "t29"."period_end"
                            FROM (
                              SELECT
                                "t26"."child_id",
                                "t26"."start_date",
                                "t26"."reason_new_episode",
                                "t26"."legal_status",
                                "t26"."category_of_need",
                                "t26"."placement_type",
                                "t26"."placement_provider",
                                "t26"."end_date",
                                "t26"."reason_ceased",
                                "t26"."reason_place_change",
                                "t26"."home_postcode",
                                "t26"."placement_postcode",
                                "t26"."urn",
                                "t26"."placed_outside_council",
                                "t26"."la_code",
                                "t26"."load_id",
                                "t26"."period_start",
                                "t26"."period_start_seen",
                                "t26"."placement_start",
                                "t26"."_move",
                                "t26"."short_break",
                                "t26"."_previous",
                                MAX("t26"."_previous") OVER (
                                  PARTITION BY "t26"."la_code", "t26"."child_id"
                                  ORDER BY "t26"."start_date" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS "previous_placement_start",
                                CASE
                                  WHEN BOOL_OR("t26"."end_date" IS NULL) OVER (
                                    PARTITION BY "t26"."la_code", "t26"."child_id", "t26"."period_start"
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                  THEN CAST(NULL AS DATE)
                                  ELSE MAX("t26"."end_date") OVER (
                                    PARTITION BY "t26"."la_code", "t26"."child_id", "t26"."period_start"
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                END AS "period_end"
                              FROM (
                                SELECT
                                  "t23"."child_id",
                                  "t23"."start_date",
                                  "t23"."reason_new_episode",
                                  "t23"."legal_status",
                                  "t23"."category_of_need",
                                  "t23"."placement_type",
                                  "t23"."placement_provider",
                                  "t23"."end_date",
                                  "t23"."reason_ceased",
                                  "t23"."reason_place_change",
                                  "t23"."home_postcode",
                                  "t23"."placement_postcode",
                                  "t23"."urn",
                                  "t23"."placed_outside_council",
                                  "t23"."la_code",
                                  "t23"."load_id",
                                  "t23"."period_start",
                                  "t23"."period_start_seen",
                                  "t23"."placement_start",
                                  "t23"."_move",
                                  "t23"."short_break",
                                  CASE
                                    WHEN "t23"."_move" IS NOT NULL
                                    THEN LAG("t23"."placement_start") OVER (
                                      PARTITION BY "t23"."la_code", "t23"."child_id"
                                      ORDER BY "t23"."start_date" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                    ELSE CAST(NULL AS DATE)
                                  END AS "_previous"
                                FROM (
                                  SELECT
                                    "t17"."child_id",
                                    "t17"."start_date",
                                    "t17"."reason_new_episode",
                                    "t17"."legal_status",
                                    "t17"."category_of_need",
                                    "t17"."placement_type",
                                    "t17"."placement_provider",
                                    "t17"."end_date",
                                    "t17"."reason_ceased",
                                    "t17"."reason_place_change",
                                    "t17"."home_postcode",
                                    "t17"."placement_postcode",
                                    "t17"."urn",
                                    "t17"."placed_outside_council",
                                    "t17"."la_code",
                                    "t17"."load_id",
                                    COALESCE(
                                      MAX(
                                        CASE
                                          WHEN "t17"."reason_new_episode" = 'S'
                                          THEN "t17"."start_date"
                                          ELSE CAST(NULL AS DATE)
                                        END
                                      ) OVER (
                                        PARTITION BY "t17"."la_code", "t17"."child_id"
                                        ORDER BY "t17"."start_date" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN("t17"."start_date") OVER (
                                        PARTITION BY "t17"."la_code", "t17"."child_id"
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS "period_start",
                                    MAX(
                                      CASE
                                        WHEN "t17"."reason_new_episode" = 'S'
                                        THEN "t17"."start_date"
                                        ELSE CAST(NULL AS DATE)
                                      END
                                    ) OVER (
                                      PARTITION BY "t17"."la_code", "t17"."child_id"
                                      ORDER BY "t17"."start_date" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) IS NOT NULL AS "period_start_seen",
                                    COALESCE(
                                      MAX(
                                        CASE
                                          WHEN "t17"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                          THEN "t17"."start_date"
                                          ELSE CAST(NULL AS DATE)
                                        END
                                      ) OVER (
                                        PARTITION BY "t17"."la_code", "t17"."child_id"
                                        ORDER BY "t17"."start_date" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN("t17"."start_date") OVER (
                                        PARTITION BY "t17"."la_code", "t17"."child_id"
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS "placement_start",
                                    CASE
                                      WHEN "t17"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                      THEN "t17"."start_date"
                                      ELSE CAST(NULL AS DATE)
                                    END AS "_move",
                                    "t17"."legal_status" IN ('V3', 'V4') AS "short_break"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "looked_after_episode" AS "t6"
                                    WHERE
                                      "t6"."start_date" IS NOT NULL
                                  ) AS "t17"
                                ) AS "t23"
                              ) AS "t26"
                            ) AS "t29"
                          ) AS "t30"
                          WHERE
                            "t30"."reason_ceased" IS NOT NULL
                            AND "t30"."reason_ceased" <> 'X1'
                            AND NOT (
                              "t30"."short_break"
                            )
                            AND "t30"."end_date" IS NOT NULL
                            AND DATE_TRUNC('MONTH', "t30"."end_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                        ) AS "t32"
                        LEFT OUTER JOIN (
                          SELECT
                            "t25"."la_code",
                            "t25"."child_id",
                            "t25"."date_of_birth" AS "_born",
                            CASE "t25"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t25"."sex" END AS "sex",
                            CASE
                              WHEN "t25"."ethnicity" IN ('REFU', 'NOBT')
                              THEN 'Not known'
                              ELSE CASE
                                WHEN SUBSTRING("t25"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END FOR 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING("t25"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END FOR 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING("t25"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END FOR 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING("t25"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END FOR 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING("t25"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END FOR 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING("t25"."ethnicity" FROM CASE WHEN (
                                  0 + 1
                                ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t25"."ethnicity") END FOR 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            END AS "ethnicity_group",
                            "t25"."_disabled" AS "disability"
                          FROM (
                            SELECT
                              "t24"."child_id",
                              "t24"."upn",
                              "t24"."sex",
                              "t24"."date_of_birth",
                              "t24"."expected_date_of_birth",
                              "t24"."ethnicity",
                              "t24"."date_of_death",
                              "t24"."la_code",
                              "t24"."load_id",
                              "t24"."_disabled"
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
                                  "t18"."la_code",
                                  "t18"."child_id",
                                  'Disabled' AS "_disabled"
                                FROM (
                                  SELECT DISTINCT
                                    "t7"."la_code",
                                    "t7"."child_id"
                                  FROM "disability" AS "t7"
                                  WHERE
                                    "t7"."disability" <> 'NONE'
                                ) AS "t18"
                              ) AS "t21"
                                ON "t13"."la_code" = "t21"."la_code" AND "t13"."child_id" = "t21"."child_id"
                            ) AS "t24"
                          ) AS "t25"
                        ) AS "t28"
                          ON "t32"."la_code" = "t28"."la_code" AND "t32"."child_id" = "t28"."child_id"
                      ) AS "t33"
                    ) AS "t34"
                  ) AS "t35"
                ) AS "t36"
              ) AS "t37"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t38"
          ) AS "t39"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t41"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CLA4', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS "t16"
          ON "t41"."indicator_id" = "t16"."indicator_id"
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
      ) AS "t42"
      WHERE
        "t42"."_offset" <= CASE WHEN "t42"."breakdown" = 'month_alone' THEN 0 ELSE "t42"."months_back" END
    ) AS "t44"
      ON "t44"."la_code" = "t9"."la_code"
      AND "t44"."indicator_id" = "t11"."indicator_id"
      AND "t44"."_until_index" = "t10"."month_index"
  ) AS "t45"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t58"."la_code",
  "t58"."indicator_id",
  "t58"."month",
  "t58"."breakdown",
  "t58"."breakdown_value",
  "t58"."numerator",
  CASE
    WHEN "t58"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t58"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE PRECISION)
    ELSE "t58"."denominator"
  END AS "denominator",
  CASE
    WHEN "t58"."unit" = 'count'
    THEN "t58"."numerator"
    WHEN "t58"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t58"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t58"."unit" = 'percent'
    THEN CASE
      WHEN "t58"."denominator" > 0
      THEN CAST("t58"."numerator" AS DOUBLE PRECISION) / "t58"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t58"."denominator" > 0
      THEN CAST("t58"."numerator" AS DOUBLE PRECISION) / "t58"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t52"."la_code",
      "t52"."indicator_id",
      "t52"."month",
      "t52"."breakdown",
      "t52"."breakdown_value",
      "t52"."unit",
      "t52"."numerator",
      "t52"."denominator"
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
            ('CLA4', 0, 'count')) AS t11(indicator_id, months_back, unit)
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
            FROM "t46" AS "t47"
            WHERE
              "t47"."breakdown" = 'month_alone'
          ) AS "t50"
          WHERE
            "t22"."la_code" = "t50"."la_code"
            AND "t22"."indicator_id" = "t50"."indicator_id"
            AND "t22"."month" = "t50"."month"
        )
    ) AS "t52"
  ) AS "t54"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t46" AS "t47"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t53"."la_code",
        "t53"."indicator_id",
        "t53"."month",
        "t53"."breakdown",
        "t53"."breakdown_value",
        "t53"."unit",
        "t53"."numerator",
        "t53"."denominator"
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
          ('CLA4', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t46" AS "t47"
              WHERE
                "t47"."breakdown" = 'all'
            ) AS "t51"
            WHERE
              "t9"."la_code" = "t51"."la_code"
              AND "t11"."indicator_id" = "t51"."indicator_id"
              AND "t10"."month" = "t51"."month"
          )
      ) AS "t53"
    ) AS "t55"
  ) AS "t56"
) AS "t58"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t58"."la_code" = "t8"."la_code" AND "t58"."month" = "t8"."month"
