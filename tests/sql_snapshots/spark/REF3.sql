WITH `t29` AS (
  SELECT
    `t28`.`la_code`,
    `t28`.`indicator_id`,
    `t28`.`month`,
    `t28`.`breakdown`,
    `t28`.`breakdown_value`,
    `t28`.`unit`,
    SUM(`t28`.`_num`) AS `numerator`,
    SUM(`t28`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t7`.`la_code`,
      `t8`.`month`,
      `t8`.`month_end`,
      `t8`.`month_index`,
      `t9`.`indicator_id`,
      `t9`.`months_back`,
      `t9`.`unit`,
      `t27`.`la_code` AS `la_code_right`,
      `t27`.`indicator_id` AS `indicator_id_right`,
      `t27`.`month_index` AS `month_index_right`,
      `t27`.`breakdown`,
      `t27`.`breakdown_value`,
      `t27`.`_num`,
      `t27`.`_den`
    FROM `scorecard_councils` AS `t7`
    CROSS JOIN `scorecard_month_spine` AS `t8`
    CROSS JOIN VALUES
      ('REF3', 11, 'percent') AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t25`.`la_code`,
        `t25`.`indicator_id`,
        `t25`.`month_index`,
        `t25`.`breakdown`,
        `t25`.`breakdown_value`,
        SUM(`t25`.`numerator`) AS `_num`,
        SUM(`t25`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t24`.`la_code`,
          'REF3' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t24`.`month`) * 12
            ) + EXTRACT(month FROM `t24`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t24`.`_part` = 0
            THEN 'all'
            WHEN `t24`.`_part` = 1
            THEN 'referral_source'
            WHEN `t24`.`_part` = 2
            THEN 'team'
            WHEN `t24`.`_part` = 3
            THEN 'age_band'
            WHEN `t24`.`_part` = 4
            THEN 'month_alone'
            ELSE NULL
          END AS `breakdown`,
          `t24`.`breakdown_value`,
          `t24`.`numerator`,
          `t24`.`denominator`
        FROM (
          SELECT
            `t23`.`la_code`,
            `t23`.`month`,
            `t23`.`_part`,
            `t23`.`breakdown_value`,
            SUM(`t23`.`numerator`) AS `numerator`,
            SUM(`t23`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t22`.`la_code`,
              `t22`.`month`,
              `t22`.`numerator`,
              `t22`.`denominator`,
              `t22`.`_part`,
              CASE
                WHEN `t22`.`_part` = 1
                THEN COALESCE(`t22`.`referral_source`, 'unknown')
                WHEN `t22`.`_part` = 2
                THEN COALESCE(`t22`.`team`, 'unknown')
                WHEN `t22`.`_part` = 3
                THEN COALESCE(`t22`.`age_band`, 'unknown')
                ELSE 'all'
              END AS `breakdown_value`
            FROM (
              SELECT
                `t21`.`la_code`,
                `t21`.`month`,
                `t21`.`child_id`,
                `t21`.`record_id`,
                `t21`.`ref_date`,
                `t21`.`numerator`,
                `t21`.`denominator`,
                `t21`.`referral_source`,
                `t21`.`team`,
                `t21`.`age_band`,
                EXPLODE(ARRAY(0, 1, 2, 3, 4)) AS `_part`
              FROM (
                SELECT
                  `t20`.`la_code`,
                  `t20`.`month`,
                  `t20`.`child_id`,
                  `t20`.`record_id`,
                  `t20`.`ref_date`,
                  `t20`.`numerator`,
                  `t20`.`denominator`,
                  `t20`.`referral_source`,
                  `t20`.`team`,
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
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
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
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
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
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
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
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
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t20`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t20`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t20`.`date_of_birth`)
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
                          EXTRACT(year FROM `t20`.`ref_date`) - EXTRACT(year FROM `t20`.`date_of_birth`)
                        ) - IF(
                          (
                            (
                              EXTRACT(month FROM `t20`.`ref_date`) * 100
                            ) + EXTRACT(day FROM `t20`.`ref_date`)
                          ) < (
                            (
                              EXTRACT(month FROM `t20`.`date_of_birth`) * 100
                            ) + EXTRACT(day FROM `t20`.`date_of_birth`)
                          ),
                          1,
                          0
                        )
                      ) >= 18,
                      '18 and over',
                      'unknown'
                    )
                  ) AS `age_band`
                FROM (
                  SELECT
                    `t19`.`la_code`,
                    `t19`.`month`,
                    `t19`.`child_id`,
                    `t19`.`record_id`,
                    `t19`.`ref_date`,
                    `t19`.`numerator`,
                    `t19`.`denominator`,
                    `t19`.`referral_source`,
                    `t19`.`team`,
                    `t19`.`sex`,
                    `t19`.`ethnicity`,
                    `t19`.`date_of_birth`
                  FROM (
                    SELECT
                      `t18`.`la_code`,
                      `t18`.`month`,
                      `t18`.`child_id`,
                      `t18`.`record_id`,
                      `t18`.`ref_date`,
                      `t18`.`numerator`,
                      `t18`.`denominator`,
                      `t18`.`referral_source`,
                      `t18`.`team`,
                      `t12`.`la_code` AS `la_code_right`,
                      `t12`.`child_id` AS `child_id_right`,
                      `t12`.`sex`,
                      `t12`.`ethnicity`,
                      `t12`.`date_of_birth`
                    FROM (
                      SELECT
                        `t16`.`la_code`,
                        DATE_TRUNC('month', `t16`.`referral_date`) AS `month`,
                        CAST(`t16`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t16`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t16`.`referral_date` AS DATE) AS `ref_date`,
                        IF(
                          COALESCE(
                            (
                              `t16`.`_previous` IS NOT NULL
                            )
                            AND (
                              `t16`.`_previous` >= (
                                `t16`.`referral_date` - INTERVAL '1' YEAR
                              )
                            ),
                            FALSE
                          ),
                          1.0,
                          0.0
                        ) AS `numerator`,
                        1.0 AS `denominator`,
                        `t16`.`referral_source`,
                        `t16`.`team`
                      FROM (
                        SELECT
                          `t13`.`referral_id`,
                          `t13`.`child_id`,
                          `t13`.`referral_date`,
                          `t13`.`referral_source`,
                          `t13`.`primary_need`,
                          `t13`.`referral_nfa`,
                          `t13`.`closure_date`,
                          `t13`.`closure_reason`,
                          `t13`.`team`,
                          `t13`.`la_code`,
                          `t13`.`load_id`,
                          LAG(`t13`.`referral_date`) OVER (
                            PARTITION BY `t13`.`la_code`, `t13`.`child_id`
                            ORDER BY `t13`.`referral_date` ASC NULLS LAST, `t13`.`referral_id` ASC NULLS LAST
                          ) AS `_previous`
                        FROM (
                          SELECT
                            *
                          FROM `cin_episode` AS `t5`
                          WHERE
                            `t5`.`referral_date` IS NOT NULL
                        ) AS `t13`
                      ) AS `t16`
                      WHERE
                        `t16`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t16`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t18`
                    LEFT OUTER JOIN (
                      SELECT
                        `t4`.`la_code`,
                        `t4`.`child_id`,
                        `t4`.`sex`,
                        `t4`.`ethnicity`,
                        `t4`.`date_of_birth`
                      FROM `person` AS `t4`
                    ) AS `t12`
                      ON `t18`.`la_code` = `t12`.`la_code` AND `t18`.`child_id` = `t12`.`child_id`
                  ) AS `t19`
                ) AS `t20`
              ) AS `t21`
            ) AS `t22`
          ) AS `t23`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t24`
      ) AS `t25`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t27`
      ON `t27`.`la_code` = `t7`.`la_code`
      AND `t27`.`indicator_id` = `t9`.`indicator_id`
      AND `t27`.`month_index` <= `t8`.`month_index`
      AND `t27`.`month_index` >= (
        `t8`.`month_index` - IF(`t27`.`breakdown` = 'month_alone', 0, `t9`.`months_back`)
      )
  ) AS `t28`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t41`.`la_code`,
  `t41`.`indicator_id`,
  `t41`.`month`,
  `t41`.`breakdown`,
  `t41`.`breakdown_value`,
  `t41`.`numerator`,
  CASE
    WHEN `t41`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t41`.`unit` = 'rate'
    THEN CAST(`t6`.`population` AS DOUBLE)
    ELSE `t41`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t41`.`unit` = 'count'
    THEN `t41`.`numerator`
    WHEN `t41`.`unit` = 'rate'
    THEN IF(
      CAST(`t6`.`population` AS DOUBLE) > 0,
      (
        `t41`.`numerator` * 10000
      ) / CAST(`t6`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t41`.`unit` = 'percent'
    THEN IF(
      `t41`.`denominator` > 0,
      `t41`.`numerator` / `t41`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t41`.`denominator` > 0,
      `t41`.`numerator` / `t41`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t35`.`la_code`,
      `t35`.`indicator_id`,
      `t35`.`month`,
      `t35`.`breakdown`,
      `t35`.`breakdown_value`,
      `t35`.`unit`,
      `t35`.`numerator`,
      `t35`.`denominator`
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
            ('REF3', 11, 'percent') AS t9(indicator_id, months_back, unit)
        ) AS `t11`
        WHERE
          `t11`.`months_back` > 0
      ) AS `t15`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t29` AS `t30`
        WHERE
          `t30`.`breakdown` = 'month_alone'
      ) AS `t33`
        ON `t15`.`la_code` = `t33`.`la_code`
        AND `t15`.`indicator_id` = `t33`.`indicator_id`
        AND `t15`.`month` = `t33`.`month`
    ) AS `t35`
  ) AS `t37`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t29` AS `t30`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t36`.`la_code`,
        `t36`.`indicator_id`,
        `t36`.`month`,
        `t36`.`breakdown`,
        `t36`.`breakdown_value`,
        `t36`.`unit`,
        `t36`.`numerator`,
        `t36`.`denominator`
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
          ('REF3', 11, 'percent') AS t9(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t29` AS `t30`
          WHERE
            `t30`.`breakdown` = 'all'
        ) AS `t34`
          ON `t7`.`la_code` = `t34`.`la_code`
          AND `t9`.`indicator_id` = `t34`.`indicator_id`
          AND `t8`.`month` = `t34`.`month`
      ) AS `t36`
    ) AS `t38`
  ) AS `t39`
) AS `t41`
LEFT OUTER JOIN `scorecard_population` AS `t6`
  ON `t41`.`la_code` = `t6`.`la_code` AND `t41`.`month` = `t6`.`month`
