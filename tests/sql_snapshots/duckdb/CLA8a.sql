WITH "t22" AS (
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
    "t21"."_reach",
    "t21"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t21"."_earlier_reach" > "t21"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t21"."la_code", "t21"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t20"."child_id",
      "t20"."start_date",
      "t20"."reason_new_episode",
      "t20"."legal_status",
      "t20"."category_of_need",
      "t20"."placement_type",
      "t20"."placement_provider",
      "t20"."end_date",
      "t20"."reason_ceased",
      "t20"."reason_place_change",
      "t20"."home_postcode",
      "t20"."placement_postcode",
      "t20"."urn",
      "t20"."placed_outside_council",
      "t20"."la_code",
      "t20"."load_id",
      "t20"."period_start",
      "t20"."period_start_seen",
      "t20"."placement_start",
      "t20"."short_break",
      "t20"."previous_placement_start",
      "t20"."period_end",
      "t20"."_reach",
      LAG("t20"."_reach") OVER (
        PARTITION BY "t20"."la_code", "t20"."child_id"
        ORDER BY "t20"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t19"."child_id",
        "t19"."start_date",
        "t19"."reason_new_episode",
        "t19"."legal_status",
        "t19"."category_of_need",
        "t19"."placement_type",
        "t19"."placement_provider",
        "t19"."end_date",
        "t19"."reason_ceased",
        "t19"."reason_place_change",
        "t19"."home_postcode",
        "t19"."placement_postcode",
        "t19"."urn",
        "t19"."placed_outside_council",
        "t19"."la_code",
        "t19"."load_id",
        "t19"."period_start",
        "t19"."period_start_seen",
        "t19"."placement_start",
        "t19"."short_break",
        "t19"."previous_placement_start",
        "t19"."period_end",
        MAX(COALESCE("t19"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t19"."la_code", "t19"."child_id"
          ORDER BY "t19"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t17".*
            EXCLUDE ("_move", "_previous")
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
                WHEN BOOL_OR(CAST("t16"."end_date" IS NULL AS BOOLEAN)) OVER (
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
                  FROM "looked_after_episode" AS "t5"
                  WHERE
                    "t5"."start_date" IS NOT NULL
                ) AS "t12"
              ) AS "t15"
            ) AS "t16"
          ) AS "t17"
        ) AS "t18"
        WHERE
          NOT (
            "t18"."short_break"
          ) AND "t18"."start_date" IS NOT NULL
      ) AS "t19"
    ) AS "t20"
  ) AS "t21"
), "t51" AS (
  SELECT
    "t50"."la_code",
    "t50"."indicator_id",
    "t50"."month",
    "t50"."breakdown",
    "t50"."breakdown_value",
    "t50"."unit",
    SUM("t50"."_num") AS "numerator",
    SUM("t50"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t49"."la_code" AS "la_code_right",
      "t49"."indicator_id" AS "indicator_id_right",
      "t49"."month_index" AS "month_index_right",
      "t49"."breakdown",
      "t49"."breakdown_value",
      "t49"."_num",
      "t49"."_den"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('CLA8a', 0, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t47"."la_code",
        "t47"."indicator_id",
        "t47"."month_index",
        "t47"."breakdown",
        "t47"."breakdown_value",
        SUM("t47"."numerator") AS "_num",
        SUM("t47"."denominator") AS "_den"
      FROM (
        SELECT
          "t46"."la_code",
          'CLA8a' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t46"."month") * 12
            ) + EXTRACT(month FROM "t46"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t46"."breakdown_value",
          "t46"."numerator",
          "t46"."denominator"
        FROM (
          SELECT
            "t45"."la_code",
            "t45"."month",
            "t45"."_part",
            "t45"."breakdown_value",
            SUM("t45"."numerator") AS "numerator",
            SUM("t45"."denominator") AS "denominator"
          FROM (
            SELECT
              "t44"."la_code",
              "t44"."month",
              CASE
                WHEN COALESCE("t44"."placement_type" IN ('U1', 'U2', 'U3'), FALSE)
                THEN 1.0
                ELSE 0.0
              END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t43".*
                EXCLUDE ("_uasc")
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
                  "t42"."_uasc",
                  COALESCE("t42"."_uasc", 'Not UASC') AS "uasc"
                FROM (
                  SELECT
                    "t41".*
                    EXCLUDE ("child_id_right", "la_code_right", "month_right")
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
                      "t40"."la_code" AS "la_code_right",
                      "t40"."child_id" AS "child_id_right",
                      "t40"."month" AS "month_right",
                      "t40"."_uasc"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t29".*
                          EXCLUDE ("_until")
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
                            "t27"."_until",
                            "t8"."month",
                            "t8"."month_end",
                            "t8"."month_index"
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
                              "t23"."period_end",
                              COALESCE("t23"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                            FROM "t22" AS "t23"
                            WHERE
                              NOT (
                                "t23"."_overlaps"
                              ) AND "t23"."start_date" IS NOT NULL
                          ) AS "t27"
                          INNER JOIN "scorecard_month_spine" AS "t8"
                            ON "t27"."start_date" <= "t8"."month_end" AND "t27"."_until" > "t8"."month_end"
                        ) AS "t29"
                      ) AS "t31"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t33".*
                          EXCLUDE ("_rank")
                        FROM (
                          SELECT
                            *
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
                              "t30"."month",
                              "t30"."month_end",
                              "t30"."month_index",
                              ROW_NUMBER() OVER (
                                PARTITION BY "t30"."la_code", "t30"."child_id", "t30"."month"
                                ORDER BY "t30"."start_date" DESC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ) - 1 AS "_rank"
                            FROM (
                              SELECT
                                "t28".*
                                EXCLUDE ("_until")
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
                                  "t26"."_until",
                                  "t8"."month",
                                  "t8"."month_end",
                                  "t8"."month_index"
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
                                    "t23"."period_end",
                                    COALESCE("t23"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                  FROM "t22" AS "t23"
                                  WHERE
                                    "t23"."_overlaps" AND "t23"."start_date" IS NOT NULL
                                ) AS "t26"
                                INNER JOIN "scorecard_month_spine" AS "t8"
                                  ON "t26"."start_date" <= "t8"."month_end" AND "t26"."_until" > "t8"."month_end"
                              ) AS "t28"
                            ) AS "t30"
                          ) AS "t32"
                          WHERE
                            "t32"."_rank" = 0
                        ) AS "t33"
                      ) AS "t34"
                    ) AS "t36"
                    LEFT OUTER JOIN (
                      SELECT
                        "t38"."la_code",
                        "t38"."child_id",
                        "t38"."month",
                        'UASC' AS "_uasc"
                      FROM (
                        SELECT DISTINCT
                          *
                        FROM (
                          SELECT
                            "t36"."la_code",
                            "t36"."child_id",
                            "t36"."month"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t29".*
                                EXCLUDE ("_until")
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
                                  "t27"."_until",
                                  "t8"."month",
                                  "t8"."month_end",
                                  "t8"."month_index"
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
                                    "t23"."period_end",
                                    COALESCE("t23"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                  FROM "t22" AS "t23"
                                  WHERE
                                    NOT (
                                      "t23"."_overlaps"
                                    ) AND "t23"."start_date" IS NOT NULL
                                ) AS "t27"
                                INNER JOIN "scorecard_month_spine" AS "t8"
                                  ON "t27"."start_date" <= "t8"."month_end" AND "t27"."_until" > "t8"."month_end"
                              ) AS "t29"
                            ) AS "t31"
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t33".*
                                EXCLUDE ("_rank")
                              FROM (
                                SELECT
                                  *
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
                                    "t30"."month",
                                    "t30"."month_end",
                                    "t30"."month_index",
                                    ROW_NUMBER() OVER (
                                      PARTITION BY "t30"."la_code", "t30"."child_id", "t30"."month"
                                      ORDER BY "t30"."start_date" DESC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ) - 1 AS "_rank"
                                  FROM (
                                    SELECT
                                      "t28".*
                                      EXCLUDE ("_until")
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
                                        "t26"."_until",
                                        "t8"."month",
                                        "t8"."month_end",
                                        "t8"."month_index"
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
                                          "t23"."period_end",
                                          COALESCE("t23"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM "t22" AS "t23"
                                        WHERE
                                          "t23"."_overlaps" AND "t23"."start_date" IS NOT NULL
                                      ) AS "t26"
                                      INNER JOIN "scorecard_month_spine" AS "t8"
                                        ON "t26"."start_date" <= "t8"."month_end" AND "t26"."_until" > "t8"."month_end"
                                    ) AS "t28"
                                  ) AS "t30"
                                ) AS "t32"
                                WHERE
                                  "t32"."_rank" = 0
                              ) AS "t33"
                            ) AS "t34"
                          ) AS "t36"
                          INNER JOIN "uasc_status" AS "t10"
                            ON "t36"."la_code" = "t10"."la_code"
                            AND "t36"."child_id" = "t10"."child_id"
                            AND COALESCE("t10"."start_date", MAKE_DATE(1900, 1, 1)) <= "t36"."month_end"
                            AND COALESCE("t10"."end_date", MAKE_DATE(9999, 12, 31)) > "t36"."month_end"
                        ) AS "t37"
                      ) AS "t38"
                    ) AS "t40"
                      ON "t36"."la_code" = "t40"."la_code"
                      AND "t36"."child_id" = "t40"."child_id"
                      AND "t36"."month" = "t40"."month"
                  ) AS "t41"
                ) AS "t42"
              ) AS "t43"
            ) AS "t44"
          ) AS "t45"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t46"
      ) AS "t47"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t49"
      ON "t49"."la_code" = "t7"."la_code"
      AND "t49"."indicator_id" = "t9"."indicator_id"
      AND "t49"."month_index" <= "t8"."month_index"
      AND "t49"."month_index" >= (
        "t8"."month_index" - CASE WHEN "t49"."breakdown" = 'month_alone' THEN 0 ELSE "t9"."months_back" END
      )
  ) AS "t50"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t63"."la_code",
  "t63"."indicator_id",
  "t63"."month",
  "t63"."breakdown",
  "t63"."breakdown_value",
  "t63"."numerator",
  CASE
    WHEN "t63"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t63"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE)
    ELSE "t63"."denominator"
  END AS "denominator",
  CASE
    WHEN "t63"."unit" = 'count'
    THEN "t63"."numerator"
    WHEN "t63"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE) > 0
      THEN (
        "t63"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t63"."unit" = 'percent'
    THEN CASE
      WHEN "t63"."denominator" > 0
      THEN "t63"."numerator" / "t63"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t63"."denominator" > 0
      THEN "t63"."numerator" / "t63"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t57"."la_code",
      "t57"."indicator_id",
      "t57"."month",
      "t57"."breakdown",
      "t57"."breakdown_value",
      "t57"."unit",
      "t57"."numerator",
      "t57"."denominator"
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
            ('CLA8a', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS "t11"
        WHERE
          "t11"."months_back" > 0
      ) AS "t14"
      ANTI JOIN (
        SELECT
          *
        FROM "t51" AS "t52"
        WHERE
          "t52"."breakdown" = 'month_alone'
      ) AS "t55"
        ON "t14"."la_code" = "t55"."la_code"
        AND "t14"."indicator_id" = "t55"."indicator_id"
        AND "t14"."month" = "t55"."month"
    ) AS "t57"
  ) AS "t59"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t51" AS "t52"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t58"."la_code",
        "t58"."indicator_id",
        "t58"."month",
        "t58"."breakdown",
        "t58"."breakdown_value",
        "t58"."unit",
        "t58"."numerator",
        "t58"."denominator"
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
          ('CLA8a', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t51" AS "t52"
          WHERE
            "t52"."breakdown" = 'all'
        ) AS "t56"
          ON "t7"."la_code" = "t56"."la_code"
          AND "t9"."indicator_id" = "t56"."indicator_id"
          AND "t8"."month" = "t56"."month"
      ) AS "t58"
    ) AS "t60"
  ) AS "t61"
) AS "t63"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t63"."la_code" = "t6"."la_code" AND "t63"."month" = "t6"."month"
