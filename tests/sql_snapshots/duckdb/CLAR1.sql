WITH "t43" AS (
  SELECT
    *
  FROM (
    SELECT
      "t39".*
      EXCLUDE ("_move", "_previous")
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
        "t37"."_move",
        "t37"."short_break",
        "t37"."_previous",
        MAX("t37"."_previous") OVER (
          PARTITION BY "t37"."la_code", "t37"."child_id"
          ORDER BY "t37"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "previous_placement_start",
        CASE
          WHEN BOOL_OR(CAST("t37"."end_date" IS NULL AS BOOLEAN)) OVER (
            PARTITION BY "t37"."la_code", "t37"."child_id", "t37"."period_start"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
          THEN CAST(NULL AS DATE)
          ELSE MAX("t37"."end_date") OVER (
            PARTITION BY "t37"."la_code", "t37"."child_id", "t37"."period_start"
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        END AS "period_end"
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
          "t33"."_move",
          "t33"."short_break",
          CASE
            WHEN "t33"."_move" IS NOT NULL
            THEN LAG("t33"."placement_start") OVER (
              PARTITION BY "t33"."la_code", "t33"."child_id"
              ORDER BY "t33"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            )
            ELSE CAST(NULL AS DATE)
          END AS "_previous"
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
            COALESCE(
              MAX(
                CASE
                  WHEN "t24"."reason_new_episode" = 'S'
                  THEN "t24"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t24"."la_code", "t24"."child_id"
                ORDER BY "t24"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t24"."start_date") OVER (
                PARTITION BY "t24"."la_code", "t24"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "period_start",
            MAX(
              CASE
                WHEN "t24"."reason_new_episode" = 'S'
                THEN "t24"."start_date"
                ELSE CAST(NULL AS DATE)
              END
            ) OVER (
              PARTITION BY "t24"."la_code", "t24"."child_id"
              ORDER BY "t24"."start_date" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS "period_start_seen",
            COALESCE(
              MAX(
                CASE
                  WHEN "t24"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                  THEN "t24"."start_date"
                  ELSE CAST(NULL AS DATE)
                END
              ) OVER (
                PARTITION BY "t24"."la_code", "t24"."child_id"
                ORDER BY "t24"."start_date" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN("t24"."start_date") OVER (
                PARTITION BY "t24"."la_code", "t24"."child_id"
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS "placement_start",
            CASE
              WHEN "t24"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
              THEN "t24"."start_date"
              ELSE CAST(NULL AS DATE)
            END AS "_move",
            "t24"."legal_status" IN ('V3', 'V4') AS "short_break"
          FROM (
            SELECT
              *
            FROM "looked_after_episode" AS "t7"
            WHERE
              "t7"."start_date" IS NOT NULL
          ) AS "t24"
        ) AS "t33"
      ) AS "t37"
    ) AS "t39"
  ) AS "t40"
  WHERE
    NOT (
      "t40"."short_break"
    ) AND "t40"."start_date" IS NOT NULL
), "t63" AS (
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
    "t60"."_reach",
    "t60"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t60"."_earlier_reach" > "t60"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t60"."la_code", "t60"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t58"."_reach",
      LAG("t58"."_reach") OVER (
        PARTITION BY "t58"."la_code", "t58"."child_id"
        ORDER BY "t58"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        MAX(COALESCE("t53"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t53"."la_code", "t53"."child_id"
          ORDER BY "t53"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
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
          "t45"."period_end"
        FROM "t43" AS "t45"
        SEMI JOIN (
          SELECT
            "t46"."la_code",
            "t46"."child_id"
          FROM (
            SELECT
              "t44"."la_code",
              "t44"."child_id",
              COUNT(*) AS "_records"
            FROM "t43" AS "t44"
            GROUP BY
              1,
              2
          ) AS "t46"
          WHERE
            "t46"."_records" > 1
        ) AS "t50"
          ON "t45"."la_code" = "t50"."la_code" AND "t45"."child_id" = "t50"."child_id"
      ) AS "t53"
    ) AS "t58"
  ) AS "t60"
), "t129" AS (
  SELECT
    "t128"."la_code",
    "t128"."indicator_id",
    "t128"."month",
    "t128"."breakdown",
    "t128"."breakdown_value",
    "t128"."unit",
    SUM("t128"."_num") AS "numerator",
    SUM("t128"."_den") AS "denominator"
  FROM (
    SELECT
      "t11"."la_code",
      "t12"."month",
      "t12"."month_end",
      "t12"."month_index",
      "t13"."indicator_id",
      "t13"."months_back",
      "t13"."unit",
      "t127"."breakdown",
      "t127"."breakdown_value",
      "t127"."_num",
      "t127"."_den",
      "t127"."_until_index"
    FROM "scorecard_councils" AS "t11"
    CROSS JOIN "scorecard_month_spine" AS "t12"
    CROSS JOIN (VALUES
      ('CLAR1', 0, 'percent')) AS t13(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t125"."la_code",
        "t125"."indicator_id",
        "t125"."breakdown",
        "t125"."breakdown_value",
        "t125"."_num",
        "t125"."_den",
        "t125"."month_index" + "t125"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t124"."la_code",
          "t124"."indicator_id",
          "t124"."month_index",
          "t124"."breakdown",
          "t124"."breakdown_value",
          "t124"."_num",
          "t124"."_den",
          "t20"."months_back",
          "t14"."_offset"
        FROM (
          SELECT
            "t122"."la_code",
            "t122"."indicator_id",
            "t122"."month_index",
            "t122"."breakdown",
            "t122"."breakdown_value",
            SUM("t122"."numerator") AS "_num",
            SUM("t122"."denominator") AS "_den"
          FROM (
            SELECT
              "t121"."la_code",
              'CLAR1' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t121"."month") * 12
                ) + EXTRACT(month FROM "t121"."month")
              ) - 1 AS "month_index",
              'all' AS "breakdown",
              "t121"."breakdown_value",
              "t121"."numerator",
              "t121"."denominator"
            FROM (
              SELECT
                "t120"."la_code",
                "t120"."month",
                "t120"."_part",
                "t120"."breakdown_value",
                SUM("t120"."numerator") AS "numerator",
                SUM("t120"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t119"."la_code",
                  "t119"."month",
                  CASE WHEN COALESCE("t119"."on_time", FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                  1.0 AS "denominator",
                  0 AS "_part",
                  'all' AS "breakdown_value"
                FROM (
                  SELECT
                    "t118".*
                    EXCLUDE ("_done", "_first", "_from", "_last", "_late_count", "_next", "_overdue", "_since")
                  FROM (
                    SELECT
                      "t117"."child_id",
                      "t117"."start_date",
                      "t117"."reason_new_episode",
                      "t117"."legal_status",
                      "t117"."category_of_need",
                      "t117"."placement_type",
                      "t117"."placement_provider",
                      "t117"."end_date",
                      "t117"."reason_ceased",
                      "t117"."reason_place_change",
                      "t117"."home_postcode",
                      "t117"."placement_postcode",
                      "t117"."urn",
                      "t117"."placed_outside_council",
                      "t117"."la_code",
                      "t117"."load_id",
                      "t117"."period_start",
                      "t117"."period_start_seen",
                      "t117"."placement_start",
                      "t117"."short_break",
                      "t117"."previous_placement_start",
                      "t117"."period_end",
                      "t117"."month",
                      "t117"."month_end",
                      "t117"."month_index",
                      "t117"."uasc",
                      "t117"."_done",
                      "t117"."_late_count",
                      "t117"."_last",
                      "t117"."_first",
                      "t117"."_from",
                      "t117"."_since",
                      "t117"."_next",
                      "t117"."_overdue",
                      (
                        COALESCE("t117"."_late_count", 0) = 0
                      ) AND NOT (
                        "t117"."_overdue"
                      ) AS "on_time"
                    FROM (
                      SELECT
                        "t116".*
                        EXCLUDE ("__overdue1", "__overdue2", "__overdue3")
                      FROM (
                        SELECT
                          "t115"."child_id",
                          "t115"."start_date",
                          "t115"."reason_new_episode",
                          "t115"."legal_status",
                          "t115"."category_of_need",
                          "t115"."placement_type",
                          "t115"."placement_provider",
                          "t115"."end_date",
                          "t115"."reason_ceased",
                          "t115"."reason_place_change",
                          "t115"."home_postcode",
                          "t115"."placement_postcode",
                          "t115"."urn",
                          "t115"."placed_outside_council",
                          "t115"."la_code",
                          "t115"."load_id",
                          "t115"."period_start",
                          "t115"."period_start_seen",
                          "t115"."placement_start",
                          "t115"."short_break",
                          "t115"."previous_placement_start",
                          "t115"."period_end",
                          "t115"."month",
                          "t115"."month_end",
                          "t115"."month_index",
                          "t115"."uasc",
                          "t115"."_done",
                          "t115"."_late_count",
                          "t115"."_last",
                          "t115"."_first",
                          "t115"."_from",
                          "t115"."_since",
                          "t115"."_next",
                          "t115"."__overdue1",
                          "t115"."month_end" > (
                            "t115"."_since" + INTERVAL '3' MONTH
                          ) AS "__overdue2",
                          "t115"."month_end" > (
                            "t115"."_since" + INTERVAL '6' MONTH
                          ) AS "__overdue3",
                          CASE
                            WHEN "t115"."_next" = 1
                            THEN "t115"."__overdue1"
                            WHEN "t115"."_next" = 2
                            THEN "t115"."month_end" > (
                              "t115"."_since" + INTERVAL '3' MONTH
                            )
                            ELSE "t115"."month_end" > (
                              "t115"."_since" + INTERVAL '6' MONTH
                            )
                          END AS "_overdue"
                        FROM (
                          SELECT
                            "t114".*
                            EXCLUDE ("___overdue1_days")
                          FROM (
                            SELECT
                              "t113"."child_id",
                              "t113"."start_date",
                              "t113"."reason_new_episode",
                              "t113"."legal_status",
                              "t113"."category_of_need",
                              "t113"."placement_type",
                              "t113"."placement_provider",
                              "t113"."end_date",
                              "t113"."reason_ceased",
                              "t113"."reason_place_change",
                              "t113"."home_postcode",
                              "t113"."placement_postcode",
                              "t113"."urn",
                              "t113"."placed_outside_council",
                              "t113"."la_code",
                              "t113"."load_id",
                              "t113"."period_start",
                              "t113"."period_start_seen",
                              "t113"."placement_start",
                              "t113"."short_break",
                              "t113"."previous_placement_start",
                              "t113"."period_end",
                              "t113"."month",
                              "t113"."month_end",
                              "t113"."month_index",
                              "t113"."uasc",
                              "t113"."_done",
                              "t113"."_late_count",
                              "t113"."_last",
                              "t113"."_first",
                              "t113"."_from",
                              "t113"."_since",
                              "t113"."_next",
                              "t113"."___overdue1_days",
                              "t113"."___overdue1_days" > 20 AS "__overdue1"
                            FROM (
                              SELECT
                                "t112".*
                                EXCLUDE ("_wd_end", "_wd_start")
                              FROM (
                                SELECT
                                  "t111"."child_id",
                                  "t111"."start_date",
                                  "t111"."reason_new_episode",
                                  "t111"."legal_status",
                                  "t111"."category_of_need",
                                  "t111"."placement_type",
                                  "t111"."placement_provider",
                                  "t111"."end_date",
                                  "t111"."reason_ceased",
                                  "t111"."reason_place_change",
                                  "t111"."home_postcode",
                                  "t111"."placement_postcode",
                                  "t111"."urn",
                                  "t111"."placed_outside_council",
                                  "t111"."la_code",
                                  "t111"."load_id",
                                  "t111"."period_start",
                                  "t111"."period_start_seen",
                                  "t111"."placement_start",
                                  "t111"."short_break",
                                  "t111"."previous_placement_start",
                                  "t111"."period_end",
                                  "t111"."month",
                                  "t111"."month_end",
                                  "t111"."month_index",
                                  "t111"."uasc",
                                  "t111"."_done",
                                  "t111"."_late_count",
                                  "t111"."_last",
                                  "t111"."_first",
                                  "t111"."_from",
                                  "t111"."_since",
                                  "t111"."_next",
                                  "t111"."_wd_start",
                                  "t111"."_wd_end",
                                  "t111"."_wd_end" - "t111"."_wd_start" AS "___overdue1_days"
                                FROM (
                                  SELECT
                                    "t110".*
                                    EXCLUDE ("__wd_end_day")
                                  FROM (
                                    SELECT
                                      "t109"."child_id",
                                      "t109"."start_date",
                                      "t109"."reason_new_episode",
                                      "t109"."legal_status",
                                      "t109"."category_of_need",
                                      "t109"."placement_type",
                                      "t109"."placement_provider",
                                      "t109"."end_date",
                                      "t109"."reason_ceased",
                                      "t109"."reason_place_change",
                                      "t109"."home_postcode",
                                      "t109"."placement_postcode",
                                      "t109"."urn",
                                      "t109"."placed_outside_council",
                                      "t109"."la_code",
                                      "t109"."load_id",
                                      "t109"."period_start",
                                      "t109"."period_start_seen",
                                      "t109"."placement_start",
                                      "t109"."short_break",
                                      "t109"."previous_placement_start",
                                      "t109"."period_end",
                                      "t109"."month",
                                      "t109"."month_end",
                                      "t109"."month_index",
                                      "t109"."uasc",
                                      "t109"."_done",
                                      "t109"."_late_count",
                                      "t109"."_last",
                                      "t109"."_first",
                                      "t109"."_from",
                                      "t109"."_since",
                                      "t109"."_next",
                                      "t109"."_wd_start",
                                      "t21"."__wd_end_day",
                                      "t21"."_wd_end"
                                    FROM (
                                      SELECT
                                        "t107".*
                                        EXCLUDE ("__wd_start_day")
                                      FROM (
                                        SELECT
                                          "t106"."child_id",
                                          "t106"."start_date",
                                          "t106"."reason_new_episode",
                                          "t106"."legal_status",
                                          "t106"."category_of_need",
                                          "t106"."placement_type",
                                          "t106"."placement_provider",
                                          "t106"."end_date",
                                          "t106"."reason_ceased",
                                          "t106"."reason_place_change",
                                          "t106"."home_postcode",
                                          "t106"."placement_postcode",
                                          "t106"."urn",
                                          "t106"."placed_outside_council",
                                          "t106"."la_code",
                                          "t106"."load_id",
                                          "t106"."period_start",
                                          "t106"."period_start_seen",
                                          "t106"."placement_start",
                                          "t106"."short_break",
                                          "t106"."previous_placement_start",
                                          "t106"."period_end",
                                          "t106"."month",
                                          "t106"."month_end",
                                          "t106"."month_index",
                                          "t106"."uasc",
                                          "t106"."_done",
                                          "t106"."_late_count",
                                          "t106"."_last",
                                          "t106"."_first",
                                          "t106"."_from",
                                          "t106"."_since",
                                          "t106"."_next",
                                          "t22"."__wd_start_day",
                                          "t22"."_wd_start"
                                        FROM (
                                          SELECT
                                            "t104"."child_id",
                                            "t104"."start_date",
                                            "t104"."reason_new_episode",
                                            "t104"."legal_status",
                                            "t104"."category_of_need",
                                            "t104"."placement_type",
                                            "t104"."placement_provider",
                                            "t104"."end_date",
                                            "t104"."reason_ceased",
                                            "t104"."reason_place_change",
                                            "t104"."home_postcode",
                                            "t104"."placement_postcode",
                                            "t104"."urn",
                                            "t104"."placed_outside_council",
                                            "t104"."la_code",
                                            "t104"."load_id",
                                            "t104"."period_start",
                                            "t104"."period_start_seen",
                                            "t104"."placement_start",
                                            "t104"."short_break",
                                            "t104"."previous_placement_start",
                                            "t104"."period_end",
                                            "t104"."month",
                                            "t104"."month_end",
                                            "t104"."month_index",
                                            "t104"."uasc",
                                            "t104"."_done",
                                            "t104"."_late_count",
                                            "t104"."_last",
                                            "t104"."_first",
                                            "t104"."_from",
                                            COALESCE("t104"."_last", COALESCE("t104"."_from", "t104"."period_start")) AS "_since",
                                            COALESCE("t104"."_done", 0) + COALESCE("t104"."_first", 1) AS "_next"
                                          FROM (
                                            SELECT
                                              "t103".*
                                              EXCLUDE ("child_id_right", "la_code_right", "period_start_right")
                                            FROM (
                                              SELECT
                                                "t102"."child_id",
                                                "t102"."start_date",
                                                "t102"."reason_new_episode",
                                                "t102"."legal_status",
                                                "t102"."category_of_need",
                                                "t102"."placement_type",
                                                "t102"."placement_provider",
                                                "t102"."end_date",
                                                "t102"."reason_ceased",
                                                "t102"."reason_place_change",
                                                "t102"."home_postcode",
                                                "t102"."placement_postcode",
                                                "t102"."urn",
                                                "t102"."placed_outside_council",
                                                "t102"."la_code",
                                                "t102"."load_id",
                                                "t102"."period_start",
                                                "t102"."period_start_seen",
                                                "t102"."placement_start",
                                                "t102"."short_break",
                                                "t102"."previous_placement_start",
                                                "t102"."period_end",
                                                "t102"."month",
                                                "t102"."month_end",
                                                "t102"."month_index",
                                                "t102"."uasc",
                                                "t102"."_done",
                                                "t102"."_late_count",
                                                "t102"."_last",
                                                "t57"."la_code" AS "la_code_right",
                                                "t57"."child_id" AS "child_id_right",
                                                "t57"."period_start" AS "period_start_right",
                                                "t57"."_first",
                                                "t57"."_from"
                                              FROM (
                                                SELECT
                                                  "t100".*
                                                  EXCLUDE ("child_id_right", "la_code_right", "month_end_right", "period_start_right")
                                                FROM (
                                                  SELECT
                                                    "t96"."child_id",
                                                    "t96"."start_date",
                                                    "t96"."reason_new_episode",
                                                    "t96"."legal_status",
                                                    "t96"."category_of_need",
                                                    "t96"."placement_type",
                                                    "t96"."placement_provider",
                                                    "t96"."end_date",
                                                    "t96"."reason_ceased",
                                                    "t96"."reason_place_change",
                                                    "t96"."home_postcode",
                                                    "t96"."placement_postcode",
                                                    "t96"."urn",
                                                    "t96"."placed_outside_council",
                                                    "t96"."la_code",
                                                    "t96"."load_id",
                                                    "t96"."period_start",
                                                    "t96"."period_start_seen",
                                                    "t96"."placement_start",
                                                    "t96"."short_break",
                                                    "t96"."previous_placement_start",
                                                    "t96"."period_end",
                                                    "t96"."month",
                                                    "t96"."month_end",
                                                    "t96"."month_index",
                                                    "t96"."uasc",
                                                    "t99"."la_code" AS "la_code_right",
                                                    "t99"."child_id" AS "child_id_right",
                                                    "t99"."period_start" AS "period_start_right",
                                                    "t99"."month_end" AS "month_end_right",
                                                    "t99"."_done",
                                                    "t99"."_late_count",
                                                    "t99"."_last"
                                                  FROM (
                                                    SELECT
                                                      "t94".*
                                                      EXCLUDE ("_uasc")
                                                    FROM (
                                                      SELECT
                                                        "t93"."child_id",
                                                        "t93"."start_date",
                                                        "t93"."reason_new_episode",
                                                        "t93"."legal_status",
                                                        "t93"."category_of_need",
                                                        "t93"."placement_type",
                                                        "t93"."placement_provider",
                                                        "t93"."end_date",
                                                        "t93"."reason_ceased",
                                                        "t93"."reason_place_change",
                                                        "t93"."home_postcode",
                                                        "t93"."placement_postcode",
                                                        "t93"."urn",
                                                        "t93"."placed_outside_council",
                                                        "t93"."la_code",
                                                        "t93"."load_id",
                                                        "t93"."period_start",
                                                        "t93"."period_start_seen",
                                                        "t93"."placement_start",
                                                        "t93"."short_break",
                                                        "t93"."previous_placement_start",
                                                        "t93"."period_end",
                                                        "t93"."month",
                                                        "t93"."month_end",
                                                        "t93"."month_index",
                                                        "t93"."_uasc",
                                                        COALESCE("t93"."_uasc", 'Not UASC') AS "uasc"
                                                      FROM (
                                                        SELECT
                                                          "t92".*
                                                          EXCLUDE ("child_id_right", "la_code_right", "month_right")
                                                        FROM (
                                                          SELECT
                                                            "t88"."child_id",
                                                            "t88"."start_date",
                                                            "t88"."reason_new_episode",
                                                            "t88"."legal_status",
                                                            "t88"."category_of_need",
                                                            "t88"."placement_type",
                                                            "t88"."placement_provider",
                                                            "t88"."end_date",
                                                            "t88"."reason_ceased",
                                                            "t88"."reason_place_change",
                                                            "t88"."home_postcode",
                                                            "t88"."placement_postcode",
                                                            "t88"."urn",
                                                            "t88"."placed_outside_council",
                                                            "t88"."la_code",
                                                            "t88"."load_id",
                                                            "t88"."period_start",
                                                            "t88"."period_start_seen",
                                                            "t88"."placement_start",
                                                            "t88"."short_break",
                                                            "t88"."previous_placement_start",
                                                            "t88"."period_end",
                                                            "t88"."month",
                                                            "t88"."month_end",
                                                            "t88"."month_index",
                                                            "t38"."la_code" AS "la_code_right",
                                                            "t38"."child_id" AS "child_id_right",
                                                            "t38"."month" AS "month_right",
                                                            "t38"."_uasc"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                "t79".*
                                                                EXCLUDE ("_until")
                                                              FROM (
                                                                SELECT
                                                                  "t75"."child_id",
                                                                  "t75"."start_date",
                                                                  "t75"."reason_new_episode",
                                                                  "t75"."legal_status",
                                                                  "t75"."category_of_need",
                                                                  "t75"."placement_type",
                                                                  "t75"."placement_provider",
                                                                  "t75"."end_date",
                                                                  "t75"."reason_ceased",
                                                                  "t75"."reason_place_change",
                                                                  "t75"."home_postcode",
                                                                  "t75"."placement_postcode",
                                                                  "t75"."urn",
                                                                  "t75"."placed_outside_council",
                                                                  "t75"."la_code",
                                                                  "t75"."load_id",
                                                                  "t75"."period_start",
                                                                  "t75"."period_start_seen",
                                                                  "t75"."placement_start",
                                                                  "t75"."short_break",
                                                                  "t75"."previous_placement_start",
                                                                  "t75"."period_end",
                                                                  "t75"."_until",
                                                                  "t12"."month",
                                                                  "t12"."month_end",
                                                                  "t12"."month_index"
                                                                FROM (
                                                                  SELECT
                                                                    "t71"."child_id",
                                                                    "t71"."start_date",
                                                                    "t71"."reason_new_episode",
                                                                    "t71"."legal_status",
                                                                    "t71"."category_of_need",
                                                                    "t71"."placement_type",
                                                                    "t71"."placement_provider",
                                                                    "t71"."end_date",
                                                                    "t71"."reason_ceased",
                                                                    "t71"."reason_place_change",
                                                                    "t71"."home_postcode",
                                                                    "t71"."placement_postcode",
                                                                    "t71"."urn",
                                                                    "t71"."placed_outside_council",
                                                                    "t71"."la_code",
                                                                    "t71"."load_id",
                                                                    "t71"."period_start",
                                                                    "t71"."period_start_seen",
                                                                    "t71"."placement_start",
                                                                    "t71"."short_break",
                                                                    "t71"."previous_placement_start",
                                                                    "t71"."period_end",
                                                                    COALESCE("t71"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
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
                                                                        "t45"."period_end"
                                                                      FROM "t43" AS "t45"
                                                                      ANTI JOIN (
                                                                        SELECT
                                                                          "t46"."la_code",
                                                                          "t46"."child_id"
                                                                        FROM (
                                                                          SELECT
                                                                            "t44"."la_code",
                                                                            "t44"."child_id",
                                                                            COUNT(*) AS "_records"
                                                                          FROM "t43" AS "t44"
                                                                          GROUP BY
                                                                            1,
                                                                            2
                                                                        ) AS "t46"
                                                                        WHERE
                                                                          "t46"."_records" > 1
                                                                      ) AS "t50"
                                                                        ON "t45"."la_code" = "t50"."la_code" AND "t45"."child_id" = "t50"."child_id"
                                                                    ) AS "t52"
                                                                    UNION ALL
                                                                    SELECT
                                                                      *
                                                                    FROM (
                                                                      SELECT
                                                                        "t64"."child_id",
                                                                        "t64"."start_date",
                                                                        "t64"."reason_new_episode",
                                                                        "t64"."legal_status",
                                                                        "t64"."category_of_need",
                                                                        "t64"."placement_type",
                                                                        "t64"."placement_provider",
                                                                        "t64"."end_date",
                                                                        "t64"."reason_ceased",
                                                                        "t64"."reason_place_change",
                                                                        "t64"."home_postcode",
                                                                        "t64"."placement_postcode",
                                                                        "t64"."urn",
                                                                        "t64"."placed_outside_council",
                                                                        "t64"."la_code",
                                                                        "t64"."load_id",
                                                                        "t64"."period_start",
                                                                        "t64"."period_start_seen",
                                                                        "t64"."placement_start",
                                                                        "t64"."short_break",
                                                                        "t64"."previous_placement_start",
                                                                        "t64"."period_end"
                                                                      FROM "t63" AS "t64"
                                                                      WHERE
                                                                        NOT (
                                                                          "t64"."_overlaps"
                                                                        )
                                                                    ) AS "t68"
                                                                  ) AS "t71"
                                                                  WHERE
                                                                    "t71"."start_date" IS NOT NULL
                                                                ) AS "t75"
                                                                INNER JOIN "scorecard_month_spine" AS "t12"
                                                                  ON "t75"."start_date" <= "t12"."month_end" AND "t75"."_until" > "t12"."month_end"
                                                              ) AS "t79"
                                                            ) AS "t81"
                                                            UNION ALL
                                                            SELECT
                                                              *
                                                            FROM (
                                                              SELECT
                                                                "t85".*
                                                                EXCLUDE ("_rank")
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    "t77"."child_id",
                                                                    "t77"."start_date",
                                                                    "t77"."reason_new_episode",
                                                                    "t77"."legal_status",
                                                                    "t77"."category_of_need",
                                                                    "t77"."placement_type",
                                                                    "t77"."placement_provider",
                                                                    "t77"."end_date",
                                                                    "t77"."reason_ceased",
                                                                    "t77"."reason_place_change",
                                                                    "t77"."home_postcode",
                                                                    "t77"."placement_postcode",
                                                                    "t77"."urn",
                                                                    "t77"."placed_outside_council",
                                                                    "t77"."la_code",
                                                                    "t77"."load_id",
                                                                    "t77"."period_start",
                                                                    "t77"."period_start_seen",
                                                                    "t77"."placement_start",
                                                                    "t77"."short_break",
                                                                    "t77"."previous_placement_start",
                                                                    "t77"."period_end",
                                                                    "t77"."month",
                                                                    "t77"."month_end",
                                                                    "t77"."month_index",
                                                                    ROW_NUMBER() OVER (
                                                                      PARTITION BY "t77"."la_code", "t77"."child_id", "t77"."month"
                                                                      ORDER BY "t77"."start_date" DESC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                    ) - 1 AS "_rank"
                                                                  FROM (
                                                                    SELECT
                                                                      "t74".*
                                                                      EXCLUDE ("_until")
                                                                    FROM (
                                                                      SELECT
                                                                        "t70"."child_id",
                                                                        "t70"."start_date",
                                                                        "t70"."reason_new_episode",
                                                                        "t70"."legal_status",
                                                                        "t70"."category_of_need",
                                                                        "t70"."placement_type",
                                                                        "t70"."placement_provider",
                                                                        "t70"."end_date",
                                                                        "t70"."reason_ceased",
                                                                        "t70"."reason_place_change",
                                                                        "t70"."home_postcode",
                                                                        "t70"."placement_postcode",
                                                                        "t70"."urn",
                                                                        "t70"."placed_outside_council",
                                                                        "t70"."la_code",
                                                                        "t70"."load_id",
                                                                        "t70"."period_start",
                                                                        "t70"."period_start_seen",
                                                                        "t70"."placement_start",
                                                                        "t70"."short_break",
                                                                        "t70"."previous_placement_start",
                                                                        "t70"."period_end",
                                                                        "t70"."_until",
                                                                        "t12"."month",
                                                                        "t12"."month_end",
                                                                        "t12"."month_index"
                                                                      FROM (
                                                                        SELECT
                                                                          "t64"."child_id",
                                                                          "t64"."start_date",
                                                                          "t64"."reason_new_episode",
                                                                          "t64"."legal_status",
                                                                          "t64"."category_of_need",
                                                                          "t64"."placement_type",
                                                                          "t64"."placement_provider",
                                                                          "t64"."end_date",
                                                                          "t64"."reason_ceased",
                                                                          "t64"."reason_place_change",
                                                                          "t64"."home_postcode",
                                                                          "t64"."placement_postcode",
                                                                          "t64"."urn",
                                                                          "t64"."placed_outside_council",
                                                                          "t64"."la_code",
                                                                          "t64"."load_id",
                                                                          "t64"."period_start",
                                                                          "t64"."period_start_seen",
                                                                          "t64"."placement_start",
                                                                          "t64"."short_break",
                                                                          "t64"."previous_placement_start",
                                                                          "t64"."period_end",
                                                                          COALESCE("t64"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                                        FROM "t63" AS "t64"
                                                                        WHERE
                                                                          "t64"."_overlaps" AND "t64"."start_date" IS NOT NULL
                                                                      ) AS "t70"
                                                                      INNER JOIN "scorecard_month_spine" AS "t12"
                                                                        ON "t70"."start_date" <= "t12"."month_end" AND "t70"."_until" > "t12"."month_end"
                                                                    ) AS "t74"
                                                                  ) AS "t77"
                                                                ) AS "t82"
                                                                WHERE
                                                                  "t82"."_rank" = 0
                                                              ) AS "t85"
                                                            ) AS "t86"
                                                          ) AS "t88"
                                                          LEFT OUTER JOIN (
                                                            SELECT
                                                              "t35"."la_code",
                                                              "t35"."child_id",
                                                              "t35"."month",
                                                              'UASC' AS "_uasc"
                                                            FROM (
                                                              SELECT DISTINCT
                                                                "t34"."la_code",
                                                                "t34"."child_id",
                                                                "t34"."month"
                                                              FROM (
                                                                SELECT
                                                                  "t32".*
                                                                  EXCLUDE ("_until")
                                                                FROM (
                                                                  SELECT
                                                                    "t27"."child_id",
                                                                    "t27"."start_date",
                                                                    "t27"."end_date",
                                                                    "t27"."la_code",
                                                                    "t27"."load_id",
                                                                    "t27"."_until",
                                                                    "t12"."month",
                                                                    "t12"."month_end",
                                                                    "t12"."month_index"
                                                                  FROM (
                                                                    SELECT
                                                                      "t8"."child_id",
                                                                      COALESCE("t8"."start_date", MAKE_DATE(1900, 1, 1)) AS "start_date",
                                                                      "t8"."end_date",
                                                                      "t8"."la_code",
                                                                      "t8"."load_id",
                                                                      COALESCE("t8"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                                    FROM "uasc_status" AS "t8"
                                                                    WHERE
                                                                      COALESCE("t8"."start_date", MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                                                  ) AS "t27"
                                                                  INNER JOIN "scorecard_month_spine" AS "t12"
                                                                    ON "t27"."start_date" <= "t12"."month_end" AND "t27"."_until" > "t12"."month_end"
                                                                ) AS "t32"
                                                              ) AS "t34"
                                                            ) AS "t35"
                                                          ) AS "t38"
                                                            ON "t88"."la_code" = "t38"."la_code"
                                                            AND "t88"."child_id" = "t38"."child_id"
                                                            AND "t88"."month" = "t38"."month"
                                                        ) AS "t92"
                                                      ) AS "t93"
                                                    ) AS "t94"
                                                  ) AS "t96"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t97"."la_code",
                                                      "t97"."child_id",
                                                      "t97"."period_start",
                                                      "t97"."month_end",
                                                      COUNT("t97"."review_date") AS "_done",
                                                      SUM(CASE WHEN "t97"."_late" THEN 1 ELSE 0 END) AS "_late_count",
                                                      MAX("t97"."review_date") AS "_last"
                                                    FROM (
                                                      SELECT
                                                        "t96"."child_id",
                                                        "t96"."start_date",
                                                        "t96"."reason_new_episode",
                                                        "t96"."legal_status",
                                                        "t96"."category_of_need",
                                                        "t96"."placement_type",
                                                        "t96"."placement_provider",
                                                        "t96"."end_date",
                                                        "t96"."reason_ceased",
                                                        "t96"."reason_place_change",
                                                        "t96"."home_postcode",
                                                        "t96"."placement_postcode",
                                                        "t96"."urn",
                                                        "t96"."placed_outside_council",
                                                        "t96"."la_code",
                                                        "t96"."load_id",
                                                        "t96"."period_start",
                                                        "t96"."period_start_seen",
                                                        "t96"."placement_start",
                                                        "t96"."short_break",
                                                        "t96"."previous_placement_start",
                                                        "t96"."period_end",
                                                        "t96"."month",
                                                        "t96"."month_end",
                                                        "t96"."month_index",
                                                        "t96"."uasc",
                                                        "t91"."la_code" AS "la_code_right",
                                                        "t91"."child_id" AS "child_id_right",
                                                        "t91"."period_start" AS "period_start_right",
                                                        "t91"."review_date",
                                                        "t91"."_first",
                                                        "t91"."_from",
                                                        "t91"."_seq",
                                                        "t91"."_previous",
                                                        "t91"."_late"
                                                      FROM (
                                                        SELECT
                                                          "t94".*
                                                          EXCLUDE ("_uasc")
                                                        FROM (
                                                          SELECT
                                                            "t93"."child_id",
                                                            "t93"."start_date",
                                                            "t93"."reason_new_episode",
                                                            "t93"."legal_status",
                                                            "t93"."category_of_need",
                                                            "t93"."placement_type",
                                                            "t93"."placement_provider",
                                                            "t93"."end_date",
                                                            "t93"."reason_ceased",
                                                            "t93"."reason_place_change",
                                                            "t93"."home_postcode",
                                                            "t93"."placement_postcode",
                                                            "t93"."urn",
                                                            "t93"."placed_outside_council",
                                                            "t93"."la_code",
                                                            "t93"."load_id",
                                                            "t93"."period_start",
                                                            "t93"."period_start_seen",
                                                            "t93"."placement_start",
                                                            "t93"."short_break",
                                                            "t93"."previous_placement_start",
                                                            "t93"."period_end",
                                                            "t93"."month",
                                                            "t93"."month_end",
                                                            "t93"."month_index",
                                                            "t93"."_uasc",
                                                            COALESCE("t93"."_uasc", 'Not UASC') AS "uasc"
                                                          FROM (
                                                            SELECT
                                                              "t92".*
                                                              EXCLUDE ("child_id_right", "la_code_right", "month_right")
                                                            FROM (
                                                              SELECT
                                                                "t88"."child_id",
                                                                "t88"."start_date",
                                                                "t88"."reason_new_episode",
                                                                "t88"."legal_status",
                                                                "t88"."category_of_need",
                                                                "t88"."placement_type",
                                                                "t88"."placement_provider",
                                                                "t88"."end_date",
                                                                "t88"."reason_ceased",
                                                                "t88"."reason_place_change",
                                                                "t88"."home_postcode",
                                                                "t88"."placement_postcode",
                                                                "t88"."urn",
                                                                "t88"."placed_outside_council",
                                                                "t88"."la_code",
                                                                "t88"."load_id",
                                                                "t88"."period_start",
                                                                "t88"."period_start_seen",
                                                                "t88"."placement_start",
                                                                "t88"."short_break",
                                                                "t88"."previous_placement_start",
                                                                "t88"."period_end",
                                                                "t88"."month",
                                                                "t88"."month_end",
                                                                "t88"."month_index",
                                                                "t38"."la_code" AS "la_code_right",
                                                                "t38"."child_id" AS "child_id_right",
                                                                "t38"."month" AS "month_right",
                                                                "t38"."_uasc"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    "t79".*
                                                                    EXCLUDE ("_until")
                                                                  FROM (
                                                                    SELECT
                                                                      "t75"."child_id",
                                                                      "t75"."start_date",
                                                                      "t75"."reason_new_episode",
                                                                      "t75"."legal_status",
                                                                      "t75"."category_of_need",
                                                                      "t75"."placement_type",
                                                                      "t75"."placement_provider",
                                                                      "t75"."end_date",
                                                                      "t75"."reason_ceased",
                                                                      "t75"."reason_place_change",
                                                                      "t75"."home_postcode",
                                                                      "t75"."placement_postcode",
                                                                      "t75"."urn",
                                                                      "t75"."placed_outside_council",
                                                                      "t75"."la_code",
                                                                      "t75"."load_id",
                                                                      "t75"."period_start",
                                                                      "t75"."period_start_seen",
                                                                      "t75"."placement_start",
                                                                      "t75"."short_break",
                                                                      "t75"."previous_placement_start",
                                                                      "t75"."period_end",
                                                                      "t75"."_until",
                                                                      "t12"."month",
                                                                      "t12"."month_end",
                                                                      "t12"."month_index"
                                                                    FROM (
                                                                      SELECT
                                                                        "t71"."child_id",
                                                                        "t71"."start_date",
                                                                        "t71"."reason_new_episode",
                                                                        "t71"."legal_status",
                                                                        "t71"."category_of_need",
                                                                        "t71"."placement_type",
                                                                        "t71"."placement_provider",
                                                                        "t71"."end_date",
                                                                        "t71"."reason_ceased",
                                                                        "t71"."reason_place_change",
                                                                        "t71"."home_postcode",
                                                                        "t71"."placement_postcode",
                                                                        "t71"."urn",
                                                                        "t71"."placed_outside_council",
                                                                        "t71"."la_code",
                                                                        "t71"."load_id",
                                                                        "t71"."period_start",
                                                                        "t71"."period_start_seen",
                                                                        "t71"."placement_start",
                                                                        "t71"."short_break",
                                                                        "t71"."previous_placement_start",
                                                                        "t71"."period_end",
                                                                        COALESCE("t71"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
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
                                                                            "t45"."period_end"
                                                                          FROM "t43" AS "t45"
                                                                          ANTI JOIN (
                                                                            SELECT
                                                                              "t46"."la_code",
                                                                              "t46"."child_id"
                                                                            FROM (
                                                                              SELECT
                                                                                "t44"."la_code",
                                                                                "t44"."child_id",
                                                                                COUNT(*) AS "_records"
                                                                              FROM "t43" AS "t44"
                                                                              GROUP BY
                                                                                1,
                                                                                2
                                                                            ) AS "t46"
                                                                            WHERE
                                                                              "t46"."_records" > 1
                                                                          ) AS "t50"
                                                                            ON "t45"."la_code" = "t50"."la_code" AND "t45"."child_id" = "t50"."child_id"
                                                                        ) AS "t52"
                                                                        UNION ALL
                                                                        SELECT
                                                                          *
                                                                        FROM (
                                                                          SELECT
                                                                            "t64"."child_id",
                                                                            "t64"."start_date",
                                                                            "t64"."reason_new_episode",
                                                                            "t64"."legal_status",
                                                                            "t64"."category_of_need",
                                                                            "t64"."placement_type",
                                                                            "t64"."placement_provider",
                                                                            "t64"."end_date",
                                                                            "t64"."reason_ceased",
                                                                            "t64"."reason_place_change",
                                                                            "t64"."home_postcode",
                                                                            "t64"."placement_postcode",
                                                                            "t64"."urn",
                                                                            "t64"."placed_outside_council",
                                                                            "t64"."la_code",
                                                                            "t64"."load_id",
                                                                            "t64"."period_start",
                                                                            "t64"."period_start_seen",
                                                                            "t64"."placement_start",
                                                                            "t64"."short_break",
                                                                            "t64"."previous_placement_start",
                                                                            "t64"."period_end"
                                                                          FROM "t63" AS "t64"
                                                                          WHERE
                                                                            NOT (
                                                                              "t64"."_overlaps"
                                                                            )
                                                                        ) AS "t68"
                                                                      ) AS "t71"
                                                                      WHERE
                                                                        "t71"."start_date" IS NOT NULL
                                                                    ) AS "t75"
                                                                    INNER JOIN "scorecard_month_spine" AS "t12"
                                                                      ON "t75"."start_date" <= "t12"."month_end" AND "t75"."_until" > "t12"."month_end"
                                                                  ) AS "t79"
                                                                ) AS "t81"
                                                                UNION ALL
                                                                SELECT
                                                                  *
                                                                FROM (
                                                                  SELECT
                                                                    "t85".*
                                                                    EXCLUDE ("_rank")
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM (
                                                                      SELECT
                                                                        "t77"."child_id",
                                                                        "t77"."start_date",
                                                                        "t77"."reason_new_episode",
                                                                        "t77"."legal_status",
                                                                        "t77"."category_of_need",
                                                                        "t77"."placement_type",
                                                                        "t77"."placement_provider",
                                                                        "t77"."end_date",
                                                                        "t77"."reason_ceased",
                                                                        "t77"."reason_place_change",
                                                                        "t77"."home_postcode",
                                                                        "t77"."placement_postcode",
                                                                        "t77"."urn",
                                                                        "t77"."placed_outside_council",
                                                                        "t77"."la_code",
                                                                        "t77"."load_id",
                                                                        "t77"."period_start",
                                                                        "t77"."period_start_seen",
                                                                        "t77"."placement_start",
                                                                        "t77"."short_break",
                                                                        "t77"."previous_placement_start",
                                                                        "t77"."period_end",
                                                                        "t77"."month",
                                                                        "t77"."month_end",
                                                                        "t77"."month_index",
                                                                        ROW_NUMBER() OVER (
                                                                          PARTITION BY "t77"."la_code", "t77"."child_id", "t77"."month"
                                                                          ORDER BY "t77"."start_date" DESC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                        ) - 1 AS "_rank"
                                                                      FROM (
                                                                        SELECT
                                                                          "t74".*
                                                                          EXCLUDE ("_until")
                                                                        FROM (
                                                                          SELECT
                                                                            "t70"."child_id",
                                                                            "t70"."start_date",
                                                                            "t70"."reason_new_episode",
                                                                            "t70"."legal_status",
                                                                            "t70"."category_of_need",
                                                                            "t70"."placement_type",
                                                                            "t70"."placement_provider",
                                                                            "t70"."end_date",
                                                                            "t70"."reason_ceased",
                                                                            "t70"."reason_place_change",
                                                                            "t70"."home_postcode",
                                                                            "t70"."placement_postcode",
                                                                            "t70"."urn",
                                                                            "t70"."placed_outside_council",
                                                                            "t70"."la_code",
                                                                            "t70"."load_id",
                                                                            "t70"."period_start",
                                                                            "t70"."period_start_seen",
                                                                            "t70"."placement_start",
                                                                            "t70"."short_break",
                                                                            "t70"."previous_placement_start",
                                                                            "t70"."period_end",
                                                                            "t70"."_until",
                                                                            "t12"."month",
                                                                            "t12"."month_end",
                                                                            "t12"."month_index"
                                                                          FROM (
                                                                            SELECT
                                                                              "t64"."child_id",
                                                                              "t64"."start_date",
                                                                              "t64"."reason_new_episode",
                                                                              "t64"."legal_status",
                                                                              "t64"."category_of_need",
                                                                              "t64"."placement_type",
                                                                              "t64"."placement_provider",
                                                                              "t64"."end_date",
                                                                              "t64"."reason_ceased",
                                                                              "t64"."reason_place_change",
                                                                              "t64"."home_postcode",
                                                                              "t64"."placement_postcode",
                                                                              "t64"."urn",
                                                                              "t64"."placed_outside_council",
                                                                              "t64"."la_code",
                                                                              "t64"."load_id",
                                                                              "t64"."period_start",
                                                                              "t64"."period_start_seen",
                                                                              "t64"."placement_start",
                                                                              "t64"."short_break",
                                                                              "t64"."previous_placement_start",
                                                                              "t64"."period_end",
                                                                              COALESCE("t64"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                                            FROM "t63" AS "t64"
                                                                            WHERE
                                                                              "t64"."_overlaps" AND "t64"."start_date" IS NOT NULL
                                                                          ) AS "t70"
                                                                          INNER JOIN "scorecard_month_spine" AS "t12"
                                                                            ON "t70"."start_date" <= "t12"."month_end" AND "t70"."_until" > "t12"."month_end"
                                                                        ) AS "t74"
                                                                      ) AS "t77"
                                                                    ) AS "t82"
                                                                    WHERE
                                                                      "t82"."_rank" = 0
                                                                  ) AS "t85"
                                                                ) AS "t86"
                                                              ) AS "t88"
                                                              LEFT OUTER JOIN (
                                                                SELECT
                                                                  "t35"."la_code",
                                                                  "t35"."child_id",
                                                                  "t35"."month",
                                                                  'UASC' AS "_uasc"
                                                                FROM (
                                                                  SELECT DISTINCT
                                                                    "t34"."la_code",
                                                                    "t34"."child_id",
                                                                    "t34"."month"
                                                                  FROM (
                                                                    SELECT
                                                                      "t32".*
                                                                      EXCLUDE ("_until")
                                                                    FROM (
                                                                      SELECT
                                                                        "t27"."child_id",
                                                                        "t27"."start_date",
                                                                        "t27"."end_date",
                                                                        "t27"."la_code",
                                                                        "t27"."load_id",
                                                                        "t27"."_until",
                                                                        "t12"."month",
                                                                        "t12"."month_end",
                                                                        "t12"."month_index"
                                                                      FROM (
                                                                        SELECT
                                                                          "t8"."child_id",
                                                                          COALESCE("t8"."start_date", MAKE_DATE(1900, 1, 1)) AS "start_date",
                                                                          "t8"."end_date",
                                                                          "t8"."la_code",
                                                                          "t8"."load_id",
                                                                          COALESCE("t8"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                                        FROM "uasc_status" AS "t8"
                                                                        WHERE
                                                                          COALESCE("t8"."start_date", MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                                                      ) AS "t27"
                                                                      INNER JOIN "scorecard_month_spine" AS "t12"
                                                                        ON "t27"."start_date" <= "t12"."month_end" AND "t27"."_until" > "t12"."month_end"
                                                                    ) AS "t32"
                                                                  ) AS "t34"
                                                                ) AS "t35"
                                                              ) AS "t38"
                                                                ON "t88"."la_code" = "t38"."la_code"
                                                                AND "t88"."child_id" = "t38"."child_id"
                                                                AND "t88"."month" = "t38"."month"
                                                            ) AS "t92"
                                                          ) AS "t93"
                                                        ) AS "t94"
                                                      ) AS "t96"
                                                      INNER JOIN (
                                                        SELECT
                                                          "t89".*
                                                          EXCLUDE ("__late1", "__late2", "__late3")
                                                        FROM (
                                                          SELECT
                                                            "t84"."la_code",
                                                            "t84"."child_id",
                                                            "t84"."period_start",
                                                            "t84"."review_date",
                                                            "t84"."_first",
                                                            "t84"."_from",
                                                            "t84"."_seq",
                                                            "t84"."_previous",
                                                            "t84"."__late1",
                                                            "t84"."review_date" > (
                                                              "t84"."_previous" + INTERVAL '3' MONTH
                                                            ) AS "__late2",
                                                            "t84"."review_date" > (
                                                              "t84"."_previous" + INTERVAL '6' MONTH
                                                            ) AS "__late3",
                                                            CASE
                                                              WHEN "t84"."_seq" = 1
                                                              THEN "t84"."__late1"
                                                              WHEN "t84"."_seq" = 2
                                                              THEN "t84"."review_date" > (
                                                                "t84"."_previous" + INTERVAL '3' MONTH
                                                              )
                                                              ELSE "t84"."review_date" > (
                                                                "t84"."_previous" + INTERVAL '6' MONTH
                                                              )
                                                            END AS "_late"
                                                          FROM (
                                                            SELECT
                                                              "t83".*
                                                              EXCLUDE ("___late1_days")
                                                            FROM (
                                                              SELECT
                                                                "t80"."la_code",
                                                                "t80"."child_id",
                                                                "t80"."period_start",
                                                                "t80"."review_date",
                                                                "t80"."_first",
                                                                "t80"."_from",
                                                                "t80"."_seq",
                                                                "t80"."_previous",
                                                                "t80"."___late1_days",
                                                                "t80"."___late1_days" > 20 AS "__late1"
                                                              FROM (
                                                                SELECT
                                                                  "t78".*
                                                                  EXCLUDE ("_wd_end", "_wd_start")
                                                                FROM (
                                                                  SELECT
                                                                    "t76"."la_code",
                                                                    "t76"."child_id",
                                                                    "t76"."period_start",
                                                                    "t76"."review_date",
                                                                    "t76"."_first",
                                                                    "t76"."_from",
                                                                    "t76"."_seq",
                                                                    "t76"."_previous",
                                                                    "t76"."_wd_start",
                                                                    "t76"."_wd_end",
                                                                    "t76"."_wd_end" - "t76"."_wd_start" AS "___late1_days"
                                                                  FROM (
                                                                    SELECT
                                                                      "t73".*
                                                                      EXCLUDE ("__wd_end_day")
                                                                    FROM (
                                                                      SELECT
                                                                        "t69"."la_code",
                                                                        "t69"."child_id",
                                                                        "t69"."period_start",
                                                                        "t69"."review_date",
                                                                        "t69"."_first",
                                                                        "t69"."_from",
                                                                        "t69"."_seq",
                                                                        "t69"."_previous",
                                                                        "t69"."_wd_start",
                                                                        "t21"."__wd_end_day",
                                                                        "t21"."_wd_end"
                                                                      FROM (
                                                                        SELECT
                                                                          "t65".*
                                                                          EXCLUDE ("__wd_start_day")
                                                                        FROM (
                                                                          SELECT
                                                                            "t62"."la_code",
                                                                            "t62"."child_id",
                                                                            "t62"."period_start",
                                                                            "t62"."review_date",
                                                                            "t62"."_first",
                                                                            "t62"."_from",
                                                                            "t62"."_seq",
                                                                            "t62"."_previous",
                                                                            "t22"."__wd_start_day",
                                                                            "t22"."_wd_start"
                                                                          FROM (
                                                                            SELECT
                                                                              "t59"."la_code",
                                                                              "t59"."child_id",
                                                                              "t59"."period_start",
                                                                              "t59"."review_date",
                                                                              "t59"."_first",
                                                                              "t59"."_from",
                                                                              (
                                                                                ROW_NUMBER() OVER (
                                                                                  PARTITION BY "t59"."la_code", "t59"."child_id", "t59"."period_start"
                                                                                  ORDER BY "t59"."review_date" ASC
                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                ) - 1
                                                                              ) + "t59"."_first" AS "_seq",
                                                                              COALESCE(
                                                                                LAG("t59"."review_date") OVER (
                                                                                  PARTITION BY "t59"."la_code", "t59"."child_id", "t59"."period_start"
                                                                                  ORDER BY "t59"."review_date" ASC
                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                ),
                                                                                "t59"."_from"
                                                                              ) AS "_previous"
                                                                            FROM (
                                                                              SELECT
                                                                                "t25"."la_code",
                                                                                "t25"."child_id",
                                                                                "t55"."period_start",
                                                                                "t25"."review_date",
                                                                                "t55"."_first",
                                                                                "t55"."_from"
                                                                              FROM (
                                                                                SELECT DISTINCT
                                                                                  "t9"."la_code",
                                                                                  "t9"."child_id",
                                                                                  "t9"."review_date"
                                                                                FROM "cla_review" AS "t9"
                                                                              ) AS "t25"
                                                                              INNER JOIN (
                                                                                SELECT
                                                                                  "t51".*
                                                                                  EXCLUDE ("_held_from")
                                                                                FROM (
                                                                                  SELECT
                                                                                    "t48"."la_code",
                                                                                    "t48"."child_id",
                                                                                    "t48"."period_start",
                                                                                    "t48"."period_end",
                                                                                    "t48"."period_start_seen",
                                                                                    "t48"."_held_from",
                                                                                    CASE
                                                                                      WHEN "t48"."period_start_seen"
                                                                                      AND (
                                                                                        (
                                                                                          "t48"."_held_from" IS NULL
                                                                                        )
                                                                                        OR (
                                                                                          "t48"."period_start" >= "t48"."_held_from"
                                                                                        )
                                                                                      )
                                                                                      THEN 1
                                                                                      ELSE 3
                                                                                    END AS "_first",
                                                                                    CASE
                                                                                      WHEN "t48"."period_start_seen"
                                                                                      AND (
                                                                                        (
                                                                                          "t48"."_held_from" IS NULL
                                                                                        )
                                                                                        OR (
                                                                                          "t48"."period_start" >= "t48"."_held_from"
                                                                                        )
                                                                                      )
                                                                                      THEN "t48"."period_start"
                                                                                      ELSE GREATEST("t48"."period_start", COALESCE("t48"."_held_from", "t48"."period_start"))
                                                                                    END AS "_from"
                                                                                  FROM (
                                                                                    SELECT
                                                                                      "t47".*
                                                                                      EXCLUDE ("la_code_right")
                                                                                    FROM (
                                                                                      SELECT
                                                                                        "t42"."la_code",
                                                                                        "t42"."child_id",
                                                                                        "t42"."period_start",
                                                                                        "t42"."period_end",
                                                                                        "t42"."period_start_seen",
                                                                                        "t31"."la_code" AS "la_code_right",
                                                                                        "t31"."_held_from"
                                                                                      FROM (
                                                                                        SELECT DISTINCT
                                                                                          "t40"."la_code",
                                                                                          "t40"."child_id",
                                                                                          "t40"."period_start",
                                                                                          "t40"."period_end",
                                                                                          "t40"."period_start_seen"
                                                                                        FROM (
                                                                                          SELECT
                                                                                            "t39".*
                                                                                            EXCLUDE ("_move", "_previous")
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
                                                                                              "t37"."_move",
                                                                                              "t37"."short_break",
                                                                                              "t37"."_previous",
                                                                                              MAX("t37"."_previous") OVER (
                                                                                                PARTITION BY "t37"."la_code", "t37"."child_id"
                                                                                                ORDER BY "t37"."start_date" ASC
                                                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                              ) AS "previous_placement_start",
                                                                                              CASE
                                                                                                WHEN BOOL_OR(CAST("t37"."end_date" IS NULL AS BOOLEAN)) OVER (
                                                                                                  PARTITION BY "t37"."la_code", "t37"."child_id", "t37"."period_start"
                                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                )
                                                                                                THEN CAST(NULL AS DATE)
                                                                                                ELSE MAX("t37"."end_date") OVER (
                                                                                                  PARTITION BY "t37"."la_code", "t37"."child_id", "t37"."period_start"
                                                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                )
                                                                                              END AS "period_end"
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
                                                                                                "t33"."_move",
                                                                                                "t33"."short_break",
                                                                                                CASE
                                                                                                  WHEN "t33"."_move" IS NOT NULL
                                                                                                  THEN LAG("t33"."placement_start") OVER (
                                                                                                    PARTITION BY "t33"."la_code", "t33"."child_id"
                                                                                                    ORDER BY "t33"."start_date" ASC
                                                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                  )
                                                                                                  ELSE CAST(NULL AS DATE)
                                                                                                END AS "_previous"
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
                                                                                                  COALESCE(
                                                                                                    MAX(
                                                                                                      CASE
                                                                                                        WHEN "t24"."reason_new_episode" = 'S'
                                                                                                        THEN "t24"."start_date"
                                                                                                        ELSE CAST(NULL AS DATE)
                                                                                                      END
                                                                                                    ) OVER (
                                                                                                      PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                                                      ORDER BY "t24"."start_date" ASC
                                                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                                    ),
                                                                                                    MIN("t24"."start_date") OVER (
                                                                                                      PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                    )
                                                                                                  ) AS "period_start",
                                                                                                  MAX(
                                                                                                    CASE
                                                                                                      WHEN "t24"."reason_new_episode" = 'S'
                                                                                                      THEN "t24"."start_date"
                                                                                                      ELSE CAST(NULL AS DATE)
                                                                                                    END
                                                                                                  ) OVER (
                                                                                                    PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                                                    ORDER BY "t24"."start_date" ASC
                                                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                                  ) IS NOT NULL AS "period_start_seen",
                                                                                                  COALESCE(
                                                                                                    MAX(
                                                                                                      CASE
                                                                                                        WHEN "t24"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                                                                                        THEN "t24"."start_date"
                                                                                                        ELSE CAST(NULL AS DATE)
                                                                                                      END
                                                                                                    ) OVER (
                                                                                                      PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                                                      ORDER BY "t24"."start_date" ASC
                                                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                                                    ),
                                                                                                    MIN("t24"."start_date") OVER (
                                                                                                      PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                                                    )
                                                                                                  ) AS "placement_start",
                                                                                                  CASE
                                                                                                    WHEN "t24"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                                                                                    THEN "t24"."start_date"
                                                                                                    ELSE CAST(NULL AS DATE)
                                                                                                  END AS "_move",
                                                                                                  "t24"."legal_status" IN ('V3', 'V4') AS "short_break"
                                                                                                FROM (
                                                                                                  SELECT
                                                                                                    *
                                                                                                  FROM "looked_after_episode" AS "t7"
                                                                                                  WHERE
                                                                                                    "t7"."start_date" IS NOT NULL
                                                                                                ) AS "t24"
                                                                                              ) AS "t33"
                                                                                            ) AS "t37"
                                                                                          ) AS "t39"
                                                                                        ) AS "t40"
                                                                                      ) AS "t42"
                                                                                      LEFT OUTER JOIN (
                                                                                        SELECT
                                                                                          "t23"."la_code",
                                                                                          MIN("t23"."period_start") AS "_held_from"
                                                                                        FROM (
                                                                                          SELECT
                                                                                            *
                                                                                          FROM "coverage" AS "t6"
                                                                                          WHERE
                                                                                            "t6"."table_name" = 'cla_review'
                                                                                        ) AS "t23"
                                                                                        GROUP BY
                                                                                          1
                                                                                      ) AS "t31"
                                                                                        ON "t42"."la_code" = "t31"."la_code"
                                                                                    ) AS "t47"
                                                                                  ) AS "t48"
                                                                                ) AS "t51"
                                                                              ) AS "t55"
                                                                                ON "t25"."la_code" = "t55"."la_code"
                                                                                AND "t25"."child_id" = "t55"."child_id"
                                                                                AND "t25"."review_date" >= "t55"."period_start"
                                                                                AND (
                                                                                  (
                                                                                    "t55"."period_end" IS NULL
                                                                                  )
                                                                                  OR (
                                                                                    "t25"."review_date" <= "t55"."period_end"
                                                                                  )
                                                                                )
                                                                            ) AS "t59"
                                                                          ) AS "t62"
                                                                          LEFT OUTER JOIN (
                                                                            SELECT
                                                                              "t5"."day" AS "__wd_start_day",
                                                                              "t5"."wd_index" AS "_wd_start"
                                                                            FROM "scorecard_calendar" AS "t5"
                                                                          ) AS "t22"
                                                                            ON "t62"."_previous" = "t22"."__wd_start_day"
                                                                        ) AS "t65"
                                                                      ) AS "t69"
                                                                      LEFT OUTER JOIN (
                                                                        SELECT
                                                                          "t5"."day" AS "__wd_end_day",
                                                                          "t5"."wd_index" AS "_wd_end"
                                                                        FROM "scorecard_calendar" AS "t5"
                                                                      ) AS "t21"
                                                                        ON "t69"."review_date" = "t21"."__wd_end_day"
                                                                    ) AS "t73"
                                                                  ) AS "t76"
                                                                ) AS "t78"
                                                              ) AS "t80"
                                                            ) AS "t83"
                                                          ) AS "t84"
                                                        ) AS "t89"
                                                      ) AS "t91"
                                                        ON "t96"."la_code" = "t91"."la_code"
                                                        AND "t96"."child_id" = "t91"."child_id"
                                                        AND "t96"."period_start" = "t91"."period_start"
                                                        AND "t91"."review_date" <= "t96"."month_end"
                                                    ) AS "t97"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t99"
                                                    ON "t96"."la_code" = "t99"."la_code"
                                                    AND "t96"."child_id" = "t99"."child_id"
                                                    AND "t96"."period_start" = "t99"."period_start"
                                                    AND "t96"."month_end" = "t99"."month_end"
                                                ) AS "t100"
                                              ) AS "t102"
                                              LEFT OUTER JOIN (
                                                SELECT DISTINCT
                                                  "t54"."la_code",
                                                  "t54"."child_id",
                                                  "t54"."period_start",
                                                  "t54"."_first",
                                                  "t54"."_from"
                                                FROM (
                                                  SELECT
                                                    "t51".*
                                                    EXCLUDE ("_held_from")
                                                  FROM (
                                                    SELECT
                                                      "t48"."la_code",
                                                      "t48"."child_id",
                                                      "t48"."period_start",
                                                      "t48"."period_end",
                                                      "t48"."period_start_seen",
                                                      "t48"."_held_from",
                                                      CASE
                                                        WHEN "t48"."period_start_seen"
                                                        AND (
                                                          (
                                                            "t48"."_held_from" IS NULL
                                                          )
                                                          OR (
                                                            "t48"."period_start" >= "t48"."_held_from"
                                                          )
                                                        )
                                                        THEN 1
                                                        ELSE 3
                                                      END AS "_first",
                                                      CASE
                                                        WHEN "t48"."period_start_seen"
                                                        AND (
                                                          (
                                                            "t48"."_held_from" IS NULL
                                                          )
                                                          OR (
                                                            "t48"."period_start" >= "t48"."_held_from"
                                                          )
                                                        )
                                                        THEN "t48"."period_start"
                                                        ELSE GREATEST("t48"."period_start", COALESCE("t48"."_held_from", "t48"."period_start"))
                                                      END AS "_from"
                                                    FROM (
                                                      SELECT
                                                        "t47".*
                                                        EXCLUDE ("la_code_right")
                                                      FROM (
                                                        SELECT
                                                          "t42"."la_code",
                                                          "t42"."child_id",
                                                          "t42"."period_start",
                                                          "t42"."period_end",
                                                          "t42"."period_start_seen",
                                                          "t31"."la_code" AS "la_code_right",
                                                          "t31"."_held_from"
                                                        FROM (
                                                          SELECT DISTINCT
                                                            "t40"."la_code",
                                                            "t40"."child_id",
                                                            "t40"."period_start",
                                                            "t40"."period_end",
                                                            "t40"."period_start_seen"
                                                          FROM (
                                                            SELECT
                                                              "t39".*
                                                              EXCLUDE ("_move", "_previous")
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
                                                                "t37"."_move",
                                                                "t37"."short_break",
                                                                "t37"."_previous",
                                                                MAX("t37"."_previous") OVER (
                                                                  PARTITION BY "t37"."la_code", "t37"."child_id"
                                                                  ORDER BY "t37"."start_date" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "previous_placement_start",
                                                                CASE
                                                                  WHEN BOOL_OR(CAST("t37"."end_date" IS NULL AS BOOLEAN)) OVER (
                                                                    PARTITION BY "t37"."la_code", "t37"."child_id", "t37"."period_start"
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                  )
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE MAX("t37"."end_date") OVER (
                                                                    PARTITION BY "t37"."la_code", "t37"."child_id", "t37"."period_start"
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                  )
                                                                END AS "period_end"
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
                                                                  "t33"."_move",
                                                                  "t33"."short_break",
                                                                  CASE
                                                                    WHEN "t33"."_move" IS NOT NULL
                                                                    THEN LAG("t33"."placement_start") OVER (
                                                                      PARTITION BY "t33"."la_code", "t33"."child_id"
                                                                      ORDER BY "t33"."start_date" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                    )
                                                                    ELSE CAST(NULL AS DATE)
                                                                  END AS "_previous"
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
                                                                    COALESCE(
                                                                      MAX(
                                                                        CASE
                                                                          WHEN "t24"."reason_new_episode" = 'S'
                                                                          THEN "t24"."start_date"
                                                                          ELSE CAST(NULL AS DATE)
                                                                        END
                                                                      ) OVER (
                                                                        PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                        ORDER BY "t24"."start_date" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                      ),
                                                                      MIN("t24"."start_date") OVER (
                                                                        PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                      )
                                                                    ) AS "period_start",
                                                                    MAX(
                                                                      CASE
                                                                        WHEN "t24"."reason_new_episode" = 'S'
                                                                        THEN "t24"."start_date"
                                                                        ELSE CAST(NULL AS DATE)
                                                                      END
                                                                    ) OVER (
                                                                      PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                      ORDER BY "t24"."start_date" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                    ) IS NOT NULL AS "period_start_seen",
                                                                    COALESCE(
                                                                      MAX(
                                                                        CASE
                                                                          WHEN "t24"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                                                          THEN "t24"."start_date"
                                                                          ELSE CAST(NULL AS DATE)
                                                                        END
                                                                      ) OVER (
                                                                        PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                        ORDER BY "t24"."start_date" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                      ),
                                                                      MIN("t24"."start_date") OVER (
                                                                        PARTITION BY "t24"."la_code", "t24"."child_id"
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                                      )
                                                                    ) AS "placement_start",
                                                                    CASE
                                                                      WHEN "t24"."reason_new_episode" IN ('S', 'P', 'T', 'B', 'U')
                                                                      THEN "t24"."start_date"
                                                                      ELSE CAST(NULL AS DATE)
                                                                    END AS "_move",
                                                                    "t24"."legal_status" IN ('V3', 'V4') AS "short_break"
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM "looked_after_episode" AS "t7"
                                                                    WHERE
                                                                      "t7"."start_date" IS NOT NULL
                                                                  ) AS "t24"
                                                                ) AS "t33"
                                                              ) AS "t37"
                                                            ) AS "t39"
                                                          ) AS "t40"
                                                        ) AS "t42"
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            "t23"."la_code",
                                                            MIN("t23"."period_start") AS "_held_from"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "coverage" AS "t6"
                                                            WHERE
                                                              "t6"."table_name" = 'cla_review'
                                                          ) AS "t23"
                                                          GROUP BY
                                                            1
                                                        ) AS "t31"
                                                          ON "t42"."la_code" = "t31"."la_code"
                                                      ) AS "t47"
                                                    ) AS "t48"
                                                  ) AS "t51"
                                                ) AS "t54"
                                              ) AS "t57"
                                                ON "t102"."la_code" = "t57"."la_code"
                                                AND "t102"."child_id" = "t57"."child_id"
                                                AND "t102"."period_start" = "t57"."period_start"
                                            ) AS "t103"
                                          ) AS "t104"
                                        ) AS "t106"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t5"."day" AS "__wd_start_day",
                                            "t5"."wd_index" AS "_wd_start"
                                          FROM "scorecard_calendar" AS "t5"
                                        ) AS "t22"
                                          ON "t106"."_since" = "t22"."__wd_start_day"
                                      ) AS "t107"
                                    ) AS "t109"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t5"."day" AS "__wd_end_day",
                                        "t5"."wd_index" AS "_wd_end"
                                      FROM "scorecard_calendar" AS "t5"
                                    ) AS "t21"
                                      ON "t109"."month_end" = "t21"."__wd_end_day"
                                  ) AS "t110"
                                ) AS "t111"
                              ) AS "t112"
                            ) AS "t113"
                          ) AS "t114"
                        ) AS "t115"
                      ) AS "t116"
                    ) AS "t117"
                  ) AS "t118"
                ) AS "t119"
              ) AS "t120"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t121"
          ) AS "t122"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t124"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CLAR1', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t20"
          ON "t124"."indicator_id" = "t20"."indicator_id"
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
          (35)) AS t14(_offset)
      ) AS "t125"
      WHERE
        "t125"."_offset" <= CASE WHEN "t125"."breakdown" = 'month_alone' THEN 0 ELSE "t125"."months_back" END
    ) AS "t127"
      ON "t127"."la_code" = "t11"."la_code"
      AND "t127"."indicator_id" = "t13"."indicator_id"
      AND "t127"."_until_index" = "t12"."month_index"
  ) AS "t128"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t141"."la_code",
  "t141"."indicator_id",
  "t141"."month",
  "t141"."breakdown",
  "t141"."breakdown_value",
  "t141"."numerator",
  CASE
    WHEN "t141"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t141"."unit" = 'rate'
    THEN CAST("t10"."population" AS DOUBLE)
    ELSE "t141"."denominator"
  END AS "denominator",
  CASE
    WHEN "t141"."unit" = 'count'
    THEN "t141"."numerator"
    WHEN "t141"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t10"."population" AS DOUBLE) > 0
      THEN (
        "t141"."numerator" * 10000
      ) / CAST("t10"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t141"."unit" = 'percent'
    THEN CASE
      WHEN "t141"."denominator" > 0
      THEN "t141"."numerator" / "t141"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t141"."denominator" > 0
      THEN "t141"."numerator" / "t141"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t135"."la_code",
      "t135"."indicator_id",
      "t135"."month",
      "t135"."breakdown",
      "t135"."breakdown_value",
      "t135"."unit",
      "t135"."numerator",
      "t135"."denominator"
    FROM (
      SELECT
        "t30"."la_code",
        "t30"."indicator_id",
        "t30"."month",
        "t30"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t11"."la_code",
            "t12"."month",
            "t12"."month_end",
            "t12"."month_index",
            "t13"."indicator_id",
            "t13"."months_back",
            "t13"."unit"
          FROM "scorecard_councils" AS "t11"
          CROSS JOIN "scorecard_month_spine" AS "t12"
          CROSS JOIN (VALUES
            ('CLAR1', 0, 'percent')) AS t13(indicator_id, months_back, unit)
        ) AS "t19"
        WHERE
          "t19"."months_back" > 0
      ) AS "t30"
      ANTI JOIN (
        SELECT
          *
        FROM "t129" AS "t130"
        WHERE
          "t130"."breakdown" = 'month_alone'
      ) AS "t133"
        ON "t30"."la_code" = "t133"."la_code"
        AND "t30"."indicator_id" = "t133"."indicator_id"
        AND "t30"."month" = "t133"."month"
    ) AS "t135"
  ) AS "t137"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t129" AS "t130"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t136"."la_code",
        "t136"."indicator_id",
        "t136"."month",
        "t136"."breakdown",
        "t136"."breakdown_value",
        "t136"."unit",
        "t136"."numerator",
        "t136"."denominator"
      FROM (
        SELECT
          "t11"."la_code",
          "t13"."indicator_id",
          "t12"."month",
          "t13"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t11"
        CROSS JOIN "scorecard_month_spine" AS "t12"
        CROSS JOIN (VALUES
          ('CLAR1', 0, 'percent')) AS t13(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t129" AS "t130"
          WHERE
            "t130"."breakdown" = 'all'
        ) AS "t134"
          ON "t11"."la_code" = "t134"."la_code"
          AND "t13"."indicator_id" = "t134"."indicator_id"
          AND "t12"."month" = "t134"."month"
      ) AS "t136"
    ) AS "t138"
  ) AS "t139"
) AS "t141"
LEFT OUTER JOIN "scorecard_population" AS "t10"
  ON "t141"."la_code" = "t10"."la_code" AND "t141"."month" = "t10"."month"
