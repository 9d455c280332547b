WITH `t39` AS (
  SELECT
    *
  FROM (
    SELECT
      `t37`.`child_id`,
      `t37`.`start_date`,
      `t37`.`reason_new_episode`,
      `t37`.`legal_status`,
      `t37`.`category_of_need`,
      `t37`.`placement_type`,
      `t37`.`placement_provider`,
      `t37`.`end_date`,
      `t37`.`reason_ceased`,
      `t37`.`reason_place_change`,
      `t37`.`home_postcode`,
      `t37`.`placement_postcode`,
      `t37`.`urn`,
      `t37`.`placed_outside_council`,
      `t37`.`la_code`,
      `t37`.`load_id`,
      `t37`.`period_start`,
      `t37`.`period_start_seen`,
      `t37`.`placement_start`,
      `t37`.`short_break`,
      `t37`.`previous_placement_start`,
      `t37`.`period_end`
    FROM (
      SELECT
        `t34`.`child_id`,
        `t34`.`start_date`,
        `t34`.`reason_new_episode`,
        `t34`.`legal_status`,
        `t34`.`category_of_need`,
        `t34`.`placement_type`,
        `t34`.`placement_provider`,
        `t34`.`end_date`,
        `t34`.`reason_ceased`,
        `t34`.`reason_place_change`,
        `t34`.`home_postcode`,
        `t34`.`placement_postcode`,
        `t34`.`urn`,
        `t34`.`placed_outside_council`,
        `t34`.`la_code`,
        `t34`.`load_id`,
        `t34`.`period_start`,
        `t34`.`period_start_seen`,
        `t34`.`placement_start`,
        `t34`.`_move`,
        `t34`.`short_break`,
        `t34`.`_previous`,
        MAX(`t34`.`_previous`) OVER (
          PARTITION BY `t34`.`la_code`, `t34`.`child_id`
          ORDER BY `t34`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `previous_placement_start`,
        IF(
          BOOL_OR(`t34`.`end_date` IS NULL) OVER (
            PARTITION BY `t34`.`la_code`, `t34`.`child_id`, `t34`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          CAST(NULL AS DATE),
          MAX(`t34`.`end_date`) OVER (
            PARTITION BY `t34`.`la_code`, `t34`.`child_id`, `t34`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS `period_end`
      FROM (
        SELECT
          `t29`.`child_id`,
          `t29`.`start_date`,
          `t29`.`reason_new_episode`,
          `t29`.`legal_status`,
          `t29`.`category_of_need`,
          `t29`.`placement_type`,
          `t29`.`placement_provider`,
          `t29`.`end_date`,
          `t29`.`reason_ceased`,
          `t29`.`reason_place_change`,
          `t29`.`home_postcode`,
          `t29`.`placement_postcode`,
          `t29`.`urn`,
          `t29`.`placed_outside_council`,
          `t29`.`la_code`,
          `t29`.`load_id`,
          `t29`.`period_start`,
          `t29`.`period_start_seen`,
          `t29`.`placement_start`,
          `t29`.`_move`,
          `t29`.`short_break`,
          IF(
            `t29`.`_move` IS NOT NULL,
            LAG(`t29`.`placement_start`) OVER (
              PARTITION BY `t29`.`la_code`, `t29`.`child_id`
              ORDER BY `t29`.`start_date` ASC NULLS LAST
            ),
            CAST(NULL AS DATE)
          ) AS `_previous`
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
            COALESCE(
              MAX(IF(`t19`.`reason_new_episode` = 'S', `t19`.`start_date`, CAST(NULL AS DATE))) OVER (
                PARTITION BY `t19`.`la_code`, `t19`.`child_id`
                ORDER BY `t19`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t19`.`start_date`) OVER (
                PARTITION BY `t19`.`la_code`, `t19`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `period_start`,
            MAX(IF(`t19`.`reason_new_episode` = 'S', `t19`.`start_date`, CAST(NULL AS DATE))) OVER (
              PARTITION BY `t19`.`la_code`, `t19`.`child_id`
              ORDER BY `t19`.`start_date` ASC NULLS LAST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS `period_start_seen`,
            COALESCE(
              MAX(
                IF(
                  `t19`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                  `t19`.`start_date`,
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY `t19`.`la_code`, `t19`.`child_id`
                ORDER BY `t19`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t19`.`start_date`) OVER (
                PARTITION BY `t19`.`la_code`, `t19`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `placement_start`,
            IF(
              `t19`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
              `t19`.`start_date`,
              CAST(NULL AS DATE)
            ) AS `_move`,
            `t19`.`legal_status` IN ('V3', 'V4') AS `short_break`
          FROM (
            SELECT
              *
            FROM `looked_after_episode` AS `t8`
            WHERE
              `t8`.`start_date` IS NOT NULL
          ) AS `t19`
        ) AS `t29`
      ) AS `t34`
    ) AS `t37`
  ) AS `t38`
  WHERE
    NOT (
      `t38`.`short_break`
    ) AND `t38`.`start_date` IS NOT NULL
), `t49` AS (
  SELECT
    `t48`.`child_id`,
    `t48`.`start_date`,
    `t48`.`reason_new_episode`,
    `t48`.`legal_status`,
    `t48`.`category_of_need`,
    `t48`.`placement_type`,
    `t48`.`placement_provider`,
    `t48`.`end_date`,
    `t48`.`reason_ceased`,
    `t48`.`reason_place_change`,
    `t48`.`home_postcode`,
    `t48`.`placement_postcode`,
    `t48`.`urn`,
    `t48`.`placed_outside_council`,
    `t48`.`la_code`,
    `t48`.`load_id`,
    `t48`.`period_start`,
    `t48`.`period_start_seen`,
    `t48`.`placement_start`,
    `t48`.`short_break`,
    `t48`.`previous_placement_start`,
    `t48`.`period_end`,
    `t48`.`_reach`,
    `t48`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t48`.`_earlier_reach` > `t48`.`start_date`, FALSE)) OVER (
      PARTITION BY `t48`.`la_code`, `t48`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
  FROM (
    SELECT
      `t47`.`child_id`,
      `t47`.`start_date`,
      `t47`.`reason_new_episode`,
      `t47`.`legal_status`,
      `t47`.`category_of_need`,
      `t47`.`placement_type`,
      `t47`.`placement_provider`,
      `t47`.`end_date`,
      `t47`.`reason_ceased`,
      `t47`.`reason_place_change`,
      `t47`.`home_postcode`,
      `t47`.`placement_postcode`,
      `t47`.`urn`,
      `t47`.`placed_outside_council`,
      `t47`.`la_code`,
      `t47`.`load_id`,
      `t47`.`period_start`,
      `t47`.`period_start_seen`,
      `t47`.`placement_start`,
      `t47`.`short_break`,
      `t47`.`previous_placement_start`,
      `t47`.`period_end`,
      `t47`.`_reach`,
      LAG(`t47`.`_reach`) OVER (
        PARTITION BY `t47`.`la_code`, `t47`.`child_id`
        ORDER BY `t47`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
    FROM (
      SELECT
        `t46`.`child_id`,
        `t46`.`start_date`,
        `t46`.`reason_new_episode`,
        `t46`.`legal_status`,
        `t46`.`category_of_need`,
        `t46`.`placement_type`,
        `t46`.`placement_provider`,
        `t46`.`end_date`,
        `t46`.`reason_ceased`,
        `t46`.`reason_place_change`,
        `t46`.`home_postcode`,
        `t46`.`placement_postcode`,
        `t46`.`urn`,
        `t46`.`placed_outside_council`,
        `t46`.`la_code`,
        `t46`.`load_id`,
        `t46`.`period_start`,
        `t46`.`period_start_seen`,
        `t46`.`placement_start`,
        `t46`.`short_break`,
        `t46`.`previous_placement_start`,
        `t46`.`period_end`,
        MAX(COALESCE(`t46`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t46`.`la_code`, `t46`.`child_id`
          ORDER BY `t46`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          `t41`.`child_id`,
          `t41`.`start_date`,
          `t41`.`reason_new_episode`,
          `t41`.`legal_status`,
          `t41`.`category_of_need`,
          `t41`.`placement_type`,
          `t41`.`placement_provider`,
          `t41`.`end_date`,
          `t41`.`reason_ceased`,
          `t41`.`reason_place_change`,
          `t41`.`home_postcode`,
          `t41`.`placement_postcode`,
          `t41`.`urn`,
          `t41`.`placed_outside_council`,
          `t41`.`la_code`,
          `t41`.`load_id`,
          `t41`.`period_start`,
          `t41`.`period_start_seen`,
          `t41`.`placement_start`,
          `t41`.`short_break`,
          `t41`.`previous_placement_start`,
          `t41`.`period_end`
        FROM `t39` AS `t41`
        LEFT SEMI JOIN (
          SELECT
            `t42`.`la_code`,
            `t42`.`child_id`
          FROM (
            SELECT
              `t40`.`la_code`,
              `t40`.`child_id`,
              COUNT(*) AS `_records`
            FROM `t39` AS `t40`
            GROUP BY
              1,
              2
          ) AS `t42`
          WHERE
            `t42`.`_records` > 1
        ) AS `t44`
          ON `t41`.`la_code` = `t44`.`la_code` AND `t41`.`child_id` = `t44`.`child_id`
      ) AS `t46`
    ) AS `t47`
  ) AS `t48`
), `t85` AS (
  SELECT
    `t84`.`la_code`,
    `t84`.`indicator_id`,
    `t84`.`month`,
    `t84`.`breakdown`,
    `t84`.`breakdown_value`,
    `t84`.`unit`,
    SUM(`t84`.`_num`) AS `numerator`,
    SUM(`t84`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t10`.`la_code`,
      `t11`.`month`,
      `t11`.`month_end`,
      `t11`.`month_index`,
      `t12`.`indicator_id`,
      `t12`.`months_back`,
      `t12`.`unit`,
      `t83`.`breakdown`,
      `t83`.`breakdown_value`,
      `t83`.`_num`,
      `t83`.`_den`,
      `t83`.`_until_index`
    FROM `scorecard_councils` AS `t10`
    CROSS JOIN `scorecard_month_spine` AS `t11`
    CROSS JOIN VALUES
      ('CLA7', 0, 'count') AS t12(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t81`.`la_code`,
        `t81`.`indicator_id`,
        `t81`.`breakdown`,
        `t81`.`breakdown_value`,
        `t81`.`_num`,
        `t81`.`_den`,
        `t81`.`month_index` + `t81`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t80`.`la_code`,
          `t80`.`indicator_id`,
          `t80`.`month_index`,
          `t80`.`breakdown`,
          `t80`.`breakdown_value`,
          `t80`.`_num`,
          `t80`.`_den`,
          `t17`.`months_back`,
          `t13`.`_offset`
        FROM (
          SELECT
            `t78`.`la_code`,
            `t78`.`indicator_id`,
            `t78`.`month_index`,
            `t78`.`breakdown`,
            `t78`.`breakdown_value`,
            SUM(`t78`.`numerator`) AS `_num`,
            SUM(`t78`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t77`.`la_code`,
              'CLA7' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t77`.`month`) * 12
                ) + EXTRACT(month FROM `t77`.`month`)
              ) - 1 AS `month_index`,
              CASE
                WHEN `t77`.`_part` = 0
                THEN 'all'
                WHEN `t77`.`_part` = 1
                THEN 'legal_status'
                WHEN `t77`.`_part` = 2
                THEN 'placement_type'
                WHEN `t77`.`_part` = 3
                THEN 'uasc'
                WHEN `t77`.`_part` = 4
                THEN 'age_band'
                WHEN `t77`.`_part` = 5
                THEN 'sex'
                WHEN `t77`.`_part` = 6
                THEN 'ethnicity_group'
                WHEN `t77`.`_part` = 7
                THEN 'disability'
                ELSE NULL
              END AS `breakdown`,
              `t77`.`breakdown_value`,
              `t77`.`numerator`,
              `t77`.`denominator`
            FROM (
              SELECT
                `t76`.`la_code`,
                `t76`.`month`,
                `t76`.`_part`,
                `t76`.`breakdown_value`,
                SUM(`t76`.`numerator`) AS `numerator`,
                SUM(`t76`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t75`.`la_code`,
                  `t75`.`month`,
                  `t75`.`numerator`,
                  `t75`.`denominator`,
                  `t75`.`_part`,
                  CASE
                    WHEN `t75`.`_part` = 1
                    THEN COALESCE(`t75`.`legal_status`, 'unknown')
                    WHEN `t75`.`_part` = 2
                    THEN COALESCE(`t75`.`placement_type`, 'unknown')
                    WHEN `t75`.`_part` = 3
                    THEN COALESCE(`t75`.`uasc`, 'unknown')
                    WHEN `t75`.`_part` = 4
                    THEN COALESCE(`t75`.`age_band`, 'unknown')
                    WHEN `t75`.`_part` = 5
                    THEN COALESCE(`t75`.`sex`, 'unknown')
                    WHEN `t75`.`_part` = 6
                    THEN COALESCE(`t75`.`ethnicity_group`, 'unknown')
                    WHEN `t75`.`_part` = 7
                    THEN COALESCE(`t75`.`disability`, 'unknown')
                    ELSE 'all'
                  END AS `breakdown_value`
                FROM (
                  SELECT
                    `t74`.`la_code`,
                    `t74`.`month`,
                    `t74`.`child_id`,
                    `t74`.`record_id`,
                    `t74`.`ref_date`,
                    `t74`.`numerator`,
                    `t74`.`denominator`,
                    `t74`.`legal_status`,
                    `t74`.`placement_type`,
                    `t74`.`uasc`,
                    `t74`.`age_band`,
                    `t74`.`sex`,
                    `t74`.`ethnicity_group`,
                    `t74`.`disability`,
                    EXPLODE(ARRAY(0, 1, 2, 3, 4, 5, 6, 7)) AS `_part`
                  FROM (
                    SELECT
                      `t73`.`la_code`,
                      `t73`.`month`,
                      `t73`.`child_id`,
                      `t73`.`record_id`,
                      `t73`.`ref_date`,
                      `t73`.`numerator`,
                      `t73`.`denominator`,
                      `t73`.`legal_status`,
                      `t73`.`placement_type`,
                      `t73`.`uasc`,
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
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
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
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
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
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
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
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
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                              ) - IF(
                                (
                                  (
                                    EXTRACT(month FROM `t73`.`ref_date`) * 100
                                  ) + EXTRACT(day FROM `t73`.`ref_date`)
                                ) < (
                                  (
                                    EXTRACT(month FROM `t73`.`_born`) * 100
                                  ) + EXTRACT(day FROM `t73`.`_born`)
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
                              EXTRACT(year FROM `t73`.`ref_date`) - EXTRACT(year FROM `t73`.`_born`)
                            ) - IF(
                              (
                                (
                                  EXTRACT(month FROM `t73`.`ref_date`) * 100
                                ) + EXTRACT(day FROM `t73`.`ref_date`)
                              ) < (
                                (
                                  EXTRACT(month FROM `t73`.`_born`) * 100
                                ) + EXTRACT(day FROM `t73`.`_born`)
                              ),
                              1,
                              0
                            )
                          ) >= 18,
                          '18 and over',
                          'unknown'
                        )
                      ) AS `age_band`,
                      COALESCE(`t73`.`sex`, 'unknown') AS `sex`,
                      COALESCE(`t73`.`ethnicity_group`, 'Not known') AS `ethnicity_group`,
                      COALESCE(`t73`.`disability`, 'Not disabled') AS `disability`
                    FROM (
                      SELECT
                        `t72`.`la_code`,
                        `t72`.`month`,
                        `t72`.`child_id`,
                        `t72`.`record_id`,
                        `t72`.`ref_date`,
                        `t72`.`numerator`,
                        `t72`.`denominator`,
                        `t72`.`legal_status`,
                        `t72`.`placement_type`,
                        `t72`.`uasc`,
                        `t72`.`_born`,
                        `t72`.`sex`,
                        `t72`.`ethnicity_group`,
                        `t72`.`disability`
                      FROM (
                        SELECT
                          `t71`.`la_code`,
                          `t71`.`month`,
                          `t71`.`child_id`,
                          `t71`.`record_id`,
                          `t71`.`ref_date`,
                          `t71`.`numerator`,
                          `t71`.`denominator`,
                          `t71`.`legal_status`,
                          `t71`.`placement_type`,
                          `t71`.`uasc`,
                          `t36`.`la_code` AS `la_code_right`,
                          `t36`.`child_id` AS `child_id_right`,
                          `t36`.`_born`,
                          `t36`.`sex`,
                          `t36`.`ethnicity_group`,
                          `t36`.`disability`
                        FROM (
                          SELECT
                            `t69`.`la_code`,
                            `t69`.`month`,
                            `t69`.`child_id`,
                            `t69`.`child_id` AS `record_id`,
                            `t69`.`month_end` AS `ref_date`,
                            IF(
                              COALESCE(`t69`.`placement_type` IN ('K1', 'K2', 'R1', 'R2', 'R5', 'S1'), FALSE),
                              1.0,
                              0.0
                            ) AS `numerator`,
                            1.0 AS `denominator`,
                            `t69`.`legal_status`,
                            `t69`.`placement_type`,
                            `t69`.`uasc`
                          FROM (
                            SELECT
                              `t68`.`child_id`,
                              `t68`.`start_date`,
                              `t68`.`reason_new_episode`,
                              `t68`.`legal_status`,
                              `t68`.`category_of_need`,
                              `t68`.`placement_type`,
                              `t68`.`placement_provider`,
                              `t68`.`end_date`,
                              `t68`.`reason_ceased`,
                              `t68`.`reason_place_change`,
                              `t68`.`home_postcode`,
                              `t68`.`placement_postcode`,
                              `t68`.`urn`,
                              `t68`.`placed_outside_council`,
                              `t68`.`la_code`,
                              `t68`.`load_id`,
                              `t68`.`period_start`,
                              `t68`.`period_start_seen`,
                              `t68`.`placement_start`,
                              `t68`.`short_break`,
                              `t68`.`previous_placement_start`,
                              `t68`.`period_end`,
                              `t68`.`month`,
                              `t68`.`month_end`,
                              `t68`.`month_index`,
                              `t68`.`uasc`
                            FROM (
                              SELECT
                                `t67`.`child_id`,
                                `t67`.`start_date`,
                                `t67`.`reason_new_episode`,
                                `t67`.`legal_status`,
                                `t67`.`category_of_need`,
                                `t67`.`placement_type`,
                                `t67`.`placement_provider`,
                                `t67`.`end_date`,
                                `t67`.`reason_ceased`,
                                `t67`.`reason_place_change`,
                                `t67`.`home_postcode`,
                                `t67`.`placement_postcode`,
                                `t67`.`urn`,
                                `t67`.`placed_outside_council`,
                                `t67`.`la_code`,
                                `t67`.`load_id`,
                                `t67`.`period_start`,
                                `t67`.`period_start_seen`,
                                `t67`.`placement_start`,
                                `t67`.`short_break`,
                                `t67`.`previous_placement_start`,
                                `t67`.`period_end`,
                                `t67`.`month`,
                                `t67`.`month_end`,
                                `t67`.`month_index`,
                                `t67`.`_uasc`,
                                COALESCE(`t67`.`_uasc`, 'Not UASC') AS `uasc`
                              FROM (
                                SELECT
                                  `t66`.`child_id`,
                                  `t66`.`start_date`,
                                  `t66`.`reason_new_episode`,
                                  `t66`.`legal_status`,
                                  `t66`.`category_of_need`,
                                  `t66`.`placement_type`,
                                  `t66`.`placement_provider`,
                                  `t66`.`end_date`,
                                  `t66`.`reason_ceased`,
                                  `t66`.`reason_place_change`,
                                  `t66`.`home_postcode`,
                                  `t66`.`placement_postcode`,
                                  `t66`.`urn`,
                                  `t66`.`placed_outside_council`,
                                  `t66`.`la_code`,
                                  `t66`.`load_id`,
                                  `t66`.`period_start`,
                                  `t66`.`period_start_seen`,
                                  `t66`.`placement_start`,
                                  `t66`.`short_break`,
                                  `t66`.`previous_placement_start`,
                                  `t66`.`period_end`,
                                  `t66`.`month`,
                                  `t66`.`month_end`,
                                  `t66`.`month_index`,
                                  `t66`.`_uasc`
                                FROM (
                                  SELECT
                                    `t65`.`child_id`,
                                    `t65`.`start_date`,
                                    `t65`.`reason_new_episode`,
                                    `t65`.`legal_status`,
                                    `t65`.`category_of_need`,
                                    `t65`.`placement_type`,
                                    `t65`.`placement_provider`,
                                    `t65`.`end_date`,
                                    `t65`.`reason_ceased`,
                                    `t65`.`reason_place_change`,
                                    `t65`.`home_postcode`,
                                    `t65`.`placement_postcode`,
                                    `t65`.`urn`,
                                    `t65`.`placed_outside_council`,
                                    `t65`.`la_code`,
                                    `t65`.`load_id`,
                                    `t65`.`period_start`,
                                    `t65`.`period_start_seen`,
                                    `t65`.`placement_start`,
                                    `t65`.`short_break`,
                                    `t65`.`previous_placement_start`,
                                    `t65`.`period_end`,
                                    `t65`.`month`,
                                    `t65`.`month_end`,
                                    `t65`.`month_index`,
                                    `t33`.`la_code` AS `la_code_right`,
                                    `t33`.`child_id` AS `child_id_right`,
                                    `t33`.`month` AS `month_right`,
                                    `t33`.`_uasc`
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t59`.`child_id`,
                                        `t59`.`start_date`,
                                        `t59`.`reason_new_episode`,
                                        `t59`.`legal_status`,
                                        `t59`.`category_of_need`,
                                        `t59`.`placement_type`,
                                        `t59`.`placement_provider`,
                                        `t59`.`end_date`,
                                        `t59`.`reason_ceased`,
                                        `t59`.`reason_place_change`,
                                        `t59`.`home_postcode`,
                                        `t59`.`placement_postcode`,
                                        `t59`.`urn`,
                                        `t59`.`placed_outside_council`,
                                        `t59`.`la_code`,
                                        `t59`.`load_id`,
                                        `t59`.`period_start`,
                                        `t59`.`period_start_seen`,
                                        `t59`.`placement_start`,
                                        `t59`.`short_break`,
                                        `t59`.`previous_placement_start`,
                                        `t59`.`period_end`,
                                        `t59`.`month`,
                                        `t59`.`month_end`,
                                        `t59`.`month_index`
                                      FROM (
                                        SELECT
                                          `t57`.`child_id`,
                                          `t57`.`start_date`,
                                          `t57`.`reason_new_episode`,
                                          `t57`.`legal_status`,
                                          `t57`.`category_of_need`,
                                          `t57`.`placement_type`,
                                          `t57`.`placement_provider`,
                                          `t57`.`end_date`,
                                          `t57`.`reason_ceased`,
                                          `t57`.`reason_place_change`,
                                          `t57`.`home_postcode`,
                                          `t57`.`placement_postcode`,
                                          `t57`.`urn`,
                                          `t57`.`placed_outside_council`,
                                          `t57`.`la_code`,
                                          `t57`.`load_id`,
                                          `t57`.`period_start`,
                                          `t57`.`period_start_seen`,
                                          `t57`.`placement_start`,
                                          `t57`.`short_break`,
                                          `t57`.`previous_placement_start`,
                                          `t57`.`period_end`,
                                          `t57`.`_until`,
                                          `t11`.`month`,
                                          `t11`.`month_end`,
                                          `t11`.`month_index`
                                        FROM (
                                          SELECT
                                            `t54`.`child_id`,
                                            `t54`.`start_date`,
                                            `t54`.`reason_new_episode`,
                                            `t54`.`legal_status`,
                                            `t54`.`category_of_need`,
                                            `t54`.`placement_type`,
                                            `t54`.`placement_provider`,
                                            `t54`.`end_date`,
                                            `t54`.`reason_ceased`,
                                            `t54`.`reason_place_change`,
                                            `t54`.`home_postcode`,
                                            `t54`.`placement_postcode`,
                                            `t54`.`urn`,
                                            `t54`.`placed_outside_council`,
                                            `t54`.`la_code`,
                                            `t54`.`load_id`,
                                            `t54`.`period_start`,
                                            `t54`.`period_start_seen`,
                                            `t54`.`placement_start`,
                                            `t54`.`short_break`,
                                            `t54`.`previous_placement_start`,
                                            `t54`.`period_end`,
                                            COALESCE(`t54`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t41`.`child_id`,
                                                `t41`.`start_date`,
                                                `t41`.`reason_new_episode`,
                                                `t41`.`legal_status`,
                                                `t41`.`category_of_need`,
                                                `t41`.`placement_type`,
                                                `t41`.`placement_provider`,
                                                `t41`.`end_date`,
                                                `t41`.`reason_ceased`,
                                                `t41`.`reason_place_change`,
                                                `t41`.`home_postcode`,
                                                `t41`.`placement_postcode`,
                                                `t41`.`urn`,
                                                `t41`.`placed_outside_council`,
                                                `t41`.`la_code`,
                                                `t41`.`load_id`,
                                                `t41`.`period_start`,
                                                `t41`.`period_start_seen`,
                                                `t41`.`placement_start`,
                                                `t41`.`short_break`,
                                                `t41`.`previous_placement_start`,
                                                `t41`.`period_end`
                                              FROM `t39` AS `t41`
                                              LEFT ANTI JOIN (
                                                SELECT
                                                  `t42`.`la_code`,
                                                  `t42`.`child_id`
                                                FROM (
                                                  SELECT
                                                    `t40`.`la_code`,
                                                    `t40`.`child_id`,
                                                    COUNT(*) AS `_records`
                                                  FROM `t39` AS `t40`
                                                  GROUP BY
                                                    1,
                                                    2
                                                ) AS `t42`
                                                WHERE
                                                  `t42`.`_records` > 1
                                              ) AS `t44`
                                                ON `t41`.`la_code` = `t44`.`la_code` AND `t41`.`child_id` = `t44`.`child_id`
                                            ) AS `t45`
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t50`.`child_id`,
                                                `t50`.`start_date`,
                                                `t50`.`reason_new_episode`,
                                                `t50`.`legal_status`,
                                                `t50`.`category_of_need`,
                                                `t50`.`placement_type`,
                                                `t50`.`placement_provider`,
                                                `t50`.`end_date`,
                                                `t50`.`reason_ceased`,
                                                `t50`.`reason_place_change`,
                                                `t50`.`home_postcode`,
                                                `t50`.`placement_postcode`,
                                                `t50`.`urn`,
                                                `t50`.`placed_outside_council`,
                                                `t50`.`la_code`,
                                                `t50`.`load_id`,
                                                `t50`.`period_start`,
                                                `t50`.`period_start_seen`,
                                                `t50`.`placement_start`,
                                                `t50`.`short_break`,
                                                `t50`.`previous_placement_start`,
                                                `t50`.`period_end`
                                              FROM `t49` AS `t50`
                                              WHERE
                                                NOT (
                                                  `t50`.`_overlaps`
                                                )
                                            ) AS `t52`
                                          ) AS `t54`
                                          WHERE
                                            `t54`.`start_date` IS NOT NULL
                                        ) AS `t57`
                                        INNER JOIN `scorecard_month_spine` AS `t11`
                                          ON `t57`.`start_date` <= `t11`.`month_end` AND `t57`.`_until` > `t11`.`month_end`
                                      ) AS `t59`
                                    ) AS `t60`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t62`.`child_id`,
                                        `t62`.`start_date`,
                                        `t62`.`reason_new_episode`,
                                        `t62`.`legal_status`,
                                        `t62`.`category_of_need`,
                                        `t62`.`placement_type`,
                                        `t62`.`placement_provider`,
                                        `t62`.`end_date`,
                                        `t62`.`reason_ceased`,
                                        `t62`.`reason_place_change`,
                                        `t62`.`home_postcode`,
                                        `t62`.`placement_postcode`,
                                        `t62`.`urn`,
                                        `t62`.`placed_outside_council`,
                                        `t62`.`la_code`,
                                        `t62`.`load_id`,
                                        `t62`.`period_start`,
                                        `t62`.`period_start_seen`,
                                        `t62`.`placement_start`,
                                        `t62`.`short_break`,
                                        `t62`.`previous_placement_start`,
                                        `t62`.`period_end`,
                                        `t62`.`month`,
                                        `t62`.`month_end`,
                                        `t62`.`month_index`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t58`.`child_id`,
                                            `t58`.`start_date`,
                                            `t58`.`reason_new_episode`,
                                            `t58`.`legal_status`,
                                            `t58`.`category_of_need`,
                                            `t58`.`placement_type`,
                                            `t58`.`placement_provider`,
                                            `t58`.`end_date`,
                                            `t58`.`reason_ceased`,
                                            `t58`.`reason_place_change`,
                                            `t58`.`home_postcode`,
                                            `t58`.`placement_postcode`,
                                            `t58`.`urn`,
                                            `t58`.`placed_outside_council`,
                                            `t58`.`la_code`,
                                            `t58`.`load_id`,
                                            `t58`.`period_start`,
                                            `t58`.`period_start_seen`,
                                            `t58`.`placement_start`,
                                            `t58`.`short_break`,
                                            `t58`.`previous_placement_start`,
                                            `t58`.`period_end`,
                                            `t58`.`month`,
                                            `t58`.`month_end`,
                                            `t58`.`month_index`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t58`.`la_code`, `t58`.`child_id`, `t58`.`month`
                                              ORDER BY `t58`.`start_date` DESC
                                            ) - 1 AS `_rank`
                                          FROM (
                                            SELECT
                                              `t56`.`child_id`,
                                              `t56`.`start_date`,
                                              `t56`.`reason_new_episode`,
                                              `t56`.`legal_status`,
                                              `t56`.`category_of_need`,
                                              `t56`.`placement_type`,
                                              `t56`.`placement_provider`,
                                              `t56`.`end_date`,
                                              `t56`.`reason_ceased`,
                                              `t56`.`reason_place_change`,
                                              `t56`.`home_postcode`,
                                              `t56`.`placement_postcode`,
                                              `t56`.`urn`,
                                              `t56`.`placed_outside_council`,
                                              `t56`.`la_code`,
                                              `t56`.`load_id`,
                                              `t56`.`period_start`,
                                              `t56`.`period_start_seen`,
                                              `t56`.`placement_start`,
                                              `t56`.`short_break`,
                                              `t56`.`previous_placement_start`,
                                              `t56`.`period_end`,
                                              `t56`.`month`,
                                              `t56`.`month_end`,
                                              `t56`.`month_index`
                                            FROM (
                                              SELECT
                                                `t53`.`child_id`,
                                                `t53`.`start_date`,
                                                `t53`.`reason_new_episode`,
                                                `t53`.`legal_status`,
                                                `t53`.`category_of_need`,
                                                `t53`.`placement_type`,
                                                `t53`.`placement_provider`,
                                                `t53`.`end_date`,
                                                `t53`.`reason_ceased`,
                                                `t53`.`reason_place_change`,
                                                `t53`.`home_postcode`,
                                                `t53`.`placement_postcode`,
                                                `t53`.`urn`,
                                                `t53`.`placed_outside_council`,
                                                `t53`.`la_code`,
                                                `t53`.`load_id`,
                                                `t53`.`period_start`,
                                                `t53`.`period_start_seen`,
                                                `t53`.`placement_start`,
                                                `t53`.`short_break`,
                                                `t53`.`previous_placement_start`,
                                                `t53`.`period_end`,
                                                `t53`.`_until`,
                                                `t11`.`month`,
                                                `t11`.`month_end`,
                                                `t11`.`month_index`
                                              FROM (
                                                SELECT
                                                  `t50`.`child_id`,
                                                  `t50`.`start_date`,
                                                  `t50`.`reason_new_episode`,
                                                  `t50`.`legal_status`,
                                                  `t50`.`category_of_need`,
                                                  `t50`.`placement_type`,
                                                  `t50`.`placement_provider`,
                                                  `t50`.`end_date`,
                                                  `t50`.`reason_ceased`,
                                                  `t50`.`reason_place_change`,
                                                  `t50`.`home_postcode`,
                                                  `t50`.`placement_postcode`,
                                                  `t50`.`urn`,
                                                  `t50`.`placed_outside_council`,
                                                  `t50`.`la_code`,
                                                  `t50`.`load_id`,
                                                  `t50`.`period_start`,
                                                  `t50`.`period_start_seen`,
                                                  `t50`.`placement_start`,
                                                  `t50`.`short_break`,
                                                  `t50`.`previous_placement_start`,
                                                  `t50`.`period_end`,
                                                  COALESCE(`t50`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                FROM `t49` AS `t50`
                                                WHERE
                                                  `t50`.`_overlaps` AND `t50`.`start_date` IS NOT NULL
                                              ) AS `t53`
                                              INNER JOIN `scorecard_month_spine` AS `t11`
                                                ON `t53`.`start_date` <= `t11`.`month_end` AND `t53`.`_until` > `t11`.`month_end`
                                            ) AS `t56`
                                          ) AS `t58`
                                        ) AS `t61`
                                        WHERE
                                          `t61`.`_rank` = 0
                                      ) AS `t62`
                                    ) AS `t63`
                                  ) AS `t65`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t31`.`la_code`,
                                      `t31`.`child_id`,
                                      `t31`.`month`,
                                      'UASC' AS `_uasc`
                                    FROM (
                                      SELECT DISTINCT
                                        `t28`.`la_code`,
                                        `t28`.`child_id`,
                                        `t28`.`month`
                                      FROM (
                                        SELECT
                                          `t26`.`child_id`,
                                          `t26`.`start_date`,
                                          `t26`.`end_date`,
                                          `t26`.`la_code`,
                                          `t26`.`load_id`,
                                          `t26`.`month`,
                                          `t26`.`month_end`,
                                          `t26`.`month_index`
                                        FROM (
                                          SELECT
                                            `t22`.`child_id`,
                                            `t22`.`start_date`,
                                            `t22`.`end_date`,
                                            `t22`.`la_code`,
                                            `t22`.`load_id`,
                                            `t22`.`_until`,
                                            `t11`.`month`,
                                            `t11`.`month_end`,
                                            `t11`.`month_index`
                                          FROM (
                                            SELECT
                                              `t7`.`child_id`,
                                              COALESCE(`t7`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                              `t7`.`end_date`,
                                              `t7`.`la_code`,
                                              `t7`.`load_id`,
                                              COALESCE(`t7`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM `uasc_status` AS `t7`
                                            WHERE
                                              COALESCE(`t7`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                          ) AS `t22`
                                          INNER JOIN `scorecard_month_spine` AS `t11`
                                            ON `t22`.`start_date` <= `t11`.`month_end` AND `t22`.`_until` > `t11`.`month_end`
                                        ) AS `t26`
                                      ) AS `t28`
                                    ) AS `t31`
                                  ) AS `t33`
                                    ON `t65`.`la_code` = `t33`.`la_code`
                                    AND `t65`.`child_id` = `t33`.`child_id`
                                    AND `t65`.`month` = `t33`.`month`
                                ) AS `t66`
                              ) AS `t67`
                            ) AS `t68`
                          ) AS `t69`
                        ) AS `t71`
                        LEFT OUTER JOIN (
                          SELECT
                            `t30`.`la_code`,
                            `t30`.`child_id`,
                            `t30`.`date_of_birth` AS `_born`,
                            CASE `t30`.`sex` WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE `t30`.`sex` END AS `sex`,
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
                            `t30`.`_disabled` AS `disability`
                          FROM (
                            SELECT
                              `t27`.`child_id`,
                              `t27`.`upn`,
                              `t27`.`sex`,
                              `t27`.`date_of_birth`,
                              `t27`.`expected_date_of_birth`,
                              `t27`.`ethnicity`,
                              `t27`.`date_of_death`,
                              `t27`.`la_code`,
                              `t27`.`load_id`,
                              `t27`.`_disabled`
                            FROM (
                              SELECT
                                `t14`.`child_id`,
                                `t14`.`upn`,
                                `t14`.`sex`,
                                `t14`.`date_of_birth`,
                                `t14`.`expected_date_of_birth`,
                                `t14`.`ethnicity`,
                                `t14`.`date_of_death`,
                                `t14`.`la_code`,
                                `t14`.`load_id`,
                                `t24`.`la_code` AS `la_code_right`,
                                `t24`.`child_id` AS `child_id_right`,
                                `t24`.`_disabled`
                              FROM `person` AS `t14`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t18`.`la_code`,
                                  `t18`.`child_id`,
                                  'Disabled' AS `_disabled`
                                FROM (
                                  SELECT DISTINCT
                                    `t6`.`la_code`,
                                    `t6`.`child_id`
                                  FROM `disability` AS `t6`
                                  WHERE
                                    `t6`.`disability` <> 'NONE'
                                ) AS `t18`
                              ) AS `t24`
                                ON `t14`.`la_code` = `t24`.`la_code` AND `t14`.`child_id` = `t24`.`child_id`
                            ) AS `t27`
                          ) AS `t30`
                        ) AS `t36`
                          ON `t71`.`la_code` = `t36`.`la_code` AND `t71`.`child_id` = `t36`.`child_id`
                      ) AS `t72`
                    ) AS `t73`
                  ) AS `t74`
                ) AS `t75`
              ) AS `t76`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t77`
          ) AS `t78`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t80`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('CLA7', 0, 'count') AS t3(indicator_id, months_back, unit)
        ) AS `t17`
          ON `t80`.`indicator_id` = `t17`.`indicator_id`
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
      ) AS `t81`
      WHERE
        `t81`.`_offset` <= IF(`t81`.`breakdown` = 'month_alone', 0, `t81`.`months_back`)
    ) AS `t83`
      ON `t83`.`la_code` = `t10`.`la_code`
      AND `t83`.`indicator_id` = `t12`.`indicator_id`
      AND `t83`.`_until_index` = `t11`.`month_index`
  ) AS `t84`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t97`.`la_code`,
  `t97`.`indicator_id`,
  `t97`.`month`,
  `t97`.`breakdown`,
  `t97`.`breakdown_value`,
  `t97`.`numerator`,
  CASE
    WHEN `t97`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t97`.`unit` = 'rate'
    THEN CAST(`t9`.`population` AS DOUBLE)
    ELSE `t97`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t97`.`unit` = 'count'
    THEN `t97`.`numerator`
    WHEN `t97`.`unit` = 'rate'
    THEN IF(
      CAST(`t9`.`population` AS DOUBLE) > 0,
      (
        `t97`.`numerator` * 10000
      ) / CAST(`t9`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t97`.`unit` = 'percent'
    THEN IF(
      `t97`.`denominator` > 0,
      `t97`.`numerator` / `t97`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t97`.`denominator` > 0,
      `t97`.`numerator` / `t97`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t91`.`la_code`,
      `t91`.`indicator_id`,
      `t91`.`month`,
      `t91`.`breakdown`,
      `t91`.`breakdown_value`,
      `t91`.`unit`,
      `t91`.`numerator`,
      `t91`.`denominator`
    FROM (
      SELECT
        `t25`.`la_code`,
        `t25`.`indicator_id`,
        `t25`.`month`,
        `t25`.`unit`,
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
            ('CLA7', 0, 'count') AS t12(indicator_id, months_back, unit)
        ) AS `t16`
        WHERE
          `t16`.`months_back` > 0
      ) AS `t25`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t85` AS `t86`
        WHERE
          `t86`.`breakdown` = 'month_alone'
      ) AS `t89`
        ON `t25`.`la_code` = `t89`.`la_code`
        AND `t25`.`indicator_id` = `t89`.`indicator_id`
        AND `t25`.`month` = `t89`.`month`
    ) AS `t91`
  ) AS `t93`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t85` AS `t86`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t92`.`la_code`,
        `t92`.`indicator_id`,
        `t92`.`month`,
        `t92`.`breakdown`,
        `t92`.`breakdown_value`,
        `t92`.`unit`,
        `t92`.`numerator`,
        `t92`.`denominator`
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
          ('CLA7', 0, 'count') AS t12(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t85` AS `t86`
          WHERE
            `t86`.`breakdown` = 'all'
        ) AS `t90`
          ON `t10`.`la_code` = `t90`.`la_code`
          AND `t12`.`indicator_id` = `t90`.`indicator_id`
          AND `t11`.`month` = `t90`.`month`
      ) AS `t92`
    ) AS `t94`
  ) AS `t95`
) AS `t97`
LEFT OUTER JOIN `scorecard_population` AS `t9`
  ON `t97`.`la_code` = `t9`.`la_code` AND `t97`.`month` = `t9`.`month`
