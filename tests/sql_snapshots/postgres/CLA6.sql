WITH "t29" AS (
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
          CASE
            WHEN "t22"."_move" IS NOT NULL
            THEN LAG("t22"."placement_start") OVER (
              PARTITION BY "t22"."la_code", "t22"."child_id"
              ORDER BY "t22"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            )
            ELSE CAST(NULL AS DATE)
          END AS "_previous"
        FROM (
          SELECT
            "t15"."child_id",
            "t15"."start_date",
            "t15"."reason_new_episode",
            "t15"."legal_status",
            "t15"."category_of_need",
            "t15"."placement_type",
            "t15"."placement_provider",
            "t15"."end_date",
            "t15"."reason_ceased",
            "t15"."reason_place_change",
            "t15"."home_postcode",
            "t15"."placement_postcode",
            "t15"."urn",
            "t15"."placed_outside_council",
            "t15"."la_code",
            "t15"."load_id",
            COALESCE(
              MAX(
                CASE
                  WHEN "t15"."reason_new_episode" = 'S'
                  THEN "t15"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t15"."la_code", "t15"."child_id"
                ORDER BY "t15"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t15"."start_date") OVER (
                PARTITION BY "t15"."la_code", "t15"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "period_start",
            MAX(
              CASE
                WHEN "t15"."reason_new_episode" = 'S'
                THEN "t15"."start_date"
                ELSE CAST(NULL AS DATE)
              END
            ) OVER (
              PARTITION BY "t15"."la_code", "t15"."child_id"
              ORDER BY "t15"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS "period_start_seen",
            COALESCE(
              MAX(
                CASE
                  WHEN "t15"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                  THEN "t15"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t15"."la_code", "t15"."child_id"
                ORDER BY "t15"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t15"."start_date") OVER (
                PARTITION BY "t15"."la_code", "t15"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "placement_start",
            CASE
              WHEN "t15"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
              THEN "t15"."start_date"
              ELSE CAST(NULL AS DATE)
            END AS "_move",
            "t15"."legal_status" IN ('V3', 'V4') AS "short_break"
          FROM (
            SELECT
              *
            FROM "looked_after_episode" AS "t6"
            WHERE
              "t6"."start_date" IS NOT NULL
          ) AS "t15"
        ) AS "t22"
      ) AS "t26"
    ) AS "t27"
  ) AS "t28"
  WHERE
    NOT (
      "t28"."short_break"
    ) AND "t28"."start_date" IS NOT NULL
), "t39" AS (
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
    "t38"."_reach",
    "t38"."_earlier_reach",
    BOOL_OR(COALESCE("t38"."_earlier_reach" > "t38"."start_date", FALSE)) OVER (
      PARTITION BY "t38"."la_code", "t38"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t37"."_reach",
      LAG("t37"."_reach") OVER (
        PARTITION BY "t37"."la_code", "t37"."child_id"
        ORDER BY "t37"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        MAX(COALESCE("t36"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t36"."la_code", "t36"."child_id"
          ORDER BY "t36"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
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
          "t31"."period_end"
        FROM "t29" AS "t31"
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                "t32"."la_code",
                "t32"."child_id"
              FROM (
                SELECT
                  "t30"."la_code",
                  "t30"."child_id",
                  COUNT(*) AS "_records"
                FROM "t29" AS "t30"
                GROUP BY
                  1,
                  2
              ) AS "t32"
              WHERE
                "t32"."_records" > 1
            ) AS "t34"
            WHERE
              "t31"."la_code" = "t34"."la_code" AND "t31"."child_id" = "t34"."child_id"
          )
      ) AS "t36"
    ) AS "t37"
  ) AS "t38"
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
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t67"."breakdown",
      "t67"."breakdown_value",
      "t67"."_num",
      "t67"."_den",
      "t67"."_until_index"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CLA6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t65"."la_code",
        "t65"."indicator_id",
        "t65"."breakdown",
        "t65"."breakdown_value",
        "t65"."_num",
        "t65"."_den",
        "t65"."month_index" + "t65"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t64"."la_code",
          "t64"."indicator_id",
          "t64"."month_index",
          "t64"."breakdown",
          "t64"."breakdown_value",
          "t64"."_num",
          "t64"."_den",
          "t14"."months_back",
          "t11"."_offset"
        FROM (
          SELECT
            "t62"."la_code",
            "t62"."indicator_id",
            "t62"."month_index",
            "t62"."breakdown",
            "t62"."breakdown_value",
            SUM("t62"."numerator") AS "_num",
            SUM("t62"."denominator") AS "_den"
          FROM (
            SELECT
              "t61"."la_code",
              'CLA6' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t61"."month") * 12
                ) + EXTRACT(month FROM "t61"."month")
              ) - 1 AS "month_index",
              'all' AS "breakdown",
              "t61"."breakdown_value",
              "t61"."numerator",
              "t61"."denominator"
            FROM (
              SELECT
                "t60"."la_code",
                "t60"."month",
                "t60"."_part",
                "t60"."breakdown_value",
                SUM("t60"."numerator") AS "numerator",
                SUM("t60"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t59"."la_code",
                  "t59"."month",
                  CASE WHEN COALESCE("t59"."legal_status" = 'V2', FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                  1.0 AS "denominator",
                  0 AS "_part",
                  'all' AS "breakdown_value"
                FROM (
                  SELECT
                    "t58"."child_id",
                    "t58"."start_date",
                    "t58"."reason_new_episode",
                    "t58"."legal_status",
                    "t58"."category_of_need",
                    "t58"."placement_type",
                    "t58"."placement_provider",
                    "t58"."end_date",
                    "t58"."reason_ceased",
                    "t58"."reason_place_change",
                    "t58"."home_postcode",
                    "t58"."placement_postcode",
                    "t58"."urn",
                    "t58"."placed_outside_council",
                    "t58"."la_code",
                    "t58"."load_id",
                    "t58"."period_start",
                    "t58"."period_start_seen",
                    "t58"."placement_start",
                    "t58"."short_break",
                    "t58"."previous_placement_start",
                    "t58"."period_end",
                    "t58"."month",
                    "t58"."month_end",
                    "t58"."month_index",
                    "t58"."uasc"
                  FROM (
                    SELECT
                      "t57"."child_id",
                      "t57"."start_date",
                      "t57"."reason_new_episode",
                      "t57"."legal_status",
                      "t57"."category_of_need",
                      "t57"."placement_type",
                      "t57"."placement_provider",
                      "t57"."end_date",
                      "t57"."reason_ceased",
                      "t57"."reason_place_change",
                      "t57"."home_postcode",
                      "t57"."placement_postcode",
                      "t57"."urn",
                      "t57"."placed_outside_council",
                      "t57"."la_code",
                      "t57"."load_id",
                      "t57"."period_start",
                      "t57"."period_start_seen",
                      "t57"."placement_start",
                      "t57"."short_break",
                      "t57"."previous_placement_start",
                      "t57"."period_end",
                      "t57"."month",
                      "t57"."month_end",
                      "t57"."month_index",
                      "t57"."_uasc",
                      COALESCE("t57"."_uasc", 'Not UASC') AS "uasc"
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
                        "t56"."_uasc"
                      FROM (
                        SELECT
                          "t55"."child_id",
                          "t55"."start_date",
                          "t55"."reason_new_episode",
                          "t55"."legal_status",
                          "t55"."category_of_need",
                          "t55"."placement_type",
                          "t55"."placement_provider",
                          "t55"."end_date",
                          "t55"."reason_ceased",
                          "t55"."reason_place_change",
                          "t55"."home_postcode",
                          "t55"."placement_postcode",
                          "t55"."urn",
                          "t55"."placed_outside_council",
                          "t55"."la_code",
                          "t55"."load_id",
                          "t55"."period_start",
                          "t55"."period_start_seen",
                          "t55"."placement_start",
                          "t55"."short_break",
                          "t55"."previous_placement_start",
                          "t55"."period_end",
                          "t55"."month",
                          "t55"."month_end",
                          "t55"."month_index",
                          "t25"."la_code" AS "la_code_right",
                          "t25"."child_id" AS "child_id_right",
                          "t25"."month" AS "month_right",
                          "t25"."_uasc"
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
                              "t49"."month_index"
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
                                "t47"."_until",
                                "t9"."month",
                                "t9"."month_end",
                                "t9"."month_index"
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
                                  COALESCE("t44"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
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
                                      "t31"."period_end"
                                    FROM "t29" AS "t31"
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            "t32"."la_code",
                                            "t32"."child_id"
                                          FROM (
                                            SELECT
                                              "t30"."la_code",
                                              "t30"."child_id",
                                              COUNT(*) AS "_records"
                                            FROM "t29" AS "t30"
                                            GROUP BY
                                              1,
                                              2
                                          ) AS "t32"
                                          WHERE
                                            "t32"."_records" > 1
                                        ) AS "t34"
                                        WHERE
                                          "t31"."la_code" = "t34"."la_code" AND "t31"."child_id" = "t34"."child_id"
                                      )
                                  ) AS "t35"
                                  UNION ALL
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
                                      "t40"."period_end"
                                    FROM "t39" AS "t40"
                                    WHERE
                                      NOT (
                                        "t40"."_overlaps"
                                      )
                                  ) AS "t42"
                                ) AS "t44"
                                WHERE
                                  "t44"."start_date" IS NOT NULL
                              ) AS "t47"
                              INNER JOIN "scorecard_month_spine" AS "t9"
                                ON "t47"."start_date" <= "t9"."month_end" AND "t47"."_until" > "t9"."month_end"
                            ) AS "t49"
                          ) AS "t50"
                          UNION ALL
                          SELECT
                            *
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
                              "t52"."month_index"
                            FROM (
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
                                  "t48"."month_index",
                                  ROW_NUMBER() OVER (
                                    PARTITION BY "t48"."la_code", "t48"."child_id", "t48"."month"
                                    ORDER BY "t48"."start_date" DESC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ) - 1 AS "_rank"
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
                                    "t46"."month_index"
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
                                      "t9"."month",
                                      "t9"."month_end",
                                      "t9"."month_index"
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
                                      FROM "t39" AS "t40"
                                      WHERE
                                        "t40"."_overlaps" AND "t40"."start_date" IS NOT NULL
                                    ) AS "t43"
                                    INNER JOIN "scorecard_month_spine" AS "t9"
                                      ON "t43"."start_date" <= "t9"."month_end" AND "t43"."_until" > "t9"."month_end"
                                  ) AS "t46"
                                ) AS "t48"
                              ) AS "t51"
                              WHERE
                                "t51"."_rank" = 0
                            ) AS "t52"
                          ) AS "t53"
                        ) AS "t55"
                        LEFT OUTER JOIN (
                          SELECT
                            "t23"."la_code",
                            "t23"."child_id",
                            "t23"."month",
                            'UASC' AS "_uasc"
                          FROM (
                            SELECT DISTINCT
                              "t21"."la_code",
                              "t21"."child_id",
                              "t21"."month"
                            FROM (
                              SELECT
                                "t20"."child_id",
                                "t20"."start_date",
                                "t20"."end_date",
                                "t20"."la_code",
                                "t20"."load_id",
                                "t20"."month",
                                "t20"."month_end",
                                "t20"."month_index"
                              FROM (
                                SELECT
                                  "t17"."child_id",
                                  "t17"."start_date",
                                  "t17"."end_date",
                                  "t17"."la_code",
                                  "t17"."load_id",
                                  "t17"."_until",
                                  "t9"."month",
                                  "t9"."month_end",
                                  "t9"."month_index"
                                FROM (
                                  SELECT
                                    "t5"."child_id",
                                    COALESCE("t5"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) AS "start_date",
                                    "t5"."end_date",
                                    "t5"."la_code",
                                    "t5"."load_id",
                                    COALESCE("t5"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                  FROM "uasc_status" AS "t5"
                                  WHERE
                                    COALESCE("t5"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) IS NOT NULL
                                ) AS "t17"
                                INNER JOIN "scorecard_month_spine" AS "t9"
                                  ON "t17"."start_date" <= "t9"."month_end" AND "t17"."_until" > "t9"."month_end"
                              ) AS "t20"
                            ) AS "t21"
                          ) AS "t23"
                        ) AS "t25"
                          ON "t55"."la_code" = "t25"."la_code"
                          AND "t55"."child_id" = "t25"."child_id"
                          AND "t55"."month" = "t25"."month"
                      ) AS "t56"
                    ) AS "t57"
                  ) AS "t58"
                ) AS "t59"
              ) AS "t60"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t61"
          ) AS "t62"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t64"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CLA6', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t14"
          ON "t64"."indicator_id" = "t14"."indicator_id"
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
      ) AS "t65"
      WHERE
        "t65"."_offset" <= CASE WHEN "t65"."breakdown" = 'month_alone' THEN 0 ELSE "t65"."months_back" END
    ) AS "t67"
      ON "t67"."la_code" = "t8"."la_code"
      AND "t67"."indicator_id" = "t10"."indicator_id"
      AND "t67"."_until_index" = "t9"."month_index"
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
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t81"."denominator"
  END AS "denominator",
  CASE
    WHEN "t81"."unit" = 'count'
    THEN "t81"."numerator"
    WHEN "t81"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t81"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
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
            ('CLA6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
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
            FROM "t69" AS "t70"
            WHERE
              "t70"."breakdown" = 'month_alone'
          ) AS "t73"
          WHERE
            "t19"."la_code" = "t73"."la_code"
            AND "t19"."indicator_id" = "t73"."indicator_id"
            AND "t19"."month" = "t73"."month"
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
          ('CLA6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
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
              "t8"."la_code" = "t74"."la_code"
              AND "t10"."indicator_id" = "t74"."indicator_id"
              AND "t9"."month" = "t74"."month"
          )
      ) AS "t76"
    ) AS "t78"
  ) AS "t79"
) AS "t81"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t81"."la_code" = "t7"."la_code" AND "t81"."month" = "t7"."month"
