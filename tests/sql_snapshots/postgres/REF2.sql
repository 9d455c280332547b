WITH "t19" AS (
  SELECT
    "t18"."la_code",
    "t18"."indicator_id",
    "t18"."month",
    "t18"."breakdown",
    "t18"."breakdown_value",
    "t18"."unit",
    SUM("t18"."_num") AS "numerator",
    SUM("t18"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t17"."la_code" AS "la_code_right",
      "t17"."indicator_id" AS "indicator_id_right",
      "t17"."month_index" AS "month_index_right",
      "t17"."breakdown",
      "t17"."breakdown_value",
      "t17"."_num",
      "t17"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('REF2', 11, 'rate')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t15"."la_code",
        "t15"."indicator_id",
        "t15"."month_index",
        "t15"."breakdown",
        "t15"."breakdown_value",
        SUM("t15"."numerator") AS "_num",
        SUM("t15"."denominator") AS "_den"
      FROM (
        SELECT
          "t14"."la_code",
          "t14"."indicator_id",
          "t14"."month_index",
          "t14"."breakdown",
          "t14"."breakdown_value",
          SUM("t14"."numerator") AS "numerator",
          SUM("t14"."denominator") AS "denominator"
        FROM (
          SELECT
            "t12"."la_code",
            "t12"."numerator",
            "t12"."denominator",
            'REF2' AS "indicator_id",
            (
              (
                EXTRACT(year FROM "t12"."month") * 12
              ) + EXTRACT(month FROM "t12"."month")
            ) - 1 AS "month_index",
            "t12"."_breakdown" AS "breakdown",
            'all' AS "breakdown_value"
          FROM (
            SELECT
              "t10"."la_code",
              "t10"."month",
              "t10"."child_id",
              "t10"."record_id",
              "t10"."ref_date",
              "t10"."numerator",
              "t10"."denominator",
              "t10"."referral_source",
              "t10"."team",
              UNNEST(ARRAY['all', 'month_alone']) AS "_breakdown"
            FROM (
              SELECT
                "t4"."la_code",
                DATE_TRUNC('MONTH', "t4"."referral_date") AS "month",
                CAST("t4"."child_id" AS VARCHAR) AS "child_id",
                CAST("t4"."referral_id" AS VARCHAR) AS "record_id",
                CAST("t4"."referral_date" AS DATE) AS "ref_date",
                1.0 AS "numerator",
                1.0 AS "denominator",
                "t4"."referral_source",
                "t4"."team"
              FROM "cin_episode" AS "t4"
              WHERE
                "t4"."referral_date" IS NOT NULL
                AND DATE_TRUNC('MONTH', "t4"."referral_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
            ) AS "t10"
          ) AS "t12"
        ) AS "t14"
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS "t15"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t17"
      ON "t17"."la_code" = "t6"."la_code"
      AND "t17"."indicator_id" = "t8"."indicator_id"
      AND "t17"."month_index" <= "t7"."month_index"
      AND "t17"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t17"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t18"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t31"."la_code",
  "t31"."indicator_id",
  "t31"."month",
  "t31"."breakdown",
  "t31"."breakdown_value",
  "t31"."numerator",
  CASE
    WHEN "t31"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE PRECISION)
    WHEN "t31"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE PRECISION)
    ELSE "t31"."denominator"
  END AS "denominator",
  CASE
    WHEN "t31"."unit" = 'count'
    THEN "t31"."numerator"
    WHEN "t31"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE PRECISION) > 0
      THEN (
        "t31"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE PRECISION)
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
    WHEN "t31"."unit" = 'percent'
    THEN CASE
      WHEN "t31"."denominator" > 0
      THEN CAST("t31"."numerator" AS DOUBLE PRECISION) / "t31"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END * 100
    ELSE CASE
      WHEN "t31"."denominator" > 0
      THEN CAST("t31"."numerator" AS DOUBLE PRECISION) / "t31"."denominator"
      ELSE CAST(NULL AS DOUBLE PRECISION)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t25"."la_code",
      "t25"."indicator_id",
      "t25"."month",
      "t25"."breakdown",
      "t25"."breakdown_value",
      "t25"."unit",
      "t25"."numerator",
      "t25"."denominator"
    FROM (
      SELECT
        "t13"."la_code",
        "t13"."indicator_id",
        "t13"."month",
        "t13"."unit",
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
            ('REF2', 11, 'rate')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t13"
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              *
            FROM "t19" AS "t20"
            WHERE
              "t20"."breakdown" = 'month_alone'
          ) AS "t23"
          WHERE
            "t13"."la_code" = "t23"."la_code"
            AND "t13"."indicator_id" = "t23"."indicator_id"
            AND "t13"."month" = "t23"."month"
        )
    ) AS "t25"
  ) AS "t27"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t19" AS "t20"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t26"."la_code",
        "t26"."indicator_id",
        "t26"."month",
        "t26"."breakdown",
        "t26"."breakdown_value",
        "t26"."unit",
        "t26"."numerator",
        "t26"."denominator"
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
          ('REF2', 11, 'rate')) AS t8(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                *
              FROM "t19" AS "t20"
              WHERE
                "t20"."breakdown" = 'all'
            ) AS "t24"
            WHERE
              "t6"."la_code" = "t24"."la_code"
              AND "t8"."indicator_id" = "t24"."indicator_id"
              AND "t7"."month" = "t24"."month"
          )
      ) AS "t26"
    ) AS "t28"
  ) AS "t29"
) AS "t31"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t31"."la_code" = "t5"."la_code" AND "t31"."month" = "t5"."month"
