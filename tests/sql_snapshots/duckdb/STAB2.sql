WITH "t32" AS (
  SELECT
    *
  FROM (
    SELECT
      "t30".*
      EXCLUDE ("_move", "_previous")
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
        "t29"."_move",
        "t29"."short_break",
        "t29"."_previous",
        MAX("t29"."_previous") OVER (
          PARTITION BY "t29"."la_code", "t29"."child_id"
          ORDER BY "t29"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "previous_placement_start",
        CASE
          WHEN BOOL_OR(CAST("t29"."end_date" IS NULL AS BOOLEAN)) OVER (
            PARTITION BY "t29"."la_code", "t29"."child_id", "t29"."period_start"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
          THEN CAST(NULL AS DATE)
          ELSE MAX("t29"."end_date") OVER (
            PARTITION BY "t29"."la_code", "t29"."child_id", "t29"."period_start"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        END AS "period_end"
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
          "t25"."_move",
          "t25"."short_break",
          CASE
            WHEN "t25"."_move" IS NOT NULL
            THEN LAG("t25"."placement_start") OVER (
              PARTITION BY "t25"."la_code", "t25"."child_id"
              ORDER BY "t25"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            )
            ELSE CAST(NULL AS DATE)
          END AS "_previous"
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
            COALESCE(
              MAX(
                CASE
                  WHEN "t18"."reason_new_episode" = 'S'
                  THEN "t18"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t18"."la_code", "t18"."child_id"
                ORDER BY "t18"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t18"."start_date") OVER (
                PARTITION BY "t18"."la_code", "t18"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "period_start",
            MAX(
              CASE
                WHEN "t18"."reason_new_episode" = 'S'
                THEN "t18"."start_date"
                ELSE CAST(NULL AS DATE)
              END
            ) OVER (
              PARTITION BY "t18"."la_code", "t18"."child_id"
              ORDER BY "t18"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS "period_start_seen",
            COALESCE(
              MAX(
                CASE
                  WHEN "t18"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                  THEN "t18"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t18"."la_code", "t18"."child_id"
                ORDER BY "t18"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t18"."start_date") OVER (
                PARTITION BY "t18"."la_code", "t18"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "placement_start",
            CASE
              WHEN "t18"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
              THEN "t18"."start_date"
              ELSE CAST(NULL AS DATE)
            END AS "_move",
            "t18"."legal_status" IN ('V3', 'V4') AS "short_break"
          FROM (
            SELECT
              *
            FROM "looked_after_episode" AS "t7"
            WHERE
              "t7"."start_date" IS NOT NULL
          ) AS "t18"
        ) AS "t25"
      ) AS "t29"
    ) AS "t30"
  ) AS "t31"
  WHERE
    NOT (
      "t31"."short_break"
    ) AND "t31"."start_date" IS NOT NULL
), "t42" AS (
  SELECT
    "t41"."child_id",
    "t41"."start_date",
    "t41"."reason_new_episode",
    "t41"."legal_status",
    "t41"."category_of_need",
    "t41"."placement_type",
    "t41"."placement_provider",
    "t41"."end_date",
    "t41"."reason_ceased",
    "t41"."reason_place_change",
    "t41"."home_postcode",
    "t41"."placement_postcode",
    "t41"."urn",
    "t41"."placed_outside_council",
    "t41"."la_code",
    "t41"."load_id",
    "t41"."period_start",
    "t41"."period_start_seen",
    "t41"."placement_start",
    "t41"."short_break",
    "t41"."previous_placement_start",
    "t41"."period_end",
    "t41"."_reach",
    "t41"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t41"."_earlier_reach" > "t41"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t41"."la_code", "t41"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t40"."_reach",
      LAG("t40"."_reach") OVER (
        PARTITION BY "t40"."la_code", "t40"."child_id"
        ORDER BY "t40"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        MAX(COALESCE("t39"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t39"."la_code", "t39"."child_id"
          ORDER BY "t39"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
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
          "t34"."period_end"
        FROM "t32" AS "t34"
        SEMI JOIN (
          SELECT
            "t35"."la_code",
            "t35"."child_id"
          FROM (
            SELECT
              "t33"."la_code",
              "t33"."child_id",
              COUNT(*) AS "_records"
            FROM "t32" AS "t33"
            GROUP BY
              1,
              2
          ) AS "t35"
          WHERE
            "t35"."_records" > 1
        ) AS "t37"
          ON "t34"."la_code" = "t37"."la_code" AND "t34"."child_id" = "t37"."child_id"
      ) AS "t39"
    ) AS "t40"
  ) AS "t41"
), "t75" AS (
  SELECT
    "t74"."la_code",
    "t74"."indicator_id",
    "t74"."month",
    "t74"."breakdown",
    "t74"."breakdown_value",
    "t74"."unit",
    SUM("t74"."_num") AS "numerator",
    SUM("t74"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t73"."breakdown",
      "t73"."breakdown_value",
      "t73"."_num",
      "t73"."_den",
      "t73"."_until_index"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('STAB2', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t71"."la_code",
        "t71"."indicator_id",
        "t71"."breakdown",
        "t71"."breakdown_value",
        "t71"."_num",
        "t71"."_den",
        "t71"."month_index" + "t71"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t70"."la_code",
          "t70"."indicator_id",
          "t70"."month_index",
          "t70"."breakdown",
          "t70"."breakdown_value",
          "t70"."_num",
          "t70"."_den",
          "t16"."months_back",
          "t12"."_offset"
        FROM (
          SELECT
            "t68"."la_code",
            "t68"."indicator_id",
            "t68"."month_index",
            "t68"."breakdown",
            "t68"."breakdown_value",
            SUM("t68"."numerator") AS "_num",
            SUM("t68"."denominator") AS "_den"
          FROM (
            SELECT
              "t67"."la_code",
              'STAB2' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t67"."month") * 12
                ) + EXTRACT(month FROM "t67"."month")
              ) - 1 AS "month_index",
              'all' AS "breakdown",
              "t67"."breakdown_value",
              "t67"."numerator",
              "t67"."denominator"
            FROM (
              SELECT
                "t66"."la_code",
                "t66"."month",
                "t66"."_part",
                "t66"."breakdown_value",
                SUM("t66"."numerator") AS "numerator",
                SUM("t66"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t65"."la_code",
                  "t65"."month",
                  CASE
                    WHEN COALESCE(
                      (
                        "t65"."placement_start" <= (
                          "t65"."month_end" - INTERVAL '24' MONTH
                        )
                      )
                      OR (
                        "t65"."placement_type" IN ('A3', 'A4', 'A5', 'A6')
                        AND (
                          "t65"."previous_placement_start" <= (
                            "t65"."month_end" - INTERVAL '24' MONTH
                          )
                        )
                      ),
                      FALSE
                    )
                    THEN 1.0
                    ELSE 0.0
                  END AS "numerator",
                  1.0 AS "denominator",
                  0 AS "_part",
                  'all' AS "breakdown_value"
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
                      "t17"."la_code" AS "la_code_right",
                      "t17"."child_id" AS "child_id_right",
                      "t17"."date_of_birth"
                    FROM (
                      SELECT
                        "t61".*
                        EXCLUDE ("_uasc")
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
                          "t60"."_uasc",
                          COALESCE("t60"."_uasc", 'Not UASC') AS "uasc"
                        FROM (
                          SELECT
                            "t59".*
                            EXCLUDE ("child_id_right", "la_code_right", "month_right")
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
                              "t28"."la_code" AS "la_code_right",
                              "t28"."child_id" AS "child_id_right",
                              "t28"."month" AS "month_right",
                              "t28"."_uasc"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t52".*
                                  EXCLUDE ("_until")
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
                                    "t50"."_until",
                                    "t10"."month",
                                    "t10"."month_end",
                                    "t10"."month_index"
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
                                      COALESCE("t47"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
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
                                          "t34"."period_end"
                                        FROM "t32" AS "t34"
                                        ANTI JOIN (
                                          SELECT
                                            "t35"."la_code",
                                            "t35"."child_id"
                                          FROM (
                                            SELECT
                                              "t33"."la_code",
                                              "t33"."child_id",
                                              COUNT(*) AS "_records"
                                            FROM "t32" AS "t33"
                                            GROUP BY
                                              1,
                                              2
                                          ) AS "t35"
                                          WHERE
                                            "t35"."_records" > 1
                                        ) AS "t37"
                                          ON "t34"."la_code" = "t37"."la_code" AND "t34"."child_id" = "t37"."child_id"
                                      ) AS "t38"
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
                                          "t43"."period_end"
                                        FROM "t42" AS "t43"
                                        WHERE
                                          NOT (
                                            "t43"."_overlaps"
                                          )
                                      ) AS "t45"
                                    ) AS "t47"
                                    WHERE
                                      "t47"."start_date" IS NOT NULL
                                  ) AS "t50"
                                  INNER JOIN "scorecard_month_spine" AS "t10"
                                    ON "t50"."start_date" <= "t10"."month_end" AND "t50"."_until" > "t10"."month_end"
                                ) AS "t52"
                              ) AS "t53"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t55".*
                                  EXCLUDE ("_rank")
                                FROM (
                                  SELECT
                                    *
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
                                      ROW_NUMBER() OVER (
                                        PARTITION BY "t51"."la_code", "t51"."child_id", "t51"."month"
                                        ORDER BY "t51"."start_date" DESC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) - 1 AS "_rank"
                                    FROM (
                                      SELECT
                                        "t49".*
                                        EXCLUDE ("_until")
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
                                          "t46"."_until",
                                          "t10"."month",
                                          "t10"."month_end",
                                          "t10"."month_index"
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
                                            COALESCE("t43"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                          FROM "t42" AS "t43"
                                          WHERE
                                            "t43"."_overlaps" AND "t43"."start_date" IS NOT NULL
                                        ) AS "t46"
                                        INNER JOIN "scorecard_month_spine" AS "t10"
                                          ON "t46"."start_date" <= "t10"."month_end" AND "t46"."_until" > "t10"."month_end"
                                      ) AS "t49"
                                    ) AS "t51"
                                  ) AS "t54"
                                  WHERE
                                    "t54"."_rank" = 0
                                ) AS "t55"
                              ) AS "t56"
                            ) AS "t58"
                            LEFT OUTER JOIN (
                              SELECT
                                "t26"."la_code",
                                "t26"."child_id",
                                "t26"."month",
                                'UASC' AS "_uasc"
                              FROM (
                                SELECT DISTINCT
                                  "t24"."la_code",
                                  "t24"."child_id",
                                  "t24"."month"
                                FROM (
                                  SELECT
                                    "t23".*
                                    EXCLUDE ("_until")
                                  FROM (
                                    SELECT
                                      "t20"."child_id",
                                      "t20"."start_date",
                                      "t20"."end_date",
                                      "t20"."la_code",
                                      "t20"."load_id",
                                      "t20"."_until",
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
                                    ) AS "t20"
                                    INNER JOIN "scorecard_month_spine" AS "t10"
                                      ON "t20"."start_date" <= "t10"."month_end" AND "t20"."_until" > "t10"."month_end"
                                  ) AS "t23"
                                ) AS "t24"
                              ) AS "t26"
                            ) AS "t28"
                              ON "t58"."la_code" = "t28"."la_code"
                              AND "t58"."child_id" = "t28"."child_id"
                              AND "t58"."month" = "t28"."month"
                          ) AS "t59"
                        ) AS "t60"
                      ) AS "t61"
                    ) AS "t63"
                    LEFT OUTER JOIN (
                      SELECT
                        "t5"."la_code",
                        "t5"."child_id",
                        "t5"."date_of_birth"
                      FROM "person" AS "t5"
                    ) AS "t17"
                      ON "t63"."la_code" = "t17"."la_code" AND "t63"."child_id" = "t17"."child_id"
                  ) AS "t64"
                ) AS "t65"
                WHERE
                  (
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
                  ) < 16
                  AND "t65"."period_start" <= (
                    "t65"."month_end" - INTERVAL '30' MONTH
                  )
              ) AS "t66"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t67"
          ) AS "t68"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t70"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('STAB2', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t16"
          ON "t70"."indicator_id" = "t16"."indicator_id"
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
      ) AS "t71"
      WHERE
        "t71"."_offset" <= CASE WHEN "t71"."breakdown" = 'month_alone' THEN 0 ELSE "t71"."months_back" END
    ) AS "t73"
      ON "t73"."la_code" = "t9"."la_code"
      AND "t73"."indicator_id" = "t11"."indicator_id"
      AND "t73"."_until_index" = "t10"."month_index"
  ) AS "t74"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t87"."la_code",
  "t87"."indicator_id",
  "t87"."month",
  "t87"."breakdown",
  "t87"."breakdown_value",
  "t87"."numerator",
  CASE
    WHEN "t87"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t87"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE)
    ELSE "t87"."denominator"
  END AS "denominator",
  CASE
    WHEN "t87"."unit" = 'count'
    THEN "t87"."numerator"
    WHEN "t87"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE) > 0
      THEN (
        "t87"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t87"."unit" = 'percent'
    THEN CASE
      WHEN "t87"."denominator" > 0
      THEN "t87"."numerator" / "t87"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t87"."denominator" > 0
      THEN "t87"."numerator" / "t87"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t81"."la_code",
      "t81"."indicator_id",
      "t81"."month",
      "t81"."breakdown",
      "t81"."breakdown_value",
      "t81"."unit",
      "t81"."numerator",
      "t81"."denominator"
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
            ('STAB2', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS "t15"
        WHERE
          "t15"."months_back" > 0
      ) AS "t22"
      ANTI JOIN (
        SELECT
          *
        FROM "t75" AS "t76"
        WHERE
          "t76"."breakdown" = 'month_alone'
      ) AS "t79"
        ON "t22"."la_code" = "t79"."la_code"
        AND "t22"."indicator_id" = "t79"."indicator_id"
        AND "t22"."month" = "t79"."month"
    ) AS "t81"
  ) AS "t83"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t75" AS "t76"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t82"."la_code",
        "t82"."indicator_id",
        "t82"."month",
        "t82"."breakdown",
        "t82"."breakdown_value",
        "t82"."unit",
        "t82"."numerator",
        "t82"."denominator"
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
          ('STAB2', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t75" AS "t76"
          WHERE
            "t76"."breakdown" = 'all'
        ) AS "t80"
          ON "t9"."la_code" = "t80"."la_code"
          AND "t11"."indicator_id" = "t80"."indicator_id"
          AND "t10"."month" = "t80"."month"
      ) AS "t82"
    ) AS "t84"
  ) AS "t85"
) AS "t87"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t87"."la_code" = "t8"."la_code" AND "t87"."month" = "t8"."month"
