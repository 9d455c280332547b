WITH "t14" AS (
  SELECT
    *
  FROM "cp_plan" AS "t4"
  WHERE
    "t4"."start_date" IS NOT NULL
), "t39" AS (
  SELECT
    "t37"."cp_plan_id",
    "t37"."referral_id",
    "t37"."child_id",
    "t37"."start_date",
    "t37"."end_date",
    "t37"."initial_category",
    "t37"."latest_category",
    "t37"."number_of_previous_plans",
    "t37"."la_code",
    "t37"."load_id",
    "t37"."_reach",
    "t37"."_earlier_reach",
    BOOL_OR(COALESCE("t37"."_earlier_reach" > "t37"."start_date", FALSE)) OVER (
      PARTITION BY "t37"."la_code", "t37"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t32"."cp_plan_id",
      "t32"."referral_id",
      "t32"."child_id",
      "t32"."start_date",
      "t32"."end_date",
      "t32"."initial_category",
      "t32"."latest_category",
      "t32"."number_of_previous_plans",
      "t32"."la_code",
      "t32"."load_id",
      "t32"."_reach",
      LAG("t32"."_reach") OVER (
        PARTITION BY "t32"."la_code", "t32"."child_id"
        ORDER BY "t32"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t30"."cp_plan_id",
        "t30"."referral_id",
        "t30"."child_id",
        "t30"."start_date",
        "t30"."end_date",
        "t30"."initial_category",
        "t30"."latest_category",
        "t30"."number_of_previous_plans",
        "t30"."la_code",
        "t30"."load_id",
        MAX(COALESCE("t30"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t30"."la_code", "t30"."child_id"
          ORDER BY "t30"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t19"."cp_plan_id",
          "t19"."referral_id",
          "t19"."child_id",
          "t19"."start_date",
          "t19"."end_date",
          "t19"."initial_category",
          "t19"."latest_category",
          "t19"."number_of_previous_plans",
          "t19"."la_code",
          "t19"."load_id"
        FROM "t14" AS "t19"
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                "t21"."la_code",
                "t21"."child_id"
              FROM (
                SELECT
                  "t18"."la_code",
                  "t18"."child_id",
                  COUNT(*) AS "_records"
                FROM "t14" AS "t18"
                GROUP BY
                  1,
                  2
              ) AS "t21"
              WHERE
                "t21"."_records" > 1
            ) AS "t26"
            WHERE
              "t19"."la_code" = "t26"."la_code" AND "t19"."child_id" = "t26"."child_id"
          )
      ) AS "t30"
    ) AS "t32"
  ) AS "t37"
), "t78" AS (
  SELECT
    "t77"."la_code",
    "t77"."indicator_id",
    "t77"."month",
    "t77"."breakdown",
    "t77"."breakdown_value",
    "t77"."unit",
    SUM("t77"."_num") AS "numerator",
    SUM("t77"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t76"."la_code" AS "la_code_right",
      "t76"."indicator_id" AS "indicator_id_right",
      "t76"."month_index" AS "month_index_right",
      "t76"."breakdown",
      "t76"."breakdown_value",
      "t76"."_num",
      "t76"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CPP5', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t74"."la_code",
        "t74"."indicator_id",
        "t74"."month_index",
        "t74"."breakdown",
        "t74"."breakdown_value",
        SUM("t74"."numerator") AS "_num",
        SUM("t74"."denominator") AS "_den"
      FROM (
        SELECT
          "t73"."la_code",
          'CPP5' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t73"."month") * 12
            ) + EXTRACT(month FROM "t73"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t73"."breakdown_value",
          "t73"."numerator",
          "t73"."denominator"
        FROM (
          SELECT
            "t72"."la_code",
            "t72"."month",
            "t72"."_part",
            "t72"."breakdown_value",
            SUM("t72"."numerator") AS "numerator",
            SUM("t72"."denominator") AS "denominator"
          FROM (
            SELECT
              "t71"."la_code",
              "t71"."month",
              CASE
                WHEN COALESCE((
                  COALESCE("t71"."_late_count", 0) = 0
                ) AND NOT (
                  "t71"."_overdue"
                ), FALSE)
                THEN 1.0
                ELSE 0.0
              END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t70"."cp_plan_id",
                "t70"."referral_id",
                "t70"."child_id",
                "t70"."start_date",
                "t70"."end_date",
                "t70"."initial_category",
                "t70"."latest_category",
                "t70"."number_of_previous_plans",
                "t70"."la_code",
                "t70"."load_id",
                "t70"."month",
                "t70"."month_end",
                "t70"."month_index",
                "t70"."period_start",
                "t70"."_done",
                "t70"."_late_count",
                "t70"."_last",
                "t70"."_first",
                "t70"."_from",
                "t70"."_since",
                "t70"."_next",
                "t70"."_overdue"
              FROM (
                SELECT
                  "t69"."cp_plan_id",
                  "t69"."referral_id",
                  "t69"."child_id",
                  "t69"."start_date",
                  "t69"."end_date",
                  "t69"."initial_category",
                  "t69"."latest_category",
                  "t69"."number_of_previous_plans",
                  "t69"."la_code",
                  "t69"."load_id",
                  "t69"."month",
                  "t69"."month_end",
                  "t69"."month_index",
                  "t69"."period_start",
                  "t69"."_done",
                  "t69"."_late_count",
                  "t69"."_last",
                  "t69"."_first",
                  "t69"."_from",
                  "t69"."_since",
                  "t69"."_next",
                  "t69"."__overdue1",
                  "t69"."__overdue2",
                  "t69"."__overdue3",
                  CASE
                    WHEN "t69"."_next" = 1
                    THEN "t69"."__overdue1"
                    WHEN "t69"."_next" = 2
                    THEN "t69"."__overdue2"
                    ELSE "t69"."__overdue3"
                  END AS "_overdue"
                FROM (
                  SELECT
                    "t68"."cp_plan_id",
                    "t68"."referral_id",
                    "t68"."child_id",
                    "t68"."start_date",
                    "t68"."end_date",
                    "t68"."initial_category",
                    "t68"."latest_category",
                    "t68"."number_of_previous_plans",
                    "t68"."la_code",
                    "t68"."load_id",
                    "t68"."month",
                    "t68"."month_end",
                    "t68"."month_index",
                    "t68"."period_start",
                    "t68"."_done",
                    "t68"."_late_count",
                    "t68"."_last",
                    "t68"."_first",
                    "t68"."_from",
                    COALESCE("t68"."_last", COALESCE("t68"."_from", "t68"."period_start")) AS "_since",
                    COALESCE("t68"."_done", 0) + COALESCE("t68"."_first", 1) AS "_next",
                    "t68"."month_end" > (
                      COALESCE("t68"."_last", COALESCE("t68"."_from", "t68"."period_start")) + INTERVAL '3 MONTH'
                    ) AS "__overdue1",
                    "t68"."month_end" > (
                      COALESCE("t68"."_last", COALESCE("t68"."_from", "t68"."period_start")) + INTERVAL '6 MONTH'
                    ) AS "__overdue2",
                    "t68"."month_end" > (
                      COALESCE("t68"."_last", COALESCE("t68"."_from", "t68"."period_start")) + INTERVAL '6 MONTH'
                    ) AS "__overdue3"
                  FROM (
                    SELECT
                      "t67"."cp_plan_id",
                      "t67"."referral_id",
                      "t67"."child_id",
                      "t67"."start_date",
                      "t67"."end_date",
                      "t67"."initial_category",
                      "t67"."latest_category",
                      "t67"."number_of_previous_plans",
                      "t67"."la_code",
                      "t67"."load_id",
                      "t67"."month",
                      "t67"."month_end",
                      "t67"."month_index",
                      "t67"."period_start",
                      "t67"."_done",
                      "t67"."_late_count",
                      "t67"."_last",
                      "t67"."_first",
                      "t67"."_from"
                    FROM (
                      SELECT
                        "t66"."cp_plan_id",
                        "t66"."referral_id",
                        "t66"."child_id",
                        "t66"."start_date",
                        "t66"."end_date",
                        "t66"."initial_category",
                        "t66"."latest_category",
                        "t66"."number_of_previous_plans",
                        "t66"."la_code",
                        "t66"."load_id",
                        "t66"."month",
                        "t66"."month_end",
                        "t66"."month_index",
                        "t66"."period_start",
                        "t66"."_done",
                        "t66"."_late_count",
                        "t66"."_last",
                        "t36"."la_code" AS "la_code_right",
                        "t36"."cp_plan_id" AS "cp_plan_id_right",
                        "t36"."period_start" AS "period_start_right",
                        "t36"."_first",
                        "t36"."_from"
                      FROM (
                        SELECT
                          "t64"."cp_plan_id",
                          "t64"."referral_id",
                          "t64"."child_id",
                          "t64"."start_date",
                          "t64"."end_date",
                          "t64"."initial_category",
                          "t64"."latest_category",
                          "t64"."number_of_previous_plans",
                          "t64"."la_code",
                          "t64"."load_id",
                          "t64"."month",
                          "t64"."month_end",
                          "t64"."month_index",
                          "t64"."period_start",
                          "t64"."_done",
                          "t64"."_late_count",
                          "t64"."_last"
                        FROM (
                          SELECT
                            "t60"."cp_plan_id",
                            "t60"."referral_id",
                            "t60"."child_id",
                            "t60"."start_date",
                            "t60"."end_date",
                            "t60"."initial_category",
                            "t60"."latest_category",
                            "t60"."number_of_previous_plans",
                            "t60"."la_code",
                            "t60"."load_id",
                            "t60"."month",
                            "t60"."month_end",
                            "t60"."month_index",
                            "t60"."period_start",
                            "t63"."la_code" AS "la_code_right",
                            "t63"."cp_plan_id" AS "cp_plan_id_right",
                            "t63"."period_start" AS "period_start_right",
                            "t63"."month_end" AS "month_end_right",
                            "t63"."_done",
                            "t63"."_late_count",
                            "t63"."_last"
                          FROM (
                            SELECT
                              "t58"."cp_plan_id",
                              "t58"."referral_id",
                              "t58"."child_id",
                              "t58"."start_date",
                              "t58"."end_date",
                              "t58"."initial_category",
                              "t58"."latest_category",
                              "t58"."number_of_previous_plans",
                              "t58"."la_code",
                              "t58"."load_id",
                              "t58"."month",
                              "t58"."month_end",
                              "t58"."month_index",
                              "t58"."start_date" AS "period_start"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t53"."cp_plan_id",
                                  "t53"."referral_id",
                                  "t53"."child_id",
                                  "t53"."start_date",
                                  "t53"."end_date",
                                  "t53"."initial_category",
                                  "t53"."latest_category",
                                  "t53"."number_of_previous_plans",
                                  "t53"."la_code",
                                  "t53"."load_id",
                                  "t53"."month",
                                  "t53"."month_end",
                                  "t53"."month_index"
                                FROM (
                                  SELECT
                                    "t50"."cp_plan_id",
                                    "t50"."referral_id",
                                    "t50"."child_id",
                                    "t50"."start_date",
                                    "t50"."end_date",
                                    "t50"."initial_category",
                                    "t50"."latest_category",
                                    "t50"."number_of_previous_plans",
                                    "t50"."la_code",
                                    "t50"."load_id",
                                    "t50"."_until",
                                    "t9"."month",
                                    "t9"."month_end",
                                    "t9"."month_index"
                                  FROM (
                                    SELECT
                                      "t45"."cp_plan_id",
                                      "t45"."referral_id",
                                      "t45"."child_id",
                                      "t45"."start_date",
                                      "t45"."end_date",
                                      "t45"."initial_category",
                                      "t45"."latest_category",
                                      "t45"."number_of_previous_plans",
                                      "t45"."la_code",
                                      "t45"."load_id",
                                      COALESCE("t45"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t19"."cp_plan_id",
                                          "t19"."referral_id",
                                          "t19"."child_id",
                                          "t19"."start_date",
                                          "t19"."end_date",
                                          "t19"."initial_category",
                                          "t19"."latest_category",
                                          "t19"."number_of_previous_plans",
                                          "t19"."la_code",
                                          "t19"."load_id"
                                        FROM "t14" AS "t19"
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                "t21"."la_code",
                                                "t21"."child_id"
                                              FROM (
                                                SELECT
                                                  "t18"."la_code",
                                                  "t18"."child_id",
                                                  COUNT(*) AS "_records"
                                                FROM "t14" AS "t18"
                                                GROUP BY
                                                  1,
                                                  2
                                              ) AS "t21"
                                              WHERE
                                                "t21"."_records" > 1
                                            ) AS "t26"
                                            WHERE
                                              "t19"."la_code" = "t26"."la_code" AND "t19"."child_id" = "t26"."child_id"
                                          )
                                      ) AS "t29"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t40"."cp_plan_id",
                                          "t40"."referral_id",
                                          "t40"."child_id",
                                          "t40"."start_date",
                                          "t40"."end_date",
                                          "t40"."initial_category",
                                          "t40"."latest_category",
                                          "t40"."number_of_previous_plans",
                                          "t40"."la_code",
                                          "t40"."load_id"
                                        FROM "t39" AS "t40"
                                        WHERE
                                          NOT (
                                            "t40"."_overlaps"
                                          )
                                      ) AS "t43"
                                    ) AS "t45"
                                    WHERE
                                      "t45"."start_date" IS NOT NULL
                                  ) AS "t50"
                                  INNER JOIN "scorecard_month_spine" AS "t9"
                                    ON "t50"."start_date" <= "t9"."month_end" AND "t50"."_until" > "t9"."month_end"
                                ) AS "t53"
                              ) AS "t54"
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t56"."cp_plan_id",
                                  "t56"."referral_id",
                                  "t56"."child_id",
                                  "t56"."start_date",
                                  "t56"."end_date",
                                  "t56"."initial_category",
                                  "t56"."latest_category",
                                  "t56"."number_of_previous_plans",
                                  "t56"."la_code",
                                  "t56"."load_id",
                                  "t56"."month",
                                  "t56"."month_end",
                                  "t56"."month_index"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t52"."cp_plan_id",
                                      "t52"."referral_id",
                                      "t52"."child_id",
                                      "t52"."start_date",
                                      "t52"."end_date",
                                      "t52"."initial_category",
                                      "t52"."latest_category",
                                      "t52"."number_of_previous_plans",
                                      "t52"."la_code",
                                      "t52"."load_id",
                                      "t52"."month",
                                      "t52"."month_end",
                                      "t52"."month_index",
                                      ROW_NUMBER() OVER (
                                        PARTITION BY "t52"."la_code", "t52"."child_id", "t52"."month"
                                        ORDER BY "t52"."start_date" DESC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ) - 1 AS "_rank"
                                    FROM (
                                      SELECT
                                        "t49"."cp_plan_id",
                                        "t49"."referral_id",
                                        "t49"."child_id",
                                        "t49"."start_date",
                                        "t49"."end_date",
                                        "t49"."initial_category",
                                        "t49"."latest_category",
                                        "t49"."number_of_previous_plans",
                                        "t49"."la_code",
                                        "t49"."load_id",
                                        "t49"."month",
                                        "t49"."month_end",
                                        "t49"."month_index"
                                      FROM (
                                        SELECT
                                          "t44"."cp_plan_id",
                                          "t44"."referral_id",
                                          "t44"."child_id",
                                          "t44"."start_date",
                                          "t44"."end_date",
                                          "t44"."initial_category",
                                          "t44"."latest_category",
                                          "t44"."number_of_previous_plans",
                                          "t44"."la_code",
                                          "t44"."load_id",
                                          "t44"."_until",
                                          "t9"."month",
                                          "t9"."month_end",
                                          "t9"."month_index"
                                        FROM (
                                          SELECT
                                            "t40"."cp_plan_id",
                                            "t40"."referral_id",
                                            "t40"."child_id",
                                            "t40"."start_date",
                                            "t40"."end_date",
                                            "t40"."initial_category",
                                            "t40"."latest_category",
                                            "t40"."number_of_previous_plans",
                                            "t40"."la_code",
                                            "t40"."load_id",
                                            COALESCE("t40"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                          FROM "t39" AS "t40"
                                          WHERE
                                            "t40"."_overlaps" AND "t40"."start_date" IS NOT NULL
                                        ) AS "t44"
                                        INNER JOIN "scorecard_month_spine" AS "t9"
                                          ON "t44"."start_date" <= "t9"."month_end" AND "t44"."_until" > "t9"."month_end"
                                      ) AS "t49"
                                    ) AS "t52"
                                  ) AS "t55"
                                  WHERE
                                    "t55"."_rank" = 0
                                ) AS "t56"
                              ) AS "t57"
                            ) AS "t58"
                            WHERE
                              "t58"."start_date" <= (
                                "t58"."month_end" - INTERVAL '3 MONTH'
                              )
                          ) AS "t60"
                          LEFT OUTER JOIN (
                            SELECT
                              "t61"."la_code",
                              "t61"."cp_plan_id",
                              "t61"."period_start",
                              "t61"."month_end",
                              COUNT("t61"."review_date") AS "_done",
                              SUM(CASE WHEN "t61"."_late" THEN 1 ELSE 0 END) AS "_late_count",
                              MAX("t61"."review_date") AS "_last"
                            FROM (
                              SELECT
                                "t60"."cp_plan_id",
                                "t60"."referral_id",
                                "t60"."child_id",
                                "t60"."start_date",
                                "t60"."end_date",
                                "t60"."initial_category",
                                "t60"."latest_category",
                                "t60"."number_of_previous_plans",
                                "t60"."la_code",
                                "t60"."load_id",
                                "t60"."month",
                                "t60"."month_end",
                                "t60"."month_index",
                                "t60"."period_start",
                                "t51"."la_code" AS "la_code_right",
                                "t51"."cp_plan_id" AS "cp_plan_id_right",
                                "t51"."period_start" AS "period_start_right",
                                "t51"."review_date",
                                "t51"."_first",
                                "t51"."_from",
                                "t51"."_seq",
                                "t51"."_previous",
                                "t51"."_late"
                              FROM (
                                SELECT
                                  "t58"."cp_plan_id",
                                  "t58"."referral_id",
                                  "t58"."child_id",
                                  "t58"."start_date",
                                  "t58"."end_date",
                                  "t58"."initial_category",
                                  "t58"."latest_category",
                                  "t58"."number_of_previous_plans",
                                  "t58"."la_code",
                                  "t58"."load_id",
                                  "t58"."month",
                                  "t58"."month_end",
                                  "t58"."month_index",
                                  "t58"."start_date" AS "period_start"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t53"."cp_plan_id",
                                      "t53"."referral_id",
                                      "t53"."child_id",
                                      "t53"."start_date",
                                      "t53"."end_date",
                                      "t53"."initial_category",
                                      "t53"."latest_category",
                                      "t53"."number_of_previous_plans",
                                      "t53"."la_code",
                                      "t53"."load_id",
                                      "t53"."month",
                                      "t53"."month_end",
                                      "t53"."month_index"
                                    FROM (
                                      SELECT
                                        "t50"."cp_plan_id",
                                        "t50"."referral_id",
                                        "t50"."child_id",
                                        "t50"."start_date",
                                        "t50"."end_date",
                                        "t50"."initial_category",
                                        "t50"."latest_category",
                                        "t50"."number_of_previous_plans",
                                        "t50"."la_code",
                                        "t50"."load_id",
                                        "t50"."_until",
                                        "t9"."month",
                                        "t9"."month_end",
                                        "t9"."month_index"
                                      FROM (
                                        SELECT
                                          "t45"."cp_plan_id",
                                          "t45"."referral_id",
                                          "t45"."child_id",
                                          "t45"."start_date",
                                          "t45"."end_date",
                                          "t45"."initial_category",
                                          "t45"."latest_category",
                                          "t45"."number_of_previous_plans",
                                          "t45"."la_code",
                                          "t45"."load_id",
                                          COALESCE("t45"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t19"."cp_plan_id",
                                              "t19"."referral_id",
                                              "t19"."child_id",
                                              "t19"."start_date",
                                              "t19"."end_date",
                                              "t19"."initial_category",
                                              "t19"."latest_category",
                                              "t19"."number_of_previous_plans",
                                              "t19"."la_code",
                                              "t19"."load_id"
                                            FROM "t14" AS "t19"
                                            WHERE
                                              NOT EXISTS(
                                                SELECT
                                                  1
                                                FROM (
                                                  SELECT
                                                    "t21"."la_code",
                                                    "t21"."child_id"
                                                  FROM (
                                                    SELECT
                                                      "t18"."la_code",
                                                      "t18"."child_id",
                                                      COUNT(*) AS "_records"
                                                    FROM "t14" AS "t18"
                                                    GROUP BY
                                                      1,
                                                      2
                                                  ) AS "t21"
                                                  WHERE
                                                    "t21"."_records" > 1
                                                ) AS "t26"
                                                WHERE
                                                  "t19"."la_code" = "t26"."la_code" AND "t19"."child_id" = "t26"."child_id"
                                              )
                                          ) AS "t29"
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t40"."cp_plan_id",
                                              "t40"."referral_id",
                                              "t40"."child_id",
                                              "t40"."start_date",
                                              "t40"."end_date",
                                              "t40"."initial_category",
                                              "t40"."latest_category",
                                              "t40"."number_of_previous_plans",
                                              "t40"."la_code",
                                              "t40"."load_id"
                                            FROM "t39" AS "t40"
                                            WHERE
                                              NOT (
                                                "t40"."_overlaps"
                                              )
                                          ) AS "t43"
                                        ) AS "t45"
                                        WHERE
                                          "t45"."start_date" IS NOT NULL
                                      ) AS "t50"
                                      INNER JOIN "scorecard_month_spine" AS "t9"
                                        ON "t50"."start_date" <= "t9"."month_end" AND "t50"."_until" > "t9"."month_end"
                                    ) AS "t53"
                                  ) AS "t54"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t56"."cp_plan_id",
                                      "t56"."referral_id",
                                      "t56"."child_id",
                                      "t56"."start_date",
                                      "t56"."end_date",
                                      "t56"."initial_category",
                                      "t56"."latest_category",
                                      "t56"."number_of_previous_plans",
                                      "t56"."la_code",
                                      "t56"."load_id",
                                      "t56"."month",
                                      "t56"."month_end",
                                      "t56"."month_index"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t52"."cp_plan_id",
                                          "t52"."referral_id",
                                          "t52"."child_id",
                                          "t52"."start_date",
                                          "t52"."end_date",
                                          "t52"."initial_category",
                                          "t52"."latest_category",
                                          "t52"."number_of_previous_plans",
                                          "t52"."la_code",
                                          "t52"."load_id",
                                          "t52"."month",
                                          "t52"."month_end",
                                          "t52"."month_index",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t52"."la_code", "t52"."child_id", "t52"."month"
                                            ORDER BY "t52"."start_date" DESC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "_rank"
                                        FROM (
                                          SELECT
                                            "t49"."cp_plan_id",
                                            "t49"."referral_id",
                                            "t49"."child_id",
                                            "t49"."start_date",
                                            "t49"."end_date",
                                            "t49"."initial_category",
                                            "t49"."latest_category",
                                            "t49"."number_of_previous_plans",
                                            "t49"."la_code",
                                            "t49"."load_id",
                                            "t49"."month",
                                            "t49"."month_end",
                                            "t49"."month_index"
                                          FROM (
                                            SELECT
                                              "t44"."cp_plan_id",
                                              "t44"."referral_id",
                                              "t44"."child_id",
                                              "t44"."start_date",
                                              "t44"."end_date",
                                              "t44"."initial_category",
                                              "t44"."latest_category",
                                              "t44"."number_of_previous_plans",
                                              "t44"."la_code",
                                              "t44"."load_id",
                                              "t44"."_until",
                                              "t9"."month",
                                              "t9"."month_end",
                                              "t9"."month_index"
                                            FROM (
                                              SELECT
                                                "t40"."cp_plan_id",
                                                "t40"."referral_id",
                                                "t40"."child_id",
                                                "t40"."start_date",
                                                "t40"."end_date",
                                                "t40"."initial_category",
                                                "t40"."latest_category",
                                                "t40"."number_of_previous_plans",
                                                "t40"."la_code",
                                                "t40"."load_id",
                                                COALESCE("t40"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t39" AS "t40"
                                              WHERE
                                                "t40"."_overlaps" AND "t40"."start_date" IS NOT NULL
                                            ) AS "t44"
                                            INNER JOIN "scorecard_month_spine" AS "t9"
                                              ON "t44"."start_date" <= "t9"."month_end" AND "t44"."_until" > "t9"."month_end"
                                          ) AS "t49"
                                        ) AS "t52"
                                      ) AS "t55"
                                      WHERE
                                        "t55"."_rank" = 0
                                    ) AS "t56"
                                  ) AS "t57"
                                ) AS "t58"
                                WHERE
                                  "t58"."start_date" <= (
                                    "t58"."month_end" - INTERVAL '3 MONTH'
                                  )
                              ) AS "t60"
                              INNER JOIN (
                                SELECT
                                  "t46"."la_code",
                                  "t46"."cp_plan_id",
                                  "t46"."period_start",
                                  "t46"."review_date",
                                  "t46"."_first",
                                  "t46"."_from",
                                  "t46"."_seq",
                                  "t46"."_previous",
                                  "t46"."_late"
                                FROM (
                                  SELECT
                                    "t41"."la_code",
                                    "t41"."cp_plan_id",
                                    "t41"."period_start",
                                    "t41"."review_date",
                                    "t41"."_first",
                                    "t41"."_from",
                                    "t41"."_seq",
                                    "t41"."_previous",
                                    "t41"."review_date" > (
                                      "t41"."_previous" + INTERVAL '3 MONTH'
                                    ) AS "__late1",
                                    "t41"."review_date" > (
                                      "t41"."_previous" + INTERVAL '6 MONTH'
                                    ) AS "__late2",
                                    "t41"."review_date" > (
                                      "t41"."_previous" + INTERVAL '6 MONTH'
                                    ) AS "__late3",
                                    CASE
                                      WHEN "t41"."_seq" = 1
                                      THEN "t41"."review_date" > (
                                        "t41"."_previous" + INTERVAL '3 MONTH'
                                      )
                                      WHEN "t41"."_seq" = 2
                                      THEN "t41"."review_date" > (
                                        "t41"."_previous" + INTERVAL '6 MONTH'
                                      )
                                      ELSE "t41"."review_date" > (
                                        "t41"."_previous" + INTERVAL '6 MONTH'
                                      )
                                    END AS "_late"
                                  FROM (
                                    SELECT
                                      "t38"."la_code",
                                      "t38"."cp_plan_id",
                                      "t38"."period_start",
                                      "t38"."review_date",
                                      "t38"."_first",
                                      "t38"."_from",
                                      (
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t38"."la_code", "t38"."cp_plan_id", "t38"."period_start"
                                          ORDER BY "t38"."review_date" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1
                                      ) + "t38"."_first" AS "_seq",
                                      COALESCE(
                                        LAG("t38"."review_date") OVER (
                                          PARTITION BY "t38"."la_code", "t38"."cp_plan_id", "t38"."period_start"
                                          ORDER BY "t38"."review_date" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ),
                                        "t38"."_from"
                                      ) AS "_previous"
                                    FROM (
                                      SELECT
                                        "t17"."la_code",
                                        "t17"."cp_plan_id",
                                        "t34"."period_start",
                                        "t17"."review_date",
                                        "t34"."_first",
                                        "t34"."_from"
                                      FROM (
                                        SELECT DISTINCT
                                          "t6"."la_code",
                                          "t6"."cp_plan_id",
                                          "t6"."review_date"
                                        FROM "cp_review" AS "t6"
                                      ) AS "t17"
                                      INNER JOIN (
                                        SELECT
                                          "t31"."la_code",
                                          "t31"."cp_plan_id",
                                          "t31"."period_start",
                                          "t31"."period_end",
                                          "t31"."period_start_seen",
                                          "t31"."_first",
                                          "t31"."_from"
                                        FROM (
                                          SELECT
                                            "t28"."la_code",
                                            "t28"."cp_plan_id",
                                            "t28"."period_start",
                                            "t28"."period_end",
                                            "t28"."period_start_seen",
                                            "t28"."_held_from",
                                            CASE
                                              WHEN "t28"."period_start_seen"
                                              AND (
                                                (
                                                  "t28"."_held_from" IS NULL
                                                )
                                                OR (
                                                  "t28"."period_start" >= "t28"."_held_from"
                                                )
                                              )
                                              THEN 1
                                              ELSE 3
                                            END AS "_first",
                                            CASE
                                              WHEN "t28"."period_start_seen"
                                              AND (
                                                (
                                                  "t28"."_held_from" IS NULL
                                                )
                                                OR (
                                                  "t28"."period_start" >= "t28"."_held_from"
                                                )
                                              )
                                              THEN "t28"."period_start"
                                              ELSE GREATEST("t28"."period_start", COALESCE("t28"."_held_from", "t28"."period_start"))
                                            END AS "_from"
                                          FROM (
                                            SELECT
                                              "t27"."la_code",
                                              "t27"."cp_plan_id",
                                              "t27"."period_start",
                                              "t27"."period_end",
                                              "t27"."period_start_seen",
                                              "t27"."_held_from"
                                            FROM (
                                              SELECT
                                                "t15"."la_code",
                                                "t15"."cp_plan_id",
                                                "t15"."period_start",
                                                "t15"."period_end",
                                                "t15"."period_start_seen",
                                                "t24"."la_code" AS "la_code_right",
                                                "t24"."_held_from"
                                              FROM (
                                                SELECT
                                                  "t4"."la_code",
                                                  "t4"."cp_plan_id",
                                                  "t4"."start_date" AS "period_start",
                                                  "t4"."end_date" AS "period_end",
                                                  TRUE AS "period_start_seen"
                                                FROM "cp_plan" AS "t4"
                                              ) AS "t15"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t16"."la_code",
                                                  MIN("t16"."period_start") AS "_held_from"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "coverage" AS "t5"
                                                  WHERE
                                                    "t5"."table_name" = 'cp_review'
                                                ) AS "t16"
                                                GROUP BY
                                                  1
                                              ) AS "t24"
                                                ON "t15"."la_code" = "t24"."la_code"
                                            ) AS "t27"
                                          ) AS "t28"
                                        ) AS "t31"
                                      ) AS "t34"
                                        ON "t17"."la_code" = "t34"."la_code"
                                        AND "t17"."cp_plan_id" = "t34"."cp_plan_id"
                                        AND "t17"."review_date" >= "t34"."period_start"
                                        AND (
                                          (
                                            "t34"."period_end" IS NULL
                                          )
                                          OR (
                                            "t17"."review_date" <= "t34"."period_end"
                                          )
                                        )
                                    ) AS "t38"
                                  ) AS "t41"
                                ) AS "t46"
                              ) AS "t51"
                                ON "t60"."la_code" = "t51"."la_code"
                                AND "t60"."cp_plan_id" = "t51"."cp_plan_id"
                                AND "t60"."period_start" = "t51"."period_start"
                                AND "t51"."review_date" <= "t60"."month_end"
                            ) AS "t61"
                            GROUP BY
                              1,
                              2,
                              3,
                              4
                          ) AS "t63"
                            ON "t60"."la_code" = "t63"."la_code"
                            AND "t60"."cp_plan_id" = "t63"."cp_plan_id"
                            AND "t60"."period_start" = "t63"."period_start"
                            AND "t60"."month_end" = "t63"."month_end"
                        ) AS "t64"
                      ) AS "t66"
                      LEFT OUTER JOIN (
                        SELECT DISTINCT
                          "t33"."la_code",
                          "t33"."cp_plan_id",
                          "t33"."period_start",
                          "t33"."_first",
                          "t33"."_from"
                        FROM (
                          SELECT
                            "t31"."la_code",
                            "t31"."cp_plan_id",
                            "t31"."period_start",
                            "t31"."period_end",
                            "t31"."period_start_seen",
                            "t31"."_first",
                            "t31"."_from"
                          FROM (
                            SELECT
                              "t28"."la_code",
                              "t28"."cp_plan_id",
                              "t28"."period_start",
                              "t28"."period_end",
                              "t28"."period_start_seen",
                              "t28"."_held_from",
                              CASE
                                WHEN "t28"."period_start_seen"
                                AND (
                                  (
                                    "t28"."_held_from" IS NULL
                                  )
                                  OR (
                                    "t28"."period_start" >= "t28"."_held_from"
                                  )
                                )
                                THEN 1
                                ELSE 3
                              END AS "_first",
                              CASE
                                WHEN "t28"."period_start_seen"
                                AND (
                                  (
                                    "t28"."_held_from" IS NULL
                                  )
                                  OR (
                                    "t28"."period_start" >= "t28"."_held_from"
                                  )
                                )
                                THEN "t28"."period_start"
                                ELSE GREATEST("t28"."period_start", COALESCE("t28"."_held_from", "t28"."period_start"))
                              END AS "_from"
                            FROM (
                              SELECT
                                "t27"."la_code",
                                "t27"."cp_plan_id",
                                "t27"."period_start",
                                "t27"."period_end",
                                "t27"."period_start_seen",
                                "t27"."_held_from"
                              FROM (
                                SELECT
                                  "t15"."la_code",
                                  "t15"."cp_plan_id",
                                  "t15"."period_start",
                                  "t15"."period_end",
                                  "t15"."period_start_seen",
                                  "t24"."la_code" AS "la_code_right",
                                  "t24"."_held_from"
                                FROM (
                                  SELECT
                                    "t4"."la_code",
                                    "t4"."cp_plan_id",
                                    "t4"."start_date" AS "period_start",
                                    "t4"."end_date" AS "period_end",
                                    TRUE AS "period_start_seen"
                                  FROM "cp_plan" AS "t4"
                                ) AS "t15"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t16"."la_code",
                                    MIN("t16"."period_start") AS "_held_from"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "coverage" AS "t5"
                                    WHERE
                                      "t5"."table_name" = 'cp_review'
                                  ) AS "t16"
                                  GROUP BY
                                    1
                                ) AS "t24"
                                  ON "t15"."la_code" = "t24"."la_code"
                              ) AS "t27"
                            ) AS "t28"
                          ) AS "t31"
                        ) AS "t33"
                      ) AS "t36"
                        ON "t66"."la_code" = "t36"."la_code"
                        AND "t66"."cp_plan_id" = "t36"."cp_plan_id"
                        AND "t66"."period_start" = "t36"."period_start"
                    ) AS "t67"
                  ) AS "t68"
                ) AS "t69"
              ) AS "t70"
            ) AS "t71"
          ) AS "t72"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t73"
      ) AS "t74"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t76"
      ON "t76"."la_code" = "t8"."la_code"
      AND "t76"."indicator_id" = "t10"."indicator_id"
      AND "t76"."month_index" <= "t9"."month_index"
      AND "t76"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t76"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
      )
  ) AS "t77"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t90"."la_code",
  "t90"."indicator_id",
  "t90"."month",
  "t90"."breakdown",
  "t90"."breakdown_value",
  "t90"."numerator",
  CASE
    WHEN "t90"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t90"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t90"."denominator"
  END AS "denominator",
  CASE
    WHEN "t90"."unit" = 'count'
    THEN "t90"."numerator"
    WHEN "t90"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t90"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t90"."unit" = 'percent'
    THEN CASE
      WHEN "t90"."denominator" > 0
      THEN CAST("t90"."numerator" AS DOUBLE PRECISION) / "t90"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t90"."denominator" > 0
      THEN CAST("t90"."numerator" AS DOUBLE PRECISION) / "t90"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t84"."la_code",
      "t84"."indicator_id",
      "t84"."month",
      "t84"."breakdown",
      "t84"."breakdown_value",
      "t84"."unit",
      "t84"."numerator",
      "t84"."denominator"
    FROM (
      SELECT
        "t23"."la_code",
        "t23"."indicator_id",
        "t23"."month",
        "t23"."unit",
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
            ('CPP5', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS "t13"
        WHERE
          "t13"."months_back" > 0
      ) AS "t23"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t78" AS "t79"
            WHERE
              "t79"."breakdown" = 'month_alone'
          ) AS "t82"
          WHERE
            "t23"."la_code" = "t82"."la_code"
            AND "t23"."indicator_id" = "t82"."indicator_id"
            AND "t23"."month" = "t82"."month"
        )
    ) AS "t84"
  ) AS "t86"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t78" AS "t79"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t85"."la_code",
        "t85"."indicator_id",
        "t85"."month",
        "t85"."breakdown",
        "t85"."breakdown_value",
        "t85"."unit",
        "t85"."numerator",
        "t85"."denominator"
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
          ('CPP5', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t78" AS "t79"
              WHERE
                "t79"."breakdown" = 'all'
            ) AS "t83"
            WHERE
              "t8"."la_code" = "t83"."la_code"
              AND "t10"."indicator_id" = "t83"."indicator_id"
              AND "t9"."month" = "t83"."month"
          )
      ) AS "t85"
    ) AS "t87"
  ) AS "t88"
) AS "t90"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t90"."la_code" = "t7"."la_code" AND "t90"."month" = "t7"."month"
