WITH "t25" AS (
  SELECT
    "t24"."cin_plan_id",
    "t24"."referral_id",
    "t24"."child_id",
    "t24"."start_date",
    "t24"."end_date",
    "t24"."la_code",
    "t24"."load_id",
    "t24"."_reach",
    "t24"."_earlier_reach",
    BOOL_OR(CAST(COALESCE("t24"."_earlier_reach" > "t24"."start_date", FALSE) AS BOOLEAN)) OVER (
      PARTITION BY "t24"."la_code", "t24"."child_id"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_overlaps"
  FROM (
    SELECT
      "t20"."cin_plan_id",
      "t20"."referral_id",
      "t20"."child_id",
      "t20"."start_date",
      "t20"."end_date",
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
        "t15"."cin_plan_id",
        "t15"."referral_id",
        "t15"."child_id",
        "t15"."start_date",
        "t15"."end_date",
        "t15"."la_code",
        "t15"."load_id",
        MAX(COALESCE("t15"."end_date", MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY "t15"."la_code", "t15"."child_id"
          ORDER BY "t15"."start_date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_reach"
      FROM (
        SELECT
          *
        FROM "cin_plan" AS "t6"
        WHERE
          "t6"."start_date" IS NOT NULL
      ) AS "t15"
    ) AS "t20"
  ) AS "t24"
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
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t49"."la_code" AS "la_code_right",
      "t49"."indicator_id" AS "indicator_id_right",
      "t49"."month_index" AS "month_index_right",
      "t49"."breakdown",
      "t49"."breakdown_value",
      "t49"."_num",
      "t49"."_den"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('CIN3', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
          'CIN3' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t46"."month") * 12
            ) + EXTRACT(month FROM "t46"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t46"."_part" = 0
            THEN 'all'
            WHEN "t46"."_part" = 1
            THEN 'age_band'
            WHEN "t46"."_part" = 2
            THEN 'sex'
            WHEN "t46"."_part" = 3
            THEN 'ethnicity_group'
            WHEN "t46"."_part" = 4
            THEN 'disability'
            ELSE NULL
          END AS "breakdown",
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
              "t44"."numerator",
              "t44"."denominator",
              "t44"."_part",
              CASE
                WHEN "t44"."_part" = 1
                THEN COALESCE("t44"."age_band", 'unknown')
                WHEN "t44"."_part" = 2
                THEN COALESCE("t44"."sex", 'unknown')
                WHEN "t44"."_part" = 3
                THEN COALESCE("t44"."ethnicity_group", 'unknown')
                WHEN "t44"."_part" = 4
                THEN COALESCE("t44"."disability", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t43"."la_code",
                "t43"."month",
                "t43"."child_id",
                "t43"."record_id",
                "t43"."ref_date",
                "t43"."numerator",
                "t43"."denominator",
                "t43"."age_band",
                "t43"."sex",
                "t43"."ethnicity_group",
                "t43"."disability",
                UNNEST(CAST([0, 1, 2, 3, 4] AS TINYINT[])) AS "_part"
              FROM (
                SELECT
                  "t42"."la_code",
                  "t42"."month",
                  "t42"."child_id",
                  "t42"."record_id",
                  "t42"."ref_date",
                  "t42"."numerator",
                  "t42"."denominator",
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 1
                      )
                      THEN 'under 1'
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 5
                      )
                      THEN '1-4'
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 10
                      )
                      THEN '5-9'
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 16
                      )
                      THEN '10-15'
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                          ) - CASE
                            WHEN (
                              (
                                EXTRACT(month FROM "t42"."ref_date") * 100
                              ) + EXTRACT(day FROM "t42"."ref_date")
                            ) < (
                              (
                                EXTRACT(month FROM "t42"."date_of_birth") * 100
                              ) + EXTRACT(day FROM "t42"."date_of_birth")
                            )
                            THEN 1
                            ELSE 0
                          END
                        ) < 18
                      )
                      THEN '16-17'
                      ELSE CAST(NULL AS TEXT)
                    END,
                    CASE
                      WHEN (
                        (
                          EXTRACT(year FROM "t42"."ref_date") - EXTRACT(year FROM "t42"."date_of_birth")
                        ) - CASE
                          WHEN (
                            (
                              EXTRACT(month FROM "t42"."ref_date") * 100
                            ) + EXTRACT(day FROM "t42"."ref_date")
                          ) < (
                            (
                              EXTRACT(month FROM "t42"."date_of_birth") * 100
                            ) + EXTRACT(day FROM "t42"."date_of_birth")
                          )
                          THEN 1
                          ELSE 0
                        END
                      ) >= 18
                      THEN '18 and over'
                      ELSE 'unknown'
                    END
                  ) AS "age_band",
                  COALESCE(
                    CASE "t42"."sex" WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE "t42"."sex" END,
                    'unknown'
                  ) AS "sex",
                  CASE
                    WHEN "t42"."ethnicity" IN ('REFU', 'NOBT')
                    THEN 'Not known'
                    ELSE CASE
                      WHEN SUBSTRING(
                        "t42"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t42"."ethnicity") END,
                        1
                      ) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(
                        "t42"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t42"."ethnicity") END,
                        1
                      ) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(
                        "t42"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t42"."ethnicity") END,
                        1
                      ) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(
                        "t42"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t42"."ethnicity") END,
                        1
                      ) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(
                        "t42"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t42"."ethnicity") END,
                        1
                      ) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(
                        "t42"."ethnicity",
                        CASE WHEN (
                          0 + 1
                        ) >= 1 THEN 0 + 1 ELSE 0 + 1 + LENGTH("t42"."ethnicity") END,
                        1
                      ) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  END AS "ethnicity_group",
                  COALESCE("t42"."_disabled", 'Not disabled') AS "disability"
                FROM (
                  SELECT
                    "t41".*
                    EXCLUDE ("child_id_right", "la_code_right")
                  FROM (
                    SELECT
                      "t40"."la_code",
                      "t40"."month",
                      "t40"."child_id",
                      "t40"."record_id",
                      "t40"."ref_date",
                      "t40"."numerator",
                      "t40"."denominator",
                      "t23"."la_code" AS "la_code_right",
                      "t23"."child_id" AS "child_id_right",
                      "t23"."sex",
                      "t23"."ethnicity",
                      "t23"."date_of_birth",
                      "t23"."_disabled"
                    FROM (
                      SELECT
                        "t38"."la_code",
                        "t38"."month",
                        "t38"."child_id",
                        "t38"."cin_plan_id" AS "record_id",
                        "t38"."month_end" AS "ref_date",
                        1.0 AS "numerator",
                        1.0 AS "denominator"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t32".*
                            EXCLUDE ("_until")
                          FROM (
                            SELECT
                              "t30"."cin_plan_id",
                              "t30"."referral_id",
                              "t30"."child_id",
                              "t30"."start_date",
                              "t30"."end_date",
                              "t30"."la_code",
                              "t30"."load_id",
                              "t30"."_until",
                              "t9"."month",
                              "t9"."month_end",
                              "t9"."month_index"
                            FROM (
                              SELECT
                                "t26"."cin_plan_id",
                                "t26"."referral_id",
                                "t26"."child_id",
                                "t26"."start_date",
                                "t26"."end_date",
                                "t26"."la_code",
                                "t26"."load_id",
                                COALESCE("t26"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                              FROM "t25" AS "t26"
                              WHERE
                                NOT (
                                  "t26"."_overlaps"
                                ) AND "t26"."start_date" IS NOT NULL
                            ) AS "t30"
                            INNER JOIN "scorecard_month_spine" AS "t9"
                              ON "t30"."start_date" <= "t9"."month_end" AND "t30"."_until" > "t9"."month_end"
                          ) AS "t32"
                        ) AS "t34"
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t36".*
                            EXCLUDE ("_rank")
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t33"."cin_plan_id",
                                "t33"."referral_id",
                                "t33"."child_id",
                                "t33"."start_date",
                                "t33"."end_date",
                                "t33"."la_code",
                                "t33"."load_id",
                                "t33"."month",
                                "t33"."month_end",
                                "t33"."month_index",
                                ROW_NUMBER() OVER (
                                  PARTITION BY "t33"."la_code", "t33"."child_id", "t33"."month"
                                  ORDER BY "t33"."start_date" DESC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ) - 1 AS "_rank"
                              FROM (
                                SELECT
                                  "t31".*
                                  EXCLUDE ("_until")
                                FROM (
                                  SELECT
                                    "t29"."cin_plan_id",
                                    "t29"."referral_id",
                                    "t29"."child_id",
                                    "t29"."start_date",
                                    "t29"."end_date",
                                    "t29"."la_code",
                                    "t29"."load_id",
                                    "t29"."_until",
                                    "t9"."month",
                                    "t9"."month_end",
                                    "t9"."month_index"
                                  FROM (
                                    SELECT
                                      "t26"."cin_plan_id",
                                      "t26"."referral_id",
                                      "t26"."child_id",
                                      "t26"."start_date",
                                      "t26"."end_date",
                                      "t26"."la_code",
                                      "t26"."load_id",
                                      COALESCE("t26"."end_date", MAKE_DATE(9999, 12, 31)) AS "_until"
                                    FROM "t25" AS "t26"
                                    WHERE
                                      "t26"."_overlaps" AND "t26"."start_date" IS NOT NULL
                                  ) AS "t29"
                                  INNER JOIN "scorecard_month_spine" AS "t9"
                                    ON "t29"."start_date" <= "t9"."month_end" AND "t29"."_until" > "t9"."month_end"
                                ) AS "t31"
                              ) AS "t33"
                            ) AS "t35"
                            WHERE
                              "t35"."_rank" = 0
                          ) AS "t36"
                        ) AS "t37"
                      ) AS "t38"
                    ) AS "t40"
                    LEFT OUTER JOIN (
                      SELECT
                        "t21".*
                        EXCLUDE ("child_id_right", "la_code_right")
                      FROM (
                        SELECT
                          "t13"."la_code",
                          "t13"."child_id",
                          "t13"."sex",
                          "t13"."ethnicity",
                          "t13"."date_of_birth",
                          "t18"."la_code" AS "la_code_right",
                          "t18"."child_id" AS "child_id_right",
                          "t18"."_disabled"
                        FROM (
                          SELECT
                            "t4"."la_code",
                            "t4"."child_id",
                            "t4"."sex",
                            "t4"."ethnicity",
                            "t4"."date_of_birth"
                          FROM "person" AS "t4"
                        ) AS "t13"
                        LEFT OUTER JOIN (
                          SELECT
                            "t14"."la_code",
                            "t14"."child_id",
                            'Disabled' AS "_disabled"
                          FROM (
                            SELECT DISTINCT
                              "t5"."la_code",
                              "t5"."child_id"
                            FROM "disability" AS "t5"
                            WHERE
                              "t5"."disability" <> 'NONE'
                          ) AS "t14"
                        ) AS "t18"
                          ON "t13"."la_code" = "t18"."la_code" AND "t13"."child_id" = "t18"."child_id"
                      ) AS "t21"
                    ) AS "t23"
                      ON "t40"."la_code" = "t23"."la_code" AND "t40"."child_id" = "t23"."child_id"
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
      ON "t49"."la_code" = "t8"."la_code"
      AND "t49"."indicator_id" = "t10"."indicator_id"
      AND "t49"."month_index" <= "t9"."month_index"
      AND "t49"."month_index" >= (
        "t9"."month_index" - CASE WHEN "t49"."breakdown" = 'month_alone' THEN 0 ELSE "t10"."months_back" END
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
    THEN CAST("t7"."population" AS DOUBLE)
    ELSE "t63"."denominator"
  END AS "denominator",
  CASE
    WHEN "t63"."unit" = 'count'
    THEN "t63"."numerator"
    WHEN "t63"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE) > 0
      THEN (
        "t63"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE)
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
        "t19"."la_code",
        "t19"."indicator_id",
        "t19"."month",
        "t19"."unit",
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
            ('CIN3', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t19"
      ANTI JOIN (
        SELECT
          *
        FROM "t51" AS "t52"
        WHERE
          "t52"."breakdown" = 'month_alone'
      ) AS "t55"
        ON "t19"."la_code" = "t55"."la_code"
        AND "t19"."indicator_id" = "t55"."indicator_id"
        AND "t19"."month" = "t55"."month"
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
          ('CIN3', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t51" AS "t52"
          WHERE
            "t52"."breakdown" = 'all'
        ) AS "t56"
          ON "t8"."la_code" = "t56"."la_code"
          AND "t10"."indicator_id" = "t56"."indicator_id"
          AND "t9"."month" = "t56"."month"
      ) AS "t58"
    ) AS "t60"
  ) AS "t61"
) AS "t63"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t63"."la_code" = "t7"."la_code" AND "t63"."month" = "t7"."month"
