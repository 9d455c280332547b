WITH `t47` AS (
  SELECT
    `t46`.`la_code`,
    `t46`.`indicator_id`,
    `t46`.`month`,
    `t46`.`breakdown`,
    `t46`.`breakdown_value`,
    `t46`.`unit`,
    SUM(`t46`.`_num`) AS `numerator`,
    SUM(`t46`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t10`.`la_code`,
      `t11`.`month`,
      `t11`.`month_end`,
      `t11`.`month_index`,
      `t12`.`indicator_id`,
      `t12`.`months_back`,
      `t12`.`unit`,
      `t45`.`breakdown`,
      `t45`.`breakdown_value`,
      `t45`.`_num`,
      `t45`.`_den`,
      `t45`.`_until_index`
    FROM `scorecard_councils` AS `t10`
    CROSS JOIN `scorecard_month_spine` AS `t11`
    CROSS JOIN VALUES
      ('ASS3d', 0, 'percent') AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t43`.`la_code`,
        `t43`.`indicator_id`,
        `t43`.`breakdown`,
        `t43`.`breakdown_value`,
        `t43`.`_num`,
        `t43`.`_den`,
        `t43`.`month_index` + `t43`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t42`.`la_code`,
          `t42`.`indicator_id`,
          `t42`.`month_index`,
          `t42`.`breakdown`,
          `t42`.`breakdown_value`,
          `t42`.`_num`,
          `t42`.`_den`,
          `t20`.`months_back`,
          `t13`.`_offset`
        FROM (
          SELECT
            `t40`.`la_code`,
            `t40`.`indicator_id`,
            `t40`.`month_index`,
            `t40`.`breakdown`,
            `t40`.`breakdown_value`,
            SUM(`t40`.`numerator`) AS `_num`,
            SUM(`t40`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t39`.`la_code`,
              'ASS3d' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t39`.`month`) * 12
                ) + EXTRACT(month FROM `t39`.`month`)
              ) - 1 AS `month_index`,
              'all' AS `breakdown`,
              `t39`.`breakdown_value`,
              `t39`.`numerator`,
              `t39`.`denominator`
            FROM (
              SELECT
                `t38`.`la_code`,
                `t38`.`month`,
                `t38`.`_part`,
                `t38`.`breakdown_value`,
                SUM(`t38`.`numerator`) AS `numerator`,
                SUM(`t38`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t37`.`la_code`,
                  `t37`.`month`,
                  `t37`.`numerator`,
                  `t37`.`denominator`,
                  0 AS `_part`,
                  'all' AS `breakdown_value`
                FROM (
                  SELECT
                    `t33`.`la_code`,
                    `t33`.`month`,
                    `t33`.`child_id`,
                    `t33`.`assessment_id` AS `record_id`,
                    `t33`.`authorisation_date` AS `ref_date`,
                    IF(
                      COALESCE(
                        `t33`.`assessment_id` IN (
                          SELECT
                            `t34`.`assessment_id`
                          FROM (
                            SELECT
                              `t32`.`assessment_id`,
                              `t32`.`referral_id`,
                              `t32`.`child_id`,
                              `t32`.`start_date`,
                              `t32`.`authorisation_date`,
                              `t32`.`child_seen`,
                              `t32`.`further_action`,
                              `t32`.`la_code`,
                              `t32`.`load_id`,
                              `t32`.`month`,
                              `t32`.`_clock`,
                              `t32`.`working_days`
                            FROM (
                              SELECT
                                `t31`.`assessment_id`,
                                `t31`.`referral_id`,
                                `t31`.`child_id`,
                                `t31`.`start_date`,
                                `t31`.`authorisation_date`,
                                `t31`.`child_seen`,
                                `t31`.`further_action`,
                                `t31`.`la_code`,
                                `t31`.`load_id`,
                                `t31`.`month`,
                                `t31`.`_clock`,
                                `t31`.`_wd_start`,
                                `t31`.`_wd_end`,
                                `t31`.`_wd_end` - `t31`.`_wd_start` AS `working_days`
                              FROM (
                                SELECT
                                  `t30`.`assessment_id`,
                                  `t30`.`referral_id`,
                                  `t30`.`child_id`,
                                  `t30`.`start_date`,
                                  `t30`.`authorisation_date`,
                                  `t30`.`child_seen`,
                                  `t30`.`further_action`,
                                  `t30`.`la_code`,
                                  `t30`.`load_id`,
                                  `t30`.`month`,
                                  `t30`.`_clock`,
                                  `t30`.`_wd_start`,
                                  `t30`.`_wd_end`
                                FROM (
                                  SELECT
                                    `t29`.`assessment_id`,
                                    `t29`.`referral_id`,
                                    `t29`.`child_id`,
                                    `t29`.`start_date`,
                                    `t29`.`authorisation_date`,
                                    `t29`.`child_seen`,
                                    `t29`.`further_action`,
                                    `t29`.`la_code`,
                                    `t29`.`load_id`,
                                    `t29`.`month`,
                                    `t29`.`_clock`,
                                    `t29`.`_wd_start`,
                                    `t21`.`__wd_end_day`,
                                    `t21`.`_wd_end`
                                  FROM (
                                    SELECT
                                      `t27`.`assessment_id`,
                                      `t27`.`referral_id`,
                                      `t27`.`child_id`,
                                      `t27`.`start_date`,
                                      `t27`.`authorisation_date`,
                                      `t27`.`child_seen`,
                                      `t27`.`further_action`,
                                      `t27`.`la_code`,
                                      `t27`.`load_id`,
                                      `t27`.`month`,
                                      `t27`.`_clock`,
                                      `t27`.`_wd_start`
                                    FROM (
                                      SELECT
                                        `t24`.`assessment_id`,
                                        `t24`.`referral_id`,
                                        `t24`.`child_id`,
                                        `t24`.`start_date`,
                                        `t24`.`authorisation_date`,
                                        `t24`.`child_seen`,
                                        `t24`.`further_action`,
                                        `t24`.`la_code`,
                                        `t24`.`load_id`,
                                        `t24`.`month`,
                                        `t24`.`_clock`,
                                        `t22`.`__wd_start_day`,
                                        `t22`.`_wd_start`
                                      FROM (
                                        SELECT
                                          `t8`.`assessment_id`,
                                          `t8`.`referral_id`,
                                          `t8`.`child_id`,
                                          `t8`.`start_date`,
                                          `t8`.`authorisation_date`,
                                          `t8`.`child_seen`,
                                          `t8`.`further_action`,
                                          `t8`.`la_code`,
                                          `t8`.`load_id`,
                                          DATE_TRUNC('month', `t8`.`authorisation_date`) AS `month`,
                                          `t8`.`start_date` AS `_clock`
                                        FROM `assessment` AS `t8`
                                        WHERE
                                          `t8`.`authorisation_date` IS NOT NULL
                                          AND DATE_TRUNC('month', `t8`.`authorisation_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                                      ) AS `t24`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t5`.`day` AS `__wd_start_day`,
                                          `t5`.`wd_index` AS `_wd_start`
                                        FROM `scorecard_calendar` AS `t5`
                                      ) AS `t22`
                                        ON `t24`.`_clock` = `t22`.`__wd_start_day`
                                    ) AS `t27`
                                  ) AS `t29`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t5`.`day` AS `__wd_end_day`,
                                      `t5`.`wd_index` AS `_wd_end`
                                    FROM `scorecard_calendar` AS `t5`
                                  ) AS `t21`
                                    ON `t29`.`authorisation_date` = `t21`.`__wd_end_day`
                                ) AS `t30`
                              ) AS `t31`
                            ) AS `t32`
                          ) AS `t34`
                          INNER JOIN `s47_enquiry` AS `t14`
                            ON `t34`.`la_code` = `t14`.`la_code`
                            AND `t34`.`referral_id` = `t14`.`referral_id`
                            AND `t14`.`start_date` >= `t34`.`start_date`
                        )
                        OR `t33`.`assessment_id` IN (
                          SELECT
                            `t34`.`assessment_id`
                          FROM (
                            SELECT
                              `t32`.`assessment_id`,
                              `t32`.`referral_id`,
                              `t32`.`child_id`,
                              `t32`.`start_date`,
                              `t32`.`authorisation_date`,
                              `t32`.`child_seen`,
                              `t32`.`further_action`,
                              `t32`.`la_code`,
                              `t32`.`load_id`,
                              `t32`.`month`,
                              `t32`.`_clock`,
                              `t32`.`working_days`
                            FROM (
                              SELECT
                                `t31`.`assessment_id`,
                                `t31`.`referral_id`,
                                `t31`.`child_id`,
                                `t31`.`start_date`,
                                `t31`.`authorisation_date`,
                                `t31`.`child_seen`,
                                `t31`.`further_action`,
                                `t31`.`la_code`,
                                `t31`.`load_id`,
                                `t31`.`month`,
                                `t31`.`_clock`,
                                `t31`.`_wd_start`,
                                `t31`.`_wd_end`,
                                `t31`.`_wd_end` - `t31`.`_wd_start` AS `working_days`
                              FROM (
                                SELECT
                                  `t30`.`assessment_id`,
                                  `t30`.`referral_id`,
                                  `t30`.`child_id`,
                                  `t30`.`start_date`,
                                  `t30`.`authorisation_date`,
                                  `t30`.`child_seen`,
                                  `t30`.`further_action`,
                                  `t30`.`la_code`,
                                  `t30`.`load_id`,
                                  `t30`.`month`,
                                  `t30`.`_clock`,
                                  `t30`.`_wd_start`,
                                  `t30`.`_wd_end`
                                FROM (
                                  SELECT
                                    `t29`.`assessment_id`,
                                    `t29`.`referral_id`,
                                    `t29`.`child_id`,
                                    `t29`.`start_date`,
                                    `t29`.`authorisation_date`,
                                    `t29`.`child_seen`,
                                    `t29`.`further_action`,
                                    `t29`.`la_code`,
                                    `t29`.`load_id`,
                                    `t29`.`month`,
                                    `t29`.`_clock`,
                                    `t29`.`_wd_start`,
                                    `t21`.`__wd_end_day`,
                                    `t21`.`_wd_end`
                                  FROM (
                                    SELECT
                                      `t27`.`assessment_id`,
                                      `t27`.`referral_id`,
                                      `t27`.`child_id`,
                                      `t27`.`start_date`,
                                      `t27`.`authorisation_date`,
                                      `t27`.`child_seen`,
                                      `t27`.`further_action`,
                                      `t27`.`la_code`,
                                      `t27`.`load_id`,
                                      `t27`.`month`,
                                      `t27`.`_clock`,
                                      `t27`.`_wd_start`
                                    FROM (
                                      SELECT
                                        `t24`.`assessment_id`,
                                        `t24`.`referral_id`,
                                        `t24`.`child_id`,
                                        `t24`.`start_date`,
                                        `t24`.`authorisation_date`,
                                        `t24`.`child_seen`,
                                        `t24`.`further_action`,
                                        `t24`.`la_code`,
                                        `t24`.`load_id`,
                                        `t24`.`month`,
                                        `t24`.`_clock`,
                                        `t22`.`__wd_start_day`,
                                        `t22`.`_wd_start`
                                      FROM (
                                        SELECT
                                          `t8`.`assessment_id`,
                                          `t8`.`referral_id`,
                                          `t8`.`child_id`,
                                          `t8`.`start_date`,
                                          `t8`.`authorisation_date`,
                                          `t8`.`child_seen`,
                                          `t8`.`further_action`,
                                          `t8`.`la_code`,
                                          `t8`.`load_id`,
                                          DATE_TRUNC('month', `t8`.`authorisation_date`) AS `month`,
                                          `t8`.`start_date` AS `_clock`
                                        FROM `assessment` AS `t8`
                                        WHERE
                                          `t8`.`authorisation_date` IS NOT NULL
                                          AND DATE_TRUNC('month', `t8`.`authorisation_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                                      ) AS `t24`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t5`.`day` AS `__wd_start_day`,
                                          `t5`.`wd_index` AS `_wd_start`
                                        FROM `scorecard_calendar` AS `t5`
                                      ) AS `t22`
                                        ON `t24`.`_clock` = `t22`.`__wd_start_day`
                                    ) AS `t27`
                                  ) AS `t29`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t5`.`day` AS `__wd_end_day`,
                                      `t5`.`wd_index` AS `_wd_end`
                                    FROM `scorecard_calendar` AS `t5`
                                  ) AS `t21`
                                    ON `t29`.`authorisation_date` = `t21`.`__wd_end_day`
                                ) AS `t30`
                              ) AS `t31`
                            ) AS `t32`
                          ) AS `t34`
                          INNER JOIN `cp_plan` AS `t15`
                            ON `t34`.`la_code` = `t15`.`la_code`
                            AND `t34`.`referral_id` = `t15`.`referral_id`
                            AND `t15`.`start_date` >= `t34`.`start_date`
                        ),
                        FALSE
                      ),
                      1.0,
                      0.0
                    ) AS `numerator`,
                    1.0 AS `denominator`
                  FROM (
                    SELECT
                      `t32`.`assessment_id`,
                      `t32`.`referral_id`,
                      `t32`.`child_id`,
                      `t32`.`start_date`,
                      `t32`.`authorisation_date`,
                      `t32`.`child_seen`,
                      `t32`.`further_action`,
                      `t32`.`la_code`,
                      `t32`.`load_id`,
                      `t32`.`month`,
                      `t32`.`_clock`,
                      `t32`.`working_days`
                    FROM (
                      SELECT
                        `t31`.`assessment_id`,
                        `t31`.`referral_id`,
                        `t31`.`child_id`,
                        `t31`.`start_date`,
                        `t31`.`authorisation_date`,
                        `t31`.`child_seen`,
                        `t31`.`further_action`,
                        `t31`.`la_code`,
                        `t31`.`load_id`,
                        `t31`.`month`,
                        `t31`.`_clock`,
                        `t31`.`_wd_start`,
                        `t31`.`_wd_end`,
                        `t31`.`_wd_end` - `t31`.`_wd_start` AS `working_days`
                      FROM (
                        SELECT
                          `t30`.`assessment_id`,
                          `t30`.`referral_id`,
                          `t30`.`child_id`,
                          `t30`.`start_date`,
                          `t30`.`authorisation_date`,
                          `t30`.`child_seen`,
                          `t30`.`further_action`,
                          `t30`.`la_code`,
                          `t30`.`load_id`,
                          `t30`.`month`,
                          `t30`.`_clock`,
                          `t30`.`_wd_start`,
                          `t30`.`_wd_end`
                        FROM (
                          SELECT
                            `t29`.`assessment_id`,
                            `t29`.`referral_id`,
                            `t29`.`child_id`,
                            `t29`.`start_date`,
                            `t29`.`authorisation_date`,
                            `t29`.`child_seen`,
                            `t29`.`further_action`,
                            `t29`.`la_code`,
                            `t29`.`load_id`,
                            `t29`.`month`,
                            `t29`.`_clock`,
                            `t29`.`_wd_start`,
                            `t21`.`__wd_end_day`,
                            `t21`.`_wd_end`
                          FROM (
                            SELECT
                              `t27`.`assessment_id`,
                              `t27`.`referral_id`,
                              `t27`.`child_id`,
                              `t27`.`start_date`,
                              `t27`.`authorisation_date`,
                              `t27`.`child_seen`,
                              `t27`.`further_action`,
                              `t27`.`la_code`,
                              `t27`.`load_id`,
                              `t27`.`month`,
                              `t27`.`_clock`,
                              `t27`.`_wd_start`
                            FROM (
                              SELECT
                                `t24`.`assessment_id`,
                                `t24`.`referral_id`,
                                `t24`.`child_id`,
                                `t24`.`start_date`,
                                `t24`.`authorisation_date`,
                                `t24`.`child_seen`,
                                `t24`.`further_action`,
                                `t24`.`la_code`,
                                `t24`.`load_id`,
                                `t24`.`month`,
                                `t24`.`_clock`,
                                `t22`.`__wd_start_day`,
                                `t22`.`_wd_start`
                              FROM (
                                SELECT
                                  `t8`.`assessment_id`,
                                  `t8`.`referral_id`,
                                  `t8`.`child_id`,
                                  `t8`.`start_date`,
                                  `t8`.`authorisation_date`,
                                  `t8`.`child_seen`,
                                  `t8`.`further_action`,
                                  `t8`.`la_code`,
                                  `t8`.`load_id`,
                                  DATE_TRUNC('month', `t8`.`authorisation_date`) AS `month`,
                                  `t8`.`start_date` AS `_clock`
                                FROM `assessment` AS `t8`
                                WHERE
                                  `t8`.`authorisation_date` IS NOT NULL
                                  AND DATE_TRUNC('month', `t8`.`authorisation_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                              ) AS `t24`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t5`.`day` AS `__wd_start_day`,
                                  `t5`.`wd_index` AS `_wd_start`
                                FROM `scorecard_calendar` AS `t5`
                              ) AS `t22`
                                ON `t24`.`_clock` = `t22`.`__wd_start_day`
                            ) AS `t27`
                          ) AS `t29`
                          LEFT OUTER JOIN (
                            SELECT
                              `t5`.`day` AS `__wd_end_day`,
                              `t5`.`wd_index` AS `_wd_end`
                            FROM `scorecard_calendar` AS `t5`
                          ) AS `t21`
                            ON `t29`.`authorisation_date` = `t21`.`__wd_end_day`
                        ) AS `t30`
                      ) AS `t31`
                    ) AS `t32`
                  ) AS `t33`
                ) AS `t37`
              ) AS `t38`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t39`
          ) AS `t40`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t42`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('ASS3d', 0, 'percent') AS t3(indicator_id, months_back, unit)
        ) AS `t20`
          ON `t42`.`indicator_id` = `t20`.`indicator_id`
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
          (35) AS t13(_offset)
      ) AS `t43`
      WHERE
        `t43`.`_offset` <= IF(`t43`.`breakdown` = 'month_alone', 0, `t43`.`months_back`)
    ) AS `t45`
      ON `t45`.`la_code` = `t10`.`la_code`
      AND `t45`.`indicator_id` = `t12`.`indicator_id`
      AND `t45`.`_until_index` = `t11`.`month_index`
  ) AS `t46`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t59`.`la_code`,
  `t59`.`indicator_id`,
  `t59`.`month`,
  `t59`.`breakdown`,
  `t59`.`breakdown_value`,
  `t59`.`numerator`,
  CASE
    WHEN `t59`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t59`.`unit` = 'rate'
    THEN CAST(`t9`.`population` AS DOUBLE)
    ELSE `t59`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t59`.`unit` = 'count'
    THEN `t59`.`numerator`
    WHEN `t59`.`unit` = 'rate'
    THEN IF(
      CAST(`t9`.`population` AS DOUBLE) > 0,
      (
        `t59`.`numerator` * 10000
      ) / CAST(`t9`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t59`.`unit` = 'percent'
    THEN IF(
      `t59`.`denominator` > 0,
      `t59`.`numerator` / `t59`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t59`.`denominator` > 0,
      `t59`.`numerator` / `t59`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t53`.`la_code`,
      `t53`.`indicator_id`,
      `t53`.`month`,
      `t53`.`breakdown`,
      `t53`.`breakdown_value`,
      `t53`.`unit`,
      `t53`.`numerator`,
      `t53`.`denominator`
    FROM (
      SELECT
        `t26`.`la_code`,
        `t26`.`indicator_id`,
        `t26`.`month`,
        `t26`.`unit`,
        'month_alone' AS `breakdown`,
        'all' AS `breakdown_value`,
        0.0 AS `numerator`,
        0.0 AS `denominator`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t10`.`la_code`,
            `t11`.`month`,
            `t11`.`month_end`,
            `t11`.`month_index`,
            `t12`.`indicator_id`,
            `t12`.`months_back`,
            `t12`.`unit`
          FROM `scorecard_councils` AS `t10`
          CROSS JOIN `scorecard_month_spine` AS `t11`
          CROSS JOIN VALUES
            ('ASS3d', 0, 'percent') AS t12(indicator_id, months_back, unit)
        ) AS `t19`
        WHERE
          `t19`.`months_back` > 0
      ) AS `t26`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t47` AS `t48`
        WHERE
          `t48`.`breakdown` = 'month_alone'
      ) AS `t51`
        ON `t26`.`la_code` = `t51`.`la_code`
        AND `t26`.`indicator_id` = `t51`.`indicator_id`
        AND `t26`.`month` = `t51`.`month`
    ) AS `t53`
  ) AS `t55`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t47` AS `t48`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t54`.`la_code`,
        `t54`.`indicator_id`,
        `t54`.`month`,
        `t54`.`breakdown`,
        `t54`.`breakdown_value`,
        `t54`.`unit`,
        `t54`.`numerator`,
        `t54`.`denominator`
      FROM (
        SELECT
          `t10`.`la_code`,
          `t12`.`indicator_id`,
          `t11`.`month`,
          `t12`.`unit`,
          'all' AS `breakdown`,
          'all' AS `breakdown_value`,
          0.0 AS `numerator`,
          0.0 AS `denominator`
        FROM `scorecard_councils` AS `t10`
        CROSS JOIN `scorecard_month_spine` AS `t11`
        CROSS JOIN VALUES
          ('ASS3d', 0, 'percent') AS t12(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t47` AS `t48`
          WHERE
            `t48`.`breakdown` = 'all'
        ) AS `t52`
          ON `t10`.`la_code` = `t52`.`la_code`
          AND `t12`.`indicator_id` = `t52`.`indicator_id`
          AND `t11`.`month` = `t52`.`month`
      ) AS `t54`
    ) AS `t56`
  ) AS `t57`
) AS `t59`
LEFT OUTER JOIN `scorecard_population` AS `t9`
  ON `t59`.`la_code` = `t9`.`la_code` AND `t59`.`month` = `t9`.`month`
