WITH "t26" AS (
  SELECT
    "t24"."cp_plan_id",
    "t24"."referral_id",
    "t24"."child_id",
    "t24"."start_date",
    "t24"."end_date",
    "t24"."initial_category",
    "t24"."latest_category",
    "t24"."number_of_previous_plans",
    "t24"."la_code",
    "t24"."load_id",
    "t24"."_reach",
    "t24"."_earlier_reach",
    BOOL_OR(COALESCE("t24"."_earlier_reach" > "t24"."start_date", FALSE)) OVER (
      PARTITION BY "t24"."la_code", "t24"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t22"."cp_plan_id",
      "t22"."referral_id",
      "t22"."child_id",
      "t22"."start_date",
      "t22"."end_date",
      "t22"."initial_category",
      "t22"."latest_category",
      "t22"."number_of_previous_plans",
      "t22"."la_code",
      "t22"."load_id",
      "t22"."_reach",
      LAG("t22"."_reach") OVER (
        PARTITION BY "t22"."la_code", "t22"."child_id"
        ORDER BY "t22"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t14"."cp_plan_id",
        "t14"."referral_id",
        "t14"."child_id",
        "t14"."start_date",
        "t14"."end_date",
        "t14"."initial_category",
        "t14"."latest_category",
        "t14"."number_of_previous_plans",
        "t14"."la_code",
        "t14"."load_id",
        MAX(COALESCE("t14"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t14"."la_code", "t14"."child_id"
          ORDER BY "t14"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          *
        FROM "cp_plan" AS "t4"
        WHERE
          "t4"."start_date" IS NOT NULL
      ) AS "t14"
    ) AS "t22"
  ) AS "t24"
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
      "t67"."la_code" AS "la_code_right",
      "t67"."indicator_id" AS "indicator_id_right",
      "t67"."month_index" AS "month_index_right",
      "t67"."breakdown",
      "t67"."breakdown_value",
      "t67"."_num",
      "t67"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CPP5', 0, 'percent')) AS t10(indicator_id, months_back, unit)
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
          'CPP5' AS "indicator_id",
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
                  COALESCE("t62"."_late_count", 0) = 0
                ) AND NOT (
                  "t62"."_overdue"
                ), FALSE)
                THEN 1.0
                ELSE 0.0
              END AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t61"."cp_plan_id",
                "t61"."referral_id",
                "t61"."child_id",
                "t61"."start_date",
                "t61"."end_date",
                "t61"."initial_category",
                "t61"."latest_category",
                "t61"."number_of_previous_plans",
                "t61"."la_code",
                "t61"."load_id",
                "t61"."month",
                "t61"."month_end",
                "t61"."month_index",
                "t61"."period_start",
                "t61"."_done",
                "t61"."_late_count",
                "t61"."_last",
                "t61"."_first",
                "t61"."_from",
                "t61"."_since",
                "t61"."_next",
                "t61"."_overdue"
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
                  "t60"."_done",
                  "t60"."_late_count",
                  "t60"."_last",
                  "t60"."_first",
                  "t60"."_from",
                  "t60"."_since",
                  "t60"."_next",
                  "t60"."__overdue1",
                  "t60"."__overdue2",
                  "t60"."__overdue3",
                  CASE
                    WHEN "t60"."_next" = 1
                    THEN "t60"."__overdue1"
                    WHEN "t60"."_next" = 2
                    THEN "t60"."__overdue2"
                    ELSE "t60"."__overdue3"
                  END AS "_overdue"
                FROM (
                  SELECT
                    "t59"."cp_plan_id",
                    "t59"."referral_id",
                    "t59"."child_id",
                    "t59"."start_date",
                    "t59"."end_date",
                    "t59"."initial_category",
                    "t59"."latest_category",
                    "t59"."number_of_previous_plans",
                    "t59"."la_code",
                    "t59"."load_id",
                    "t59"."month",
                    "t59"."month_end",
                    "t59"."month_index",
                    "t59"."period_start",
                    "t59"."_done",
                    "t59"."_late_count",
                    "t59"."_last",
                    "t59"."_first",
                    "t59"."_from",
                    COALESCE("t59"."_last", COALESCE("t59"."_from", "t59"."period_start")) AS "_since",
                    COALESCE("t59"."_done", 0) + COALESCE("t59"."_first", 1) AS "_next",
                    "t59"."month_end" > (
                      COALESCE("t59"."_last", COALESCE("t59"."_from", "t59"."period_start")) + INTERVAL '3 MONTH'
                    ) AS "__overdue1",
                    "t59"."month_end" > (
                      COALESCE("t59"."_last", COALESCE("t59"."_from", "t59"."period_start")) + INTERVAL '6 MONTH'
                    ) AS "__overdue2",
                    "t59"."month_end" > (
                      COALESCE("t59"."_last", COALESCE("t59"."_from", "t59"."period_start")) + INTERVAL '6 MONTH'
                    ) AS "__overdue3"
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
                      "t58"."period_start",
                      "t58"."_done",
                      "t58"."_late_count",
                      "t58"."_last",
                      "t58"."_first",
                      "t58"."_from"
                    FROM (
                      SELECT
                        "t57"."cp_plan_id",
                        "t57"."referral_id",
                        "t57"."child_id",
                        "t57"."start_date",
                        "t57"."end_date",
                        "t57"."initial_category",
                        "t57"."latest_category",
                        "t57"."number_of_previous_plans",
                        "t57"."la_code",
                        "t57"."load_id",
                        "t57"."month",
                        "t57"."month_end",
                        "t57"."month_index",
                        "t57"."period_start",
                        "t57"."_done",
                        "t57"."_late_count",
                        "t57"."_last",
                        "t34"."la_code" AS "la_code_right",
                        "t34"."cp_plan_id" AS "cp_plan_id_right",
                        "t34"."period_start" AS "period_start_right",
                        "t34"."_first",
                        "t34"."_from"
                      FROM (
                        SELECT
                          "t55"."cp_plan_id",
                          "t55"."referral_id",
                          "t55"."child_id",
                          "t55"."start_date",
                          "t55"."end_date",
                          "t55"."initial_category",
                          "t55"."latest_category",
                          "t55"."number_of_previous_plans",
                          "t55"."la_code",
                          "t55"."load_id",
                          "t55"."month",
                          "t55"."month_end",
                          "t55"."month_index",
                          "t55"."period_start",
                          "t55"."_done",
                          "t55"."_late_count",
                          "t55"."_last"
                        FROM (
                          SELECT
                            "t51"."cp_plan_id",
                            "t51"."referral_id",
                            "t51"."child_id",
                            "t51"."start_date",
                            "t51"."end_date",
                            "t51"."initial_category",
                            "t51"."latest_category",
                            "t51"."number_of_previous_plans",
                            "t51"."la_code",
                            "t51"."load_id",
                            "t51"."month",
                            "t51"."month_end",
                            "t51"."month_index",
                            "t51"."period_start",
                            "t54"."la_code" AS "la_code_right",
                            "t54"."cp_plan_id" AS "cp_plan_id_right",
                            "t54"."period_start" AS "period_start_right",
                            "t54"."month_end" AS "month_end_right",
                            "t54"."_done",
                            "t54"."_late_count",
                            "t54"."_last"
                          FROM (
                            SELECT
                              "t48"."cp_plan_id",
                              "t48"."referral_id",
                              "t48"."child_id",
                              "t48"."start_date",
                              "t48"."end_date",
                              "t48"."initial_category",
                              "t48"."latest_category",
                              "t48"."number_of_previous_plans",
                              "t48"."la_code",
                              "t48"."load_id",
                              "t48"."month",
                              "t48"."month_end",
                              "t48"."month_index",
                              "t48"."start_date" AS "period_start"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t39"."cp_plan_id",
                                  "t39"."referral_id",
                                  "t39"."child_id",
                                  "t39"."start_date",
                                  "t39"."end_date",
                                  "t39"."initial_category",
                                  "t39"."latest_category",
                                  "t39"."number_of_previous_plans",
                                  "t39"."la_code",
                                  "t39"."load_id",
                                  "t39"."month",
                                  "t39"."month_end",
                                  "t39"."month_index"
                                FROM (
                                  SELECT
                                    "t36"."cp_plan_id",
                                    "t36"."referral_id",
                                    "t36"."child_id",
                                    "t36"."start_date",
                                    "t36"."end_date",
                                    "t36"."initial_category",
                                    "t36"."latest_category",
                                    "t36"."number_of_previous_plans",
                                    "t36"."la_code",
                                    "t36"."load_id",
                                    "t36"."_until",
                                    "t9"."month",
                                    "t9"."month_end",
                                    "t9"."month_index"
                                  FROM (
                                    SELECT
                                      "t28"."cp_plan_id",
                                      "t28"."referral_id",
                                      "t28"."child_id",
                                      "t28"."start_date",
                                      "t28"."end_date",
                                      "t28"."initial_category",
                                      "t28"."latest_category",
                                      "t28"."number_of_previous_plans",
                                      "t28"."la_code",
                                      "t28"."load_id",
                                      COALESCE("t28"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                    FROM "t26" AS "t28"
                                    WHERE
                                      NOT (
                                        "t28"."_overlaps"
                                      ) AND "t28"."start_date" IS NOT NULL
                                  ) AS "t36"
                                  INNER JOIN "scorecard_month_spine" AS "t9"
                                    ON "t36"."start_date" <= "t9"."month_end" AND "t36"."_until" > "t9"."month_end"
                                ) AS "t39"
                              ) AS "t41"
                              UNION ALL
                              SELECT
                                *
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
                                  "t44"."month",
                                  "t44"."month_end",
                                  "t44"."month_index"
                                FROM (
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
                                      "t40"."load_id",
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
                                        "t38"."cp_plan_id",
                                        "t38"."referral_id",
                                        "t38"."child_id",
                                        "t38"."start_date",
                                        "t38"."end_date",
                                        "t38"."initial_category",
                                        "t38"."latest_category",
                                        "t38"."number_of_previous_plans",
                                        "t38"."la_code",
                                        "t38"."load_id",
                                        "t38"."month",
                                        "t38"."month_end",
                                        "t38"."month_index"
                                      FROM (
                                        SELECT
                                          "t35"."cp_plan_id",
                                          "t35"."referral_id",
                                          "t35"."child_id",
                                          "t35"."start_date",
                                          "t35"."end_date",
                                          "t35"."initial_category",
                                          "t35"."latest_category",
                                          "t35"."number_of_previous_plans",
                                          "t35"."la_code",
                                          "t35"."load_id",
                                          "t35"."_until",
                                          "t9"."month",
                                          "t9"."month_end",
                                          "t9"."month_index"
                                        FROM (
                                          SELECT
                                            "t28"."cp_plan_id",
                                            "t28"."referral_id",
                                            "t28"."child_id",
                                            "t28"."start_date",
                                            "t28"."end_date",
                                            "t28"."initial_category",
                                            "t28"."latest_category",
                                            "t28"."number_of_previous_plans",
                                            "t28"."la_code",
                                            "t28"."load_id",
                                            COALESCE("t28"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                          FROM "t26" AS "t28"
                                          WHERE
                                            "t28"."_overlaps" AND "t28"."start_date" IS NOT NULL
                                        ) AS "t35"
                                        INNER JOIN "scorecard_month_spine" AS "t9"
                                          ON "t35"."start_date" <= "t9"."month_end" AND "t35"."_until" > "t9"."month_end"
                                      ) AS "t38"
                                    ) AS "t40"
                                  ) AS "t43"
                                  WHERE
                                    "t43"."_rank" = 0
                                ) AS "t44"
                              ) AS "t46"
                            ) AS "t48"
                            WHERE
                              "t48"."start_date" <= (
                                "t48"."month_end" - INTERVAL '3 MONTH'
                              )
                          ) AS "t51"
                          LEFT OUTER JOIN (
                            SELECT
                              "t52"."la_code",
                              "t52"."cp_plan_id",
                              "t52"."period_start",
                              "t52"."month_end",
                              COUNT("t52"."review_date") AS "_done",
                              SUM(CASE WHEN "t52"."_late" THEN 1 ELSE 0 END) AS "_late_count",
                              MAX("t52"."review_date") AS "_last"
                            FROM (
                              SELECT
                                "t51"."cp_plan_id",
                                "t51"."referral_id",
                                "t51"."child_id",
                                "t51"."start_date",
                                "t51"."end_date",
                                "t51"."initial_category",
                                "t51"."latest_category",
                                "t51"."number_of_previous_plans",
                                "t51"."la_code",
                                "t51"."load_id",
                                "t51"."month",
                                "t51"."month_end",
                                "t51"."month_index",
                                "t51"."period_start",
                                "t49"."la_code" AS "la_code_right",
                                "t49"."cp_plan_id" AS "cp_plan_id_right",
                                "t49"."period_start" AS "period_start_right",
                                "t49"."review_date",
                                "t49"."_first",
                                "t49"."_from",
                                "t49"."_seq",
                                "t49"."_previous",
                                "t49"."_late"
                              FROM (
                                SELECT
                                  "t48"."cp_plan_id",
                                  "t48"."referral_id",
                                  "t48"."child_id",
                                  "t48"."start_date",
                                  "t48"."end_date",
                                  "t48"."initial_category",
                                  "t48"."latest_category",
                                  "t48"."number_of_previous_plans",
                                  "t48"."la_code",
                                  "t48"."load_id",
                                  "t48"."month",
                                  "t48"."month_end",
                                  "t48"."month_index",
                                  "t48"."start_date" AS "period_start"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t39"."cp_plan_id",
                                      "t39"."referral_id",
                                      "t39"."child_id",
                                      "t39"."start_date",
                                      "t39"."end_date",
                                      "t39"."initial_category",
                                      "t39"."latest_category",
                                      "t39"."number_of_previous_plans",
                                      "t39"."la_code",
                                      "t39"."load_id",
                                      "t39"."month",
                                      "t39"."month_end",
                                      "t39"."month_index"
                                    FROM (
                                      SELECT
                                        "t36"."cp_plan_id",
                                        "t36"."referral_id",
                                        "t36"."child_id",
                                        "t36"."start_date",
                                        "t36"."end_date",
                                        "t36"."initial_category",
                                        "t36"."latest_category",
                                        "t36"."number_of_previous_plans",
                                        "t36"."la_code",
                                        "t36"."load_id",
                                        "t36"."_until",
                                        "t9"."month",
                                        "t9"."month_end",
                                        "t9"."month_index"
                                      FROM (
                                        SELECT
                                          "t28"."cp_plan_id",
                                          "t28"."referral_id",
                                          "t28"."child_id",
                                          "t28"."start_date",
                                          "t28"."end_date",
                                          "t28"."initial_category",
                                          "t28"."latest_category",
                                          "t28"."number_of_previous_plans",
                                          "t28"."la_code",
                                          "t28"."load_id",
                                          COALESCE("t28"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM "t26" AS "t28"
                                        WHERE
                                          NOT (
                                            "t28"."_overlaps"
                                          ) AND "t28"."start_date" IS NOT NULL
                                      ) AS "t36"
                                      INNER JOIN "scorecard_month_spine" AS "t9"
                                        ON "t36"."start_date" <= "t9"."month_end" AND "t36"."_until" > "t9"."month_end"
                                    ) AS "t39"
                                  ) AS "t41"
                                  UNION ALL
                                  SELECT
                                    *
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
                                      "t44"."month",
                                      "t44"."month_end",
                                      "t44"."month_index"
                                    FROM (
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
                                          "t40"."load_id",
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
                                            "t38"."cp_plan_id",
                                            "t38"."referral_id",
                                            "t38"."child_id",
                                            "t38"."start_date",
                                            "t38"."end_date",
                                            "t38"."initial_category",
                                            "t38"."latest_category",
                                            "t38"."number_of_previous_plans",
                                            "t38"."la_code",
                                            "t38"."load_id",
                                            "t38"."month",
                                            "t38"."month_end",
                                            "t38"."month_index"
                                          FROM (
                                            SELECT
                                              "t35"."cp_plan_id",
                                              "t35"."referral_id",
                                              "t35"."child_id",
                                              "t35"."start_date",
                                              "t35"."end_date",
                                              "t35"."initial_category",
                                              "t35"."latest_category",
                                              "t35"."number_of_previous_plans",
                                              "t35"."la_code",
                                              "t35"."load_id",
                                              "t35"."_until",
                                              "t9"."month",
                                              "t9"."month_end",
                                              "t9"."month_index"
                                            FROM (
                                              SELECT
                                                "t28"."cp_plan_id",
                                                "t28"."referral_id",
                                                "t28"."child_id",
                                                "t28"."start_date",
                                                "t28"."end_date",
                                                "t28"."initial_category",
                                                "t28"."latest_category",
                                                "t28"."number_of_previous_plans",
                                                "t28"."la_code",
                                                "t28"."load_id",
                                                COALESCE("t28"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t26" AS "t28"
                                              WHERE
                                                "t28"."_overlaps" AND "t28"."start_date" IS NOT NULL
                                            ) AS "t35"
                                            INNER JOIN "scorecard_month_spine" AS "t9"
                                              ON "t35"."start_date" <= "t9"."month_end" AND "t35"."_until" > "t9"."month_end"
                                          ) AS "t38"
                                        ) AS "t40"
                                      ) AS "t43"
                                      WHERE
                                        "t43"."_rank" = 0
                                    ) AS "t44"
                                  ) AS "t46"
                                ) AS "t48"
                                WHERE
                                  "t48"."start_date" <= (
                                    "t48"."month_end" - INTERVAL '3 MONTH'
                                  )
                              ) AS "t51"
                              INNER JOIN (
                                SELECT
                                  "t45"."la_code",
                                  "t45"."cp_plan_id",
                                  "t45"."period_start",
                                  "t45"."review_date",
                                  "t45"."_first",
                                  "t45"."_from",
                                  "t45"."_seq",
                                  "t45"."_previous",
                                  "t45"."_late"
                                FROM (
                                  SELECT
                                    "t42"."la_code",
                                    "t42"."cp_plan_id",
                                    "t42"."period_start",
                                    "t42"."review_date",
                                    "t42"."_first",
                                    "t42"."_from",
                                    "t42"."_seq",
                                    "t42"."_previous",
                                    "t42"."review_date" > (
                                      "t42"."_previous" + INTERVAL '3 MONTH'
                                    ) AS "__late1",
                                    "t42"."review_date" > (
                                      "t42"."_previous" + INTERVAL '6 MONTH'
                                    ) AS "__late2",
                                    "t42"."review_date" > (
                                      "t42"."_previous" + INTERVAL '6 MONTH'
                                    ) AS "__late3",
                                    CASE
                                      WHEN "t42"."_seq" = 1
                                      THEN "t42"."review_date" > (
                                        "t42"."_previous" + INTERVAL '3 MONTH'
                                      )
                                      WHEN "t42"."_seq" = 2
                                      THEN "t42"."review_date" > (
                                        "t42"."_previous" + INTERVAL '6 MONTH'
                                      )
                                      ELSE "t42"."review_date" > (
                                        "t42"."_previous" + INTERVAL '6 MONTH'
                                      )
                                    END AS "_late"
                                  FROM (
                                    SELECT
                                      "t37"."la_code",
                                      "t37"."cp_plan_id",
                                      "t37"."period_start",
                                      "t37"."review_date",
                                      "t37"."_first",
                                      "t37"."_from",
                                      (
                                        ROW_NUMBER() OVER (
                                          PARTITION BY "t37"."la_code", "t37"."cp_plan_id", "t37"."period_start"
                                          ORDER BY "t37"."review_date" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ) - 1
                                      ) + "t37"."_first" AS "_seq",
                                      COALESCE(
                                        LAG("t37"."review_date") OVER (
                                          PARTITION BY "t37"."la_code", "t37"."cp_plan_id", "t37"."period_start"
                                          ORDER BY "t37"."review_date" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ),
                                        "t37"."_from"
                                      ) AS "_previous"
                                    FROM (
                                      SELECT
                                        "t17"."la_code",
                                        "t17"."cp_plan_id",
                                        "t30"."period_start",
                                        "t17"."review_date",
                                        "t30"."_first",
                                        "t30"."_from"
                                      FROM (
                                        SELECT DISTINCT
                                          "t6"."la_code",
                                          "t6"."cp_plan_id",
                                          "t6"."review_date"
                                        FROM "cp_review" AS "t6"
                                      ) AS "t17"
                                      INNER JOIN (
                                        SELECT
                                          "t27"."la_code",
                                          "t27"."cp_plan_id",
                                          "t27"."period_start",
                                          "t27"."period_end",
                                          "t27"."period_start_seen",
                                          "t27"."_first",
                                          "t27"."_from"
                                        FROM (
                                          SELECT
                                            "t25"."la_code",
                                            "t25"."cp_plan_id",
                                            "t25"."period_start",
                                            "t25"."period_end",
                                            "t25"."period_start_seen",
                                            "t25"."_held_from",
                                            CASE
                                              WHEN "t25"."period_start_seen"
                                              AND (
                                                (
                                                  "t25"."_held_from" IS NULL
                                                )
                                                OR (
                                                  "t25"."period_start" >= "t25"."_held_from"
                                                )
                                              )
                                              THEN 1
                                              ELSE 3
                                            END AS "_first",
                                            CASE
                                              WHEN "t25"."period_start_seen"
                                              AND (
                                                (
                                                  "t25"."_held_from" IS NULL
                                                )
                                                OR (
                                                  "t25"."period_start" >= "t25"."_held_from"
                                                )
                                              )
                                              THEN "t25"."period_start"
                                              ELSE GREATEST("t25"."period_start", COALESCE("t25"."_held_from", "t25"."period_start"))
                                            END AS "_from"
                                          FROM (
                                            SELECT
                                              "t23"."la_code",
                                              "t23"."cp_plan_id",
                                              "t23"."period_start",
                                              "t23"."period_end",
                                              "t23"."period_start_seen",
                                              "t23"."_held_from"
                                            FROM (
                                              SELECT
                                                "t15"."la_code",
                                                "t15"."cp_plan_id",
                                                "t15"."period_start",
                                                "t15"."period_end",
                                                "t15"."period_start_seen",
                                                "t21"."la_code" AS "la_code_right",
                                                "t21"."_held_from"
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
                                              ) AS "t21"
                                                ON "t15"."la_code" = "t21"."la_code"
                                            ) AS "t23"
                                          ) AS "t25"
                                        ) AS "t27"
                                      ) AS "t30"
                                        ON "t17"."la_code" = "t30"."la_code"
                                        AND "t17"."cp_plan_id" = "t30"."cp_plan_id"
                                        AND "t17"."review_date" >= "t30"."period_start"
                                        AND (
                                          (
                                            "t30"."period_end" IS NULL
                                          )
                                          OR (
                                            "t17"."review_date" <= "t30"."period_end"
                                          )
                                        )
                                    ) AS "t37"
                                  ) AS "t42"
                                ) AS "t45"
                              ) AS "t49"
                                ON "t51"."la_code" = "t49"."la_code"
                                AND "t51"."cp_plan_id" = "t49"."cp_plan_id"
                                AND "t51"."period_start" = "t49"."period_start"
                                AND "t49"."review_date" <= "t51"."month_end"
                            ) AS "t52"
                            GROUP BY
                              1,
                              2,
                              3,
                              4
                          ) AS "t54"
                            ON "t51"."la_code" = "t54"."la_code"
                            AND "t51"."cp_plan_id" = "t54"."cp_plan_id"
                            AND "t51"."period_start" = "t54"."period_start"
                            AND "t51"."month_end" = "t54"."month_end"
                        ) AS "t55"
                      ) AS "t57"
                      LEFT OUTER JOIN (
                        SELECT DISTINCT
                          "t29"."la_code",
                          "t29"."cp_plan_id",
                          "t29"."period_start",
                          "t29"."_first",
                          "t29"."_from"
                        FROM (
                          SELECT
                            "t27"."la_code",
                            "t27"."cp_plan_id",
                            "t27"."period_start",
                            "t27"."period_end",
                            "t27"."period_start_seen",
                            "t27"."_first",
                            "t27"."_from"
                          FROM (
                            SELECT
                              "t25"."la_code",
                              "t25"."cp_plan_id",
                              "t25"."period_start",
                              "t25"."period_end",
                              "t25"."period_start_seen",
                              "t25"."_held_from",
                              CASE
                                WHEN "t25"."period_start_seen"
                                AND (
                                  (
                                    "t25"."_held_from" IS NULL
                                  )
                                  OR (
                                    "t25"."period_start" >= "t25"."_held_from"
                                  )
                                )
                                THEN 1
                                ELSE 3
                              END AS "_first",
                              CASE
                                WHEN "t25"."period_start_seen"
                                AND (
                                  (
                                    "t25"."_held_from" IS NULL
                                  )
                                  OR (
                                    "t25"."period_start" >= "t25"."_held_from"
                                  )
                                )
                                THEN "t25"."period_start"
                                ELSE GREATEST("t25"."period_start", COALESCE("t25"."_held_from", "t25"."period_start"))
                              END AS "_from"
                            FROM (
                              SELECT
                                "t23"."la_code",
                                "t23"."cp_plan_id",
                                "t23"."period_start",
                                "t23"."period_end",
                                "t23"."period_start_seen",
                                "t23"."_held_from"
                              FROM (
                                SELECT
                                  "t15"."la_code",
                                  "t15"."cp_plan_id",
                                  "t15"."period_start",
                                  "t15"."period_end",
                                  "t15"."period_start_seen",
                                  "t21"."la_code" AS "la_code_right",
                                  "t21"."_held_from"
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
                                ) AS "t21"
                                  ON "t15"."la_code" = "t21"."la_code"
                              ) AS "t23"
                            ) AS "t25"
                          ) AS "t27"
                        ) AS "t29"
                      ) AS "t34"
                        ON "t57"."la_code" = "t34"."la_code"
                        AND "t57"."cp_plan_id" = "t34"."cp_plan_id"
                        AND "t57"."period_start" = "t34"."period_start"
                    ) AS "t58"
                  ) AS "t59"
                ) AS "t60"
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
      ON "t67"."la_code" = "t8"."la_code"
      AND "t67"."indicator_id" = "t10"."indicator_id"
      AND "t67"."month_index" <= "t9"."month_index"
      AND "t67"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t67"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
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
