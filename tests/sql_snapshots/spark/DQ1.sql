WITH `t26` AS (
  SELECT
    `t25`.`la_code`,
    `t25`.`indicator_id`,
    `t25`.`month`,
    `t25`.`breakdown`,
    `t25`.`breakdown_value`,
    `t25`.`unit`,
    SUM(`t25`.`_num`) AS `numerator`,
    SUM(`t25`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t7`.`la_code`,
      `t8`.`month`,
      `t8`.`month_end`,
      `t8`.`month_index`,
      `t9`.`indicator_id`,
      `t9`.`months_back`,
      `t9`.`unit`,
      `t24`.`la_code` AS `la_code_right`,
      `t24`.`indicator_id` AS `indicator_id_right`,
      `t24`.`month_index` AS `month_index_right`,
      `t24`.`breakdown`,
      `t24`.`breakdown_value`,
      `t24`.`_num`,
      `t24`.`_den`
    FROM `scorecard_councils` AS `t7`
    CROSS JOIN `scorecard_month_spine` AS `t8`
    CROSS JOIN VALUES
      ('DQ1', 0, 'count') AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t22`.`la_code`,
        `t22`.`indicator_id`,
        `t22`.`month_index`,
        `t22`.`breakdown`,
        `t22`.`breakdown_value`,
        SUM(`t22`.`numerator`) AS `_num`,
        SUM(`t22`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t21`.`la_code`,
          'DQ1' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t21`.`month`) * 12
            ) + EXTRACT(month FROM `t21`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t21`.`_part` = 0
            THEN 'all'
            WHEN `t21`.`_part` = 1
            THEN 'source'
            ELSE NULL
          END AS `breakdown`,
          `t21`.`breakdown_value`,
          `t21`.`numerator`,
          `t21`.`denominator`
        FROM (
          SELECT
            `t20`.`la_code`,
            `t20`.`month`,
            `t20`.`_part`,
            `t20`.`breakdown_value`,
            SUM(`t20`.`numerator`) AS `numerator`,
            SUM(`t20`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t19`.`la_code`,
              `t19`.`month`,
              `t19`.`numerator`,
              `t19`.`denominator`,
              `t19`.`_part`,
              CASE WHEN `t19`.`_part` = 1 THEN COALESCE(`t19`.`source`, 'unknown') ELSE 'all' END AS `breakdown_value`
            FROM (
              SELECT
                `t18`.`la_code`,
                `t18`.`month`,
                `t18`.`child_id`,
                `t18`.`record_id`,
                `t18`.`ref_date`,
                `t18`.`numerator`,
                `t18`.`denominator`,
                `t18`.`source`,
                EXPLODE(ARRAY(0, 1)) AS `_part`
              FROM (
                SELECT
                  `t17`.`la_code`,
                  DATE_TRUNC('month', `t17`.`day`) AS `month`,
                  `t17`.`child_id`,
                  CONCAT(`t17`.`file`, ':', `t17`.`source_table`, ':', CAST(`t17`.`row_number` AS STRING)) AS `record_id`,
                  `t17`.`day` AS `ref_date`,
                  1.0 AS `numerator`,
                  1.0 AS `denominator`,
                  `t17`.`source`
                FROM (
                  SELECT DISTINCT
                    *
                  FROM (
                    SELECT
                      `t10`.`la_code`,
                      `t10`.`source`,
                      `t10`.`load_id`,
                      `t10`.`file`,
                      `t10`.`source_table`,
                      `t10`.`row_number`,
                      `t10`.`child_id`,
                      COALESCE(`t10`.`record_date`, CAST(`t13`.`loaded_at` AS DATE)) AS `day`
                    FROM `quarantine` AS `t10`
                    INNER JOIN (
                      SELECT
                        `t5`.`load_id`,
                        `t5`.`loaded_at`
                      FROM `load_log` AS `t5`
                    ) AS `t13`
                      ON `t10`.`load_id` = `t13`.`load_id`
                  ) AS `t16`
                  WHERE
                    `t16`.`day` IS NOT NULL
                ) AS `t17`
                WHERE
                  DATE_TRUNC('month', `t17`.`day`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
              ) AS `t18`
            ) AS `t19`
          ) AS `t20`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t21`
      ) AS `t22`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t24`
      ON `t24`.`la_code` = `t7`.`la_code`
      AND `t24`.`indicator_id` = `t9`.`indicator_id`
      AND `t24`.`month_index` <= `t8`.`month_index`
      AND `t24`.`month_index` >= (
        `t8`.`month_index` - IF(`t24`.`breakdown` = 'month_alone', 0, `t9`.`months_back`)
      )
  ) AS `t25`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t38`.`la_code`,
  `t38`.`indicator_id`,
  `t38`.`month`,
  `t38`.`breakdown`,
  `t38`.`breakdown_value`,
  `t38`.`numerator`,
  CASE
    WHEN `t38`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t38`.`unit` = 'rate'
    THEN CAST(`t6`.`population` AS DOUBLE)
    ELSE `t38`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t38`.`unit` = 'count'
    THEN `t38`.`numerator`
    WHEN `t38`.`unit` = 'rate'
    THEN IF(
      CAST(`t6`.`population` AS DOUBLE) > 0,
      (
        `t38`.`numerator` * 10000
      ) / CAST(`t6`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t38`.`unit` = 'percent'
    THEN IF(
      `t38`.`denominator` > 0,
      `t38`.`numerator` / `t38`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t38`.`denominator` > 0,
      `t38`.`numerator` / `t38`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t32`.`la_code`,
      `t32`.`indicator_id`,
      `t32`.`month`,
      `t32`.`breakdown`,
      `t32`.`breakdown_value`,
      `t32`.`unit`,
      `t32`.`numerator`,
      `t32`.`denominator`
    FROM (
      SELECT
        `t15`.`la_code`,
        `t15`.`indicator_id`,
        `t15`.`month`,
        `t15`.`unit`,
        'month_alone' AS `breakdown`,
        'all' AS `breakdown_value`,
        0.0 AS `numerator`,
        0.0 AS `denominator`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t7`.`la_code`,
            `t8`.`month`,
            `t8`.`month_end`,
            `t8`.`month_index`,
            `t9`.`indicator_id`,
            `t9`.`months_back`,
            `t9`.`unit`
          FROM `scorecard_councils` AS `t7`
          CROSS JOIN `scorecard_month_spine` AS `t8`
          CROSS JOIN VALUES
            ('DQ1', 0, 'count') AS t9(indicator_id, months_back, unit)
        ) AS `t12`
        WHERE
          `t12`.`months_back` > 0
      ) AS `t15`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t26` AS `t27`
        WHERE
          `t27`.`breakdown` = 'month_alone'
      ) AS `t30`
        ON `t15`.`la_code` = `t30`.`la_code`
        AND `t15`.`indicator_id` = `t30`.`indicator_id`
        AND `t15`.`month` = `t30`.`month`
    ) AS `t32`
  ) AS `t34`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t26` AS `t27`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t33`.`la_code`,
        `t33`.`indicator_id`,
        `t33`.`month`,
        `t33`.`breakdown`,
        `t33`.`breakdown_value`,
        `t33`.`unit`,
        `t33`.`numerator`,
        `t33`.`denominator`
      FROM (
        SELECT
          `t7`.`la_code`,
          `t9`.`indicator_id`,
          `t8`.`month`,
          `t9`.`unit`,
          'all' AS `breakdown`,
          'all' AS `breakdown_value`,
          0.0 AS `numerator`,
          0.0 AS `denominator`
        FROM `scorecard_councils` AS `t7`
        CROSS JOIN `scorecard_month_spine` AS `t8`
        CROSS JOIN VALUES
          ('DQ1', 0, 'count') AS t9(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t26` AS `t27`
          WHERE
            `t27`.`breakdown` = 'all'
        ) AS `t31`
          ON `t7`.`la_code` = `t31`.`la_code`
          AND `t9`.`indicator_id` = `t31`.`indicator_id`
          AND `t8`.`month` = `t31`.`month`
      ) AS `t33`
    ) AS `t35`
  ) AS `t36`
) AS `t38`
LEFT OUTER JOIN `scorecard_population` AS `t6`
  ON `t38`.`la_code` = `t6`.`la_code` AND `t38`.`month` = `t6`.`month`
