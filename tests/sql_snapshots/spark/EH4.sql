WITH `t16` AS (
  SELECT
    `t5`.`referral_id`,
    `t5`.`child_id`,
    `t5`.`referral_date`,
    `t5`.`referral_source`,
    `t5`.`primary_need`,
    `t5`.`referral_nfa`,
    `t5`.`closure_date`,
    `t5`.`closure_reason`,
    `t5`.`team`,
    `t5`.`la_code`,
    `t5`.`load_id`,
    DATE_TRUNC('month', `t5`.`referral_date`) AS `month`
  FROM `cin_episode` AS `t5`
  WHERE
    `t5`.`referral_date` IS NOT NULL
    AND DATE_TRUNC('month', `t5`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
), `t35` AS (
  SELECT
    `t34`.`la_code`,
    `t34`.`indicator_id`,
    `t34`.`month`,
    `t34`.`breakdown`,
    `t34`.`breakdown_value`,
    `t34`.`unit`,
    SUM(`t34`.`_num`) AS `numerator`,
    SUM(`t34`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t33`.`breakdown`,
      `t33`.`breakdown_value`,
      `t33`.`_num`,
      `t33`.`_den`,
      `t33`.`_until_index`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('EH4', 0, 'count') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t31`.`la_code`,
        `t31`.`indicator_id`,
        `t31`.`breakdown`,
        `t31`.`breakdown_value`,
        `t31`.`_num`,
        `t31`.`_den`,
        `t31`.`month_index` + `t31`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t30`.`la_code`,
          `t30`.`indicator_id`,
          `t30`.`month_index`,
          `t30`.`breakdown`,
          `t30`.`breakdown_value`,
          `t30`.`_num`,
          `t30`.`_den`,
          `t14`.`months_back`,
          `t11`.`_offset`
        FROM (
          SELECT
            `t28`.`la_code`,
            `t28`.`indicator_id`,
            `t28`.`month_index`,
            `t28`.`breakdown`,
            `t28`.`breakdown_value`,
            SUM(`t28`.`numerator`) AS `_num`,
            SUM(`t28`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t27`.`la_code`,
              'EH4' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t27`.`month`) * 12
                ) + EXTRACT(month FROM `t27`.`month`)
              ) - 1 AS `month_index`,
              'all' AS `breakdown`,
              `t27`.`breakdown_value`,
              `t27`.`numerator`,
              `t27`.`denominator`
            FROM (
              SELECT
                `t26`.`la_code`,
                `t26`.`month`,
                `t26`.`_part`,
                `t26`.`breakdown_value`,
                SUM(`t26`.`numerator`) AS `numerator`,
                SUM(`t26`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`month`,
                  1.0 AS `numerator`,
                  1.0 AS `denominator`,
                  0 AS `_part`,
                  'all' AS `breakdown_value`
                FROM (
                  SELECT
                    *
                  FROM `t16` AS `t18`
                  WHERE
                    `t18`.`referral_id` IN (
                      SELECT
                        `t23`.`referral_id`
                      FROM (
                        SELECT DISTINCT
                          *
                        FROM (
                          SELECT
                            `t20`.`la_code`,
                            `t20`.`referral_id`
                          FROM `t16` AS `t20`
                          INNER JOIN (
                            SELECT
                              *
                            FROM `early_help_episode` AS `t6`
                            WHERE
                              `t6`.`start_date` IS NOT NULL
                          ) AS `t17`
                            ON `t20`.`la_code` = `t17`.`la_code`
                            AND `t20`.`child_id` = `t17`.`child_id`
                            AND `t17`.`start_date` <= `t20`.`referral_date`
                            AND COALESCE(`t17`.`end_date`, MAKE_DATE(9999, 12, 31)) >= (
                              `t20`.`referral_date` - INTERVAL '3' MONTH
                            )
                        ) AS `t22`
                      ) AS `t23`
                    )
                ) AS `t25`
              ) AS `t26`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t27`
          ) AS `t28`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t30`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('EH4', 0, 'count') AS t3(indicator_id, months_back, unit)
        ) AS `t14`
          ON `t30`.`indicator_id` = `t14`.`indicator_id`
        CROSS JOIN VALUES
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
          (35) AS t11(_offset)
      ) AS `t31`
      WHERE
        `t31`.`_offset` <= IF(`t31`.`breakdown` = 'month_alone', 0, `t31`.`months_back`)
    ) AS `t33`
      ON `t33`.`la_code` = `t8`.`la_code`
      AND `t33`.`indicator_id` = `t10`.`indicator_id`
      AND `t33`.`_until_index` = `t9`.`month_index`
  ) AS `t34`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t47`.`la_code`,
  `t47`.`indicator_id`,
  `t47`.`month`,
  `t47`.`breakdown`,
  `t47`.`breakdown_value`,
  `t47`.`numerator`,
  CASE
    WHEN `t47`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t47`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t47`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t47`.`unit` = 'count'
    THEN `t47`.`numerator`
    WHEN `t47`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t47`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t47`.`unit` = 'percent'
    THEN IF(
      `t47`.`denominator` > 0,
      `t47`.`numerator` / `t47`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t47`.`denominator` > 0,
      `t47`.`numerator` / `t47`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t41`.`la_code`,
      `t41`.`indicator_id`,
      `t41`.`month`,
      `t41`.`breakdown`,
      `t41`.`breakdown_value`,
      `t41`.`unit`,
      `t41`.`numerator`,
      `t41`.`denominator`
    FROM (
      SELECT
        `t21`.`la_code`,
        `t21`.`indicator_id`,
        `t21`.`month`,
        `t21`.`unit`,
        'month_alone' AS `breakdown`,
        'all' AS `breakdown_value`,
        0.0 AS `numerator`,
        0.0 AS `denominator`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t8`.`la_code`,
            `t9`.`month`,
            `t9`.`month_end`,
            `t9`.`month_index`,
            `t10`.`indicator_id`,
            `t10`.`months_back`,
            `t10`.`unit`
          FROM `scorecard_councils` AS `t8`
          CROSS JOIN `scorecard_month_spine` AS `t9`
          CROSS JOIN VALUES
            ('EH4', 0, 'count') AS t10(indicator_id, months_back, unit)
        ) AS `t13`
        WHERE
          `t13`.`months_back` > 0
      ) AS `t21`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t35` AS `t36`
        WHERE
          `t36`.`breakdown` = 'month_alone'
      ) AS `t39`
        ON `t21`.`la_code` = `t39`.`la_code`
        AND `t21`.`indicator_id` = `t39`.`indicator_id`
        AND `t21`.`month` = `t39`.`month`
    ) AS `t41`
  ) AS `t43`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t35` AS `t36`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t42`.`la_code`,
        `t42`.`indicator_id`,
        `t42`.`month`,
        `t42`.`breakdown`,
        `t42`.`breakdown_value`,
        `t42`.`unit`,
        `t42`.`numerator`,
        `t42`.`denominator`
      FROM (
        SELECT
          `t8`.`la_code`,
          `t10`.`indicator_id`,
          `t9`.`month`,
          `t10`.`unit`,
          'all' AS `breakdown`,
          'all' AS `breakdown_value`,
          0.0 AS `numerator`,
          0.0 AS `denominator`
        FROM `scorecard_councils` AS `t8`
        CROSS JOIN `scorecard_month_spine` AS `t9`
        CROSS JOIN VALUES
          ('EH4', 0, 'count') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t35` AS `t36`
          WHERE
            `t36`.`breakdown` = 'all'
        ) AS `t40`
          ON `t8`.`la_code` = `t40`.`la_code`
          AND `t10`.`indicator_id` = `t40`.`indicator_id`
          AND `t9`.`month` = `t40`.`month`
      ) AS `t42`
    ) AS `t44`
  ) AS `t45`
) AS `t47`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t47`.`la_code` = `t7`.`la_code` AND `t47`.`month` = `t7`.`month`
