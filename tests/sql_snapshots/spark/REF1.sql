WITH `t43` AS (
  SELECT
    `t42`.`la_code`,
    `t42`.`indicator_id`,
    `t42`.`month`,
    `t42`.`breakdown`,
    `t42`.`breakdown_value`,
    `t42`.`unit`,
    SUM(`t42`.`_num`) AS `numerator`,
    SUM(`t42`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t41`.`la_code` AS `la_code_right`,
      `t41`.`indicator_id` AS `indicator_id_right`,
      `t41`.`month_index` AS `month_index_right`,
      `t41`.`breakdown`,
      `t41`.`breakdown_value`,
      `t41`.`_num`,
      `t41`.`_den`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('REF1', 0, 'count') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t39`.`la_code`,
        `t39`.`indicator_id`,
        `t39`.`month_index`,
        `t39`.`breakdown`,
        `t39`.`breakdown_value`,
        SUM(`t39`.`numerator`) AS `_num`,
        SUM(`t39`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t38`.`la_code`,
          `t38`.`indicator_id`,
          `t38`.`month_index`,
          `t38`.`breakdown`,
          `t38`.`breakdown_value`,
          SUM(`t38`.`numerator`) AS `numerator`,
          SUM(`t38`.`denominator`) AS `denominator`
        FROM (
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                `t25`.`la_code`,
                `t25`.`numerator`,
                `t25`.`denominator`,
                'REF1' AS `indicator_id`,
                (
                  (
                    EXTRACT(year FROM `t25`.`month`) * 12
                  ) + EXTRACT(month FROM `t25`.`month`)
                ) - 1 AS `month_index`,
                'disability' AS `breakdown`,
                COALESCE(COALESCE(`t25`.`_disabled`, 'Not disabled'), 'unknown') AS `breakdown_value`
              FROM (
                SELECT
                  `t24`.`la_code`,
                  `t24`.`month`,
                  `t24`.`child_id`,
                  `t24`.`record_id`,
                  `t24`.`ref_date`,
                  `t24`.`numerator`,
                  `t24`.`denominator`,
                  `t24`.`referral_source`,
                  `t24`.`team`,
                  `t24`.`sex`,
                  `t24`.`ethnicity`,
                  `t24`.`date_of_birth`,
                  `t24`.`_disabled`
                FROM (
                  SELECT
                    `t16`.`la_code`,
                    `t16`.`month`,
                    `t16`.`child_id`,
                    `t16`.`record_id`,
                    `t16`.`ref_date`,
                    `t16`.`numerator`,
                    `t16`.`denominator`,
                    `t16`.`referral_source`,
                    `t16`.`team`,
                    `t23`.`la_code` AS `la_code_right`,
                    `t23`.`child_id` AS `child_id_right`,
                    `t23`.`sex`,
                    `t23`.`ethnicity`,
                    `t23`.`date_of_birth`,
                    `t23`.`_disabled`
                  FROM (
                    SELECT
                      `t4`.`la_code`,
                      DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                      CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                      CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                      CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                      1.0 AS `numerator`,
                      1.0 AS `denominator`,
                      `t4`.`referral_source`,
                      `t4`.`team`
                    FROM `cin_episode` AS `t4`
                    WHERE
                      `t4`.`referral_date` IS NOT NULL
                      AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                  ) AS `t16`
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
                        `t19`.`la_code` AS `la_code_right`,
                        `t19`.`child_id` AS `child_id_right`,
                        `t19`.`_disabled`
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
                      ) AS `t19`
                        ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                    ) AS `t21`
                  ) AS `t23`
                    ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                ) AS `t24`
              ) AS `t25`
            ) AS `t26`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`numerator`,
                  `t25`.`denominator`,
                  'REF1' AS `indicator_id`,
                  (
                    (
                      EXTRACT(year FROM `t25`.`month`) * 12
                    ) + EXTRACT(month FROM `t25`.`month`)
                  ) - 1 AS `month_index`,
                  'all' AS `breakdown`,
                  'all' AS `breakdown_value`
                FROM (
                  SELECT
                    `t24`.`la_code`,
                    `t24`.`month`,
                    `t24`.`child_id`,
                    `t24`.`record_id`,
                    `t24`.`ref_date`,
                    `t24`.`numerator`,
                    `t24`.`denominator`,
                    `t24`.`referral_source`,
                    `t24`.`team`,
                    `t24`.`sex`,
                    `t24`.`ethnicity`,
                    `t24`.`date_of_birth`,
                    `t24`.`_disabled`
                  FROM (
                    SELECT
                      `t16`.`la_code`,
                      `t16`.`month`,
                      `t16`.`child_id`,
                      `t16`.`record_id`,
                      `t16`.`ref_date`,
                      `t16`.`numerator`,
                      `t16`.`denominator`,
                      `t16`.`referral_source`,
                      `t16`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t4`.`la_code`,
                        DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                        CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t4`.`referral_source`,
                        `t4`.`team`
                      FROM `cin_episode` AS `t4`
                      WHERE
                        `t4`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t16`
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
                          `t19`.`la_code` AS `la_code_right`,
                          `t19`.`child_id` AS `child_id_right`,
                          `t19`.`_disabled`
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
                        ) AS `t19`
                          ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                  ) AS `t24`
                ) AS `t25`
              ) AS `t27`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`numerator`,
                  `t25`.`denominator`,
                  'REF1' AS `indicator_id`,
                  (
                    (
                      EXTRACT(year FROM `t25`.`month`) * 12
                    ) + EXTRACT(month FROM `t25`.`month`)
                  ) - 1 AS `month_index`,
                  'referral_source' AS `breakdown`,
                  COALESCE(`t25`.`referral_source`, 'unknown') AS `breakdown_value`
                FROM (
                  SELECT
                    `t24`.`la_code`,
                    `t24`.`month`,
                    `t24`.`child_id`,
                    `t24`.`record_id`,
                    `t24`.`ref_date`,
                    `t24`.`numerator`,
                    `t24`.`denominator`,
                    `t24`.`referral_source`,
                    `t24`.`team`,
                    `t24`.`sex`,
                    `t24`.`ethnicity`,
                    `t24`.`date_of_birth`,
                    `t24`.`_disabled`
                  FROM (
                    SELECT
                      `t16`.`la_code`,
                      `t16`.`month`,
                      `t16`.`child_id`,
                      `t16`.`record_id`,
                      `t16`.`ref_date`,
                      `t16`.`numerator`,
                      `t16`.`denominator`,
                      `t16`.`referral_source`,
                      `t16`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t4`.`la_code`,
                        DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                        CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t4`.`referral_source`,
                        `t4`.`team`
                      FROM `cin_episode` AS `t4`
                      WHERE
                        `t4`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t16`
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
                          `t19`.`la_code` AS `la_code_right`,
                          `t19`.`child_id` AS `child_id_right`,
                          `t19`.`_disabled`
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
                        ) AS `t19`
                          ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                  ) AS `t24`
                ) AS `t25`
              ) AS `t28`
            ) AS `t31`
          ) AS `t33`
          UNION ALL
          SELECT
            *
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`numerator`,
                  `t25`.`denominator`,
                  'REF1' AS `indicator_id`,
                  (
                    (
                      EXTRACT(year FROM `t25`.`month`) * 12
                    ) + EXTRACT(month FROM `t25`.`month`)
                  ) - 1 AS `month_index`,
                  'team' AS `breakdown`,
                  COALESCE(`t25`.`team`, 'unknown') AS `breakdown_value`
                FROM (
                  SELECT
                    `t24`.`la_code`,
                    `t24`.`month`,
                    `t24`.`child_id`,
                    `t24`.`record_id`,
                    `t24`.`ref_date`,
                    `t24`.`numerator`,
                    `t24`.`denominator`,
                    `t24`.`referral_source`,
                    `t24`.`team`,
                    `t24`.`sex`,
                    `t24`.`ethnicity`,
                    `t24`.`date_of_birth`,
                    `t24`.`_disabled`
                  FROM (
                    SELECT
                      `t16`.`la_code`,
                      `t16`.`month`,
                      `t16`.`child_id`,
                      `t16`.`record_id`,
                      `t16`.`ref_date`,
                      `t16`.`numerator`,
                      `t16`.`denominator`,
                      `t16`.`referral_source`,
                      `t16`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t4`.`la_code`,
                        DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                        CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t4`.`referral_source`,
                        `t4`.`team`
                      FROM `cin_episode` AS `t4`
                      WHERE
                        `t4`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t16`
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
                          `t19`.`la_code` AS `la_code_right`,
                          `t19`.`child_id` AS `child_id_right`,
                          `t19`.`_disabled`
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
                        ) AS `t19`
                          ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                  ) AS `t24`
                ) AS `t25`
              ) AS `t29`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`numerator`,
                  `t25`.`denominator`,
                  'REF1' AS `indicator_id`,
                  (
                    (
                      EXTRACT(year FROM `t25`.`month`) * 12
                    ) + EXTRACT(month FROM `t25`.`month`)
                  ) - 1 AS `month_index`,
                  'age_band' AS `breakdown`,
                  COALESCE(
                    COALESCE(
                      CASE
                        WHEN (
                          (
                            (
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
                              ),
                              1,
                              0
                            )
                          ) >= 0
                        )
                        AND (
                          (
                            (
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
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
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
                              ),
                              1,
                              0
                            )
                          ) >= 1
                        )
                        AND (
                          (
                            (
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
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
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
                              ),
                              1,
                              0
                            )
                          ) >= 5
                        )
                        AND (
                          (
                            (
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
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
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
                              ),
                              1,
                              0
                            )
                          ) >= 10
                        )
                        AND (
                          (
                            (
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
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
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
                              ),
                              1,
                              0
                            )
                          ) >= 16
                        )
                        AND (
                          (
                            (
                              EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t25`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t25`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                                ) + EXTRACT(day FROM `t25`.`date_of_birth`)
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
                            EXTRACT(year FROM `t25`.`ref_date`) - EXTRACT(year FROM `t25`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t25`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t25`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t25`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t25`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 18,
                        '18 and over',
                        'unknown'
                      )
                    ),
                    'unknown'
                  ) AS `breakdown_value`
                FROM (
                  SELECT
                    `t24`.`la_code`,
                    `t24`.`month`,
                    `t24`.`child_id`,
                    `t24`.`record_id`,
                    `t24`.`ref_date`,
                    `t24`.`numerator`,
                    `t24`.`denominator`,
                    `t24`.`referral_source`,
                    `t24`.`team`,
                    `t24`.`sex`,
                    `t24`.`ethnicity`,
                    `t24`.`date_of_birth`,
                    `t24`.`_disabled`
                  FROM (
                    SELECT
                      `t16`.`la_code`,
                      `t16`.`month`,
                      `t16`.`child_id`,
                      `t16`.`record_id`,
                      `t16`.`ref_date`,
                      `t16`.`numerator`,
                      `t16`.`denominator`,
                      `t16`.`referral_source`,
                      `t16`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t4`.`la_code`,
                        DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                        CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t4`.`referral_source`,
                        `t4`.`team`
                      FROM `cin_episode` AS `t4`
                      WHERE
                        `t4`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t16`
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
                          `t19`.`la_code` AS `la_code_right`,
                          `t19`.`child_id` AS `child_id_right`,
                          `t19`.`_disabled`
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
                        ) AS `t19`
                          ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                  ) AS `t24`
                ) AS `t25`
              ) AS `t35`
            ) AS `t36`
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`numerator`,
                  `t25`.`denominator`,
                  'REF1' AS `indicator_id`,
                  (
                    (
                      EXTRACT(year FROM `t25`.`month`) * 12
                    ) + EXTRACT(month FROM `t25`.`month`)
                  ) - 1 AS `month_index`,
                  'sex' AS `breakdown`,
                  COALESCE(
                    COALESCE(
                      CASE `t25`.`sex` WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE `t25`.`sex` END,
                      'unknown'
                    ),
                    'unknown'
                  ) AS `breakdown_value`
                FROM (
                  SELECT
                    `t24`.`la_code`,
                    `t24`.`month`,
                    `t24`.`child_id`,
                    `t24`.`record_id`,
                    `t24`.`ref_date`,
                    `t24`.`numerator`,
                    `t24`.`denominator`,
                    `t24`.`referral_source`,
                    `t24`.`team`,
                    `t24`.`sex`,
                    `t24`.`ethnicity`,
                    `t24`.`date_of_birth`,
                    `t24`.`_disabled`
                  FROM (
                    SELECT
                      `t16`.`la_code`,
                      `t16`.`month`,
                      `t16`.`child_id`,
                      `t16`.`record_id`,
                      `t16`.`ref_date`,
                      `t16`.`numerator`,
                      `t16`.`denominator`,
                      `t16`.`referral_source`,
                      `t16`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t4`.`la_code`,
                        DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                        CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t4`.`referral_source`,
                        `t4`.`team`
                      FROM `cin_episode` AS `t4`
                      WHERE
                        `t4`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t16`
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
                          `t19`.`la_code` AS `la_code_right`,
                          `t19`.`child_id` AS `child_id_right`,
                          `t19`.`_disabled`
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
                        ) AS `t19`
                          ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                  ) AS `t24`
                ) AS `t25`
              ) AS `t30`
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  `t25`.`la_code`,
                  `t25`.`numerator`,
                  `t25`.`denominator`,
                  'REF1' AS `indicator_id`,
                  (
                    (
                      EXTRACT(year FROM `t25`.`month`) * 12
                    ) + EXTRACT(month FROM `t25`.`month`)
                  ) - 1 AS `month_index`,
                  'ethnicity_group' AS `breakdown`,
                  COALESCE(
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
                    ),
                    'unknown'
                  ) AS `breakdown_value`
                FROM (
                  SELECT
                    `t24`.`la_code`,
                    `t24`.`month`,
                    `t24`.`child_id`,
                    `t24`.`record_id`,
                    `t24`.`ref_date`,
                    `t24`.`numerator`,
                    `t24`.`denominator`,
                    `t24`.`referral_source`,
                    `t24`.`team`,
                    `t24`.`sex`,
                    `t24`.`ethnicity`,
                    `t24`.`date_of_birth`,
                    `t24`.`_disabled`
                  FROM (
                    SELECT
                      `t16`.`la_code`,
                      `t16`.`month`,
                      `t16`.`child_id`,
                      `t16`.`record_id`,
                      `t16`.`ref_date`,
                      `t16`.`numerator`,
                      `t16`.`denominator`,
                      `t16`.`referral_source`,
                      `t16`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t4`.`la_code`,
                        DATE_TRUNC('month', `t4`.`referral_date`) AS `month`,
                        CAST(`t4`.`child_id` AS STRING) AS `child_id`,
                        CAST(`t4`.`referral_id` AS STRING) AS `record_id`,
                        CAST(`t4`.`referral_date` AS DATE) AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t4`.`referral_source`,
                        `t4`.`team`
                      FROM `cin_episode` AS `t4`
                      WHERE
                        `t4`.`referral_date` IS NOT NULL
                        AND DATE_TRUNC('month', `t4`.`referral_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                    ) AS `t16`
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
                          `t19`.`la_code` AS `la_code_right`,
                          `t19`.`child_id` AS `child_id_right`,
                          `t19`.`_disabled`
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
                        ) AS `t19`
                          ON `t13`.`la_code` = `t19`.`la_code` AND `t13`.`child_id` = `t19`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t16`.`la_code` = `t23`.`la_code` AND `t16`.`child_id` = `t23`.`child_id`
                  ) AS `t24`
                ) AS `t25`
              ) AS `t32`
            ) AS `t34`
          ) AS `t37`
        ) AS `t38`
        GROUP BY
          1,
          2,
          3,
          4,
          5
      ) AS `t39`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t41`
      ON `t41`.`la_code` = `t8`.`la_code`
      AND `t41`.`indicator_id` = `t10`.`indicator_id`
      AND `t41`.`month_index` <= `t9`.`month_index`
      AND `t41`.`month_index` >= (
        `t9`.`month_index` - IF(`t41`.`breakdown` = 'month_alone', 0, `t10`.`months_back`)
      )
  ) AS `t42`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t55`.`la_code`,
  `t55`.`indicator_id`,
  `t55`.`month`,
  `t55`.`breakdown`,
  `t55`.`breakdown_value`,
  `t55`.`numerator`,
  CASE
    WHEN `t55`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t55`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t55`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t55`.`unit` = 'count'
    THEN `t55`.`numerator`
    WHEN `t55`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t55`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t55`.`unit` = 'percent'
    THEN IF(
      `t55`.`denominator` > 0,
      `t55`.`numerator` / `t55`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t55`.`denominator` > 0,
      `t55`.`numerator` / `t55`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t49`.`la_code`,
      `t49`.`indicator_id`,
      `t49`.`month`,
      `t49`.`breakdown`,
      `t49`.`breakdown_value`,
      `t49`.`unit`,
      `t49`.`numerator`,
      `t49`.`denominator`
    FROM (
      SELECT
        `t20`.`la_code`,
        `t20`.`indicator_id`,
        `t20`.`month`,
        `t20`.`unit`,
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
            ('REF1', 0, 'count') AS t10(indicator_id, months_back, unit)
        ) AS `t12`
        WHERE
          `t12`.`months_back` > 0
      ) AS `t20`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t43` AS `t44`
        WHERE
          `t44`.`breakdown` = 'month_alone'
      ) AS `t47`
        ON `t20`.`la_code` = `t47`.`la_code`
        AND `t20`.`indicator_id` = `t47`.`indicator_id`
        AND `t20`.`month` = `t47`.`month`
    ) AS `t49`
  ) AS `t51`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t43` AS `t44`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t50`.`la_code`,
        `t50`.`indicator_id`,
        `t50`.`month`,
        `t50`.`breakdown`,
        `t50`.`breakdown_value`,
        `t50`.`unit`,
        `t50`.`numerator`,
        `t50`.`denominator`
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
          ('REF1', 0, 'count') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t43` AS `t44`
          WHERE
            `t44`.`breakdown` = 'all'
        ) AS `t48`
          ON `t8`.`la_code` = `t48`.`la_code`
          AND `t10`.`indicator_id` = `t48`.`indicator_id`
          AND `t9`.`month` = `t48`.`month`
      ) AS `t50`
    ) AS `t52`
  ) AS `t53`
) AS `t55`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t55`.`la_code` = `t7`.`la_code` AND `t55`.`month` = `t7`.`month`
