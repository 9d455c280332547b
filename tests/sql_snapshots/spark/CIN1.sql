WITH `t25` AS (
  SELECT
    `t24`.`referral_id`,
    `t24`.`child_id`,
    `t24`.`referral_date`,
    `t24`.`referral_source`,
    `t24`.`primary_need`,
    `t24`.`referral_nfa`,
    `t24`.`closure_date`,
    `t24`.`closure_reason`,
    `t24`.`team`,
    `t24`.`la_code`,
    `t24`.`load_id`,
    `t24`.`_reach`,
    `t24`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t24`.`_earlier_reach` > `t24`.`referral_date`, FALSE)) OVER (
      PARTITION BY `t24`.`la_code`, `t24`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
  FROM (
    SELECT
      `t20`.`referral_id`,
      `t20`.`child_id`,
      `t20`.`referral_date`,
      `t20`.`referral_source`,
      `t20`.`primary_need`,
      `t20`.`referral_nfa`,
      `t20`.`closure_date`,
      `t20`.`closure_reason`,
      `t20`.`team`,
      `t20`.`la_code`,
      `t20`.`load_id`,
      `t20`.`_reach`,
      LAG(`t20`.`_reach`) OVER (
        PARTITION BY `t20`.`la_code`, `t20`.`child_id`
        ORDER BY `t20`.`referral_date` ASC NULLS LAST
      ) AS `_earlier_reach`
    FROM (
      SELECT
        `t15`.`referral_id`,
        `t15`.`child_id`,
        `t15`.`referral_date`,
        `t15`.`referral_source`,
        `t15`.`primary_need`,
        `t15`.`referral_nfa`,
        `t15`.`closure_date`,
        `t15`.`closure_reason`,
        `t15`.`team`,
        `t15`.`la_code`,
        `t15`.`load_id`,
        MAX(COALESCE(`t15`.`closure_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t15`.`la_code`, `t15`.`child_id`
          ORDER BY `t15`.`referral_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          *
        FROM `cin_episode` AS `t6`
        WHERE
          NOT (
            COALESCE(`t6`.`referral_nfa`, FALSE)
          )
          AND `t6`.`referral_date` IS NOT NULL
      ) AS `t15`
    ) AS `t20`
  ) AS `t24`
), `t51` AS (
  SELECT
    `t50`.`la_code`,
    `t50`.`indicator_id`,
    `t50`.`month`,
    `t50`.`breakdown`,
    `t50`.`breakdown_value`,
    `t50`.`unit`,
    SUM(`t50`.`_num`) AS `numerator`,
    SUM(`t50`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t49`.`la_code` AS `la_code_right`,
      `t49`.`indicator_id` AS `indicator_id_right`,
      `t49`.`month_index` AS `month_index_right`,
      `t49`.`breakdown`,
      `t49`.`breakdown_value`,
      `t49`.`_num`,
      `t49`.`_den`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('CIN1', 0, 'count') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t47`.`la_code`,
        `t47`.`indicator_id`,
        `t47`.`month_index`,
        `t47`.`breakdown`,
        `t47`.`breakdown_value`,
        SUM(`t47`.`numerator`) AS `_num`,
        SUM(`t47`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t46`.`la_code`,
          'CIN1' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t46`.`month`) * 12
            ) + EXTRACT(month FROM `t46`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t46`.`_part` = 0
            THEN 'all'
            WHEN `t46`.`_part` = 1
            THEN 'primary_need'
            WHEN `t46`.`_part` = 2
            THEN 'team'
            WHEN `t46`.`_part` = 3
            THEN 'age_band'
            WHEN `t46`.`_part` = 4
            THEN 'sex'
            WHEN `t46`.`_part` = 5
            THEN 'ethnicity_group'
            WHEN `t46`.`_part` = 6
            THEN 'disability'
            ELSE NULL
          END AS `breakdown`,
          `t46`.`breakdown_value`,
          `t46`.`numerator`,
          `t46`.`denominator`
        FROM (
          SELECT
            `t45`.`la_code`,
            `t45`.`month`,
            `t45`.`_part`,
            `t45`.`breakdown_value`,
            SUM(`t45`.`numerator`) AS `numerator`,
            SUM(`t45`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t44`.`la_code`,
              `t44`.`month`,
              `t44`.`numerator`,
              `t44`.`denominator`,
              `t44`.`_part`,
              CASE
                WHEN `t44`.`_part` = 1
                THEN COALESCE(`t44`.`primary_need`, 'unknown')
                WHEN `t44`.`_part` = 2
                THEN COALESCE(`t44`.`team`, 'unknown')
                WHEN `t44`.`_part` = 3
                THEN COALESCE(`t44`.`age_band`, 'unknown')
                WHEN `t44`.`_part` = 4
                THEN COALESCE(`t44`.`sex`, 'unknown')
                WHEN `t44`.`_part` = 5
                THEN COALESCE(`t44`.`ethnicity_group`, 'unknown')
                WHEN `t44`.`_part` = 6
                THEN COALESCE(`t44`.`disability`, 'unknown')
                ELSE 'all'
              END AS `breakdown_value`
            FROM (
              SELECT
                `t43`.`la_code`,
                `t43`.`month`,
                `t43`.`child_id`,
                `t43`.`record_id`,
                `t43`.`ref_date`,
                `t43`.`numerator`,
                `t43`.`denominator`,
                `t43`.`primary_need`,
                `t43`.`team`,
                `t43`.`age_band`,
                `t43`.`sex`,
                `t43`.`ethnicity_group`,
                `t43`.`disability`,
                EXPLODE(ARRAY(0, 1, 2, 3, 4, 5, 6)) AS `_part`
              FROM (
                SELECT
                  `t42`.`la_code`,
                  `t42`.`month`,
                  `t42`.`child_id`,
                  `t42`.`record_id`,
                  `t42`.`ref_date`,
                  `t42`.`numerator`,
                  `t42`.`denominator`,
                  `t42`.`primary_need`,
                  `t42`.`team`,
                  COALESCE(
                    CASE
                      WHEN (
                        (
                          (
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 0
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
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
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 1
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
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
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 5
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
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
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 10
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
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
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
                            ),
                            1,
                            0
                          )
                        ) >= 16
                      )
                      AND (
                        (
                          (
                            EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                          ) - IF(
                            (
                              (
                                EXTRACT(month FROM `t42`.`ref_date`) * 100
                              ) + EXTRACT(day FROM `t42`.`ref_date`)
                            ) < (
                              (
                                EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                              ) + EXTRACT(day FROM `t42`.`date_of_birth`)
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
                          EXTRACT(year FROM `t42`.`ref_date`) - EXTRACT(year FROM `t42`.`date_of_birth`)
                        ) - IF(
                          (
                            (
                              EXTRACT(month FROM `t42`.`ref_date`) * 100
                            ) + EXTRACT(day FROM `t42`.`ref_date`)
                          ) < (
                            (
                              EXTRACT(month FROM `t42`.`date_of_birth`) * 100
                            ) + EXTRACT(day FROM `t42`.`date_of_birth`)
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
                    CASE `t42`.`sex` WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE `t42`.`sex` END,
                    'unknown'
                  ) AS `sex`,
                  IF(
                    `t42`.`ethnicity` IN ('REFU', 'NOBT'),
                    'Not known',
                    CASE
                      WHEN SUBSTRING(`t42`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t42`.`ethnicity`)), 1) = 'W'
                      THEN 'White'
                      WHEN SUBSTRING(`t42`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t42`.`ethnicity`)), 1) = 'M'
                      THEN 'Mixed'
                      WHEN SUBSTRING(`t42`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t42`.`ethnicity`)), 1) = 'A'
                      THEN 'Asian or Asian British'
                      WHEN SUBSTRING(`t42`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t42`.`ethnicity`)), 1) = 'B'
                      THEN 'Black or Black British'
                      WHEN SUBSTRING(`t42`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t42`.`ethnicity`)), 1) = 'C'
                      THEN 'Other ethnic group'
                      WHEN SUBSTRING(`t42`.`ethnicity`, IF((
                        0 + 1
                      ) >= 1, 0 + 1, 0 + 1 + LENGTH(`t42`.`ethnicity`)), 1) = 'O'
                      THEN 'Other ethnic group'
                      ELSE 'Not known'
                    END
                  ) AS `ethnicity_group`,
                  COALESCE(`t42`.`_disabled`, 'Not disabled') AS `disability`
                FROM (
                  SELECT
                    `t41`.`la_code`,
                    `t41`.`month`,
                    `t41`.`child_id`,
                    `t41`.`record_id`,
                    `t41`.`ref_date`,
                    `t41`.`numerator`,
                    `t41`.`denominator`,
                    `t41`.`primary_need`,
                    `t41`.`team`,
                    `t41`.`sex`,
                    `t41`.`ethnicity`,
                    `t41`.`date_of_birth`,
                    `t41`.`_disabled`
                  FROM (
                    SELECT
                      `t40`.`la_code`,
                      `t40`.`month`,
                      `t40`.`child_id`,
                      `t40`.`record_id`,
                      `t40`.`ref_date`,
                      `t40`.`numerator`,
                      `t40`.`denominator`,
                      `t40`.`primary_need`,
                      `t40`.`team`,
                      `t23`.`la_code` AS `la_code_right`,
                      `t23`.`child_id` AS `child_id_right`,
                      `t23`.`sex`,
                      `t23`.`ethnicity`,
                      `t23`.`date_of_birth`,
                      `t23`.`_disabled`
                    FROM (
                      SELECT
                        `t38`.`la_code`,
                        `t38`.`month`,
                        `t38`.`child_id`,
                        `t38`.`referral_id` AS `record_id`,
                        `t38`.`month_end` AS `ref_date`,
                        1.0 AS `numerator`,
                        1.0 AS `denominator`,
                        `t38`.`primary_need`,
                        `t38`.`team`
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t32`.`referral_id`,
                            `t32`.`child_id`,
                            `t32`.`referral_date`,
                            `t32`.`referral_source`,
                            `t32`.`primary_need`,
                            `t32`.`referral_nfa`,
                            `t32`.`closure_date`,
                            `t32`.`closure_reason`,
                            `t32`.`team`,
                            `t32`.`la_code`,
                            `t32`.`load_id`,
                            `t32`.`month`,
                            `t32`.`month_end`,
                            `t32`.`month_index`
                          FROM (
                            SELECT
                              `t30`.`referral_id`,
                              `t30`.`child_id`,
                              `t30`.`referral_date`,
                              `t30`.`referral_source`,
                              `t30`.`primary_need`,
                              `t30`.`referral_nfa`,
                              `t30`.`closure_date`,
                              `t30`.`closure_reason`,
                              `t30`.`team`,
                              `t30`.`la_code`,
                              `t30`.`load_id`,
                              `t30`.`_until`,
                              `t9`.`month`,
                              `t9`.`month_end`,
                              `t9`.`month_index`
                            FROM (
                              SELECT
                                `t26`.`referral_id`,
                                `t26`.`child_id`,
                                `t26`.`referral_date`,
                                `t26`.`referral_source`,
                                `t26`.`primary_need`,
                                `t26`.`referral_nfa`,
                                `t26`.`closure_date`,
                                `t26`.`closure_reason`,
                                `t26`.`team`,
                                `t26`.`la_code`,
                                `t26`.`load_id`,
                                COALESCE(`t26`.`closure_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                              FROM `t25` AS `t26`
                              WHERE
                                NOT (
                                  `t26`.`_overlaps`
                                ) AND `t26`.`referral_date` IS NOT NULL
                            ) AS `t30`
                            INNER JOIN `scorecard_month_spine` AS `t9`
                              ON `t30`.`referral_date` <= `t9`.`month_end` AND `t30`.`_until` > `t9`.`month_end`
                          ) AS `t32`
                        ) AS `t34`
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t36`.`referral_id`,
                            `t36`.`child_id`,
                            `t36`.`referral_date`,
                            `t36`.`referral_source`,
                            `t36`.`primary_need`,
                            `t36`.`referral_nfa`,
                            `t36`.`closure_date`,
                            `t36`.`closure_reason`,
                            `t36`.`team`,
                            `t36`.`la_code`,
                            `t36`.`load_id`,
                            `t36`.`month`,
                            `t36`.`month_end`,
                            `t36`.`month_index`
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                `t33`.`referral_id`,
                                `t33`.`child_id`,
                                `t33`.`referral_date`,
                                `t33`.`referral_source`,
                                `t33`.`primary_need`,
                                `t33`.`referral_nfa`,
                                `t33`.`closure_date`,
                                `t33`.`closure_reason`,
                                `t33`.`team`,
                                `t33`.`la_code`,
                                `t33`.`load_id`,
                                `t33`.`month`,
                                `t33`.`month_end`,
                                `t33`.`month_index`,
                                ROW_NUMBER() OVER (
                                  PARTITION BY `t33`.`la_code`, `t33`.`child_id`, `t33`.`month`
                                  ORDER BY `t33`.`referral_date` DESC
                                ) - 1 AS `_rank`
                              FROM (
                                SELECT
                                  `t31`.`referral_id`,
                                  `t31`.`child_id`,
                                  `t31`.`referral_date`,
                                  `t31`.`referral_source`,
                                  `t31`.`primary_need`,
                                  `t31`.`referral_nfa`,
                                  `t31`.`closure_date`,
                                  `t31`.`closure_reason`,
                                  `t31`.`team`,
                                  `t31`.`la_code`,
                                  `t31`.`load_id`,
                                  `t31`.`month`,
                                  `t31`.`month_end`,
                                  `t31`.`month_index`
                                FROM (
                                  SELECT
                                    `t29`.`referral_id`,
                                    `t29`.`child_id`,
                                    `t29`.`referral_date`,
                                    `t29`.`referral_source`,
                                    `t29`.`primary_need`,
                                    `t29`.`referral_nfa`,
                                    `t29`.`closure_date`,
                                    `t29`.`closure_reason`,
                                    `t29`.`team`,
                                    `t29`.`la_code`,
                                    `t29`.`load_id`,
                                    `t29`.`_until`,
                                    `t9`.`month`,
                                    `t9`.`month_end`,
                                    `t9`.`month_index`
                                  FROM (
                                    SELECT
                                      `t26`.`referral_id`,
                                      `t26`.`child_id`,
                                      `t26`.`referral_date`,
                                      `t26`.`referral_source`,
                                      `t26`.`primary_need`,
                                      `t26`.`referral_nfa`,
                                      `t26`.`closure_date`,
                                      `t26`.`closure_reason`,
                                      `t26`.`team`,
                                      `t26`.`la_code`,
                                      `t26`.`load_id`,
                                      COALESCE(`t26`.`closure_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                    FROM `t25` AS `t26`
                                    WHERE
                                      `t26`.`_overlaps` AND `t26`.`referral_date` IS NOT NULL
                                  ) AS `t29`
                                  INNER JOIN `scorecard_month_spine` AS `t9`
                                    ON `t29`.`referral_date` <= `t9`.`month_end` AND `t29`.`_until` > `t9`.`month_end`
                                ) AS `t31`
                              ) AS `t33`
                            ) AS `t35`
                            WHERE
                              `t35`.`_rank` = 0
                          ) AS `t36`
                        ) AS `t37`
                      ) AS `t38`
                    ) AS `t40`
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
                            `t14`.`la_code`,
                            `t14`.`child_id`,
                            'Disabled' AS `_disabled`
                          FROM (
                            SELECT DISTINCT
                              `t5`.`la_code`,
                              `t5`.`child_id`
                            FROM `disability` AS `t5`
                            WHERE
                              `t5`.`disability` <> 'NONE'
                          ) AS `t14`
                        ) AS `t18`
                          ON `t13`.`la_code` = `t18`.`la_code` AND `t13`.`child_id` = `t18`.`child_id`
                      ) AS `t21`
                    ) AS `t23`
                      ON `t40`.`la_code` = `t23`.`la_code` AND `t40`.`child_id` = `t23`.`child_id`
                  ) AS `t41`
                ) AS `t42`
              ) AS `t43`
            ) AS `t44`
          ) AS `t45`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t46`
      ) AS `t47`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t49`
      ON `t49`.`la_code` = `t8`.`la_code`
      AND `t49`.`indicator_id` = `t10`.`indicator_id`
      AND `t49`.`month_index` <= `t9`.`month_index`
      AND `t49`.`month_index` >= (
        `t9`.`month_index` - IF(`t49`.`breakdown` = 'month_alone', 0, `t10`.`months_back`)
      )
  ) AS `t50`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t63`.`la_code`,
  `t63`.`indicator_id`,
  `t63`.`month`,
  `t63`.`breakdown`,
  `t63`.`breakdown_value`,
  `t63`.`numerator`,
  CASE
    WHEN `t63`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t63`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t63`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t63`.`unit` = 'count'
    THEN `t63`.`numerator`
    WHEN `t63`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t63`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t63`.`unit` = 'percent'
    THEN IF(
      `t63`.`denominator` > 0,
      `t63`.`numerator` / `t63`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t63`.`denominator` > 0,
      `t63`.`numerator` / `t63`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t57`.`la_code`,
      `t57`.`indicator_id`,
      `t57`.`month`,
      `t57`.`breakdown`,
      `t57`.`breakdown_value`,
      `t57`.`unit`,
      `t57`.`numerator`,
      `t57`.`denominator`
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
            ('CIN1', 0, 'count') AS t10(indicator_id, months_back, unit)
        ) AS `t12`
        WHERE
          `t12`.`months_back` > 0
      ) AS `t19`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t51` AS `t52`
        WHERE
          `t52`.`breakdown` = 'month_alone'
      ) AS `t55`
        ON `t19`.`la_code` = `t55`.`la_code`
        AND `t19`.`indicator_id` = `t55`.`indicator_id`
        AND `t19`.`month` = `t55`.`month`
    ) AS `t57`
  ) AS `t59`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t51` AS `t52`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t58`.`la_code`,
        `t58`.`indicator_id`,
        `t58`.`month`,
        `t58`.`breakdown`,
        `t58`.`breakdown_value`,
        `t58`.`unit`,
        `t58`.`numerator`,
        `t58`.`denominator`
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
          ('CIN1', 0, 'count') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t51` AS `t52`
          WHERE
            `t52`.`breakdown` = 'all'
        ) AS `t56`
          ON `t8`.`la_code` = `t56`.`la_code`
          AND `t10`.`indicator_id` = `t56`.`indicator_id`
          AND `t9`.`month` = `t56`.`month`
      ) AS `t58`
    ) AS `t60`
  ) AS `t61`
) AS `t63`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t63`.`la_code` = `t7`.`la_code` AND `t63`.`month` = `t7`.`month`
