WITH "t28" AS (
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
    "t27"."period_end",
    "t27"."_reach",
    "t27"."_earlier_reach",
    BOOL_OR(COALESCE("t27"."_earlier_reach" > "t27"."start_date", FALSE)) OVER (
      PARTITION BY "t27"."la_code", "t27"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t26"."short_break",
      "t26"."previous_placement_start",
      "t26"."period_end",
      "t26"."_reach",
      LAG("t26"."_reach") OVER (
        PARTITION BY "t26"."la_code", "t26"."child_id"
        ORDER BY "t26"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t25"."child_id",
        "t25"."start_date",
        "t25"."reason_new_episode",
        "t25"."legal_status",
        "t25"."category_of_need",
        "t25"."placement_type",
        "t25"."placement_provider",
        "t25"."end_date",
        "t25"."reason_ceased",
        "t25"."reason_place_change",
        "t25"."home_postcode",
        "t25"."placement_postcode",
        "t25"."urn",
        "t25"."placed_outside_council",
        "t25"."la_code",
        "t25"."load_id",
        "t25"."period_start",
        "t25"."period_start_seen",
        "t25"."placement_start",
        "t25"."short_break",
        "t25"."previous_placement_start",
        "t25"."period_end",
        MAX(COALESCE("t25"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t25"."la_code", "t25"."child_id"
          ORDER BY "t25"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          *
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
            "t23"."short_break",
            "t23"."previous_placement_start",
            "t23"."period_end"
          FROM (
            SELECT
              "t22"."child_id",
              "t22"."start_date",
              "t22"."reason_new_episode",
              "t22"."legal_status",
              "t22"."category_of_need",
              "t22"."placement_type",
              "t22"."placement_provider",
              "t22"."end_date",
              "t22"."reason_ceased",
              "t22"."reason_place_change",
              "t22"."home_postcode",
              "t22"."placement_postcode",
              "t22"."urn",
              "t22"."placed_outside_council",
              "t22"."la_code",
              "t22"."load_id",
              "t22"."period_start",
              "t22"."period_start_seen",
              "t22"."placement_start",
              "t22"."_move",
              "t22"."short_break",
              "t22"."_previous",
              MAX("t22"."_previous") OVER (
                PARTITION BY "t22"."la_code", "t22"."child_id"
                ORDER BY "t22"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "previous_placement_start",
              CASE
                WHEN BOOL_OR("t22"."end_date" IS NULL) OVER (
                  PARTITION BY "t22"."la_code", "t22"."child_id", "t22"."period_start"
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
                THEN CAST(NULL AS DATE)
                ELSE MAX("t22"."end_date") OVER (
                  PARTITION BY "t22"."la_code", "t22"."child_id", "t22"."period_start"
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
              END AS "period_end"
            FROM (
              SELECT
                "t21"."child_id",
                "t21"."start_date",
                "t21"."reason_new_episode",
                "t21"."legal_status",
                "t21"."category_of_need",
                "t21"."placement_type",
                "t21"."placement_provider",
                "t21"."end_date",
                "t21"."reason_ceased",
                "t21"."reason_place_change",
                "t21"."home_postcode",
                "t21"."placement_postcode",
                "t21"."urn",
                "t21"."placed_outside_council",
                "t21"."la_code",
                "t21"."load_id",
                "t21"."period_start",
                "t21"."period_start_seen",
                "t21"."placement_start",
                "t21"."_move",
                "t21"."short_break",
                CASE
                  WHEN "t21"."_move" IS NOT NULL
                  THEN LAG("t21"."placement_start") OVER (
                    PARTITION BY "t21"."la_code", "t21"."child_id"
                    ORDER BY "t21"."start_date" ASC
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
              ) AS "t21"
            ) AS "t22"
          ) AS "t23"
        ) AS "t24"
        WHERE
          NOT (
            "t24"."short_break"
          ) AND "t24"."start_date" IS NOT NULL
      ) AS "t25"
    ) AS "t26"
  ) AS "t27"
), "t69" AS (
  SELECT
    "t68"."la_code",
    "t68"."indicator_id",
    "t68"."month",
    "t68"."breakdown",
    "t68"."breakdown_value",
    "t68"."unit",
    SUM("t68"."_num") AS "numerator",
    SUM("t68"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t67"."la_code" AS "la_code_right",
      "t67"."indicator_id" AS "indicator_id_right",
      "t67"."month_index" AS "month_index_right",
      "t67"."breakdown",
      "t67"."breakdown_value",
      "t67"."_num",
      "t67"."_den"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('HLT1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t65"."la_code",
        "t65"."indicator_id",
        "t65"."month_index",
        "t65"."breakdown",
        "t65"."breakdown_value",
        SUM("t65"."numerator") AS "_num",
        SUM("t65"."denominator") AS "_den"
      FROM (
        SELECT
          "t64"."la_code",
          'HLT1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t64"."month") * 12
            ) + EXTRACT(month FROM "t64"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t64"."breakdown_value",
          "t64"."numerator",
          "t64"."denominator"
        FROM (
          SELECT
            "t63"."la_code",
            "t63"."month",
            "t63"."_part",
            "t63"."breakdown_value",
            SUM("t63"."numerator") AS "numerator",
            SUM("t63"."denominator") AS "denominator"
          FROM (
            SELECT
              "t62"."la_code",
              "t62"."month",
              CASE WHEN COALESCE("t62"."_checked", FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t61"."child_id",
                "t61"."start_date",
                "t61"."reason_new_episode",
                "t61"."legal_status",
                "t61"."category_of_need",
                "t61"."placement_type",
                "t61"."placement_provider",
                "t61"."end_date",
                "t61"."reason_ceased",
                "t61"."reason_place_change",
                "t61"."home_postcode",
                "t61"."placement_postcode",
                "t61"."urn",
                "t61"."placed_outside_council",
                "t61"."la_code",
                "t61"."load_id",
                "t61"."period_start",
                "t61"."period_start_seen",
                "t61"."placement_start",
                "t61"."short_break",
                "t61"."previous_placement_start",
                "t61"."period_end",
                "t61"."month",
                "t61"."month_end",
                "t61"."month_index",
                "t61"."uasc",
                "t61"."date_of_birth",
                "t61"."_since",
                "t61"."_checked"
              FROM (
                SELECT
                  "t56"."child_id",
                  "t56"."start_date",
                  "t56"."reason_new_episode",
                  "t56"."legal_status",
                  "t56"."category_of_need",
                  "t56"."placement_type",
                  "t56"."placement_provider",
                  "t56"."end_date",
                  "t56"."reason_ceased",
                  "t56"."reason_place_change",
                  "t56"."home_postcode",
                  "t56"."placement_postcode",
                  "t56"."urn",
                  "t56"."placed_outside_council",
                  "t56"."la_code",
                  "t56"."load_id",
                  "t56"."period_start",
                  "t56"."period_start_seen",
                  "t56"."placement_start",
                  "t56"."short_break",
                  "t56"."previous_placement_start",
                  "t56"."period_end",
                  "t56"."month",
                  "t56"."month_end",
                  "t56"."month_index",
                  "t56"."uasc",
                  "t56"."date_of_birth",
                  "t56"."_since",
                  "t60"."la_code" AS "la_code_right",
                  "t60"."child_id" AS "child_id_right",
                  "t60"."month" AS "month_right",
                  "t60"."_checked"
                FROM (
                  SELECT
                    "t54"."child_id",
                    "t54"."start_date",
                    "t54"."reason_new_episode",
                    "t54"."legal_status",
                    "t54"."category_of_need",
                    "t54"."placement_type",
                    "t54"."placement_provider",
                    "t54"."end_date",
                    "t54"."reason_ceased",
                    "t54"."reason_place_change",
                    "t54"."home_postcode",
                    "t54"."placement_postcode",
                    "t54"."urn",
                    "t54"."placed_outside_council",
                    "t54"."la_code",
                    "t54"."load_id",
                    "t54"."period_start",
                    "t54"."period_start_seen",
                    "t54"."placement_start",
                    "t54"."short_break",
                    "t54"."previous_placement_start",
                    "t54"."period_end",
                    "t54"."month",
                    "t54"."month_end",
                    "t54"."month_index",
                    "t54"."uasc",
                    "t54"."date_of_birth",
                    "t54"."month_end" - MAKE_INTERVAL(
                      months => CAST(CASE
                        WHEN (
                          (
                            EXTRACT(year FROM "t54"."month_end") - EXTRACT(year FROM "t54"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t54"."month_end") * 100
                              ) + EXTRACT(day FROM "t54"."month_end")
                            ) < (
                              (
                                EXTRACT(month FROM "t54"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t54"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 5
                        THEN 6
                        ELSE 12
                      END AS INT)
                    ) AS "_since"
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
                      "t53"."uasc",
                      "t53"."date_of_birth"
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
                        "t52"."uasc",
                        "t15"."la_code" AS "la_code_right",
                        "t15"."child_id" AS "child_id_right",
                        "t15"."date_of_birth"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t49"."child_id",
                            "t49"."start_date",
                            "t49"."reason_new_episode",
                            "t49"."legal_status",
                            "t49"."category_of_need",
                            "t49"."placement_type",
                            "t49"."placement_provider",
                            "t49"."end_date",
                            "t49"."reason_ceased",
                            "t49"."reason_place_change",
                            "t49"."home_postcode",
                            "t49"."placement_postcode",
                            "t49"."urn",
                            "t49"."placed_outside_council",
                            "t49"."la_code",
                            "t49"."load_id",
                            "t49"."period_start",
                            "t49"."period_start_seen",
                            "t49"."placement_start",
                            "t49"."short_break",
                            "t49"."previous_placement_start",
                            "t49"."period_end",
                            "t49"."month",
                            "t49"."month_end",
                            "t49"."month_index",
                            "t49"."uasc"
                          FROM (
                            SELECT
                              "t48"."child_id",
                              "t48"."start_date",
                              "t48"."reason_new_episode",
                              "t48"."legal_status",
                              "t48"."category_of_need",
                              "t48"."placement_type",
                              "t48"."placement_provider",
                              "t48"."end_date",
                              "t48"."reason_ceased",
                              "t48"."reason_place_change",
                              "t48"."home_postcode",
                              "t48"."placement_postcode",
                              "t48"."urn",
                              "t48"."placed_outside_council",
                              "t48"."la_code",
                              "t48"."load_id",
                              "t48"."period_start",
                              "t48"."period_start_seen",
                              "t48"."placement_start",
                              "t48"."short_break",
                              "t48"."previous_placement_start",
                              "t48"."period_end",
                              "t48"."month",
                              "t48"."month_end",
                              "t48"."month_index",
                              "t48"."_uasc",
                              COALESCE("t48"."_uasc", 'Not UASC') AS "uasc"
                            FROM (
                              SELECT
                                "t47"."child_id",
                                "t47"."start_date",
                                "t47"."reason_new_episode",
                                "t47"."legal_status",
                                "t47"."category_of_need",
                                "t47"."placement_type",
                                "t47"."placement_provider",
                                "t47"."end_date",
                                "t47"."reason_ceased",
                                "t47"."reason_place_change",
                                "t47"."home_postcode",
                                "t47"."placement_postcode",
                                "t47"."urn",
                                "t47"."placed_outside_council",
                                "t47"."la_code",
                                "t47"."load_id",
                                "t47"."period_start",
                                "t47"."period_start_seen",
                                "t47"."placement_start",
                                "t47"."short_break",
                                "t47"."previous_placement_start",
                                "t47"."period_end",
                                "t47"."month",
                                "t47"."month_end",
                                "t47"."month_index",
                                "t47"."_uasc"
                              FROM (
                                SELECT
                                  "t42"."child_id",
                                  "t42"."start_date",
                                  "t42"."reason_new_episode",
                                  "t42"."legal_status",
                                  "t42"."category_of_need",
                                  "t42"."placement_type",
                                  "t42"."placement_provider",
                                  "t42"."end_date",
                                  "t42"."reason_ceased",
                                  "t42"."reason_place_change",
                                  "t42"."home_postcode",
                                  "t42"."placement_postcode",
                                  "t42"."urn",
                                  "t42"."placed_outside_council",
                                  "t42"."la_code",
                                  "t42"."load_id",
                                  "t42"."period_start",
                                  "t42"."period_start_seen",
                                  "t42"."placement_start",
                                  "t42"."short_break",
                                  "t42"."previous_placement_start",
                                  "t42"."period_end",
                                  "t42"."month",
                                  "t42"."month_end",
                                  "t42"."month_index",
                                  "t46"."la_code" AS "la_code_right",
                                  "t46"."child_id" AS "child_id_right",
                                  "t46"."month" AS "month_right",
                                  "t46"."_uasc"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t35"."child_id",
                                      "t35"."start_date",
                                      "t35"."reason_new_episode",
                                      "t35"."legal_status",
                                      "t35"."category_of_need",
                                      "t35"."placement_type",
                                      "t35"."placement_provider",
                                      "t35"."end_date",
                                      "t35"."reason_ceased",
                                      "t35"."reason_place_change",
                                      "t35"."home_postcode",
                                      "t35"."placement_postcode",
                                      "t35"."urn",
                                      "t35"."placed_outside_council",
                                      "t35"."la_code",
                                      "t35"."load_id",
                                      "t35"."period_start",
                                      "t35"."period_start_seen",
                                      "t35"."placement_start",
                                      "t35"."short_break",
                                      "t35"."previous_placement_start",
                                      "t35"."period_end",
                                      "t35"."month",
                                      "t35"."month_end",
                                      "t35"."month_index"
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
                                        "t33"."_until",
                                        "t10"."month",
                                        "t10"."month_end",
                                        "t10"."month_index"
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
                                          COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM "t28" AS "t29"
                                        WHERE
                                          NOT (
                                            "t29"."_overlaps"
                                          ) AND "t29"."start_date" IS NOT NULL
                                      ) AS "t33"
                                      INNER JOIN "scorecard_month_spine" AS "t10"
                                        ON "t33"."start_date" <= "t10"."month_end" AND "t33"."_until" > "t10"."month_end"
                                    ) AS "t35"
                                  ) AS "t37"
                                  UNION ALL
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
                                        *
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
                                          "t36"."month",
                                          "t36"."month_end",
                                          "t36"."month_index",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t36"."la_code", "t36"."child_id", "t36"."month"
                                            ORDER BY "t36"."start_date" DESC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "_rank"
                                        FROM (
                                          SELECT
                                            "t34"."child_id",
                                            "t34"."start_date",
                                            "t34"."reason_new_episode",
                                            "t34"."legal_status",
                                            "t34"."category_of_need",
                                            "t34"."placement_type",
                                            "t34"."placement_provider",
                                            "t34"."end_date",
                                            "t34"."reason_ceased",
                                            "t34"."reason_place_change",
                                            "t34"."home_postcode",
                                            "t34"."placement_postcode",
                                            "t34"."urn",
                                            "t34"."placed_outside_council",
                                            "t34"."la_code",
                                            "t34"."load_id",
                                            "t34"."period_start",
                                            "t34"."period_start_seen",
                                            "t34"."placement_start",
                                            "t34"."short_break",
                                            "t34"."previous_placement_start",
                                            "t34"."period_end",
                                            "t34"."month",
                                            "t34"."month_end",
                                            "t34"."month_index"
                                          FROM (
                                            SELECT
                                              "t32"."child_id",
                                              "t32"."start_date",
                                              "t32"."reason_new_episode",
                                              "t32"."legal_status",
                                              "t32"."category_of_need",
                                              "t32"."placement_type",
                                              "t32"."placement_provider",
                                              "t32"."end_date",
                                              "t32"."reason_ceased",
                                              "t32"."reason_place_change",
                                              "t32"."home_postcode",
                                              "t32"."placement_postcode",
                                              "t32"."urn",
                                              "t32"."placed_outside_council",
                                              "t32"."la_code",
                                              "t32"."load_id",
                                              "t32"."period_start",
                                              "t32"."period_start_seen",
                                              "t32"."placement_start",
                                              "t32"."short_break",
                                              "t32"."previous_placement_start",
                                              "t32"."period_end",
                                              "t32"."_until",
                                              "t10"."month",
                                              "t10"."month_end",
                                              "t10"."month_index"
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
                                                COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t28" AS "t29"
                                              WHERE
                                                "t29"."_overlaps" AND "t29"."start_date" IS NOT NULL
                                            ) AS "t32"
                                            INNER JOIN "scorecard_month_spine" AS "t10"
                                              ON "t32"."start_date" <= "t10"."month_end" AND "t32"."_until" > "t10"."month_end"
                                          ) AS "t34"
                                        ) AS "t36"
                                      ) AS "t38"
                                      WHERE
                                        "t38"."_rank" = 0
                                    ) AS "t39"
                                  ) AS "t40"
                                ) AS "t42"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t44"."la_code",
                                    "t44"."child_id",
                                    "t44"."month",
                                    'UASC' AS "_uasc"
                                  FROM (
                                    SELECT DISTINCT
                                      *
                                    FROM (
                                      SELECT
                                        "t42"."la_code",
                                        "t42"."child_id",
                                        "t42"."month"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t35"."child_id",
                                            "t35"."start_date",
                                            "t35"."reason_new_episode",
                                            "t35"."legal_status",
                                            "t35"."category_of_need",
                                            "t35"."placement_type",
                                            "t35"."placement_provider",
                                            "t35"."end_date",
                                            "t35"."reason_ceased",
                                            "t35"."reason_place_change",
                                            "t35"."home_postcode",
                                            "t35"."placement_postcode",
                                            "t35"."urn",
                                            "t35"."placed_outside_council",
                                            "t35"."la_code",
                                            "t35"."load_id",
                                            "t35"."period_start",
                                            "t35"."period_start_seen",
                                            "t35"."placement_start",
                                            "t35"."short_break",
                                            "t35"."previous_placement_start",
                                            "t35"."period_end",
                                            "t35"."month",
                                            "t35"."month_end",
                                            "t35"."month_index"
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
                                              "t33"."_until",
                                              "t10"."month",
                                              "t10"."month_end",
                                              "t10"."month_index"
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
                                                COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t28" AS "t29"
                                              WHERE
                                                NOT (
                                                  "t29"."_overlaps"
                                                ) AND "t29"."start_date" IS NOT NULL
                                            ) AS "t33"
                                            INNER JOIN "scorecard_month_spine" AS "t10"
                                              ON "t33"."start_date" <= "t10"."month_end" AND "t33"."_until" > "t10"."month_end"
                                          ) AS "t35"
                                        ) AS "t37"
                                        UNION ALL
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
                                              *
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
                                                "t36"."month",
                                                "t36"."month_end",
                                                "t36"."month_index",
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY "t36"."la_code", "t36"."child_id", "t36"."month"
                                                  ORDER BY "t36"."start_date" DESC NULLS LAST
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) - 1 AS "_rank"
                                              FROM (
                                                SELECT
                                                  "t34"."child_id",
                                                  "t34"."start_date",
                                                  "t34"."reason_new_episode",
                                                  "t34"."legal_status",
                                                  "t34"."category_of_need",
                                                  "t34"."placement_type",
                                                  "t34"."placement_provider",
                                                  "t34"."end_date",
                                                  "t34"."reason_ceased",
                                                  "t34"."reason_place_change",
                                                  "t34"."home_postcode",
                                                  "t34"."placement_postcode",
                                                  "t34"."urn",
                                                  "t34"."placed_outside_council",
                                                  "t34"."la_code",
                                                  "t34"."load_id",
                                                  "t34"."period_start",
                                                  "t34"."period_start_seen",
                                                  "t34"."placement_start",
                                                  "t34"."short_break",
                                                  "t34"."previous_placement_start",
                                                  "t34"."period_end",
                                                  "t34"."month",
                                                  "t34"."month_end",
                                                  "t34"."month_index"
                                                FROM (
                                                  SELECT
                                                    "t32"."child_id",
                                                    "t32"."start_date",
                                                    "t32"."reason_new_episode",
                                                    "t32"."legal_status",
                                                    "t32"."category_of_need",
                                                    "t32"."placement_type",
                                                    "t32"."placement_provider",
                                                    "t32"."end_date",
                                                    "t32"."reason_ceased",
                                                    "t32"."reason_place_change",
                                                    "t32"."home_postcode",
                                                    "t32"."placement_postcode",
                                                    "t32"."urn",
                                                    "t32"."placed_outside_council",
                                                    "t32"."la_code",
                                                    "t32"."load_id",
                                                    "t32"."period_start",
                                                    "t32"."period_start_seen",
                                                    "t32"."placement_start",
                                                    "t32"."short_break",
                                                    "t32"."previous_placement_start",
                                                    "t32"."period_end",
                                                    "t32"."_until",
                                                    "t10"."month",
                                                    "t10"."month_end",
                                                    "t10"."month_index"
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
                                                      COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                    FROM "t28" AS "t29"
                                                    WHERE
                                                      "t29"."_overlaps" AND "t29"."start_date" IS NOT NULL
                                                  ) AS "t32"
                                                  INNER JOIN "scorecard_month_spine" AS "t10"
                                                    ON "t32"."start_date" <= "t10"."month_end" AND "t32"."_until" > "t10"."month_end"
                                                ) AS "t34"
                                              ) AS "t36"
                                            ) AS "t38"
                                            WHERE
                                              "t38"."_rank" = 0
                                          ) AS "t39"
                                        ) AS "t40"
                                      ) AS "t42"
                                      INNER JOIN "uasc_status" AS "t12"
                                        ON "t42"."la_code" = "t12"."la_code"
                                        AND "t42"."child_id" = "t12"."child_id"
                                        AND COALESCE("t12"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) <= "t42"."month_end"
                                        AND COALESCE("t12"."end_date", MAKE_DATE(9999, 12, 31)) > "t42"."month_end"
                                    ) AS "t43"
                                  ) AS "t44"
                                ) AS "t46"
                                  ON "t42"."la_code" = "t46"."la_code"
                                  AND "t42"."child_id" = "t46"."child_id"
                                  AND "t42"."month" = "t46"."month"
                              ) AS "t47"
                            ) AS "t48"
                          ) AS "t49"
                        ) AS "t50"
                        WHERE
                          "t50"."period_start" <= (
                            "t50"."month_end" - INTERVAL '1 YEAR'
                          )
                      ) AS "t52"
                      LEFT OUTER JOIN (
                        SELECT
                          "t4"."la_code",
                          "t4"."child_id",
                          "t4"."date_of_birth"
                        FROM "person" AS "t4"
                      ) AS "t15"
                        ON "t52"."la_code" = "t15"."la_code" AND "t52"."child_id" = "t15"."child_id"
                    ) AS "t53"
                  ) AS "t54"
                ) AS "t56"
                LEFT OUTER JOIN (
                  SELECT
                    "t58"."la_code",
                    "t58"."child_id",
                    "t58"."month",
                    TRUE AS "_checked"
                  FROM (
                    SELECT DISTINCT
                      *
                    FROM (
                      SELECT
                        "t56"."la_code",
                        "t56"."child_id",
                        "t56"."month"
                      FROM (
                        SELECT
                          "t54"."child_id",
                          "t54"."start_date",
                          "t54"."reason_new_episode",
                          "t54"."legal_status",
                          "t54"."category_of_need",
                          "t54"."placement_type",
                          "t54"."placement_provider",
                          "t54"."end_date",
                          "t54"."reason_ceased",
                          "t54"."reason_place_change",
                          "t54"."home_postcode",
                          "t54"."placement_postcode",
                          "t54"."urn",
                          "t54"."placed_outside_council",
                          "t54"."la_code",
                          "t54"."load_id",
                          "t54"."period_start",
                          "t54"."period_start_seen",
                          "t54"."placement_start",
                          "t54"."short_break",
                          "t54"."previous_placement_start",
                          "t54"."period_end",
                          "t54"."month",
                          "t54"."month_end",
                          "t54"."month_index",
                          "t54"."uasc",
                          "t54"."date_of_birth",
                          "t54"."month_end" - MAKE_INTERVAL(
                            months => CAST(CASE
                              WHEN (
                                (
                                  EXTRACT(year FROM "t54"."month_end") - EXTRACT(year FROM "t54"."date_of_birth")
                                ) - CASE
                                  WHEN (
                                    (
                                      EXTRACT(month FROM "t54"."month_end") * 100
                                    ) + EXTRACT(day FROM "t54"."month_end")
                                  ) < (
                                    (
                                      EXTRACT(month FROM "t54"."date_of_birth") * 100
                                    ) + EXTRACT(day FROM "t54"."date_of_birth")
                                  )
                                  THEN 1
                                  ELSE 0
                                END
                              ) < 5
                              THEN 6
                              ELSE 12
                            END AS INT)
                          ) AS "_since"
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
                            "t53"."uasc",
                            "t53"."date_of_birth"
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
                              "t52"."uasc",
                              "t15"."la_code" AS "la_code_right",
                              "t15"."child_id" AS "child_id_right",
                              "t15"."date_of_birth"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t49"."child_id",
                                  "t49"."start_date",
                                  "t49"."reason_new_episode",
                                  "t49"."legal_status",
                                  "t49"."category_of_need",
                                  "t49"."placement_type",
                                  "t49"."placement_provider",
                                  "t49"."end_date",
                                  "t49"."reason_ceased",
                                  "t49"."reason_place_change",
                                  "t49"."home_postcode",
                                  "t49"."placement_postcode",
                                  "t49"."urn",
                                  "t49"."placed_outside_council",
                                  "t49"."la_code",
                                  "t49"."load_id",
                                  "t49"."period_start",
                                  "t49"."period_start_seen",
                                  "t49"."placement_start",
                                  "t49"."short_break",
                                  "t49"."previous_placement_start",
                                  "t49"."period_end",
                                  "t49"."month",
                                  "t49"."month_end",
                                  "t49"."month_index",
                                  "t49"."uasc"
                                FROM (
                                  SELECT
                                    "t48"."child_id",
                                    "t48"."start_date",
                                    "t48"."reason_new_episode",
                                    "t48"."legal_status",
                                    "t48"."category_of_need",
                                    "t48"."placement_type",
                                    "t48"."placement_provider",
                                    "t48"."end_date",
                                    "t48"."reason_ceased",
                                    "t48"."reason_place_change",
                                    "t48"."home_postcode",
                                    "t48"."placement_postcode",
                                    "t48"."urn",
                                    "t48"."placed_outside_council",
                                    "t48"."la_code",
                                    "t48"."load_id",
                                    "t48"."period_start",
                                    "t48"."period_start_seen",
                                    "t48"."placement_start",
                                    "t48"."short_break",
                                    "t48"."previous_placement_start",
                                    "t48"."period_end",
                                    "t48"."month",
                                    "t48"."month_end",
                                    "t48"."month_index",
                                    "t48"."_uasc",
                                    COALESCE("t48"."_uasc", 'Not UASC') AS "uasc"
                                  FROM (
                                    SELECT
                                      "t47"."child_id",
                                      "t47"."start_date",
                                      "t47"."reason_new_episode",
                                      "t47"."legal_status",
                                      "t47"."category_of_need",
                                      "t47"."placement_type",
                                      "t47"."placement_provider",
                                      "t47"."end_date",
                                      "t47"."reason_ceased",
                                      "t47"."reason_place_change",
                                      "t47"."home_postcode",
                                      "t47"."placement_postcode",
                                      "t47"."urn",
                                      "t47"."placed_outside_council",
                                      "t47"."la_code",
                                      "t47"."load_id",
                                      "t47"."period_start",
                                      "t47"."period_start_seen",
                                      "t47"."placement_start",
                                      "t47"."short_break",
                                      "t47"."previous_placement_start",
                                      "t47"."period_end",
                                      "t47"."month",
                                      "t47"."month_end",
                                      "t47"."month_index",
                                      "t47"."_uasc"
                                    FROM (
                                      SELECT
                                        "t42"."child_id",
                                        "t42"."start_date",
                                        "t42"."reason_new_episode",
                                        "t42"."legal_status",
                                        "t42"."category_of_need",
                                        "t42"."placement_type",
                                        "t42"."placement_provider",
                                        "t42"."end_date",
                                        "t42"."reason_ceased",
                                        "t42"."reason_place_change",
                                        "t42"."home_postcode",
                                        "t42"."placement_postcode",
                                        "t42"."urn",
                                        "t42"."placed_outside_council",
                                        "t42"."la_code",
                                        "t42"."load_id",
                                        "t42"."period_start",
                                        "t42"."period_start_seen",
                                        "t42"."placement_start",
                                        "t42"."short_break",
                                        "t42"."previous_placement_start",
                                        "t42"."period_end",
                                        "t42"."month",
                                        "t42"."month_end",
                                        "t42"."month_index",
                                        "t46"."la_code" AS "la_code_right",
                                        "t46"."child_id" AS "child_id_right",
                                        "t46"."month" AS "month_right",
                                        "t46"."_uasc"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t35"."child_id",
                                            "t35"."start_date",
                                            "t35"."reason_new_episode",
                                            "t35"."legal_status",
                                            "t35"."category_of_need",
                                            "t35"."placement_type",
                                            "t35"."placement_provider",
                                            "t35"."end_date",
                                            "t35"."reason_ceased",
                                            "t35"."reason_place_change",
                                            "t35"."home_postcode",
                                            "t35"."placement_postcode",
                                            "t35"."urn",
                                            "t35"."placed_outside_council",
                                            "t35"."la_code",
                                            "t35"."load_id",
                                            "t35"."period_start",
                                            "t35"."period_start_seen",
                                            "t35"."placement_start",
                                            "t35"."short_break",
                                            "t35"."previous_placement_start",
                                            "t35"."period_end",
                                            "t35"."month",
                                            "t35"."month_end",
                                            "t35"."month_index"
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
                                              "t33"."_until",
                                              "t10"."month",
                                              "t10"."month_end",
                                              "t10"."month_index"
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
                                                COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t28" AS "t29"
                                              WHERE
                                                NOT (
                                                  "t29"."_overlaps"
                                                ) AND "t29"."start_date" IS NOT NULL
                                            ) AS "t33"
                                            INNER JOIN "scorecard_month_spine" AS "t10"
                                              ON "t33"."start_date" <= "t10"."month_end" AND "t33"."_until" > "t10"."month_end"
                                          ) AS "t35"
                                        ) AS "t37"
                                        UNION ALL
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
                                              *
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
                                                "t36"."month",
                                                "t36"."month_end",
                                                "t36"."month_index",
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY "t36"."la_code", "t36"."child_id", "t36"."month"
                                                  ORDER BY "t36"."start_date" DESC NULLS LAST
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) - 1 AS "_rank"
                                              FROM (
                                                SELECT
                                                  "t34"."child_id",
                                                  "t34"."start_date",
                                                  "t34"."reason_new_episode",
                                                  "t34"."legal_status",
                                                  "t34"."category_of_need",
                                                  "t34"."placement_type",
                                                  "t34"."placement_provider",
                                                  "t34"."end_date",
                                                  "t34"."reason_ceased",
                                                  "t34"."reason_place_change",
                                                  "t34"."home_postcode",
                                                  "t34"."placement_postcode",
                                                  "t34"."urn",
                                                  "t34"."placed_outside_council",
                                                  "t34"."la_code",
                                                  "t34"."load_id",
                                                  "t34"."period_start",
                                                  "t34"."period_start_seen",
                                                  "t34"."placement_start",
                                                  "t34"."short_break",
                                                  "t34"."previous_placement_start",
                                                  "t34"."period_end",
                                                  "t34"."month",
                                                  "t34"."month_end",
                                                  "t34"."month_index"
                                                FROM (
                                                  SELECT
                                                    "t32"."child_id",
                                                    "t32"."start_date",
                                                    "t32"."reason_new_episode",
                                                    "t32"."legal_status",
                                                    "t32"."category_of_need",
                                                    "t32"."placement_type",
                                                    "t32"."placement_provider",
                                                    "t32"."end_date",
                                                    "t32"."reason_ceased",
                                                    "t32"."reason_place_change",
                                                    "t32"."home_postcode",
                                                    "t32"."placement_postcode",
                                                    "t32"."urn",
                                                    "t32"."placed_outside_council",
                                                    "t32"."la_code",
                                                    "t32"."load_id",
                                                    "t32"."period_start",
                                                    "t32"."period_start_seen",
                                                    "t32"."placement_start",
                                                    "t32"."short_break",
                                                    "t32"."previous_placement_start",
                                                    "t32"."period_end",
                                                    "t32"."_until",
                                                    "t10"."month",
                                                    "t10"."month_end",
                                                    "t10"."month_index"
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
                                                      COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                    FROM "t28" AS "t29"
                                                    WHERE
                                                      "t29"."_overlaps" AND "t29"."start_date" IS NOT NULL
                                                  ) AS "t32"
                                                  INNER JOIN "scorecard_month_spine" AS "t10"
                                                    ON "t32"."start_date" <= "t10"."month_end" AND "t32"."_until" > "t10"."month_end"
                                                ) AS "t34"
                                              ) AS "t36"
                                            ) AS "t38"
                                            WHERE
                                              "t38"."_rank" = 0
                                          ) AS "t39"
                                        ) AS "t40"
                                      ) AS "t42"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t44"."la_code",
                                          "t44"."child_id",
                                          "t44"."month",
                                          'UASC' AS "_uasc"
                                        FROM (
                                          SELECT DISTINCT
                                            *
                                          FROM (
                                            SELECT
                                              "t42"."la_code",
                                              "t42"."child_id",
                                              "t42"."month"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t35"."child_id",
                                                  "t35"."start_date",
                                                  "t35"."reason_new_episode",
                                                  "t35"."legal_status",
                                                  "t35"."category_of_need",
                                                  "t35"."placement_type",
                                                  "t35"."placement_provider",
                                                  "t35"."end_date",
                                                  "t35"."reason_ceased",
                                                  "t35"."reason_place_change",
                                                  "t35"."home_postcode",
                                                  "t35"."placement_postcode",
                                                  "t35"."urn",
                                                  "t35"."placed_outside_council",
                                                  "t35"."la_code",
                                                  "t35"."load_id",
                                                  "t35"."period_start",
                                                  "t35"."period_start_seen",
                                                  "t35"."placement_start",
                                                  "t35"."short_break",
                                                  "t35"."previous_placement_start",
                                                  "t35"."period_end",
                                                  "t35"."month",
                                                  "t35"."month_end",
                                                  "t35"."month_index"
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
                                                    "t33"."_until",
                                                    "t10"."month",
                                                    "t10"."month_end",
                                                    "t10"."month_index"
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
                                                      COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                    FROM "t28" AS "t29"
                                                    WHERE
                                                      NOT (
                                                        "t29"."_overlaps"
                                                      ) AND "t29"."start_date" IS NOT NULL
                                                  ) AS "t33"
                                                  INNER JOIN "scorecard_month_spine" AS "t10"
                                                    ON "t33"."start_date" <= "t10"."month_end" AND "t33"."_until" > "t10"."month_end"
                                                ) AS "t35"
                                              ) AS "t37"
                                              UNION ALL
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
                                                    *
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
                                                      "t36"."month",
                                                      "t36"."month_end",
                                                      "t36"."month_index",
                                                      ROW_NUMBER() OVER (
                                                        PARTITION BY "t36"."la_code", "t36"."child_id", "t36"."month"
                                                        ORDER BY "t36"."start_date" DESC NULLS LAST
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                      ) - 1 AS "_rank"
                                                    FROM (
                                                      SELECT
                                                        "t34"."child_id",
                                                        "t34"."start_date",
                                                        "t34"."reason_new_episode",
                                                        "t34"."legal_status",
                                                        "t34"."category_of_need",
                                                        "t34"."placement_type",
                                                        "t34"."placement_provider",
                                                        "t34"."end_date",
                                                        "t34"."reason_ceased",
                                                        "t34"."reason_place_change",
                                                        "t34"."home_postcode",
                                                        "t34"."placement_postcode",
                                                        "t34"."urn",
                                                        "t34"."placed_outside_council",
                                                        "t34"."la_code",
                                                        "t34"."load_id",
                                                        "t34"."period_start",
                                                        "t34"."period_start_seen",
                                                        "t34"."placement_start",
                                                        "t34"."short_break",
                                                        "t34"."previous_placement_start",
                                                        "t34"."period_end",
                                                        "t34"."month",
                                                        "t34"."month_end",
                                                        "t34"."month_index"
                                                      FROM (
                                                        SELECT
                                                          "t32"."child_id",
                                                          "t32"."start_date",
                                                          "t32"."reason_new_episode",
                                                          "t32"."legal_status",
                                                          "t32"."category_of_need",
                                                          "t32"."placement_type",
                                                          "t32"."placement_provider",
                                                          "t32"."end_date",
                                                          "t32"."reason_ceased",
                                                          "t32"."reason_place_change",
                                                          "t32"."home_postcode",
                                                          "t32"."placement_postcode",
                                                          "t32"."urn",
                                                          "t32"."placed_outside_council",
                                                          "t32"."la_code",
                                                          "t32"."load_id",
                                                          "t32"."period_start",
                                                          "t32"."period_start_seen",
                                                          "t32"."placement_start",
                                                          "t32"."short_break",
                                                          "t32"."previous_placement_start",
                                                          "t32"."period_end",
                                                          "t32"."_until",
                                                          "t10"."month",
                                                          "t10"."month_end",
                                                          "t10"."month_index"
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
                                                            COALESCE("t29"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                          FROM "t28" AS "t29"
                                                          WHERE
                                                            "t29"."_overlaps" AND "t29"."start_date" IS NOT NULL
                                                        ) AS "t32"
                                                        INNER JOIN "scorecard_month_spine" AS "t10"
                                                          ON "t32"."start_date" <= "t10"."month_end" AND "t32"."_until" > "t10"."month_end"
                                                      ) AS "t34"
                                                    ) AS "t36"
                                                  ) AS "t38"
                                                  WHERE
                                                    "t38"."_rank" = 0
                                                ) AS "t39"
                                              ) AS "t40"
                                            ) AS "t42"
                                            INNER JOIN "uasc_status" AS "t12"
                                              ON "t42"."la_code" = "t12"."la_code"
                                              AND "t42"."child_id" = "t12"."child_id"
                                              AND COALESCE("t12"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) <= "t42"."month_end"
                                              AND COALESCE("t12"."end_date", MAKE_DATE(9999, 12, 31)) > "t42"."month_end"
                                          ) AS "t43"
                                        ) AS "t44"
                                      ) AS "t46"
                                        ON "t42"."la_code" = "t46"."la_code"
                                        AND "t42"."child_id" = "t46"."child_id"
                                        AND "t42"."month" = "t46"."month"
                                    ) AS "t47"
                                  ) AS "t48"
                                ) AS "t49"
                              ) AS "t50"
                              WHERE
                                "t50"."period_start" <= (
                                  "t50"."month_end" - INTERVAL '1 YEAR'
                                )
                            ) AS "t52"
                            LEFT OUTER JOIN (
                              SELECT
                                "t4"."la_code",
                                "t4"."child_id",
                                "t4"."date_of_birth"
                              FROM "person" AS "t4"
                            ) AS "t15"
                              ON "t52"."la_code" = "t15"."la_code" AND "t52"."child_id" = "t15"."child_id"
                          ) AS "t53"
                        ) AS "t54"
                      ) AS "t56"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "health_check" AS "t5"
                        WHERE
                          "t5"."check_type" = 'HEALTH'
                      ) AS "t18"
                        ON "t56"."la_code" = "t18"."la_code"
                        AND "t56"."child_id" = "t18"."child_id"
                        AND "t18"."check_date" > "t56"."_since"
                        AND "t18"."check_date" <= "t56"."month_end"
                    ) AS "t57"
                  ) AS "t58"
                ) AS "t60"
                  ON "t56"."la_code" = "t60"."la_code"
                  AND "t56"."child_id" = "t60"."child_id"
                  AND "t56"."month" = "t60"."month"
              ) AS "t61"
            ) AS "t62"
          ) AS "t63"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t64"
      ) AS "t65"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t67"
      ON "t67"."la_code" = "t9"."la_code"
      AND "t67"."indicator_id" = "t11"."indicator_id"
      AND "t67"."month_index" <= "t10"."month_index"
      AND "t67"."month_index" >= (
        "t10"."month_index" - CASE WHEN "t67"."breakdown" = 'month_alone' THEN 0 ELSE "t11"."months_back" END
      )
  ) AS "t68"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t81"."la_code",
  "t81"."indicator_id",
  "t81"."month",
  "t81"."breakdown",
  "t81"."breakdown_value",
  "t81"."numerator",
  CASE
    WHEN "t81"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t81"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE PRECISION)
    ELSE "t81"."denominator"
  END AS "denominator",
  CASE
    WHEN "t81"."unit" = 'count'
    THEN "t81"."numerator"
    WHEN "t81"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t81"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t81"."unit" = 'percent'
    THEN CASE
      WHEN "t81"."denominator" > 0
      THEN CAST("t81"."numerator" AS DOUBLE PRECISION) / "t81"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t81"."denominator" > 0
      THEN CAST("t81"."numerator" AS DOUBLE PRECISION) / "t81"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t75"."la_code",
      "t75"."indicator_id",
      "t75"."month",
      "t75"."breakdown",
      "t75"."breakdown_value",
      "t75"."unit",
      "t75"."numerator",
      "t75"."denominator"
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
            ('HLT1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS "t14"
        WHERE
          "t14"."months_back" > 0
      ) AS "t20"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t69" AS "t70"
            WHERE
              "t70"."breakdown" = 'month_alone'
          ) AS "t73"
          WHERE
            "t20"."la_code" = "t73"."la_code"
            AND "t20"."indicator_id" = "t73"."indicator_id"
            AND "t20"."month" = "t73"."month"
        )
    ) AS "t75"
  ) AS "t77"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t69" AS "t70"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t76"."la_code",
        "t76"."indicator_id",
        "t76"."month",
        "t76"."breakdown",
        "t76"."breakdown_value",
        "t76"."unit",
        "t76"."numerator",
        "t76"."denominator"
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
          ('HLT1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t69" AS "t70"
              WHERE
                "t70"."breakdown" = 'all'
            ) AS "t74"
            WHERE
              "t9"."la_code" = "t74"."la_code"
              AND "t11"."indicator_id" = "t74"."indicator_id"
              AND "t10"."month" = "t74"."month"
          )
      ) AS "t76"
    ) AS "t78"
  ) AS "t79"
) AS "t81"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t81"."la_code" = "t8"."la_code" AND "t81"."month" = "t8"."month"
