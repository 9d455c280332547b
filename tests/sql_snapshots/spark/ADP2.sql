WITH `t37` AS (
  SELECT
    `t36`.`la_code`,
    `t36`.`indicator_id`,
    `t36`.`month`,
    `t36`.`breakdown`,
    `t36`.`breakdown_value`,
    `t36`.`unit`,
    SUM(`t36`.`_num`) AS `numerator`,
    SUM(`t36`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t7`.`la_code`,
      `t8`.`month`,
      `t8`.`month_end`,
      `t8`.`month_index`,
      `t9`.`indicator_id`,
      `t9`.`months_back`,
      `t9`.`unit`,
      `t35`.`la_code` AS `la_code_right`,
      `t35`.`indicator_id` AS `indicator_id_right`,
      `t35`.`month_index` AS `month_index_right`,
      `t35`.`breakdown`,
      `t35`.`breakdown_value`,
      `t35`.`_num`,
      `t35`.`_den`
    FROM `scorecard_councils` AS `t7`
    CROSS JOIN `scorecard_month_spine` AS `t8`
    CROSS JOIN VALUES
      ('ADP2', 11, 'count') AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t33`.`la_code`,
        `t33`.`indicator_id`,
        `t33`.`month_index`,
        `t33`.`breakdown`,
        `t33`.`breakdown_value`,
        SUM(`t33`.`numerator`) AS `_num`,
        SUM(`t33`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t32`.`la_code`,
          'ADP2' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t32`.`month`) * 12
            ) + EXTRACT(month FROM `t32`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t32`.`_part` = 0
            THEN 'all'
            WHEN `t32`.`_part` = 1
            THEN 'month_alone'
            ELSE NULL
          END AS `breakdown`,
          `t32`.`breakdown_value`,
          `t32`.`numerator`,
          `t32`.`denominator`
        FROM (
          SELECT
            `t31`.`la_code`,
            `t31`.`month`,
            `t31`.`_part`,
            `t31`.`breakdown_value`,
            SUM(`t31`.`numerator`) AS `numerator`,
            SUM(`t31`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t30`.`la_code`,
              `t30`.`month`,
              `t30`.`numerator`,
              `t30`.`denominator`,
              `t30`.`_part`,
              'all' AS `breakdown_value`
            FROM (
              SELECT
                `t29`.`la_code`,
                `t29`.`month`,
                `t29`.`child_id`,
                `t29`.`record_id`,
                `t29`.`ref_date`,
                `t29`.`numerator`,
                `t29`.`denominator`,
                EXPLODE(ARRAY(0, 1)) AS `_part`
              FROM (
                SELECT
                  `t28`.`la_code`,
                  `t28`.`month`,
                  `t28`.`child_id`,
                  `t28`.`child_id` AS `record_id`,
                  `t28`.`end_date` AS `ref_date`,
                  1.0 AS `numerator`,
                  1.0 AS `denominator`
                FROM (
                  SELECT
                    `t27`.`child_id`,
                    `t27`.`start_date`,
                    `t27`.`reason_new_episode`,
                    `t27`.`legal_status`,
                    `t27`.`category_of_need`,
                    `t27`.`placement_type`,
                    `t27`.`placement_provider`,
                    `t27`.`end_date`,
                    `t27`.`reason_ceased`,
                    `t27`.`reason_place_change`,
                    `t27`.`home_postcode`,
                    `t27`.`placement_postcode`,
                    `t27`.`urn`,
                    `t27`.`placed_outside_council`,
                    `t27`.`la_code`,
                    `t27`.`load_id`,
                    `t27`.`period_start`,
                    `t27`.`period_start_seen`,
                    `t27`.`placement_start`,
                    `t27`.`short_break`,
                    `t27`.`previous_placement_start`,
                    `t27`.`period_end`,
                    `t27`.`month`,
                    `t27`.`decision_date`,
                    `t27`.`placement_order_date`,
                    `t27`.`matched_date`,
                    `t27`.`foster_carer_adopter`
                  FROM (
                    SELECT
                      `t26`.`child_id`,
                      `t26`.`start_date`,
                      `t26`.`reason_new_episode`,
                      `t26`.`legal_status`,
                      `t26`.`category_of_need`,
                      `t26`.`placement_type`,
                      `t26`.`placement_provider`,
                      `t26`.`end_date`,
                      `t26`.`reason_ceased`,
                      `t26`.`reason_place_change`,
                      `t26`.`home_postcode`,
                      `t26`.`placement_postcode`,
                      `t26`.`urn`,
                      `t26`.`placed_outside_council`,
                      `t26`.`la_code`,
                      `t26`.`load_id`,
                      `t26`.`period_start`,
                      `t26`.`period_start_seen`,
                      `t26`.`placement_start`,
                      `t26`.`short_break`,
                      `t26`.`previous_placement_start`,
                      `t26`.`period_end`,
                      `t26`.`month`,
                      `t26`.`decision_date`,
                      `t26`.`placement_order_date`,
                      `t26`.`matched_date`,
                      `t26`.`foster_carer_adopter`,
                      `t26`.`_decision`
                    FROM (
                      SELECT
                        *
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
                          `t24`.`short_break`,
                          `t24`.`previous_placement_start`,
                          `t24`.`period_end`,
                          `t24`.`month`,
                          `t24`.`decision_date`,
                          `t24`.`placement_order_date`,
                          `t24`.`matched_date`,
                          `t24`.`foster_carer_adopter`,
                          `t24`.`_decision`,
                          ROW_NUMBER() OVER (
                            PARTITION BY `t24`.`la_code`, `t24`.`child_id`, `t24`.`month`
                            ORDER BY `t24`.`_decision` DESC
                          ) - 1 AS `_rank`
                        FROM (
                          SELECT
                            `t23`.`child_id`,
                            `t23`.`start_date`,
                            `t23`.`reason_new_episode`,
                            `t23`.`legal_status`,
                            `t23`.`category_of_need`,
                            `t23`.`placement_type`,
                            `t23`.`placement_provider`,
                            `t23`.`end_date`,
                            `t23`.`reason_ceased`,
                            `t23`.`reason_place_change`,
                            `t23`.`home_postcode`,
                            `t23`.`placement_postcode`,
                            `t23`.`urn`,
                            `t23`.`placed_outside_council`,
                            `t23`.`la_code`,
                            `t23`.`load_id`,
                            `t23`.`period_start`,
                            `t23`.`period_start_seen`,
                            `t23`.`placement_start`,
                            `t23`.`short_break`,
                            `t23`.`previous_placement_start`,
                            `t23`.`period_end`,
                            `t23`.`month`,
                            `t23`.`decision_date`,
                            `t23`.`placement_order_date`,
                            `t23`.`matched_date`,
                            `t23`.`foster_carer_adopter`,
                            COALESCE(`t23`.`decision_date`, MAKE_DATE(1900, 1, 1)) AS `_decision`
                          FROM (
                            SELECT
                              `t22`.`child_id`,
                              `t22`.`start_date`,
                              `t22`.`reason_new_episode`,
                              `t22`.`legal_status`,
                              `t22`.`category_of_need`,
                              `t22`.`placement_type`,
                              `t22`.`placement_provider`,
                              `t22`.`end_date`,
                              `t22`.`reason_ceased`,
                              `t22`.`reason_place_change`,
                              `t22`.`home_postcode`,
                              `t22`.`placement_postcode`,
                              `t22`.`urn`,
                              `t22`.`placed_outside_council`,
                              `t22`.`la_code`,
                              `t22`.`load_id`,
                              `t22`.`period_start`,
                              `t22`.`period_start_seen`,
                              `t22`.`placement_start`,
                              `t22`.`short_break`,
                              `t22`.`previous_placement_start`,
                              `t22`.`period_end`,
                              `t22`.`month`,
                              `t22`.`decision_date`,
                              `t22`.`placement_order_date`,
                              `t22`.`matched_date`,
                              `t22`.`foster_carer_adopter`
                            FROM (
                              SELECT
                                `t21`.`child_id`,
                                `t21`.`start_date`,
                                `t21`.`reason_new_episode`,
                                `t21`.`legal_status`,
                                `t21`.`category_of_need`,
                                `t21`.`placement_type`,
                                `t21`.`placement_provider`,
                                `t21`.`end_date`,
                                `t21`.`reason_ceased`,
                                `t21`.`reason_place_change`,
                                `t21`.`home_postcode`,
                                `t21`.`placement_postcode`,
                                `t21`.`urn`,
                                `t21`.`placed_outside_council`,
                                `t21`.`la_code`,
                                `t21`.`load_id`,
                                `t21`.`period_start`,
                                `t21`.`period_start_seen`,
                                `t21`.`placement_start`,
                                `t21`.`short_break`,
                                `t21`.`previous_placement_start`,
                                `t21`.`period_end`,
                                `t21`.`month`,
                                `t12`.`la_code` AS `la_code_right`,
                                `t12`.`child_id` AS `child_id_right`,
                                `t12`.`decision_date`,
                                `t12`.`placement_order_date`,
                                `t12`.`matched_date`,
                                `t12`.`foster_carer_adopter`
                              FROM (
                                SELECT
                                  `t19`.`child_id`,
                                  `t19`.`start_date`,
                                  `t19`.`reason_new_episode`,
                                  `t19`.`legal_status`,
                                  `t19`.`category_of_need`,
                                  `t19`.`placement_type`,
                                  `t19`.`placement_provider`,
                                  `t19`.`end_date`,
                                  `t19`.`reason_ceased`,
                                  `t19`.`reason_place_change`,
                                  `t19`.`home_postcode`,
                                  `t19`.`placement_postcode`,
                                  `t19`.`urn`,
                                  `t19`.`placed_outside_council`,
                                  `t19`.`la_code`,
                                  `t19`.`load_id`,
                                  `t19`.`period_start`,
                                  `t19`.`period_start_seen`,
                                  `t19`.`placement_start`,
                                  `t19`.`short_break`,
                                  `t19`.`previous_placement_start`,
                                  `t19`.`period_end`,
                                  DATE_TRUNC('month', `t19`.`end_date`) AS `month`
                                FROM (
                                  SELECT
                                    `t18`.`child_id`,
                                    `t18`.`start_date`,
                                    `t18`.`reason_new_episode`,
                                    `t18`.`legal_status`,
                                    `t18`.`category_of_need`,
                                    `t18`.`placement_type`,
                                    `t18`.`placement_provider`,
                                    `t18`.`end_date`,
                                    `t18`.`reason_ceased`,
                                    `t18`.`reason_place_change`,
                                    `t18`.`home_postcode`,
                                    `t18`.`placement_postcode`,
                                    `t18`.`urn`,
                                    `t18`.`placed_outside_council`,
                                    `t18`.`la_code`,
                                    `t18`.`load_id`,
                                    `t18`.`period_start`,
                                    `t18`.`period_start_seen`,
                                    `t18`.`placement_start`,
                                    `t18`.`short_break`,
                                    `t18`.`previous_placement_start`,
                                    `t18`.`period_end`
                                  FROM (
                                    SELECT
                                      `t17`.`child_id`,
                                      `t17`.`start_date`,
                                      `t17`.`reason_new_episode`,
                                      `t17`.`legal_status`,
                                      `t17`.`category_of_need`,
                                      `t17`.`placement_type`,
                                      `t17`.`placement_provider`,
                                      `t17`.`end_date`,
                                      `t17`.`reason_ceased`,
                                      `t17`.`reason_place_change`,
                                      `t17`.`home_postcode`,
                                      `t17`.`placement_postcode`,
                                      `t17`.`urn`,
                                      `t17`.`placed_outside_council`,
                                      `t17`.`la_code`,
                                      `t17`.`load_id`,
                                      `t17`.`period_start`,
                                      `t17`.`period_start_seen`,
                                      `t17`.`placement_start`,
                                      `t17`.`_move`,
                                      `t17`.`short_break`,
                                      `t17`.`_previous`,
                                      MAX(`t17`.`_previous`) OVER (
                                        PARTITION BY `t17`.`la_code`, `t17`.`child_id`
                                        ORDER BY `t17`.`start_date` ASC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS `previous_placement_start`,
                                      IF(
                                        BOOL_OR(`t17`.`end_date` IS NULL) OVER (
                                          PARTITION BY `t17`.`la_code`, `t17`.`child_id`, `t17`.`period_start`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ),
                                        CAST(NULL AS DATE),
                                        MAX(`t17`.`end_date`) OVER (
                                          PARTITION BY `t17`.`la_code`, `t17`.`child_id`, `t17`.`period_start`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS `period_end`
                                    FROM (
                                      SELECT
                                        `t16`.`child_id`,
                                        `t16`.`start_date`,
                                        `t16`.`reason_new_episode`,
                                        `t16`.`legal_status`,
                                        `t16`.`category_of_need`,
                                        `t16`.`placement_type`,
                                        `t16`.`placement_provider`,
                                        `t16`.`end_date`,
                                        `t16`.`reason_ceased`,
                                        `t16`.`reason_place_change`,
                                        `t16`.`home_postcode`,
                                        `t16`.`placement_postcode`,
                                        `t16`.`urn`,
                                        `t16`.`placed_outside_council`,
                                        `t16`.`la_code`,
                                        `t16`.`load_id`,
                                        `t16`.`period_start`,
                                        `t16`.`period_start_seen`,
                                        `t16`.`placement_start`,
                                        `t16`.`_move`,
                                        `t16`.`short_break`,
                                        IF(
                                          `t16`.`_move` IS NOT NULL,
                                          LAG(`t16`.`placement_start`) OVER (
                                            PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                            ORDER BY `t16`.`start_date` ASC NULLS LAST
                                          ),
                                          CAST(NULL AS DATE)
                                        ) AS `_previous`
                                      FROM (
                                        SELECT
                                          `t13`.`child_id`,
                                          `t13`.`start_date`,
                                          `t13`.`reason_new_episode`,
                                          `t13`.`legal_status`,
                                          `t13`.`category_of_need`,
                                          `t13`.`placement_type`,
                                          `t13`.`placement_provider`,
                                          `t13`.`end_date`,
                                          `t13`.`reason_ceased`,
                                          `t13`.`reason_place_change`,
                                          `t13`.`home_postcode`,
                                          `t13`.`placement_postcode`,
                                          `t13`.`urn`,
                                          `t13`.`placed_outside_council`,
                                          `t13`.`la_code`,
                                          `t13`.`load_id`,
                                          COALESCE(
                                            MAX(IF(`t13`.`reason_new_episode` = 'S', `t13`.`start_date`, CAST(NULL AS DATE))) OVER (
                                              PARTITION BY `t13`.`la_code`, `t13`.`child_id`
                                              ORDER BY `t13`.`start_date` ASC NULLS LAST
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ),
                                            MIN(`t13`.`start_date`) OVER (
                                              PARTITION BY `t13`.`la_code`, `t13`.`child_id`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            )
                                          ) AS `period_start`,
                                          MAX(IF(`t13`.`reason_new_episode` = 'S', `t13`.`start_date`, CAST(NULL AS DATE))) OVER (
                                            PARTITION BY `t13`.`la_code`, `t13`.`child_id`
                                            ORDER BY `t13`.`start_date` ASC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) IS NOT NULL AS `period_start_seen`,
                                          COALESCE(
                                            MAX(
                                              IF(
                                                `t13`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                                `t13`.`start_date`,
                                                CAST(NULL AS DATE)
                                              )
                                            ) OVER (
                                              PARTITION BY `t13`.`la_code`, `t13`.`child_id`
                                              ORDER BY `t13`.`start_date` ASC NULLS LAST
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ),
                                            MIN(`t13`.`start_date`) OVER (
                                              PARTITION BY `t13`.`la_code`, `t13`.`child_id`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            )
                                          ) AS `placement_start`,
                                          IF(
                                            `t13`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                            `t13`.`start_date`,
                                            CAST(NULL AS DATE)
                                          ) AS `_move`,
                                          `t13`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                        FROM (
                                          SELECT
                                            *
                                          FROM `looked_after_episode` AS `t5`
                                          WHERE
                                            `t5`.`start_date` IS NOT NULL
                                        ) AS `t13`
                                      ) AS `t16`
                                    ) AS `t17`
                                  ) AS `t18`
                                ) AS `t19`
                                WHERE
                                  `t19`.`reason_ceased` IN ('E11', 'E12')
                                  AND `t19`.`end_date` IS NOT NULL
                                  AND DATE_TRUNC('month', `t19`.`end_date`) BETWEEN MAKE_DATE(2020, 12, 1) AND MAKE_DATE(2026, 10, 1)
                              ) AS `t21`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t4`.`la_code`,
                                  `t4`.`child_id`,
                                  `t4`.`decision_date`,
                                  `t4`.`placement_order_date`,
                                  `t4`.`matched_date`,
                                  `t4`.`foster_carer_adopter`
                                FROM `adoption` AS `t4`
                              ) AS `t12`
                                ON `t21`.`la_code` = `t12`.`la_code`
                                AND `t21`.`child_id` = `t12`.`child_id`
                                AND `t12`.`decision_date` <= `t21`.`end_date`
                            ) AS `t22`
                          ) AS `t23`
                        ) AS `t24`
                      ) AS `t25`
                      WHERE
                        `t25`.`_rank` = 0
                    ) AS `t26`
                  ) AS `t27`
                ) AS `t28`
              ) AS `t29`
            ) AS `t30`
          ) AS `t31`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t32`
      ) AS `t33`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t35`
      ON `t35`.`la_code` = `t7`.`la_code`
      AND `t35`.`indicator_id` = `t9`.`indicator_id`
      AND `t35`.`month_index` <= `t8`.`month_index`
      AND `t35`.`month_index` >= (
        `t8`.`month_index` - IF(`t35`.`breakdown` = 'month_alone', 0, `t9`.`months_back`)
      )
  ) AS `t36`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t49`.`la_code`,
  `t49`.`indicator_id`,
  `t49`.`month`,
  `t49`.`breakdown`,
  `t49`.`breakdown_value`,
  `t49`.`numerator`,
  CASE
    WHEN `t49`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t49`.`unit` = 'rate'
    THEN CAST(`t6`.`population` AS DOUBLE)
    ELSE `t49`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t49`.`unit` = 'count'
    THEN `t49`.`numerator`
    WHEN `t49`.`unit` = 'rate'
    THEN IF(
      CAST(`t6`.`population` AS DOUBLE) > 0,
      (
        `t49`.`numerator` * 10000
      ) / CAST(`t6`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t49`.`unit` = 'percent'
    THEN IF(
      `t49`.`denominator` > 0,
      `t49`.`numerator` / `t49`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t49`.`denominator` > 0,
      `t49`.`numerator` / `t49`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
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
            ('ADP2', 11, 'count') AS t9(indicator_id, months_back, unit)
        ) AS `t11`
        WHERE
          `t11`.`months_back` > 0
      ) AS `t15`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t37` AS `t38`
        WHERE
          `t38`.`breakdown` = 'month_alone'
      ) AS `t41`
        ON `t15`.`la_code` = `t41`.`la_code`
        AND `t15`.`indicator_id` = `t41`.`indicator_id`
        AND `t15`.`month` = `t41`.`month`
    ) AS `t43`
  ) AS `t45`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t37` AS `t38`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t44`.`la_code`,
        `t44`.`indicator_id`,
        `t44`.`month`,
        `t44`.`breakdown`,
        `t44`.`breakdown_value`,
        `t44`.`unit`,
        `t44`.`numerator`,
        `t44`.`denominator`
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
          ('ADP2', 11, 'count') AS t9(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t37` AS `t38`
          WHERE
            `t38`.`breakdown` = 'all'
        ) AS `t42`
          ON `t7`.`la_code` = `t42`.`la_code`
          AND `t9`.`indicator_id` = `t42`.`indicator_id`
          AND `t8`.`month` = `t42`.`month`
      ) AS `t44`
    ) AS `t46`
  ) AS `t47`
) AS `t49`
LEFT OUTER JOIN `scorecard_population` AS `t6`
  ON `t49`.`la_code` = `t6`.`la_code` AND `t49`.`month` = `t6`.`month`
