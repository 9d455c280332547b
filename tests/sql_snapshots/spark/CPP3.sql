WITH `t13` AS (
  SELECT
    `t10`.`cp_plan_id`,
    `t10`.`referral_id`,
    `t10`.`child_id`,
    `t10`.`start_date`,
    `t10`.`end_date`,
    `t10`.`initial_category`,
    `t10`.`latest_category`,
    `t10`.`number_of_previous_plans`,
    `t10`.`la_code`,
    `t10`.`load_id`,
    LAG(`t10`.`start_date`) OVER (
      PARTITION BY `t10`.`la_code`, `t10`.`child_id`
      ORDER BY `t10`.`start_date` ASC NULLS LAST, `t10`.`cp_plan_id` ASC NULLS LAST
    ) AS `_earlier`
  FROM (
    SELECT
      *
    FROM `cp_plan` AS `t4`
    WHERE
      `t4`.`start_date` IS NOT NULL
  ) AS `t10`
), `t24` AS (
  SELECT
    `t23`.`la_code`,
    `t23`.`indicator_id`,
    `t23`.`month`,
    `t23`.`breakdown`,
    `t23`.`breakdown_value`,
    `t23`.`unit`,
    SUM(`t23`.`_num`) AS `numerator`,
    SUM(`t23`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t6`.`la_code`,
      `t7`.`month`,
      `t7`.`month_end`,
      `t7`.`month_index`,
      `t8`.`indicator_id`,
      `t8`.`months_back`,
      `t8`.`unit`,
      `t22`.`la_code` AS `la_code_right`,
      `t22`.`indicator_id` AS `indicator_id_right`,
      `t22`.`month_index` AS `month_index_right`,
      `t22`.`breakdown`,
      `t22`.`breakdown_value`,
      `t22`.`_num`,
      `t22`.`_den`
    FROM `scorecard_councils` AS `t6`
    CROSS JOIN `scorecard_month_spine` AS `t7`
    CROSS JOIN VALUES
      ('CPP3', 11, 'percent') AS t8(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t20`.`la_code`,
        `t20`.`indicator_id`,
        `t20`.`month_index`,
        `t20`.`breakdown`,
        `t20`.`breakdown_value`,
        SUM(`t20`.`numerator`) AS `_num`,
        SUM(`t20`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t19`.`la_code`,
          `t19`.`indicator_id`,
          `t19`.`month_index`,
          `t19`.`breakdown`,
          `t19`.`breakdown_value`,
          SUM(`t19`.`numerator`) AS `numerator`,
          SUM(`t19`.`denominator`) AS `denominator`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              `t14`.`la_code`,
              IF(COALESCE(`t14`.`_earlier` IS NOT NULL, FALSE), 1.0, 0.0) AS `numerator`,
              1.0 AS `denominator`,
              'CPP3' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM DATE_TRUNC('month', `t14`.`start_date`)) * 12
                ) + EXTRACT(month FROM DATE_TRUNC('month', `t14`.`start_date`))
              ) - 1 AS `month_index`,
              'month_alone' AS `breakdown`,
              'all' AS `breakdown_value`
            FROM `t13` AS `t14`
            WHERE
              `t14`.`start_date` IS NOT NULL
              AND DATE_TRUNC('month', `t14`.`start_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
          ) AS `t15`
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                `t14`.`la_code`,
                IF(COALESCE(`t14`.`_earlier` IS NOT NULL, FALSE), 1.0, 0.0) AS `numerator`,
                1.0 AS `denominator`,
                'CPP3' AS `indicator_id`,
                (
                  (
                    EXTRACT(year FROM DATE_TRUNC('month', `t14`.`start_date`)) * 12
                  ) + EXTRACT(month FROM DATE_TRUNC('month', `t14`.`start_date`))
                ) - 1 AS `month_index`,
                'all' AS `breakdown`,
                'all' AS `breakdown_value`
              FROM `t13` AS `t14`
              WHERE
                `t14`.`start_date` IS NOT NULL
                AND DATE_TRUNC('month', `t14`.`start_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
            ) AS `t16`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                `t14`.`la_code`,
                IF(COALESCE(`t14`.`_earlier` IS NOT NULL, FALSE), 1.0, 0.0) AS `numerator`,
                1.0 AS `denominator`,
                'CPP3' AS `indicator_id`,
                (
                  (
                    EXTRACT(year FROM DATE_TRUNC('month', `t14`.`start_date`)) * 12
                  ) + EXTRACT(month FROM DATE_TRUNC('month', `t14`.`start_date`))
                ) - 1 AS `month_index`,
                'category' AS `breakdown`,
                COALESCE(`t14`.`initial_category`, 'unknown') AS `breakdown_value`
              FROM `t13` AS `t14`
              WHERE
                `t14`.`start_date` IS NOT NULL
                AND DATE_TRUNC('month', `t14`.`start_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
            ) AS `t17`
          ) AS `t18`
        ) AS `t19`
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS `t20`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t22`
      ON `t22`.`la_code` = `t6`.`la_code`
      AND `t22`.`indicator_id` = `t8`.`indicator_id`
      AND `t22`.`month_index` <= `t7`.`month_index`
      AND `t22`.`month_index` >= (
        `t7`.`month_index` - IF(`t22`.`breakdown` = 'month_alone', 0, `t8`.`months_back`)
      )
  ) AS `t23`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t36`.`la_code`,
  `t36`.`indicator_id`,
  `t36`.`month`,
  `t36`.`breakdown`,
  `t36`.`breakdown_value`,
  `t36`.`numerator`,
  CASE
    WHEN `t36`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t36`.`unit` = 'rate'
    THEN CAST(`t5`.`population` AS DOUBLE)
    ELSE `t36`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t36`.`unit` = 'count'
    THEN `t36`.`numerator`
    WHEN `t36`.`unit` = 'rate'
    THEN IF(
      CAST(`t5`.`population` AS DOUBLE) > 0,
      (
        `t36`.`numerator` * 10000
      ) / CAST(`t5`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t36`.`unit` = 'percent'
    THEN IF(
      `t36`.`denominator` > 0,
      `t36`.`numerator` / `t36`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t36`.`denominator` > 0,
      `t36`.`numerator` / `t36`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t30`.`la_code`,
      `t30`.`indicator_id`,
      `t30`.`month`,
      `t30`.`breakdown`,
      `t30`.`breakdown_value`,
      `t30`.`unit`,
      `t30`.`numerator`,
      `t30`.`denominator`
    FROM (
      SELECT
        `t12`.`la_code`,
        `t12`.`indicator_id`,
        `t12`.`month`,
        `t12`.`unit`,
        'month_alone' AS `breakdown`,
        'all' AS `breakdown_value`,
        0.0 AS `numerator`,
        0.0 AS `denominator`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t6`.`la_code`,
            `t7`.`month`,
            `t7`.`month_end`,
            `t7`.`month_index`,
            `t8`.`indicator_id`,
            `t8`.`months_back`,
            `t8`.`unit`
          FROM `scorecard_councils` AS `t6`
          CROSS JOIN `scorecard_month_spine` AS `t7`
          CROSS JOIN VALUES
            ('CPP3', 11, 'percent') AS t8(indicator_id, months_back, unit)
        ) AS `t9`
        WHERE
          `t9`.`months_back` > 0
      ) AS `t12`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t24` AS `t25`
        WHERE
          `t25`.`breakdown` = 'month_alone'
      ) AS `t28`
        ON `t12`.`la_code` = `t28`.`la_code`
        AND `t12`.`indicator_id` = `t28`.`indicator_id`
        AND `t12`.`month` = `t28`.`month`
    ) AS `t30`
  ) AS `t32`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t24` AS `t25`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t31`.`la_code`,
        `t31`.`indicator_id`,
        `t31`.`month`,
        `t31`.`breakdown`,
        `t31`.`breakdown_value`,
        `t31`.`unit`,
        `t31`.`numerator`,
        `t31`.`denominator`
      FROM (
        SELECT
          `t6`.`la_code`,
          `t8`.`indicator_id`,
          `t7`.`month`,
          `t8`.`unit`,
          'all' AS `breakdown`,
          'all' AS `breakdown_value`,
          0.0 AS `numerator`,
          0.0 AS `denominator`
        FROM `scorecard_councils` AS `t6`
        CROSS JOIN `scorecard_month_spine` AS `t7`
        CROSS JOIN VALUES
          ('CPP3', 11, 'percent') AS t8(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t24` AS `t25`
          WHERE
            `t25`.`breakdown` = 'all'
        ) AS `t29`
          ON `t6`.`la_code` = `t29`.`la_code`
          AND `t8`.`indicator_id` = `t29`.`indicator_id`
          AND `t7`.`month` = `t29`.`month`
      ) AS `t31`
    ) AS `t33`
  ) AS `t34`
) AS `t36`
LEFT OUTER JOIN `scorecard_population` AS `t5`
  ON `t36`.`la_code` = `t5`.`la_code` AND `t36`.`month` = `t5`.`month`
