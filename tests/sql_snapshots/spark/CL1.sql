WITH `t31` AS (
  SELECT
    *
  FROM (
    SELECT
      `t28`.`child_id`,
      `t28`.`start_date`,
      `t28`.`reason_new_episode`,
      `t28`.`legal_status`,
      `t28`.`category_of_need`,
      `t28`.`placement_type`,
      `t28`.`placement_provider`,
      `t28`.`end_date`,
      `t28`.`reason_ceased`,
      `t28`.`reason_place_change`,
      `t28`.`home_postcode`,
      `t28`.`placement_postcode`,
      `t28`.`urn`,
      `t28`.`placed_outside_council`,
      `t28`.`la_code`,
      `t28`.`load_id`,
      `t28`.`period_start`,
      `t28`.`period_start_seen`,
      `t28`.`placement_start`,
      `t28`.`short_break`,
      `t28`.`previous_placement_start`,
      `t28`.`period_end`
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
        `t26`.`_move`,
        `t26`.`short_break`,
        `t26`.`_previous`,
        MAX(`t26`.`_previous`) OVER (
          PARTITION BY `t26`.`la_code`, `t26`.`child_id`
          ORDER BY `t26`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `previous_placement_start`,
        IF(
          BOOL_OR(`t26`.`end_date` IS NULL) OVER (
            PARTITION BY `t26`.`la_code`, `t26`.`child_id`, `t26`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          ),
          CAST(NULL AS DATE),
          MAX(`t26`.`end_date`) OVER (
            PARTITION BY `t26`.`la_code`, `t26`.`child_id`, `t26`.`period_start`
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
          )
        ) AS `period_end`
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
          `t22`.`_move`,
          `t22`.`short_break`,
          IF(
            `t22`.`_move` IS NOT NULL,
            LAG(`t22`.`placement_start`) OVER (
              PARTITION BY `t22`.`la_code`, `t22`.`child_id`
              ORDER BY `t22`.`start_date` ASC NULLS LAST
            ),
            CAST(NULL AS DATE)
          ) AS `_previous`
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
            COALESCE(
              MAX(IF(`t16`.`reason_new_episode` = 'S', `t16`.`start_date`, CAST(NULL AS DATE))) OVER (
                PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                ORDER BY `t16`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t16`.`start_date`) OVER (
                PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `period_start`,
            MAX(IF(`t16`.`reason_new_episode` = 'S', `t16`.`start_date`, CAST(NULL AS DATE))) OVER (
              PARTITION BY `t16`.`la_code`, `t16`.`child_id`
              ORDER BY `t16`.`start_date` ASC NULLS LAST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS `period_start_seen`,
            COALESCE(
              MAX(
                IF(
                  `t16`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                  `t16`.`start_date`,
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                ORDER BY `t16`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t16`.`start_date`) OVER (
                PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `placement_start`,
            IF(
              `t16`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
              `t16`.`start_date`,
              CAST(NULL AS DATE)
            ) AS `_move`,
            `t16`.`legal_status` IN ('V3', 'V4') AS `short_break`
          FROM (
            SELECT
              *
            FROM `looked_after_episode` AS `t6`
            WHERE
              `t6`.`start_date` IS NOT NULL
          ) AS `t16`
        ) AS `t22`
      ) AS `t26`
    ) AS `t28`
  ) AS `t29`
  WHERE
    NOT (
      `t29`.`short_break`
    ) AND `t29`.`start_date` IS NOT NULL
), `t48` AS (
  SELECT
    `t45`.`child_id`,
    `t45`.`start_date`,
    `t45`.`reason_new_episode`,
    `t45`.`legal_status`,
    `t45`.`category_of_need`,
    `t45`.`placement_type`,
    `t45`.`placement_provider`,
    `t45`.`end_date`,
    `t45`.`reason_ceased`,
    `t45`.`reason_place_change`,
    `t45`.`home_postcode`,
    `t45`.`placement_postcode`,
    `t45`.`urn`,
    `t45`.`placed_outside_council`,
    `t45`.`la_code`,
    `t45`.`load_id`,
    `t45`.`period_start`,
    `t45`.`period_start_seen`,
    `t45`.`placement_start`,
    `t45`.`short_break`,
    `t45`.`previous_placement_start`,
    `t45`.`period_end`,
    `t45`.`_reach`,
    `t45`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t45`.`_earlier_reach` > `t45`.`start_date`, FALSE)) OVER (
      PARTITION BY `t45`.`la_code`, `t45`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
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
      `t43`.`_reach`,
      LAG(`t43`.`_reach`) OVER (
        PARTITION BY `t43`.`la_code`, `t43`.`child_id`
        ORDER BY `t43`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
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
        MAX(COALESCE(`t41`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t41`.`la_code`, `t41`.`child_id`
          ORDER BY `t41`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
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
          `t34`.`short_break`,
          `t34`.`previous_placement_start`,
          `t34`.`period_end`
        FROM `t31` AS `t34`
        LEFT SEMI JOIN (
          SELECT
            `t35`.`la_code`,
            `t35`.`child_id`
          FROM (
            SELECT
              `t33`.`la_code`,
              `t33`.`child_id`,
              COUNT(*) AS `_records`
            FROM `t31` AS `t33`
            GROUP BY
              1,
              2
          ) AS `t35`
          WHERE
            `t35`.`_records` > 1
        ) AS `t38`
          ON `t34`.`la_code` = `t38`.`la_code` AND `t34`.`child_id` = `t38`.`child_id`
      ) AS `t41`
    ) AS `t43`
  ) AS `t45`
), `t86` AS (
  SELECT
    `t85`.`la_code`,
    `t85`.`indicator_id`,
    `t85`.`month`,
    `t85`.`breakdown`,
    `t85`.`breakdown_value`,
    `t85`.`unit`,
    SUM(`t85`.`_num`) AS `numerator`,
    SUM(`t85`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t9`.`la_code`,
      `t10`.`month`,
      `t10`.`month_end`,
      `t10`.`month_index`,
      `t11`.`indicator_id`,
      `t11`.`months_back`,
      `t11`.`unit`,
      `t84`.`la_code` AS `la_code_right`,
      `t84`.`indicator_id` AS `indicator_id_right`,
      `t84`.`month_index` AS `month_index_right`,
      `t84`.`breakdown`,
      `t84`.`breakdown_value`,
      `t84`.`_num`,
      `t84`.`_den`
    FROM `scorecard_councils` AS `t9`
    CROSS JOIN `scorecard_month_spine` AS `t10`
    CROSS JOIN VALUES
      ('CL1', 0, 'percent') AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t82`.`la_code`,
        `t82`.`indicator_id`,
        `t82`.`month_index`,
        `t82`.`breakdown`,
        `t82`.`breakdown_value`,
        SUM(`t82`.`numerator`) AS `_num`,
        SUM(`t82`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t81`.`la_code`,
          'CL1' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t81`.`month`) * 12
            ) + EXTRACT(month FROM `t81`.`month`)
          ) - 1 AS `month_index`,
          CASE
            WHEN `t81`.`_part` = 0
            THEN 'all'
            WHEN `t81`.`_part` = 1
            THEN 'age_group'
            ELSE NULL
          END AS `breakdown`,
          `t81`.`breakdown_value`,
          `t81`.`numerator`,
          `t81`.`denominator`
        FROM (
          SELECT
            `t80`.`la_code`,
            `t80`.`month`,
            `t80`.`_part`,
            `t80`.`breakdown_value`,
            SUM(`t80`.`numerator`) AS `numerator`,
            SUM(`t80`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t79`.`la_code`,
              `t79`.`month`,
              `t79`.`numerator`,
              `t79`.`denominator`,
              `t79`.`_part`,
              CASE
                WHEN `t79`.`_part` = 1
                THEN COALESCE(`t79`.`age_group`, 'unknown')
                ELSE 'all'
              END AS `breakdown_value`
            FROM (
              SELECT
                `t78`.`la_code`,
                `t78`.`month`,
                `t78`.`child_id`,
                `t78`.`record_id`,
                `t78`.`ref_date`,
                `t78`.`numerator`,
                `t78`.`denominator`,
                `t78`.`age_group`,
                EXPLODE(ARRAY(0, 1)) AS `_part`
              FROM (
                SELECT
                  `t77`.`la_code`,
                  `t77`.`month`,
                  `t77`.`child_id`,
                  `t77`.`child_id` AS `record_id`,
                  `t77`.`month_end` AS `ref_date`,
                  IF(COALESCE(`t77`.`in_touch` = 'YES', FALSE), 1.0, 0.0) AS `numerator`,
                  1.0 AS `denominator`,
                  IF(
                    (
                      `t77`.`date_of_birth` + INTERVAL '19' YEAR
                    ) <= `t77`.`month_end`,
                    '19-21',
                    '17-18'
                  ) AS `age_group`
                FROM (
                  SELECT
                    `t76`.`la_code`,
                    `t76`.`child_id`,
                    `t76`.`date_of_birth`,
                    `t76`.`qualified_on`,
                    `t76`.`month`,
                    `t76`.`month_end`,
                    `t76`.`month_index`,
                    `t76`.`contact_date`,
                    `t76`.`in_touch`,
                    `t76`.`activity`,
                    `t76`.`accommodation_suitable`
                  FROM (
                    SELECT
                      `t47`.`la_code`,
                      `t47`.`child_id`,
                      `t47`.`date_of_birth`,
                      `t47`.`qualified_on`,
                      `t10`.`month`,
                      `t10`.`month_end`,
                      `t10`.`month_index`,
                      `t75`.`la_code` AS `la_code_right`,
                      `t75`.`child_id` AS `child_id_right`,
                      `t75`.`month` AS `month_right`,
                      `t75`.`contact_date`,
                      `t75`.`in_touch`,
                      `t75`.`activity`,
                      `t75`.`accommodation_suitable`
                    FROM (
                      SELECT
                        `t44`.`la_code`,
                        `t44`.`child_id`,
                        `t44`.`date_of_birth`,
                        MIN(`t44`.`end_date`) AS `qualified_on`
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t39`.`child_id`,
                            `t39`.`start_date`,
                            `t39`.`reason_new_episode`,
                            `t39`.`legal_status`,
                            `t39`.`category_of_need`,
                            `t39`.`placement_type`,
                            `t39`.`placement_provider`,
                            `t39`.`end_date`,
                            `t39`.`reason_ceased`,
                            `t39`.`reason_place_change`,
                            `t39`.`home_postcode`,
                            `t39`.`placement_postcode`,
                            `t39`.`urn`,
                            `t39`.`placed_outside_council`,
                            `t39`.`la_code`,
                            `t39`.`load_id`,
                            `t39`.`period_start`,
                            `t39`.`period_start_seen`,
                            `t39`.`placement_start`,
                            `t39`.`short_break`,
                            `t39`.`previous_placement_start`,
                            `t39`.`period_end`,
                            `t39`.`date_of_birth`,
                            `t39`.`_days`,
                            SUM(`t39`.`_days`) OVER (
                              PARTITION BY `t39`.`la_code`, `t39`.`child_id`
                              ORDER BY `t39`.`start_date` ASC NULLS LAST
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS `_total`
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
                              `t36`.`date_of_birth`,
                              GREATEST(
                                DATEDIFF(
                                  DAY,
                                  GREATEST(`t36`.`start_date`, `t36`.`date_of_birth` + INTERVAL '14' YEAR),
                                  `t36`.`end_date`
                                ),
                                0
                              ) AS `_days`
                            FROM (
                              SELECT
                                `t32`.`child_id`,
                                `t32`.`start_date`,
                                `t32`.`reason_new_episode`,
                                `t32`.`legal_status`,
                                `t32`.`category_of_need`,
                                `t32`.`placement_type`,
                                `t32`.`placement_provider`,
                                `t32`.`end_date`,
                                `t32`.`reason_ceased`,
                                `t32`.`reason_place_change`,
                                `t32`.`home_postcode`,
                                `t32`.`placement_postcode`,
                                `t32`.`urn`,
                                `t32`.`placed_outside_council`,
                                `t32`.`la_code`,
                                `t32`.`load_id`,
                                `t32`.`period_start`,
                                `t32`.`period_start_seen`,
                                `t32`.`placement_start`,
                                `t32`.`short_break`,
                                `t32`.`previous_placement_start`,
                                `t32`.`period_end`,
                                `t15`.`date_of_birth`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t28`.`child_id`,
                                    `t28`.`start_date`,
                                    `t28`.`reason_new_episode`,
                                    `t28`.`legal_status`,
                                    `t28`.`category_of_need`,
                                    `t28`.`placement_type`,
                                    `t28`.`placement_provider`,
                                    `t28`.`end_date`,
                                    `t28`.`reason_ceased`,
                                    `t28`.`reason_place_change`,
                                    `t28`.`home_postcode`,
                                    `t28`.`placement_postcode`,
                                    `t28`.`urn`,
                                    `t28`.`placed_outside_council`,
                                    `t28`.`la_code`,
                                    `t28`.`load_id`,
                                    `t28`.`period_start`,
                                    `t28`.`period_start_seen`,
                                    `t28`.`placement_start`,
                                    `t28`.`short_break`,
                                    `t28`.`previous_placement_start`,
                                    `t28`.`period_end`
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
                                      `t26`.`_move`,
                                      `t26`.`short_break`,
                                      `t26`.`_previous`,
                                      MAX(`t26`.`_previous`) OVER (
                                        PARTITION BY `t26`.`la_code`, `t26`.`child_id`
                                        ORDER BY `t26`.`start_date` ASC NULLS LAST
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS `previous_placement_start`,
                                      IF(
                                        BOOL_OR(`t26`.`end_date` IS NULL) OVER (
                                          PARTITION BY `t26`.`la_code`, `t26`.`child_id`, `t26`.`period_start`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        ),
                                        CAST(NULL AS DATE),
                                        MAX(`t26`.`end_date`) OVER (
                                          PARTITION BY `t26`.`la_code`, `t26`.`child_id`, `t26`.`period_start`
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                        )
                                      ) AS `period_end`
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
                                        `t22`.`_move`,
                                        `t22`.`short_break`,
                                        IF(
                                          `t22`.`_move` IS NOT NULL,
                                          LAG(`t22`.`placement_start`) OVER (
                                            PARTITION BY `t22`.`la_code`, `t22`.`child_id`
                                            ORDER BY `t22`.`start_date` ASC NULLS LAST
                                          ),
                                          CAST(NULL AS DATE)
                                        ) AS `_previous`
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
                                          COALESCE(
                                            MAX(IF(`t16`.`reason_new_episode` = 'S', `t16`.`start_date`, CAST(NULL AS DATE))) OVER (
                                              PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                              ORDER BY `t16`.`start_date` ASC NULLS LAST
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ),
                                            MIN(`t16`.`start_date`) OVER (
                                              PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            )
                                          ) AS `period_start`,
                                          MAX(IF(`t16`.`reason_new_episode` = 'S', `t16`.`start_date`, CAST(NULL AS DATE))) OVER (
                                            PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                            ORDER BY `t16`.`start_date` ASC NULLS LAST
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) IS NOT NULL AS `period_start_seen`,
                                          COALESCE(
                                            MAX(
                                              IF(
                                                `t16`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                                `t16`.`start_date`,
                                                CAST(NULL AS DATE)
                                              )
                                            ) OVER (
                                              PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                              ORDER BY `t16`.`start_date` ASC NULLS LAST
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ),
                                            MIN(`t16`.`start_date`) OVER (
                                              PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                            )
                                          ) AS `placement_start`,
                                          IF(
                                            `t16`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                            `t16`.`start_date`,
                                            CAST(NULL AS DATE)
                                          ) AS `_move`,
                                          `t16`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                        FROM (
                                          SELECT
                                            *
                                          FROM `looked_after_episode` AS `t6`
                                          WHERE
                                            `t6`.`start_date` IS NOT NULL
                                        ) AS `t16`
                                      ) AS `t22`
                                    ) AS `t26`
                                  ) AS `t28`
                                ) AS `t29`
                                WHERE
                                  NOT (
                                    `t29`.`short_break`
                                  ) AND `t29`.`end_date` IS NOT NULL
                              ) AS `t32`
                              INNER JOIN (
                                SELECT
                                  `t5`.`la_code`,
                                  `t5`.`child_id`,
                                  `t5`.`date_of_birth`
                                FROM `person` AS `t5`
                              ) AS `t15`
                                ON `t32`.`la_code` = `t15`.`la_code` AND `t32`.`child_id` = `t15`.`child_id`
                            ) AS `t36`
                          ) AS `t39`
                        ) AS `t42`
                        WHERE
                          `t42`.`_total` >= 91
                          AND `t42`.`end_date` >= (
                            `t42`.`date_of_birth` + INTERVAL '16' YEAR
                          )
                          AND `t42`.`reason_ceased` <> 'X1'
                      ) AS `t44`
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS `t47`
                    INNER JOIN `scorecard_month_spine` AS `t10`
                      ON `t47`.`qualified_on` <= `t10`.`month_end`
                      AND (
                        `t47`.`date_of_birth` + INTERVAL '17' YEAR
                      ) <= `t10`.`month_end`
                      AND (
                        `t47`.`date_of_birth` + INTERVAL '22' YEAR
                      ) > `t10`.`month_end`
                    LEFT ANTI JOIN (
                      SELECT
                        `t68`.`la_code`,
                        `t68`.`child_id`,
                        `t68`.`month`
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
                          `t67`.`uasc`
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
                            `t66`.`_uasc`,
                            COALESCE(`t66`.`_uasc`, 'Not UASC') AS `uasc`
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
                              `t65`.`_uasc`
                            FROM (
                              SELECT
                                `t64`.`child_id`,
                                `t64`.`start_date`,
                                `t64`.`reason_new_episode`,
                                `t64`.`legal_status`,
                                `t64`.`category_of_need`,
                                `t64`.`placement_type`,
                                `t64`.`placement_provider`,
                                `t64`.`end_date`,
                                `t64`.`reason_ceased`,
                                `t64`.`reason_place_change`,
                                `t64`.`home_postcode`,
                                `t64`.`placement_postcode`,
                                `t64`.`urn`,
                                `t64`.`placed_outside_council`,
                                `t64`.`la_code`,
                                `t64`.`load_id`,
                                `t64`.`period_start`,
                                `t64`.`period_start_seen`,
                                `t64`.`placement_start`,
                                `t64`.`short_break`,
                                `t64`.`previous_placement_start`,
                                `t64`.`period_end`,
                                `t64`.`month`,
                                `t64`.`month_end`,
                                `t64`.`month_index`,
                                `t27`.`la_code` AS `la_code_right`,
                                `t27`.`child_id` AS `child_id_right`,
                                `t27`.`month` AS `month_right`,
                                `t27`.`_uasc`
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
                                    `t58`.`month_index`
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
                                      `t56`.`_until`,
                                      `t10`.`month`,
                                      `t10`.`month_end`,
                                      `t10`.`month_index`
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
                                        COALESCE(`t53`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                      FROM (
                                        SELECT
                                          *
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
                                            `t34`.`short_break`,
                                            `t34`.`previous_placement_start`,
                                            `t34`.`period_end`
                                          FROM `t31` AS `t34`
                                          LEFT ANTI JOIN (
                                            SELECT
                                              `t35`.`la_code`,
                                              `t35`.`child_id`
                                            FROM (
                                              SELECT
                                                `t33`.`la_code`,
                                                `t33`.`child_id`,
                                                COUNT(*) AS `_records`
                                              FROM `t31` AS `t33`
                                              GROUP BY
                                                1,
                                                2
                                            ) AS `t35`
                                            WHERE
                                              `t35`.`_records` > 1
                                          ) AS `t38`
                                            ON `t34`.`la_code` = `t38`.`la_code` AND `t34`.`child_id` = `t38`.`child_id`
                                        ) AS `t40`
                                        UNION ALL
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
                                            `t49`.`period_end`
                                          FROM `t48` AS `t49`
                                          WHERE
                                            NOT (
                                              `t49`.`_overlaps`
                                            )
                                        ) AS `t51`
                                      ) AS `t53`
                                      WHERE
                                        `t53`.`start_date` IS NOT NULL
                                    ) AS `t56`
                                    INNER JOIN `scorecard_month_spine` AS `t10`
                                      ON `t56`.`start_date` <= `t10`.`month_end` AND `t56`.`_until` > `t10`.`month_end`
                                  ) AS `t58`
                                ) AS `t59`
                                UNION ALL
                                SELECT
                                  *
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
                                    `t61`.`month_index`
                                  FROM (
                                    SELECT
                                      *
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
                                        ROW_NUMBER() OVER (
                                          PARTITION BY `t57`.`la_code`, `t57`.`child_id`, `t57`.`month`
                                          ORDER BY `t57`.`start_date` DESC
                                        ) - 1 AS `_rank`
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
                                          `t55`.`month_index`
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
                                            `t52`.`_until`,
                                            `t10`.`month`,
                                            `t10`.`month_end`,
                                            `t10`.`month_index`
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
                                              COALESCE(`t49`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM `t48` AS `t49`
                                            WHERE
                                              `t49`.`_overlaps` AND `t49`.`start_date` IS NOT NULL
                                          ) AS `t52`
                                          INNER JOIN `scorecard_month_spine` AS `t10`
                                            ON `t52`.`start_date` <= `t10`.`month_end` AND `t52`.`_until` > `t10`.`month_end`
                                        ) AS `t55`
                                      ) AS `t57`
                                    ) AS `t60`
                                    WHERE
                                      `t60`.`_rank` = 0
                                  ) AS `t61`
                                ) AS `t62`
                              ) AS `t64`
                              LEFT OUTER JOIN (
                                SELECT
                                  `t24`.`la_code`,
                                  `t24`.`child_id`,
                                  `t24`.`month`,
                                  'UASC' AS `_uasc`
                                FROM (
                                  SELECT DISTINCT
                                    `t23`.`la_code`,
                                    `t23`.`child_id`,
                                    `t23`.`month`
                                  FROM (
                                    SELECT
                                      `t21`.`child_id`,
                                      `t21`.`start_date`,
                                      `t21`.`end_date`,
                                      `t21`.`la_code`,
                                      `t21`.`load_id`,
                                      `t21`.`month`,
                                      `t21`.`month_end`,
                                      `t21`.`month_index`
                                    FROM (
                                      SELECT
                                        `t18`.`child_id`,
                                        `t18`.`start_date`,
                                        `t18`.`end_date`,
                                        `t18`.`la_code`,
                                        `t18`.`load_id`,
                                        `t18`.`_until`,
                                        `t10`.`month`,
                                        `t10`.`month_end`,
                                        `t10`.`month_index`
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
                                      ) AS `t18`
                                      INNER JOIN `scorecard_month_spine` AS `t10`
                                        ON `t18`.`start_date` <= `t10`.`month_end` AND `t18`.`_until` > `t10`.`month_end`
                                    ) AS `t21`
                                  ) AS `t23`
                                ) AS `t24`
                              ) AS `t27`
                                ON `t64`.`la_code` = `t27`.`la_code`
                                AND `t64`.`child_id` = `t27`.`child_id`
                                AND `t64`.`month` = `t27`.`month`
                            ) AS `t65`
                          ) AS `t66`
                        ) AS `t67`
                      ) AS `t68`
                    ) AS `t70`
                      ON `t47`.`la_code` = `t70`.`la_code`
                      AND `t47`.`child_id` = `t70`.`child_id`
                      AND `t10`.`month` = `t70`.`month`
                    LEFT OUTER JOIN (
                      SELECT
                        `t73`.`la_code`,
                        `t73`.`child_id`,
                        `t73`.`month`,
                        `t73`.`contact_date`,
                        `t73`.`in_touch`,
                        `t73`.`activity`,
                        `t73`.`accommodation_suitable`
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t71`.`la_code`,
                            `t71`.`child_id`,
                            `t71`.`month`,
                            `t71`.`contact_date`,
                            `t71`.`in_touch`,
                            `t71`.`activity`,
                            `t71`.`accommodation_suitable`,
                            ROW_NUMBER() OVER (
                              PARTITION BY `t71`.`la_code`, `t71`.`child_id`, `t71`.`month`
                              ORDER BY `t71`.`contact_date` DESC
                            ) - 1 AS `_rank`
                          FROM (
                            SELECT
                              `t47`.`la_code`,
                              `t47`.`child_id`,
                              `t10`.`month`,
                              `t12`.`contact_date`,
                              `t12`.`in_touch`,
                              `t12`.`activity`,
                              `t12`.`accommodation_suitable`
                            FROM (
                              SELECT
                                `t44`.`la_code`,
                                `t44`.`child_id`,
                                `t44`.`date_of_birth`,
                                MIN(`t44`.`end_date`) AS `qualified_on`
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    `t39`.`child_id`,
                                    `t39`.`start_date`,
                                    `t39`.`reason_new_episode`,
                                    `t39`.`legal_status`,
                                    `t39`.`category_of_need`,
                                    `t39`.`placement_type`,
                                    `t39`.`placement_provider`,
                                    `t39`.`end_date`,
                                    `t39`.`reason_ceased`,
                                    `t39`.`reason_place_change`,
                                    `t39`.`home_postcode`,
                                    `t39`.`placement_postcode`,
                                    `t39`.`urn`,
                                    `t39`.`placed_outside_council`,
                                    `t39`.`la_code`,
                                    `t39`.`load_id`,
                                    `t39`.`period_start`,
                                    `t39`.`period_start_seen`,
                                    `t39`.`placement_start`,
                                    `t39`.`short_break`,
                                    `t39`.`previous_placement_start`,
                                    `t39`.`period_end`,
                                    `t39`.`date_of_birth`,
                                    `t39`.`_days`,
                                    SUM(`t39`.`_days`) OVER (
                                      PARTITION BY `t39`.`la_code`, `t39`.`child_id`
                                      ORDER BY `t39`.`start_date` ASC NULLS LAST
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS `_total`
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
                                      `t36`.`date_of_birth`,
                                      GREATEST(
                                        DATEDIFF(
                                          DAY,
                                          GREATEST(`t36`.`start_date`, `t36`.`date_of_birth` + INTERVAL '14' YEAR),
                                          `t36`.`end_date`
                                        ),
                                        0
                                      ) AS `_days`
                                    FROM (
                                      SELECT
                                        `t32`.`child_id`,
                                        `t32`.`start_date`,
                                        `t32`.`reason_new_episode`,
                                        `t32`.`legal_status`,
                                        `t32`.`category_of_need`,
                                        `t32`.`placement_type`,
                                        `t32`.`placement_provider`,
                                        `t32`.`end_date`,
                                        `t32`.`reason_ceased`,
                                        `t32`.`reason_place_change`,
                                        `t32`.`home_postcode`,
                                        `t32`.`placement_postcode`,
                                        `t32`.`urn`,
                                        `t32`.`placed_outside_council`,
                                        `t32`.`la_code`,
                                        `t32`.`load_id`,
                                        `t32`.`period_start`,
                                        `t32`.`period_start_seen`,
                                        `t32`.`placement_start`,
                                        `t32`.`short_break`,
                                        `t32`.`previous_placement_start`,
                                        `t32`.`period_end`,
                                        `t15`.`date_of_birth`
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            `t28`.`child_id`,
                                            `t28`.`start_date`,
                                            `t28`.`reason_new_episode`,
                                            `t28`.`legal_status`,
                                            `t28`.`category_of_need`,
                                            `t28`.`placement_type`,
                                            `t28`.`placement_provider`,
                                            `t28`.`end_date`,
                                            `t28`.`reason_ceased`,
                                            `t28`.`reason_place_change`,
                                            `t28`.`home_postcode`,
                                            `t28`.`placement_postcode`,
                                            `t28`.`urn`,
                                            `t28`.`placed_outside_council`,
                                            `t28`.`la_code`,
                                            `t28`.`load_id`,
                                            `t28`.`period_start`,
                                            `t28`.`period_start_seen`,
                                            `t28`.`placement_start`,
                                            `t28`.`short_break`,
                                            `t28`.`previous_placement_start`,
                                            `t28`.`period_end`
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
                                              `t26`.`_move`,
                                              `t26`.`short_break`,
                                              `t26`.`_previous`,
                                              MAX(`t26`.`_previous`) OVER (
                                                PARTITION BY `t26`.`la_code`, `t26`.`child_id`
                                                ORDER BY `t26`.`start_date` ASC NULLS LAST
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS `previous_placement_start`,
                                              IF(
                                                BOOL_OR(`t26`.`end_date` IS NULL) OVER (
                                                  PARTITION BY `t26`.`la_code`, `t26`.`child_id`, `t26`.`period_start`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                ),
                                                CAST(NULL AS DATE),
                                                MAX(`t26`.`end_date`) OVER (
                                                  PARTITION BY `t26`.`la_code`, `t26`.`child_id`, `t26`.`period_start`
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                )
                                              ) AS `period_end`
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
                                                `t22`.`_move`,
                                                `t22`.`short_break`,
                                                IF(
                                                  `t22`.`_move` IS NOT NULL,
                                                  LAG(`t22`.`placement_start`) OVER (
                                                    PARTITION BY `t22`.`la_code`, `t22`.`child_id`
                                                    ORDER BY `t22`.`start_date` ASC NULLS LAST
                                                  ),
                                                  CAST(NULL AS DATE)
                                                ) AS `_previous`
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
                                                  COALESCE(
                                                    MAX(IF(`t16`.`reason_new_episode` = 'S', `t16`.`start_date`, CAST(NULL AS DATE))) OVER (
                                                      PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                                      ORDER BY `t16`.`start_date` ASC NULLS LAST
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ),
                                                    MIN(`t16`.`start_date`) OVER (
                                                      PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    )
                                                  ) AS `period_start`,
                                                  MAX(IF(`t16`.`reason_new_episode` = 'S', `t16`.`start_date`, CAST(NULL AS DATE))) OVER (
                                                    PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                                    ORDER BY `t16`.`start_date` ASC NULLS LAST
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) IS NOT NULL AS `period_start_seen`,
                                                  COALESCE(
                                                    MAX(
                                                      IF(
                                                        `t16`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                                        `t16`.`start_date`,
                                                        CAST(NULL AS DATE)
                                                      )
                                                    ) OVER (
                                                      PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                                      ORDER BY `t16`.`start_date` ASC NULLS LAST
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ),
                                                    MIN(`t16`.`start_date`) OVER (
                                                      PARTITION BY `t16`.`la_code`, `t16`.`child_id`
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                                                    )
                                                  ) AS `placement_start`,
                                                  IF(
                                                    `t16`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                                                    `t16`.`start_date`,
                                                    CAST(NULL AS DATE)
                                                  ) AS `_move`,
                                                  `t16`.`legal_status` IN ('V3', 'V4') AS `short_break`
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM `looked_after_episode` AS `t6`
                                                  WHERE
                                                    `t6`.`start_date` IS NOT NULL
                                                ) AS `t16`
                                              ) AS `t22`
                                            ) AS `t26`
                                          ) AS `t28`
                                        ) AS `t29`
                                        WHERE
                                          NOT (
                                            `t29`.`short_break`
                                          ) AND `t29`.`end_date` IS NOT NULL
                                      ) AS `t32`
                                      INNER JOIN (
                                        SELECT
                                          `t5`.`la_code`,
                                          `t5`.`child_id`,
                                          `t5`.`date_of_birth`
                                        FROM `person` AS `t5`
                                      ) AS `t15`
                                        ON `t32`.`la_code` = `t15`.`la_code` AND `t32`.`child_id` = `t15`.`child_id`
                                    ) AS `t36`
                                  ) AS `t39`
                                ) AS `t42`
                                WHERE
                                  `t42`.`_total` >= 91
                                  AND `t42`.`end_date` >= (
                                    `t42`.`date_of_birth` + INTERVAL '16' YEAR
                                  )
                                  AND `t42`.`reason_ceased` <> 'X1'
                              ) AS `t44`
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS `t47`
                            INNER JOIN `scorecard_month_spine` AS `t10`
                              ON `t47`.`qualified_on` <= `t10`.`month_end`
                              AND (
                                `t47`.`date_of_birth` + INTERVAL '17' YEAR
                              ) <= `t10`.`month_end`
                              AND (
                                `t47`.`date_of_birth` + INTERVAL '22' YEAR
                              ) > `t10`.`month_end`
                            LEFT ANTI JOIN (
                              SELECT
                                `t68`.`la_code`,
                                `t68`.`child_id`,
                                `t68`.`month`
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
                                  `t67`.`uasc`
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
                                    `t66`.`_uasc`,
                                    COALESCE(`t66`.`_uasc`, 'Not UASC') AS `uasc`
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
                                      `t65`.`_uasc`
                                    FROM (
                                      SELECT
                                        `t64`.`child_id`,
                                        `t64`.`start_date`,
                                        `t64`.`reason_new_episode`,
                                        `t64`.`legal_status`,
                                        `t64`.`category_of_need`,
                                        `t64`.`placement_type`,
                                        `t64`.`placement_provider`,
                                        `t64`.`end_date`,
                                        `t64`.`reason_ceased`,
                                        `t64`.`reason_place_change`,
                                        `t64`.`home_postcode`,
                                        `t64`.`placement_postcode`,
                                        `t64`.`urn`,
                                        `t64`.`placed_outside_council`,
                                        `t64`.`la_code`,
                                        `t64`.`load_id`,
                                        `t64`.`period_start`,
                                        `t64`.`period_start_seen`,
                                        `t64`.`placement_start`,
                                        `t64`.`short_break`,
                                        `t64`.`previous_placement_start`,
                                        `t64`.`period_end`,
                                        `t64`.`month`,
                                        `t64`.`month_end`,
                                        `t64`.`month_index`,
                                        `t27`.`la_code` AS `la_code_right`,
                                        `t27`.`child_id` AS `child_id_right`,
                                        `t27`.`month` AS `month_right`,
                                        `t27`.`_uasc`
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
                                            `t58`.`month_index`
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
                                              `t56`.`_until`,
                                              `t10`.`month`,
                                              `t10`.`month_end`,
                                              `t10`.`month_index`
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
                                                COALESCE(`t53`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                              FROM (
                                                SELECT
                                                  *
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
                                                    `t34`.`short_break`,
                                                    `t34`.`previous_placement_start`,
                                                    `t34`.`period_end`
                                                  FROM `t31` AS `t34`
                                                  LEFT ANTI JOIN (
                                                    SELECT
                                                      `t35`.`la_code`,
                                                      `t35`.`child_id`
                                                    FROM (
                                                      SELECT
                                                        `t33`.`la_code`,
                                                        `t33`.`child_id`,
                                                        COUNT(*) AS `_records`
                                                      FROM `t31` AS `t33`
                                                      GROUP BY
                                                        1,
                                                        2
                                                    ) AS `t35`
                                                    WHERE
                                                      `t35`.`_records` > 1
                                                  ) AS `t38`
                                                    ON `t34`.`la_code` = `t38`.`la_code` AND `t34`.`child_id` = `t38`.`child_id`
                                                ) AS `t40`
                                                UNION ALL
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
                                                    `t49`.`period_end`
                                                  FROM `t48` AS `t49`
                                                  WHERE
                                                    NOT (
                                                      `t49`.`_overlaps`
                                                    )
                                                ) AS `t51`
                                              ) AS `t53`
                                              WHERE
                                                `t53`.`start_date` IS NOT NULL
                                            ) AS `t56`
                                            INNER JOIN `scorecard_month_spine` AS `t10`
                                              ON `t56`.`start_date` <= `t10`.`month_end` AND `t56`.`_until` > `t10`.`month_end`
                                          ) AS `t58`
                                        ) AS `t59`
                                        UNION ALL
                                        SELECT
                                          *
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
                                            `t61`.`month_index`
                                          FROM (
                                            SELECT
                                              *
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
                                                ROW_NUMBER() OVER (
                                                  PARTITION BY `t57`.`la_code`, `t57`.`child_id`, `t57`.`month`
                                                  ORDER BY `t57`.`start_date` DESC
                                                ) - 1 AS `_rank`
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
                                                  `t55`.`month_index`
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
                                                    `t52`.`_until`,
                                                    `t10`.`month`,
                                                    `t10`.`month_end`,
                                                    `t10`.`month_index`
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
                                                      COALESCE(`t49`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                    FROM `t48` AS `t49`
                                                    WHERE
                                                      `t49`.`_overlaps` AND `t49`.`start_date` IS NOT NULL
                                                  ) AS `t52`
                                                  INNER JOIN `scorecard_month_spine` AS `t10`
                                                    ON `t52`.`start_date` <= `t10`.`month_end` AND `t52`.`_until` > `t10`.`month_end`
                                                ) AS `t55`
                                              ) AS `t57`
                                            ) AS `t60`
                                            WHERE
                                              `t60`.`_rank` = 0
                                          ) AS `t61`
                                        ) AS `t62`
                                      ) AS `t64`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t24`.`la_code`,
                                          `t24`.`child_id`,
                                          `t24`.`month`,
                                          'UASC' AS `_uasc`
                                        FROM (
                                          SELECT DISTINCT
                                            `t23`.`la_code`,
                                            `t23`.`child_id`,
                                            `t23`.`month`
                                          FROM (
                                            SELECT
                                              `t21`.`child_id`,
                                              `t21`.`start_date`,
                                              `t21`.`end_date`,
                                              `t21`.`la_code`,
                                              `t21`.`load_id`,
                                              `t21`.`month`,
                                              `t21`.`month_end`,
                                              `t21`.`month_index`
                                            FROM (
                                              SELECT
                                                `t18`.`child_id`,
                                                `t18`.`start_date`,
                                                `t18`.`end_date`,
                                                `t18`.`la_code`,
                                                `t18`.`load_id`,
                                                `t18`.`_until`,
                                                `t10`.`month`,
                                                `t10`.`month_end`,
                                                `t10`.`month_index`
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
                                              ) AS `t18`
                                              INNER JOIN `scorecard_month_spine` AS `t10`
                                                ON `t18`.`start_date` <= `t10`.`month_end` AND `t18`.`_until` > `t10`.`month_end`
                                            ) AS `t21`
                                          ) AS `t23`
                                        ) AS `t24`
                                      ) AS `t27`
                                        ON `t64`.`la_code` = `t27`.`la_code`
                                        AND `t64`.`child_id` = `t27`.`child_id`
                                        AND `t64`.`month` = `t27`.`month`
                                    ) AS `t65`
                                  ) AS `t66`
                                ) AS `t67`
                              ) AS `t68`
                            ) AS `t70`
                              ON `t47`.`la_code` = `t70`.`la_code`
                              AND `t47`.`child_id` = `t70`.`child_id`
                              AND `t10`.`month` = `t70`.`month`
                            INNER JOIN `care_leaver` AS `t12`
                              ON `t47`.`la_code` = `t12`.`la_code`
                              AND `t47`.`child_id` = `t12`.`child_id`
                              AND `t12`.`contact_date` <= `t10`.`month_end`
                          ) AS `t71`
                        ) AS `t72`
                        WHERE
                          `t72`.`_rank` = 0
                      ) AS `t73`
                    ) AS `t75`
                      ON `t47`.`la_code` = `t75`.`la_code`
                      AND `t47`.`child_id` = `t75`.`child_id`
                      AND `t10`.`month` = `t75`.`month`
                  ) AS `t76`
                ) AS `t77`
              ) AS `t78`
            ) AS `t79`
          ) AS `t80`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t81`
      ) AS `t82`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t84`
      ON `t84`.`la_code` = `t9`.`la_code`
      AND `t84`.`indicator_id` = `t11`.`indicator_id`
      AND `t84`.`month_index` <= `t10`.`month_index`
      AND `t84`.`month_index` >= (
        `t10`.`month_index` - IF(`t84`.`breakdown` = 'month_alone', 0, `t11`.`months_back`)
      )
  ) AS `t85`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t98`.`la_code`,
  `t98`.`indicator_id`,
  `t98`.`month`,
  `t98`.`breakdown`,
  `t98`.`breakdown_value`,
  `t98`.`numerator`,
  CASE
    WHEN `t98`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t98`.`unit` = 'rate'
    THEN CAST(`t8`.`population` AS DOUBLE)
    ELSE `t98`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t98`.`unit` = 'count'
    THEN `t98`.`numerator`
    WHEN `t98`.`unit` = 'rate'
    THEN IF(
      CAST(`t8`.`population` AS DOUBLE) > 0,
      (
        `t98`.`numerator` * 10000
      ) / CAST(`t8`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t98`.`unit` = 'percent'
    THEN IF(
      `t98`.`denominator` > 0,
      `t98`.`numerator` / `t98`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t98`.`denominator` > 0,
      `t98`.`numerator` / `t98`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
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
            ('CL1', 0, 'percent') AS t11(indicator_id, months_back, unit)
        ) AS `t14`
        WHERE
          `t14`.`months_back` > 0
      ) AS `t20`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t86` AS `t87`
        WHERE
          `t87`.`breakdown` = 'month_alone'
      ) AS `t90`
        ON `t20`.`la_code` = `t90`.`la_code`
        AND `t20`.`indicator_id` = `t90`.`indicator_id`
        AND `t20`.`month` = `t90`.`month`
    ) AS `t92`
  ) AS `t94`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t86` AS `t87`
    UNION ALL
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
          ('CL1', 0, 'percent') AS t11(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t86` AS `t87`
          WHERE
            `t87`.`breakdown` = 'all'
        ) AS `t91`
          ON `t9`.`la_code` = `t91`.`la_code`
          AND `t11`.`indicator_id` = `t91`.`indicator_id`
          AND `t10`.`month` = `t91`.`month`
      ) AS `t93`
    ) AS `t95`
  ) AS `t96`
) AS `t98`
LEFT OUTER JOIN `scorecard_population` AS `t8`
  ON `t98`.`la_code` = `t8`.`la_code` AND `t98`.`month` = `t8`.`month`
