WITH "t20" AS (
  SELECT
    "t19"."la_code",
    "t19"."indicator_id",
    "t19"."month",
    "t19"."breakdown",
    "t19"."breakdown_value",
    "t19"."unit",
    SUM("t19"."_num") AS "numerator",
    SUM("t19"."_den") AS "denominator"
  FROM (
    SELECT
      "t6"."la_code",
      "t7"."month",
      "t7"."month_end",
      "t7"."month_index",
      "t8"."indicator_id",
      "t8"."months_back",
      "t8"."unit",
      "t18"."la_code" AS "la_code_right",
      "t18"."indicator_id" AS "indicator_id_right",
      "t18"."month_index" AS "month_index_right",
      "t18"."breakdown",
      "t18"."breakdown_value",
      "t18"."_num",
      "t18"."_den"
    FROM "scorecard_councils" AS "t6"
    CROSS JOIN "scorecard_month_spine" AS "t7"
    CROSS JOIN (VALUES
      ('CON2', 0, 'percent')) AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t16"."la_code",
        "t16"."indicator_id",
        "t16"."month_index",
        "t16"."breakdown",
        "t16"."breakdown_value",
        SUM("t16"."numerator") AS "_num",
        SUM("t16"."denominator") AS "_den"
      FROM (
        SELECT
          "t15"."la_code",
          'CON2' AS "indicator_id",
          (
            (
              EXTRACT(year FROM "t15"."month") * 12
            ) + EXTRACT(month FROM "t15"."month")
          ) - 1 AS "month_index",
          CASE
            WHEN "t15"."_part" = 0
            THEN 'all'
            WHEN "t15"."_part" = 1
            THEN 'contact_source'
            ELSE NULL
          END AS "breakdown",
          "t15"."breakdown_value",
          "t15"."numerator",
          "t15"."denominator"
        FROM (
          SELECT
            "t14"."la_code",
            "t14"."month",
            "t14"."_part",
            "t14"."breakdown_value",
            SUM("t14"."numerator") AS "numerator",
            SUM("t14"."denominator") AS "denominator"
          FROM (
            SELECT
              "t13"."la_code",
              "t13"."month",
              "t13"."numerator",
              "t13"."denominator",
              "t13"."_part",
              CASE
                WHEN "t13"."_part" = 1
                THEN COALESCE("t13"."contact_source", 'unknown')
                ELSE 'all'
              END AS "breakdown_value"
            FROM (
              SELECT
                "t10"."la_code",
                "t10"."month",
                "t10"."child_id",
                "t10"."record_id",
                "t10"."ref_date",
                "t10"."numerator",
                "t10"."denominator",
                "t10"."contact_source",
                UNNEST(CAST([0, 1] AS TINYINT[])) AS "_part"
              FROM (
                SELECT
                  "t4"."la_code",
                  DATE_TRUNC('MONTH', "t4"."contact_date") AS "month",
                  CAST("t4"."child_id" AS TEXT) AS "child_id",
                  CAST("t4"."contact_id" AS TEXT) AS "record_id",
                  CAST("t4"."contact_date" AS DATE) AS "ref_date",
                  CASE WHEN COALESCE("t4"."outcome" = 'REF', FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                  1.0 AS "denominator",
                  "t4"."contact_source"
                FROM "contact" AS "t4"
                WHERE
                  "t4"."contact_date" IS NOT NULL
                  AND DATE_TRUNC('MONTH', "t4"."contact_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
              ) AS "t10"
            ) AS "t13"
          ) AS "t14"
          GROUP BY
            1,
            2,
            3,
            4
        ) AS "t15"
      ) AS "t16"
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS "t18"
      ON "t18"."la_code" = "t6"."la_code"
      AND "t18"."indicator_id" = "t8"."indicator_id"
      AND "t18"."month_index" <= "t7"."month_index"
      AND "t18"."month_index" >= (
        "t7"."month_index" - CASE WHEN "t18"."breakdown" = 'month_alone' THEN 0 ELSE "t8"."months_back" END
      )
  ) AS "t19"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t32"."la_code",
  "t32"."indicator_id",
  "t32"."month",
  "t32"."breakdown",
  "t32"."breakdown_value",
  "t32"."numerator",
  CASE
    WHEN "t32"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t32"."unit" = 'rate'
    THEN CAST("t5"."population" AS DOUBLE)
    ELSE "t32"."denominator"
  END AS "denominator",
  CASE
    WHEN "t32"."unit" = 'count'
    THEN "t32"."numerator"
    WHEN "t32"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t5"."population" AS DOUBLE) > 0
      THEN (
        "t32"."numerator" * 10000
      ) / CAST("t5"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t32"."unit" = 'percent'
    THEN CASE
      WHEN "t32"."denominator" > 0
      THEN "t32"."numerator" / "t32"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t32"."denominator" > 0
      THEN "t32"."numerator" / "t32"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
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
        "t12"."la_code",
        "t12"."indicator_id",
        "t12"."month",
        "t12"."unit",
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
            ('CON2', 0, 'percent')) AS t8(indicator_id, months_back, unit)
        ) AS "t9"
        WHERE
          "t9"."months_back" > 0
      ) AS "t12"
      ANTI JOIN (
        SELECT
          *
        FROM "t20" AS "t21"
        WHERE
          "t21"."breakdown" = 'month_alone'
      ) AS "t24"
        ON "t12"."la_code" = "t24"."la_code"
        AND "t12"."indicator_id" = "t24"."indicator_id"
        AND "t12"."month" = "t24"."month"
    ) AS "t26"
  ) AS "t28"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t20" AS "t21"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t27"."la_code",
        "t27"."indicator_id",
        "t27"."month",
        "t27"."breakdown",
        "t27"."breakdown_value",
        "t27"."unit",
        "t27"."numerator",
        "t27"."denominator"
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
          ('CON2', 0, 'percent')) AS t8(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t20" AS "t21"
          WHERE
            "t21"."breakdown" = 'all'
        ) AS "t25"
          ON "t6"."la_code" = "t25"."la_code"
          AND "t8"."indicator_id" = "t25"."indicator_id"
          AND "t7"."month" = "t25"."month"
      ) AS "t27"
    ) AS "t29"
  ) AS "t30"
) AS "t32"
LEFT OUTER JOIN "scorecard_population" AS "t5"
  ON "t32"."la_code" = "t5"."la_code" AND "t32"."month" = "t5"."month"
