WITH `t31` AS (
  SELECT
    *
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
      `t27`.`period_end`
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
        `t25`.`_move`,
        `t25`.`short_break`,
        `t25`.`_previous`,
        MAX(`t25`.`_previous`) OVER (
          PARTITION BY `t25`.`la_code`, `t25`.`child_id`
          ORDER BY `t25`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `previous_placement_start`,
        IF(
          BOOL_OR(`t25`.`end_date` IS NULL) OVER (
            PARTITION BY `t25`.`la_code`, `t25`.`child_id`, `t25`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          CAST(NULL AS DATE),
          MAX(`t25`.`end_date`) OVER (
            PARTITION BY `t25`.`la_code`, `t25`.`child_id`, `t25`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS `period_end`
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
          IF(
            `t21`.`_move` IS NOT NULL,
            LAG(`t21`.`placement_start`) OVER (
              PARTITION BY `t21`.`la_code`, `t21`.`child_id`
              ORDER BY `t21`.`start_date` ASC NULLS LAST
            ),
            CAST(NULL AS DATE)
          ) AS `_previous`
        FROM (
          SELECT
            `t15`.`child_id`,
            `t15`.`start_date`,
            `t15`.`reason_new_episode`,
            `t15`.`legal_status`,
            `t15`.`category_of_need`,
            `t15`.`placement_type`,
            `t15`.`placement_provider`,
            `t15`.`end_date`,
            `t15`.`reason_ceased`,
            `t15`.`reason_place_change`,
            `t15`.`home_postcode`,
            `t15`.`placement_postcode`,
            `t15`.`urn`,
            `t15`.`placed_outside_council`,
            `t15`.`la_code`,
            `t15`.`load_id`,
            COALESCE(
              MAX(IF(`t15`.`reason_new_episode` = 'S', `t15`.`start_date`, CAST(NULL AS DATE))) OVER (
                PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                ORDER BY `t15`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t15`.`start_date`) OVER (
                PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `period_start`,
            MAX(IF(`t15`.`reason_new_episode` = 'S', `t15`.`start_date`, CAST(NULL AS DATE))) OVER (
              PARTITION BY `t15`.`la_code`, `t15`.`child_id`
              ORDER BY `t15`.`start_date` ASC NULLS LAST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS `period_start_seen`,
            COALESCE(
              MAX(
                IF(
                  `t15`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                  `t15`.`start_date`,
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                ORDER BY `t15`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t15`.`start_date`) OVER (
                PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `placement_start`,
            IF(
              `t15`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
              `t15`.`start_date`,
              CAST(NULL AS DATE)
            ) AS `_move`,
            `t15`.`legal_status` IN ('V3', 'V4') AS `short_break`
          FROM (
            SELECT
              *
            FROM `looked_after_episode` AS `t5`
            WHERE
              `t5`.`start_date` IS NOT NULL
          ) AS `t15`
        ) AS `t21`
      ) AS `t25`
    ) AS `t27`
  ) AS `t28`
  WHERE
    NOT (
      `t28`.`short_break`
    ) AND `t28`.`start_date` IS NOT NULL
), `t43` AS (
  SELECT
    `t42`.`child_id`,
    `t42`.`start_date`,
    `t42`.`reason_new_episode`,
    `t42`.`legal_status`,
    `t42`.`category_of_need`,
    `t42`.`placement_type`,
    `t42`.`placement_provider`,
    `t42`.`end_date`,
    `t42`.`reason_ceased`,
    `t42`.`reason_place_change`,
    `t42`.`home_postcode`,
    `t42`.`placement_postcode`,
    `t42`.`urn`,
    `t42`.`placed_outside_council`,
    `t42`.`la_code`,
    `t42`.`load_id`,
    `t42`.`period_start`,
    `t42`.`period_start_seen`,
    `t42`.`placement_start`,
    `t42`.`short_break`,
    `t42`.`previous_placement_start`,
    `t42`.`period_end`,
    `t42`.`_reach`,
    `t42`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t42`.`_earlier_reach` > `t42`.`start_date`, FALSE)) OVER (
      PARTITION BY `t42`.`la_code`, `t42`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
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
      `t41`.`period_end`,
      `t41`.`_reach`,
      LAG(`t41`.`_reach`) OVER (
        PARTITION BY `t41`.`la_code`, `t41`.`child_id`
        ORDER BY `t41`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
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
        MAX(COALESCE(`t40`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t40`.`la_code`, `t40`.`child_id`
          ORDER BY `t40`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          `t35`.`child_id`,
          `t35`.`start_date`,
          `t35`.`reason_new_episode`,
          `t35`.`legal_status`,
          `t35`.`category_of_need`,
          `t35`.`placement_type`,
          `t35`.`placement_provider`,
          `t35`.`end_date`,
          `t35`.`reason_ceased`,
          `t35`.`reason_place_change`,
          `t35`.`home_postcode`,
          `t35`.`placement_postcode`,
          `t35`.`urn`,
          `t35`.`placed_outside_council`,
          `t35`.`la_code`,
          `t35`.`load_id`,
          `t35`.`period_start`,
          `t35`.`period_start_seen`,
          `t35`.`placement_start`,
          `t35`.`short_break`,
          `t35`.`previous_placement_start`,
          `t35`.`period_end`
        FROM `t31` AS `t35`
        LEFT SEMI JOIN (
          SELECT
            `t36`.`la_code`,
            `t36`.`child_id`
          FROM (
            SELECT
              `t34`.`la_code`,
              `t34`.`child_id`,
              COUNT(*) AS `_records`
            FROM `t31` AS `t34`
            GROUP BY
              1,
              2
          ) AS `t36`
          WHERE
            `t36`.`_records` > 1
        ) AS `t38`
          ON `t35`.`la_code` = `t38`.`la_code` AND `t35`.`child_id` = `t38`.`child_id`
      ) AS `t40`
    ) AS `t41`
  ) AS `t42`
), `t87` AS (
  SELECT
    `t86`.`la_code`,
    `t86`.`indicator_id`,
    `t86`.`month`,
    `t86`.`breakdown`,
    `t86`.`breakdown_value`,
    `t86`.`unit`,
    SUM(`t86`.`_num`) AS `numerator`,
    SUM(`t86`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t85`.`breakdown`,
      `t85`.`breakdown_value`,
      `t85`.`_num`,
      `t85`.`_den`,
      `t85`.`_until_index`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('STAB1', 0, 'percent') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t83`.`la_code`,
        `t83`.`indicator_id`,
        `t83`.`breakdown`,
        `t83`.`breakdown_value`,
        `t83`.`_num`,
        `t83`.`_den`,
        `t83`.`month_index` + `t83`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t82`.`la_code`,
          `t82`.`indicator_id`,
          `t82`.`month_index`,
          `t82`.`breakdown`,
          `t82`.`breakdown_value`,
          `t82`.`_num`,
          `t82`.`_den`,
          `t14`.`months_back`,
          `t11`.`_offset`
        FROM (
          SELECT
            `t80`.`la_code`,
            `t80`.`indicator_id`,
            `t80`.`month_index`,
            `t80`.`breakdown`,
            `t80`.`breakdown_value`,
            SUM(`t80`.`numerator`) AS `_num`,
            SUM(`t80`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t79`.`la_code`,
              'STAB1' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t79`.`month`) * 12
                ) + EXTRACT(month FROM `t79`.`month`)
              ) - 1 AS `month_index`,
              'all' AS `breakdown`,
              `t79`.`breakdown_value`,
              `t79`.`numerator`,
              `t79`.`denominator`
            FROM (
              SELECT
                `t78`.`la_code`,
                `t78`.`month`,
                `t78`.`_part`,
                `t78`.`breakdown_value`,
                SUM(`t78`.`numerator`) AS `numerator`,
                SUM(`t78`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t77`.`la_code`,
                  `t77`.`month`,
                  IF(
                    COALESCE((
                      COALESCE(`t77`.`_moves`, 0) + COALESCE(`t77`.`_already`, 0)
                    ) >= 3, FALSE),
                    1.0,
                    0.0
                  ) AS `numerator`,
                  1.0 AS `denominator`,
                  0 AS `_part`,
                  'all' AS `breakdown_value`
                FROM (
                  SELECT
                    `t76`.`child_id`,
                    `t76`.`start_date`,
                    `t76`.`reason_new_episode`,
                    `t76`.`legal_status`,
                    `t76`.`category_of_need`,
                    `t76`.`placement_type`,
                    `t76`.`placement_provider`,
                    `t76`.`end_date`,
                    `t76`.`reason_ceased`,
                    `t76`.`reason_place_change`,
                    `t76`.`home_postcode`,
                    `t76`.`placement_postcode`,
                    `t76`.`urn`,
                    `t76`.`placed_outside_council`,
                    `t76`.`la_code`,
                    `t76`.`load_id`,
                    `t76`.`period_start`,
                    `t76`.`period_start_seen`,
                    `t76`.`placement_start`,
                    `t76`.`short_break`,
                    `t76`.`previous_placement_start`,
                    `t76`.`period_end`,
                    `t76`.`month`,
                    `t76`.`month_end`,
                    `t76`.`month_index`,
                    `t76`.`uasc`,
                    `t76`.`_window_start`,
                    `t76`.`_moves`,
                    `t76`.`_already`
                  FROM (
                    SELECT
                      `t75`.`child_id`,
                      `t75`.`start_date`,
                      `t75`.`reason_new_episode`,
                      `t75`.`legal_status`,
                      `t75`.`category_of_need`,
                      `t75`.`placement_type`,
                      `t75`.`placement_provider`,
                      `t75`.`end_date`,
                      `t75`.`reason_ceased`,
                      `t75`.`reason_place_change`,
                      `t75`.`home_postcode`,
                      `t75`.`placement_postcode`,
                      `t75`.`urn`,
                      `t75`.`placed_outside_council`,
                      `t75`.`la_code`,
                      `t75`.`load_id`,
                      `t75`.`period_start`,
                      `t75`.`period_start_seen`,
                      `t75`.`placement_start`,
                      `t75`.`short_break`,
                      `t75`.`previous_placement_start`,
                      `t75`.`period_end`,
                      `t75`.`month`,
                      `t75`.`month_end`,
                      `t75`.`month_index`,
                      `t75`.`uasc`,
                      `t75`.`_window_start`,
                      `t75`.`_moves`,
                      `t72`.`la_code` AS `la_code_right`,
                      `t72`.`child_id` AS `child_id_right`,
                      `t72`.`month` AS `month_right`,
                      `t72`.`_already`
                    FROM (
                      SELECT
                        `t73`.`child_id`,
                        `t73`.`start_date`,
                        `t73`.`reason_new_episode`,
                        `t73`.`legal_status`,
                        `t73`.`category_of_need`,
                        `t73`.`placement_type`,
                        `t73`.`placement_provider`,
                        `t73`.`end_date`,
                        `t73`.`reason_ceased`,
                        `t73`.`reason_place_change`,
                        `t73`.`home_postcode`,
                        `t73`.`placement_postcode`,
                        `t73`.`urn`,
                        `t73`.`placed_outside_council`,
                        `t73`.`la_code`,
                        `t73`.`load_id`,
                        `t73`.`period_start`,
                        `t73`.`period_start_seen`,
                        `t73`.`placement_start`,
                        `t73`.`short_break`,
                        `t73`.`previous_placement_start`,
                        `t73`.`period_end`,
                        `t73`.`month`,
                        `t73`.`month_end`,
                        `t73`.`month_index`,
                        `t73`.`uasc`,
                        `t73`.`_window_start`,
                        `t73`.`_moves`
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
                          `t65`.`uasc`,
                          `t65`.`_window_start`,
                          `t70`.`la_code` AS `la_code_right`,
                          `t70`.`child_id` AS `child_id_right`,
                          `t70`.`month` AS `month_right`,
                          `t70`.`_moves`
                        FROM (
                          SELECT
                            `t63`.`child_id`,
                            `t63`.`start_date`,
                            `t63`.`reason_new_episode`,
                            `t63`.`legal_status`,
                            `t63`.`category_of_need`,
                            `t63`.`placement_type`,
                            `t63`.`placement_provider`,
                            `t63`.`end_date`,
                            `t63`.`reason_ceased`,
                            `t63`.`reason_place_change`,
                            `t63`.`home_postcode`,
                            `t63`.`placement_postcode`,
                            `t63`.`urn`,
                            `t63`.`placed_outside_council`,
                            `t63`.`la_code`,
                            `t63`.`load_id`,
                            `t63`.`period_start`,
                            `t63`.`period_start_seen`,
                            `t63`.`placement_start`,
                            `t63`.`short_break`,
                            `t63`.`previous_placement_start`,
                            `t63`.`period_end`,
                            `t63`.`month`,
                            `t63`.`month_end`,
                            `t63`.`month_index`,
                            `t63`.`uasc`,
                            `t63`.`month_end` - INTERVAL '1' YEAR AS `_window_start`
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
                              `t62`.`month_index`,
                              `t62`.`uasc`
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
                                `t61`.`_uasc`,
                                COALESCE(`t61`.`_uasc`, 'Not UASC') AS `uasc`
                              FROM (
                                SELECT
                                  `t60`.`child_id`,
                                  `t60`.`start_date`,
                                  `t60`.`reason_new_episode`,
                                  `t60`.`legal_status`,
                                  `t60`.`category_of_need`,
                                  `t60`.`placement_type`,
                                  `t60`.`placement_provider`,
                                  `t60`.`end_date`,
                                  `t60`.`reason_ceased`,
                                  `t60`.`reason_place_change`,
                                  `t60`.`home_postcode`,
                                  `t60`.`placement_postcode`,
                                  `t60`.`urn`,
                                  `t60`.`placed_outside_council`,
                                  `t60`.`la_code`,
                                  `t60`.`load_id`,
                                  `t60`.`period_start`,
                                  `t60`.`period_start_seen`,
                                  `t60`.`placement_start`,
                                  `t60`.`short_break`,
                                  `t60`.`previous_placement_start`,
                                  `t60`.`period_end`,
                                  `t60`.`month`,
                                  `t60`.`month_end`,
                                  `t60`.`month_index`,
                                  `t60`.`_uasc`
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
                                    `t26`.`la_code` AS `la_code_right`,
                                    `t26`.`child_id` AS `child_id_right`,
                                    `t26`.`month` AS `month_right`,
                                    `t26`.`_uasc`
                                  FROM (
                                    SELECT
                                      *
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
                                        `t53`.`month`,
                                        `t53`.`month_end`,
                                        `t53`.`month_index`
                                      FROM (
                                        SELECT
                                          `t51`.`child_id`,
                                          `t51`.`start_date`,
                                          `t51`.`reason_new_episode`,
                                          `t51`.`legal_status`,
                                          `t51`.`category_of_need`,
                                          `t51`.`placement_type`,
                                          `t51`.`placement_provider`,
                                          `t51`.`end_date`,
                                          `t51`.`reason_ceased`,
                                          `t51`.`reason_place_change`,
                                          `t51`.`home_postcode`,
                                          `t51`.`placement_postcode`,
                                          `t51`.`urn`,
                                          `t51`.`placed_outside_council`,
                                          `t51`.`la_code`,
                                          `t51`.`load_id`,
                                          `t51`.`period_start`,
                                          `t51`.`period_start_seen`,
                                          `t51`.`placement_start`,
                                          `t51`.`short_break`,
                                          `t51`.`previous_placement_start`,
                                          `t51`.`period_end`,
                                          `t51`.`_until`,
                                          `t9`.`month`,
                                          `t9`.`month_end`,
                                          `t9`.`month_index`
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
                                            COALESCE(`t48`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t35`.`child_id`,
                                                `t35`.`start_date`,
                                                `t35`.`reason_new_episode`,
                                                `t35`.`legal_status`,
                                                `t35`.`category_of_need`,
                                                `t35`.`placement_type`,
                                                `t35`.`placement_provider`,
                                                `t35`.`end_date`,
                                                `t35`.`reason_ceased`,
                                                `t35`.`reason_place_change`,
                                                `t35`.`home_postcode`,
                                                `t35`.`placement_postcode`,
                                                `t35`.`urn`,
                                                `t35`.`placed_outside_council`,
                                                `t35`.`la_code`,
                                                `t35`.`load_id`,
                                                `t35`.`period_start`,
                                                `t35`.`period_start_seen`,
                                                `t35`.`placement_start`,
                                                `t35`.`short_break`,
                                                `t35`.`previous_placement_start`,
                                                `t35`.`period_end`
                                              FROM `t31` AS `t35`
                                              LEFT ANTI JOIN (
                                                SELECT
                                                  `t36`.`la_code`,
                                                  `t36`.`child_id`
                                                FROM (
                                                  SELECT
                                                    `t34`.`la_code`,
                                                    `t34`.`child_id`,
                                                    COUNT(*) AS `_records`
                                                  FROM `t31` AS `t34`
                                                  GROUP BY
                                                    1,
                                                    2
                                                ) AS `t36`
                                                WHERE
                                                  `t36`.`_records` > 1
                                              ) AS `t38`
                                                ON `t35`.`la_code` = `t38`.`la_code` AND `t35`.`child_id` = `t38`.`child_id`
                                            ) AS `t39`
                                            UNION ALL
                                            SELECT
                                              *
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
                                                `t44`.`period_end`
                                              FROM `t43` AS `t44`
                                              WHERE
                                                NOT (
                                                  `t44`.`_overlaps`
                                                )
                                            ) AS `t46`
                                          ) AS `t48`
                                          WHERE
                                            `t48`.`start_date` IS NOT NULL
                                        ) AS `t51`
                                        INNER JOIN `scorecard_month_spine` AS `t9`
                                          ON `t51`.`start_date` <= `t9`.`month_end` AND `t51`.`_until` > `t9`.`month_end`
                                      ) AS `t53`
                                    ) AS `t54`
                                    UNION ALL
                                    SELECT
                                      *
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
                                            `t52`.`month_index`,
                                            ROW_NUMBER() OVER (
                                              PARTITION BY `t52`.`la_code`, `t52`.`child_id`, `t52`.`month`
                                              ORDER BY `t52`.`start_date` DESC
                                            ) - 1 AS `_rank`
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
                                              `t50`.`month`,
                                              `t50`.`month_end`,
                                              `t50`.`month_index`
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
                                                `t9`.`month`,
                                                `t9`.`month_end`,
                                                `t9`.`month_index`
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
                                                FROM `t43` AS `t44`
                                                WHERE
                                                  `t44`.`_overlaps` AND `t44`.`start_date` IS NOT NULL
                                              ) AS `t47`
                                              INNER JOIN `scorecard_month_spine` AS `t9`
                                                ON `t47`.`start_date` <= `t9`.`month_end` AND `t47`.`_until` > `t9`.`month_end`
                                            ) AS `t50`
                                          ) AS `t52`
                                        ) AS `t55`
                                        WHERE
                                          `t55`.`_rank` = 0
                                      ) AS `t56`
                                    ) AS `t57`
                                  ) AS `t59`
                                  LEFT OUTER JOIN (
                                    SELECT
                                      `t23`.`la_code`,
                                      `t23`.`child_id`,
                                      `t23`.`month`,
                                      'UASC' AS `_uasc`
                                    FROM (
                                      SELECT DISTINCT
                                        `t22`.`la_code`,
                                        `t22`.`child_id`,
                                        `t22`.`month`
                                      FROM (
                                        SELECT
                                          `t20`.`child_id`,
                                          `t20`.`start_date`,
                                          `t20`.`end_date`,
                                          `t20`.`la_code`,
                                          `t20`.`load_id`,
                                          `t20`.`month`,
                                          `t20`.`month_end`,
                                          `t20`.`month_index`
                                        FROM (
                                          SELECT
                                            `t17`.`child_id`,
                                            `t17`.`start_date`,
                                            `t17`.`end_date`,
                                            `t17`.`la_code`,
                                            `t17`.`load_id`,
                                            `t17`.`_until`,
                                            `t9`.`month`,
                                            `t9`.`month_end`,
                                            `t9`.`month_index`
                                          FROM (
                                            SELECT
                                              `t6`.`child_id`,
                                              COALESCE(`t6`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                              `t6`.`end_date`,
                                              `t6`.`la_code`,
                                              `t6`.`load_id`,
                                              COALESCE(`t6`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM `uasc_status` AS `t6`
                                            WHERE
                                              COALESCE(`t6`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                          ) AS `t17`
                                          INNER JOIN `scorecard_month_spine` AS `t9`
                                            ON `t17`.`start_date` <= `t9`.`month_end` AND `t17`.`_until` > `t9`.`month_end`
                                        ) AS `t20`
                                      ) AS `t22`
                                    ) AS `t23`
                                  ) AS `t26`
                                    ON `t59`.`la_code` = `t26`.`la_code`
                                    AND `t59`.`child_id` = `t26`.`child_id`
                                    AND `t59`.`month` = `t26`.`month`
                                ) AS `t60`
                              ) AS `t61`
                            ) AS `t62`
                          ) AS `t63`
                        ) AS `t65`
                        LEFT OUTER JOIN (
                          SELECT
                            `t67`.`la_code`,
                            `t67`.`child_id`,
                            `t67`.`month`,
                            COUNT(*) AS `_moves`
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
                              `t65`.`uasc`,
                              `t65`.`_window_start`,
                              `t33`.`child_id` AS `child_id_right`,
                              `t33`.`start_date` AS `start_date_right`,
                              `t33`.`reason_new_episode` AS `reason_new_episode_right`,
                              `t33`.`legal_status` AS `legal_status_right`,
                              `t33`.`category_of_need` AS `category_of_need_right`,
                              `t33`.`placement_type` AS `placement_type_right`,
                              `t33`.`placement_provider` AS `placement_provider_right`,
                              `t33`.`end_date` AS `end_date_right`,
                              `t33`.`reason_ceased` AS `reason_ceased_right`,
                              `t33`.`reason_place_change` AS `reason_place_change_right`,
                              `t33`.`home_postcode` AS `home_postcode_right`,
                              `t33`.`placement_postcode` AS `placement_postcode_right`,
                              `t33`.`urn` AS `urn_right`,
                              `t33`.`placed_outside_council` AS `placed_outside_council_right`,
                              `t33`.`la_code` AS `la_code_right`,
                              `t33`.`load_id` AS `load_id_right`,
                              `t33`.`period_start` AS `period_start_right`,
                              `t33`.`period_start_seen` AS `period_start_seen_right`,
                              `t33`.`placement_start` AS `placement_start_right`,
                              `t33`.`short_break` AS `short_break_right`,
                              `t33`.`previous_placement_start` AS `previous_placement_start_right`,
                              `t33`.`period_end` AS `period_end_right`
                            FROM (
                              SELECT
                                `t63`.`child_id`,
                                `t63`.`start_date`,
                                `t63`.`reason_new_episode`,
                                `t63`.`legal_status`,
                                `t63`.`category_of_need`,
                                `t63`.`placement_type`,
                                `t63`.`placement_provider`,
                                `t63`.`end_date`,
                                `t63`.`reason_ceased`,
                                `t63`.`reason_place_change`,
                                `t63`.`home_postcode`,
                                `t63`.`placement_postcode`,
                                `t63`.`urn`,
                                `t63`.`placed_outside_council`,
                                `t63`.`la_code`,
                                `t63`.`load_id`,
                                `t63`.`period_start`,
                                `t63`.`period_start_seen`,
                                `t63`.`placement_start`,
                                `t63`.`short_break`,
                                `t63`.`previous_placement_start`,
                                `t63`.`period_end`,
                                `t63`.`month`,
                                `t63`.`month_end`,
                                `t63`.`month_index`,
                                `t63`.`uasc`,
                                `t63`.`month_end` - INTERVAL '1' YEAR AS `_window_start`
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
                                  `t62`.`month_index`,
                                  `t62`.`uasc`
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
                                    `t61`.`_uasc`,
                                    COALESCE(`t61`.`_uasc`, 'Not UASC') AS `uasc`
                                  FROM (
                                    SELECT
                                      `t60`.`child_id`,
                                      `t60`.`start_date`,
                                      `t60`.`reason_new_episode`,
                                      `t60`.`legal_status`,
                                      `t60`.`category_of_need`,
                                      `t60`.`placement_type`,
                                      `t60`.`placement_provider`,
                                      `t60`.`end_date`,
                                      `t60`.`reason_ceased`,
                                      `t60`.`reason_place_change`,
                                      `t60`.`home_postcode`,
                                      `t60`.`placement_postcode`,
                                      `t60`.`urn`,
                                      `t60`.`placed_outside_council`,
                                      `t60`.`la_code`,
                                      `t60`.`load_id`,
                                      `t60`.`period_start`,
                                      `t60`.`period_start_seen`,
                                      `t60`.`placement_start`,
                                      `t60`.`short_break`,
                                      `t60`.`previous_placement_start`,
                                      `t60`.`period_end`,
                                      `t60`.`month`,
                                      `t60`.`month_end`,
                                      `t60`.`month_index`,
                                      `t60`.`_uasc`
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
                                        `t26`.`la_code` AS `la_code_right`,
                                        `t26`.`child_id` AS `child_id_right`,
                                        `t26`.`month` AS `month_right`,
                                        `t26`.`_uasc`
                                      FROM (
                                        SELECT
                                          *
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
                                            `t53`.`month`,
                                            `t53`.`month_end`,
                                            `t53`.`month_index`
                                          FROM (
                                            SELECT
                                              `t51`.`child_id`,
                                              `t51`.`start_date`,
                                              `t51`.`reason_new_episode`,
                                              `t51`.`legal_status`,
                                              `t51`.`category_of_need`,
                                              `t51`.`placement_type`,
                                              `t51`.`placement_provider`,
                                              `t51`.`end_date`,
                                              `t51`.`reason_ceased`,
                                              `t51`.`reason_place_change`,
                                              `t51`.`home_postcode`,
                                              `t51`.`placement_postcode`,
                                              `t51`.`urn`,
                                              `t51`.`placed_outside_council`,
                                              `t51`.`la_code`,
                                              `t51`.`load_id`,
                                              `t51`.`period_start`,
                                              `t51`.`period_start_seen`,
                                              `t51`.`placement_start`,
                                              `t51`.`short_break`,
                                              `t51`.`previous_placement_start`,
                                              `t51`.`period_end`,
                                              `t51`.`_until`,
                                              `t9`.`month`,
                                              `t9`.`month_end`,
                                              `t9`.`month_index`
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
                                                COALESCE(`t48`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    `t35`.`child_id`,
                                                    `t35`.`start_date`,
                                                    `t35`.`reason_new_episode`,
                                                    `t35`.`legal_status`,
                                                    `t35`.`category_of_need`,
                                                    `t35`.`placement_type`,
                                                    `t35`.`placement_provider`,
                                                    `t35`.`end_date`,
                                                    `t35`.`reason_ceased`,
                                                    `t35`.`reason_place_change`,
                                                    `t35`.`home_postcode`,
                                                    `t35`.`placement_postcode`,
                                                    `t35`.`urn`,
                                                    `t35`.`placed_outside_council`,
                                                    `t35`.`la_code`,
                                                    `t35`.`load_id`,
                                                    `t35`.`period_start`,
                                                    `t35`.`period_start_seen`,
                                                    `t35`.`placement_start`,
                                                    `t35`.`short_break`,
                                                    `t35`.`previous_placement_start`,
                                                    `t35`.`period_end`
                                                  FROM `t31` AS `t35`
                                                  LEFT ANTI JOIN (
                                                    SELECT
                                                      `t36`.`la_code`,
                                                      `t36`.`child_id`
                                                    FROM (
                                                      SELECT
                                                        `t34`.`la_code`,
                                                        `t34`.`child_id`,
                                                        COUNT(*) AS `_records`
                                                      FROM `t31` AS `t34`
                                                      GROUP BY
                                                        1,
                                                        2
                                                    ) AS `t36`
                                                    WHERE
                                                      `t36`.`_records` > 1
                                                  ) AS `t38`
                                                    ON `t35`.`la_code` = `t38`.`la_code` AND `t35`.`child_id` = `t38`.`child_id`
                                                ) AS `t39`
                                                UNION ALL
                                                SELECT
                                                  *
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
                                                    `t44`.`period_end`
                                                  FROM `t43` AS `t44`
                                                  WHERE
                                                    NOT (
                                                      `t44`.`_overlaps`
                                                    )
                                                ) AS `t46`
                                              ) AS `t48`
                                              WHERE
                                                `t48`.`start_date` IS NOT NULL
                                            ) AS `t51`
                                            INNER JOIN `scorecard_month_spine` AS `t9`
                                              ON `t51`.`start_date` <= `t9`.`month_end` AND `t51`.`_until` > `t9`.`month_end`
                                          ) AS `t53`
                                        ) AS `t54`
                                        UNION ALL
                                        SELECT
                                          *
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
                                                `t52`.`month_index`,
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY `t52`.`la_code`, `t52`.`child_id`, `t52`.`month`
                                                  ORDER BY `t52`.`start_date` DESC
                                                ) - 1 AS `_rank`
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
                                                  `t50`.`month`,
                                                  `t50`.`month_end`,
                                                  `t50`.`month_index`
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
                                                    `t9`.`month`,
                                                    `t9`.`month_end`,
                                                    `t9`.`month_index`
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
                                                    FROM `t43` AS `t44`
                                                    WHERE
                                                      `t44`.`_overlaps` AND `t44`.`start_date` IS NOT NULL
                                                  ) AS `t47`
                                                  INNER JOIN `scorecard_month_spine` AS `t9`
                                                    ON `t47`.`start_date` <= `t9`.`month_end` AND `t47`.`_until` > `t9`.`month_end`
                                                ) AS `t50`
                                              ) AS `t52`
                                            ) AS `t55`
                                            WHERE
                                              `t55`.`_rank` = 0
                                          ) AS `t56`
                                        ) AS `t57`
                                      ) AS `t59`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t23`.`la_code`,
                                          `t23`.`child_id`,
                                          `t23`.`month`,
                                          'UASC' AS `_uasc`
                                        FROM (
                                          SELECT DISTINCT
                                            `t22`.`la_code`,
                                            `t22`.`child_id`,
                                            `t22`.`month`
                                          FROM (
                                            SELECT
                                              `t20`.`child_id`,
                                              `t20`.`start_date`,
                                              `t20`.`end_date`,
                                              `t20`.`la_code`,
                                              `t20`.`load_id`,
                                              `t20`.`month`,
                                              `t20`.`month_end`,
                                              `t20`.`month_index`
                                            FROM (
                                              SELECT
                                                `t17`.`child_id`,
                                                `t17`.`start_date`,
                                                `t17`.`end_date`,
                                                `t17`.`la_code`,
                                                `t17`.`load_id`,
                                                `t17`.`_until`,
                                                `t9`.`month`,
                                                `t9`.`month_end`,
                                                `t9`.`month_index`
                                              FROM (
                                                SELECT
                                                  `t6`.`child_id`,
                                                  COALESCE(`t6`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                                  `t6`.`end_date`,
                                                  `t6`.`la_code`,
                                                  `t6`.`load_id`,
                                                  COALESCE(`t6`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                FROM `uasc_status` AS `t6`
                                                WHERE
                                                  COALESCE(`t6`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                              ) AS `t17`
                                              INNER JOIN `scorecard_month_spine` AS `t9`
                                                ON `t17`.`start_date` <= `t9`.`month_end` AND `t17`.`_until` > `t9`.`month_end`
                                            ) AS `t20`
                                          ) AS `t22`
                                        ) AS `t23`
                                      ) AS `t26`
                                        ON `t59`.`la_code` = `t26`.`la_code`
                                        AND `t59`.`child_id` = `t26`.`child_id`
                                        AND `t59`.`month` = `t26`.`month`
                                    ) AS `t60`
                                  ) AS `t61`
                                ) AS `t62`
                              ) AS `t63`
                            ) AS `t65`
                            INNER JOIN (
                              SELECT
                                *
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
                                  `t27`.`period_end`
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
                                    `t25`.`_move`,
                                    `t25`.`short_break`,
                                    `t25`.`_previous`,
                                    MAX(`t25`.`_previous`) OVER (
                                      PARTITION BY `t25`.`la_code`, `t25`.`child_id`
                                      ORDER BY `t25`.`start_date` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS `previous_placement_start`,
                                    IF(
                                      BOOL_OR(`t25`.`end_date` IS NULL) OVER (
                                        PARTITION BY `t25`.`la_code`, `t25`.`child_id`, `t25`.`period_start`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      ),
                                      CAST(NULL AS DATE),
                                      MAX(`t25`.`end_date`) OVER (
                                        PARTITION BY `t25`.`la_code`, `t25`.`child_id`, `t25`.`period_start`
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                      )
                                    ) AS `period_end`
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
                                      IF(
                                        `t21`.`_move` IS NOT NULL,
                                        LAG(`t21`.`placement_start`) OVER (
                                          PARTITION BY `t21`.`la_code`, `t21`.`child_id`
                                          ORDER BY `t21`.`start_date` ASC NULLS LAST
                                        ),
                                        CAST(NULL AS DATE)
                                      ) AS `_previous`
                                    FROM (
                                      SELECT
                                        `t15`.`child_id`,
                                        `t15`.`start_date`,
                                        `t15`.`reason_new_episode`,
                                        `t15`.`legal_status`,
                                        `t15`.`category_of_need`,
                                        `t15`.`placement_type`,
                                        `t15`.`placement_provider`,
                                        `t15`.`end_date`,
                                        `t15`.`reason_ceased`,
                                        `t15`.`reason_place_change`,
                                        `t15`.`home_postcode`,
                                        `t15`.`placement_postcode`,
                                        `t15`.`urn`,
                                        `t15`.`placed_outside_council`,
                                        `t15`.`la_code`,
                                        `t15`.`load_id`,
                                        COALESCE(
                                          MAX(IF(`t15`.`reason_new_episode` = 'S', `t15`.`start_date`, CAST(NULL AS DATE))) OVER (
                                            PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                            ORDER BY `t15`.`start_date` ASC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ),
                                          MIN(`t15`.`start_date`) OVER (
                                            PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          )
                                        ) AS `period_start`,
                                        MAX(IF(`t15`.`reason_new_episode` = 'S', `t15`.`start_date`, CAST(NULL AS DATE))) OVER (
                                          PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                          ORDER BY `t15`.`start_date` ASC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) IS NOT NULL AS `period_start_seen`,
                                        COALESCE(
                                          MAX(
                                            IF(
                                              `t15`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                              `t15`.`start_date`,
                                              CAST(NULL AS DATE)
                                            )
                                          ) OVER (
                                            PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                            ORDER BY `t15`.`start_date` ASC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ),
                                          MIN(`t15`.`start_date`) OVER (
                                            PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                          )
                                        ) AS `placement_start`,
                                        IF(
                                          `t15`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                          `t15`.`start_date`,
                                          CAST(NULL AS DATE)
                                        ) AS `_move`,
                                        `t15`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                      FROM (
                                        SELECT
                                          *
                                        FROM `looked_after_episode` AS `t5`
                                        WHERE
                                          `t5`.`start_date` IS NOT NULL
                                      ) AS `t15`
                                    ) AS `t21`
                                  ) AS `t25`
                                ) AS `t27`
                              ) AS `t28`
                              WHERE
                                NOT (
                                  `t28`.`short_break`
                                )
                                AND `t28`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U')
                            ) AS `t33`
                              ON `t65`.`la_code` = `t33`.`la_code`
                              AND `t65`.`child_id` = `t33`.`child_id`
                              AND `t33`.`start_date` > `t65`.`_window_start`
                              AND `t33`.`start_date` <= `t65`.`month_end`
                          ) AS `t67`
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS `t70`
                          ON `t65`.`la_code` = `t70`.`la_code`
                          AND `t65`.`child_id` = `t70`.`child_id`
                          AND `t65`.`month` = `t70`.`month`
                      ) AS `t73`
                    ) AS `t75`
                    LEFT OUTER JOIN (
                      SELECT
                        `t68`.`la_code`,
                        `t68`.`child_id`,
                        `t68`.`month`,
                        1 AS `_already`
                      FROM (
                        SELECT DISTINCT
                          *
                        FROM (
                          SELECT
                            `t65`.`la_code`,
                            `t65`.`child_id`,
                            `t65`.`month`
                          FROM (
                            SELECT
                              `t63`.`child_id`,
                              `t63`.`start_date`,
                              `t63`.`reason_new_episode`,
                              `t63`.`legal_status`,
                              `t63`.`category_of_need`,
                              `t63`.`placement_type`,
                              `t63`.`placement_provider`,
                              `t63`.`end_date`,
                              `t63`.`reason_ceased`,
                              `t63`.`reason_place_change`,
                              `t63`.`home_postcode`,
                              `t63`.`placement_postcode`,
                              `t63`.`urn`,
                              `t63`.`placed_outside_council`,
                              `t63`.`la_code`,
                              `t63`.`load_id`,
                              `t63`.`period_start`,
                              `t63`.`period_start_seen`,
                              `t63`.`placement_start`,
                              `t63`.`short_break`,
                              `t63`.`previous_placement_start`,
                              `t63`.`period_end`,
                              `t63`.`month`,
                              `t63`.`month_end`,
                              `t63`.`month_index`,
                              `t63`.`uasc`,
                              `t63`.`month_end` - INTERVAL '1' YEAR AS `_window_start`
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
                                `t62`.`month_index`,
                                `t62`.`uasc`
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
                                  `t61`.`_uasc`,
                                  COALESCE(`t61`.`_uasc`, 'Not UASC') AS `uasc`
                                FROM (
                                  SELECT
                                    `t60`.`child_id`,
                                    `t60`.`start_date`,
                                    `t60`.`reason_new_episode`,
                                    `t60`.`legal_status`,
                                    `t60`.`category_of_need`,
                                    `t60`.`placement_type`,
                                    `t60`.`placement_provider`,
                                    `t60`.`end_date`,
                                    `t60`.`reason_ceased`,
                                    `t60`.`reason_place_change`,
                                    `t60`.`home_postcode`,
                                    `t60`.`placement_postcode`,
                                    `t60`.`urn`,
                                    `t60`.`placed_outside_council`,
                                    `t60`.`la_code`,
                                    `t60`.`load_id`,
                                    `t60`.`period_start`,
                                    `t60`.`period_start_seen`,
                                    `t60`.`placement_start`,
                                    `t60`.`short_break`,
                                    `t60`.`previous_placement_start`,
                                    `t60`.`period_end`,
                                    `t60`.`month`,
                                    `t60`.`month_end`,
                                    `t60`.`month_index`,
                                    `t60`.`_uasc`
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
                                      `t26`.`la_code` AS `la_code_right`,
                                      `t26`.`child_id` AS `child_id_right`,
                                      `t26`.`month` AS `month_right`,
                                      `t26`.`_uasc`
                                    FROM (
                                      SELECT
                                        *
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
                                          `t53`.`month`,
                                          `t53`.`month_end`,
                                          `t53`.`month_index`
                                        FROM (
                                          SELECT
                                            `t51`.`child_id`,
                                            `t51`.`start_date`,
                                            `t51`.`reason_new_episode`,
                                            `t51`.`legal_status`,
                                            `t51`.`category_of_need`,
                                            `t51`.`placement_type`,
                                            `t51`.`placement_provider`,
                                            `t51`.`end_date`,
                                            `t51`.`reason_ceased`,
                                            `t51`.`reason_place_change`,
                                            `t51`.`home_postcode`,
                                            `t51`.`placement_postcode`,
                                            `t51`.`urn`,
                                            `t51`.`placed_outside_council`,
                                            `t51`.`la_code`,
                                            `t51`.`load_id`,
                                            `t51`.`period_start`,
                                            `t51`.`period_start_seen`,
                                            `t51`.`placement_start`,
                                            `t51`.`short_break`,
                                            `t51`.`previous_placement_start`,
                                            `t51`.`period_end`,
                                            `t51`.`_until`,
                                            `t9`.`month`,
                                            `t9`.`month_end`,
                                            `t9`.`month_index`
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
                                              COALESCE(`t48`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  `t35`.`child_id`,
                                                  `t35`.`start_date`,
                                                  `t35`.`reason_new_episode`,
                                                  `t35`.`legal_status`,
                                                  `t35`.`category_of_need`,
                                                  `t35`.`placement_type`,
                                                  `t35`.`placement_provider`,
                                                  `t35`.`end_date`,
                                                  `t35`.`reason_ceased`,
                                                  `t35`.`reason_place_change`,
                                                  `t35`.`home_postcode`,
                                                  `t35`.`placement_postcode`,
                                                  `t35`.`urn`,
                                                  `t35`.`placed_outside_council`,
                                                  `t35`.`la_code`,
                                                  `t35`.`load_id`,
                                                  `t35`.`period_start`,
                                                  `t35`.`period_start_seen`,
                                                  `t35`.`placement_start`,
                                                  `t35`.`short_break`,
                                                  `t35`.`previous_placement_start`,
                                                  `t35`.`period_end`
                                                FROM `t31` AS `t35`
                                                LEFT ANTI JOIN (
                                                  SELECT
                                                    `t36`.`la_code`,
                                                    `t36`.`child_id`
                                                  FROM (
                                                    SELECT
                                                      `t34`.`la_code`,
                                                      `t34`.`child_id`,
                                                      COUNT(*) AS `_records`
                                                    FROM `t31` AS `t34`
                                                    GROUP BY
                                                      1,
                                                      2
                                                  ) AS `t36`
                                                  WHERE
                                                    `t36`.`_records` > 1
                                                ) AS `t38`
                                                  ON `t35`.`la_code` = `t38`.`la_code` AND `t35`.`child_id` = `t38`.`child_id`
                                              ) AS `t39`
                                              UNION ALL
                                              SELECT
                                                *
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
                                                  `t44`.`period_end`
                                                FROM `t43` AS `t44`
                                                WHERE
                                                  NOT (
                                                    `t44`.`_overlaps`
                                                  )
                                              ) AS `t46`
                                            ) AS `t48`
                                            WHERE
                                              `t48`.`start_date` IS NOT NULL
                                          ) AS `t51`
                                          INNER JOIN `scorecard_month_spine` AS `t9`
                                            ON `t51`.`start_date` <= `t9`.`month_end` AND `t51`.`_until` > `t9`.`month_end`
                                        ) AS `t53`
                                      ) AS `t54`
                                      UNION ALL
                                      SELECT
                                        *
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
                                              `t52`.`month_index`,
                                              ROW_NUMBER() OVER (
                                                PARTITION BY `t52`.`la_code`, `t52`.`child_id`, `t52`.`month`
                                                ORDER BY `t52`.`start_date` DESC
                                              ) - 1 AS `_rank`
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
                                                `t50`.`month`,
                                                `t50`.`month_end`,
                                                `t50`.`month_index`
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
                                                  `t9`.`month`,
                                                  `t9`.`month_end`,
                                                  `t9`.`month_index`
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
                                                  FROM `t43` AS `t44`
                                                  WHERE
                                                    `t44`.`_overlaps` AND `t44`.`start_date` IS NOT NULL
                                                ) AS `t47`
                                                INNER JOIN `scorecard_month_spine` AS `t9`
                                                  ON `t47`.`start_date` <= `t9`.`month_end` AND `t47`.`_until` > `t9`.`month_end`
                                              ) AS `t50`
                                            ) AS `t52`
                                          ) AS `t55`
                                          WHERE
                                            `t55`.`_rank` = 0
                                        ) AS `t56`
                                      ) AS `t57`
                                    ) AS `t59`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        `t23`.`la_code`,
                                        `t23`.`child_id`,
                                        `t23`.`month`,
                                        'UASC' AS `_uasc`
                                      FROM (
                                        SELECT DISTINCT
                                          `t22`.`la_code`,
                                          `t22`.`child_id`,
                                          `t22`.`month`
                                        FROM (
                                          SELECT
                                            `t20`.`child_id`,
                                            `t20`.`start_date`,
                                            `t20`.`end_date`,
                                            `t20`.`la_code`,
                                            `t20`.`load_id`,
                                            `t20`.`month`,
                                            `t20`.`month_end`,
                                            `t20`.`month_index`
                                          FROM (
                                            SELECT
                                              `t17`.`child_id`,
                                              `t17`.`start_date`,
                                              `t17`.`end_date`,
                                              `t17`.`la_code`,
                                              `t17`.`load_id`,
                                              `t17`.`_until`,
                                              `t9`.`month`,
                                              `t9`.`month_end`,
                                              `t9`.`month_index`
                                            FROM (
                                              SELECT
                                                `t6`.`child_id`,
                                                COALESCE(`t6`.`start_date`, MAKE_DATE(1900, 1, 1)) AS `start_date`,
                                                `t6`.`end_date`,
                                                `t6`.`la_code`,
                                                `t6`.`load_id`,
                                                COALESCE(`t6`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                              FROM `uasc_status` AS `t6`
                                              WHERE
                                                COALESCE(`t6`.`start_date`, MAKE_DATE(1900, 1, 1)) IS NOT NULL
                                            ) AS `t17`
                                            INNER JOIN `scorecard_month_spine` AS `t9`
                                              ON `t17`.`start_date` <= `t9`.`month_end` AND `t17`.`_until` > `t9`.`month_end`
                                          ) AS `t20`
                                        ) AS `t22`
                                      ) AS `t23`
                                    ) AS `t26`
                                      ON `t59`.`la_code` = `t26`.`la_code`
                                      AND `t59`.`child_id` = `t26`.`child_id`
                                      AND `t59`.`month` = `t26`.`month`
                                  ) AS `t60`
                                ) AS `t61`
                              ) AS `t62`
                            ) AS `t63`
                          ) AS `t65`
                          INNER JOIN (
                            SELECT
                              *
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
                                `t27`.`period_end`
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
                                  `t25`.`_move`,
                                  `t25`.`short_break`,
                                  `t25`.`_previous`,
                                  MAX(`t25`.`_previous`) OVER (
                                    PARTITION BY `t25`.`la_code`, `t25`.`child_id`
                                    ORDER BY `t25`.`start_date` ASC NULLS LAST
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS `previous_placement_start`,
                                  IF(
                                    BOOL_OR(`t25`.`end_date` IS NULL) OVER (
                                      PARTITION BY `t25`.`la_code`, `t25`.`child_id`, `t25`.`period_start`
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    ),
                                    CAST(NULL AS DATE),
                                    MAX(`t25`.`end_date`) OVER (
                                      PARTITION BY `t25`.`la_code`, `t25`.`child_id`, `t25`.`period_start`
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                    )
                                  ) AS `period_end`
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
                                    IF(
                                      `t21`.`_move` IS NOT NULL,
                                      LAG(`t21`.`placement_start`) OVER (
                                        PARTITION BY `t21`.`la_code`, `t21`.`child_id`
                                        ORDER BY `t21`.`start_date` ASC NULLS LAST
                                      ),
                                      CAST(NULL AS DATE)
                                    ) AS `_previous`
                                  FROM (
                                    SELECT
                                      `t15`.`child_id`,
                                      `t15`.`start_date`,
                                      `t15`.`reason_new_episode`,
                                      `t15`.`legal_status`,
                                      `t15`.`category_of_need`,
                                      `t15`.`placement_type`,
                                      `t15`.`placement_provider`,
                                      `t15`.`end_date`,
                                      `t15`.`reason_ceased`,
                                      `t15`.`reason_place_change`,
                                      `t15`.`home_postcode`,
                                      `t15`.`placement_postcode`,
                                      `t15`.`urn`,
                                      `t15`.`placed_outside_council`,
                                      `t15`.`la_code`,
                                      `t15`.`load_id`,
                                      COALESCE(
                                        MAX(IF(`t15`.`reason_new_episode` = 'S', `t15`.`start_date`, CAST(NULL AS DATE))) OVER (
                                          PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                          ORDER BY `t15`.`start_date` ASC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN(`t15`.`start_date`) OVER (
                                          PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS `period_start`,
                                      MAX(IF(`t15`.`reason_new_episode` = 'S', `t15`.`start_date`, CAST(NULL AS DATE))) OVER (
                                        PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                        ORDER BY `t15`.`start_date` ASC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) IS NOT NULL AS `period_start_seen`,
                                      COALESCE(
                                        MAX(
                                          IF(
                                            `t15`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                            `t15`.`start_date`,
                                            CAST(NULL AS DATE)
                                          )
                                        ) OVER (
                                          PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                          ORDER BY `t15`.`start_date` ASC NULLS LAST
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ),
                                        MIN(`t15`.`start_date`) OVER (
                                          PARTITION BY `t15`.`la_code`, `t15`.`child_id`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS `placement_start`,
                                      IF(
                                        `t15`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                        `t15`.`start_date`,
                                        CAST(NULL AS DATE)
                                      ) AS `_move`,
                                      `t15`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                    FROM (
                                      SELECT
                                        *
                                      FROM `looked_after_episode` AS `t5`
                                      WHERE
                                        `t5`.`start_date` IS NOT NULL
                                    ) AS `t15`
                                  ) AS `t21`
                                ) AS `t25`
                              ) AS `t27`
                            ) AS `t28`
                            WHERE
                              NOT (
                                `t28`.`short_break`
                              )
                          ) AS `t32`
                            ON `t65`.`la_code` = `t32`.`la_code`
                            AND `t65`.`child_id` = `t32`.`child_id`
                            AND `t32`.`start_date` <= `t65`.`_window_start`
                            AND COALESCE(`t32`.`end_date`, MAKE_DATE(9999, 12, 31)) > `t65`.`_window_start`
                        ) AS `t66`
                      ) AS `t68`
                    ) AS `t72`
                      ON `t75`.`la_code` = `t72`.`la_code`
                      AND `t75`.`child_id` = `t72`.`child_id`
                      AND `t75`.`month` = `t72`.`month`
                  ) AS `t76`
                ) AS `t77`
              ) AS `t78`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t79`
          ) AS `t80`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t82`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('STAB1', 0, 'percent') AS t3(indicator_id, months_back, unit)
        ) AS `t14`
          ON `t82`.`indicator_id` = `t14`.`indicator_id`
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
          (35) AS t11(_offset)
      ) AS `t83`
      WHERE
        `t83`.`_offset` <= IF(`t83`.`breakdown` = 'month_alone', 0, `t83`.`months_back`)
    ) AS `t85`
      ON `t85`.`la_code` = `t8`.`la_code`
      AND `t85`.`indicator_id` = `t10`.`indicator_id`
      AND `t85`.`_until_index` = `t9`.`month_index`
  ) AS `t86`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t99`.`la_code`,
  `t99`.`indicator_id`,
  `t99`.`month`,
  `t99`.`breakdown`,
  `t99`.`breakdown_value`,
  `t99`.`numerator`,
  CASE
    WHEN `t99`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t99`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t99`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t99`.`unit` = 'count'
    THEN `t99`.`numerator`
    WHEN `t99`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t99`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t99`.`unit` = 'percent'
    THEN IF(
      `t99`.`denominator` > 0,
      `t99`.`numerator` / `t99`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t99`.`denominator` > 0,
      `t99`.`numerator` / `t99`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t93`.`la_code`,
      `t93`.`indicator_id`,
      `t93`.`month`,
      `t93`.`breakdown`,
      `t93`.`breakdown_value`,
      `t93`.`unit`,
      `t93`.`numerator`,
      `t93`.`denominator`
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
            ('STAB1', 0, 'percent') AS t10(indicator_id, months_back, unit)
        ) AS `t13`
        WHERE
          `t13`.`months_back` > 0
      ) AS `t19`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t87` AS `t88`
        WHERE
          `t88`.`breakdown` = 'month_alone'
      ) AS `t91`
        ON `t19`.`la_code` = `t91`.`la_code`
        AND `t19`.`indicator_id` = `t91`.`indicator_id`
        AND `t19`.`month` = `t91`.`month`
    ) AS `t93`
  ) AS `t95`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t87` AS `t88`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t94`.`la_code`,
        `t94`.`indicator_id`,
        `t94`.`month`,
        `t94`.`breakdown`,
        `t94`.`breakdown_value`,
        `t94`.`unit`,
        `t94`.`numerator`,
        `t94`.`denominator`
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
          ('STAB1', 0, 'percent') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t87` AS `t88`
          WHERE
            `t88`.`breakdown` = 'all'
        ) AS `t92`
          ON `t8`.`la_code` = `t92`.`la_code`
          AND `t10`.`indicator_id` = `t92`.`indicator_id`
          AND `t9`.`month` = `t92`.`month`
      ) AS `t94`
    ) AS `t96`
  ) AS `t97`
) AS `t99`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t99`.`la_code` = `t7`.`la_code` AND `t99`.`month` = `t7`.`month`
