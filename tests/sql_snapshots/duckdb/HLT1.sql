WITH "t31" AS (
  SELECT
    *
  FROM (
    SELECT
      "t29".*
      EXCLUDE ("_move", "_previous")
    FROM (
      SELECT
        "t28"."child_id",
        "t28"."start_date",
        "t28"."reason_new_episode",
        "t28"."legal_status",
        "t28"."category_of_need",
        "t28"."placement_type",
        "t28"."placement_provider",
        "t28"."end_date",
        "t28"."reason_ceased",
        "t28"."reason_place_change",
        "t28"."home_postcode",
        "t28"."placement_postcode",
        "t28"."urn",
        "t28"."placed_outside_council",
        "t28"."la_code",
        "t28"."load_id",
        "t28"."period_start",
        "t28"."period_start_seen",
        "t28"."placement_start",
        "t28"."_move",
        "t28"."short_break",
        "t28"."_previous",
        MAX("t28"."_previous") OVER (
          PARTITION BY "t28"."la_code", "t28"."child_id"
          ORDER BY "t28"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "previous_placement_start",
        CASE
          WHEN BOOL_OR(CAST("t28"."end_date" IS NULL AS BOOLEAN)) OVER (
            PARTITION BY "t28"."la_code", "t28"."child_id", "t28"."period_start"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
          THEN CAST(NULL AS DATE)
          ELSE MAX("t28"."end_date") OVER (
            PARTITION BY "t28"."la_code", "t28"."child_id", "t28"."period_start"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        END AS "period_end"
      FROM (
        SELECT
          "t24"."child_id",
          "t24"."start_date",
          "t24"."reason_new_episode",
          "t24"."legal_status",
          "t24"."category_of_need",
          "t24"."placement_type",
          "t24"."placement_provider",
          "t24"."end_date",
          "t24"."reason_ceased",
          "t24"."reason_place_change",
          "t24"."home_postcode",
          "t24"."placement_postcode",
          "t24"."urn",
          "t24"."placed_outside_council",
          "t24"."la_code",
          "t24"."load_id",
          "t24"."period_start",
          "t24"."period_start_seen",
          "t24"."placement_start",
          "t24"."_move",
          "t24"."short_break",
          CASE
            WHEN "t24"."_move" IS NOT NULL
            THEN LAG("t24"."placement_start") OVER (
              PARTITION BY "t24"."la_code", "t24"."child_id"
              ORDER BY "t24"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            )
            ELSE CAST(NULL AS DATE)
          END AS "_previous"
        FROM (
          SELECT
            "t16"."child_id",
            "t16"."start_date",
            "t16"."reason_new_episode",
            "t16"."legal_status",
            "t16"."category_of_need",
            "t16"."placement_type",
            "t16"."placement_provider",
            "t16"."end_date",
            "t16"."reason_ceased",
            "t16"."reason_place_change",
            "t16"."home_postcode",
            "t16"."placement_postcode",
            "t16"."urn",
            "t16"."placed_outside_council",
            "t16"."la_code",
            "t16"."load_id",
            COALESCE(
              MAX(
                CASE
                  WHEN "t16"."reason_new_episode" = 'S'
                  THEN "t16"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t16"."la_code", "t16"."child_id"
                ORDER BY "t16"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t16"."start_date") OVER (
                PARTITION BY "t16"."la_code", "t16"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "period_start",
            MAX(
              CASE
                WHEN "t16"."reason_new_episode" = 'S'
                THEN "t16"."start_date"
                ELSE CAST(NULL AS DATE)
              END
            ) OVER (
              PARTITION BY "t16"."la_code", "t16"."child_id"
              ORDER BY "t16"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS "period_start_seen",
            COALESCE(
              MAX(
                CASE
                  WHEN "t16"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                  THEN "t16"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t16"."la_code", "t16"."child_id"
                ORDER BY "t16"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t16"."start_date") OVER (
                PARTITION BY "t16"."la_code", "t16"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "placement_start",
            CASE
              WHEN "t16"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
              THEN "t16"."start_date"
              ELSE CAST(NULL AS DATE)
            END AS "_move",
            "t16"."legal_status" IN ('V3', 'V4') AS "short_break"
          FROM (
            SELECT
              *
            FROM "looked_after_episode" AS "t7"
            WHERE
              "t7"."start_date" IS NOT NULL
          ) AS "t16"
        ) AS "t24"
      ) AS "t28"
    ) AS "t29"
  ) AS "t30"
  WHERE
    NOT (
      "t30"."short_break"
    ) AND "t30"."start_date" IS NOT NULL
), "t41" AS (
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
    "t40"."_reach",
    "t40"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t40"."_earlier_reach" > "t40"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t40"."la_code", "t40"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t39"."_reach",
      LAG("t39"."_reach") OVER (
        PARTITION BY "t39"."la_code", "t39"."child_id"
        ORDER BY "t39"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        MAX(COALESCE("t38"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t38"."la_code", "t38"."child_id"
          ORDER BY "t38"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
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
          "t33"."period_end"
        FROM "t31" AS "t33"
        SEMI JOIN (
          SELECT
            "t34"."la_code",
            "t34"."child_id"
          FROM (
            SELECT
              "t32"."la_code",
              "t32"."child_id",
              COUNT(*) AS "_records"
            FROM "t31" AS "t32"
            GROUP BY
              1,
              2
          ) AS "t34"
          WHERE
            "t34"."_records" > 1
        ) AS "t36"
          ON "t33"."la_code" = "t36"."la_code" AND "t33"."child_id" = "t36"."child_id"
      ) AS "t38"
    ) AS "t39"
  ) AS "t40"
), "t80" AS (
  SELECT
    "t79"."la_code",
    "t79"."indicator_id",
    "t79"."month",
    "t79"."breakdown",
    "t79"."breakdown_value",
    "t79"."unit",
    SUM("t79"."_num") AS "numerator",
    SUM("t79"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t78"."la_code" AS "la_code_right",
      "t78"."indicator_id" AS "indicator_id_right",
      "t78"."month_index" AS "month_index_right",
      "t78"."breakdown",
      "t78"."breakdown_value",
      "t78"."_num",
      "t78"."_den"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('HLT1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t76"."la_code",
        "t76"."indicator_id",
        "t76"."month_index",
        "t76"."breakdown",
        "t76"."breakdown_value",
        SUM("t76"."numerator") AS "_num",
        SUM("t76"."denominator") AS "_den"
      FROM (
        SELECT
          "t75"."la_code",
          'HLT1' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t75"."month") * 12
            ) + EXTRACT(month FROM "t75"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t75"."breakdown_value",
          "t75"."numerator",
          "t75"."denominator"
        FROM (
          SELECT
            "t74"."la_code",
            "t74"."month",
            "t74"."_part",
            "t74"."breakdown_value",
            SUM("t74"."numerator") AS "numerator",
            SUM("t74"."denominator") AS "denominator"
          FROM (
            SELECT
              "t73"."la_code",
              "t73"."month",
              CASE WHEN COALESCE("t73"."_checked", FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t72".*
                EXCLUDE ("child_id_right", "la_code_right", "month_right")
              FROM (
                SELECT
                  "t67"."child_id",
                  "t67"."start_date",
                  "t67"."reason_new_episode",
                  "t67"."legal_status",
                  "t67"."category_of_need",
                  "t67"."placement_type",
                  "t67"."placement_provider",
                  "t67"."end_date",
                  "t67"."reason_ceased",
                  "t67"."reason_place_change",
                  "t67"."home_postcode",
                  "t67"."placement_postcode",
                  "t67"."urn",
                  "t67"."placed_outside_council",
                  "t67"."la_code",
                  "t67"."load_id",
                  "t67"."period_start",
                  "t67"."period_start_seen",
                  "t67"."placement_start",
                  "t67"."short_break",
                  "t67"."previous_placement_start",
                  "t67"."period_end",
                  "t67"."month",
                  "t67"."month_end",
                  "t67"."month_index",
                  "t67"."uasc",
                  "t67"."date_of_birth",
                  "t67"."_since",
                  "t71"."la_code" AS "la_code_right",
                  "t71"."child_id" AS "child_id_right",
                  "t71"."month" AS "month_right",
                  "t71"."_checked"
                FROM (
                  SELECT
                    "t65"."child_id",
                    "t65"."start_date",
                    "t65"."reason_new_episode",
                    "t65"."legal_status",
                    "t65"."category_of_need",
                    "t65"."placement_type",
                    "t65"."placement_provider",
                    "t65"."end_date",
                    "t65"."reason_ceased",
                    "t65"."reason_place_change",
                    "t65"."home_postcode",
                    "t65"."placement_postcode",
                    "t65"."urn",
                    "t65"."placed_outside_council",
                    "t65"."la_code",
                    "t65"."load_id",
                    "t65"."period_start",
                    "t65"."period_start_seen",
                    "t65"."placement_start",
                    "t65"."short_break",
                    "t65"."previous_placement_start",
                    "t65"."period_end",
                    "t65"."month",
                    "t65"."month_end",
                    "t65"."month_index",
                    "t65"."uasc",
                    "t65"."date_of_birth",
                    "t65"."month_end" - TO_MONTHS(
                      CASE
                        WHEN (
                          (
                            EXTRACT(year FROM "t65"."month_end") - EXTRACT(year FROM "t65"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t65"."month_end") * 100
                              ) + EXTRACT(day FROM "t65"."month_end")
                            ) < (
                              (
                                EXTRACT(month FROM "t65"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t65"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 5
                        THEN 6
                        ELSE 12
                      END
                    ) AS "_since"
                  FROM (
                    SELECT
                      "t64".*
                      EXCLUDE ("child_id_right", "la_code_right")
                    FROM (
                      SELECT
                        "t63"."child_id",
                        "t63"."start_date",
                        "t63"."reason_new_episode",
                        "t63"."legal_status",
                        "t63"."category_of_need",
                        "t63"."placement_type",
                        "t63"."placement_provider",
                        "t63"."end_date",
                        "t63"."reason_ceased",
                        "t63"."reason_place_change",
                        "t63"."home_postcode",
                        "t63"."placement_postcode",
                        "t63"."urn",
                        "t63"."placed_outside_council",
                        "t63"."la_code",
                        "t63"."load_id",
                        "t63"."period_start",
                        "t63"."period_start_seen",
                        "t63"."placement_start",
                        "t63"."short_break",
                        "t63"."previous_placement_start",
                        "t63"."period_end",
                        "t63"."month",
                        "t63"."month_end",
                        "t63"."month_index",
                        "t63"."uasc",
                        "t14"."la_code" AS "la_code_right",
                        "t14"."child_id" AS "child_id_right",
                        "t14"."date_of_birth"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t60".*
                            EXCLUDE ("_uasc")
                          FROM (
                            SELECT
                              "t59"."child_id",
                              "t59"."start_date",
                              "t59"."reason_new_episode",
                              "t59"."legal_status",
                              "t59"."category_of_need",
                              "t59"."placement_type",
                              "t59"."placement_provider",
                              "t59"."end_date",
                              "t59"."reason_ceased",
                              "t59"."reason_place_change",
                              "t59"."home_postcode",
                              "t59"."placement_postcode",
                              "t59"."urn",
                              "t59"."placed_outside_council",
                              "t59"."la_code",
                              "t59"."load_id",
                              "t59"."period_start",
                              "t59"."period_start_seen",
                              "t59"."placement_start",
                              "t59"."short_break",
                              "t59"."previous_placement_start",
                              "t59"."period_end",
                              "t59"."month",
                              "t59"."month_end",
                              "t59"."month_index",
                              "t59"."_uasc",
                              COALESCE("t59"."_uasc", 'Not UASC') AS "uasc"
                            FROM (
                              SELECT
                                "t58".*
                                EXCLUDE ("child_id_right", "la_code_right", "month_right")
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
                                  "t27"."la_code" AS "la_code_right",
                                  "t27"."child_id" AS "child_id_right",
                                  "t27"."month" AS "month_right",
                                  "t27"."_uasc"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t51".*
                                      EXCLUDE ("_until")
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
                                        "t49"."_until",
                                        "t10"."month",
                                        "t10"."month_end",
                                        "t10"."month_index"
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
                                          COALESCE("t46"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM (
                                          SELECT
                                            *
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
                                              "t33"."period_end"
                                            FROM "t31" AS "t33"
                                            ANTI JOIN (
                                              SELECT
                                                "t34"."la_code",
                                                "t34"."child_id"
                                              FROM (
                                                SELECT
                                                  "t32"."la_code",
                                                  "t32"."child_id",
                                                  COUNT(*) AS "_records"
                                                FROM "t31" AS "t32"
                                                GROUP BY
                                                  1,
                                                  2
                                              ) AS "t34"
                                              WHERE
                                                "t34"."_records" > 1
                                            ) AS "t36"
                                              ON "t33"."la_code" = "t36"."la_code" AND "t33"."child_id" = "t36"."child_id"
                                          ) AS "t37"
                                          UNION ALL
                                          SELECT
                                            *
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
                                              "t42"."period_end"
                                            FROM "t41" AS "t42"
                                            WHERE
                                              NOT (
                                                "t42"."_overlaps"
                                              )
                                          ) AS "t44"
                                        ) AS "t46"
                                        WHERE
                                          "t46"."start_date" IS NOT NULL
                                      ) AS "t49"
                                      INNER JOIN "scorecard_month_spine" AS "t10"
                                        ON "t49"."start_date" <= "t10"."month_end" AND "t49"."_until" > "t10"."month_end"
                                    ) AS "t51"
                                  ) AS "t52"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t54".*
                                      EXCLUDE ("_rank")
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t50"."child_id",
                                          "t50"."start_date",
                                          "t50"."reason_new_episode",
                                          "t50"."legal_status",
                                          "t50"."category_of_need",
                                          "t50"."placement_type",
                                          "t50"."placement_provider",
                                          "t50"."end_date",
                                          "t50"."reason_ceased",
                                          "t50"."reason_place_change",
                                          "t50"."home_postcode",
                                          "t50"."placement_postcode",
                                          "t50"."urn",
                                          "t50"."placed_outside_council",
                                          "t50"."la_code",
                                          "t50"."load_id",
                                          "t50"."period_start",
                                          "t50"."period_start_seen",
                                          "t50"."placement_start",
                                          "t50"."short_break",
                                          "t50"."previous_placement_start",
                                          "t50"."period_end",
                                          "t50"."month",
                                          "t50"."month_end",
                                          "t50"."month_index",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t50"."la_code", "t50"."child_id", "t50"."month"
                                            ORDER BY "t50"."start_date" DESC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "_rank"
                                        FROM (
                                          SELECT
                                            "t48".*
                                            EXCLUDE ("_until")
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
                                              "t45"."_until",
                                              "t10"."month",
                                              "t10"."month_end",
                                              "t10"."month_index"
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
                                                COALESCE("t42"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t41" AS "t42"
                                              WHERE
                                                "t42"."_overlaps" AND "t42"."start_date" IS NOT NULL
                                            ) AS "t45"
                                            INNER JOIN "scorecard_month_spine" AS "t10"
                                              ON "t45"."start_date" <= "t10"."month_end" AND "t45"."_until" > "t10"."month_end"
                                          ) AS "t48"
                                        ) AS "t50"
                                      ) AS "t53"
                                      WHERE
                                        "t53"."_rank" = 0
                                    ) AS "t54"
                                  ) AS "t55"
                                ) AS "t57"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t25"."la_code",
                                    "t25"."child_id",
                                    "t25"."month",
                                    'UASC' AS "_uasc"
                                  FROM (
                                    SELECT DISTINCT
                                      "t23"."la_code",
                                      "t23"."child_id",
                                      "t23"."month"
                                    FROM (
                                      SELECT
                                        "t22".*
                                        EXCLUDE ("_until")
                                      FROM (
                                        SELECT
                                          "t19"."child_id",
                                          "t19"."start_date",
                                          "t19"."end_date",
                                          "t19"."la_code",
                                          "t19"."load_id",
                                          "t19"."_until",
                                          "t10"."month",
                                          "t10"."month_end",
                                          "t10"."month_index"
                                        FROM (
                                          SELECT
                                            "t6"."child_id",
                                            COALESCE("t6"."start_date", MAKE_DATE(1900, 1, 1)) AS "start_date",
                                            "t6"."end_date",
                                            "t6"."la_code",
                                            "t6"."load_id",
                                            COALESCE("t6"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                          FROM "uasc_status" AS "t6"
                                          WHERE
                                            COALESCE("t6"."start_date", MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                        ) AS "t19"
                                        INNER JOIN "scorecard_month_spine" AS "t10"
                                          ON "t19"."start_date" <= "t10"."month_end" AND "t19"."_until" > "t10"."month_end"
                                      ) AS "t22"
                                    ) AS "t23"
                                  ) AS "t25"
                                ) AS "t27"
                                  ON "t57"."la_code" = "t27"."la_code"
                                  AND "t57"."child_id" = "t27"."child_id"
                                  AND "t57"."month" = "t27"."month"
                              ) AS "t58"
                            ) AS "t59"
                          ) AS "t60"
                        ) AS "t61"
                        WHERE
                          "t61"."period_start" <= (
                            "t61"."month_end" - INTERVAL '1' YEAR
                          )
                      ) AS "t63"
                      LEFT OUTER JOIN (
                        SELECT
                          "t4"."la_code",
                          "t4"."child_id",
                          "t4"."date_of_birth"
                        FROM "person" AS "t4"
                      ) AS "t14"
                        ON "t63"."la_code" = "t14"."la_code" AND "t63"."child_id" = "t14"."child_id"
                    ) AS "t64"
                  ) AS "t65"
                ) AS "t67"
                LEFT OUTER JOIN (
                  SELECT
                    "t69"."la_code",
                    "t69"."child_id",
                    "t69"."month",
                    TRUE AS "_checked"
                  FROM (
                    SELECT DISTINCT
                      *
                    FROM (
                      SELECT
                        "t67"."la_code",
                        "t67"."child_id",
                        "t67"."month"
                      FROM (
                        SELECT
                          "t65"."child_id",
                          "t65"."start_date",
                          "t65"."reason_new_episode",
                          "t65"."legal_status",
                          "t65"."category_of_need",
                          "t65"."placement_type",
                          "t65"."placement_provider",
                          "t65"."end_date",
                          "t65"."reason_ceased",
                          "t65"."reason_place_change",
                          "t65"."home_postcode",
                          "t65"."placement_postcode",
                          "t65"."urn",
                          "t65"."placed_outside_council",
                          "t65"."la_code",
                          "t65"."load_id",
                          "t65"."period_start",
                          "t65"."period_start_seen",
                          "t65"."placement_start",
                          "t65"."short_break",
                          "t65"."previous_placement_start",
                          "t65"."period_end",
                          "t65"."month",
                          "t65"."month_end",
                          "t65"."month_index",
                          "t65"."uasc",
                          "t65"."date_of_birth",
                          "t65"."month_end" - TO_MONTHS(
                            CASE
                              WHEN (
                                (
                                  EXTRACT(year FROM "t65"."month_end") - EXTRACT(year FROM "t65"."date_of_birth")
                                ) - CASE
                                  WHEN (
                                    (
                                      EXTRACT(month FROM "t65"."month_end") * 100
                                    ) + EXTRACT(day FROM "t65"."month_end")
                                  ) < (
                                    (
                                      EXTRACT(month FROM "t65"."date_of_birth") * 100
                                    ) + EXTRACT(day FROM "t65"."date_of_birth")
                                  )
                                  THEN 1
                                  ELSE 0
                                END
                              ) < 5
                              THEN 6
                              ELSE 12
                            END
                          ) AS "_since"
                        FROM (
                          SELECT
                            "t64".*
                            EXCLUDE ("child_id_right", "la_code_right")
                          FROM (
                            SELECT
                              "t63"."child_id",
                              "t63"."start_date",
                              "t63"."reason_new_episode",
                              "t63"."legal_status",
                              "t63"."category_of_need",
                              "t63"."placement_type",
                              "t63"."placement_provider",
                              "t63"."end_date",
                              "t63"."reason_ceased",
                              "t63"."reason_place_change",
                              "t63"."home_postcode",
                              "t63"."placement_postcode",
                              "t63"."urn",
                              "t63"."placed_outside_council",
                              "t63"."la_code",
                              "t63"."load_id",
                              "t63"."period_start",
                              "t63"."period_start_seen",
                              "t63"."placement_start",
                              "t63"."short_break",
                              "t63"."previous_placement_start",
                              "t63"."period_end",
                              "t63"."month",
                              "t63"."month_end",
                              "t63"."month_index",
                              "t63"."uasc",
                              "t14"."la_code" AS "la_code_right",
                              "t14"."child_id" AS "child_id_right",
                              "t14"."date_of_birth"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t60".*
                                  EXCLUDE ("_uasc")
                                FROM (
                                  SELECT
                                    "t59"."child_id",
                                    "t59"."start_date",
                                    "t59"."reason_new_episode",
                                    "t59"."legal_status",
                                    "t59"."category_of_need",
                                    "t59"."placement_type",
                                    "t59"."placement_provider",
                                    "t59"."end_date",
                                    "t59"."reason_ceased",
                                    "t59"."reason_place_change",
                                    "t59"."home_postcode",
                                    "t59"."placement_postcode",
                                    "t59"."urn",
                                    "t59"."placed_outside_council",
                                    "t59"."la_code",
                                    "t59"."load_id",
                                    "t59"."period_start",
                                    "t59"."period_start_seen",
                                    "t59"."placement_start",
                                    "t59"."short_break",
                                    "t59"."previous_placement_start",
                                    "t59"."period_end",
                                    "t59"."month",
                                    "t59"."month_end",
                                    "t59"."month_index",
                                    "t59"."_uasc",
                                    COALESCE("t59"."_uasc", 'Not UASC') AS "uasc"
                                  FROM (
                                    SELECT
                                      "t58".*
                                      EXCLUDE ("child_id_right", "la_code_right", "month_right")
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
                                        "t27"."la_code" AS "la_code_right",
                                        "t27"."child_id" AS "child_id_right",
                                        "t27"."month" AS "month_right",
                                        "t27"."_uasc"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t51".*
                                            EXCLUDE ("_until")
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
                                              "t49"."_until",
                                              "t10"."month",
                                              "t10"."month_end",
                                              "t10"."month_index"
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
                                                COALESCE("t46"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM (
                                                SELECT
                                                  *
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
                                                    "t33"."period_end"
                                                  FROM "t31" AS "t33"
                                                  ANTI JOIN (
                                                    SELECT
                                                      "t34"."la_code",
                                                      "t34"."child_id"
                                                    FROM (
                                                      SELECT
                                                        "t32"."la_code",
                                                        "t32"."child_id",
                                                        COUNT(*) AS "_records"
                                                      FROM "t31" AS "t32"
                                                      GROUP BY
                                                        1,
                                                        2
                                                    ) AS "t34"
                                                    WHERE
                                                      "t34"."_records" > 1
                                                  ) AS "t36"
                                                    ON "t33"."la_code" = "t36"."la_code" AND "t33"."child_id" = "t36"."child_id"
                                                ) AS "t37"
                                                UNION ALL
                                                SELECT
                                                  *
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
                                                    "t42"."period_end"
                                                  FROM "t41" AS "t42"
                                                  WHERE
                                                    NOT (
                                                      "t42"."_overlaps"
                                                    )
                                                ) AS "t44"
                                              ) AS "t46"
                                              WHERE
                                                "t46"."start_date" IS NOT NULL
                                            ) AS "t49"
                                            INNER JOIN "scorecard_month_spine" AS "t10"
                                              ON "t49"."start_date" <= "t10"."month_end" AND "t49"."_until" > "t10"."month_end"
                                          ) AS "t51"
                                        ) AS "t52"
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t54".*
                                            EXCLUDE ("_rank")
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t50"."child_id",
                                                "t50"."start_date",
                                                "t50"."reason_new_episode",
                                                "t50"."legal_status",
                                                "t50"."category_of_need",
                                                "t50"."placement_type",
                                                "t50"."placement_provider",
                                                "t50"."end_date",
                                                "t50"."reason_ceased",
                                                "t50"."reason_place_change",
                                                "t50"."home_postcode",
                                                "t50"."placement_postcode",
                                                "t50"."urn",
                                                "t50"."placed_outside_council",
                                                "t50"."la_code",
                                                "t50"."load_id",
                                                "t50"."period_start",
                                                "t50"."period_start_seen",
                                                "t50"."placement_start",
                                                "t50"."short_break",
                                                "t50"."previous_placement_start",
                                                "t50"."period_end",
                                                "t50"."month",
                                                "t50"."month_end",
                                                "t50"."month_index",
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY "t50"."la_code", "t50"."child_id", "t50"."month"
                                                  ORDER BY "t50"."start_date" DESC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) - 1 AS "_rank"
                                              FROM (
                                                SELECT
                                                  "t48".*
                                                  EXCLUDE ("_until")
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
                                                    "t45"."_until",
                                                    "t10"."month",
                                                    "t10"."month_end",
                                                    "t10"."month_index"
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
                                                      COALESCE("t42"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                    FROM "t41" AS "t42"
                                                    WHERE
                                                      "t42"."_overlaps" AND "t42"."start_date" IS NOT NULL
                                                  ) AS "t45"
                                                  INNER JOIN "scorecard_month_spine" AS "t10"
                                                    ON "t45"."start_date" <= "t10"."month_end" AND "t45"."_until" > "t10"."month_end"
                                                ) AS "t48"
                                              ) AS "t50"
                                            ) AS "t53"
                                            WHERE
                                              "t53"."_rank" = 0
                                          ) AS "t54"
                                        ) AS "t55"
                                      ) AS "t57"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t25"."la_code",
                                          "t25"."child_id",
                                          "t25"."month",
                                          'UASC' AS "_uasc"
                                        FROM (
                                          SELECT DISTINCT
                                            "t23"."la_code",
                                            "t23"."child_id",
                                            "t23"."month"
                                          FROM (
                                            SELECT
                                              "t22".*
                                              EXCLUDE ("_until")
                                            FROM (
                                              SELECT
                                                "t19"."child_id",
                                                "t19"."start_date",
                                                "t19"."end_date",
                                                "t19"."la_code",
                                                "t19"."load_id",
                                                "t19"."_until",
                                                "t10"."month",
                                                "t10"."month_end",
                                                "t10"."month_index"
                                              FROM (
                                                SELECT
                                                  "t6"."child_id",
                                                  COALESCE("t6"."start_date", MAKE_DATE(1900, 1, 1)) AS "start_date",
                                                  "t6"."end_date",
                                                  "t6"."la_code",
                                                  "t6"."load_id",
                                                  COALESCE("t6"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                FROM "uasc_status" AS "t6"
                                                WHERE
                                                  COALESCE("t6"."start_date", MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                              ) AS "t19"
                                              INNER JOIN "scorecard_month_spine" AS "t10"
                                                ON "t19"."start_date" <= "t10"."month_end" AND "t19"."_until" > "t10"."month_end"
                                            ) AS "t22"
                                          ) AS "t23"
                                        ) AS "t25"
                                      ) AS "t27"
                                        ON "t57"."la_code" = "t27"."la_code"
                                        AND "t57"."child_id" = "t27"."child_id"
                                        AND "t57"."month" = "t27"."month"
                                    ) AS "t58"
                                  ) AS "t59"
                                ) AS "t60"
                              ) AS "t61"
                              WHERE
                                "t61"."period_start" <= (
                                  "t61"."month_end" - INTERVAL '1' YEAR
                                )
                            ) AS "t63"
                            LEFT OUTER JOIN (
                              SELECT
                                "t4"."la_code",
                                "t4"."child_id",
                                "t4"."date_of_birth"
                              FROM "person" AS "t4"
                            ) AS "t14"
                              ON "t63"."la_code" = "t14"."la_code" AND "t63"."child_id" = "t14"."child_id"
                          ) AS "t64"
                        ) AS "t65"
                      ) AS "t67"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "health_check" AS "t5"
                        WHERE
                          "t5"."check_type" = 'HEALTH'
                      ) AS "t17"
                        ON "t67"."la_code" = "t17"."la_code"
                        AND "t67"."child_id" = "t17"."child_id"
                        AND "t17"."check_date" > "t67"."_since"
                        AND "t17"."check_date" <= "t67"."month_end"
                    ) AS "t68"
                  ) AS "t69"
                ) AS "t71"
                  ON "t67"."la_code" = "t71"."la_code"
                  AND "t67"."child_id" = "t71"."child_id"
                  AND "t67"."month" = "t71"."month"
              ) AS "t72"
            ) AS "t73"
          ) AS "t74"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t75"
      ) AS "t76"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t78"
      ON "t78"."la_code" = "t9"."la_code"
      AND "t78"."indicator_id" = "t11"."indicator_id"
      AND "t78"."month_index" <= "t10"."month_index"
      AND "t78"."month_index" >= (
        "t10"."month_index" - CASE WHEN "t78"."breakdown" = 'month_alone' THEN 0 ELSE "t11"."months_back" END
      )
  ) AS "t79"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t92"."la_code",
  "t92"."indicator_id",
  "t92"."month",
  "t92"."breakdown",
  "t92"."breakdown_value",
  "t92"."numerator",
  CASE
    WHEN "t92"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t92"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE)
    ELSE "t92"."denominator"
  END AS "denominator",
  CASE
    WHEN "t92"."unit" = 'count'
    THEN "t92"."numerator"
    WHEN "t92"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE) > 0
      THEN (
        "t92"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t92"."unit" = 'percent'
    THEN CASE
      WHEN "t92"."denominator" > 0
      THEN "t92"."numerator" / "t92"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t92"."denominator" > 0
      THEN "t92"."numerator" / "t92"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t86"."la_code",
      "t86"."indicator_id",
      "t86"."month",
      "t86"."breakdown",
      "t86"."breakdown_value",
      "t86"."unit",
      "t86"."numerator",
      "t86"."denominator"
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
            ('HLT1', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS "t13"
        WHERE
          "t13"."months_back" > 0
      ) AS "t21"
      ANTI JOIN (
        SELECT
          *
        FROM "t80" AS "t81"
        WHERE
          "t81"."breakdown" = 'month_alone'
      ) AS "t84"
        ON "t21"."la_code" = "t84"."la_code"
        AND "t21"."indicator_id" = "t84"."indicator_id"
        AND "t21"."month" = "t84"."month"
    ) AS "t86"
  ) AS "t88"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t80" AS "t81"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t87"."la_code",
        "t87"."indicator_id",
        "t87"."month",
        "t87"."breakdown",
        "t87"."breakdown_value",
        "t87"."unit",
        "t87"."numerator",
        "t87"."denominator"
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
        ANTI JOIN (
          SELECT
            *
          FROM "t80" AS "t81"
          WHERE
            "t81"."breakdown" = 'all'
        ) AS "t85"
          ON "t9"."la_code" = "t85"."la_code"
          AND "t11"."indicator_id" = "t85"."indicator_id"
          AND "t10"."month" = "t85"."month"
      ) AS "t87"
    ) AS "t89"
  ) AS "t90"
) AS "t92"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t92"."la_code" = "t8"."la_code" AND "t92"."month" = "t8"."month"
