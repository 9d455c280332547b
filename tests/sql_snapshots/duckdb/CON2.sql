WITH "t27" AS (
  SELECT
    "t26"."la_code",
    "t26"."indicator_id",
    "t26"."month",
    "t26"."breakdown",
    "t26"."breakdown_value",
    "t26"."unit",
    SUM("t26"."_num") AS "numerator",
    SUM("t26"."_den") AS "denominator"
  FROM (
    SELECT
      "t7"."la_code",
      "t8"."month",
      "t8"."month_end",
      "t8"."month_index",
      "t9"."indicator_id",
      "t9"."months_back",
      "t9"."unit",
      "t25"."breakdown",
      "t25"."breakdown_value",
      "t25"."_num",
      "t25"."_den",
      "t25"."_until_index"
    FROM "scorecard_councils" AS "t7"
    CROSS JOIN "scorecard_month_spine" AS "t8"
    CROSS JOIN (VALUES
      ('CON2', 0, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        "t23"."la_code",
        "t23"."indicator_id",
        "t23"."breakdown",
        "t23"."breakdown_value",
        "t23"."_num",
        "t23"."_den",
        "t23"."month_index" + "t23"."_offset" AS "_until_index"
      FROM (
        SELECT
          "t22"."la_code",
          "t22"."indicator_id",
          "t22"."month_index",
          "t22"."breakdown",
          "t22"."breakdown_value",
          "t22"."_num",
          "t22"."_den",
          "t13"."months_back",
          "t10"."_offset"
        FROM (
          SELECT
            "t20"."la_code",
            "t20"."indicator_id",
            "t20"."month_index",
            "t20"."breakdown",
            "t20"."breakdown_value",
            SUM("t20"."numerator") AS "_num",
            SUM("t20"."denominator") AS "_den"
          FROM (
            SELECT
              "t19"."la_code",
              'CON2' AS "indicator_id",
              (
                (
                  EXTRACT(year FROM "t19"."month") * 12
                ) + EXTRACT(month FROM "t19"."month")
              ) - 1 AS "month_index",
              CASE
                WHEN "t19"."_part" = 0
                THEN 'all'
                WHEN "t19"."_part" = 1
                THEN 'contact_source'
                ELSE NULL
              END AS "breakdown",
              "t19"."breakdown_value",
              "t19"."numerator",
              "t19"."denominator"
            FROM (
              SELECT
                "t18"."la_code",
                "t18"."month",
                "t18"."_part",
                "t18"."breakdown_value",
                SUM("t18"."numerator") AS "numerator",
                SUM("t18"."denominator") AS "denominator"
              FROM (
                SELECT
                  "t17"."la_code",
                  "t17"."month",
                  "t17"."numerator",
                  "t17"."denominator",
                  "t17"."_part",
                  CASE
                    WHEN "t17"."_part" = 1
                    THEN COALESCE("t17"."contact_source", 'unknown')
                    ELSE 'all'
                  END AS "breakdown_value"
                FROM (
                  SELECT
                    "t14"."la_code",
                    "t14"."month",
                    "t14"."child_id",
                    "t14"."record_id",
                    "t14"."ref_date",
                    "t14"."numerator",
                    "t14"."denominator",
                    "t14"."contact_source",
                    UNNEST(CAST([0, 1] AS TINYINT[])) AS "_part"
                  FROM (
                    SELECT
                      "t5"."la_code",
                      DATE_TRUNC('MONTH', "t5"."contact_date") AS "month",
                      CAST("t5"."child_id" AS TEXT) AS "child_id",
                      CAST("t5"."contact_id" AS TEXT) AS "record_id",
                      CAST("t5"."contact_date" AS DATE) AS "ref_date",
                      CASE WHEN COALESCE("t5"."outcome" = 'REF', FALSE) THEN 1.0 ELSE 0.0 END AS "numerator",
                      1.0 AS "denominator",
                      "t5"."contact_source"
                    FROM "contact" AS "t5"
                    WHERE
                      "t5"."contact_date" IS NOT NULL
                      AND DATE_TRUNC('MONTH', "t5"."contact_date") BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS "t14"
                ) AS "t17"
              ) AS "t18"
              GROUP BY
                1,
                2,
                3,
                4
            ) AS "t19"
          ) AS "t20"
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS "t22"
        INNER JOIN (
          SELECT
            "t3"."indicator_id",
            "t3"."months_back"
          FROM (VALUES
            ('CON2', 0, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS "t13"
          ON "t22"."indicator_id" = "t13"."indicator_id"
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
          (35)) AS t10(_offset)
      ) AS "t23"
      WHERE
        "t23"."_offset" <= CASE WHEN "t23"."breakdown" = 'month_alone' THEN 0 ELSE "t23"."months_back" END
    ) AS "t25"
      ON "t25"."la_code" = "t7"."la_code"
      AND "t25"."indicator_id" = "t9"."indicator_id"
      AND "t25"."_until_index" = "t8"."month_index"
  ) AS "t26"
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  "t39"."la_code",
  "t39"."indicator_id",
  "t39"."month",
  "t39"."breakdown",
  "t39"."breakdown_value",
  "t39"."numerator",
  CASE
    WHEN "t39"."unit" = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN "t39"."unit" = 'rate'
    THEN CAST("t6"."population" AS DOUBLE)
    ELSE "t39"."denominator"
  END AS "denominator",
  CASE
    WHEN "t39"."unit" = 'count'
    THEN "t39"."numerator"
    WHEN "t39"."unit" = 'rate'
    THEN CASE
      WHEN CAST("t6"."population" AS DOUBLE) > 0
      THEN (
        "t39"."numerator" * 10000
      ) / CAST("t6"."population" AS DOUBLE)
      ELSE CAST(NULL AS DOUBLE)
    END
    WHEN "t39"."unit" = 'percent'
    THEN CASE
      WHEN "t39"."denominator" > 0
      THEN "t39"."numerator" / "t39"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END * 100
    ELSE CASE
      WHEN "t39"."denominator" > 0
      THEN "t39"."numerator" / "t39"."denominator"
      ELSE CAST(NULL AS DOUBLE)
    END
  END AS "value"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t33"."la_code",
      "t33"."indicator_id",
      "t33"."month",
      "t33"."breakdown",
      "t33"."breakdown_value",
      "t33"."unit",
      "t33"."numerator",
      "t33"."denominator"
    FROM (
      SELECT
        "t16"."la_code",
        "t16"."indicator_id",
        "t16"."month",
        "t16"."unit",
        'month_alone' AS "breakdown",
        'all' AS "breakdown_value",
        0.0 AS "numerator",
        0.0 AS "denominator"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t7"."la_code",
            "t8"."month",
            "t8"."month_end",
            "t8"."month_index",
            "t9"."indicator_id",
            "t9"."months_back",
            "t9"."unit"
          FROM "scorecard_councils" AS "t7"
          CROSS JOIN "scorecard_month_spine" AS "t8"
          CROSS JOIN (VALUES
            ('CON2', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS "t12"
        WHERE
          "t12"."months_back" > 0
      ) AS "t16"
      ANTI JOIN (
        SELECT
          *
        FROM "t27" AS "t28"
        WHERE
          "t28"."breakdown" = 'month_alone'
      ) AS "t31"
        ON "t16"."la_code" = "t31"."la_code"
        AND "t16"."indicator_id" = "t31"."indicator_id"
        AND "t16"."month" = "t31"."month"
    ) AS "t33"
  ) AS "t35"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM "t27" AS "t28"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t34"."la_code",
        "t34"."indicator_id",
        "t34"."month",
        "t34"."breakdown",
        "t34"."breakdown_value",
        "t34"."unit",
        "t34"."numerator",
        "t34"."denominator"
      FROM (
        SELECT
          "t7"."la_code",
          "t9"."indicator_id",
          "t8"."month",
          "t9"."unit",
          'all' AS "breakdown",
          'all' AS "breakdown_value",
          0.0 AS "numerator",
          0.0 AS "denominator"
        FROM "scorecard_councils" AS "t7"
        CROSS JOIN "scorecard_month_spine" AS "t8"
        CROSS JOIN (VALUES
          ('CON2', 0, 'percent')) AS t9(indicator_id, months_back, unit)
        ANTI JOIN (
          SELECT
            *
          FROM "t27" AS "t28"
          WHERE
            "t28"."breakdown" = 'all'
        ) AS "t32"
          ON "t7"."la_code" = "t32"."la_code"
          AND "t9"."indicator_id" = "t32"."indicator_id"
          AND "t8"."month" = "t32"."month"
      ) AS "t34"
    ) AS "t36"
  ) AS "t37"
) AS "t39"
LEFT OUTER JOIN "scorecard_population" AS "t6"
  ON "t39"."la_code" = "t6"."la_code" AND "t39"."month" = "t6"."month"
