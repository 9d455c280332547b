WITH `t41` AS (
  SELECT
    `t40`.`la_code`,
    `t40`.`indicator_id`,
    `t40`.`month`,
    `t40`.`breakdown`,
    `t40`.`breakdown_value`,
    `t40`.`unit`,
    SUM(`t40`.`_num`) AS `numerator`,
    SUM(`t40`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t9`.`la_code`,
      `t10`.`month`,
      `t10`.`month_end`,
      `t10`.`month_index`,
      `t11`.`indicator_id`,
      `t11`.`months_back`,
      `t11`.`unit`,
      `t39`.`breakdown`,
      `t39`.`breakdown_value`,
      `t39`.`_num`,
      `t39`.`_den`,
      `t39`.`_until_index`
    FROM `scorecard_councils` AS `t9`
    CROSS JOIN `scorecard_month_spine` AS `t10`
    CROSS JOIN VALUES
      ('EH1', 0, 'count') AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t37`.`la_code`,
        `t37`.`indicator_id`,
        `t37`.`breakdown`,
        `t37`.`breakdown_value`,
        `t37`.`_num`,
        `t37`.`_den`,
        `t37`.`month_index` + `t37`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t36`.`la_code`,
          `t36`.`indicator_id`,
          `t36`.`month_index`,
          `t36`.`breakdown`,
          `t36`.`breakdown_value`,
          `t36`.`_num`,
          `t36`.`_den`,
          `t16`.`months_back`,
          `t12`.`_offset`
        FROM (
          SELECT
            `t34`.`la_code`,
            `t34`.`indicator_id`,
            `t34`.`month_index`,
            `t34`.`breakdown`,
            `t34`.`breakdown_value`,
            SUM(`t34`.`numerator`) AS `_num`,
            SUM(`t34`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t33`.`la_code`,
              'EH1' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t33`.`month`) * 12
                ) + EXTRACT(month FROM `t33`.`month`)
              ) - 1 AS `month_index`,
              CASE
                WHEN `t33`.`_part` = 0
                THEN 'all'
                WHEN `t33`.`_part` = 1
                THEN 'age_band'
                WHEN `t33`.`_part` = 2
                THEN 'sex'
                WHEN `t33`.`_part` = 3
                THEN 'ethnicity_group'
                WHEN `t33`.`_part` = 4
                THEN 'disability'
                ELSE NULL
              END AS `breakdown`,
              `t33`.`breakdown_value`,
              `t33`.`numerator`,
              `t33`.`denominator`
            FROM (
              SELECT
                `t32`.`la_code`,
                `t32`.`month`,
                `t32`.`_part`,
                `t32`.`breakdown_value`,
                SUM(`t32`.`numerator`) AS `numerator`,
                SUM(`t32`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t31`.`la_code`,
                  `t31`.`month`,
                  `t31`.`numerator`,
                  `t31`.`denominator`,
                  `t31`.`_part`,
                  CASE
                    WHEN `t31`.`_part` = 1
                    THEN COALESCE(`t31`.`age_band`, 'unknown')
                    WHEN `t31`.`_part` = 2
                    THEN COALESCE(`t31`.`sex`, 'unknown')
                    WHEN `t31`.`_part` = 3
                    THEN COALESCE(`t31`.`ethnicity_group`, 'unknown')
                    WHEN `t31`.`_part` = 4
                    THEN COALESCE(`t31`.`disability`, 'unknown')
                    ELSE 'all'
                  END AS `breakdown_value`
                FROM (
                  SELECT
                    `t30`.`la_code`,
                    `t30`.`month`,
                    `t30`.`child_id`,
                    `t30`.`record_id`,
                    `t30`.`ref_date`,
                    `t30`.`numerator`,
                    `t30`.`denominator`,
                    `t30`.`age_band`,
                    `t30`.`sex`,
                    `t30`.`ethnicity_group`,
                    `t30`.`disability`,
                    EXPLODE(ARRAY(0, 1, 2, 3, 4)) AS `_part`
                  FROM (
                    SELECT
                      `t29`.`la_code`,
                      `t29`.`month`,
                      `t29`.`child_id`,
                      `t29`.`record_id`,
                      `t29`.`ref_date`,
                      `t29`.`numerator`,
                      `t29`.`denominator`,
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) < 1
                          )
                          THEN 'under 1'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) < 5
                          )
                          THEN '1-4'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) < 10
                          )
                          THEN '5-9'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) < 16
                          )
                          THEN '10-15'
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t29`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t29`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t29`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t29`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) < 18
                          )
                          THEN '16-17'
                          ELSE CAST(NULL AS STRING)
                        END,
                        IF(
                          (
                            (
                              EXTRACT(year FROM `t29`.`ref_date`) - EXTRACT(year FROM `t29`.`_born`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t29`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t29`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t29`.`_born`) * 100
                                ) + EXTRACT(day FROM `t29`.`_born`)
                              ),
                              1,
                              0
                            )
                          ) >= 18,
                          '18 and over',
                          'unknown'
                        )
                      ) AS `age_band`,
                      COALESCE(`t29`.`sex`, 'unknown') AS `sex`,
                      COALESCE(`t29`.`ethnicity_group`, 'Not known') AS `ethnicity_group`,
                      COALESCE(`t29`.`disability`, 'Not disabled') AS `disability`
                    FROM (
                      SELECT
                        `t28`.`la_code`,
                        `t28`.`month`,
                        `t28`.`child_id`,
                        `t28`.`record_id`,
                        `t28`.`ref_date`,
                        `t28`.`numerator`,
                        `t28`.`denominator`,
                        `t28`.`_born`,
                        `t28`.`sex`,
                        `t28`.`ethnicity_group`,
                        `t28`.`disability`
                      FROM (
                        SELECT
                          `t19`.`la_code`,
                          `t19`.`month`,
                          `t19`.`child_id`,
                          `t19`.`record_id`,
                          `t19`.`ref_date`,
                          `t19`.`numerator`,
                          `t19`.`denominator`,
                          `t27`.`la_code` AS `la_code_right`,
                          `t27`.`child_id` AS `child_id_right`,
                          `t27`.`_born`,
                          `t27`.`sex`,
                          `t27`.`ethnicity_group`,
                          `t27`.`disability`
                        FROM (
                          SELECT
                            `t5`.`la_code`,
                            DATE_TRUNC('month', `t5`.`start_date`) AS `month`,
                            CAST(`t5`.`child_id` AS STRING) AS `child_id`,
                            CAST(`t5`.`episode_id` AS STRING) AS `record_id`,
                            CAST(`t5`.`start_date` AS DATE) AS `ref_date`,
                            1.0 AS `numerator`,
                            1.0 AS `denominator`
                          FROM `early_help_episode` AS `t5`
                          WHERE
                            `t5`.`start_date` IS NOT NULL
                            AND DATE_TRUNC('month', `t5`.`start_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                        ) AS `t19`
                        LEFT OUTER JOIN (
                          SELECT
                            `t25`.`la_code`,
                            `t25`.`child_id`,
                            `t25`.`date_of_birth` AS `_born`,
                            CASE `t25`.`sex` WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE `t25`.`sex` END AS `sex`,
                            IF(
                              `t25`.`ethnicity` IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING(`t25`.`ethnicity`, IF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t25`.`ethnicity`)), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING(`t25`.`ethnicity`, IF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t25`.`ethnicity`)), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING(`t25`.`ethnicity`, IF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t25`.`ethnicity`)), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING(`t25`.`ethnicity`, IF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t25`.`ethnicity`)), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING(`t25`.`ethnicity`, IF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t25`.`ethnicity`)), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING(`t25`.`ethnicity`, IF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t25`.`ethnicity`)), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS `ethnicity_group`,
                            `t25`.`_disabled` AS `disability`
                          FROM (
                            SELECT
                              `t24`.`child_id`,
                              `t24`.`upn`,
                              `t24`.`sex`,
                              `t24`.`date_of_birth`,
                              `t24`.`expected_date_of_birth`,
                              `t24`.`ethnicity`,
                              `t24`.`date_of_death`,
                              `t24`.`la_code`,
                              `t24`.`load_id`,
                              `t24`.`_disabled`
                            FROM (
                              SELECT
                                `t13`.`child_id`,
                                `t13`.`upn`,
                                `t13`.`sex`,
                                `t13`.`date_of_birth`,
                                `t13`.`expected_date_of_birth`,
                                `t13`.`ethnicity`,
                                `t13`.`date_of_death`,
                                `t13`.`la_code`,
                                `t13`.`load_id`,
                                `t22`.`la_code` AS `la_code_right`,
                                `t22`.`child_id` AS `child_id_right`,
                                `t22`.`_disabled`
                              FROM `person` AS `t13`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t17`.`la_code`,
                                  `t17`.`child_id`,
                                  'Disabled' AS `_disabled`
                                FROM (
                                  SELECT DISTINCT
                                    `t7`.`la_code`,
                                    `t7`.`child_id`
                                  FROM `disability` AS `t7`
                                  WHERE
                                    `t7`.`disability` <> 'NONE'
                                ) AS `t17`
                              ) AS `t22`
                                ON `t13`.`la_code` = `t22`.`la_code` AND `t13`.`child_id` = `t22`.`child_id`
                            ) AS `t24`
                          ) AS `t25`
                        ) AS `t27`
                          ON `t19`.`la_code` = `t27`.`la_code` AND `t19`.`child_id` = `t27`.`child_id`
                      ) AS `t28`
                    ) AS `t29`
                  ) AS `t30`
                ) AS `t31`
              ) AS `t32`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t33`
          ) AS `t34`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t36`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('EH1', 0, 'count') AS t3(indicator_id, months_back, unit)
        ) AS `t16`
          ON `t36`.`indicator_id` = `t16`.`indicator_id`
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
          (35) AS t12(_offset)
      ) AS `t37`
      WHERE
        `t37`.`_offset` <= IF(`t37`.`breakdown` = 'month_alone', 0, `t37`.`months_back`)
    ) AS `t39`
      ON `t39`.`la_code` = `t9`.`la_code`
      AND `t39`.`indicator_id` = `t11`.`indicator_id`
      AND `t39`.`_until_index` = `t10`.`month_index`
  ) AS `t40`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t53`.`la_code`,
  `t53`.`indicator_id`,
  `t53`.`month`,
  `t53`.`breakdown`,
  `t53`.`breakdown_value`,
  `t53`.`numerator`,
  CASE
    WHEN `t53`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t53`.`unit` = 'rate'
    THEN CAST(`t8`.`population` AS DOUBLE)
    ELSE `t53`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t53`.`unit` = 'count'
    THEN `t53`.`numerator`
    WHEN `t53`.`unit` = 'rate'
    THEN IF(
      CAST(`t8`.`population` AS DOUBLE) > 0,
      (
        `t53`.`numerator` * 10000
      ) / CAST(`t8`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t53`.`unit` = 'percent'
    THEN IF(
      `t53`.`denominator` > 0,
      `t53`.`numerator` / `t53`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t53`.`denominator` > 0,
      `t53`.`numerator` / `t53`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t47`.`la_code`,
      `t47`.`indicator_id`,
      `t47`.`month`,
      `t47`.`breakdown`,
      `t47`.`breakdown_value`,
      `t47`.`unit`,
      `t47`.`numerator`,
      `t47`.`denominator`
    FROM (
      SELECT
        `t23`.`la_code`,
        `t23`.`indicator_id`,
        `t23`.`month`,
        `t23`.`unit`,
        'month_alone' AS `breakdown`,
        'all' AS `breakdown_value`,
        0.0 AS `numerator`,
        0.0 AS `denominator`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t9`.`la_code`,
            `t10`.`month`,
            `t10`.`month_end`,
            `t10`.`month_index`,
            `t11`.`indicator_id`,
            `t11`.`months_back`,
            `t11`.`unit`
          FROM `scorecard_councils` AS `t9`
          CROSS JOIN `scorecard_month_spine` AS `t10`
          CROSS JOIN VALUES
            ('EH1', 0, 'count') AS t11(indicator_id, months_back, unit)
        ) AS `t15`
        WHERE
          `t15`.`months_back` > 0
      ) AS `t23`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t41` AS `t42`
        WHERE
          `t42`.`breakdown` = 'month_alone'
      ) AS `t45`
        ON `t23`.`la_code` = `t45`.`la_code`
        AND `t23`.`indicator_id` = `t45`.`indicator_id`
        AND `t23`.`month` = `t45`.`month`
    ) AS `t47`
  ) AS `t49`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t41` AS `t42`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t48`.`la_code`,
        `t48`.`indicator_id`,
        `t48`.`month`,
        `t48`.`breakdown`,
        `t48`.`breakdown_value`,
        `t48`.`unit`,
        `t48`.`numerator`,
        `t48`.`denominator`
      FROM (
        SELECT
          `t9`.`la_code`,
          `t11`.`indicator_id`,
          `t10`.`month`,
          `t11`.`unit`,
          'all' AS `breakdown`,
          'all' AS `breakdown_value`,
          0.0 AS `numerator`,
          0.0 AS `denominator`
        FROM `scorecard_councils` AS `t9`
        CROSS JOIN `scorecard_month_spine` AS `t10`
        CROSS JOIN VALUES
          ('EH1', 0, 'count') AS t11(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t41` AS `t42`
          WHERE
            `t42`.`breakdown` = 'all'
        ) AS `t46`
          ON `t9`.`la_code` = `t46`.`la_code`
          AND `t11`.`indicator_id` = `t46`.`indicator_id`
          AND `t10`.`month` = `t46`.`month`
      ) AS `t48`
    ) AS `t50`
  ) AS `t51`
) AS `t53`
LEFT OUTER JOIN `scorecard_population` AS `t8`
  ON `t53`.`la_code` = `t8`.`la_code` AND `t53`.`month` = `t8`.`month`
