WITH "t32" AS (
  SELECT
    "t31"."child_id",
    "t31"."start_date",
    "t31"."reason_new_episode",
    "t31"."legal_status",
    "t31"."category_of_need",
    "t31"."placement_type",
    "t31"."placement_provider",
    "t31"."end_date",
    "t31"."reason_ceased",
    "t31"."reason_place_change",
    "t31"."home_postcode",
    "t31"."placement_postcode",
    "t31"."urn",
    "t31"."placed_outside_council",
    "t31"."la_code",
    "t31"."load_id",
    "t31"."period_start",
    "t31"."period_start_seen",
    "t31"."placement_start",
    "t31"."short_break",
    "t31"."previous_placement_start",
    "t31"."period_end",
    "t31"."_reach",
    "t31"."_earlier_reach",
    BOOL_OR(COALESCE("t31"."_earlier_reach" > "t31"."start_date", FALSE)) OVER (
      PARTITION BY "t31"."la_code", "t31"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t30"."child_id",
      "t30"."start_date",
      "t30"."reason_new_episode",
      "t30"."legal_status",
      "t30"."category_of_need",
      "t30"."placement_type",
      "t30"."placement_provider",
      "t30"."end_date",
      "t30"."reason_ceased",
      "t30"."reason_place_change",
      "t30"."home_postcode",
      "t30"."placement_postcode",
      "t30"."urn",
      "t30"."placed_outside_council",
      "t30"."la_code",
      "t30"."load_id",
      "t30"."period_start",
      "t30"."period_start_seen",
      "t30"."placement_start",
      "t30"."short_break",
      "t30"."previous_placement_start",
      "t30"."period_end",
      "t30"."_reach",
      LAG("t30"."_reach") OVER (
        PARTITION BY "t30"."la_code", "t30"."child_id"
        ORDER BY "t30"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        "t29"."period_end",
        MAX(COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t29"."la_code", "t29"."child_id"
          ORDER BY "t29"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t27"."child_id",
            "t27"."start_date",
            "t27"."reason_new_episode",
            "t27"."legal_status",
            "t27"."category_of_need",
            "t27"."placement_type",
            "t27"."placement_provider",
            "t27"."end_date",
            "t27"."reason_ceased",
            "t27"."reason_place_change",
            "t27"."home_postcode",
            "t27"."placement_postcode",
            "t27"."urn",
            "t27"."placed_outside_council",
            "t27"."la_code",
            "t27"."load_id",
            "t27"."period_start",
            "t27"."period_start_seen",
            "t27"."placement_start",
            "t27"."short_break",
            "t27"."previous_placement_start",
            "t27"."period_end"
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
                  FROM "looked_after_episode" AS "t7"
                  WHERE
                    "t7"."start_date" IS NOT NULL
                ) AS "t17"
              ) AS "t23"
            ) AS "t26"
          ) AS "t27"
        ) AS "t28"
        WHERE
          NOT (
            "t28"."short_break"
          ) AND "t28"."start_date" IS NOT NULL
      ) AS "t29"
    ) AS "t30"
  ) AS "t31"
), "t67" AS (
  SELECT
    "t66"."la_code",
    "t66"."indicator_id",
    "t66"."month",
    "t66"."breakdown",
    "t66"."breakdown_value",
    "t66"."unit",
    SUM("t66"."_num") AS "numerator",
    SUM("t66"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t65"."la_code" AS "la_code_right",
      "t65"."indicator_id" AS "indicator_id_right",
      "t65"."month_index" AS "month_index_right",
      "t65"."breakdown",
      "t65"."breakdown_value",
      "t65"."_num",
      "t65"."_den"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('CLA1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t63"."la_code",
        "t63"."indicator_id",
        "t63"."month_index",
        "t63"."breakdown",
        "t63"."breakdown_value",
        SUM("t63"."numerator") AS "_num",
        SUM("t63"."denominator") AS "_den"
      FROM (
        SELECT
          "t62"."la_code",
          'CLA1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t62"."month") * 12
            ) + EXTRACT(month FROM "t62"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t62"."_part" = 0
            THEN 'all'
            WHEN "t62"."_part" = 1
            THEN 'legal_status'
            WHEN "t62"."_part" = 2
            THEN 'placement_type'
            WHEN "t62"."_part" = 3
            THEN 'uasc'
            WHEN "t62"."_part" = 4
            THEN 'age_band'
            WHEN "t62"."_part" = 5
            THEN 'sex'
            WHEN "t62"."_part" = 6
            THEN 'ethnicity_group'
            WHEN "t62"."_part" = 7
            THEN 'disability'
            ELSE NULL
          END AS "breakdown",
          "t62"."breakdown_value",
          "t62"."numerator",
          "t62"."denominator"
        FROM (
          SELECT
            "t61"."la_code",
            "t61"."month",
            "t61"."_part",
            "t61"."breakdown_value",
            SUM("t61"."numerator") AS "numerator",
            SUM("t61"."denominator") AS "denominator"
          FROM (
            SELECT
              "t60"."la_code",
              "t60"."month",
              "t60"."numerator",
              "t60"."denominator",
              "t60"."_part",
              CASE
                WHEN "t60"."_part" = 1
                THEN COALESCE("t60"."legal_status", 'unknown')
                WHEN "t60"."_part" = 2
                THEN COALESCE("t60"."placement_type", 'unknown')
                WHEN "t60"."_part" = 3
                THEN COALESCE("t60"."uasc", 'unknown')
                WHEN "t60"."_part" = 4
                THEN COALESCE("t60"."age_band", 'unknown')
                WHEN "t60"."_part" = 5
                THEN COALESCE("t60"."sex", 'unknown')
                WHEN "t60"."_part" = 6
                THEN COALESCE("t60"."ethnicity_group", 'unknown')
                WHEN "t60"."_part" = 7
                THEN COALESCE("t60"."disability", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t59"."la_code",
                "t59"."month",
                "t59"."child_id",
                "t59"."record_id",
                "t59"."ref_date",
                "t59"."numerator",
                "t59"."denominator",
                "t59"."legal_status",
                "t59"."placement_type",
                "t59"."uasc",
                "t59"."age_band",
                "t59"."sex",
                "t59"."ethnicity_group",
                "t59"."disability",
                UNNEST(ARRAY[0, 1, 2, 3, 4, 5, 6, 7]) AS "_part"
              FROM (
                SELECT
                  "t58"."la_code",
                  "t58"."month",
                  "t58"."child_id",
                  "t58"."record_id",
                  "t58"."ref_date",
                  "t58"."numerator",
                  "t58"."denominator",
                  "t58"."legal_status",
                  "t58"."placement_type",
                  "t58"."uasc",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
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
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
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
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
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
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
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
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t58"."ref_date") * 100
                              ) + EXTRACT(day FROM "t58"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t58"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t58"."date_of_birth")
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
                          EXTRACT(year FROM "t58"."ref_date") - EXTRACT(year FROM "t58"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t58"."ref_date") * 100
                            ) + EXTRACT(day FROM "t58"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t58"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t58"."date_of_birth")
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
                    CASE "t58"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t58"."sex" END,
                    'unknown'
                  ) AS "sex",
                  CASE
                    WHEN "t58"."ethnicity" IN ('REFU', 'NOBT')
                    THEN 'Not known'
                    ELSE CASE
                      WHEN SUBSTRING("t58"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t58"."ethnicity") END FOR 1) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING("t58"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t58"."ethnicity") END FOR 1) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING("t58"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t58"."ethnicity") END FOR 1) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING("t58"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t58"."ethnicity") END FOR 1) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING("t58"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t58"."ethnicity") END FOR 1) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING("t58"."ethnicity" FROM CASE WHEN (
                        0 + 1
                      ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t58"."ethnicity") END FOR 1) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group",
                  COALESCE("t58"."_disabled", 'Not disabled') AS "disability"
                FROM (
                  SELECT
                    "t57"."la_code",
                    "t57"."month",
                    "t57"."child_id",
                    "t57"."record_id",
                    "t57"."ref_date",
                    "t57"."numerator",
                    "t57"."denominator",
                    "t57"."legal_status",
                    "t57"."placement_type",
                    "t57"."uasc",
                    "t57"."sex",
                    "t57"."ethnicity",
                    "t57"."date_of_birth",
                    "t57"."_disabled"
                  FROM (
                    SELECT
                      "t56"."la_code",
                      "t56"."month",
                      "t56"."child_id",
                      "t56"."record_id",
                      "t56"."ref_date",
                      "t56"."numerator",
                      "t56"."denominator",
                      "t56"."legal_status",
                      "t56"."placement_type",
                      "t56"."uasc",
                      "t25"."la_code" AS "la_code_right",
                      "t25"."child_id" AS "child_id_right",
                      "t25"."sex",
                      "t25"."ethnicity",
                      "t25"."date_of_birth",
                      "t25"."_disabled"
                    FROM (
                      SELECT
                        "t54"."la_code",
                        "t54"."month",
                        "t54"."child_id",
                        "t54"."child_id" AS "record_id",
                        "t54"."month_end" AS "ref_date",
                        CASE WHEN COALESCE(TRUE, FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                        1.0 AS "denominator",
                        "t54"."legal_status",
                        "t54"."placement_type",
                        "t54"."uasc"
                      FROM (
                        SELECT
                          "t53"."child_id",
                          "t53"."start_date",
                          "t53"."reason_new_episode",
                          "t53"."legal_status",
                          "t53"."category_of_need",
                          "t53"."placement_type",
                          "t53"."placement_provider",
                          "t53"."end_date",
                          "t53"."reason_ceased",
                          "t53"."reason_place_change",
                          "t53"."home_postcode",
                          "t53"."placement_postcode",
                          "t53"."urn",
                          "t53"."placed_outside_council",
                          "t53"."la_code",
                          "t53"."load_id",
                          "t53"."period_start",
                          "t53"."period_start_seen",
                          "t53"."placement_start",
                          "t53"."short_break",
                          "t53"."previous_placement_start",
                          "t53"."period_end",
                          "t53"."month",
                          "t53"."month_end",
                          "t53"."month_index",
                          "t53"."uasc"
                        FROM (
                          SELECT
                            "t52"."child_id",
                            "t52"."start_date",
                            "t52"."reason_new_episode",
                            "t52"."legal_status",
                            "t52"."category_of_need",
                            "t52"."placement_type",
                            "t52"."placement_provider",
                            "t52"."end_date",
                            "t52"."reason_ceased",
                            "t52"."reason_place_change",
                            "t52"."home_postcode",
                            "t52"."placement_postcode",
                            "t52"."urn",
                            "t52"."placed_outside_council",
                            "t52"."la_code",
                            "t52"."load_id",
                            "t52"."period_start",
                            "t52"."period_start_seen",
                            "t52"."placement_start",
                            "t52"."short_break",
                            "t52"."previous_placement_start",
                            "t52"."period_end",
                            "t52"."month",
                            "t52"."month_end",
                            "t52"."month_index",
                            "t52"."_uasc",
                            COALESCE("t52"."_uasc", 'Not UASC') AS "uasc"
                          FROM (
                            SELECT
                              "t51"."child_id",
                              "t51"."start_date",
                              "t51"."reason_new_episode",
                              "t51"."legal_status",
                              "t51"."category_of_need",
                              "t51"."placement_type",
                              "t51"."placement_provider",
                              "t51"."end_date",
                              "t51"."reason_ceased",
                              "t51"."reason_place_change",
                              "t51"."home_postcode",
                              "t51"."placement_postcode",
                              "t51"."urn",
                              "t51"."placed_outside_council",
                              "t51"."la_code",
                              "t51"."load_id",
                              "t51"."period_start",
                              "t51"."period_start_seen",
                              "t51"."placement_start",
                              "t51"."short_break",
                              "t51"."previous_placement_start",
                              "t51"."period_end",
                              "t51"."month",
                              "t51"."month_end",
                              "t51"."month_index",
                              "t51"."_uasc"
                            FROM (
                              SELECT
                                "t46"."child_id",
                                "t46"."start_date",
                                "t46"."reason_new_episode",
                                "t46"."legal_status",
                                "t46"."category_of_need",
                                "t46"."placement_type",
                                "t46"."placement_provider",
                                "t46"."end_date",
                                "t46"."reason_ceased",
                                "t46"."reason_place_change",
                                "t46"."home_postcode",
                                "t46"."placement_postcode",
                                "t46"."urn",
                                "t46"."placed_outside_council",
                                "t46"."la_code",
                                "t46"."load_id",
                                "t46"."period_start",
                                "t46"."period_start_seen",
                                "t46"."placement_start",
                                "t46"."short_break",
                                "t46"."previous_placement_start",
                                "t46"."period_end",
                                "t46"."month",
                                "t46"."month_end",
                                "t46"."month_index",
                                "t50"."la_code" AS "la_code_right",
                                "t50"."child_id" AS "child_id_right",
                                "t50"."month" AS "month_right",
                                "t50"."_uasc"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t39"."child_id",
                                    "t39"."start_date",
                                    "t39"."reason_new_episode",
                                    "t39"."legal_status",
                                    "t39"."category_of_need",
                                    "t39"."placement_type",
                                    "t39"."placement_provider",
                                    "t39"."end_date",
                                    "t39"."reason_ceased",
                                    "t39"."reason_place_change",
                                    "t39"."home_postcode",
                                    "t39"."placement_postcode",
                                    "t39"."urn",
                                    "t39"."placed_outside_council",
                                    "t39"."la_code",
                                    "t39"."load_id",
                                    "t39"."period_start",
                                    "t39"."period_start_seen",
                                    "t39"."placement_start",
                                    "t39"."short_break",
                                    "t39"."previous_placement_start",
                                    "t39"."period_end",
                                    "t39"."month",
                                    "t39"."month_end",
                                    "t39"."month_index"
                                  FROM (
                                    SELECT
                                      "t37"."child_id",
                                      "t37"."start_date",
                                      "t37"."reason_new_episode",
                                      "t37"."legal_status",
                                      "t37"."category_of_need",
                                      "t37"."placement_type",
                                      "t37"."placement_provider",
                                      "t37"."end_date",
                                      "t37"."reason_ceased",
                                      "t37"."reason_place_change",
                                      "t37"."home_postcode",
                                      "t37"."placement_postcode",
                                      "t37"."urn",
                                      "t37"."placed_outside_council",
                                      "t37"."la_code",
                                      "t37"."load_id",
                                      "t37"."period_start",
                                      "t37"."period_start_seen",
                                      "t37"."placement_start",
                                      "t37"."short_break",
                                      "t37"."previous_placement_start",
                                      "t37"."period_end",
                                      "t37"."_until",
                                      "t10"."month",
                                      "t10"."month_end",
                                      "t10"."month_index"
                                    FROM (
                                      SELECT
                                        "t33"."child_id",
                                        "t33"."start_date",
                                        "t33"."reason_new_episode",
                                        "t33"."legal_status",
                                        "t33"."category_of_need",
                                        "t33"."placement_type",
                                        "t33"."placement_provider",
                                        "t33"."end_date",
                                        "t33"."reason_ceased",
                                        "t33"."reason_place_change",
                                        "t33"."home_postcode",
                                        "t33"."placement_postcode",
                                        "t33"."urn",
                                        "t33"."placed_outside_council",
                                        "t33"."la_code",
                                        "t33"."load_id",
                                        "t33"."period_start",
                                        "t33"."period_start_seen",
                                        "t33"."placement_start",
                                        "t33"."short_break",
                                        "t33"."previous_placement_start",
                                        "t33"."period_end",
                                        COALESCE("t33"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                      FROM "t32" AS "t33"
                                      WHERE
                                        NOT (
                                          "t33"."_overlaps"
                                        ) AND "t33"."start_date" IS NOT NULL
                                    ) AS "t37"
                                    INNER JOIN "scorecard_month_spine" AS "t10"
                                      ON "t37"."start_date" <= "t10"."month_end" AND "t37"."_until" > "t10"."month_end"
                                  ) AS "t39"
                                ) AS "t41"
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t43"."child_id",
                                    "t43"."start_date",
                                    "t43"."reason_new_episode",
                                    "t43"."legal_status",
                                    "t43"."category_of_need",
                                    "t43"."placement_type",
                                    "t43"."placement_provider",
                                    "t43"."end_date",
                                    "t43"."reason_ceased",
                                    "t43"."reason_place_change",
                                    "t43"."home_postcode",
                                    "t43"."placement_postcode",
                                    "t43"."urn",
                                    "t43"."placed_outside_council",
                                    "t43"."la_code",
                                    "t43"."load_id",
                                    "t43"."period_start",
                                    "t43"."period_start_seen",
                                    "t43"."placement_start",
                                    "t43"."short_break",
                                    "t43"."previous_placement_start",
                                    "t43"."period_end",
                                    "t43"."month",
                                    "t43"."month_end",
                                    "t43"."month_index"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t40"."child_id",
                                        "t40"."start_date",
                                        "t40"."reason_new_episode",
                                        "t40"."legal_status",
                                        "t40"."category_of_need",
                                        "t40"."placement_type",
                                        "t40"."placement_provider",
                                        "t40"."end_date",
                                        "t40"."reason_ceased",
                                        "t40"."reason_place_change",
                                        "t40"."home_postcode",
                                        "t40"."placement_postcode",
                                        "t40"."urn",
                                        "t40"."placed_outside_council",
                                        "t40"."la_code",
                                        "t40"."load_id",
                                        "t40"."period_start",
                                        "t40"."period_start_seen",
                                        "t40"."placement_start",
                                        "t40"."short_break",
                                        "t40"."previous_placement_start",
                                        "t40"."period_end",
                                        "t40"."month",
                                        "t40"."month_end",
                                        "t40"."month_index",
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t40"."la_code", "t40"."child_id", "t40"."month"
                                          ORDER BY "t40"."start_date" DESC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1 AS "_rank"
                                      FROM (
                                        SELECT
                                          "t38"."child_id",
                                          "t38"."start_date",
                                          "t38"."reason_new_episode",
                                          "t38"."legal_status",
                                          "t38"."category_of_need",
                                          "t38"."placement_type",
                                          "t38"."placement_provider",
                                          "t38"."end_date",
                                          "t38"."reason_ceased",
                                          "t38"."reason_place_change",
                                          "t38"."home_postcode",
                                          "t38"."placement_postcode",
                                          "t38"."urn",
                                          "t38"."placed_outside_council",
                                          "t38"."la_code",
                                          "t38"."load_id",
                                          "t38"."period_start",
                                          "t38"."period_start_seen",
                                          "t38"."placement_start",
                                          "t38"."short_break",
                                          "t38"."previous_placement_start",
                                          "t38"."period_end",
                                          "t38"."month",
                                          "t38"."month_end",
                                          "t38"."month_index"
                                        FROM (
                                          SELECT
                                            "t36"."child_id",
                                            "t36"."start_date",
                                            "t36"."reason_new_episode",
                                            "t36"."legal_status",
                                            "t36"."category_of_need",
                                            "t36"."placement_type",
                                            "t36"."placement_provider",
                                            "t36"."end_date",
                                            "t36"."reason_ceased",
                                            "t36"."reason_place_change",
                                            "t36"."home_postcode",
                                            "t36"."placement_postcode",
                                            "t36"."urn",
                                            "t36"."placed_outside_council",
                                            "t36"."la_code",
                                            "t36"."load_id",
                                            "t36"."period_start",
                                            "t36"."period_start_seen",
                                            "t36"."placement_start",
                                            "t36"."short_break",
                                            "t36"."previous_placement_start",
                                            "t36"."period_end",
                                            "t36"."_until",
                                            "t10"."month",
                                            "t10"."month_end",
                                            "t10"."month_index"
                                          FROM (
                                            SELECT
                                              "t33"."child_id",
                                              "t33"."start_date",
                                              "t33"."reason_new_episode",
                                              "t33"."legal_status",
                                              "t33"."category_of_need",
                                              "t33"."placement_type",
                                              "t33"."placement_provider",
                                              "t33"."end_date",
                                              "t33"."reason_ceased",
                                              "t33"."reason_place_change",
                                              "t33"."home_postcode",
                                              "t33"."placement_postcode",
                                              "t33"."urn",
                                              "t33"."placed_outside_council",
                                              "t33"."la_code",
                                              "t33"."load_id",
                                              "t33"."period_start",
                                              "t33"."period_start_seen",
                                              "t33"."placement_start",
                                              "t33"."short_break",
                                              "t33"."previous_placement_start",
                                              "t33"."period_end",
                                              COALESCE("t33"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                            FROM "t32" AS "t33"
                                            WHERE
                                              "t33"."_overlaps" AND "t33"."start_date" IS NOT NULL
                                          ) AS "t36"
                                          INNER JOIN "scorecard_month_spine" AS "t10"
                                            ON "t36"."start_date" <= "t10"."month_end" AND "t36"."_until" > "t10"."month_end"
                                        ) AS "t38"
                                      ) AS "t40"
                                    ) AS "t42"
                                    WHERE
                                      "t42"."_rank" = 0
                                  ) AS "t43"
                                ) AS "t44"
                              ) AS "t46"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t48"."la_code",
                                  "t48"."child_id",
                                  "t48"."month",
                                  'UASC' AS "_uasc"
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      "t46"."la_code",
                                      "t46"."child_id",
                                      "t46"."month"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t39"."child_id",
                                          "t39"."start_date",
                                          "t39"."reason_new_episode",
                                          "t39"."legal_status",
                                          "t39"."category_of_need",
                                          "t39"."placement_type",
                                          "t39"."placement_provider",
                                          "t39"."end_date",
                                          "t39"."reason_ceased",
                                          "t39"."reason_place_change",
                                          "t39"."home_postcode",
                                          "t39"."placement_postcode",
                                          "t39"."urn",
                                          "t39"."placed_outside_council",
                                          "t39"."la_code",
                                          "t39"."load_id",
                                          "t39"."period_start",
                                          "t39"."period_start_seen",
                                          "t39"."placement_start",
                                          "t39"."short_break",
                                          "t39"."previous_placement_start",
                                          "t39"."period_end",
                                          "t39"."month",
                                          "t39"."month_end",
                                          "t39"."month_index"
                                        FROM (
                                          SELECT
                                            "t37"."child_id",
                                            "t37"."start_date",
                                            "t37"."reason_new_episode",
                                            "t37"."legal_status",
                                            "t37"."category_of_need",
                                            "t37"."placement_type",
                                            "t37"."placement_provider",
                                            "t37"."end_date",
                                            "t37"."reason_ceased",
                                            "t37"."reason_place_change",
                                            "t37"."home_postcode",
                                            "t37"."placement_postcode",
                                            "t37"."urn",
                                            "t37"."placed_outside_council",
                                            "t37"."la_code",
                                            "t37"."load_id",
                                            "t37"."period_start",
                                            "t37"."period_start_seen",
                                            "t37"."placement_start",
                                            "t37"."short_break",
                                            "t37"."previous_placement_start",
                                            "t37"."period_end",
                                            "t37"."_until",
                                            "t10"."month",
                                            "t10"."month_end",
                                            "t10"."month_index"
                                          FROM (
                                            SELECT
                                              "t33"."child_id",
                                              "t33"."start_date",
                                              "t33"."reason_new_episode",
                                              "t33"."legal_status",
                                              "t33"."category_of_need",
                                              "t33"."placement_type",
                                              "t33"."placement_provider",
                                              "t33"."end_date",
                                              "t33"."reason_ceased",
                                              "t33"."reason_place_change",
                                              "t33"."home_postcode",
                                              "t33"."placement_postcode",
                                              "t33"."urn",
                                              "t33"."placed_outside_council",
                                              "t33"."la_code",
                                              "t33"."load_id",
                                              "t33"."period_start",
                                              "t33"."period_start_seen",
                                              "t33"."placement_start",
                                              "t33"."short_break",
                                              "t33"."previous_placement_start",
                                              "t33"."period_end",
                                              COALESCE("t33"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                            FROM "t32" AS "t33"
                                            WHERE
                                              NOT (
                                                "t33"."_overlaps"
                                              ) AND "t33"."start_date" IS NOT NULL
                                          ) AS "t37"
                                          INNER JOIN "scorecard_month_spine" AS "t10"
                                            ON "t37"."start_date" <= "t10"."month_end" AND "t37"."_until" > "t10"."month_end"
                                        ) AS "t39"
                                      ) AS "t41"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t43"."child_id",
                                          "t43"."start_date",
                                          "t43"."reason_new_episode",
                                          "t43"."legal_status",
                                          "t43"."category_of_need",
                                          "t43"."placement_type",
                                          "t43"."placement_provider",
                                          "t43"."end_date",
                                          "t43"."reason_ceased",
                                          "t43"."reason_place_change",
                                          "t43"."home_postcode",
                                          "t43"."placement_postcode",
                                          "t43"."urn",
                                          "t43"."placed_outside_council",
                                          "t43"."la_code",
                                          "t43"."load_id",
                                          "t43"."period_start",
                                          "t43"."period_start_seen",
                                          "t43"."placement_start",
                                          "t43"."short_break",
                                          "t43"."previous_placement_start",
                                          "t43"."period_end",
                                          "t43"."month",
                                          "t43"."month_end",
                                          "t43"."month_index"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t40"."child_id",
                                              "t40"."start_date",
                                              "t40"."reason_new_episode",
                                              "t40"."legal_status",
                                              "t40"."category_of_need",
                                              "t40"."placement_type",
                                              "t40"."placement_provider",
                                              "t40"."end_date",
                                              "t40"."reason_ceased",
                                              "t40"."reason_place_change",
                                              "t40"."home_postcode",
                                              "t40"."placement_postcode",
                                              "t40"."urn",
                                              "t40"."placed_outside_council",
                                              "t40"."la_code",
                                              "t40"."load_id",
                                              "t40"."period_start",
                                              "t40"."period_start_seen",
                                              "t40"."placement_start",
                                              "t40"."short_break",
                                              "t40"."previous_placement_start",
                                              "t40"."period_end",
                                              "t40"."month",
                                              "t40"."month_end",
                                              "t40"."month_index",
                                              ROW_NUMBER() OVER (
                                                PARTITION BY "t40"."la_code", "t40"."child_id", "t40"."month"
                                                ORDER BY "t40"."start_date" DESC NULLS LAST
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) - 1 AS "_rank"
                                            FROM (
                                              SELECT
                                                "t38"."child_id",
                                                "t38"."start_date",
                                                "t38"."reason_new_episode",
                                                "t38"."legal_status",
                                                "t38"."category_of_need",
                                                "t38"."placement_type",
                                                "t38"."placement_provider",
                                                "t38"."end_date",
                                                "t38"."reason_ceased",
                                                "t38"."reason_place_change",
                                                "t38"."home_postcode",
                                                "t38"."placement_postcode",
                                                "t38"."urn",
                                                "t38"."placed_outside_council",
                                                "t38"."la_code",
                                                "t38"."load_id",
                                                "t38"."period_start",
                                                "t38"."period_start_seen",
                                                "t38"."placement_start",
                                                "t38"."short_break",
                                                "t38"."previous_placement_start",
                                                "t38"."period_end",
                                                "t38"."month",
                                                "t38"."month_end",
                                                "t38"."month_index"
                                              FROM (
                                                SELECT
                                                  "t36"."child_id",
                                                  "t36"."start_date",
                                                  "t36"."reason_new_episode",
                                                  "t36"."legal_status",
                                                  "t36"."category_of_need",
                                                  "t36"."placement_type",
                                                  "t36"."placement_provider",
                                                  "t36"."end_date",
                                                  "t36"."reason_ceased",
                                                  "t36"."reason_place_change",
                                                  "t36"."home_postcode",
                                                  "t36"."placement_postcode",
                                                  "t36"."urn",
                                                  "t36"."placed_outside_council",
                                                  "t36"."la_code",
                                                  "t36"."load_id",
                                                  "t36"."period_start",
                                                  "t36"."period_start_seen",
                                                  "t36"."placement_start",
                                                  "t36"."short_break",
                                                  "t36"."previous_placement_start",
                                                  "t36"."period_end",
                                                  "t36"."_until",
                                                  "t10"."month",
                                                  "t10"."month_end",
                                                  "t10"."month_index"
                                                FROM (
                                                  SELECT
                                                    "t33"."child_id",
                                                    "t33"."start_date",
                                                    "t33"."reason_new_episode",
                                                    "t33"."legal_status",
                                                    "t33"."category_of_need",
                                                    "t33"."placement_type",
                                                    "t33"."placement_provider",
                                                    "t33"."end_date",
                                                    "t33"."reason_ceased",
                                                    "t33"."reason_place_change",
                                                    "t33"."home_postcode",
                                                    "t33"."placement_postcode",
                                                    "t33"."urn",
                                                    "t33"."placed_outside_council",
                                                    "t33"."la_code",
                                                    "t33"."load_id",
                                                    "t33"."period_start",
                                                    "t33"."period_start_seen",
                                                    "t33"."placement_start",
                                                    "t33"."short_break",
                                                    "t33"."previous_placement_start",
                                                    "t33"."period_end",
                                                    COALESCE("t33"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                  FROM "t32" AS "t33"
                                                  WHERE
                                                    "t33"."_overlaps" AND "t33"."start_date" IS NOT NULL
                                                ) AS "t36"
                                                INNER JOIN "scorecard_month_spine" AS "t10"
                                                  ON "t36"."start_date" <= "t10"."month_end" AND "t36"."_until" > "t10"."month_end"
                                              ) AS "t38"
                                            ) AS "t40"
                                          ) AS "t42"
                                          WHERE
                                            "t42"."_rank" = 0
                                        ) AS "t43"
                                      ) AS "t44"
                                    ) AS "t46"
                                    INNER JOIN "uasc_status" AS "t12"
                                      ON "t46"."la_code" = "t12"."la_code"
                                      AND "t46"."child_id" = "t12"."child_id"
                                      AND COALESCE("t12"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) <= "t46"."month_end"
                                      AND COALESCE("t12"."end_date", MAKE_DATE(9999, 12, 31)) > "t46"."month_end"
                                  ) AS "t47"
                                ) AS "t48"
                              ) AS "t50"
                                ON "t46"."la_code" = "t50"."la_code"
                                AND "t46"."child_id" = "t50"."child_id"
                                AND "t46"."month" = "t50"."month"
                            ) AS "t51"
                          ) AS "t52"
                        ) AS "t53"
                      ) AS "t54"
                    ) AS "t56"
                    LEFT OUTER JOIN (
                      SELECT
                        "t22"."la_code",
                        "t22"."child_id",
                        "t22"."sex",
                        "t22"."ethnicity",
                        "t22"."date_of_birth",
                        "t22"."_disabled"
                      FROM (
                        SELECT
                          "t15"."la_code",
                          "t15"."child_id",
                          "t15"."sex",
                          "t15"."ethnicity",
                          "t15"."date_of_birth",
                          "t20"."la_code" AS "la_code_right",
                          "t20"."child_id" AS "child_id_right",
                          "t20"."_disabled"
                        FROM (
                          SELECT
                            "t4"."la_code",
                            "t4"."child_id",
                            "t4"."sex",
                            "t4"."ethnicity",
                            "t4"."date_of_birth"
                          FROM "person" AS "t4"
                        ) AS "t15"
                        LEFT OUTER JOIN (
                          SELECT
                            "t16"."la_code",
                            "t16"."child_id",
                            'Disabled' AS "_disabled"
                          FROM (
                            SELECT DISTINCT
                              "t5"."la_code",
                              "t5"."child_id"
                            FROM "disability" AS "t5"
                            WHERE
                              "t5"."disability" <> 'NONE'
                          ) AS "t16"
                        ) AS "t20"
                          ON "t15"."la_code" = "t20"."la_code" AND "t15"."child_id" = "t20"."child_id"
                      ) AS "t22"
                    ) AS "t25"
                      ON "t56"."la_code" = "t25"."la_code" AND "t56"."child_id" = "t25"."child_id"
                  ) AS "t57"
                ) AS "t58"
              ) AS "t59"
            ) AS "t60"
          ) AS "t61"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t62"
      ) AS "t63"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t65"
      ON "t65"."la_code" = "t9"."la_code"
      AND "t65"."indicator_id" = "t11"."indicator_id"
      AND "t65"."month_index" <= "t10"."month_index"
      AND "t65"."month_index" >= (
        "t10"."month_index" - CASE WHEN "t65"."breakdown" = 'month_alone' THEN 0 ELSE "t11"."months_back" END
      )
  ) AS "t66"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t79"."la_code",
  "t79"."indicator_id",
  "t79"."month",
  "t79"."breakdown",
  "t79"."breakdown_value",
  "t79"."numerator",
  CASE
    WHEN "t79"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t79"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE PRECISION)
    ELSE "t79"."denominator"
  END AS "denominator",
  CASE
    WHEN "t79"."unit" = 'count'
    THEN "t79"."numerator"
    WHEN "t79"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t79"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t79"."unit" = 'percent'
    THEN CASE
      WHEN "t79"."denominator" > 0
      THEN CAST("t79"."numerator" AS DOUBLE PRECISION) / "t79"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t79"."denominator" > 0
      THEN CAST("t79"."numerator" AS DOUBLE PRECISION) / "t79"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t73"."la_code",
      "t73"."indicator_id",
      "t73"."month",
      "t73"."breakdown",
      "t73"."breakdown_value",
      "t73"."unit",
      "t73"."numerator",
      "t73"."denominator"
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
            ('CLA1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS "t14"
        WHERE
          "t14"."months_back" > 0
      ) AS "t21"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t67" AS "t68"
            WHERE
              "t68"."breakdown" = 'month_alone'
          ) AS "t71"
          WHERE
            "t21"."la_code" = "t71"."la_code"
            AND "t21"."indicator_id" = "t71"."indicator_id"
            AND "t21"."month" = "t71"."month"
        )
    ) AS "t73"
  ) AS "t75"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t67" AS "t68"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t74"."la_code",
        "t74"."indicator_id",
        "t74"."month",
        "t74"."breakdown",
        "t74"."breakdown_value",
        "t74"."unit",
        "t74"."numerator",
        "t74"."denominator"
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
          ('CLA1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t67" AS "t68"
              WHERE
                "t68"."breakdown" = 'all'
            ) AS "t72"
            WHERE
              "t9"."la_code" = "t72"."la_code"
              AND "t11"."indicator_id" = "t72"."indicator_id"
              AND "t10"."month" = "t72"."month"
          )
      ) AS "t74"
    ) AS "t76"
  ) AS "t77"
) AS "t79"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t79"."la_code" = "t8"."la_code" AND "t79"."month" = "t8"."month"
