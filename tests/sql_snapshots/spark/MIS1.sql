WITH `t36` AS (
  SELECT
    `t35`.`la_code`,
    `t35`.`indicator_id`,
    `t35`.`month`,
    `t35`.`breakdown`,
    `t35`.`breakdown_value`,
    `t35`.`unit`,
    SUM(`t35`.`_num`) AS `numerator`,
    SUM(`t35`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t34`.`la_code` AS `la_code_right`,
      `t34`.`indicator_id` AS `indicator_id_right`,
      `t34`.`month_index` AS `month_index_right`,
      `t34`.`breakdown`,
      `t34`.`breakdown_value`,
      `t34`.`_num`,
      `t34`.`_den`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('MIS1', 0, 'count') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t32`.`la_code`,
        `t32`.`indicator_id`,
        `t32`.`month_index`,
        `t32`.`breakdown`,
        `t32`.`breakdown_value`,
        SUM(`t32`.`numerator`) AS `_num`,
        SUM(`t32`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t31`.`la_code`,
          'MIS1' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t31`.`month`) * 12
            ) + EXTRACT(month FROM `t31`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t31`.`_part` = 0
            THEN 'all'
            WHEN `t31`.`_part` = 1
            THEN 'age_band'
            WHEN `t31`.`_part` = 2
            THEN 'sex'
            WHEN `t31`.`_part` = 3
            THEN 'ethnicity_group'
            WHEN `t31`.`_part` = 4
            THEN 'disability'
            ELSE NULL
          END AS `breakdown`,
          `t31`.`breakdown_value`,
          `t31`.`numerator`,
          `t31`.`denominator`
        FROM (
          SELECT
            `t30`.`la_code`,
            `t30`.`month`,
            `t30`.`_part`,
            `t30`.`breakdown_value`,
            SUM(`t30`.`numerator`) AS `numerator`,
            SUM(`t30`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t29`.`la_code`,
              `t29`.`month`,
              `t29`.`numerator`,
              `t29`.`denominator`,
              `t29`.`_part`,
              CASE
                WHEN `t29`.`_part` = 1
                THEN COALESCE(`t29`.`age_band`, 'unknown')
                WHEN `t29`.`_part` = 2
                THEN COALESCE(`t29`.`sex`, 'unknown')
                WHEN `t29`.`_part` = 3
                THEN COALESCE(`t29`.`ethnicity_group`, 'unknown')
                WHEN `t29`.`_part` = 4
                THEN COALESCE(`t29`.`disability`, 'unknown')
                ELSE 'all'
              END AS `breakdown_value`
            FROM (
              SELECT
                `t28`.`la_code`,
                `t28`.`month`,
                `t28`.`child_id`,
                `t28`.`record_id`,
                `t28`.`ref_date`,
                `t28`.`numerator`,
                `t28`.`denominator`,
                `t28`.`age_band`,
                `t28`.`sex`,
                `t28`.`ethnicity_group`,
                `t28`.`disability`,
                EXPLODE(ARRAY(0, 1, 2, 3, 4)) AS `_part`
              FROM (
                SELECT
                  `t27`.`la_code`,
                  `t27`.`month`,
                  `t27`.`child_id`,
                  `t27`.`record_id`,
                  `t27`.`ref_date`,
                  `t27`.`numerator`,
                  `t27`.`denominator`,
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
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
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
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
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
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
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
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
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t27`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t27`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t27`.`date_of_birth`)
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
                          EXTRACT(year FROM `t27`.`ref_date`) - EXTRACT(year FROM `t27`.`date_of_birth`)
                        ) - IF(
                          (
                            (
                              EXTRACT(month FROM `t27`.`ref_date`) * 100
                            ) + EXTRACT(day FROM `t27`.`ref_date`)
                          ) < (
                            (
                              EXTRACT(month FROM `t27`.`date_of_birth`) * 100
                            ) + EXTRACT(day FROM `t27`.`date_of_birth`)
                          ),
                          1,
                          0
                        )
                      ) >= 18,
                      '18 and over',
                      'unknown'
                    )
                  ) AS `age_band`,
                  COALESCE(
                    CASE `t27`.`sex` WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE `t27`.`sex` END,
                    'unknown'
                  ) AS `sex`,
                  IF(
                    `t27`.`ethnicity` IN ('REFU', 'NOBT'),
                    'Not known',
                    CASE
                      WHEN SUBSTRING(`t27`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t27`.`ethnicity`)), 1) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(`t27`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t27`.`ethnicity`)), 1) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(`t27`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t27`.`ethnicity`)), 1) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(`t27`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t27`.`ethnicity`)), 1) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(`t27`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t27`.`ethnicity`)), 1) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(`t27`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t27`.`ethnicity`)), 1) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  ) AS `ethnicity_group`,
                  COALESCE(`t27`.`_disabled`, 'Not disabled') AS `disability`
                FROM (
                  SELECT
                    `t26`.`la_code`,
                    `t26`.`month`,
                    `t26`.`child_id`,
                    `t26`.`record_id`,
                    `t26`.`ref_date`,
                    `t26`.`numerator`,
                    `t26`.`denominator`,
                    `t26`.`sex`,
                    `t26`.`ethnicity`,
                    `t26`.`date_of_birth`,
                    `t26`.`_disabled`
                  FROM (
                    SELECT
                      `t23`.`la_code`,
                      `t23`.`month`,
                      `t23`.`child_id`,
                      `t23`.`record_id`,
                      `t23`.`ref_date`,
                      `t23`.`numerator`,
                      `t23`.`denominator`,
                      `t25`.`la_code` AS `la_code_right`,
                      `t25`.`child_id` AS `child_id_right`,
                      `t25`.`sex`,
                      `t25`.`ethnicity`,
                      `t25`.`date_of_birth`,
                      `t25`.`_disabled`
                    FROM (
                      SELECT
                        `t20`.`la_code`,
                        `t20`.`month`,
                        CAST(`t20`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t20`.`child_id` AS STRING) AS `record_id`,
                        CAST(`t20`.`start_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`
                      FROM (
                        SELECT
                          `t15`.`la_code`,
                          `t15`.`child_id`,
                          `t15`.`month`,
                          MIN(`t15`.`start_date`) AS `start_date`
                        FROM (
                          SELECT
                            `t4`.`child_id`,
                            `t4`.`missing_type`,
                            `t4`.`start_date`,
                            `t4`.`end_date`,
                            `t4`.`la_code`,
                            `t4`.`load_id`,
                            DATE_TRUNC('month', `t4`.`start_date`) AS `month`
                          FROM `missing_episode` AS `t4`
                          WHERE
                            `t4`.`start_date` IS NOT NULL
                            AND DATE_TRUNC('month', `t4`.`start_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                        ) AS `t15`
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS `t20`
                    ) AS `t23`
                    LEFT OUTER JOIN (
                      SELECT
                        `t22`.`la_code`,
                        `t22`.`child_id`,
                        `t22`.`sex`,
                        `t22`.`ethnicity`,
                        `t22`.`date_of_birth`,
                        `t22`.`_disabled`
                      FROM (
                        SELECT
                          `t13`.`la_code`,
                          `t13`.`child_id`,
                          `t13`.`sex`,
                          `t13`.`ethnicity`,
                          `t13`.`date_of_birth`,
                          `t18`.`la_code` AS `la_code_right`,
                          `t18`.`child_id` AS `child_id_right`,
                          `t18`.`_disabled`
                        FROM (
                          SELECT
                            `t5`.`la_code`,
                            `t5`.`child_id`,
                            `t5`.`sex`,
                            `t5`.`ethnicity`,
                            `t5`.`date_of_birth`
                          FROM `person` AS `t5`
                        ) AS `t13`
                        LEFT OUTER JOIN (
                          SELECT
                            `t14`.`la_code`,
                            `t14`.`child_id`,
                            'Disabled' AS `_disabled`
                          FROM (
                            SELECT DISTINCT
                              `t6`.`la_code`,
                              `t6`.`child_id`
                            FROM `disability` AS `t6`
                            WHERE
                              `t6`.`disability` <> 'NONE'
                          ) AS `t14`
                        ) AS `t18`
                          ON `t13`.`la_code` = `t18`.`la_code` AND `t13`.`child_id` = `t18`.`child_id`
                      ) AS `t22`
                    ) AS `t25`
                      ON `t23`.`la_code` = `t25`.`la_code` AND `t23`.`child_id` = `t25`.`child_id`
                  ) AS `t26`
                ) AS `t27`
              ) AS `t28`
            ) AS `t29`
          ) AS `t30`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t31`
      ) AS `t32`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t34`
      ON `t34`.`la_code` = `t8`.`la_code`
      AND `t34`.`indicator_id` = `t10`.`indicator_id`
      AND `t34`.`month_index` <= `t9`.`month_index`
      AND `t34`.`month_index` >= (
        `t9`.`month_index` - IF(`t34`.`breakdown` = 'month_alone', 0, `t10`.`months_back`)
      )
  ) AS `t35`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t48`.`la_code`,
  `t48`.`indicator_id`,
  `t48`.`month`,
  `t48`.`breakdown`,
  `t48`.`breakdown_value`,
  `t48`.`numerator`,
  CASE
    WHEN `t48`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t48`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t48`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t48`.`unit` = 'count'
    THEN `t48`.`numerator`
    WHEN `t48`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t48`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t48`.`unit` = 'percent'
    THEN IF(
      `t48`.`denominator` > 0,
      `t48`.`numerator` / `t48`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t48`.`denominator` > 0,
      `t48`.`numerator` / `t48`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
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
        `t19`.`la_code`,
        `t19`.`indicator_id`,
        `t19`.`month`,
        `t19`.`unit`,
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
            ('MIS1', 0, 'count') AS t10(indicator_id, months_back, unit)
        ) AS `t12`
        WHERE
          `t12`.`months_back` > 0
      ) AS `t19`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t36` AS `t37`
        WHERE
          `t37`.`breakdown` = 'month_alone'
      ) AS `t40`
        ON `t19`.`la_code` = `t40`.`la_code`
        AND `t19`.`indicator_id` = `t40`.`indicator_id`
        AND `t19`.`month` = `t40`.`month`
    ) AS `t42`
  ) AS `t44`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t36` AS `t37`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t43`.`la_code`,
        `t43`.`indicator_id`,
        `t43`.`month`,
        `t43`.`breakdown`,
        `t43`.`breakdown_value`,
        `t43`.`unit`,
        `t43`.`numerator`,
        `t43`.`denominator`
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
          ('MIS1', 0, 'count') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t36` AS `t37`
          WHERE
            `t37`.`breakdown` = 'all'
        ) AS `t41`
          ON `t8`.`la_code` = `t41`.`la_code`
          AND `t10`.`indicator_id` = `t41`.`indicator_id`
          AND `t9`.`month` = `t41`.`month`
      ) AS `t43`
    ) AS `t45`
  ) AS `t46`
) AS `t48`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t48`.`la_code` = `t7`.`la_code` AND `t48`.`month` = `t7`.`month`
