WITH "t10" AS (
  SELECT
    *
  FROM "cp_plan" AS "t4"
  WHERE
    "t4"."start_date" IS NOT NULL
), "t22" AS (
  SELECT
    "t21"."cp_plan_id",
    "t21"."referral_id",
    "t21"."child_id",
    "t21"."start_date",
    "t21"."end_date",
    "t21"."initial_category",
    "t21"."latest_category",
    "t21"."number_of_previous_plans",
    "t21"."la_code",
    "t21"."load_id",
    "t21"."_reach",
    "t21"."_earlier_reach",
    BOOL_OR(COALESCE("t21"."_earlier_reach" > "t21"."start_date", FALSE)) OVER (
      PARTITION BY "t21"."la_code", "t21"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t20"."cp_plan_id",
      "t20"."referral_id",
      "t20"."child_id",
      "t20"."start_date",
      "t20"."end_date",
      "t20"."initial_category",
      "t20"."latest_category",
      "t20"."number_of_previous_plans",
      "t20"."la_code",
      "t20"."load_id",
      "t20"."_reach",
      LAG("t20"."_reach") OVER (
        PARTITION BY "t20"."la_code", "t20"."child_id"
        ORDER BY "t20"."start_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
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
        "t19"."load_id",
        MAX(COALESCE("t19"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t19"."la_code", "t19"."child_id"
          ORDER BY "t19"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t12"."cp_plan_id",
          "t12"."referral_id",
          "t12"."child_id",
          "t12"."start_date",
          "t12"."end_date",
          "t12"."initial_category",
          "t12"."latest_category",
          "t12"."number_of_previous_plans",
          "t12"."la_code",
          "t12"."load_id"
        FROM "t10" AS "t12"
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                "t14"."la_code",
                "t14"."child_id"
              FROM (
                SELECT
                  "t11"."la_code",
                  "t11"."child_id",
                  COUNT(*) AS "_records"
                FROM "t10" AS "t11"
                GROUP BY
                  1,
                  2
              ) AS "t14"
              WHERE
                "t14"."_records" > 1
            ) AS "t17"
            WHERE
              "t12"."la_code" = "t17"."la_code" AND "t12"."child_id" = "t17"."child_id"
          )
      ) AS "t19"
    ) AS "t20"
  ) AS "t21"
), "t44" AS (
  SELECT
    "t43"."la_code",
    "t43"."indicator_id",
    "t43"."month",
    "t43"."breakdown",
    "t43"."breakdown_value",
    "t43"."unit",
    SUM("t43"."_num") AS "numerator",
    SUM("t43"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t42"."la_code" AS "la_code_right",
      "t42"."indicator_id" AS "indicator_id_right",
      "t42"."month_index" AS "month_index_right",
      "t42"."breakdown",
      "t42"."breakdown_value",
      "t42"."_num",
      "t42"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('CPP2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t40"."la_code",
        "t40"."indicator_id",
        "t40"."month_index",
        "t40"."breakdown",
        "t40"."breakdown_value",
        SUM("t40"."numerator") AS "_num",
        SUM("t40"."denominator") AS "_den"
      FROM (
        SELECT
          "t39"."la_code",
          'CPP2' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t39"."month") * 12
            ) + EXTRACT(month FROM "t39"."month")
          ) - 1 AS "month_index",
          'all' AS "breakdown",
          "t39"."breakdown_value",
          "t39"."numerator",
          "t39"."denominator"
        FROM (
          SELECT
            "t38"."la_code",
            "t38"."month",
            "t38"."_part",
            "t38"."breakdown_value",
            SUM("t38"."numerator") AS "numerator",
            SUM("t38"."denominator") AS "denominator"
          FROM (
            SELECT
              "t37"."la_code",
              "t37"."month",
              1.0 AS "numerator",
              1.0 AS "denominator",
              0 AS "_part",
              'all' AS "breakdown_value"
            FROM (
              SELECT
                *
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
                  "t32"."month",
                  "t32"."month_end",
                  "t32"."month_index"
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
                    "t30"."_until",
                    "t7"."month",
                    "t7"."month_end",
                    "t7"."month_index"
                  FROM (
                    SELECT
                      "t27"."cp_plan_id",
                      "t27"."referral_id",
                      "t27"."child_id",
                      "t27"."start_date",
                      "t27"."end_date",
                      "t27"."initial_category",
                      "t27"."latest_category",
                      "t27"."number_of_previous_plans",
                      "t27"."la_code",
                      "t27"."load_id",
                      COALESCE("t27"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t12"."cp_plan_id",
                          "t12"."referral_id",
                          "t12"."child_id",
                          "t12"."start_date",
                          "t12"."end_date",
                          "t12"."initial_category",
                          "t12"."latest_category",
                          "t12"."number_of_previous_plans",
                          "t12"."la_code",
                          "t12"."load_id"
                        FROM "t10" AS "t12"
                        WHERE
                          NOT EXISTS(
                            SELECT
                              1
                            FROM (
                              SELECT
                                "t14"."la_code",
                                "t14"."child_id"
                              FROM (
                                SELECT
                                  "t11"."la_code",
                                  "t11"."child_id",
                                  COUNT(*) AS "_records"
                                FROM "t10" AS "t11"
                                GROUP BY
                                  1,
                                  2
                              ) AS "t14"
                              WHERE
                                "t14"."_records" > 1
                            ) AS "t17"
                            WHERE
                              "t12"."la_code" = "t17"."la_code" AND "t12"."child_id" = "t17"."child_id"
                          )
                      ) AS "t18"
                      UNION ALL
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
                        FROM "t22" AS "t23"
                        WHERE
                          NOT (
                            "t23"."_overlaps"
                          )
                      ) AS "t25"
                    ) AS "t27"
                    WHERE
                      "t27"."start_date" IS NOT NULL
                  ) AS "t30"
                  INNER JOIN "scorecard_month_spine" AS "t7"
                    ON "t30"."start_date" <= "t7"."month_end" AND "t30"."_until" > "t7"."month_end"
                ) AS "t32"
              ) AS "t33"
              UNION ALL
              SELECT
                *
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
                  "t35"."month",
                  "t35"."month_end",
                  "t35"."month_index"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t31"."cp_plan_id",
                      "t31"."referral_id",
                      "t31"."child_id",
                      "t31"."start_date",
                      "t31"."end_date",
                      "t31"."initial_category",
                      "t31"."latest_category",
                      "t31"."number_of_previous_plans",
                      "t31"."la_code",
                      "t31"."load_id",
                      "t31"."month",
                      "t31"."month_end",
                      "t31"."month_index",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t31"."la_code", "t31"."child_id", "t31"."month"
                        ORDER BY "t31"."start_date" DESC NULLS LAST
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t29"."cp_plan_id",
                        "t29"."referral_id",
                        "t29"."child_id",
                        "t29"."start_date",
                        "t29"."end_date",
                        "t29"."initial_category",
                        "t29"."latest_category",
                        "t29"."number_of_previous_plans",
                        "t29"."la_code",
                        "t29"."load_id",
                        "t29"."month",
                        "t29"."month_end",
                        "t29"."month_index"
                      FROM (
                        SELECT
                          "t26"."cp_plan_id",
                          "t26"."referral_id",
                          "t26"."child_id",
                          "t26"."start_date",
                          "t26"."end_date",
                          "t26"."initial_category",
                          "t26"."latest_category",
                          "t26"."number_of_previous_plans",
                          "t26"."la_code",
                          "t26"."load_id",
                          "t26"."_until",
                          "t7"."month",
                          "t7"."month_end",
                          "t7"."month_index"
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
                            "t23"."load_id",
                            COALESCE("t23"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                          FROM "t22" AS "t23"
                          WHERE
                            "t23"."_overlaps" AND "t23"."start_date" IS NOT NULL
                        ) AS "t26"
                        INNER JOIN "scorecard_month_spine" AS "t7"
                          ON "t26"."start_date" <= "t7"."month_end" AND "t26"."_until" > "t7"."month_end"
                      ) AS "t29"
                    ) AS "t31"
                  ) AS "t34"
                  WHERE
                    "t34"."_rank" = 0
                ) AS "t35"
              ) AS "t36"
            ) AS "t37"
          ) AS "t38"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t39"
      ) AS "t40"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t42"
      ON "t42"."la_code" = "t6"."la_code"
      AND "t42"."indicator_id" = "t8"."indicator_id"
      AND "t42"."month_index" <= "t7"."month_index"
      AND "t42"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t42"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t43"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t56"."la_code",
  "t56"."indicator_id",
  "t56"."month",
  "t56"."breakdown",
  "t56"."breakdown_value",
  "t56"."numerator",
  CASE
    WHEN "t56"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t56"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE PRECISION)
    ELSE "t56"."denominator"
  END AS "denominator",
  CASE
    WHEN "t56"."unit" = 'count'
    THEN "t56"."numerator"
    WHEN "t56"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t56"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t56"."unit" = 'percent'
    THEN CASE
      WHEN "t56"."denominator" > 0
      THEN CAST("t56"."numerator" AS DOUBLE PRECISION) / "t56"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t56"."denominator" > 0
      THEN CAST("t56"."numerator" AS DOUBLE PRECISION) / "t56"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t50"."la_code",
      "t50"."indicator_id",
      "t50"."month",
      "t50"."breakdown",
      "t50"."breakdown_value",
      "t50"."unit",
      "t50"."numerator",
      "t50"."denominator"
    FROM (
      SELECT
        "t15"."la_code",
        "t15"."indicator_id",
        "t15"."month",
        "t15"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t6"."la_code",
            "t7"."month",
            "t7"."month_end",
            "t7"."month_index",
            "t8"."indicator_id",
            "t8"."months_back",
            "t8"."unit"
          FROM "scorecard_councils" AS "t6"
          CROSS JOIN "scorecard_month_spine" AS "t7"
          CROSS JOIN (VALUES
            ('CPP2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t15"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t44" AS "t45"
            WHERE
              "t45"."breakdown" = 'month_alone'
          ) AS "t48"
          WHERE
            "t15"."la_code" = "t48"."la_code"
            AND "t15"."indicator_id" = "t48"."indicator_id"
            AND "t15"."month" = "t48"."month"
        )
    ) AS "t50"
  ) AS "t52"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t44" AS "t45"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t51"."la_code",
        "t51"."indicator_id",
        "t51"."month",
        "t51"."breakdown",
        "t51"."breakdown_value",
        "t51"."unit",
        "t51"."numerator",
        "t51"."denominator"
      FROM (
        SELECT
          "t6"."la_code",
          "t8"."indicator_id",
          "t7"."month",
          "t8"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t6"
        CROSS JOIN "scorecard_month_spine" AS "t7"
        CROSS JOIN (VALUES
          ('CPP2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t44" AS "t45"
              WHERE
                "t45"."breakdown" = 'all'
            ) AS "t49"
            WHERE
              "t6"."la_code" = "t49"."la_code"
              AND "t8"."indicator_id" = "t49"."indicator_id"
              AND "t7"."month" = "t49"."month"
          )
      ) AS "t51"
    ) AS "t53"
  ) AS "t54"
) AS "t56"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t56"."la_code" = "t5"."la_code" AND "t56"."month" = "t5"."month"
