WITH `t27` AS (
  SELECT
    *
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
      `t23`.`period_end`
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
        `t21`.`_move`,
        `t21`.`short_break`,
        `t21`.`_previous`,
        MAX(`t21`.`_previous`) OVER (
          PARTITION BY `t21`.`la_code`, `t21`.`child_id`
          ORDER BY `t21`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `previous_placement_start`,
        IF(
          BOOL_OR(`t21`.`end_date` IS NULL) OVER (
            PARTITION BY `t21`.`la_code`, `t21`.`child_id`, `t21`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          CAST(NULL AS DATE),
          MAX(`t21`.`end_date`) OVER (
            PARTITION BY `t21`.`la_code`, `t21`.`child_id`, `t21`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS `period_end`
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
          IF(
            `t17`.`_move` IS NOT NULL,
            LAG(`t17`.`placement_start`) OVER (
              PARTITION BY `t17`.`la_code`, `t17`.`child_id`
              ORDER BY `t17`.`start_date` ASC NULLS LAST
            ),
            CAST(NULL AS DATE)
          ) AS `_previous`
        FROM (
          SELECT
            `t11`.`child_id`,
            `t11`.`start_date`,
            `t11`.`reason_new_episode`,
            `t11`.`legal_status`,
            `t11`.`category_of_need`,
            `t11`.`placement_type`,
            `t11`.`placement_provider`,
            `t11`.`end_date`,
            `t11`.`reason_ceased`,
            `t11`.`reason_place_change`,
            `t11`.`home_postcode`,
            `t11`.`placement_postcode`,
            `t11`.`urn`,
            `t11`.`placed_outside_council`,
            `t11`.`la_code`,
            `t11`.`load_id`,
            COALESCE(
              MAX(IF(`t11`.`reason_new_episode` = 'S', `t11`.`start_date`, CAST(NULL AS DATE))) OVER (
                PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                ORDER BY `t11`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t11`.`start_date`) OVER (
                PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `period_start`,
            MAX(IF(`t11`.`reason_new_episode` = 'S', `t11`.`start_date`, CAST(NULL AS DATE))) OVER (
              PARTITION BY `t11`.`la_code`, `t11`.`child_id`
              ORDER BY `t11`.`start_date` ASC NULLS LAST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS `period_start_seen`,
            COALESCE(
              MAX(
                IF(
                  `t11`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                  `t11`.`start_date`,
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                ORDER BY `t11`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t11`.`start_date`) OVER (
                PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `placement_start`,
            IF(
              `t11`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
              `t11`.`start_date`,
              CAST(NULL AS DATE)
            ) AS `_move`,
            `t11`.`legal_status` IN ('V3', 'V4') AS `short_break`
          FROM (
            SELECT
              *
            FROM `looked_after_episode` AS `t4`
            WHERE
              `t4`.`start_date` IS NOT NULL
          ) AS `t11`
        ) AS `t17`
      ) AS `t21`
    ) AS `t23`
  ) AS `t24`
  WHERE
    NOT (
      `t24`.`short_break`
    ) AND `t24`.`start_date` IS NOT NULL
), `t39` AS (
  SELECT
    `t38`.`child_id`,
    `t38`.`start_date`,
    `t38`.`reason_new_episode`,
    `t38`.`legal_status`,
    `t38`.`category_of_need`,
    `t38`.`placement_type`,
    `t38`.`placement_provider`,
    `t38`.`end_date`,
    `t38`.`reason_ceased`,
    `t38`.`reason_place_change`,
    `t38`.`home_postcode`,
    `t38`.`placement_postcode`,
    `t38`.`urn`,
    `t38`.`placed_outside_council`,
    `t38`.`la_code`,
    `t38`.`load_id`,
    `t38`.`period_start`,
    `t38`.`period_start_seen`,
    `t38`.`placement_start`,
    `t38`.`short_break`,
    `t38`.`previous_placement_start`,
    `t38`.`period_end`,
    `t38`.`_reach`,
    `t38`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t38`.`_earlier_reach` > `t38`.`start_date`, FALSE)) OVER (
      PARTITION BY `t38`.`la_code`, `t38`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
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
      `t37`.`period_end`,
      `t37`.`_reach`,
      LAG(`t37`.`_reach`) OVER (
        PARTITION BY `t37`.`la_code`, `t37`.`child_id`
        ORDER BY `t37`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
    FROM (
      SELECT
        `t36`.`child_id`,
        `t36`.`start_date`,
        `t36`.`reason_new_episode`,
        `t36`.`legal_status`,
        `t36`.`category_of_need`,
        `t36`.`placement_type`,
        `t36`.`placement_provider`,
        `t36`.`end_date`,
        `t36`.`reason_ceased`,
        `t36`.`reason_place_change`,
        `t36`.`home_postcode`,
        `t36`.`placement_postcode`,
        `t36`.`urn`,
        `t36`.`placed_outside_council`,
        `t36`.`la_code`,
        `t36`.`load_id`,
        `t36`.`period_start`,
        `t36`.`period_start_seen`,
        `t36`.`placement_start`,
        `t36`.`short_break`,
        `t36`.`previous_placement_start`,
        `t36`.`period_end`,
        MAX(COALESCE(`t36`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t36`.`la_code`, `t36`.`child_id`
          ORDER BY `t36`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          `t31`.`child_id`,
          `t31`.`start_date`,
          `t31`.`reason_new_episode`,
          `t31`.`legal_status`,
          `t31`.`category_of_need`,
          `t31`.`placement_type`,
          `t31`.`placement_provider`,
          `t31`.`end_date`,
          `t31`.`reason_ceased`,
          `t31`.`reason_place_change`,
          `t31`.`home_postcode`,
          `t31`.`placement_postcode`,
          `t31`.`urn`,
          `t31`.`placed_outside_council`,
          `t31`.`la_code`,
          `t31`.`load_id`,
          `t31`.`period_start`,
          `t31`.`period_start_seen`,
          `t31`.`placement_start`,
          `t31`.`short_break`,
          `t31`.`previous_placement_start`,
          `t31`.`period_end`
        FROM `t27` AS `t31`
        LEFT SEMI JOIN (
          SELECT
            `t32`.`la_code`,
            `t32`.`child_id`
          FROM (
            SELECT
              `t30`.`la_code`,
              `t30`.`child_id`,
              COUNT(*) AS `_records`
            FROM `t27` AS `t30`
            GROUP BY
              1,
              2
          ) AS `t32`
          WHERE
            `t32`.`_records` > 1
        ) AS `t34`
          ON `t31`.`la_code` = `t34`.`la_code` AND `t31`.`child_id` = `t34`.`child_id`
      ) AS `t36`
    ) AS `t37`
  ) AS `t38`
), `t80` AS (
  SELECT
    `t79`.`la_code`,
    `t79`.`indicator_id`,
    `t79`.`month`,
    `t79`.`breakdown`,
    `t79`.`breakdown_value`,
    `t79`.`unit`,
    SUM(`t79`.`_num`) AS `numerator`,
    SUM(`t79`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t7`.`la_code`,
      `t8`.`month`,
      `t8`.`month_end`,
      `t8`.`month_index`,
      `t9`.`indicator_id`,
      `t9`.`months_back`,
      `t9`.`unit`,
      `t78`.`la_code` AS `la_code_right`,
      `t78`.`indicator_id` AS `indicator_id_right`,
      `t78`.`month_index` AS `month_index_right`,
      `t78`.`breakdown`,
      `t78`.`breakdown_value`,
      `t78`.`_num`,
      `t78`.`_den`
    FROM `scorecard_councils` AS `t7`
    CROSS JOIN `scorecard_month_spine` AS `t8`
    CROSS JOIN VALUES
      ('STAB1', 0, 'percent') AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t76`.`la_code`,
        `t76`.`indicator_id`,
        `t76`.`month_index`,
        `t76`.`breakdown`,
        `t76`.`breakdown_value`,
        SUM(`t76`.`numerator`) AS `_num`,
        SUM(`t76`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t75`.`la_code`,
          'STAB1' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t75`.`month`) * 12
            ) + EXTRACT(month FROM `t75`.`month`)
          ) - 1 AS `month_index`,
          'all' AS `breakdown`,
          `t75`.`breakdown_value`,
          `t75`.`numerator`,
          `t75`.`denominator`
        FROM (
          SELECT
            `t74`.`la_code`,
            `t74`.`month`,
            `t74`.`_part`,
            `t74`.`breakdown_value`,
            SUM(`t74`.`numerator`) AS `numerator`,
            SUM(`t74`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t73`.`la_code`,
              `t73`.`month`,
              IF(
                COALESCE((
                  COALESCE(`t73`.`_moves`, 0) + COALESCE(`t73`.`_already`, 0)
                ) >= 3, FALSE),
                1.0,
                0.0
              ) AS `numerator`,
              1.0 AS `denominator`,
              0 AS `_part`,
              'all' AS `breakdown_value`
            FROM (
              SELECT
                `t72`.`child_id`,
                `t72`.`start_date`,
                `t72`.`reason_new_episode`,
                `t72`.`legal_status`,
                `t72`.`category_of_need`,
                `t72`.`placement_type`,
                `t72`.`placement_provider`,
                `t72`.`end_date`,
                `t72`.`reason_ceased`,
                `t72`.`reason_place_change`,
                `t72`.`home_postcode`,
                `t72`.`placement_postcode`,
                `t72`.`urn`,
                `t72`.`placed_outside_council`,
                `t72`.`la_code`,
                `t72`.`load_id`,
                `t72`.`period_start`,
                `t72`.`period_start_seen`,
                `t72`.`placement_start`,
                `t72`.`short_break`,
                `t72`.`previous_placement_start`,
                `t72`.`period_end`,
                `t72`.`month`,
                `t72`.`month_end`,
                `t72`.`month_index`,
                `t72`.`uasc`,
                `t72`.`_window_start`,
                `t72`.`_moves`,
                `t72`.`_already`
              FROM (
                SELECT
                  `t71`.`child_id`,
                  `t71`.`start_date`,
                  `t71`.`reason_new_episode`,
                  `t71`.`legal_status`,
                  `t71`.`category_of_need`,
                  `t71`.`placement_type`,
                  `t71`.`placement_provider`,
                  `t71`.`end_date`,
                  `t71`.`reason_ceased`,
                  `t71`.`reason_place_change`,
                  `t71`.`home_postcode`,
                  `t71`.`placement_postcode`,
                  `t71`.`urn`,
                  `t71`.`placed_outside_council`,
                  `t71`.`la_code`,
                  `t71`.`load_id`,
                  `t71`.`period_start`,
                  `t71`.`period_start_seen`,
                  `t71`.`placement_start`,
                  `t71`.`short_break`,
                  `t71`.`previous_placement_start`,
                  `t71`.`period_end`,
                  `t71`.`month`,
                  `t71`.`month_end`,
                  `t71`.`month_index`,
                  `t71`.`uasc`,
                  `t71`.`_window_start`,
                  `t71`.`_moves`,
                  `t68`.`la_code` AS `la_code_right`,
                  `t68`.`child_id` AS `child_id_right`,
                  `t68`.`month` AS `month_right`,
                  `t68`.`_already`
                FROM (
                  SELECT
                    `t69`.`child_id`,
                    `t69`.`start_date`,
                    `t69`.`reason_new_episode`,
                    `t69`.`legal_status`,
                    `t69`.`category_of_need`,
                    `t69`.`placement_type`,
                    `t69`.`placement_provider`,
                    `t69`.`end_date`,
                    `t69`.`reason_ceased`,
                    `t69`.`reason_place_change`,
                    `t69`.`home_postcode`,
                    `t69`.`placement_postcode`,
                    `t69`.`urn`,
                    `t69`.`placed_outside_council`,
                    `t69`.`la_code`,
                    `t69`.`load_id`,
                    `t69`.`period_start`,
                    `t69`.`period_start_seen`,
                    `t69`.`placement_start`,
                    `t69`.`short_break`,
                    `t69`.`previous_placement_start`,
                    `t69`.`period_end`,
                    `t69`.`month`,
                    `t69`.`month_end`,
                    `t69`.`month_index`,
                    `t69`.`uasc`,
                    `t69`.`_window_start`,
                    `t69`.`_moves`
                  FROM (
                    SELECT
                      `t61`.`child_id`,
                      `t61`.`start_date`,
                      `t61`.`reason_new_episode`,
                      `t61`.`legal_status`,
                      `t61`.`category_of_need`,
                      `t61`.`placement_type`,
                      `t61`.`placement_provider`,
                      `t61`.`end_date`,
                      `t61`.`reason_ceased`,
                      `t61`.`reason_place_change`,
                      `t61`.`home_postcode`,
                      `t61`.`placement_postcode`,
                      `t61`.`urn`,
                      `t61`.`placed_outside_council`,
                      `t61`.`la_code`,
                      `t61`.`load_id`,
                      `t61`.`period_start`,
                      `t61`.`period_start_seen`,
                      `t61`.`placement_start`,
                      `t61`.`short_break`,
                      `t61`.`previous_placement_start`,
                      `t61`.`period_end`,
                      `t61`.`month`,
                      `t61`.`month_end`,
                      `t61`.`month_index`,
                      `t61`.`uasc`,
                      `t61`.`_window_start`,
                      `t66`.`la_code` AS `la_code_right`,
                      `t66`.`child_id` AS `child_id_right`,
                      `t66`.`month` AS `month_right`,
                      `t66`.`_moves`
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
                        `t59`.`month_index`,
                        `t59`.`uasc`,
                        `t59`.`month_end` - INTERVAL '1' YEAR AS `_window_start`
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
                          `t58`.`uasc`
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
                            `t57`.`month`,
                            `t57`.`month_end`,
                            `t57`.`month_index`,
                            `t57`.`_uasc`,
                            COALESCE(`t57`.`_uasc`, 'Not UASC') AS `uasc`
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
                              `t56`.`month_index`,
                              `t56`.`_uasc`
                            FROM (
                              SELECT
                                `t55`.`child_id`,
                                `t55`.`start_date`,
                                `t55`.`reason_new_episode`,
                                `t55`.`legal_status`,
                                `t55`.`category_of_need`,
                                `t55`.`placement_type`,
                                `t55`.`placement_provider`,
                                `t55`.`end_date`,
                                `t55`.`reason_ceased`,
                                `t55`.`reason_place_change`,
                                `t55`.`home_postcode`,
                                `t55`.`placement_postcode`,
                                `t55`.`urn`,
                                `t55`.`placed_outside_council`,
                                `t55`.`la_code`,
                                `t55`.`load_id`,
                                `t55`.`period_start`,
                                `t55`.`period_start_seen`,
                                `t55`.`placement_start`,
                                `t55`.`short_break`,
                                `t55`.`previous_placement_start`,
                                `t55`.`period_end`,
                                `t55`.`month`,
                                `t55`.`month_end`,
                                `t55`.`month_index`,
                                `t22`.`la_code` AS `la_code_right`,
                                `t22`.`child_id` AS `child_id_right`,
                                `t22`.`month` AS `month_right`,
                                `t22`.`_uasc`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t49`.`child_id`,
                                    `t49`.`start_date`,
                                    `t49`.`reason_new_episode`,
                                    `t49`.`legal_status`,
                                    `t49`.`category_of_need`,
                                    `t49`.`placement_type`,
                                    `t49`.`placement_provider`,
                                    `t49`.`end_date`,
                                    `t49`.`reason_ceased`,
                                    `t49`.`reason_place_change`,
                                    `t49`.`home_postcode`,
                                    `t49`.`placement_postcode`,
                                    `t49`.`urn`,
                                    `t49`.`placed_outside_council`,
                                    `t49`.`la_code`,
                                    `t49`.`load_id`,
                                    `t49`.`period_start`,
                                    `t49`.`period_start_seen`,
                                    `t49`.`placement_start`,
                                    `t49`.`short_break`,
                                    `t49`.`previous_placement_start`,
                                    `t49`.`period_end`,
                                    `t49`.`month`,
                                    `t49`.`month_end`,
                                    `t49`.`month_index`
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
                                      `t47`.`_until`,
                                      `t8`.`month`,
                                      `t8`.`month_end`,
                                      `t8`.`month_index`
                                    FROM (
                                      SELECT
                                        `t44`.`child_id`,
                                        `t44`.`start_date`,
                                        `t44`.`reason_new_episode`,
                                        `t44`.`legal_status`,
                                        `t44`.`category_of_need`,
                                        `t44`.`placement_type`,
                                        `t44`.`placement_provider`,
                                        `t44`.`end_date`,
                                        `t44`.`reason_ceased`,
                                        `t44`.`reason_place_change`,
                                        `t44`.`home_postcode`,
                                        `t44`.`placement_postcode`,
                                        `t44`.`urn`,
                                        `t44`.`placed_outside_council`,
                                        `t44`.`la_code`,
                                        `t44`.`load_id`,
                                        `t44`.`period_start`,
                                        `t44`.`period_start_seen`,
                                        `t44`.`placement_start`,
                                        `t44`.`short_break`,
                                        `t44`.`previous_placement_start`,
                                        `t44`.`period_end`,
                                        COALESCE(`t44`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t31`.`child_id`,
                                            `t31`.`start_date`,
                                            `t31`.`reason_new_episode`,
                                            `t31`.`legal_status`,
                                            `t31`.`category_of_need`,
                                            `t31`.`placement_type`,
                                            `t31`.`placement_provider`,
                                            `t31`.`end_date`,
                                            `t31`.`reason_ceased`,
                                            `t31`.`reason_place_change`,
                                            `t31`.`home_postcode`,
                                            `t31`.`placement_postcode`,
                                            `t31`.`urn`,
                                            `t31`.`placed_outside_council`,
                                            `t31`.`la_code`,
                                            `t31`.`load_id`,
                                            `t31`.`period_start`,
                                            `t31`.`period_start_seen`,
                                            `t31`.`placement_start`,
                                            `t31`.`short_break`,
                                            `t31`.`previous_placement_start`,
                                            `t31`.`period_end`
                                          FROM `t27` AS `t31`
                                          LEFT ANTI JOIN (
                                            SELECT
                                              `t32`.`la_code`,
                                              `t32`.`child_id`
                                            FROM (
                                              SELECT
                                                `t30`.`la_code`,
                                                `t30`.`child_id`,
                                                COUNT(*) AS `_records`
                                              FROM `t27` AS `t30`
                                              GROUP BY
                                                1,
                                                2
                                            ) AS `t32`
                                            WHERE
                                              `t32`.`_records` > 1
                                          ) AS `t34`
                                            ON `t31`.`la_code` = `t34`.`la_code` AND `t31`.`child_id` = `t34`.`child_id`
                                        ) AS `t35`
                                        UNION ALL
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t40`.`child_id`,
                                            `t40`.`start_date`,
                                            `t40`.`reason_new_episode`,
                                            `t40`.`legal_status`,
                                            `t40`.`category_of_need`,
                                            `t40`.`placement_type`,
                                            `t40`.`placement_provider`,
                                            `t40`.`end_date`,
                                            `t40`.`reason_ceased`,
                                            `t40`.`reason_place_change`,
                                            `t40`.`home_postcode`,
                                            `t40`.`placement_postcode`,
                                            `t40`.`urn`,
                                            `t40`.`placed_outside_council`,
                                            `t40`.`la_code`,
                                            `t40`.`load_id`,
                                            `t40`.`period_start`,
                                            `t40`.`period_start_seen`,
                                            `t40`.`placement_start`,
                                            `t40`.`short_break`,
                                            `t40`.`previous_placement_start`,
                                            `t40`.`period_end`
                                          FROM `t39` AS `t40`
                                          WHERE
                                            NOT (
                                              `t40`.`_overlaps`
                                            )
                                        ) AS `t42`
                                      ) AS `t44`
                                      WHERE
                                        `t44`.`start_date` IS NOT NULL
                                    ) AS `t47`
                                    INNER JOIN `scorecard_month_spine` AS `t8`
                                      ON `t47`.`start_date` <= `t8`.`month_end` AND `t47`.`_until` > `t8`.`month_end`
                                  ) AS `t49`
                                ) AS `t50`
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t52`.`child_id`,
                                    `t52`.`start_date`,
                                    `t52`.`reason_new_episode`,
                                    `t52`.`legal_status`,
                                    `t52`.`category_of_need`,
                                    `t52`.`placement_type`,
                                    `t52`.`placement_provider`,
                                    `t52`.`end_date`,
                                    `t52`.`reason_ceased`,
                                    `t52`.`reason_place_change`,
                                    `t52`.`home_postcode`,
                                    `t52`.`placement_postcode`,
                                    `t52`.`urn`,
                                    `t52`.`placed_outside_council`,
                                    `t52`.`la_code`,
                                    `t52`.`load_id`,
                                    `t52`.`period_start`,
                                    `t52`.`period_start_seen`,
                                    `t52`.`placement_start`,
                                    `t52`.`short_break`,
                                    `t52`.`previous_placement_start`,
                                    `t52`.`period_end`,
                                    `t52`.`month`,
                                    `t52`.`month_end`,
                                    `t52`.`month_index`
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
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
                                        `t48`.`month`,
                                        `t48`.`month_end`,
                                        `t48`.`month_index`,
                                        ROW_NUMBER() OVER (
                                          PARTITION BY `t48`.`la_code`, `t48`.`child_id`, `t48`.`month`
                                          ORDER BY `t48`.`start_date` DESC
                                        ) - 1 AS `_rank`
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
                                          `t46`.`month`,
                                          `t46`.`month_end`,
                                          `t46`.`month_index`
                                        FROM (
                                          SELECT
                                            `t43`.`child_id`,
                                            `t43`.`start_date`,
                                            `t43`.`reason_new_episode`,
                                            `t43`.`legal_status`,
                                            `t43`.`category_of_need`,
                                            `t43`.`placement_type`,
                                            `t43`.`placement_provider`,
                                            `t43`.`end_date`,
                                            `t43`.`reason_ceased`,
                                            `t43`.`reason_place_change`,
                                            `t43`.`home_postcode`,
                                            `t43`.`placement_postcode`,
                                            `t43`.`urn`,
                                            `t43`.`placed_outside_council`,
                                            `t43`.`la_code`,
                                            `t43`.`load_id`,
                                            `t43`.`period_start`,
                                            `t43`.`period_start_seen`,
                                            `t43`.`placement_start`,
                                            `t43`.`short_break`,
                                            `t43`.`previous_placement_start`,
                                            `t43`.`period_end`,
                                            `t43`.`_until`,
                                            `t8`.`month`,
                                            `t8`.`month_end`,
                                            `t8`.`month_index`
                                          FROM (
                                            SELECT
                                              `t40`.`child_id`,
                                              `t40`.`start_date`,
                                              `t40`.`reason_new_episode`,
                                              `t40`.`legal_status`,
                                              `t40`.`category_of_need`,
                                              `t40`.`placement_type`,
                                              `t40`.`placement_provider`,
                                              `t40`.`end_date`,
                                              `t40`.`reason_ceased`,
                                              `t40`.`reason_place_change`,
                                              `t40`.`home_postcode`,
                                              `t40`.`placement_postcode`,
                                              `t40`.`urn`,
                                              `t40`.`placed_outside_council`,
                                              `t40`.`la_code`,
                                              `t40`.`load_id`,
                                              `t40`.`period_start`,
                                              `t40`.`period_start_seen`,
                                              `t40`.`placement_start`,
                                              `t40`.`short_break`,
                                              `t40`.`previous_placement_start`,
                                              `t40`.`period_end`,
                                              COALESCE(`t40`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM `t39` AS `t40`
                                            WHERE
                                              `t40`.`_overlaps` AND `t40`.`start_date` IS NOT NULL
                                          ) AS `t43`
                                          INNER JOIN `scorecard_month_spine` AS `t8`
                                            ON `t43`.`start_date` <= `t8`.`month_end` AND `t43`.`_until` > `t8`.`month_end`
                                        ) AS `t46`
                                      ) AS `t48`
                                    ) AS `t51`
                                    WHERE
                                      `t51`.`_rank` = 0
                                  ) AS `t52`
                                ) AS `t53`
                              ) AS `t55`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t19`.`la_code`,
                                  `t19`.`child_id`,
                                  `t19`.`month`,
                                  'UASC' AS `_uasc`
                                FROM (
                                  SELECT DISTINCT
                                    `t18`.`la_code`,
                                    `t18`.`child_id`,
                                    `t18`.`month`
                                  FROM (
                                    SELECT
                                      `t16`.`child_id`,
                                      `t16`.`start_date`,
                                      `t16`.`end_date`,
                                      `t16`.`la_code`,
                                      `t16`.`load_id`,
                                      `t16`.`month`,
                                      `t16`.`month_end`,
                                      `t16`.`month_index`
                                    FROM (
                                      SELECT
                                        `t13`.`child_id`,
                                        `t13`.`start_date`,
                                        `t13`.`end_date`,
                                        `t13`.`la_code`,
                                        `t13`.`load_id`,
                                        `t13`.`_until`,
                                        `t8`.`month`,
                                        `t8`.`month_end`,
                                        `t8`.`month_index`
                                      FROM (
                                        SELECT
                                          `t5`.`child_id`,
                                          COALESCE(`t5`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                          `t5`.`end_date`,
                                          `t5`.`la_code`,
                                          `t5`.`load_id`,
                                          COALESCE(`t5`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                        FROM `uasc_status` AS `t5`
                                        WHERE
                                          COALESCE(`t5`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                      ) AS `t13`
                                      INNER JOIN `scorecard_month_spine` AS `t8`
                                        ON `t13`.`start_date` <= `t8`.`month_end` AND `t13`.`_until` > `t8`.`month_end`
                                    ) AS `t16`
                                  ) AS `t18`
                                ) AS `t19`
                              ) AS `t22`
                                ON `t55`.`la_code` = `t22`.`la_code`
                                AND `t55`.`child_id` = `t22`.`child_id`
                                AND `t55`.`month` = `t22`.`month`
                            ) AS `t56`
                          ) AS `t57`
                        ) AS `t58`
                      ) AS `t59`
                    ) AS `t61`
                    LEFT OUTER JOIN (
                      SELECT
                        `t63`.`la_code`,
                        `t63`.`child_id`,
                        `t63`.`month`,
                        COUNT(*) AS `_moves`
                      FROM (
                        SELECT
                          `t61`.`child_id`,
                          `t61`.`start_date`,
                          `t61`.`reason_new_episode`,
                          `t61`.`legal_status`,
                          `t61`.`category_of_need`,
                          `t61`.`placement_type`,
                          `t61`.`placement_provider`,
                          `t61`.`end_date`,
                          `t61`.`reason_ceased`,
                          `t61`.`reason_place_change`,
                          `t61`.`home_postcode`,
                          `t61`.`placement_postcode`,
                          `t61`.`urn`,
                          `t61`.`placed_outside_council`,
                          `t61`.`la_code`,
                          `t61`.`load_id`,
                          `t61`.`period_start`,
                          `t61`.`period_start_seen`,
                          `t61`.`placement_start`,
                          `t61`.`short_break`,
                          `t61`.`previous_placement_start`,
                          `t61`.`period_end`,
                          `t61`.`month`,
                          `t61`.`month_end`,
                          `t61`.`month_index`,
                          `t61`.`uasc`,
                          `t61`.`_window_start`,
                          `t29`.`child_id` AS `child_id_right`,
                          `t29`.`start_date` AS `start_date_right`,
                          `t29`.`reason_new_episode` AS `reason_new_episode_right`,
                          `t29`.`legal_status` AS `legal_status_right`,
                          `t29`.`category_of_need` AS `category_of_need_right`,
                          `t29`.`placement_type` AS `placement_type_right`,
                          `t29`.`placement_provider` AS `placement_provider_right`,
                          `t29`.`end_date` AS `end_date_right`,
                          `t29`.`reason_ceased` AS `reason_ceased_right`,
                          `t29`.`reason_place_change` AS `reason_place_change_right`,
                          `t29`.`home_postcode` AS `home_postcode_right`,
                          `t29`.`placement_postcode` AS `placement_postcode_right`,
                          `t29`.`urn` AS `urn_right`,
                          `t29`.`placed_outside_council` AS `placed_outside_council_right`,
                          `t29`.`la_code` AS `la_code_right`,
                          `t29`.`load_id` AS `load_id_right`,
                          `t29`.`period_start` AS `period_start_right`,
                          `t29`.`period_start_seen` AS `period_start_seen_right`,
                          `t29`.`placement_start` AS `placement_start_right`,
                          `t29`.`short_break` AS `short_break_right`,
                          `t29`.`previous_placement_start` AS `previous_placement_start_right`,
                          `t29`.`period_end` AS `period_end_right`
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
                            `t59`.`month_index`,
                            `t59`.`uasc`,
                            `t59`.`month_end` - INTERVAL '1' YEAR AS `_window_start`
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
                              `t58`.`uasc`
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
                                `t57`.`month`,
                                `t57`.`month_end`,
                                `t57`.`month_index`,
                                `t57`.`_uasc`,
                                COALESCE(`t57`.`_uasc`, 'Not UASC') AS `uasc`
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
                                  `t56`.`month_index`,
                                  `t56`.`_uasc`
                                FROM (
                                  SELECT
                                    `t55`.`child_id`,
                                    `t55`.`start_date`,
                                    `t55`.`reason_new_episode`,
                                    `t55`.`legal_status`,
                                    `t55`.`category_of_need`,
                                    `t55`.`placement_type`,
                                    `t55`.`placement_provider`,
                                    `t55`.`end_date`,
                                    `t55`.`reason_ceased`,
                                    `t55`.`reason_place_change`,
                                    `t55`.`home_postcode`,
                                    `t55`.`placement_postcode`,
                                    `t55`.`urn`,
                                    `t55`.`placed_outside_council`,
                                    `t55`.`la_code`,
                                    `t55`.`load_id`,
                                    `t55`.`period_start`,
                                    `t55`.`period_start_seen`,
                                    `t55`.`placement_start`,
                                    `t55`.`short_break`,
                                    `t55`.`previous_placement_start`,
                                    `t55`.`period_end`,
                                    `t55`.`month`,
                                    `t55`.`month_end`,
                                    `t55`.`month_index`,
                                    `t22`.`la_code` AS `la_code_right`,
                                    `t22`.`child_id` AS `child_id_right`,
                                    `t22`.`month` AS `month_right`,
                                    `t22`.`_uasc`
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t49`.`child_id`,
                                        `t49`.`start_date`,
                                        `t49`.`reason_new_episode`,
                                        `t49`.`legal_status`,
                                        `t49`.`category_of_need`,
                                        `t49`.`placement_type`,
                                        `t49`.`placement_provider`,
                                        `t49`.`end_date`,
                                        `t49`.`reason_ceased`,
                                        `t49`.`reason_place_change`,
                                        `t49`.`home_postcode`,
                                        `t49`.`placement_postcode`,
                                        `t49`.`urn`,
                                        `t49`.`placed_outside_council`,
                                        `t49`.`la_code`,
                                        `t49`.`load_id`,
                                        `t49`.`period_start`,
                                        `t49`.`period_start_seen`,
                                        `t49`.`placement_start`,
                                        `t49`.`short_break`,
                                        `t49`.`previous_placement_start`,
                                        `t49`.`period_end`,
                                        `t49`.`month`,
                                        `t49`.`month_end`,
                                        `t49`.`month_index`
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
                                          `t47`.`_until`,
                                          `t8`.`month`,
                                          `t8`.`month_end`,
                                          `t8`.`month_index`
                                        FROM (
                                          SELECT
                                            `t44`.`child_id`,
                                            `t44`.`start_date`,
                                            `t44`.`reason_new_episode`,
                                            `t44`.`legal_status`,
                                            `t44`.`category_of_need`,
                                            `t44`.`placement_type`,
                                            `t44`.`placement_provider`,
                                            `t44`.`end_date`,
                                            `t44`.`reason_ceased`,
                                            `t44`.`reason_place_change`,
                                            `t44`.`home_postcode`,
                                            `t44`.`placement_postcode`,
                                            `t44`.`urn`,
                                            `t44`.`placed_outside_council`,
                                            `t44`.`la_code`,
                                            `t44`.`load_id`,
                                            `t44`.`period_start`,
                                            `t44`.`period_start_seen`,
                                            `t44`.`placement_start`,
                                            `t44`.`short_break`,
                                            `t44`.`previous_placement_start`,
                                            `t44`.`period_end`,
                                            COALESCE(`t44`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t31`.`child_id`,
                                                `t31`.`start_date`,
                                                `t31`.`reason_new_episode`,
                                                `t31`.`legal_status`,
                                                `t31`.`category_of_need`,
                                                `t31`.`placement_type`,
                                                `t31`.`placement_provider`,
                                                `t31`.`end_date`,
                                                `t31`.`reason_ceased`,
                                                `t31`.`reason_place_change`,
                                                `t31`.`home_postcode`,
                                                `t31`.`placement_postcode`,
                                                `t31`.`urn`,
                                                `t31`.`placed_outside_council`,
                                                `t31`.`la_code`,
                                                `t31`.`load_id`,
                                                `t31`.`period_start`,
                                                `t31`.`period_start_seen`,
                                                `t31`.`placement_start`,
                                                `t31`.`short_break`,
                                                `t31`.`previous_placement_start`,
                                                `t31`.`period_end`
                                              FROM `t27` AS `t31`
                                              LEFT ANTI JOIN (
                                                SELECT
                                                  `t32`.`la_code`,
                                                  `t32`.`child_id`
                                                FROM (
                                                  SELECT
                                                    `t30`.`la_code`,
                                                    `t30`.`child_id`,
                                                    COUNT(*) AS `_records`
                                                  FROM `t27` AS `t30`
                                                  GROUP BY
                                                    1,
                                                    2
                                                ) AS `t32`
                                                WHERE
                                                  `t32`.`_records` > 1
                                              ) AS `t34`
                                                ON `t31`.`la_code` = `t34`.`la_code` AND `t31`.`child_id` = `t34`.`child_id`
                                            ) AS `t35`
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t40`.`child_id`,
                                                `t40`.`start_date`,
                                                `t40`.`reason_new_episode`,
                                                `t40`.`legal_status`,
                                                `t40`.`category_of_need`,
                                                `t40`.`placement_type`,
                                                `t40`.`placement_provider`,
                                                `t40`.`end_date`,
                                                `t40`.`reason_ceased`,
                                                `t40`.`reason_place_change`,
                                                `t40`.`home_postcode`,
                                                `t40`.`placement_postcode`,
                                                `t40`.`urn`,
                                                `t40`.`placed_outside_council`,
                                                `t40`.`la_code`,
                                                `t40`.`load_id`,
                                                `t40`.`period_start`,
                                                `t40`.`period_start_seen`,
                                                `t40`.`placement_start`,
                                                `t40`.`short_break`,
                                                `t40`.`previous_placement_start`,
                                                `t40`.`period_end`
                                              FROM `t39` AS `t40`
                                              WHERE
                                                NOT (
                                                  `t40`.`_overlaps`
                                                )
                                            ) AS `t42`
                                          ) AS `t44`
                                          WHERE
                                            `t44`.`start_date` IS NOT NULL
                                        ) AS `t47`
                                        INNER JOIN `scorecard_month_spine` AS `t8`
                                          ON `t47`.`start_date` <= `t8`.`month_end` AND `t47`.`_until` > `t8`.`month_end`
                                      ) AS `t49`
                                    ) AS `t50`
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t52`.`child_id`,
                                        `t52`.`start_date`,
                                        `t52`.`reason_new_episode`,
                                        `t52`.`legal_status`,
                                        `t52`.`category_of_need`,
                                        `t52`.`placement_type`,
                                        `t52`.`placement_provider`,
                                        `t52`.`end_date`,
                                        `t52`.`reason_ceased`,
                                        `t52`.`reason_place_change`,
                                        `t52`.`home_postcode`,
                                        `t52`.`placement_postcode`,
                                        `t52`.`urn`,
                                        `t52`.`placed_outside_council`,
                                        `t52`.`la_code`,
                                        `t52`.`load_id`,
                                        `t52`.`period_start`,
                                        `t52`.`period_start_seen`,
                                        `t52`.`placement_start`,
                                        `t52`.`short_break`,
                                        `t52`.`previous_placement_start`,
                                        `t52`.`period_end`,
                                        `t52`.`month`,
                                        `t52`.`month_end`,
                                        `t52`.`month_index`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
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
                                            `t48`.`month`,
                                            `t48`.`month_end`,
                                            `t48`.`month_index`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t48`.`la_code`, `t48`.`child_id`, `t48`.`month`
                                              ORDER BY `t48`.`start_date` DESC
                                            ) - 1 AS `_rank`
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
                                              `t46`.`month`,
                                              `t46`.`month_end`,
                                              `t46`.`month_index`
                                            FROM (
                                              SELECT
                                                `t43`.`child_id`,
                                                `t43`.`start_date`,
                                                `t43`.`reason_new_episode`,
                                                `t43`.`legal_status`,
                                                `t43`.`category_of_need`,
                                                `t43`.`placement_type`,
                                                `t43`.`placement_provider`,
                                                `t43`.`end_date`,
                                                `t43`.`reason_ceased`,
                                                `t43`.`reason_place_change`,
                                                `t43`.`home_postcode`,
                                                `t43`.`placement_postcode`,
                                                `t43`.`urn`,
                                                `t43`.`placed_outside_council`,
                                                `t43`.`la_code`,
                                                `t43`.`load_id`,
                                                `t43`.`period_start`,
                                                `t43`.`period_start_seen`,
                                                `t43`.`placement_start`,
                                                `t43`.`short_break`,
                                                `t43`.`previous_placement_start`,
                                                `t43`.`period_end`,
                                                `t43`.`_until`,
                                                `t8`.`month`,
                                                `t8`.`month_end`,
                                                `t8`.`month_index`
                                              FROM (
                                                SELECT
                                                  `t40`.`child_id`,
                                                  `t40`.`start_date`,
                                                  `t40`.`reason_new_episode`,
                                                  `t40`.`legal_status`,
                                                  `t40`.`category_of_need`,
                                                  `t40`.`placement_type`,
                                                  `t40`.`placement_provider`,
                                                  `t40`.`end_date`,
                                                  `t40`.`reason_ceased`,
                                                  `t40`.`reason_place_change`,
                                                  `t40`.`home_postcode`,
                                                  `t40`.`placement_postcode`,
                                                  `t40`.`urn`,
                                                  `t40`.`placed_outside_council`,
                                                  `t40`.`la_code`,
                                                  `t40`.`load_id`,
                                                  `t40`.`period_start`,
                                                  `t40`.`period_start_seen`,
                                                  `t40`.`placement_start`,
                                                  `t40`.`short_break`,
                                                  `t40`.`previous_placement_start`,
                                                  `t40`.`period_end`,
                                                  COALESCE(`t40`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                FROM `t39` AS `t40`
                                                WHERE
                                                  `t40`.`_overlaps` AND `t40`.`start_date` IS NOT NULL
                                              ) AS `t43`
                                              INNER JOIN `scorecard_month_spine` AS `t8`
                                                ON `t43`.`start_date` <= `t8`.`month_end` AND `t43`.`_until` > `t8`.`month_end`
                                            ) AS `t46`
                                          ) AS `t48`
                                        ) AS `t51`
                                        WHERE
                                          `t51`.`_rank` = 0
                                      ) AS `t52`
                                    ) AS `t53`
                                  ) AS `t55`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t19`.`la_code`,
                                      `t19`.`child_id`,
                                      `t19`.`month`,
                                      'UASC' AS `_uasc`
                                    FROM (
                                      SELECT DISTINCT
                                        `t18`.`la_code`,
                                        `t18`.`child_id`,
                                        `t18`.`month`
                                      FROM (
                                        SELECT
                                          `t16`.`child_id`,
                                          `t16`.`start_date`,
                                          `t16`.`end_date`,
                                          `t16`.`la_code`,
                                          `t16`.`load_id`,
                                          `t16`.`month`,
                                          `t16`.`month_end`,
                                          `t16`.`month_index`
                                        FROM (
                                          SELECT
                                            `t13`.`child_id`,
                                            `t13`.`start_date`,
                                            `t13`.`end_date`,
                                            `t13`.`la_code`,
                                            `t13`.`load_id`,
                                            `t13`.`_until`,
                                            `t8`.`month`,
                                            `t8`.`month_end`,
                                            `t8`.`month_index`
                                          FROM (
                                            SELECT
                                              `t5`.`child_id`,
                                              COALESCE(`t5`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                              `t5`.`end_date`,
                                              `t5`.`la_code`,
                                              `t5`.`load_id`,
                                              COALESCE(`t5`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM `uasc_status` AS `t5`
                                            WHERE
                                              COALESCE(`t5`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                          ) AS `t13`
                                          INNER JOIN `scorecard_month_spine` AS `t8`
                                            ON `t13`.`start_date` <= `t8`.`month_end` AND `t13`.`_until` > `t8`.`month_end`
                                        ) AS `t16`
                                      ) AS `t18`
                                    ) AS `t19`
                                  ) AS `t22`
                                    ON `t55`.`la_code` = `t22`.`la_code`
                                    AND `t55`.`child_id` = `t22`.`child_id`
                                    AND `t55`.`month` = `t22`.`month`
                                ) AS `t56`
                              ) AS `t57`
                            ) AS `t58`
                          ) AS `t59`
                        ) AS `t61`
                        INNER JOIN (
                          SELECT
                            *
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
                              `t23`.`period_end`
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
                                `t21`.`_move`,
                                `t21`.`short_break`,
                                `t21`.`_previous`,
                                MAX(`t21`.`_previous`) OVER (
                                  PARTITION BY `t21`.`la_code`, `t21`.`child_id`
                                  ORDER BY `t21`.`start_date` ASC NULLS LAST
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                ) AS `previous_placement_start`,
                                IF(
                                  BOOL_OR(`t21`.`end_date` IS NULL) OVER (
                                    PARTITION BY `t21`.`la_code`, `t21`.`child_id`, `t21`.`period_start`
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  ),
                                  CAST(NULL AS DATE),
                                  MAX(`t21`.`end_date`) OVER (
                                    PARTITION BY `t21`.`la_code`, `t21`.`child_id`, `t21`.`period_start`
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                  )
                                ) AS `period_end`
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
                                  IF(
                                    `t17`.`_move` IS NOT NULL,
                                    LAG(`t17`.`placement_start`) OVER (
                                      PARTITION BY `t17`.`la_code`, `t17`.`child_id`
                                      ORDER BY `t17`.`start_date` ASC NULLS LAST
                                    ),
                                    CAST(NULL AS DATE)
                                  ) AS `_previous`
                                FROM (
                                  SELECT
                                    `t11`.`child_id`,
                                    `t11`.`start_date`,
                                    `t11`.`reason_new_episode`,
                                    `t11`.`legal_status`,
                                    `t11`.`category_of_need`,
                                    `t11`.`placement_type`,
                                    `t11`.`placement_provider`,
                                    `t11`.`end_date`,
                                    `t11`.`reason_ceased`,
                                    `t11`.`reason_place_change`,
                                    `t11`.`home_postcode`,
                                    `t11`.`placement_postcode`,
                                    `t11`.`urn`,
                                    `t11`.`placed_outside_council`,
                                    `t11`.`la_code`,
                                    `t11`.`load_id`,
                                    COALESCE(
                                      MAX(IF(`t11`.`reason_new_episode` = 'S', `t11`.`start_date`, CAST(NULL AS DATE))) OVER (
                                        PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                        ORDER BY `t11`.`start_date` ASC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN(`t11`.`start_date`) OVER (
                                        PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS `period_start`,
                                    MAX(IF(`t11`.`reason_new_episode` = 'S', `t11`.`start_date`, CAST(NULL AS DATE))) OVER (
                                      PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                      ORDER BY `t11`.`start_date` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) IS NOT NULL AS `period_start_seen`,
                                    COALESCE(
                                      MAX(
                                        IF(
                                          `t11`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                          `t11`.`start_date`,
                                          CAST(NULL AS DATE)
                                        )
                                      ) OVER (
                                        PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                        ORDER BY `t11`.`start_date` ASC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ),
                                      MIN(`t11`.`start_date`) OVER (
                                        PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS `placement_start`,
                                    IF(
                                      `t11`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                      `t11`.`start_date`,
                                      CAST(NULL AS DATE)
                                    ) AS `_move`,
                                    `t11`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                  FROM (
                                    SELECT
                                      *
                                    FROM `looked_after_episode` AS `t4`
                                    WHERE
                                      `t4`.`start_date` IS NOT NULL
                                  ) AS `t11`
                                ) AS `t17`
                              ) AS `t21`
                            ) AS `t23`
                          ) AS `t24`
                          WHERE
                            NOT (
                              `t24`.`short_break`
                            )
                            AND `t24`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U')
                        ) AS `t29`
                          ON `t61`.`la_code` = `t29`.`la_code`
                          AND `t61`.`child_id` = `t29`.`child_id`
                          AND `t29`.`start_date` > `t61`.`_window_start`
                          AND `t29`.`start_date` <= `t61`.`month_end`
                      ) AS `t63`
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS `t66`
                      ON `t61`.`la_code` = `t66`.`la_code`
                      AND `t61`.`child_id` = `t66`.`child_id`
                      AND `t61`.`month` = `t66`.`month`
                  ) AS `t69`
                ) AS `t71`
                LEFT OUTER JOIN (
                  SELECT
                    `t64`.`la_code`,
                    `t64`.`child_id`,
                    `t64`.`month`,
                    1 AS `_already`
                  FROM (
                    SELECT DISTINCT
                      *
                    FROM (
                      SELECT
                        `t61`.`la_code`,
                        `t61`.`child_id`,
                        `t61`.`month`
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
                          `t59`.`month_index`,
                          `t59`.`uasc`,
                          `t59`.`month_end` - INTERVAL '1' YEAR AS `_window_start`
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
                            `t58`.`uasc`
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
                              `t57`.`month`,
                              `t57`.`month_end`,
                              `t57`.`month_index`,
                              `t57`.`_uasc`,
                              COALESCE(`t57`.`_uasc`, 'Not UASC') AS `uasc`
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
                                `t56`.`month_index`,
                                `t56`.`_uasc`
                              FROM (
                                SELECT
                                  `t55`.`child_id`,
                                  `t55`.`start_date`,
                                  `t55`.`reason_new_episode`,
                                  `t55`.`legal_status`,
                                  `t55`.`category_of_need`,
                                  `t55`.`placement_type`,
                                  `t55`.`placement_provider`,
                                  `t55`.`end_date`,
                                  `t55`.`reason_ceased`,
                                  `t55`.`reason_place_change`,
                                  `t55`.`home_postcode`,
                                  `t55`.`placement_postcode`,
                                  `t55`.`urn`,
                                  `t55`.`placed_outside_council`,
                                  `t55`.`la_code`,
                                  `t55`.`load_id`,
                                  `t55`.`period_start`,
                                  `t55`.`period_start_seen`,
                                  `t55`.`placement_start`,
                                  `t55`.`short_break`,
                                  `t55`.`previous_placement_start`,
                                  `t55`.`period_end`,
                                  `t55`.`month`,
                                  `t55`.`month_end`,
                                  `t55`.`month_index`,
                                  `t22`.`la_code` AS `la_code_right`,
                                  `t22`.`child_id` AS `child_id_right`,
                                  `t22`.`month` AS `month_right`,
                                  `t22`.`_uasc`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t49`.`child_id`,
                                      `t49`.`start_date`,
                                      `t49`.`reason_new_episode`,
                                      `t49`.`legal_status`,
                                      `t49`.`category_of_need`,
                                      `t49`.`placement_type`,
                                      `t49`.`placement_provider`,
                                      `t49`.`end_date`,
                                      `t49`.`reason_ceased`,
                                      `t49`.`reason_place_change`,
                                      `t49`.`home_postcode`,
                                      `t49`.`placement_postcode`,
                                      `t49`.`urn`,
                                      `t49`.`placed_outside_council`,
                                      `t49`.`la_code`,
                                      `t49`.`load_id`,
                                      `t49`.`period_start`,
                                      `t49`.`period_start_seen`,
                                      `t49`.`placement_start`,
                                      `t49`.`short_break`,
                                      `t49`.`previous_placement_start`,
                                      `t49`.`period_end`,
                                      `t49`.`month`,
                                      `t49`.`month_end`,
                                      `t49`.`month_index`
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
                                        `t47`.`_until`,
                                        `t8`.`month`,
                                        `t8`.`month_end`,
                                        `t8`.`month_index`
                                      FROM (
                                        SELECT
                                          `t44`.`child_id`,
                                          `t44`.`start_date`,
                                          `t44`.`reason_new_episode`,
                                          `t44`.`legal_status`,
                                          `t44`.`category_of_need`,
                                          `t44`.`placement_type`,
                                          `t44`.`placement_provider`,
                                          `t44`.`end_date`,
                                          `t44`.`reason_ceased`,
                                          `t44`.`reason_place_change`,
                                          `t44`.`home_postcode`,
                                          `t44`.`placement_postcode`,
                                          `t44`.`urn`,
                                          `t44`.`placed_outside_council`,
                                          `t44`.`la_code`,
                                          `t44`.`load_id`,
                                          `t44`.`period_start`,
                                          `t44`.`period_start_seen`,
                                          `t44`.`placement_start`,
                                          `t44`.`short_break`,
                                          `t44`.`previous_placement_start`,
                                          `t44`.`period_end`,
                                          COALESCE(`t44`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              `t31`.`child_id`,
                                              `t31`.`start_date`,
                                              `t31`.`reason_new_episode`,
                                              `t31`.`legal_status`,
                                              `t31`.`category_of_need`,
                                              `t31`.`placement_type`,
                                              `t31`.`placement_provider`,
                                              `t31`.`end_date`,
                                              `t31`.`reason_ceased`,
                                              `t31`.`reason_place_change`,
                                              `t31`.`home_postcode`,
                                              `t31`.`placement_postcode`,
                                              `t31`.`urn`,
                                              `t31`.`placed_outside_council`,
                                              `t31`.`la_code`,
                                              `t31`.`load_id`,
                                              `t31`.`period_start`,
                                              `t31`.`period_start_seen`,
                                              `t31`.`placement_start`,
                                              `t31`.`short_break`,
                                              `t31`.`previous_placement_start`,
                                              `t31`.`period_end`
                                            FROM `t27` AS `t31`
                                            LEFT ANTI JOIN (
                                              SELECT
                                                `t32`.`la_code`,
                                                `t32`.`child_id`
                                              FROM (
                                                SELECT
                                                  `t30`.`la_code`,
                                                  `t30`.`child_id`,
                                                  COUNT(*) AS `_records`
                                                FROM `t27` AS `t30`
                                                GROUP BY
                                                  1,
                                                  2
                                              ) AS `t32`
                                              WHERE
                                                `t32`.`_records` > 1
                                            ) AS `t34`
                                              ON `t31`.`la_code` = `t34`.`la_code` AND `t31`.`child_id` = `t34`.`child_id`
                                          ) AS `t35`
                                          UNION ALL
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              `t40`.`child_id`,
                                              `t40`.`start_date`,
                                              `t40`.`reason_new_episode`,
                                              `t40`.`legal_status`,
                                              `t40`.`category_of_need`,
                                              `t40`.`placement_type`,
                                              `t40`.`placement_provider`,
                                              `t40`.`end_date`,
                                              `t40`.`reason_ceased`,
                                              `t40`.`reason_place_change`,
                                              `t40`.`home_postcode`,
                                              `t40`.`placement_postcode`,
                                              `t40`.`urn`,
                                              `t40`.`placed_outside_council`,
                                              `t40`.`la_code`,
                                              `t40`.`load_id`,
                                              `t40`.`period_start`,
                                              `t40`.`period_start_seen`,
                                              `t40`.`placement_start`,
                                              `t40`.`short_break`,
                                              `t40`.`previous_placement_start`,
                                              `t40`.`period_end`
                                            FROM `t39` AS `t40`
                                            WHERE
                                              NOT (
                                                `t40`.`_overlaps`
                                              )
                                          ) AS `t42`
                                        ) AS `t44`
                                        WHERE
                                          `t44`.`start_date` IS NOT NULL
                                      ) AS `t47`
                                      INNER JOIN `scorecard_month_spine` AS `t8`
                                        ON `t47`.`start_date` <= `t8`.`month_end` AND `t47`.`_until` > `t8`.`month_end`
                                    ) AS `t49`
                                  ) AS `t50`
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t52`.`child_id`,
                                      `t52`.`start_date`,
                                      `t52`.`reason_new_episode`,
                                      `t52`.`legal_status`,
                                      `t52`.`category_of_need`,
                                      `t52`.`placement_type`,
                                      `t52`.`placement_provider`,
                                      `t52`.`end_date`,
                                      `t52`.`reason_ceased`,
                                      `t52`.`reason_place_change`,
                                      `t52`.`home_postcode`,
                                      `t52`.`placement_postcode`,
                                      `t52`.`urn`,
                                      `t52`.`placed_outside_council`,
                                      `t52`.`la_code`,
                                      `t52`.`load_id`,
                                      `t52`.`period_start`,
                                      `t52`.`period_start_seen`,
                                      `t52`.`placement_start`,
                                      `t52`.`short_break`,
                                      `t52`.`previous_placement_start`,
                                      `t52`.`period_end`,
                                      `t52`.`month`,
                                      `t52`.`month_end`,
                                      `t52`.`month_index`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
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
                                          `t48`.`month`,
                                          `t48`.`month_end`,
                                          `t48`.`month_index`,
                                          ROW_NUMBER() OVER (
                                            PARTITION BY `t48`.`la_code`, `t48`.`child_id`, `t48`.`month`
                                            ORDER BY `t48`.`start_date` DESC
                                          ) - 1 AS `_rank`
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
                                            `t46`.`month`,
                                            `t46`.`month_end`,
                                            `t46`.`month_index`
                                          FROM (
                                            SELECT
                                              `t43`.`child_id`,
                                              `t43`.`start_date`,
                                              `t43`.`reason_new_episode`,
                                              `t43`.`legal_status`,
                                              `t43`.`category_of_need`,
                                              `t43`.`placement_type`,
                                              `t43`.`placement_provider`,
                                              `t43`.`end_date`,
                                              `t43`.`reason_ceased`,
                                              `t43`.`reason_place_change`,
                                              `t43`.`home_postcode`,
                                              `t43`.`placement_postcode`,
                                              `t43`.`urn`,
                                              `t43`.`placed_outside_council`,
                                              `t43`.`la_code`,
                                              `t43`.`load_id`,
                                              `t43`.`period_start`,
                                              `t43`.`period_start_seen`,
                                              `t43`.`placement_start`,
                                              `t43`.`short_break`,
                                              `t43`.`previous_placement_start`,
                                              `t43`.`period_end`,
                                              `t43`.`_until`,
                                              `t8`.`month`,
                                              `t8`.`month_end`,
                                              `t8`.`month_index`
                                            FROM (
                                              SELECT
                                                `t40`.`child_id`,
                                                `t40`.`start_date`,
                                                `t40`.`reason_new_episode`,
                                                `t40`.`legal_status`,
                                                `t40`.`category_of_need`,
                                                `t40`.`placement_type`,
                                                `t40`.`placement_provider`,
                                                `t40`.`end_date`,
                                                `t40`.`reason_ceased`,
                                                `t40`.`reason_place_change`,
                                                `t40`.`home_postcode`,
                                                `t40`.`placement_postcode`,
                                                `t40`.`urn`,
                                                `t40`.`placed_outside_council`,
                                                `t40`.`la_code`,
                                                `t40`.`load_id`,
                                                `t40`.`period_start`,
                                                `t40`.`period_start_seen`,
                                                `t40`.`placement_start`,
                                                `t40`.`short_break`,
                                                `t40`.`previous_placement_start`,
                                                `t40`.`period_end`,
                                                COALESCE(`t40`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                              FROM `t39` AS `t40`
                                              WHERE
                                                `t40`.`_overlaps` AND `t40`.`start_date` IS NOT NULL
                                            ) AS `t43`
                                            INNER JOIN `scorecard_month_spine` AS `t8`
                                              ON `t43`.`start_date` <= `t8`.`month_end` AND `t43`.`_until` > `t8`.`month_end`
                                          ) AS `t46`
                                        ) AS `t48`
                                      ) AS `t51`
                                      WHERE
                                        `t51`.`_rank` = 0
                                    ) AS `t52`
                                  ) AS `t53`
                                ) AS `t55`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t19`.`la_code`,
                                    `t19`.`child_id`,
                                    `t19`.`month`,
                                    'UASC' AS `_uasc`
                                  FROM (
                                    SELECT DISTINCT
                                      `t18`.`la_code`,
                                      `t18`.`child_id`,
                                      `t18`.`month`
                                    FROM (
                                      SELECT
                                        `t16`.`child_id`,
                                        `t16`.`start_date`,
                                        `t16`.`end_date`,
                                        `t16`.`la_code`,
                                        `t16`.`load_id`,
                                        `t16`.`month`,
                                        `t16`.`month_end`,
                                        `t16`.`month_index`
                                      FROM (
                                        SELECT
                                          `t13`.`child_id`,
                                          `t13`.`start_date`,
                                          `t13`.`end_date`,
                                          `t13`.`la_code`,
                                          `t13`.`load_id`,
                                          `t13`.`_until`,
                                          `t8`.`month`,
                                          `t8`.`month_end`,
                                          `t8`.`month_index`
                                        FROM (
                                          SELECT
                                            `t5`.`child_id`,
                                            COALESCE(`t5`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                            `t5`.`end_date`,
                                            `t5`.`la_code`,
                                            `t5`.`load_id`,
                                            COALESCE(`t5`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                          FROM `uasc_status` AS `t5`
                                          WHERE
                                            COALESCE(`t5`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                        ) AS `t13`
                                        INNER JOIN `scorecard_month_spine` AS `t8`
                                          ON `t13`.`start_date` <= `t8`.`month_end` AND `t13`.`_until` > `t8`.`month_end`
                                      ) AS `t16`
                                    ) AS `t18`
                                  ) AS `t19`
                                ) AS `t22`
                                  ON `t55`.`la_code` = `t22`.`la_code`
                                  AND `t55`.`child_id` = `t22`.`child_id`
                                  AND `t55`.`month` = `t22`.`month`
                              ) AS `t56`
                            ) AS `t57`
                          ) AS `t58`
                        ) AS `t59`
                      ) AS `t61`
                      INNER JOIN (
                        SELECT
                          *
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
                            `t23`.`period_end`
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
                              `t21`.`_move`,
                              `t21`.`short_break`,
                              `t21`.`_previous`,
                              MAX(`t21`.`_previous`) OVER (
                                PARTITION BY `t21`.`la_code`, `t21`.`child_id`
                                ORDER BY `t21`.`start_date` ASC NULLS LAST
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                              ) AS `previous_placement_start`,
                              IF(
                                BOOL_OR(`t21`.`end_date` IS NULL) OVER (
                                  PARTITION BY `t21`.`la_code`, `t21`.`child_id`, `t21`.`period_start`
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                ),
                                CAST(NULL AS DATE),
                                MAX(`t21`.`end_date`) OVER (
                                  PARTITION BY `t21`.`la_code`, `t21`.`child_id`, `t21`.`period_start`
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                )
                              ) AS `period_end`
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
                                IF(
                                  `t17`.`_move` IS NOT NULL,
                                  LAG(`t17`.`placement_start`) OVER (
                                    PARTITION BY `t17`.`la_code`, `t17`.`child_id`
                                    ORDER BY `t17`.`start_date` ASC NULLS LAST
                                  ),
                                  CAST(NULL AS DATE)
                                ) AS `_previous`
                              FROM (
                                SELECT
                                  `t11`.`child_id`,
                                  `t11`.`start_date`,
                                  `t11`.`reason_new_episode`,
                                  `t11`.`legal_status`,
                                  `t11`.`category_of_need`,
                                  `t11`.`placement_type`,
                                  `t11`.`placement_provider`,
                                  `t11`.`end_date`,
                                  `t11`.`reason_ceased`,
                                  `t11`.`reason_place_change`,
                                  `t11`.`home_postcode`,
                                  `t11`.`placement_postcode`,
                                  `t11`.`urn`,
                                  `t11`.`placed_outside_council`,
                                  `t11`.`la_code`,
                                  `t11`.`load_id`,
                                  COALESCE(
                                    MAX(IF(`t11`.`reason_new_episode` = 'S', `t11`.`start_date`, CAST(NULL AS DATE))) OVER (
                                      PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                      ORDER BY `t11`.`start_date` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN(`t11`.`start_date`) OVER (
                                      PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS `period_start`,
                                  MAX(IF(`t11`.`reason_new_episode` = 'S', `t11`.`start_date`, CAST(NULL AS DATE))) OVER (
                                    PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                    ORDER BY `t11`.`start_date` ASC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) IS NOT NULL AS `period_start_seen`,
                                  COALESCE(
                                    MAX(
                                      IF(
                                        `t11`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                        `t11`.`start_date`,
                                        CAST(NULL AS DATE)
                                      )
                                    ) OVER (
                                      PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                      ORDER BY `t11`.`start_date` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ),
                                    MIN(`t11`.`start_date`) OVER (
                                      PARTITION BY `t11`.`la_code`, `t11`.`child_id`
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS `placement_start`,
                                  IF(
                                    `t11`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                    `t11`.`start_date`,
                                    CAST(NULL AS DATE)
                                  ) AS `_move`,
                                  `t11`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                FROM (
                                  SELECT
                                    *
                                  FROM `looked_after_episode` AS `t4`
                                  WHERE
                                    `t4`.`start_date` IS NOT NULL
                                ) AS `t11`
                              ) AS `t17`
                            ) AS `t21`
                          ) AS `t23`
                        ) AS `t24`
                        WHERE
                          NOT (
                            `t24`.`short_break`
                          )
                      ) AS `t28`
                        ON `t61`.`la_code` = `t28`.`la_code`
                        AND `t61`.`child_id` = `t28`.`child_id`
                        AND `t28`.`start_date` <= `t61`.`_window_start`
                        AND COALESCE(`t28`.`end_date`, MAKE_DATE(9999, 12, 31)) > `t61`.`_window_start`
                    ) AS `t62`
                  ) AS `t64`
                ) AS `t68`
                  ON `t71`.`la_code` = `t68`.`la_code`
                  AND `t71`.`child_id` = `t68`.`child_id`
                  AND `t71`.`month` = `t68`.`month`
              ) AS `t72`
            ) AS `t73`
          ) AS `t74`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t75`
      ) AS `t76`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t78`
      ON `t78`.`la_code` = `t7`.`la_code`
      AND `t78`.`indicator_id` = `t9`.`indicator_id`
      AND `t78`.`month_index` <= `t8`.`month_index`
      AND `t78`.`month_index` >= (
        `t8`.`month_index` - IF(`t78`.`breakdown` = 'month_alone', 0, `t9`.`months_back`)
      )
  ) AS `t79`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t92`.`la_code`,
  `t92`.`indicator_id`,
  `t92`.`month`,
  `t92`.`breakdown`,
  `t92`.`breakdown_value`,
  `t92`.`numerator`,
  CASE
    WHEN `t92`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t92`.`unit` = 'rate'
    THEN CAST(`t6`.`population` AS DOUBLE)
    ELSE `t92`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t92`.`unit` = 'count'
    THEN `t92`.`numerator`
    WHEN `t92`.`unit` = 'rate'
    THEN IF(
      CAST(`t6`.`population` AS DOUBLE) > 0,
      (
        `t92`.`numerator` * 10000
      ) / CAST(`t6`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t92`.`unit` = 'percent'
    THEN IF(
      `t92`.`denominator` > 0,
      `t92`.`numerator` / `t92`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t92`.`denominator` > 0,
      `t92`.`numerator` / `t92`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t86`.`la_code`,
      `t86`.`indicator_id`,
      `t86`.`month`,
      `t86`.`breakdown`,
      `t86`.`breakdown_value`,
      `t86`.`unit`,
      `t86`.`numerator`,
      `t86`.`denominator`
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
            ('STAB1', 0, 'percent') AS t9(indicator_id, months_back, unit)
        ) AS `t10`
        WHERE
          `t10`.`months_back` > 0
      ) AS `t15`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t80` AS `t81`
        WHERE
          `t81`.`breakdown` = 'month_alone'
      ) AS `t84`
        ON `t15`.`la_code` = `t84`.`la_code`
        AND `t15`.`indicator_id` = `t84`.`indicator_id`
        AND `t15`.`month` = `t84`.`month`
    ) AS `t86`
  ) AS `t88`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t80` AS `t81`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t87`.`la_code`,
        `t87`.`indicator_id`,
        `t87`.`month`,
        `t87`.`breakdown`,
        `t87`.`breakdown_value`,
        `t87`.`unit`,
        `t87`.`numerator`,
        `t87`.`denominator`
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
          ('STAB1', 0, 'percent') AS t9(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t80` AS `t81`
          WHERE
            `t81`.`breakdown` = 'all'
        ) AS `t85`
          ON `t7`.`la_code` = `t85`.`la_code`
          AND `t9`.`indicator_id` = `t85`.`indicator_id`
          AND `t8`.`month` = `t85`.`month`
      ) AS `t87`
    ) AS `t89`
  ) AS `t90`
) AS `t92`
LEFT OUTER JOIN `scorecard_population` AS `t6`
  ON `t92`.`la_code` = `t6`.`la_code` AND `t92`.`month` = `t6`.`month`
