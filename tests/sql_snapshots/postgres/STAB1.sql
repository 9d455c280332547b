WITH "t26" AS (
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
    "t25"."_reach",
    "t25"."_earlier_reach",
    BOOL_OR(COALESCE("t25"."_earlier_reach" > "t25"."start_date", FALSE)) OVER (
      PARTITION BY "t25"."la_code", "t25"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t24"."short_break",
      "t24"."previous_placement_start",
      "t24"."period_end",
      "t24"."_reach",
      LAG("t24"."_reach") OVER (
        PARTITION BY "t24"."la_code", "t24"."child_id"
        ORDER BY "t24"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        "t21"."short_break",
        "t21"."previous_placement_start",
        "t21"."period_end",
        MAX(COALESCE("t21"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t21"."la_code", "t21"."child_id"
          ORDER BY "t21"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          *
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
            "t17"."period_start",
            "t17"."period_start_seen",
            "t17"."placement_start",
            "t17"."short_break",
            "t17"."previous_placement_start",
            "t17"."period_end"
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
              "t16"."period_start",
              "t16"."period_start_seen",
              "t16"."placement_start",
              "t16"."_move",
              "t16"."short_break",
              "t16"."_previous",
              MAX("t16"."_previous") OVER (
                PARTITION BY "t16"."la_code", "t16"."child_id"
                ORDER BY "t16"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "previous_placement_start",
              CASE
                WHEN BOOL_OR("t16"."end_date" IS NULL) OVER (
                  PARTITION BY "t16"."la_code", "t16"."child_id", "t16"."period_start"
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
                THEN CAST(NULL AS DATE)
                ELSE MAX("t16"."end_date") OVER (
                  PARTITION BY "t16"."la_code", "t16"."child_id", "t16"."period_start"
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
              END AS "period_end"
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
                "t15"."period_start",
                "t15"."period_start_seen",
                "t15"."placement_start",
                "t15"."_move",
                "t15"."short_break",
                CASE
                  WHEN "t15"."_move" IS NOT NULL
                  THEN LAG("t15"."placement_start") OVER (
                    PARTITION BY "t15"."la_code", "t15"."child_id"
                    ORDER BY "t15"."start_date" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  )
                  ELSE CAST(NULL AS DATE)
                END AS "_previous"
              FROM (
                SELECT
                  "t12"."child_id",
                  "t12"."start_date",
                  "t12"."reason_new_episode",
                  "t12"."legal_status",
                  "t12"."category_of_need",
                  "t12"."placement_type",
                  "t12"."placement_provider",
                  "t12"."end_date",
                  "t12"."reason_ceased",
                  "t12"."reason_place_change",
                  "t12"."home_postcode",
                  "t12"."placement_postcode",
                  "t12"."urn",
                  "t12"."placed_outside_council",
                  "t12"."la_code",
                  "t12"."load_id",
                  COALESCE(
                    MAX(
                      CASE
                        WHEN "t12"."reason_new_episode" = 'S'
                        THEN "t12"."start_date"
                        ELSE CAST(NULL AS DATE)
                      END
                    ) OVER (
                      PARTITION BY "t12"."la_code", "t12"."child_id"
                      ORDER BY "t12"."start_date" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                    ),
                    MIN("t12"."start_date") OVER (
                      PARTITION BY "t12"."la_code", "t12"."child_id"
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    )
                  ) AS "period_start",
                  MAX(
                    CASE
                      WHEN "t12"."reason_new_episode" = 'S'
                      THEN "t12"."start_date"
                      ELSE CAST(NULL AS DATE)
                    END
                  ) OVER (
                    PARTITION BY "t12"."la_code", "t12"."child_id"
                    ORDER BY "t12"."start_date" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                  ) IS NOT NULL AS "period_start_seen",
                  COALESCE(
                    MAX(
                      CASE
                        WHEN "t12"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                        THEN "t12"."start_date"
                        ELSE CAST(NULL AS DATE)
                      END
                    ) OVER (
                      PARTITION BY "t12"."la_code", "t12"."child_id"
                      ORDER BY "t12"."start_date" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                    ),
                    MIN("t12"."start_date") OVER (
                      PARTITION BY "t12"."la_code", "t12"."child_id"
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    )
                  ) AS "placement_start",
                  CASE
                    WHEN "t12"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                    THEN "t12"."start_date"
                    ELSE CAST(NULL AS DATE)
                  END AS "_move",
                  "t12"."legal_status" IN ('V3', 'V4') AS "short_break"
                FROM (
                  SELECT
                    *
                  FROM "looked_after_episode" AS "t4"
                  WHERE
                    "t4"."start_date" IS NOT NULL
                ) AS "t12"
              ) AS "t15"
            ) AS "t16"
          ) AS "t17"
        ) AS "t18"
        WHERE
          NOT (
            "t18"."short_break"
          ) AND "t18"."start_date" IS NOT NULL
      ) AS "t21"
    ) AS "t24"
  ) AS "t25"
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
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t67"."la_code" AS "la_code_right",
      "t67"."indicator_id" AS "indicator_id_right",
      "t67"."month_index" AS "month_index_right",
      "t67"."breakdown",
      "t67"."breakdown_value",
      "t67"."_num",
      "t67"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('STAB1', 0, 'percent')) AS t9(indicator_id, months_back, unit)
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
          'STAB1' AS "indicator_id",
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
              CASE
                WHEN COALESCE((
                  COALESCE("t62"."_moves", 0) + COALESCE("t62"."_already", 0)
                ) >= 3, FALSE)
                THEN 1.0
                ELSE 0.0
              END AS "numerator",
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
                "t61"."_window_start",
                "t61"."_moves",
                "t61"."_already"
              FROM (
                SELECT
                  "t60"."child_id",
                  "t60"."start_date",
                  "t60"."reason_new_episode",
                  "t60"."legal_status",
                  "t60"."category_of_need",
                  "t60"."placement_type",
                  "t60"."placement_provider",
                  "t60"."end_date",
                  "t60"."reason_ceased",
                  "t60"."reason_place_change",
                  "t60"."home_postcode",
                  "t60"."placement_postcode",
                  "t60"."urn",
                  "t60"."placed_outside_council",
                  "t60"."la_code",
                  "t60"."load_id",
                  "t60"."period_start",
                  "t60"."period_start_seen",
                  "t60"."placement_start",
                  "t60"."short_break",
                  "t60"."previous_placement_start",
                  "t60"."period_end",
                  "t60"."month",
                  "t60"."month_end",
                  "t60"."month_index",
                  "t60"."uasc",
                  "t60"."_window_start",
                  "t60"."_moves",
                  "t57"."la_code" AS "la_code_right",
                  "t57"."child_id" AS "child_id_right",
                  "t57"."month" AS "month_right",
                  "t57"."_already"
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
                    "t58"."uasc",
                    "t58"."_window_start",
                    "t58"."_moves"
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
                      "t50"."uasc",
                      "t50"."_window_start",
                      "t55"."la_code" AS "la_code_right",
                      "t55"."child_id" AS "child_id_right",
                      "t55"."month" AS "month_right",
                      "t55"."_moves"
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
                        "t48"."uasc",
                        "t48"."month_end" - INTERVAL '1 YEAR' AS "_window_start"
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
                          "t47"."uasc"
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
                            "t46"."_uasc",
                            COALESCE("t46"."_uasc", 'Not UASC') AS "uasc"
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
                              "t45"."month_index",
                              "t45"."_uasc"
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
                                "t44"."la_code" AS "la_code_right",
                                "t44"."child_id" AS "child_id_right",
                                "t44"."month" AS "month_right",
                                "t44"."_uasc"
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
                                    "t33"."period_end",
                                    "t33"."month",
                                    "t33"."month_end",
                                    "t33"."month_index"
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
                                      "t31"."period_end",
                                      "t31"."_until",
                                      "t8"."month",
                                      "t8"."month_end",
                                      "t8"."month_index"
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
                                        "t27"."period_end",
                                        COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                      FROM "t26" AS "t27"
                                      WHERE
                                        NOT (
                                          "t27"."_overlaps"
                                        ) AND "t27"."start_date" IS NOT NULL
                                    ) AS "t31"
                                    INNER JOIN "scorecard_month_spine" AS "t8"
                                      ON "t31"."start_date" <= "t8"."month_end" AND "t31"."_until" > "t8"."month_end"
                                  ) AS "t33"
                                ) AS "t35"
                                UNION ALL
                                SELECT
                                  *
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
                                    "t37"."month",
                                    "t37"."month_end",
                                    "t37"."month_index"
                                  FROM (
                                    SELECT
                                      *
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
                                        "t34"."month_index",
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t34"."la_code", "t34"."child_id", "t34"."month"
                                          ORDER BY "t34"."start_date" DESC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1 AS "_rank"
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
                                          "t32"."month",
                                          "t32"."month_end",
                                          "t32"."month_index"
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
                                            "t30"."_until",
                                            "t8"."month",
                                            "t8"."month_end",
                                            "t8"."month_index"
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
                                              "t27"."period_end",
                                              COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                            FROM "t26" AS "t27"
                                            WHERE
                                              "t27"."_overlaps" AND "t27"."start_date" IS NOT NULL
                                          ) AS "t30"
                                          INNER JOIN "scorecard_month_spine" AS "t8"
                                            ON "t30"."start_date" <= "t8"."month_end" AND "t30"."_until" > "t8"."month_end"
                                        ) AS "t32"
                                      ) AS "t34"
                                    ) AS "t36"
                                    WHERE
                                      "t36"."_rank" = 0
                                  ) AS "t37"
                                ) AS "t38"
                              ) AS "t40"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t42"."la_code",
                                  "t42"."child_id",
                                  "t42"."month",
                                  'UASC' AS "_uasc"
                                FROM (
                                  SELECT DISTINCT
                                    *
                                  FROM (
                                    SELECT
                                      "t40"."la_code",
                                      "t40"."child_id",
                                      "t40"."month"
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
                                          "t33"."period_end",
                                          "t33"."month",
                                          "t33"."month_end",
                                          "t33"."month_index"
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
                                            "t31"."period_end",
                                            "t31"."_until",
                                            "t8"."month",
                                            "t8"."month_end",
                                            "t8"."month_index"
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
                                              "t27"."period_end",
                                              COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                            FROM "t26" AS "t27"
                                            WHERE
                                              NOT (
                                                "t27"."_overlaps"
                                              ) AND "t27"."start_date" IS NOT NULL
                                          ) AS "t31"
                                          INNER JOIN "scorecard_month_spine" AS "t8"
                                            ON "t31"."start_date" <= "t8"."month_end" AND "t31"."_until" > "t8"."month_end"
                                        ) AS "t33"
                                      ) AS "t35"
                                      UNION ALL
                                      SELECT
                                        *
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
                                          "t37"."month",
                                          "t37"."month_end",
                                          "t37"."month_index"
                                        FROM (
                                          SELECT
                                            *
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
                                              "t34"."month_index",
                                              ROW_NUMBER() OVER (
                                                PARTITION BY "t34"."la_code", "t34"."child_id", "t34"."month"
                                                ORDER BY "t34"."start_date" DESC NULLS LAST
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) - 1 AS "_rank"
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
                                                "t32"."month",
                                                "t32"."month_end",
                                                "t32"."month_index"
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
                                                  "t30"."_until",
                                                  "t8"."month",
                                                  "t8"."month_end",
                                                  "t8"."month_index"
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
                                                    "t27"."period_end",
                                                    COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                  FROM "t26" AS "t27"
                                                  WHERE
                                                    "t27"."_overlaps" AND "t27"."start_date" IS NOT NULL
                                                ) AS "t30"
                                                INNER JOIN "scorecard_month_spine" AS "t8"
                                                  ON "t30"."start_date" <= "t8"."month_end" AND "t30"."_until" > "t8"."month_end"
                                              ) AS "t32"
                                            ) AS "t34"
                                          ) AS "t36"
                                          WHERE
                                            "t36"."_rank" = 0
                                        ) AS "t37"
                                      ) AS "t38"
                                    ) AS "t40"
                                    INNER JOIN "uasc_status" AS "t10"
                                      ON "t40"."la_code" = "t10"."la_code"
                                      AND "t40"."child_id" = "t10"."child_id"
                                      AND COALESCE("t10"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) <= "t40"."month_end"
                                      AND COALESCE("t10"."end_date", MAKE_DATE(9999, 12, 31)) > "t40"."month_end"
                                  ) AS "t41"
                                ) AS "t42"
                              ) AS "t44"
                                ON "t40"."la_code" = "t44"."la_code"
                                AND "t40"."child_id" = "t44"."child_id"
                                AND "t40"."month" = "t44"."month"
                            ) AS "t45"
                          ) AS "t46"
                        ) AS "t47"
                      ) AS "t48"
                    ) AS "t50"
                    LEFT OUTER JOIN (
                      SELECT
                        "t52"."la_code",
                        "t52"."child_id",
                        "t52"."month",
                        COUNT(*) AS "_moves"
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
                          "t50"."uasc",
                          "t50"."_window_start",
                          "t23"."child_id" AS "child_id_right",
                          "t23"."start_date" AS "start_date_right",
                          "t23"."reason_new_episode" AS "reason_new_episode_right",
                          "t23"."legal_status" AS "legal_status_right",
                          "t23"."category_of_need" AS "category_of_need_right",
                          "t23"."placement_type" AS "placement_type_right",
                          "t23"."placement_provider" AS "placement_provider_right",
                          "t23"."end_date" AS "end_date_right",
                          "t23"."reason_ceased" AS "reason_ceased_right",
                          "t23"."reason_place_change" AS "reason_place_change_right",
                          "t23"."home_postcode" AS "home_postcode_right",
                          "t23"."placement_postcode" AS "placement_postcode_right",
                          "t23"."urn" AS "urn_right",
                          "t23"."placed_outside_council" AS "placed_outside_council_right",
                          "t23"."la_code" AS "la_code_right",
                          "t23"."load_id" AS "load_id_right",
                          "t23"."period_start" AS "period_start_right",
                          "t23"."period_start_seen" AS "period_start_seen_right",
                          "t23"."placement_start" AS "placement_start_right",
                          "t23"."short_break" AS "short_break_right",
                          "t23"."previous_placement_start" AS "previous_placement_start_right",
                          "t23"."period_end" AS "period_end_right"
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
                            "t48"."uasc",
                            "t48"."month_end" - INTERVAL '1 YEAR' AS "_window_start"
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
                              "t47"."uasc"
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
                                "t46"."_uasc",
                                COALESCE("t46"."_uasc", 'Not UASC') AS "uasc"
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
                                  "t45"."month_index",
                                  "t45"."_uasc"
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
                                    "t44"."la_code" AS "la_code_right",
                                    "t44"."child_id" AS "child_id_right",
                                    "t44"."month" AS "month_right",
                                    "t44"."_uasc"
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
                                        "t33"."period_end",
                                        "t33"."month",
                                        "t33"."month_end",
                                        "t33"."month_index"
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
                                          "t31"."period_end",
                                          "t31"."_until",
                                          "t8"."month",
                                          "t8"."month_end",
                                          "t8"."month_index"
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
                                            "t27"."period_end",
                                            COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                          FROM "t26" AS "t27"
                                          WHERE
                                            NOT (
                                              "t27"."_overlaps"
                                            ) AND "t27"."start_date" IS NOT NULL
                                        ) AS "t31"
                                        INNER JOIN "scorecard_month_spine" AS "t8"
                                          ON "t31"."start_date" <= "t8"."month_end" AND "t31"."_until" > "t8"."month_end"
                                      ) AS "t33"
                                    ) AS "t35"
                                    UNION ALL
                                    SELECT
                                      *
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
                                        "t37"."month",
                                        "t37"."month_end",
                                        "t37"."month_index"
                                      FROM (
                                        SELECT
                                          *
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
                                            "t34"."month_index",
                                            ROW_NUMBER() OVER (
                                              PARTITION BY "t34"."la_code", "t34"."child_id", "t34"."month"
                                              ORDER BY "t34"."start_date" DESC NULLS LAST
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) - 1 AS "_rank"
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
                                              "t32"."month",
                                              "t32"."month_end",
                                              "t32"."month_index"
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
                                                "t30"."_until",
                                                "t8"."month",
                                                "t8"."month_end",
                                                "t8"."month_index"
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
                                                  "t27"."period_end",
                                                  COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                FROM "t26" AS "t27"
                                                WHERE
                                                  "t27"."_overlaps" AND "t27"."start_date" IS NOT NULL
                                              ) AS "t30"
                                              INNER JOIN "scorecard_month_spine" AS "t8"
                                                ON "t30"."start_date" <= "t8"."month_end" AND "t30"."_until" > "t8"."month_end"
                                            ) AS "t32"
                                          ) AS "t34"
                                        ) AS "t36"
                                        WHERE
                                          "t36"."_rank" = 0
                                      ) AS "t37"
                                    ) AS "t38"
                                  ) AS "t40"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t42"."la_code",
                                      "t42"."child_id",
                                      "t42"."month",
                                      'UASC' AS "_uasc"
                                    FROM (
                                      SELECT DISTINCT
                                        *
                                      FROM (
                                        SELECT
                                          "t40"."la_code",
                                          "t40"."child_id",
                                          "t40"."month"
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
                                              "t33"."period_end",
                                              "t33"."month",
                                              "t33"."month_end",
                                              "t33"."month_index"
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
                                                "t31"."period_end",
                                                "t31"."_until",
                                                "t8"."month",
                                                "t8"."month_end",
                                                "t8"."month_index"
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
                                                  "t27"."period_end",
                                                  COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                FROM "t26" AS "t27"
                                                WHERE
                                                  NOT (
                                                    "t27"."_overlaps"
                                                  ) AND "t27"."start_date" IS NOT NULL
                                              ) AS "t31"
                                              INNER JOIN "scorecard_month_spine" AS "t8"
                                                ON "t31"."start_date" <= "t8"."month_end" AND "t31"."_until" > "t8"."month_end"
                                            ) AS "t33"
                                          ) AS "t35"
                                          UNION ALL
                                          SELECT
                                            *
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
                                              "t37"."month",
                                              "t37"."month_end",
                                              "t37"."month_index"
                                            FROM (
                                              SELECT
                                                *
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
                                                  "t34"."month_index",
                                                  ROW_NUMBER() OVER (
                                                    PARTITION BY "t34"."la_code", "t34"."child_id", "t34"."month"
                                                    ORDER BY "t34"."start_date" DESC NULLS LAST
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                  ) - 1 AS "_rank"
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
                                                    "t32"."month",
                                                    "t32"."month_end",
                                                    "t32"."month_index"
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
                                                      "t30"."_until",
                                                      "t8"."month",
                                                      "t8"."month_end",
                                                      "t8"."month_index"
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
                                                        "t27"."period_end",
                                                        COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                      FROM "t26" AS "t27"
                                                      WHERE
                                                        "t27"."_overlaps" AND "t27"."start_date" IS NOT NULL
                                                    ) AS "t30"
                                                    INNER JOIN "scorecard_month_spine" AS "t8"
                                                      ON "t30"."start_date" <= "t8"."month_end" AND "t30"."_until" > "t8"."month_end"
                                                  ) AS "t32"
                                                ) AS "t34"
                                              ) AS "t36"
                                              WHERE
                                                "t36"."_rank" = 0
                                            ) AS "t37"
                                          ) AS "t38"
                                        ) AS "t40"
                                        INNER JOIN "uasc_status" AS "t10"
                                          ON "t40"."la_code" = "t10"."la_code"
                                          AND "t40"."child_id" = "t10"."child_id"
                                          AND COALESCE("t10"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) <= "t40"."month_end"
                                          AND COALESCE("t10"."end_date", MAKE_DATE(9999, 12, 31)) > "t40"."month_end"
                                      ) AS "t41"
                                    ) AS "t42"
                                  ) AS "t44"
                                    ON "t40"."la_code" = "t44"."la_code"
                                    AND "t40"."child_id" = "t44"."child_id"
                                    AND "t40"."month" = "t44"."month"
                                ) AS "t45"
                              ) AS "t46"
                            ) AS "t47"
                          ) AS "t48"
                        ) AS "t50"
                        INNER JOIN (
                          SELECT
                            *
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
                              "t17"."period_start",
                              "t17"."period_start_seen",
                              "t17"."placement_start",
                              "t17"."short_break",
                              "t17"."previous_placement_start",
                              "t17"."period_end"
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
                                "t16"."period_start",
                                "t16"."period_start_seen",
                                "t16"."placement_start",
                                "t16"."_move",
                                "t16"."short_break",
                                "t16"."_previous",
                                MAX("t16"."_previous") OVER (
                                  PARTITION BY "t16"."la_code", "t16"."child_id"
                                  ORDER BY "t16"."start_date" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS "previous_placement_start",
                                CASE
                                  WHEN BOOL_OR("t16"."end_date" IS NULL) OVER (
                                    PARTITION BY "t16"."la_code", "t16"."child_id", "t16"."period_start"
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                  THEN CAST(NULL AS DATE)
                                  ELSE MAX("t16"."end_date") OVER (
                                    PARTITION BY "t16"."la_code", "t16"."child_id", "t16"."period_start"
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                END AS "period_end"
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
                                  "t15"."period_start",
                                  "t15"."period_start_seen",
                                  "t15"."placement_start",
                                  "t15"."_move",
                                  "t15"."short_break",
                                  CASE
                                    WHEN "t15"."_move" IS NOT NULL
                                    THEN LAG("t15"."placement_start") OVER (
                                      PARTITION BY "t15"."la_code", "t15"."child_id"
                                      ORDER BY "t15"."start_date" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                    ELSE CAST(NULL AS DATE)
                                  END AS "_previous"
                                FROM (
                                  SELECT
                                    "t12"."child_id",
                                    "t12"."start_date",
                                    "t12"."reason_new_episode",
                                    "t12"."legal_status",
                                    "t12"."category_of_need",
                                    "t12"."placement_type",
                                    "t12"."placement_provider",
                                    "t12"."end_date",
                                    "t12"."reason_ceased",
                                    "t12"."reason_place_change",
                                    "t12"."home_postcode",
                                    "t12"."placement_postcode",
                                    "t12"."urn",
                                    "t12"."placed_outside_council",
                                    "t12"."la_code",
                                    "t12"."load_id",
                                    COALESCE(
                                      MAX(
                                        CASE
                                          WHEN "t12"."reason_new_episode" = 'S'
                                          THEN "t12"."start_date"
                                          ELSE CAST(NULL AS DATE)
                                        END
                                      ) OVER (
                                        PARTITION BY "t12"."la_code", "t12"."child_id"
                                        ORDER BY "t12"."start_date" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN("t12"."start_date") OVER (
                                        PARTITION BY "t12"."la_code", "t12"."child_id"
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS "period_start",
                                    MAX(
                                      CASE
                                        WHEN "t12"."reason_new_episode" = 'S'
                                        THEN "t12"."start_date"
                                        ELSE CAST(NULL AS DATE)
                                      END
                                    ) OVER (
                                      PARTITION BY "t12"."la_code", "t12"."child_id"
                                      ORDER BY "t12"."start_date" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) IS NOT NULL AS "period_start_seen",
                                    COALESCE(
                                      MAX(
                                        CASE
                                          WHEN "t12"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                          THEN "t12"."start_date"
                                          ELSE CAST(NULL AS DATE)
                                        END
                                      ) OVER (
                                        PARTITION BY "t12"."la_code", "t12"."child_id"
                                        ORDER BY "t12"."start_date" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN("t12"."start_date") OVER (
                                        PARTITION BY "t12"."la_code", "t12"."child_id"
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS "placement_start",
                                    CASE
                                      WHEN "t12"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                      THEN "t12"."start_date"
                                      ELSE CAST(NULL AS DATE)
                                    END AS "_move",
                                    "t12"."legal_status" IN ('V3', 'V4') AS "short_break"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "looked_after_episode" AS "t4"
                                    WHERE
                                      "t4"."start_date" IS NOT NULL
                                  ) AS "t12"
                                ) AS "t15"
                              ) AS "t16"
                            ) AS "t17"
                          ) AS "t18"
                          WHERE
                            NOT (
                              "t18"."short_break"
                            )
                            AND "t18"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                        ) AS "t23"
                          ON "t50"."la_code" = "t23"."la_code"
                          AND "t50"."child_id" = "t23"."child_id"
                          AND "t23"."start_date" > "t50"."_window_start"
                          AND "t23"."start_date" <= "t50"."month_end"
                      ) AS "t52"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t55"
                      ON "t50"."la_code" = "t55"."la_code"
                      AND "t50"."child_id" = "t55"."child_id"
                      AND "t50"."month" = "t55"."month"
                  ) AS "t58"
                ) AS "t60"
                LEFT OUTER JOIN (
                  SELECT
                    "t53"."la_code",
                    "t53"."child_id",
                    "t53"."month",
                    1 AS "_already"
                  FROM (
                    SELECT DISTINCT
                      *
                    FROM (
                      SELECT
                        "t50"."la_code",
                        "t50"."child_id",
                        "t50"."month"
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
                          "t48"."uasc",
                          "t48"."month_end" - INTERVAL '1 YEAR' AS "_window_start"
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
                            "t47"."uasc"
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
                              "t46"."_uasc",
                              COALESCE("t46"."_uasc", 'Not UASC') AS "uasc"
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
                                "t45"."month_index",
                                "t45"."_uasc"
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
                                  "t44"."la_code" AS "la_code_right",
                                  "t44"."child_id" AS "child_id_right",
                                  "t44"."month" AS "month_right",
                                  "t44"."_uasc"
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
                                      "t33"."period_end",
                                      "t33"."month",
                                      "t33"."month_end",
                                      "t33"."month_index"
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
                                        "t31"."period_end",
                                        "t31"."_until",
                                        "t8"."month",
                                        "t8"."month_end",
                                        "t8"."month_index"
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
                                          "t27"."period_end",
                                          COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM "t26" AS "t27"
                                        WHERE
                                          NOT (
                                            "t27"."_overlaps"
                                          ) AND "t27"."start_date" IS NOT NULL
                                      ) AS "t31"
                                      INNER JOIN "scorecard_month_spine" AS "t8"
                                        ON "t31"."start_date" <= "t8"."month_end" AND "t31"."_until" > "t8"."month_end"
                                    ) AS "t33"
                                  ) AS "t35"
                                  UNION ALL
                                  SELECT
                                    *
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
                                      "t37"."month",
                                      "t37"."month_end",
                                      "t37"."month_index"
                                    FROM (
                                      SELECT
                                        *
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
                                          "t34"."month_index",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t34"."la_code", "t34"."child_id", "t34"."month"
                                            ORDER BY "t34"."start_date" DESC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "_rank"
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
                                            "t32"."month",
                                            "t32"."month_end",
                                            "t32"."month_index"
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
                                              "t30"."_until",
                                              "t8"."month",
                                              "t8"."month_end",
                                              "t8"."month_index"
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
                                                "t27"."period_end",
                                                COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t26" AS "t27"
                                              WHERE
                                                "t27"."_overlaps" AND "t27"."start_date" IS NOT NULL
                                            ) AS "t30"
                                            INNER JOIN "scorecard_month_spine" AS "t8"
                                              ON "t30"."start_date" <= "t8"."month_end" AND "t30"."_until" > "t8"."month_end"
                                          ) AS "t32"
                                        ) AS "t34"
                                      ) AS "t36"
                                      WHERE
                                        "t36"."_rank" = 0
                                    ) AS "t37"
                                  ) AS "t38"
                                ) AS "t40"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t42"."la_code",
                                    "t42"."child_id",
                                    "t42"."month",
                                    'UASC' AS "_uasc"
                                  FROM (
                                    SELECT DISTINCT
                                      *
                                    FROM (
                                      SELECT
                                        "t40"."la_code",
                                        "t40"."child_id",
                                        "t40"."month"
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
                                            "t33"."period_end",
                                            "t33"."month",
                                            "t33"."month_end",
                                            "t33"."month_index"
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
                                              "t31"."period_end",
                                              "t31"."_until",
                                              "t8"."month",
                                              "t8"."month_end",
                                              "t8"."month_index"
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
                                                "t27"."period_end",
                                                COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t26" AS "t27"
                                              WHERE
                                                NOT (
                                                  "t27"."_overlaps"
                                                ) AND "t27"."start_date" IS NOT NULL
                                            ) AS "t31"
                                            INNER JOIN "scorecard_month_spine" AS "t8"
                                              ON "t31"."start_date" <= "t8"."month_end" AND "t31"."_until" > "t8"."month_end"
                                          ) AS "t33"
                                        ) AS "t35"
                                        UNION ALL
                                        SELECT
                                          *
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
                                            "t37"."month",
                                            "t37"."month_end",
                                            "t37"."month_index"
                                          FROM (
                                            SELECT
                                              *
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
                                                "t34"."month_index",
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY "t34"."la_code", "t34"."child_id", "t34"."month"
                                                  ORDER BY "t34"."start_date" DESC NULLS LAST
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) - 1 AS "_rank"
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
                                                  "t32"."month",
                                                  "t32"."month_end",
                                                  "t32"."month_index"
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
                                                    "t30"."_until",
                                                    "t8"."month",
                                                    "t8"."month_end",
                                                    "t8"."month_index"
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
                                                      "t27"."period_end",
                                                      COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                    FROM "t26" AS "t27"
                                                    WHERE
                                                      "t27"."_overlaps" AND "t27"."start_date" IS NOT NULL
                                                  ) AS "t30"
                                                  INNER JOIN "scorecard_month_spine" AS "t8"
                                                    ON "t30"."start_date" <= "t8"."month_end" AND "t30"."_until" > "t8"."month_end"
                                                ) AS "t32"
                                              ) AS "t34"
                                            ) AS "t36"
                                            WHERE
                                              "t36"."_rank" = 0
                                          ) AS "t37"
                                        ) AS "t38"
                                      ) AS "t40"
                                      INNER JOIN "uasc_status" AS "t10"
                                        ON "t40"."la_code" = "t10"."la_code"
                                        AND "t40"."child_id" = "t10"."child_id"
                                        AND COALESCE("t10"."start_date", MAKE_DATE(CAST(1900 AS INT), CAST(1 AS INT), CAST(1 AS INT))) <= "t40"."month_end"
                                        AND COALESCE("t10"."end_date", MAKE_DATE(9999, 12, 31)) > "t40"."month_end"
                                    ) AS "t41"
                                  ) AS "t42"
                                ) AS "t44"
                                  ON "t40"."la_code" = "t44"."la_code"
                                  AND "t40"."child_id" = "t44"."child_id"
                                  AND "t40"."month" = "t44"."month"
                              ) AS "t45"
                            ) AS "t46"
                          ) AS "t47"
                        ) AS "t48"
                      ) AS "t50"
                      INNER JOIN (
                        SELECT
                          *
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
                            "t17"."period_start",
                            "t17"."period_start_seen",
                            "t17"."placement_start",
                            "t17"."short_break",
                            "t17"."previous_placement_start",
                            "t17"."period_end"
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
                              "t16"."period_start",
                              "t16"."period_start_seen",
                              "t16"."placement_start",
                              "t16"."_move",
                              "t16"."short_break",
                              "t16"."_previous",
                              MAX("t16"."_previous") OVER (
                                PARTITION BY "t16"."la_code", "t16"."child_id"
                                ORDER BY "t16"."start_date" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS "previous_placement_start",
                              CASE
                                WHEN BOOL_OR("t16"."end_date" IS NULL) OVER (
                                  PARTITION BY "t16"."la_code", "t16"."child_id", "t16"."period_start"
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                                THEN CAST(NULL AS DATE)
                                ELSE MAX("t16"."end_date") OVER (
                                  PARTITION BY "t16"."la_code", "t16"."child_id", "t16"."period_start"
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                              END AS "period_end"
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
                                "t15"."period_start",
                                "t15"."period_start_seen",
                                "t15"."placement_start",
                                "t15"."_move",
                                "t15"."short_break",
                                CASE
                                  WHEN "t15"."_move" IS NOT NULL
                                  THEN LAG("t15"."placement_start") OVER (
                                    PARTITION BY "t15"."la_code", "t15"."child_id"
                                    ORDER BY "t15"."start_date" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                  ELSE CAST(NULL AS DATE)
                                END AS "_previous"
                              FROM (
                                SELECT
                                  "t12"."child_id",
                                  "t12"."start_date",
                                  "t12"."reason_new_episode",
                                  "t12"."legal_status",
                                  "t12"."category_of_need",
                                  "t12"."placement_type",
                                  "t12"."placement_provider",
                                  "t12"."end_date",
                                  "t12"."reason_ceased",
                                  "t12"."reason_place_change",
                                  "t12"."home_postcode",
                                  "t12"."placement_postcode",
                                  "t12"."urn",
                                  "t12"."placed_outside_council",
                                  "t12"."la_code",
                                  "t12"."load_id",
                                  COALESCE(
                                    MAX(
                                      CASE
                                        WHEN "t12"."reason_new_episode" = 'S'
                                        THEN "t12"."start_date"
                                        ELSE CAST(NULL AS DATE)
                                      END
                                    ) OVER (
                                      PARTITION BY "t12"."la_code", "t12"."child_id"
                                      ORDER BY "t12"."start_date" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN("t12"."start_date") OVER (
                                      PARTITION BY "t12"."la_code", "t12"."child_id"
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS "period_start",
                                  MAX(
                                    CASE
                                      WHEN "t12"."reason_new_episode" = 'S'
                                      THEN "t12"."start_date"
                                      ELSE CAST(NULL AS DATE)
                                    END
                                  ) OVER (
                                    PARTITION BY "t12"."la_code", "t12"."child_id"
                                    ORDER BY "t12"."start_date" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) IS NOT NULL AS "period_start_seen",
                                  COALESCE(
                                    MAX(
                                      CASE
                                        WHEN "t12"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                        THEN "t12"."start_date"
                                        ELSE CAST(NULL AS DATE)
                                      END
                                    ) OVER (
                                      PARTITION BY "t12"."la_code", "t12"."child_id"
                                      ORDER BY "t12"."start_date" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN("t12"."start_date") OVER (
                                      PARTITION BY "t12"."la_code", "t12"."child_id"
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS "placement_start",
                                  CASE
                                    WHEN "t12"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                    THEN "t12"."start_date"
                                    ELSE CAST(NULL AS DATE)
                                  END AS "_move",
                                  "t12"."legal_status" IN ('V3', 'V4') AS "short_break"
                                FROM (
                                  SELECT
                                    *
                                  FROM "looked_after_episode" AS "t4"
                                  WHERE
                                    "t4"."start_date" IS NOT NULL
                                ) AS "t12"
                              ) AS "t15"
                            ) AS "t16"
                          ) AS "t17"
                        ) AS "t18"
                        WHERE
                          NOT (
                            "t18"."short_break"
                          )
                      ) AS "t22"
                        ON "t50"."la_code" = "t22"."la_code"
                        AND "t50"."child_id" = "t22"."child_id"
                        AND "t22"."start_date" <= "t50"."_window_start"
                        AND COALESCE("t22"."end_date", MAKE_DATE(9999, 12, 31)) > "t50"."_window_start"
                    ) AS "t51"
                  ) AS "t53"
                ) AS "t57"
                  ON "t60"."la_code" = "t57"."la_code"
                  AND "t60"."child_id" = "t57"."child_id"
                  AND "t60"."month" = "t57"."month"
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
      ON "t67"."la_code" = "t7"."la_code"
      AND "t67"."indicator_id" = "t9"."indicator_id"
      AND "t67"."month_index" <= "t8"."month_index"
      AND "t67"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t67"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
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
    THEN CAST("t6"."population" AS DOUBLE PRECISION)
    ELSE "t81"."denominator"
  END AS "denominator",
  CASE
    WHEN "t81"."unit" = 'count'
    THEN "t81"."numerator"
    WHEN "t81"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t81"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE PRECISION)
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
        "t14"."la_code",
        "t14"."indicator_id",
        "t14"."month",
        "t14"."unit",
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
            ('STAB1', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS "t11"
        WHERE
          "t11"."months_back" > 0
      ) AS "t14"
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
            "t14"."la_code" = "t73"."la_code"
            AND "t14"."indicator_id" = "t73"."indicator_id"
            AND "t14"."month" = "t73"."month"
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
          ('STAB1', 0, 'percent')) AS t9(indicator_id, months_back, unit)
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
              "t7"."la_code" = "t74"."la_code"
              AND "t9"."indicator_id" = "t74"."indicator_id"
              AND "t8"."month" = "t74"."month"
          )
      ) AS "t76"
    ) AS "t78"
  ) AS "t79"
) AS "t81"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t81"."la_code" = "t6"."la_code" AND "t81"."month" = "t6"."month"
