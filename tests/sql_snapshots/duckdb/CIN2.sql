WITH "t10" AS (
  SELECT
    *
  FROM "cin_episode" AS "t4"
  WHERE
    NOT (
      COALESCE("t4"."referral_nfa", FALSE)
    )
    AND "t4"."referral_date" IS NOT NULL
), "t22" AS (
  SELECT
    "t21"."referral_id",
    "t21"."child_id",
    "t21"."referral_date",
    "t21"."referral_source",
    "t21"."primary_need",
    "t21"."referral_nfa",
    "t21"."closure_date",
    "t21"."closure_reason",
    "t21"."team",
    "t21"."la_code",
    "t21"."load_id",
    "t21"."_reach",
    "t21"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t21"."_earlier_reach" > "t21"."referral_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t21"."la_code", "t21"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t20"."referral_id",
      "t20"."child_id",
      "t20"."referral_date",
      "t20"."referral_source",
      "t20"."primary_need",
      "t20"."referral_nfa",
      "t20"."closure_date",
      "t20"."closure_reason",
      "t20"."team",
      "t20"."la_code",
      "t20"."load_id",
      "t20"."_reach",
      LAG("t20"."_reach") OVER (
        PARTITION BY "t20"."la_code", "t20"."child_id"
        ORDER BY "t20"."referral_date" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
      ) AS "_earlier_reach"
    FROM (
      SELECT
        "t19"."referral_id",
        "t19"."child_id",
        "t19"."referral_date",
        "t19"."referral_source",
        "t19"."primary_need",
        "t19"."referral_nfa",
        "t19"."closure_date",
        "t19"."closure_reason",
        "t19"."team",
        "t19"."la_code",
        "t19"."load_id",
        MAX(COALESCE("t19"."closure_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t19"."la_code", "t19"."child_id"
          ORDER BY "t19"."referral_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          "t13"."referral_id",
          "t13"."child_id",
          "t13"."referral_date",
          "t13"."referral_source",
          "t13"."primary_need",
          "t13"."referral_nfa",
          "t13"."closure_date",
          "t13"."closure_reason",
          "t13"."team",
          "t13"."la_code",
          "t13"."load_id"
        FROM "t10" AS "t13"
        SEMI JOIN (
          SELECT
            "t15"."la_code",
            "t15"."child_id"
          FROM (
            SELECT
              "t11"."la_code",
              "t11"."child_id",
              COUNT(*) AS "_records"
            FROM "t10" AS "t11"
            GROUP BY
              1,
              2
          ) AS "t15"
          WHERE
            "t15"."_records" > 1
        ) AS "t17"
          ON "t13"."la_code" = "t17"."la_code" AND "t13"."child_id" = "t17"."child_id"
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
      ('CIN2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
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
          'CIN2' AS "indicator_id",
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
                  "t32".*
                  EXCLUDE ("_until")
                FROM (
                  SELECT
                    "t30"."referral_id",
                    "t30"."child_id",
                    "t30"."referral_date",
                    "t30"."referral_source",
                    "t30"."primary_need",
                    "t30"."referral_nfa",
                    "t30"."closure_date",
                    "t30"."closure_reason",
                    "t30"."team",
                    "t30"."la_code",
                    "t30"."load_id",
                    "t30"."_until",
                    "t7"."month",
                    "t7"."month_end",
                    "t7"."month_index"
                  FROM (
                    SELECT
                      "t27"."referral_id",
                      "t27"."child_id",
                      "t27"."referral_date",
                      "t27"."referral_source",
                      "t27"."primary_need",
                      "t27"."referral_nfa",
                      "t27"."closure_date",
                      "t27"."closure_reason",
                      "t27"."team",
                      "t27"."la_code",
                      "t27"."load_id",
                      COALESCE("t27"."closure_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t13"."referral_id",
                          "t13"."child_id",
                          "t13"."referral_date",
                          "t13"."referral_source",
                          "t13"."primary_need",
                          "t13"."referral_nfa",
                          "t13"."closure_date",
                          "t13"."closure_reason",
                          "t13"."team",
                          "t13"."la_code",
                          "t13"."load_id"
                        FROM "t10" AS "t13"
                        ANTI JOIN (
                          SELECT
                            "t15"."la_code",
                            "t15"."child_id"
                          FROM (
                            SELECT
                              "t11"."la_code",
                              "t11"."child_id",
                              COUNT(*) AS "_records"
                            FROM "t10" AS "t11"
                            GROUP BY
                              1,
                              2
                          ) AS "t15"
                          WHERE
                            "t15"."_records" > 1
                        ) AS "t17"
                          ON "t13"."la_code" = "t17"."la_code" AND "t13"."child_id" = "t17"."child_id"
                      ) AS "t18"
                      UNION ALL
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t23"."referral_id",
                          "t23"."child_id",
                          "t23"."referral_date",
                          "t23"."referral_source",
                          "t23"."primary_need",
                          "t23"."referral_nfa",
                          "t23"."closure_date",
                          "t23"."closure_reason",
                          "t23"."team",
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
                      "t27"."referral_date" IS NOT NULL
                  ) AS "t30"
                  INNER JOIN "scorecard_month_spine" AS "t7"
                    ON "t30"."referral_date" <= "t7"."month_end" AND "t30"."_until" > "t7"."month_end"
                ) AS "t32"
              ) AS "t33"
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  "t35".*
                  EXCLUDE ("_rank")
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t31"."referral_id",
                      "t31"."child_id",
                      "t31"."referral_date",
                      "t31"."referral_source",
                      "t31"."primary_need",
                      "t31"."referral_nfa",
                      "t31"."closure_date",
                      "t31"."closure_reason",
                      "t31"."team",
                      "t31"."la_code",
                      "t31"."load_id",
                      "t31"."month",
                      "t31"."month_end",
                      "t31"."month_index",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t31"."la_code", "t31"."child_id", "t31"."month"
                        ORDER BY "t31"."referral_date" DESC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t29".*
                        EXCLUDE ("_until")
                      FROM (
                        SELECT
                          "t26"."referral_id",
                          "t26"."child_id",
                          "t26"."referral_date",
                          "t26"."referral_source",
                          "t26"."primary_need",
                          "t26"."referral_nfa",
                          "t26"."closure_date",
                          "t26"."closure_reason",
                          "t26"."team",
                          "t26"."la_code",
                          "t26"."load_id",
                          "t26"."_until",
                          "t7"."month",
                          "t7"."month_end",
                          "t7"."month_index"
                        FROM (
                          SELECT
                            "t23"."referral_id",
                            "t23"."child_id",
                            "t23"."referral_date",
                            "t23"."referral_source",
                            "t23"."primary_need",
                            "t23"."referral_nfa",
                            "t23"."closure_date",
                            "t23"."closure_reason",
                            "t23"."team",
                            "t23"."la_code",
                            "t23"."load_id",
                            COALESCE("t23"."closure_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                          FROM "t22" AS "t23"
                          WHERE
                            "t23"."_overlaps" AND "t23"."referral_date" IS NOT NULL
                        ) AS "t26"
                        INNER JOIN "scorecard_month_spine" AS "t7"
                          ON "t26"."referral_date" <= "t7"."month_end" AND "t26"."_until" > "t7"."month_end"
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
    THEN CAST(NULL AS DOUBLE)
    WHEN "t56"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE)
    ELSE "t56"."denominator"
  END AS "denominator",
  CASE
    WHEN "t56"."unit" = 'count'
    THEN "t56"."numerator"
    WHEN "t56"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE) > 0
      THEN (
        "t56"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t56"."unit" = 'percent'
    THEN CASE
      WHEN "t56"."denominator" > 0
      THEN "t56"."numerator" / "t56"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t56"."denominator" > 0
      THEN "t56"."numerator" / "t56"."denominator"
      ELSE CAST(NULL AS DOUBLE)
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
            ('CIN2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t14"
      ANTI JOIN (
        SELECT
          *
        FROM "t44" AS "t45"
        WHERE
          "t45"."breakdown" = 'month_alone'
      ) AS "t48"
        ON "t14"."la_code" = "t48"."la_code"
        AND "t14"."indicator_id" = "t48"."indicator_id"
        AND "t14"."month" = "t48"."month"
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
          ('CIN2', 0, 'rate')) AS t8(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t44" AS "t45"
          WHERE
            "t45"."breakdown" = 'all'
        ) AS "t49"
          ON "t6"."la_code" = "t49"."la_code"
          AND "t8"."indicator_id" = "t49"."indicator_id"
          AND "t7"."month" = "t49"."month"
      ) AS "t51"
    ) AS "t53"
  ) AS "t54"
) AS "t56"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t56"."la_code" = "t5"."la_code" AND "t56"."month" = "t5"."month"
