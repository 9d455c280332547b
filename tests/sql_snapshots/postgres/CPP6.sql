WITH "t21" AS (
  SELECT
    *
  FROM "cp_plan" AS "t6"
  WHERE
    "t6"."start_date" IS NOT NULL
), "t37" AS (
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
    "t36"."_earlier_reach",
    BOOL_OR(COALESCE("t36"."_earlier_reach" > "t36"."start_date", FALSE)) OVER (
      PARTITION BY "t36"."la_code", "t36"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
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
      "t35"."_reach",
      LAG("t35"."_reach") OVER (
        PARTITION BY "t35"."la_code", "t35"."child_id"
        ORDER BY "t35"."start_date" ASC
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
          "t24"."cp_plan_id",
          "t24"."referral_id",
          "t24"."child_id",
          "t24"."start_date",
          "t24"."end_date",
          "t24"."initial_category",
          "t24"."latest_category",
          "t24"."number_of_previous_plans",
          "t24"."la_code",
          "t24"."load_id"
        FROM "t21" AS "t24"
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                "t26"."la_code",
                "t26"."child_id"
              FROM (
                SELECT
                  "t23"."la_code",
                  "t23"."child_id",
                  COUNT(*) AS "_records"
                FROM "t21" AS "t23"
                GROUP BY
                  1,
                  2
              ) AS "t26"
              WHERE
                "t26"."_records" > 1
            ) AS "t32"
            WHERE
              "t24"."la_code" = "t32"."la_code" AND "t24"."child_id" = "t32"."child_id"
          )
      ) AS "t34"
    ) AS "t35"
  ) AS "t36"
), "t77" AS (
  SELECT
    "t76"."la_code",
    "t76"."indicator_id",
    "t76"."month",
    "t76"."breakdown",
    "t76"."breakdown_value",
    "t76"."unit",
    SUM("t76"."_num") AS "numerator",
    SUM("t76"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t75"."la_code" AS "la_code_right",
      "t75"."indicator_id" AS "indicator_id_right",
      "t75"."month_index" AS "month_index_right",
      "t75"."breakdown",
      "t75"."breakdown_value",
      "t75"."_num",
      "t75"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CPP6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t73"."la_code",
        "t73"."indicator_id",
        "t73"."month_index",
        "t73"."breakdown",
        "t73"."breakdown_value",
        SUM("t73"."numerator") AS "_num",
        SUM("t73"."denominator") AS "_den"
      FROM (
        SELECT
          "t72"."la_code",
          'CPP6' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t72"."month") * 12
            ) + EXTRACT(month FROM "t72"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t72"."breakdown_value",
          "t72"."numerator",
          "t72"."denominator"
        FROM (
          SELECT
            "t71"."la_code",
            "t71"."month",
            "t71"."_part",
            "t71"."breakdown_value",
            SUM("t71"."numerator") AS "numerator",
            SUM("t71"."denominator") AS "denominator"
          FROM (
            SELECT
              "t70"."la_code",
              "t70"."month",
              "t70"."numerator",
              "t70"."denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                "t65"."la_code",
                "t65"."month",
                "t65"."child_id",
                "t65"."cp_plan_id" AS "record_id",
                "t65"."month_end" AS "ref_date",
                CASE WHEN COALESCE("t69"."_seen", FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                1.0 AS "denominator",
                COALESCE("t65"."latest_category", "t65"."initial_category") AS "category"
              FROM (
                SELECT
                  "t63"."cp_plan_id",
                  "t63"."referral_id",
                  "t63"."child_id",
                  "t63"."start_date",
                  "t63"."end_date",
                  "t63"."initial_category",
                  "t63"."latest_category",
                  "t63"."number_of_previous_plans",
                  "t63"."la_code",
                  "t63"."load_id",
                  "t63"."month",
                  "t63"."month_end",
                  "t63"."month_index",
                  "t63"."open_days",
                  "t63"."wd_end"
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
                    "t62"."open_days",
                    "t16"."_wd_end_day",
                    "t16"."wd_end"
                  FROM (
                    SELECT
                      *
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
                        "t59"."open_days"
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
                          "t58"."_wd_start",
                          "t58"."_wd_end",
                          "t58"."_wd_end" - "t58"."_wd_start" AS "open_days"
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
                            "t57"."_wd_start",
                            "t57"."_wd_end"
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
                              "t56"."_wd_start",
                              "t17"."__wd_end_day",
                              "t17"."_wd_end"
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
                                "t54"."month",
                                "t54"."month_end",
                                "t54"."month_index",
                                "t54"."_wd_start"
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
                                  "t53"."month_index",
                                  "t19"."__wd_start_day",
                                  "t19"."_wd_start"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t47"."cp_plan_id",
                                      "t47"."referral_id",
                                      "t47"."child_id",
                                      "t47"."start_date",
                                      "t47"."end_date",
                                      "t47"."initial_category",
                                      "t47"."latest_category",
                                      "t47"."number_of_previous_plans",
                                      "t47"."la_code",
                                      "t47"."load_id",
                                      "t47"."month",
                                      "t47"."month_end",
                                      "t47"."month_index"
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
                                        "t45"."_until",
                                        "t9"."month",
                                        "t9"."month_end",
                                        "t9"."month_index"
                                      FROM (
                                        SELECT
                                          "t42"."cp_plan_id",
                                          "t42"."referral_id",
                                          "t42"."child_id",
                                          "t42"."start_date",
                                          "t42"."end_date",
                                          "t42"."initial_category",
                                          "t42"."latest_category",
                                          "t42"."number_of_previous_plans",
                                          "t42"."la_code",
                                          "t42"."load_id",
                                          COALESCE("t42"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
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
                                              "t24"."load_id"
                                            FROM "t21" AS "t24"
                                            WHERE
                                              NOT EXISTS(
                                                SELECT
                                                  1
                                                FROM (
                                                  SELECT
                                                    "t26"."la_code",
                                                    "t26"."child_id"
                                                  FROM (
                                                    SELECT
                                                      "t23"."la_code",
                                                      "t23"."child_id",
                                                      COUNT(*) AS "_records"
                                                    FROM "t21" AS "t23"
                                                    GROUP BY
                                                      1,
                                                      2
                                                  ) AS "t26"
                                                  WHERE
                                                    "t26"."_records" > 1
                                                ) AS "t32"
                                                WHERE
                                                  "t24"."la_code" = "t32"."la_code" AND "t24"."child_id" = "t32"."child_id"
                                              )
                                          ) AS "t33"
                                          UNION ALL
                                          SELECT
                                            *
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
                                              "t38"."load_id"
                                            FROM "t37" AS "t38"
                                            WHERE
                                              NOT (
                                                "t38"."_overlaps"
                                              )
                                          ) AS "t40"
                                        ) AS "t42"
                                        WHERE
                                          "t42"."start_date" IS NOT NULL
                                      ) AS "t45"
                                      INNER JOIN "scorecard_month_spine" AS "t9"
                                        ON "t45"."start_date" <= "t9"."month_end" AND "t45"."_until" > "t9"."month_end"
                                    ) AS "t47"
                                  ) AS "t48"
                                  UNION ALL
                                  SELECT
                                    *
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
                                      "t50"."month",
                                      "t50"."month_end",
                                      "t50"."month_index"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t46"."cp_plan_id",
                                          "t46"."referral_id",
                                          "t46"."child_id",
                                          "t46"."start_date",
                                          "t46"."end_date",
                                          "t46"."initial_category",
                                          "t46"."latest_category",
                                          "t46"."number_of_previous_plans",
                                          "t46"."la_code",
                                          "t46"."load_id",
                                          "t46"."month",
                                          "t46"."month_end",
                                          "t46"."month_index",
                                          ROW_NUMBER() OVER (
                                            PARTITION BY "t46"."la_code", "t46"."child_id", "t46"."month"
                                            ORDER BY "t46"."start_date" DESC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          ) - 1 AS "_rank"
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
                                              "t41"."_until",
                                              "t9"."month",
                                              "t9"."month_end",
                                              "t9"."month_index"
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
                                                COALESCE("t38"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM "t37" AS "t38"
                                              WHERE
                                                "t38"."_overlaps" AND "t38"."start_date" IS NOT NULL
                                            ) AS "t41"
                                            INNER JOIN "scorecard_month_spine" AS "t9"
                                              ON "t41"."start_date" <= "t9"."month_end" AND "t41"."_until" > "t9"."month_end"
                                          ) AS "t44"
                                        ) AS "t46"
                                      ) AS "t49"
                                      WHERE
                                        "t49"."_rank" = 0
                                    ) AS "t50"
                                  ) AS "t51"
                                ) AS "t53"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t4"."day" AS "__wd_start_day",
                                    "t4"."wd_index" AS "_wd_start"
                                  FROM "scorecard_calendar" AS "t4"
                                ) AS "t19"
                                  ON "t53"."start_date" = "t19"."__wd_start_day"
                              ) AS "t54"
                            ) AS "t56"
                            LEFT OUTER JOIN (
                              SELECT
                                "t4"."day" AS "__wd_end_day",
                                "t4"."wd_index" AS "_wd_end"
                              FROM "scorecard_calendar" AS "t4"
                            ) AS "t17"
                              ON "t56"."month_end" = "t17"."__wd_end_day"
                          ) AS "t57"
                        ) AS "t58"
                      ) AS "t59"
                    ) AS "t60"
                    WHERE
                      "t60"."open_days" >= 10
                  ) AS "t62"
                  LEFT OUTER JOIN (
                    SELECT
                      "t4"."day" AS "_wd_end_day",
                      "t4"."wd_index" AS "wd_end"
                    FROM "scorecard_calendar" AS "t4"
                  ) AS "t16"
                    ON "t62"."month_end" = "t16"."_wd_end_day"
                ) AS "t63"
              ) AS "t65"
              LEFT OUTER JOIN (
                SELECT
                  "t67"."la_code",
                  "t67"."child_id",
                  "t67"."month",
                  TRUE AS "_seen"
                FROM (
                  SELECT DISTINCT
                    *
                  FROM (
                    SELECT
                      "t65"."la_code",
                      "t65"."child_id",
                      "t65"."month"
                    FROM (
                      SELECT
                        "t63"."cp_plan_id",
                        "t63"."referral_id",
                        "t63"."child_id",
                        "t63"."start_date",
                        "t63"."end_date",
                        "t63"."initial_category",
                        "t63"."latest_category",
                        "t63"."number_of_previous_plans",
                        "t63"."la_code",
                        "t63"."load_id",
                        "t63"."month",
                        "t63"."month_end",
                        "t63"."month_index",
                        "t63"."open_days",
                        "t63"."wd_end"
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
                          "t62"."open_days",
                          "t16"."_wd_end_day",
                          "t16"."wd_end"
                        FROM (
                          SELECT
                            *
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
                              "t59"."open_days"
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
                                "t58"."_wd_start",
                                "t58"."_wd_end",
                                "t58"."_wd_end" - "t58"."_wd_start" AS "open_days"
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
                                  "t57"."_wd_start",
                                  "t57"."_wd_end"
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
                                    "t56"."_wd_start",
                                    "t17"."__wd_end_day",
                                    "t17"."_wd_end"
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
                                      "t54"."month",
                                      "t54"."month_end",
                                      "t54"."month_index",
                                      "t54"."_wd_start"
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
                                        "t53"."month_index",
                                        "t19"."__wd_start_day",
                                        "t19"."_wd_start"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t47"."cp_plan_id",
                                            "t47"."referral_id",
                                            "t47"."child_id",
                                            "t47"."start_date",
                                            "t47"."end_date",
                                            "t47"."initial_category",
                                            "t47"."latest_category",
                                            "t47"."number_of_previous_plans",
                                            "t47"."la_code",
                                            "t47"."load_id",
                                            "t47"."month",
                                            "t47"."month_end",
                                            "t47"."month_index"
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
                                              "t45"."_until",
                                              "t9"."month",
                                              "t9"."month_end",
                                              "t9"."month_index"
                                            FROM (
                                              SELECT
                                                "t42"."cp_plan_id",
                                                "t42"."referral_id",
                                                "t42"."child_id",
                                                "t42"."start_date",
                                                "t42"."end_date",
                                                "t42"."initial_category",
                                                "t42"."latest_category",
                                                "t42"."number_of_previous_plans",
                                                "t42"."la_code",
                                                "t42"."load_id",
                                                COALESCE("t42"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
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
                                                    "t24"."load_id"
                                                  FROM "t21" AS "t24"
                                                  WHERE
                                                    NOT EXISTS(
                                                      SELECT
                                                        1
                                                      FROM (
                                                        SELECT
                                                          "t26"."la_code",
                                                          "t26"."child_id"
                                                        FROM (
                                                          SELECT
                                                            "t23"."la_code",
                                                            "t23"."child_id",
                                                            COUNT(*) AS "_records"
                                                          FROM "t21" AS "t23"
                                                          GROUP BY
                                                            1,
                                                            2
                                                        ) AS "t26"
                                                        WHERE
                                                          "t26"."_records" > 1
                                                      ) AS "t32"
                                                      WHERE
                                                        "t24"."la_code" = "t32"."la_code" AND "t24"."child_id" = "t32"."child_id"
                                                    )
                                                ) AS "t33"
                                                UNION ALL
                                                SELECT
                                                  *
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
                                                    "t38"."load_id"
                                                  FROM "t37" AS "t38"
                                                  WHERE
                                                    NOT (
                                                      "t38"."_overlaps"
                                                    )
                                                ) AS "t40"
                                              ) AS "t42"
                                              WHERE
                                                "t42"."start_date" IS NOT NULL
                                            ) AS "t45"
                                            INNER JOIN "scorecard_month_spine" AS "t9"
                                              ON "t45"."start_date" <= "t9"."month_end" AND "t45"."_until" > "t9"."month_end"
                                          ) AS "t47"
                                        ) AS "t48"
                                        UNION ALL
                                        SELECT
                                          *
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
                                            "t50"."month",
                                            "t50"."month_end",
                                            "t50"."month_index"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t46"."cp_plan_id",
                                                "t46"."referral_id",
                                                "t46"."child_id",
                                                "t46"."start_date",
                                                "t46"."end_date",
                                                "t46"."initial_category",
                                                "t46"."latest_category",
                                                "t46"."number_of_previous_plans",
                                                "t46"."la_code",
                                                "t46"."load_id",
                                                "t46"."month",
                                                "t46"."month_end",
                                                "t46"."month_index",
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY "t46"."la_code", "t46"."child_id", "t46"."month"
                                                  ORDER BY "t46"."start_date" DESC NULLS LAST
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ) - 1 AS "_rank"
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
                                                    "t41"."_until",
                                                    "t9"."month",
                                                    "t9"."month_end",
                                                    "t9"."month_index"
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
                                                      COALESCE("t38"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                                    FROM "t37" AS "t38"
                                                    WHERE
                                                      "t38"."_overlaps" AND "t38"."start_date" IS NOT NULL
                                                  ) AS "t41"
                                                  INNER JOIN "scorecard_month_spine" AS "t9"
                                                    ON "t41"."start_date" <= "t9"."month_end" AND "t41"."_until" > "t9"."month_end"
                                                ) AS "t44"
                                              ) AS "t46"
                                            ) AS "t49"
                                            WHERE
                                              "t49"."_rank" = 0
                                          ) AS "t50"
                                        ) AS "t51"
                                      ) AS "t53"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t4"."day" AS "__wd_start_day",
                                          "t4"."wd_index" AS "_wd_start"
                                        FROM "scorecard_calendar" AS "t4"
                                      ) AS "t19"
                                        ON "t53"."start_date" = "t19"."__wd_start_day"
                                    ) AS "t54"
                                  ) AS "t56"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t4"."day" AS "__wd_end_day",
                                      "t4"."wd_index" AS "_wd_end"
                                    FROM "scorecard_calendar" AS "t4"
                                  ) AS "t17"
                                    ON "t56"."month_end" = "t17"."__wd_end_day"
                                ) AS "t57"
                              ) AS "t58"
                            ) AS "t59"
                          ) AS "t60"
                          WHERE
                            "t60"."open_days" >= 10
                        ) AS "t62"
                        LEFT OUTER JOIN (
                          SELECT
                            "t4"."day" AS "_wd_end_day",
                            "t4"."wd_index" AS "wd_end"
                          FROM "scorecard_calendar" AS "t4"
                        ) AS "t16"
                          ON "t62"."month_end" = "t16"."_wd_end_day"
                      ) AS "t63"
                    ) AS "t65"
                    INNER JOIN (
                      SELECT
                        "t28"."visit_id",
                        "t28"."child_id",
                        "t28"."visit_type",
                        "t28"."visit_date",
                        "t28"."child_seen",
                        "t28"."child_seen_alone",
                        "t28"."la_code",
                        "t28"."load_id",
                        "t28"."wd_visit"
                      FROM (
                        SELECT
                          "t22"."visit_id",
                          "t22"."child_id",
                          "t22"."visit_type",
                          "t22"."visit_date",
                          "t22"."child_seen",
                          "t22"."child_seen_alone",
                          "t22"."la_code",
                          "t22"."load_id",
                          "t18"."_wd_visit_day",
                          "t18"."wd_visit"
                        FROM (
                          SELECT
                            *
                          FROM "visit" AS "t5"
                          WHERE
                            "t5"."visit_type" = 'CP'
                        ) AS "t22"
                        LEFT OUTER JOIN (
                          SELECT
                            "t4"."day" AS "_wd_visit_day",
                            "t4"."wd_index" AS "wd_visit"
                          FROM "scorecard_calendar" AS "t4"
                        ) AS "t18"
                          ON "t22"."visit_date" = "t18"."_wd_visit_day"
                      ) AS "t28"
                    ) AS "t31"
                      ON "t65"."la_code" = "t31"."la_code"
                      AND "t65"."child_id" = "t31"."child_id"
                      AND "t31"."visit_date" <= "t65"."month_end"
                      AND "t31"."wd_visit" >= (
                        "t65"."wd_end" - 10
                      )
                  ) AS "t66"
                ) AS "t67"
              ) AS "t69"
                ON "t65"."la_code" = "t69"."la_code"
                AND "t65"."child_id" = "t69"."child_id"
                AND "t65"."month" = "t69"."month"
            ) AS "t70"
          ) AS "t71"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t72"
      ) AS "t73"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t75"
      ON "t75"."la_code" = "t8"."la_code"
      AND "t75"."indicator_id" = "t10"."indicator_id"
      AND "t75"."month_index" <= "t9"."month_index"
      AND "t75"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t75"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
      )
  ) AS "t76"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t89"."la_code",
  "t89"."indicator_id",
  "t89"."month",
  "t89"."breakdown",
  "t89"."breakdown_value",
  "t89"."numerator",
  CASE
    WHEN "t89"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t89"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE PRECISION)
    ELSE "t89"."denominator"
  END AS "denominator",
  CASE
    WHEN "t89"."unit" = 'count'
    THEN "t89"."numerator"
    WHEN "t89"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t89"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t89"."unit" = 'percent'
    THEN CASE
      WHEN "t89"."denominator" > 0
      THEN CAST("t89"."numerator" AS DOUBLE PRECISION) / "t89"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t89"."denominator" > 0
      THEN CAST("t89"."numerator" AS DOUBLE PRECISION) / "t89"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t83"."la_code",
      "t83"."indicator_id",
      "t83"."month",
      "t83"."breakdown",
      "t83"."breakdown_value",
      "t83"."unit",
      "t83"."numerator",
      "t83"."denominator"
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
            ('CPP6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS "t15"
        WHERE
          "t15"."months_back" > 0
      ) AS "t27"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t77" AS "t78"
            WHERE
              "t78"."breakdown" = 'month_alone'
          ) AS "t81"
          WHERE
            "t27"."la_code" = "t81"."la_code"
            AND "t27"."indicator_id" = "t81"."indicator_id"
            AND "t27"."month" = "t81"."month"
        )
    ) AS "t83"
  ) AS "t85"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t77" AS "t78"
    UNION ALL
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
          ('CPP6', 0, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t77" AS "t78"
              WHERE
                "t78"."breakdown" = 'all'
            ) AS "t82"
            WHERE
              "t8"."la_code" = "t82"."la_code"
              AND "t10"."indicator_id" = "t82"."indicator_id"
              AND "t9"."month" = "t82"."month"
          )
      ) AS "t84"
    ) AS "t86"
  ) AS "t87"
) AS "t89"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t89"."la_code" = "t7"."la_code" AND "t89"."month" = "t7"."month"
