WITH "t33" AS (
  SELECT
    "t32"."la_code",
    "t32"."indicator_id",
    "t32"."month",
    "t32"."breakdown",
    "t32"."breakdown_value",
    "t32"."unit",
    SUM("t32"."_num") AS "numerator",
    SUM("t32"."_den") AS "denominator"
  FROM (
    SELECT
      "t8"."la_code",
      "t9"."month",
      "t9"."month_end",
      "t9"."month_index",
      "t10"."indicator_id",
      "t10"."months_back",
      "t10"."unit",
      "t31"."breakdown",
      "t31"."breakdown_value",
      "t31"."_num",
      "t31"."_den",
      "t31"."_until_index"
    FROM "scorecard_councils" AS "t8"
    CROSS JOIN "scorecard_month_spine" AS "t9"
    CROSS JOIN (VALUES
      ('DQ1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t29"."la_code",
        "t29"."indicator_id",
        "t29"."breakdown",
        "t29"."breakdown_value",
        "t29"."_num",
        "t29"."_den",
        "t29"."month_index" + "t29"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t28"."la_code",
          "t28"."indicator_id",
          "t28"."month_index",
          "t28"."breakdown",
          "t28"."breakdown_value",
          "t28"."_num",
          "t28"."_den",
          "t16"."months_back",
          "t11"."_offset"
        FROM (
          SELECT
            "t26"."la_code",
            "t26"."indicator_id",
            "t26"."month_index",
            "t26"."breakdown",
            "t26"."breakdown_value",
            SUM("t26"."numerator") AS "_num",
            SUM("t26"."denominator") AS "_den"
          FROM (
            SELECT
              "t25"."la_code",
              'DQ1' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t25"."month") * 12
                ) + EXTRACT(month FROM "t25"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t25"."_part" = 0
                THEN 'all'
                WHEN "t25"."_part" = 1
                THEN 'source'
                ELSE NULL
              END AS "breakdown",
              "t25"."breakdown_value",
              "t25"."numerator",
              "t25"."denominator"
            FROM (
              SELECT
                "t24"."la_code",
                "t24"."month",
                "t24"."_part",
                "t24"."breakdown_value",
                SUM("t24"."numerator") AS "numerator",
                SUM("t24"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t23"."la_code",
                  "t23"."month",
                  "t23"."numerator",
                  "t23"."denominator",
                  "t23"."_part",
                  CASE WHEN "t23"."_part" = 1 THEN COALESCE("t23"."source", 'unknown') ELSE 'all' END AS "breakdown_value"
                FROM (
                  SELECT
                    "t22"."la_code",
                    "t22"."month",
                    "t22"."child_id",
                    "t22"."record_id",
                    "t22"."ref_date",
                    "t22"."numerator",
                    "t22"."denominator",
                    "t22"."source",
                    UNNEST(CAST([0, 1] AS TINYINT[])) AS "_part"
                  FROM (
                    SELECT
                      "t21"."la_code",
                      DATE_TRUNC('MONTH', "t21"."day") AS "month",
                      "t21"."child_id",
                      "t21"."file" || ':' || "t21"."source_table" || ':' || CAST("t21"."row_number" AS TEXT) AS "record_id",
                      "t21"."day" AS "ref_date",
                      1.0 AS "numerator",
                      1.0 AS "denominator",
                      "t21"."source"
                    FROM (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          "t12"."la_code",
                          "t12"."source",
                          "t12"."load_id",
                          "t12"."file",
                          "t12"."source_table",
                          "t12"."row_number",
                          "t12"."child_id",
                          COALESCE("t12"."record_date", CAST("t17"."loaded_at" AS DATE)) AS "day"
                        FROM "quarantine" AS "t12"
                        INNER JOIN (
                          SELECT
                            "t6"."load_id",
                            "t6"."loaded_at"
                          FROM "load_log" AS "t6"
                        ) AS "t17"
                          ON "t12"."load_id" = "t17"."load_id"
                      ) AS "t20"
                      WHERE
                        "t20"."day" IS NOT NULL
                    ) AS "t21"
                    WHERE
                      DATE_TRUNC('MONTH', "t21"."day") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS "t22"
                ) AS "t23"
              ) AS "t24"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t25"
          ) AS "t26"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t28"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('DQ1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS "t16"
          ON "t28"."indicator_id" = "t16"."indicator_id"
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
          (35)) AS t11(_offset)
      ) AS "t29"
      WHERE
        "t29"."_offset" <= CASE WHEN "t29"."breakdown" = 'month_alone' THEN 0 ELSE "t29"."months_back" END
    ) AS "t31"
      ON "t31"."la_code" = "t8"."la_code"
      AND "t31"."indicator_id" = "t10"."indicator_id"
      AND "t31"."_until_index" = "t9"."month_index"
  ) AS "t32"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t45"."la_code",
  "t45"."indicator_id",
  "t45"."month",
  "t45"."breakdown",
  "t45"."breakdown_value",
  "t45"."numerator",
  CASE
    WHEN "t45"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t45"."unit" = 'rate'
    THEN CAST("t7"."population" AS DOUBLE)
    ELSE "t45"."denominator"
  END AS "denominator",
  CASE
    WHEN "t45"."unit" = 'count'
    THEN "t45"."numerator"
    WHEN "t45"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t7"."population" AS DOUBLE) > 0
      THEN (
        "t45"."numerator" * 10000
      ) / CAST("t7"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t45"."unit" = 'percent'
    THEN CASE
      WHEN "t45"."denominator" > 0
      THEN "t45"."numerator" / "t45"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t45"."denominator" > 0
      THEN "t45"."numerator" / "t45"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t39"."la_code",
      "t39"."indicator_id",
      "t39"."month",
      "t39"."breakdown",
      "t39"."breakdown_value",
      "t39"."unit",
      "t39"."numerator",
      "t39"."denominator"
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
            ('DQ1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS "t15"
        WHERE
          "t15"."months_back" > 0
      ) AS "t19"
      ANTI JOIN (
        SELECT
          *
        FROM "t33" AS "t34"
        WHERE
          "t34"."breakdown" = 'month_alone'
      ) AS "t37"
        ON "t19"."la_code" = "t37"."la_code"
        AND "t19"."indicator_id" = "t37"."indicator_id"
        AND "t19"."month" = "t37"."month"
    ) AS "t39"
  ) AS "t41"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t33" AS "t34"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t40"."la_code",
        "t40"."indicator_id",
        "t40"."month",
        "t40"."breakdown",
        "t40"."breakdown_value",
        "t40"."unit",
        "t40"."numerator",
        "t40"."denominator"
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
          ('DQ1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t33" AS "t34"
          WHERE
            "t34"."breakdown" = 'all'
        ) AS "t38"
          ON "t8"."la_code" = "t38"."la_code"
          AND "t10"."indicator_id" = "t38"."indicator_id"
          AND "t9"."month" = "t38"."month"
      ) AS "t40"
    ) AS "t42"
  ) AS "t43"
) AS "t45"
LEFT OUTER JOIN "scorecard_population" AS "t7"
  ON "t45"."la_code" = "t7"."la_code" AND "t45"."month" = "t7"."month"
