WITH "t25" AS (
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
          "t18"."child_id",
          "t18"."start_date",
          "t18"."reason_new_episode",
          "t18"."legal_status",
          "t18"."category_of_need",
          "t18"."placement_type",
          "t18"."placement_provider",
          "t18"."end_date",
          "t18"."reason_ceased",
          "t18"."reason_place_change",
          "t18"."home_postcode",
          "t18"."placement_postcode",
          "t18"."urn",
          "t18"."placed_outside_council",
          "t18"."la_code",
          "t18"."load_id",
          "t18"."period_start",
          "t18"."period_start_seen",
          "t18"."placement_start",
          "t18"."_move",
          "t18"."short_break",
          CASE
            WHEN "t18"."_move" IS NOT NULL
            THEN LAG("t18"."placement_start") OVER (
              PARTITION BY "t18"."la_code", "t18"."child_id"
              ORDER BY "t18"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            )
            ELSE CAST(NULL AS DATE)
          END AS "_previous"
        FROM (
          SELECT
            "t11"."child_id",
            "t11"."start_date",
            "t11"."reason_new_episode",
            "t11"."legal_status",
            "t11"."category_of_need",
            "t11"."placement_type",
            "t11"."placement_provider",
            "t11"."end_date",
            "t11"."reason_ceased",
            "t11"."reason_place_change",
            "t11"."home_postcode",
            "t11"."placement_postcode",
            "t11"."urn",
            "t11"."placed_outside_council",
            "t11"."la_code",
            "t11"."load_id",
            COALESCE(
              MAX(
                CASE
                  WHEN "t11"."reason_new_episode" = 'S'
                  THEN "t11"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t11"."la_code", "t11"."child_id"
                ORDER BY "t11"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t11"."start_date") OVER (
                PARTITION BY "t11"."la_code", "t11"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "period_start",
            MAX(
              CASE
                WHEN "t11"."reason_new_episode" = 'S'
                THEN "t11"."start_date"
                ELSE CAST(NULL AS DATE)
              END
            ) OVER (
              PARTITION BY "t11"."la_code", "t11"."child_id"
              ORDER BY "t11"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS "period_start_seen",
            COALESCE(
              MAX(
                CASE
                  WHEN "t11"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                  THEN "t11"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t11"."la_code", "t11"."child_id"
                ORDER BY "t11"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t11"."start_date") OVER (
                PARTITION BY "t11"."la_code", "t11"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "placement_start",
            CASE
              WHEN "t11"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
              THEN "t11"."start_date"
              ELSE CAST(NULL AS DATE)
            END AS "_move",
            "t11"."legal_status" IN ('V3', 'V4') AS "short_break"
          FROM (
            SELECT
              *
            FROM "looked_after_episode" AS "t5"
            WHERE
              "t5"."start_date" IS NOT NULL
          ) AS "t11"
        ) AS "t18"
      ) AS "t22"
    ) AS "t23"
  ) AS "t24"
  WHERE
    NOT (
      "t24"."short_break"
    ) AND "t24"."start_date" IS NOT NULL
), "t35" AS (
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
    "t34"."_reach",
    "t34"."_earlier_reach",
    BOOL_OR(COALESCE("t34"."_earlier_reach" > "t34"."start_date", FALSE)) OVER (
      PARTITION BY "t34"."la_code", "t34"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t33"."_reach",
      LAG("t33"."_reach") OVER (
        PARTITION BY "t33"."la_code", "t33"."child_id"
        ORDER BY "t33"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        MAX(COALESCE("t32"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t32"."la_code", "t32"."child_id"
          ORDER BY "t32"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
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
        FROM "t25" AS "t27"
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                "t28"."la_code",
                "t28"."child_id"
              FROM (
                SELECT
                  "t26"."la_code",
                  "t26"."child_id",
                  COUNT(*) AS "_records"
                FROM "t25" AS "t26"
                GROUP BY
                  1,
                  2
              ) AS "t28"
              WHERE
                "t28"."_records" > 1
            ) AS "t30"
            WHERE
              "t27"."la_code" = "t30"."la_code" AND "t27"."child_id" = "t30"."child_id"
          )
      ) AS "t32"
    ) AS "t33"
  ) AS "t34"
), "t62" AS (
  SELECT
    "t61"."la_code",
    "t61"."indicator_id",
    "t61"."month",
    "t61"."breakdown",
    "t61"."breakdown_value",
    "t61"."unit",
    SUM("t61"."_num") AS "numerator",
    SUM("t61"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t60"."la_code" AS "la_code_right",
      "t60"."indicator_id" AS "indicator_id_right",
      "t60"."month_index" AS "month_index_right",
      "t60"."breakdown",
      "t60"."breakdown_value",
      "t60"."_num",
      "t60"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('CLA8c', 0, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t58"."la_code",
        "t58"."indicator_id",
        "t58"."month_index",
        "t58"."breakdown",
        "t58"."breakdown_value",
        SUM("t58"."numerator") AS "_num",
        SUM("t58"."denominator") AS "_den"
      FROM (
        SELECT
          "t57"."la_code",
          'CLA8c' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t57"."month") * 12
            ) + EXTRACT(month FROM "t57"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t57"."breakdown_value",
          "t57"."numerator",
          "t57"."denominator"
        FROM (
          SELECT
            "t56"."la_code",
            "t56"."month",
            "t56"."_part",
            "t56"."breakdown_value",
            SUM("t56"."numerator") AS "numerator",
            SUM("t56"."denominator") AS "denominator"
          FROM (
            SELECT
              "t55"."la_code",
              "t55"."month",
              CASE
                WHEN COALESCE("t55"."placement_type" IN ('A3', 'A4', 'A5', 'A6'), FALSE)
                THEN 1.0
                ELSE 0.0
              END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
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
                  "t53"."_uasc",
                  COALESCE("t53"."_uasc", 'Not UASC') AS "uasc"
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
                    "t52"."_uasc"
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
                      "t21"."la_code" AS "la_code_right",
                      "t21"."child_id" AS "child_id_right",
                      "t21"."month" AS "month_right",
                      "t21"."_uasc"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t45"."child_id",
                          "t45"."start_date",
                          "t45"."reason_new_episode",
                          "t45"."legal_status",
                          "t45"."category_of_need",
                          "t45"."placement_type",
                          "t45"."placement_provider",
                          "t45"."end_date",
                          "t45"."reason_ceased",
                          "t45"."reason_place_change",
                          "t45"."home_postcode",
                          "t45"."placement_postcode",
                          "t45"."urn",
                          "t45"."placed_outside_council",
                          "t45"."la_code",
                          "t45"."load_id",
                          "t45"."period_start",
                          "t45"."period_start_seen",
                          "t45"."placement_start",
                          "t45"."short_break",
                          "t45"."previous_placement_start",
                          "t45"."period_end",
                          "t45"."month",
                          "t45"."month_end",
                          "t45"."month_index"
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
                            "t43"."_until",
                            "t8"."month",
                            "t8"."month_end",
                            "t8"."month_index"
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
                              COALESCE("t40"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
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
                                FROM "t25" AS "t27"
                                WHERE
                                  NOT EXISTS(
                                    SELECT
                                      1
                                    FROM (
                                      SELECT
                                        "t28"."la_code",
                                        "t28"."child_id"
                                      FROM (
                                        SELECT
                                          "t26"."la_code",
                                          "t26"."child_id",
                                          COUNT(*) AS "_records"
                                        FROM "t25" AS "t26"
                                        GROUP BY
                                          1,
                                          2
                                      ) AS "t28"
                                      WHERE
                                        "t28"."_records" > 1
                                    ) AS "t30"
                                    WHERE
                                      "t27"."la_code" = "t30"."la_code" AND "t27"."child_id" = "t30"."child_id"
                                  )
                              ) AS "t31"
                              UNION ALL
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
                                  "t36"."period_end"
                                FROM "t35" AS "t36"
                                WHERE
                                  NOT (
                                    "t36"."_overlaps"
                                  )
                              ) AS "t38"
                            ) AS "t40"
                            WHERE
                              "t40"."start_date" IS NOT NULL
                          ) AS "t43"
                          INNER JOIN "scorecard_month_spine" AS "t8"
                            ON "t43"."start_date" <= "t8"."month_end" AND "t43"."_until" > "t8"."month_end"
                        ) AS "t45"
                      ) AS "t46"
                      UNION ALL
                      SELECT
                        *
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
                          "t48"."month_index"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t44"."child_id",
                              "t44"."start_date",
                              "t44"."reason_new_episode",
                              "t44"."legal_status",
                              "t44"."category_of_need",
                              "t44"."placement_type",
                              "t44"."placement_provider",
                              "t44"."end_date",
                              "t44"."reason_ceased",
                              "t44"."reason_place_change",
                              "t44"."home_postcode",
                              "t44"."placement_postcode",
                              "t44"."urn",
                              "t44"."placed_outside_council",
                              "t44"."la_code",
                              "t44"."load_id",
                              "t44"."period_start",
                              "t44"."period_start_seen",
                              "t44"."placement_start",
                              "t44"."short_break",
                              "t44"."previous_placement_start",
                              "t44"."period_end",
                              "t44"."month",
                              "t44"."month_end",
                              "t44"."month_index",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t44"."la_code", "t44"."child_id", "t44"."month"
                                ORDER BY "t44"."start_date" DESC NULLS LAST
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "_rank"
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
                                "t42"."month_index"
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
                                  "t39"."_until",
                                  "t8"."month",
                                  "t8"."month_end",
                                  "t8"."month_index"
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
                                    COALESCE("t36"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                  FROM "t35" AS "t36"
                                  WHERE
                                    "t36"."_overlaps" AND "t36"."start_date" IS NOT NULL
                                ) AS "t39"
                                INNER JOIN "scorecard_month_spine" AS "t8"
                                  ON "t39"."start_date" <= "t8"."month_end" AND "t39"."_until" > "t8"."month_end"
                              ) AS "t42"
                            ) AS "t44"
                          ) AS "t47"
                          WHERE
                            "t47"."_rank" = 0
                        ) AS "t48"
                      ) AS "t49"
                    ) AS "t51"
                    LEFT OUTER JOIN (
                      SELECT
                        "t19"."la_code",
                        "t19"."child_id",
                        "t19"."month",
                        'UASC' AS "_uasc"
                      FROM (
                        SELECT DISTINCT
                          "t17"."la_code",
                          "t17"."child_id",
                          "t17"."month"
                        FROM (
                          SELECT
                            "t16"."child_id",
                            "t16"."start_date",
                            "t16"."end_date",
                            "t16"."la_code",
                            "t16"."load_id",
                            "t16"."month",
                            "t16"."month_end",
                            "t16"."month_index"
                          FROM (
                            SELECT
                              "t13"."child_id",
                              "t13"."start_date",
                              "t13"."end_date",
                              "t13"."la_code",
                              "t13"."load_id",
                              "t13"."_until",
                              "t8"."month",
                              "t8"."month_end",
                              "t8"."month_index"
                            FROM (
                              SELECT
                                "t4"."child_id",
                                COALESCE("t4"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) AS "start_date",
                                "t4"."end_date",
                                "t4"."la_code",
                                "t4"."load_id",
                                COALESCE("t4"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                              FROM "uasc_status" AS "t4"
                              WHERE
                                COALESCE("t4"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) IS NOT NULL
                            ) AS "t13"
                            INNER JOIN "scorecard_month_spine" AS "t8"
                              ON "t13"."start_date" <= "t8"."month_end" AND "t13"."_until" > "t8"."month_end"
                          ) AS "t16"
                        ) AS "t17"
                      ) AS "t19"
                    ) AS "t21"
                      ON "t51"."la_code" = "t21"."la_code"
                      AND "t51"."child_id" = "t21"."child_id"
                      AND "t51"."month" = "t21"."month"
                  ) AS "t52"
                ) AS "t53"
              ) AS "t54"
            ) AS "t55"
          ) AS "t56"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t57"
      ) AS "t58"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t60"
      ON "t60"."la_code" = "t7"."la_code"
      AND "t60"."indicator_id" = "t9"."indicator_id"
      AND "t60"."month_index" <= "t8"."month_index"
      AND "t60"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t60"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t61"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t74"."la_code",
  "t74"."indicator_id",
  "t74"."month",
  "t74"."breakdown",
  "t74"."breakdown_value",
  "t74"."numerator",
  CASE
    WHEN "t74"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t74"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE PRECISION)
    ELSE "t74"."denominator"
  END AS "denominator",
  CASE
    WHEN "t74"."unit" = 'count'
    THEN "t74"."numerator"
    WHEN "t74"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t74"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t74"."unit" = 'percent'
    THEN CASE
      WHEN "t74"."denominator" > 0
      THEN CAST("t74"."numerator" AS DOUBLE PRECISION) / "t74"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t74"."denominator" > 0
      THEN CAST("t74"."numerator" AS DOUBLE PRECISION) / "t74"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t68"."la_code",
      "t68"."indicator_id",
      "t68"."month",
      "t68"."breakdown",
      "t68"."breakdown_value",
      "t68"."unit",
      "t68"."numerator",
      "t68"."denominator"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."indicator_id",
        "t15"."month",
        "t15"."unit",
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
            ('CLA8c', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS "t10"
        WHERE
          "t10"."months_back" > 0
      ) AS "t15"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t62" AS "t63"
            WHERE
              "t63"."breakdown" = 'month_alone'
          ) AS "t66"
          WHERE
            "t15"."la_code" = "t66"."la_code"
            AND "t15"."indicator_id" = "t66"."indicator_id"
            AND "t15"."month" = "t66"."month"
        )
    ) AS "t68"
  ) AS "t70"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t62" AS "t63"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t69"."la_code",
        "t69"."indicator_id",
        "t69"."month",
        "t69"."breakdown",
        "t69"."breakdown_value",
        "t69"."unit",
        "t69"."numerator",
        "t69"."denominator"
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
          ('CLA8c', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t62" AS "t63"
              WHERE
                "t63"."breakdown" = 'all'
            ) AS "t67"
            WHERE
              "t7"."la_code" = "t67"."la_code"
              AND "t9"."indicator_id" = "t67"."indicator_id"
              AND "t8"."month" = "t67"."month"
          )
      ) AS "t69"
    ) AS "t71"
  ) AS "t72"
) AS "t74"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t74"."la_code" = "t6"."la_code" AND "t74"."month" = "t6"."month"
