WITH "t18" AS (
  SELECT
    *
  FROM "cp_plan" AS "t5"
  WHERE
    "t5"."start_date" IS NOT NULL
), "t43" AS (
  SELECT
    "t41"."cp_plan_id",
    "t41"."referral_id",
    "t41"."child_id",
    "t41"."start_date",
    "t41"."end_date",
    "t41"."initial_category",
    "t41"."latest_category",
    "t41"."number_of_previous_plans",
    "t41"."la_code",
    "t41"."load_id",
    "t41"."_reach",
    "t41"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t41"."_earlier_reach" > "t41"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t41"."la_code", "t41"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t36"."_reach",
      LAG("t36"."_reach") OVER (
        PARTITION BY "t36"."la_code", "t36"."child_id"
        ORDER BY "t36"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t34"."cp_plan_id",
        "t34"."referral_id",
        "t34"."child_id",
        "t34"."start_date",
        "t34"."end_date",
        "t34"."initial_category",
        "t34"."latest_category",
        "t34"."number_of_previous_plans",
        "t34"."la_code",
        "t34"."load_id",
        MAX(COALESCE("t34"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t34"."la_code", "t34"."child_id"
          ORDER BY "t34"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t23"."cp_plan_id",
          "t23"."referral_id",
          "t23"."child_id",
          "t23"."start_date",
          "t23"."end_date",
          "t23"."initial_category",
          "t23"."latest_category",
          "t23"."number_of_previous_plans",
          "t23"."la_code",
          "t23"."load_id"
        FROM "t18" AS "t23"
        SEMI JOIN (
          SELECT
            "t25"."la_code",
            "t25"."child_id"
          FROM (
            SELECT
              "t22"."la_code",
              "t22"."child_id",
              COUNT(*) AS "_records"
            FROM "t18" AS "t22"
            GROUP BY
              1,
              2
          ) AS "t25"
          WHERE
            "t25"."_records" > 1
        ) AS "t30"
          ON "t23"."la_code" = "t30"."la_code" AND "t23"."child_id" = "t30"."child_id"
      ) AS "t34"
    ) AS "t36"
  ) AS "t41"
), "t85" AS (
  SELECT
    "t84"."la_code",
    "t84"."indicator_id",
    "t84"."month",
    "t84"."breakdown",
    "t84"."breakdown_value",
    "t84"."unit",
    SUM("t84"."_num") AS "numerator",
    SUM("t84"."_den") AS "denominator"
  FROM (
    SELECT
      "t9"."la_code",
      "t10"."month",
      "t10"."month_end",
      "t10"."month_index",
      "t11"."indicator_id",
      "t11"."months_back",
      "t11"."unit",
      "t83"."breakdown",
      "t83"."breakdown_value",
      "t83"."_num",
      "t83"."_den",
      "t83"."_until_index"
    FROM "scorecard_councils" AS "t9"
    CROSS JOIN "scorecard_month_spine" AS "t10"
    CROSS JOIN (VALUES
      ('CPP5', 0, 'percent')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t81"."la_code",
        "t81"."indicator_id",
        "t81"."breakdown",
        "t81"."breakdown_value",
        "t81"."_num",
        "t81"."_den",
        "t81"."month_index" + "t81"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t80"."la_code",
          "t80"."indicator_id",
          "t80"."month_index",
          "t80"."breakdown",
          "t80"."breakdown_value",
          "t80"."_num",
          "t80"."_den",
          "t17"."months_back",
          "t12"."_offset"
        FROM (
          SELECT
            "t78"."la_code",
            "t78"."indicator_id",
            "t78"."month_index",
            "t78"."breakdown",
            "t78"."breakdown_value",
            SUM("t78"."numerator") AS "_num",
            SUM("t78"."denominator") AS "_den"
          FROM (
            SELECT
              "t77"."la_code",
              'CPP5' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t77"."month") * 12
                ) + EXTRACT(month FROM "t77"."month")
              ) - 1 AS "month_index",
              'all' AS "breakdown",
              "t77"."breakdown_value",
              "t77"."numerator",
              "t77"."denominator"
            FROM (
              SELECT
                "t76"."la_code",
                "t76"."month",
                "t76"."_part",
                "t76"."breakdown_value",
                SUM("t76"."numerator") AS "numerator",
                SUM("t76"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t75"."la_code",
                  "t75"."month",
                  CASE
                    WHEN COALESCE((
                      COALESCE("t75"."_late_count", 0) = 0
                    ) AND NOT (
                      "t75"."_overdue"
                    ), FALSE)
                    THEN 1.0
                    ELSE 0.0
                  END AS "numerator",
                  1.0 AS "denominator",
                  0 AS "_part",
                  'all' AS "breakdown_value"
                FROM (
                  SELECT
                    "t74".*
                    EXCLUDE ("__overdue1", "__overdue2", "__overdue3")
                  FROM (
                    SELECT
                      "t73"."cp_plan_id",
                      "t73"."referral_id",
                      "t73"."child_id",
                      "t73"."start_date",
                      "t73"."end_date",
                      "t73"."initial_category",
                      "t73"."latest_category",
                      "t73"."number_of_previous_plans",
                      "t73"."la_code",
                      "t73"."load_id",
                      "t73"."month",
                      "t73"."month_end",
                      "t73"."month_index",
                      "t73"."period_start",
                      "t73"."_done",
                      "t73"."_late_count",
                      "t73"."_last",
                      "t73"."_first",
                      "t73"."_from",
                      "t73"."_since",
                      "t73"."_next",
                      "t73"."__overdue1",
                      "t73"."__overdue2",
                      "t73"."__overdue3",
                      CASE
                        WHEN "t73"."_next" = 1
                        THEN "t73"."__overdue1"
                        WHEN "t73"."_next" = 2
                        THEN "t73"."__overdue2"
                        ELSE "t73"."__overdue3"
                      END AS "_overdue"
                    FROM (
                      SELECT
                        "t72"."cp_plan_id",
                        "t72"."referral_id",
                        "t72"."child_id",
                        "t72"."start_date",
                        "t72"."end_date",
                        "t72"."initial_category",
                        "t72"."latest_category",
                        "t72"."number_of_previous_plans",
                        "t72"."la_code",
                        "t72"."load_id",
                        "t72"."month",
                        "t72"."month_end",
                        "t72"."month_index",
                        "t72"."period_start",
                        "t72"."_done",
                        "t72"."_late_count",
                        "t72"."_last",
                        "t72"."_first",
                        "t72"."_from",
                        COALESCE("t72"."_last", COALESCE("t72"."_from", "t72"."period_start")) AS "_since",
                        COALESCE("t72"."_done", 0) + COALESCE("t72"."_first", 1) AS "_next",
                        "t72"."month_end" > (
                          COALESCE("t72"."_last", COALESCE("t72"."_from", "t72"."period_start")) + INTERVAL '3' MONTH
                        ) AS "__overdue1",
                        "t72"."month_end" > (
                          COALESCE("t72"."_last", COALESCE("t72"."_from", "t72"."period_start")) + INTERVAL '6' MONTH
                        ) AS "__overdue2",
                        "t72"."month_end" > (
                          COALESCE("t72"."_last", COALESCE("t72"."_from", "t72"."period_start")) + INTERVAL '6' MONTH
                        ) AS "__overdue3"
                      FROM (
                        SELECT
                          "t71".*
                          EXCLUDE ("cp_plan_id_right", "la_code_right", "period_start_right")
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
                            "t40"."la_code" AS "la_code_right",
                            "t40"."cp_plan_id" AS "cp_plan_id_right",
                            "t40"."period_start" AS "period_start_right",
                            "t40"."_first",
                            "t40"."_from"
                          FROM (
                            SELECT
                              "t68".*
                              EXCLUDE ("cp_plan_id_right", "la_code_right", "month_end_right", "period_start_right")
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
                                "t67"."la_code" AS "la_code_right",
                                "t67"."cp_plan_id" AS "cp_plan_id_right",
                                "t67"."period_start" AS "period_start_right",
                                "t67"."month_end" AS "month_end_right",
                                "t67"."_done",
                                "t67"."_late_count",
                                "t67"."_last"
                              FROM (
                                SELECT
                                  "t62"."cp_plan_id",
                                  "t62"."referral_id",
                                  "t62"."child_id",
                                  "t62"."start_date",
                                  "t62"."end_date",
                                  "t62"."initial_category",
                                  "t62"."latest_category",
                                  "t62"."number_of_previous_plans",
                                  "t62"."la_code",
                                  "t62"."load_id",
                                  "t62"."month",
                                  "t62"."month_end",
                                  "t62"."month_index",
                                  "t62"."start_date" AS "period_start"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t57".*
                                      EXCLUDE ("_until")
                                    FROM (
                                      SELECT
                                        "t54"."cp_plan_id",
                                        "t54"."referral_id",
                                        "t54"."child_id",
                                        "t54"."start_date",
                                        "t54"."end_date",
                                        "t54"."initial_category",
                                        "t54"."latest_category",
                                        "t54"."number_of_previous_plans",
                                        "t54"."la_code",
                                        "t54"."load_id",
                                        "t54"."_until",
                                        "t10"."month",
                                        "t10"."month_end",
                                        "t10"."month_index"
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
                                          COALESCE("t49"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t23"."cp_plan_id",
                                              "t23"."referral_id",
                                              "t23"."child_id",
                                              "t23"."start_date",
                                              "t23"."end_date",
                                              "t23"."initial_category",
                                              "t23"."latest_category",
                                              "t23"."number_of_previous_plans",
                                              "t23"."la_code",
                                              "t23"."load_id"
                                            FROM "t18" AS "t23"
                                            ANTI JOIN (
                                              SELECT
                                                "t25"."la_code",
                                                "t25"."child_id"
                                              FROM (
                                                SELECT
                                                  "t22"."la_code",
                                                  "t22"."child_id",
                                                  COUNT(*) AS "_records"
                                                FROM "t18" AS "t22"
                                                GROUP BY
                                                  1,
                                                  2
                                              ) AS "t25"
                                              WHERE
                                                "t25"."_records" > 1
                                            ) AS "t30"
                                              ON "t23"."la_code" = "t30"."la_code" AND "t23"."child_id" = "t30"."child_id"
                                          ) AS "t33"
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
                                              "t44"."load_id"
                                            FROM "t43" AS "t44"
                                            WHERE
                                              NOT (
                                                "t44"."_overlaps"
                                              )
                                          ) AS "t47"
                                        ) AS "t49"
                                        WHERE
                                          "t49"."start_date" IS NOT NULL
                                      ) AS "t54"
                                      INNER JOIN "scorecard_month_spine" AS "t10"
                                        ON "t54"."start_date" <= "t10"."month_end" AND "t54"."_until" > "t10"."month_end"
                                    ) AS "t57"
                                  ) AS "t58"
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t60".*
                                      EXCLUDE ("_rank")
                                    FROM (
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
                                          "t56"."month_index",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t56"."la_code", "t56"."child_id", "t56"."month"
                                            ORDER BY "t56"."start_date" DESC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "_rank"
                                        FROM (
                                          SELECT
                                            "t53".*
                                            EXCLUDE ("_until")
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
                                              "t48"."_until",
                                              "t10"."month",
                                              "t10"."month_end",
                                              "t10"."month_index"
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
                                                COALESCE("t44"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t43" AS "t44"
                                              WHERE
                                                "t44"."_overlaps" AND "t44"."start_date" IS NOT NULL
                                            ) AS "t48"
                                            INNER JOIN "scorecard_month_spine" AS "t10"
                                              ON "t48"."start_date" <= "t10"."month_end" AND "t48"."_until" > "t10"."month_end"
                                          ) AS "t53"
                                        ) AS "t56"
                                      ) AS "t59"
                                      WHERE
                                        "t59"."_rank" = 0
                                    ) AS "t60"
                                  ) AS "t61"
                                ) AS "t62"
                                WHERE
                                  "t62"."start_date" <= (
                                    "t62"."month_end" - INTERVAL '3' MONTH
                                  )
                              ) AS "t64"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t65"."la_code",
                                  "t65"."cp_plan_id",
                                  "t65"."period_start",
                                  "t65"."month_end",
                                  COUNT("t65"."review_date") AS "_done",
                                  SUM(CASE WHEN "t65"."_late" THEN 1 ELSE 0 END) AS "_late_count",
                                  MAX("t65"."review_date") AS "_last"
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
                                    "t55"."la_code" AS "la_code_right",
                                    "t55"."cp_plan_id" AS "cp_plan_id_right",
                                    "t55"."period_start" AS "period_start_right",
                                    "t55"."review_date",
                                    "t55"."_first",
                                    "t55"."_from",
                                    "t55"."_seq",
                                    "t55"."_previous",
                                    "t55"."_late"
                                  FROM (
                                    SELECT
                                      "t62"."cp_plan_id",
                                      "t62"."referral_id",
                                      "t62"."child_id",
                                      "t62"."start_date",
                                      "t62"."end_date",
                                      "t62"."initial_category",
                                      "t62"."latest_category",
                                      "t62"."number_of_previous_plans",
                                      "t62"."la_code",
                                      "t62"."load_id",
                                      "t62"."month",
                                      "t62"."month_end",
                                      "t62"."month_index",
                                      "t62"."start_date" AS "period_start"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t57".*
                                          EXCLUDE ("_until")
                                        FROM (
                                          SELECT
                                            "t54"."cp_plan_id",
                                            "t54"."referral_id",
                                            "t54"."child_id",
                                            "t54"."start_date",
                                            "t54"."end_date",
                                            "t54"."initial_category",
                                            "t54"."latest_category",
                                            "t54"."number_of_previous_plans",
                                            "t54"."la_code",
                                            "t54"."load_id",
                                            "t54"."_until",
                                            "t10"."month",
                                            "t10"."month_end",
                                            "t10"."month_index"
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
                                              COALESCE("t49"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t23"."cp_plan_id",
                                                  "t23"."referral_id",
                                                  "t23"."child_id",
                                                  "t23"."start_date",
                                                  "t23"."end_date",
                                                  "t23"."initial_category",
                                                  "t23"."latest_category",
                                                  "t23"."number_of_previous_plans",
                                                  "t23"."la_code",
                                                  "t23"."load_id"
                                                FROM "t18" AS "t23"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t25"."la_code",
                                                    "t25"."child_id"
                                                  FROM (
                                                    SELECT
                                                      "t22"."la_code",
                                                      "t22"."child_id",
                                                      COUNT(*) AS "_records"
                                                    FROM "t18" AS "t22"
                                                    GROUP BY
                                                      1,
                                                      2
                                                  ) AS "t25"
                                                  WHERE
                                                    "t25"."_records" > 1
                                                ) AS "t30"
                                                  ON "t23"."la_code" = "t30"."la_code" AND "t23"."child_id" = "t30"."child_id"
                                              ) AS "t33"
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
                                                  "t44"."load_id"
                                                FROM "t43" AS "t44"
                                                WHERE
                                                  NOT (
                                                    "t44"."_overlaps"
                                                  )
                                              ) AS "t47"
                                            ) AS "t49"
                                            WHERE
                                              "t49"."start_date" IS NOT NULL
                                          ) AS "t54"
                                          INNER JOIN "scorecard_month_spine" AS "t10"
                                            ON "t54"."start_date" <= "t10"."month_end" AND "t54"."_until" > "t10"."month_end"
                                        ) AS "t57"
                                      ) AS "t58"
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t60".*
                                          EXCLUDE ("_rank")
                                        FROM (
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
                                              "t56"."month_index",
                                              ROW_NUMBER() OVER (
                                                PARTITION BY "t56"."la_code", "t56"."child_id", "t56"."month"
                                                ORDER BY "t56"."start_date" DESC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                              ) - 1 AS "_rank"
                                            FROM (
                                              SELECT
                                                "t53".*
                                                EXCLUDE ("_until")
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
                                                  "t48"."_until",
                                                  "t10"."month",
                                                  "t10"."month_end",
                                                  "t10"."month_index"
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
                                                    COALESCE("t44"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                  FROM "t43" AS "t44"
                                                  WHERE
                                                    "t44"."_overlaps" AND "t44"."start_date" IS NOT NULL
                                                ) AS "t48"
                                                INNER JOIN "scorecard_month_spine" AS "t10"
                                                  ON "t48"."start_date" <= "t10"."month_end" AND "t48"."_until" > "t10"."month_end"
                                              ) AS "t53"
                                            ) AS "t56"
                                          ) AS "t59"
                                          WHERE
                                            "t59"."_rank" = 0
                                        ) AS "t60"
                                      ) AS "t61"
                                    ) AS "t62"
                                    WHERE
                                      "t62"."start_date" <= (
                                        "t62"."month_end" - INTERVAL '3' MONTH
                                      )
                                  ) AS "t64"
                                  INNER JOIN (
                                    SELECT
                                      "t50".*
                                      EXCLUDE ("__late1", "__late2", "__late3")
                                    FROM (
                                      SELECT
                                        "t45"."la_code",
                                        "t45"."cp_plan_id",
                                        "t45"."period_start",
                                        "t45"."review_date",
                                        "t45"."_first",
                                        "t45"."_from",
                                        "t45"."_seq",
                                        "t45"."_previous",
                                        "t45"."review_date" > (
                                          "t45"."_previous" + INTERVAL '3' MONTH
                                        ) AS "__late1",
                                        "t45"."review_date" > (
                                          "t45"."_previous" + INTERVAL '6' MONTH
                                        ) AS "__late2",
                                        "t45"."review_date" > (
                                          "t45"."_previous" + INTERVAL '6' MONTH
                                        ) AS "__late3",
                                        CASE
                                          WHEN "t45"."_seq" = 1
                                          THEN "t45"."review_date" > (
                                            "t45"."_previous" + INTERVAL '3' MONTH
                                          )
                                          WHEN "t45"."_seq" = 2
                                          THEN "t45"."review_date" > (
                                            "t45"."_previous" + INTERVAL '6' MONTH
                                          )
                                          ELSE "t45"."review_date" > (
                                            "t45"."_previous" + INTERVAL '6' MONTH
                                          )
                                        END AS "_late"
                                      FROM (
                                        SELECT
                                          "t42"."la_code",
                                          "t42"."cp_plan_id",
                                          "t42"."period_start",
                                          "t42"."review_date",
                                          "t42"."_first",
                                          "t42"."_from",
                                          (
                                            ROW_NUMBER() OVER (
                                              PARTITION BY "t42"."la_code", "t42"."cp_plan_id", "t42"."period_start"
                                              ORDER BY "t42"."review_date" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ) - 1
                                          ) + "t42"."_first" AS "_seq",
                                          COALESCE(
                                            LAG("t42"."review_date") OVER (
                                              PARTITION BY "t42"."la_code", "t42"."cp_plan_id", "t42"."period_start"
                                              ORDER BY "t42"."review_date" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            ),
                                            "t42"."_from"
                                          ) AS "_previous"
                                        FROM (
                                          SELECT
                                            "t21"."la_code",
                                            "t21"."cp_plan_id",
                                            "t38"."period_start",
                                            "t21"."review_date",
                                            "t38"."_first",
                                            "t38"."_from"
                                          FROM (
                                            SELECT DISTINCT
                                              "t7"."la_code",
                                              "t7"."cp_plan_id",
                                              "t7"."review_date"
                                            FROM "cp_review" AS "t7"
                                          ) AS "t21"
                                          INNER JOIN (
                                            SELECT
                                              "t35".*
                                              EXCLUDE ("_held_from")
                                            FROM (
                                              SELECT
                                                "t32"."la_code",
                                                "t32"."cp_plan_id",
                                                "t32"."period_start",
                                                "t32"."period_end",
                                                "t32"."period_start_seen",
                                                "t32"."_held_from",
                                                CASE
                                                  WHEN "t32"."period_start_seen"
                                                  AND (
                                                    (
                                                      "t32"."_held_from" IS NULL
                                                    )
                                                    OR (
                                                      "t32"."period_start" >= "t32"."_held_from"
                                                    )
                                                  )
                                                  THEN 1
                                                  ELSE 3
                                                END AS "_first",
                                                CASE
                                                  WHEN "t32"."period_start_seen"
                                                  AND (
                                                    (
                                                      "t32"."_held_from" IS NULL
                                                    )
                                                    OR (
                                                      "t32"."period_start" >= "t32"."_held_from"
                                                    )
                                                  )
                                                  THEN "t32"."period_start"
                                                  ELSE GREATEST("t32"."period_start", COALESCE("t32"."_held_from", "t32"."period_start"))
                                                END AS "_from"
                                              FROM (
                                                SELECT
                                                  "t31".*
                                                  EXCLUDE ("la_code_right")
                                                FROM (
                                                  SELECT
                                                    "t19"."la_code",
                                                    "t19"."cp_plan_id",
                                                    "t19"."period_start",
                                                    "t19"."period_end",
                                                    "t19"."period_start_seen",
                                                    "t28"."la_code" AS "la_code_right",
                                                    "t28"."_held_from"
                                                  FROM (
                                                    SELECT
                                                      "t5"."la_code",
                                                      "t5"."cp_plan_id",
                                                      "t5"."start_date" AS "period_start",
                                                      "t5"."end_date" AS "period_end",
                                                      TRUE AS "period_start_seen"
                                                    FROM "cp_plan" AS "t5"
                                                  ) AS "t19"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t20"."la_code",
                                                      MIN("t20"."period_start") AS "_held_from"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "coverage" AS "t6"
                                                      WHERE
                                                        "t6"."table_name" = 'cp_review'
                                                    ) AS "t20"
                                                    GROUP BY
                                                      1
                                                  ) AS "t28"
                                                    ON "t19"."la_code" = "t28"."la_code"
                                                ) AS "t31"
                                              ) AS "t32"
                                            ) AS "t35"
                                          ) AS "t38"
                                            ON "t21"."la_code" = "t38"."la_code"
                                            AND "t21"."cp_plan_id" = "t38"."cp_plan_id"
                                            AND "t21"."review_date" >= "t38"."period_start"
                                            AND (
                                              (
                                                "t38"."period_end" IS NULL
                                              )
                                              OR (
                                                "t21"."review_date" <= "t38"."period_end"
                                              )
                                            )
                                        ) AS "t42"
                                      ) AS "t45"
                                    ) AS "t50"
                                  ) AS "t55"
                                    ON "t64"."la_code" = "t55"."la_code"
                                    AND "t64"."cp_plan_id" = "t55"."cp_plan_id"
                                    AND "t64"."period_start" = "t55"."period_start"
                                    AND "t55"."review_date" <= "t64"."month_end"
                                ) AS "t65"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4
                              ) AS "t67"
                                ON "t64"."la_code" = "t67"."la_code"
                                AND "t64"."cp_plan_id" = "t67"."cp_plan_id"
                                AND "t64"."period_start" = "t67"."period_start"
                                AND "t64"."month_end" = "t67"."month_end"
                            ) AS "t68"
                          ) AS "t70"
                          LEFT OUTER JOIN (
                            SELECT DISTINCT
                              "t37"."la_code",
                              "t37"."cp_plan_id",
                              "t37"."period_start",
                              "t37"."_first",
                              "t37"."_from"
                            FROM (
                              SELECT
                                "t35".*
                                EXCLUDE ("_held_from")
                              FROM (
                                SELECT
                                  "t32"."la_code",
                                  "t32"."cp_plan_id",
                                  "t32"."period_start",
                                  "t32"."period_end",
                                  "t32"."period_start_seen",
                                  "t32"."_held_from",
                                  CASE
                                    WHEN "t32"."period_start_seen"
                                    AND (
                                      (
                                        "t32"."_held_from" IS NULL
                                      )
                                      OR (
                                        "t32"."period_start" >= "t32"."_held_from"
                                      )
                                    )
                                    THEN 1
                                    ELSE 3
                                  END AS "_first",
                                  CASE
                                    WHEN "t32"."period_start_seen"
                                    AND (
                                      (
                                        "t32"."_held_from" IS NULL
                                      )
                                      OR (
                                        "t32"."period_start" >= "t32"."_held_from"
                                      )
                                    )
                                    THEN "t32"."period_start"
                                    ELSE GREATEST("t32"."period_start", COALESCE("t32"."_held_from", "t32"."period_start"))
                                  END AS "_from"
                                FROM (
                                  SELECT
                                    "t31".*
                                    EXCLUDE ("la_code_right")
                                  FROM (
                                    SELECT
                                      "t19"."la_code",
                                      "t19"."cp_plan_id",
                                      "t19"."period_start",
                                      "t19"."period_end",
                                      "t19"."period_start_seen",
                                      "t28"."la_code" AS "la_code_right",
                                      "t28"."_held_from"
                                    FROM (
                                      SELECT
                                        "t5"."la_code",
                                        "t5"."cp_plan_id",
                                        "t5"."start_date" AS "period_start",
                                        "t5"."end_date" AS "period_end",
                                        TRUE AS "period_start_seen"
                                      FROM "cp_plan" AS "t5"
                                    ) AS "t19"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t20"."la_code",
                                        MIN("t20"."period_start") AS "_held_from"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "coverage" AS "t6"
                                        WHERE
                                          "t6"."table_name" = 'cp_review'
                                      ) AS "t20"
                                      GROUP BY
                                        1
                                    ) AS "t28"
                                      ON "t19"."la_code" = "t28"."la_code"
                                  ) AS "t31"
                                ) AS "t32"
                              ) AS "t35"
                            ) AS "t37"
                          ) AS "t40"
                            ON "t70"."la_code" = "t40"."la_code"
                            AND "t70"."cp_plan_id" = "t40"."cp_plan_id"
                            AND "t70"."period_start" = "t40"."period_start"
                        ) AS "t71"
                      ) AS "t72"
                    ) AS "t73"
                  ) AS "t74"
                ) AS "t75"
              ) AS "t76"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t77"
          ) AS "t78"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t80"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CPP5', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t17"
          ON "t80"."indicator_id" = "t17"."indicator_id"
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
      ) AS "t81"
      WHERE
        "t81"."_offset" <= CASE WHEN "t81"."breakdown" = 'month_alone' THEN 0 ELSE "t81"."months_back" END
    ) AS "t83"
      ON "t83"."la_code" = "t9"."la_code"
      AND "t83"."indicator_id" = "t11"."indicator_id"
      AND "t83"."_until_index" = "t10"."month_index"
  ) AS "t84"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t97"."la_code",
  "t97"."indicator_id",
  "t97"."month",
  "t97"."breakdown",
  "t97"."breakdown_value",
  "t97"."numerator",
  CASE
    WHEN "t97"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t97"."unit" = 'rate'
    THEN CAST("t8"."population" AS DOUBLE)
    ELSE "t97"."denominator"
  END AS "denominator",
  CASE
    WHEN "t97"."unit" = 'count'
    THEN "t97"."numerator"
    WHEN "t97"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t8"."population" AS DOUBLE) > 0
      THEN (
        "t97"."numerator" * 10000
      ) / CAST("t8"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t97"."unit" = 'percent'
    THEN CASE
      WHEN "t97"."denominator" > 0
      THEN "t97"."numerator" / "t97"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t97"."denominator" > 0
      THEN "t97"."numerator" / "t97"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t91"."la_code",
      "t91"."indicator_id",
      "t91"."month",
      "t91"."breakdown",
      "t91"."breakdown_value",
      "t91"."unit",
      "t91"."numerator",
      "t91"."denominator"
    FROM (
      SELECT
        "t27"."la_code",
        "t27"."indicator_id",
        "t27"."month",
        "t27"."unit",
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
            ('CPP5', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ) AS "t16"
        WHERE
          "t16"."months_back" > 0
      ) AS "t27"
      ANTI JOIN (
        SELECT
          *
        FROM "t85" AS "t86"
        WHERE
          "t86"."breakdown" = 'month_alone'
      ) AS "t89"
        ON "t27"."la_code" = "t89"."la_code"
        AND "t27"."indicator_id" = "t89"."indicator_id"
        AND "t27"."month" = "t89"."month"
    ) AS "t91"
  ) AS "t93"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t85" AS "t86"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t92"."la_code",
        "t92"."indicator_id",
        "t92"."month",
        "t92"."breakdown",
        "t92"."breakdown_value",
        "t92"."unit",
        "t92"."numerator",
        "t92"."denominator"
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
          ('CPP5', 0, 'percent')) AS t11(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t85" AS "t86"
          WHERE
            "t86"."breakdown" = 'all'
        ) AS "t90"
          ON "t9"."la_code" = "t90"."la_code"
          AND "t11"."indicator_id" = "t90"."indicator_id"
          AND "t10"."month" = "t90"."month"
      ) AS "t92"
    ) AS "t94"
  ) AS "t95"
) AS "t97"
LEFT OUTER JOIN "scorecard_population" AS "t8"
  ON "t97"."la_code" = "t8"."la_code" AND "t97"."month" = "t8"."month"
