WITH `t39` AS (
  SELECT
    `t38`.`la_code`,
    `t38`.`indicator_id`,
    `t38`.`month`,
    `t38`.`breakdown`,
    `t38`.`breakdown_value`,
    `t38`.`unit`,
    SUM(`t38`.`_num`) AS `numerator`,
    SUM(`t38`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t37`.`la_code` AS `la_code_right`,
      `t37`.`indicator_id` AS `indicator_id_right`,
      `t37`.`month_index` AS `month_index_right`,
      `t37`.`breakdown`,
      `t37`.`breakdown_value`,
      `t37`.`_num`,
      `t37`.`_den`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('CLA4', 0, 'count') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t35`.`la_code`,
        `t35`.`indicator_id`,
        `t35`.`month_index`,
        `t35`.`breakdown`,
        `t35`.`breakdown_value`,
        SUM(`t35`.`numerator`) AS `_num`,
        SUM(`t35`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t34`.`la_code`,
          'CLA4' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t34`.`month`) * 12
            ) + EXTRACT(month FROM `t34`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t34`.`_part` = 0
            THEN 'all'
            WHEN `t34`.`_part` = 1
            THEN 'reason_ceased'
            WHEN `t34`.`_part` = 2
            THEN 'age_band'
            WHEN `t34`.`_part` = 3
            THEN 'sex'
            WHEN `t34`.`_part` = 4
            THEN 'ethnicity_group'
            WHEN `t34`.`_part` = 5
            THEN 'disability'
            ELSE NULL
          END AS `breakdown`,
          `t34`.`breakdown_value`,
          `t34`.`numerator`,
          `t34`.`denominator`
        FROM (
          SELECT
            `t33`.`la_code`,
            `t33`.`month`,
            `t33`.`_part`,
            `t33`.`breakdown_value`,
            SUM(`t33`.`numerator`) AS `numerator`,
            SUM(`t33`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t32`.`la_code`,
              `t32`.`month`,
              `t32`.`numerator`,
              `t32`.`denominator`,
              `t32`.`_part`,
              CASE
                WHEN `t32`.`_part` = 1
                THEN COALESCE(`t32`.`reason_ceased`, 'unknown')
                WHEN `t32`.`_part` = 2
                THEN COALESCE(`t32`.`age_band`, 'unknown')
                WHEN `t32`.`_part` = 3
                THEN COALESCE(`t32`.`sex`, 'unknown')
                WHEN `t32`.`_part` = 4
                THEN COALESCE(`t32`.`ethnicity_group`, 'unknown')
                WHEN `t32`.`_part` = 5
                THEN COALESCE(`t32`.`disability`, 'unknown')
                ELSE 'all'
              END AS `breakdown_value`
            FROM (
              SELECT
                `t31`.`la_code`,
                `t31`.`month`,
                `t31`.`child_id`,
                `t31`.`record_id`,
                `t31`.`ref_date`,
                `t31`.`numerator`,
                `t31`.`denominator`,
                `t31`.`reason_ceased`,
                `t31`.`age_band`,
                `t31`.`sex`,
                `t31`.`ethnicity_group`,
                `t31`.`disability`,
                EXPLODE(ARRAY(0, 1, 2, 3, 4, 5)) AS `_part`
              FROM (
                SELECT
                  `t30`.`la_code`,
                  `t30`.`month`,
                  `t30`.`child_id`,
                  `t30`.`record_id`,
                  `t30`.`ref_date`,
                  `t30`.`numerator`,
                  `t30`.`denominator`,
                  `t30`.`reason_ceased`,
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
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
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
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
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
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
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
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
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t30`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t30`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t30`.`date_of_birth`)
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
                          EXTRACT(year FROM `t30`.`ref_date`) - EXTRACT(year FROM `t30`.`date_of_birth`)
                        ) - IF(
                          (
                            (
                              EXTRACT(month FROM `t30`.`ref_date`) * 100
                            ) + EXTRACT(day FROM `t30`.`ref_date`)
                          ) < (
                            (
                              EXTRACT(month FROM `t30`.`date_of_birth`) * 100
                            ) + EXTRACT(day FROM `t30`.`date_of_birth`)
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
                    CASE `t30`.`sex` WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE `t30`.`sex` END,
                    'unknown'
                  ) AS `sex`,
                  IF(
                    `t30`.`ethnicity` IN ('REFU', 'NOBT'),
                    'Not known',
                    CASE
                      WHEN SUBSTRING(`t30`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t30`.`ethnicity`)), 1) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(`t30`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t30`.`ethnicity`)), 1) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(`t30`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t30`.`ethnicity`)), 1) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(`t30`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t30`.`ethnicity`)), 1) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(`t30`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t30`.`ethnicity`)), 1) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(`t30`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t30`.`ethnicity`)), 1) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  ) AS `ethnicity_group`,
                  COALESCE(`t30`.`_disabled`, 'Not disabled') AS `disability`
                FROM (
                  SELECT
                    `t29`.`la_code`,
                    `t29`.`month`,
                    `t29`.`child_id`,
                    `t29`.`record_id`,
                    `t29`.`ref_date`,
                    `t29`.`numerator`,
                    `t29`.`denominator`,
                    `t29`.`reason_ceased`,
                    `t29`.`sex`,
                    `t29`.`ethnicity`,
                    `t29`.`date_of_birth`,
                    `t29`.`_disabled`
                  FROM (
                    SELECT
                      `t28`.`la_code`,
                      `t28`.`month`,
                      `t28`.`child_id`,
                      `t28`.`record_id`,
                      `t28`.`ref_date`,
                      `t28`.`numerator`,
                      `t28`.`denominator`,
                      `t28`.`reason_ceased`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t26`.`la_code`,
                        DATE_TRUNC('month', `t26`.`end_date`) AS `month`,
                        CAST(`t26`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t26`.`child_id` AS STRING) AS `record_id`,
                        `t26`.`end_date` AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t26`.`reason_ceased`
                      FROM (
                        SELECT
                          `t25`.`child_id`,
                          `t25`.`start_date`,
                          `t25`.`reason_new_episode`,
                          `t25`.`legal_status`,
                          `t25`.`category_of_need`,
                          `t25`.`placement_type`,
                          `t25`.`placement_provider`,
                          `t25`.`end_date`,
                          `t25`.`reason_ceased`,
                          `t25`.`reason_place_change`,
                          `t25`.`home_postcode`,
                          `t25`.`placement_postcode`,
                          `t25`.`urn`,
                          `t25`.`placed_outside_council`,
                          `t25`.`la_code`,
                          `t25`.`load_id`,
                          `t25`.`period_start`,
                          `t25`.`period_start_seen`,
                          `t25`.`placement_start`,
                          `t25`.`short_break`,
                          `t25`.`previous_placement_start`,
                          `t25`.`period_end`
                        FROM (
                          SELECT
                            `t24`.`child_id`,
                            `t24`.`start_date`,
                            `t24`.`reason_new_episode`,
                            `t24`.`legal_status`,
                            `t24`.`category_of_need`,
                            `t24`.`placement_type`,
                            `t24`.`placement_provider`,
                            `t24`.`end_date`,
                            `t24`.`reason_ceased`,
                            `t24`.`reason_place_change`,
                            `t24`.`home_postcode`,
                            `t24`.`placement_postcode`,
                            `t24`.`urn`,
                            `t24`.`placed_outside_council`,
                            `t24`.`la_code`,
                            `t24`.`load_id`,
                            `t24`.`period_start`,
                            `t24`.`period_start_seen`,
                            `t24`.`placement_start`,
                            `t24`.`_move`,
                            `t24`.`short_break`,
                            `t24`.`_previous`,
                            MAX(`t24`.`_previous`) OVER (
                              PARTITION BY `t24`.`la_code`, `t24`.`child_id`
                              ORDER BY `t24`.`start_date` ASC NULLS LAST
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS `previous_placement_start`,
                            IF(
                              BOOL_OR(`t24`.`end_date` IS NULL) OVER (
                                PARTITION BY `t24`.`la_code`, `t24`.`child_id`, `t24`.`period_start`
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              ),
                              CAST(NULL AS DATE),
                              MAX(`t24`.`end_date`) OVER (
                                PARTITION BY `t24`.`la_code`, `t24`.`child_id`, `t24`.`period_start`
                                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                              )
                            ) AS `period_end`
                          FROM (
                            SELECT
                              `t20`.`child_id`,
                              `t20`.`start_date`,
                              `t20`.`reason_new_episode`,
                              `t20`.`legal_status`,
                              `t20`.`category_of_need`,
                              `t20`.`placement_type`,
                              `t20`.`placement_provider`,
                              `t20`.`end_date`,
                              `t20`.`reason_ceased`,
                              `t20`.`reason_place_change`,
                              `t20`.`home_postcode`,
                              `t20`.`placement_postcode`,
                              `t20`.`urn`,
                              `t20`.`placed_outside_council`,
                              `t20`.`la_code`,
                              `t20`.`load_id`,
                              `t20`.`period_start`,
                              `t20`.`period_start_seen`,
                              `t20`.`placement_start`,
                              `t20`.`_move`,
                              `t20`.`short_break`,
                              IF(
                                `t20`.`_move` IS NOT NULL,
                                LAG(`t20`.`placement_start`) OVER (
                                  PARTITION BY `t20`.`la_code`, `t20`.`child_id`
                                  ORDER BY `t20`.`start_date` ASC NULLS LAST
                                ),
                                CAST(NULL AS DATE)
                              ) AS `_previous`
                            FROM (
                              SELECT
                                `t14`.`child_id`,
                                `t14`.`start_date`,
                                `t14`.`reason_new_episode`,
                                `t14`.`legal_status`,
                                `t14`.`category_of_need`,
                                `t14`.`placement_type`,
                                `t14`.`placement_provider`,
                                `t14`.`end_date`,
                                `t14`.`reason_ceased`,
                                `t14`.`reason_place_change`,
                                `t14`.`home_postcode`,
                                `t14`.`placement_postcode`,
                                `t14`.`urn`,
                                `t14`.`placed_outside_council`,
                                `t14`.`la_code`,
                                `t14`.`load_id`,
                                COALESCE(
                                  MAX(IF(`t14`.`reason_new_episode` = 'S', `t14`.`start_date`, CAST(NULL AS DATE))) OVER (
                                    PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                                    ORDER BY `t14`.`start_date` ASC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  MIN(`t14`.`start_date`) OVER (
                                    PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS `period_start`,
                                MAX(IF(`t14`.`reason_new_episode` = 'S', `t14`.`start_date`, CAST(NULL AS DATE))) OVER (
                                  PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                                  ORDER BY `t14`.`start_date` ASC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) IS NOT NULL AS `period_start_seen`,
                                COALESCE(
                                  MAX(
                                    IF(
                                      `t14`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                      `t14`.`start_date`,
                                      CAST(NULL AS DATE)
                                    )
                                  ) OVER (
                                    PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                                    ORDER BY `t14`.`start_date` ASC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ),
                                  MIN(`t14`.`start_date`) OVER (
                                    PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS `placement_start`,
                                IF(
                                  `t14`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                  `t14`.`start_date`,
                                  CAST(NULL AS DATE)
                                ) AS `_move`,
                                `t14`.`legal_status` IN ('V3', 'V4') AS `short_break`
                              FROM (
                                SELECT
                                  *
                                FROM `looked_after_episode` AS `t5`
                                WHERE
                                  `t5`.`start_date` IS NOT NULL
                              ) AS `t14`
                            ) AS `t20`
                          ) AS `t24`
                        ) AS `t25`
                      ) AS `t26`
                      WHERE
                        `t26`.`reason_ceased` IS NOT NULL
                        AND `t26`.`reason_ceased` <> 'X1'
                        AND NOT (
                          `t26`.`short_break`
                        )
                        AND `t26`.`end_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t26`.`end_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t28`
                    LEFT OUTER JOIN (
                      SELECT
                        `t21`.`la_code`,
                        `t21`.`child_id`,
                        `t21`.`sex`,
                        `t21`.`ethnicity`,
                        `t21`.`date_of_birth`,
                        `t21`.`_disabled`
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
                            `t4`.`la_code`,
                            `t4`.`child_id`,
                            `t4`.`sex`,
                            `t4`.`ethnicity`,
                            `t4`.`date_of_birth`
                          FROM `person` AS `t4`
                        ) AS `t13`
                        LEFT OUTER JOIN (
                          SELECT
                            `t15`.`la_code`,
                            `t15`.`child_id`,
                            'Disabled' AS `_disabled`
                          FROM (
                            SELECT DISTINCT
                              `t6`.`la_code`,
                              `t6`.`child_id`
                            FROM `disability` AS `t6`
                            WHERE
                              `t6`.`disability` <> 'NONE'
                          ) AS `t15`
                        ) AS `t18`
                          ON `t13`.`la_code` = `t18`.`la_code` AND `t13`.`child_id` = `t18`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t28`.`la_code` = `t23`.`la_code` AND `t28`.`child_id` = `t23`.`child_id`
                  ) AS `t29`
                ) AS `t30`
              ) AS `t31`
            ) AS `t32`
          ) AS `t33`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t34`
      ) AS `t35`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t37`
      ON `t37`.`la_code` = `t8`.`la_code`
      AND `t37`.`indicator_id` = `t10`.`indicator_id`
      AND `t37`.`month_index` <= `t9`.`month_index`
      AND `t37`.`month_index` >= (
        `t9`.`month_index` - IF(`t37`.`breakdown` = 'month_alone', 0, `t10`.`months_back`)
      )
  ) AS `t38`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t51`.`la_code`,
  `t51`.`indicator_id`,
  `t51`.`month`,
  `t51`.`breakdown`,
  `t51`.`breakdown_value`,
  `t51`.`numerator`,
  CASE
    WHEN `t51`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t51`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t51`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t51`.`unit` = 'count'
    THEN `t51`.`numerator`
    WHEN `t51`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t51`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t51`.`unit` = 'percent'
    THEN IF(
      `t51`.`denominator` > 0,
      `t51`.`numerator` / `t51`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t51`.`denominator` > 0,
      `t51`.`numerator` / `t51`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t45`.`la_code`,
      `t45`.`indicator_id`,
      `t45`.`month`,
      `t45`.`breakdown`,
      `t45`.`breakdown_value`,
      `t45`.`unit`,
      `t45`.`numerator`,
      `t45`.`denominator`
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
            ('CLA4', 0, 'count') AS t10(indicator_id, months_back, unit)
        ) AS `t12`
        WHERE
          `t12`.`months_back` > 0
      ) AS `t19`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t39` AS `t40`
        WHERE
          `t40`.`breakdown` = 'month_alone'
      ) AS `t43`
        ON `t19`.`la_code` = `t43`.`la_code`
        AND `t19`.`indicator_id` = `t43`.`indicator_id`
        AND `t19`.`month` = `t43`.`month`
    ) AS `t45`
  ) AS `t47`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t39` AS `t40`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t46`.`la_code`,
        `t46`.`indicator_id`,
        `t46`.`month`,
        `t46`.`breakdown`,
        `t46`.`breakdown_value`,
        `t46`.`unit`,
        `t46`.`numerator`,
        `t46`.`denominator`
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
          ('CLA4', 0, 'count') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t39` AS `t40`
          WHERE
            `t40`.`breakdown` = 'all'
        ) AS `t44`
          ON `t8`.`la_code` = `t44`.`la_code`
          AND `t10`.`indicator_id` = `t44`.`indicator_id`
          AND `t9`.`month` = `t44`.`month`
      ) AS `t46`
    ) AS `t48`
  ) AS `t49`
) AS `t51`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t51`.`la_code` = `t7`.`la_code` AND `t51`.`month` = `t7`.`month`
