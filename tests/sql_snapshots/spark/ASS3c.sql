WITH `t44` AS (
  SELECT
    `t43`.`la_code`,
    `t43`.`indicator_id`,
    `t43`.`month`,
    `t43`.`breakdown`,
    `t43`.`breakdown_value`,
    `t43`.`unit`,
    SUM(`t43`.`_num`) AS `numerator`,
    SUM(`t43`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t9`.`la_code`,
      `t10`.`month`,
      `t10`.`month_end`,
      `t10`.`month_index`,
      `t11`.`indicator_id`,
      `t11`.`months_back`,
      `t11`.`unit`,
      `t42`.`breakdown`,
      `t42`.`breakdown_value`,
      `t42`.`_num`,
      `t42`.`_den`,
      `t42`.`_until_index`
    FROM `scorecard_councils` AS `t9`
    CROSS JOIN `scorecard_month_spine` AS `t10`
    CROSS JOIN VALUES
      ('ASS3c', 0, 'percent') AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t40`.`la_code`,
        `t40`.`indicator_id`,
        `t40`.`breakdown`,
        `t40`.`breakdown_value`,
        `t40`.`_num`,
        `t40`.`_den`,
        `t40`.`month_index` + `t40`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t39`.`la_code`,
          `t39`.`indicator_id`,
          `t39`.`month_index`,
          `t39`.`breakdown`,
          `t39`.`breakdown_value`,
          `t39`.`_num`,
          `t39`.`_den`,
          `t18`.`months_back`,
          `t12`.`_offset`
        FROM (
          SELECT
            `t37`.`la_code`,
            `t37`.`indicator_id`,
            `t37`.`month_index`,
            `t37`.`breakdown`,
            `t37`.`breakdown_value`,
            SUM(`t37`.`numerator`) AS `_num`,
            SUM(`t37`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t36`.`la_code`,
              'ASS3c' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t36`.`month`) * 12
                ) + EXTRACT(month FROM `t36`.`month`)
              ) - 1 AS `month_index`,
              'all' AS `breakdown`,
              `t36`.`breakdown_value`,
              `t36`.`numerator`,
              `t36`.`denominator`
            FROM (
              SELECT
                `t35`.`la_code`,
                `t35`.`month`,
                `t35`.`_part`,
                `t35`.`breakdown_value`,
                SUM(`t35`.`numerator`) AS `numerator`,
                SUM(`t35`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t34`.`la_code`,
                  `t34`.`month`,
                  `t34`.`numerator`,
                  `t34`.`denominator`,
                  0 AS `_part`,
                  'all' AS `breakdown_value`
                FROM (
                  SELECT
                    `t31`.`la_code`,
                    `t31`.`month`,
                    `t31`.`child_id`,
                    `t31`.`assessment_id` AS `record_id`,
                    `t31`.`authorisation_date` AS `ref_date`,
                    IF(
                      COALESCE(
                        `t31`.`assessment_id` IN (
                          SELECT
                            `t32`.`assessment_id`
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
                              `t30`.`working_days`
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
                                `t29`.`_wd_end`,
                                `t29`.`_wd_end` - `t29`.`_wd_start` AS `working_days`
                              FROM (
                                SELECT
                                  `t28`.`assessment_id`,
                                  `t28`.`referral_id`,
                                  `t28`.`child_id`,
                                  `t28`.`start_date`,
                                  `t28`.`authorisation_date`,
                                  `t28`.`child_seen`,
                                  `t28`.`further_action`,
                                  `t28`.`la_code`,
                                  `t28`.`load_id`,
                                  `t28`.`month`,
                                  `t28`.`_clock`,
                                  `t28`.`_wd_start`,
                                  `t28`.`_wd_end`
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
                                    `t27`.`_wd_start`,
                                    `t19`.`__wd_end_day`,
                                    `t19`.`_wd_end`
                                  FROM (
                                    SELECT
                                      `t25`.`assessment_id`,
                                      `t25`.`referral_id`,
                                      `t25`.`child_id`,
                                      `t25`.`start_date`,
                                      `t25`.`authorisation_date`,
                                      `t25`.`child_seen`,
                                      `t25`.`further_action`,
                                      `t25`.`la_code`,
                                      `t25`.`load_id`,
                                      `t25`.`month`,
                                      `t25`.`_clock`,
                                      `t25`.`_wd_start`
                                    FROM (
                                      SELECT
                                        `t22`.`assessment_id`,
                                        `t22`.`referral_id`,
                                        `t22`.`child_id`,
                                        `t22`.`start_date`,
                                        `t22`.`authorisation_date`,
                                        `t22`.`child_seen`,
                                        `t22`.`further_action`,
                                        `t22`.`la_code`,
                                        `t22`.`load_id`,
                                        `t22`.`month`,
                                        `t22`.`_clock`,
                                        `t20`.`__wd_start_day`,
                                        `t20`.`_wd_start`
                                      FROM (
                                        SELECT
                                          `t7`.`assessment_id`,
                                          `t7`.`referral_id`,
                                          `t7`.`child_id`,
                                          `t7`.`start_date`,
                                          `t7`.`authorisation_date`,
                                          `t7`.`child_seen`,
                                          `t7`.`further_action`,
                                          `t7`.`la_code`,
                                          `t7`.`load_id`,
                                          DATE_TRUNC('month', `t7`.`authorisation_date`) AS `month`,
                                          `t7`.`start_date` AS `_clock`
                                        FROM `assessment` AS `t7`
                                        WHERE
                                          `t7`.`authorisation_date` IS NOT NULL
                                          AND DATE_TRUNC('month', `t7`.`authorisation_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                                      ) AS `t22`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t6`.`day` AS `__wd_start_day`,
                                          `t6`.`wd_index` AS `_wd_start`
                                        FROM `scorecard_calendar` AS `t6`
                                      ) AS `t20`
                                        ON `t22`.`_clock` = `t20`.`__wd_start_day`
                                    ) AS `t25`
                                  ) AS `t27`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t6`.`day` AS `__wd_end_day`,
                                      `t6`.`wd_index` AS `_wd_end`
                                    FROM `scorecard_calendar` AS `t6`
                                  ) AS `t19`
                                    ON `t27`.`authorisation_date` = `t19`.`__wd_end_day`
                                ) AS `t28`
                              ) AS `t29`
                            ) AS `t30`
                          ) AS `t32`
                          INNER JOIN `cin_plan` AS `t13`
                            ON `t32`.`la_code` = `t13`.`la_code`
                            AND `t32`.`referral_id` = `t13`.`referral_id`
                            AND `t13`.`start_date` >= `t32`.`start_date`
                        ),
                        FALSE
                      ),
                      1.0,
                      0.0
                    ) AS `numerator`,
                    1.0 AS `denominator`
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
                      `t30`.`working_days`
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
                        `t29`.`_wd_end`,
                        `t29`.`_wd_end` - `t29`.`_wd_start` AS `working_days`
                      FROM (
                        SELECT
                          `t28`.`assessment_id`,
                          `t28`.`referral_id`,
                          `t28`.`child_id`,
                          `t28`.`start_date`,
                          `t28`.`authorisation_date`,
                          `t28`.`child_seen`,
                          `t28`.`further_action`,
                          `t28`.`la_code`,
                          `t28`.`load_id`,
                          `t28`.`month`,
                          `t28`.`_clock`,
                          `t28`.`_wd_start`,
                          `t28`.`_wd_end`
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
                            `t27`.`_wd_start`,
                            `t19`.`__wd_end_day`,
                            `t19`.`_wd_end`
                          FROM (
                            SELECT
                              `t25`.`assessment_id`,
                              `t25`.`referral_id`,
                              `t25`.`child_id`,
                              `t25`.`start_date`,
                              `t25`.`authorisation_date`,
                              `t25`.`child_seen`,
                              `t25`.`further_action`,
                              `t25`.`la_code`,
                              `t25`.`load_id`,
                              `t25`.`month`,
                              `t25`.`_clock`,
                              `t25`.`_wd_start`
                            FROM (
                              SELECT
                                `t22`.`assessment_id`,
                                `t22`.`referral_id`,
                                `t22`.`child_id`,
                                `t22`.`start_date`,
                                `t22`.`authorisation_date`,
                                `t22`.`child_seen`,
                                `t22`.`further_action`,
                                `t22`.`la_code`,
                                `t22`.`load_id`,
                                `t22`.`month`,
                                `t22`.`_clock`,
                                `t20`.`__wd_start_day`,
                                `t20`.`_wd_start`
                              FROM (
                                SELECT
                                  `t7`.`assessment_id`,
                                  `t7`.`referral_id`,
                                  `t7`.`child_id`,
                                  `t7`.`start_date`,
                                  `t7`.`authorisation_date`,
                                  `t7`.`child_seen`,
                                  `t7`.`further_action`,
                                  `t7`.`la_code`,
                                  `t7`.`load_id`,
                                  DATE_TRUNC('month', `t7`.`authorisation_date`) AS `month`,
                                  `t7`.`start_date` AS `_clock`
                                FROM `assessment` AS `t7`
                                WHERE
                                  `t7`.`authorisation_date` IS NOT NULL
                                  AND DATE_TRUNC('month', `t7`.`authorisation_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                              ) AS `t22`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t6`.`day` AS `__wd_start_day`,
                                  `t6`.`wd_index` AS `_wd_start`
                                FROM `scorecard_calendar` AS `t6`
                              ) AS `t20`
                                ON `t22`.`_clock` = `t20`.`__wd_start_day`
                            ) AS `t25`
                          ) AS `t27`
                          LEFT OUTER JOIN (
                            SELECT
                              `t6`.`day` AS `__wd_end_day`,
                              `t6`.`wd_index` AS `_wd_end`
                            FROM `scorecard_calendar` AS `t6`
                          ) AS `t19`
                            ON `t27`.`authorisation_date` = `t19`.`__wd_end_day`
                        ) AS `t28`
                      ) AS `t29`
                    ) AS `t30`
                  ) AS `t31`
                ) AS `t34`
              ) AS `t35`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t36`
          ) AS `t37`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t39`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('ASS3c', 0, 'percent') AS t3(indicator_id, months_back, unit)
        ) AS `t18`
          ON `t39`.`indicator_id` = `t18`.`indicator_id`
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
      ) AS `t40`
      WHERE
        `t40`.`_offset` <= IF(`t40`.`breakdown` = 'month_alone', 0, `t40`.`months_back`)
    ) AS `t42`
      ON `t42`.`la_code` = `t9`.`la_code`
      AND `t42`.`indicator_id` = `t11`.`indicator_id`
      AND `t42`.`_until_index` = `t10`.`month_index`
  ) AS `t43`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t56`.`la_code`,
  `t56`.`indicator_id`,
  `t56`.`month`,
  `t56`.`breakdown`,
  `t56`.`breakdown_value`,
  `t56`.`numerator`,
  CASE
    WHEN `t56`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t56`.`unit` = 'rate'
    THEN CAST(`t8`.`population` AS DOUBLE)
    ELSE `t56`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t56`.`unit` = 'count'
    THEN `t56`.`numerator`
    WHEN `t56`.`unit` = 'rate'
    THEN IF(
      CAST(`t8`.`population` AS DOUBLE) > 0,
      (
        `t56`.`numerator` * 10000
      ) / CAST(`t8`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t56`.`unit` = 'percent'
    THEN IF(
      `t56`.`denominator` > 0,
      `t56`.`numerator` / `t56`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t56`.`denominator` > 0,
      `t56`.`numerator` / `t56`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
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
        `t24`.`la_code`,
        `t24`.`indicator_id`,
        `t24`.`month`,
        `t24`.`unit`,
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
            ('ASS3c', 0, 'percent') AS t11(indicator_id, months_back, unit)
        ) AS `t17`
        WHERE
          `t17`.`months_back` > 0
      ) AS `t24`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t44` AS `t45`
        WHERE
          `t45`.`breakdown` = 'month_alone'
      ) AS `t48`
        ON `t24`.`la_code` = `t48`.`la_code`
        AND `t24`.`indicator_id` = `t48`.`indicator_id`
        AND `t24`.`month` = `t48`.`month`
    ) AS `t50`
  ) AS `t52`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t44` AS `t45`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t51`.`la_code`,
        `t51`.`indicator_id`,
        `t51`.`month`,
        `t51`.`breakdown`,
        `t51`.`breakdown_value`,
        `t51`.`unit`,
        `t51`.`numerator`,
        `t51`.`denominator`
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
          ('ASS3c', 0, 'percent') AS t11(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t44` AS `t45`
          WHERE
            `t45`.`breakdown` = 'all'
        ) AS `t49`
          ON `t9`.`la_code` = `t49`.`la_code`
          AND `t11`.`indicator_id` = `t49`.`indicator_id`
          AND `t10`.`month` = `t49`.`month`
      ) AS `t51`
    ) AS `t53`
  ) AS `t54`
) AS `t56`
LEFT OUTER JOIN `scorecard_population` AS `t8`
  ON `t56`.`la_code` = `t8`.`la_code` AND `t56`.`month` = `t8`.`month`
