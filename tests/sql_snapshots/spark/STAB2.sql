WITH `t28` AS (
  SELECT
    *
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
      `t26`.`period_end`
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
            `t14`.`child_id`,
            `t14`.`start_date`,
            `t14`.`reason_new_episode`,
            `t14`.`legal_status`,
            `t14`.`category_of_need`,
            `t14`.`placement_type`,
            `t14`.`placement_provider`,
            `t14`.`end_date`,
            `t14`.`reason_ceased`,
            `t14`.`reason_place_change`,
            `t14`.`home_postcode`,
            `t14`.`placement_postcode`,
            `t14`.`urn`,
            `t14`.`placed_outside_council`,
            `t14`.`la_code`,
            `t14`.`load_id`,
            COALESCE(
              MAX(IF(`t14`.`reason_new_episode` = 'S', `t14`.`start_date`, CAST(NULL AS DATE))) OVER (
                PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                ORDER BY `t14`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t14`.`start_date`) OVER (
                PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `period_start`,
            MAX(IF(`t14`.`reason_new_episode` = 'S', `t14`.`start_date`, CAST(NULL AS DATE))) OVER (
              PARTITION BY `t14`.`la_code`, `t14`.`child_id`
              ORDER BY `t14`.`start_date` ASC NULLS LAST
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) IS NOT NULL AS `period_start_seen`,
            COALESCE(
              MAX(
                IF(
                  `t14`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
                  `t14`.`start_date`,
                  CAST(NULL AS DATE)
                )
              ) OVER (
                PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                ORDER BY `t14`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ),
              MIN(`t14`.`start_date`) OVER (
                PARTITION BY `t14`.`la_code`, `t14`.`child_id`
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              )
            ) AS `placement_start`,
            IF(
              `t14`.`reason_new_episode` IN ('S', 'P', 'T', 'B', 'U'),
              `t14`.`start_date`,
              CAST(NULL AS DATE)
            ) AS `_move`,
            `t14`.`legal_status` IN ('V3', 'V4') AS `short_break`
          FROM (
            SELECT
              *
            FROM `looked_after_episode` AS `t6`
            WHERE
              `t6`.`start_date` IS NOT NULL
          ) AS `t14`
        ) AS `t21`
      ) AS `t25`
    ) AS `t26`
  ) AS `t27`
  WHERE
    NOT (
      `t27`.`short_break`
    ) AND `t27`.`start_date` IS NOT NULL
), `t38` AS (
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
    `t37`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t37`.`_earlier_reach` > `t37`.`start_date`, FALSE)) OVER (
      PARTITION BY `t37`.`la_code`, `t37`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
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
      `t36`.`_reach`,
      LAG(`t36`.`_reach`) OVER (
        PARTITION BY `t36`.`la_code`, `t36`.`child_id`
        ORDER BY `t36`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
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
        `t35`.`period_end`,
        MAX(COALESCE(`t35`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t35`.`la_code`, `t35`.`child_id`
          ORDER BY `t35`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          `t30`.`child_id`,
          `t30`.`start_date`,
          `t30`.`reason_new_episode`,
          `t30`.`legal_status`,
          `t30`.`category_of_need`,
          `t30`.`placement_type`,
          `t30`.`placement_provider`,
          `t30`.`end_date`,
          `t30`.`reason_ceased`,
          `t30`.`reason_place_change`,
          `t30`.`home_postcode`,
          `t30`.`placement_postcode`,
          `t30`.`urn`,
          `t30`.`placed_outside_council`,
          `t30`.`la_code`,
          `t30`.`load_id`,
          `t30`.`period_start`,
          `t30`.`period_start_seen`,
          `t30`.`placement_start`,
          `t30`.`short_break`,
          `t30`.`previous_placement_start`,
          `t30`.`period_end`
        FROM `t28` AS `t30`
        LEFT SEMI JOIN (
          SELECT
            `t31`.`la_code`,
            `t31`.`child_id`
          FROM (
            SELECT
              `t29`.`la_code`,
              `t29`.`child_id`,
              COUNT(*) AS `_records`
            FROM `t28` AS `t29`
            GROUP BY
              1,
              2
          ) AS `t31`
          WHERE
            `t31`.`_records` > 1
        ) AS `t33`
          ON `t30`.`la_code` = `t33`.`la_code` AND `t30`.`child_id` = `t33`.`child_id`
      ) AS `t35`
    ) AS `t36`
  ) AS `t37`
), `t68` AS (
  SELECT
    `t67`.`la_code`,
    `t67`.`indicator_id`,
    `t67`.`month`,
    `t67`.`breakdown`,
    `t67`.`breakdown_value`,
    `t67`.`unit`,
    SUM(`t67`.`_num`) AS `numerator`,
    SUM(`t67`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t66`.`la_code` AS `la_code_right`,
      `t66`.`indicator_id` AS `indicator_id_right`,
      `t66`.`month_index` AS `month_index_right`,
      `t66`.`breakdown`,
      `t66`.`breakdown_value`,
      `t66`.`_num`,
      `t66`.`_den`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('STAB2', 0, 'percent') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t64`.`la_code`,
        `t64`.`indicator_id`,
        `t64`.`month_index`,
        `t64`.`breakdown`,
        `t64`.`breakdown_value`,
        SUM(`t64`.`numerator`) AS `_num`,
        SUM(`t64`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t63`.`la_code`,
          'STAB2' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t63`.`month`) * 12
            ) + EXTRACT(month FROM `t63`.`month`)
          ) - 1 AS `month_index`,
          'all' AS `breakdown`,
          `t63`.`breakdown_value`,
          `t63`.`numerator`,
          `t63`.`denominator`
        FROM (
          SELECT
            `t62`.`la_code`,
            `t62`.`month`,
            `t62`.`_part`,
            `t62`.`breakdown_value`,
            SUM(`t62`.`numerator`) AS `numerator`,
            SUM(`t62`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t61`.`la_code`,
              `t61`.`month`,
              IF(
                COALESCE(
                  (
                    `t61`.`placement_start` <= (
                      `t61`.`month_end` - INTERVAL '24' MONTH
                    )
                  )
                  OR (
                    `t61`.`placement_type` IN ('A3', 'A4', 'A5', 'A6')
                    AND (
                      `t61`.`previous_placement_start` <= (
                        `t61`.`month_end` - INTERVAL '24' MONTH
                      )
                    )
                  ),
                  FALSE
                ),
                1.0,
                0.0
              ) AS `numerator`,
              1.0 AS `denominator`,
              0 AS `_part`,
              'all' AS `breakdown_value`
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
                `t60`.`uasc`,
                `t60`.`date_of_birth`
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
                  `t13`.`la_code` AS `la_code_right`,
                  `t13`.`child_id` AS `child_id_right`,
                  `t13`.`date_of_birth`
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
                    `t57`.`uasc`
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
                      `t56`.`_uasc`,
                      COALESCE(`t56`.`_uasc`, 'Not UASC') AS `uasc`
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
                        `t55`.`_uasc`
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
                          `t54`.`month`,
                          `t54`.`month_end`,
                          `t54`.`month_index`,
                          `t24`.`la_code` AS `la_code_right`,
                          `t24`.`child_id` AS `child_id_right`,
                          `t24`.`month` AS `month_right`,
                          `t24`.`_uasc`
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
                              `t48`.`month_index`
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
                                `t46`.`_until`,
                                `t9`.`month`,
                                `t9`.`month_end`,
                                `t9`.`month_index`
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
                                  COALESCE(`t43`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      `t30`.`child_id`,
                                      `t30`.`start_date`,
                                      `t30`.`reason_new_episode`,
                                      `t30`.`legal_status`,
                                      `t30`.`category_of_need`,
                                      `t30`.`placement_type`,
                                      `t30`.`placement_provider`,
                                      `t30`.`end_date`,
                                      `t30`.`reason_ceased`,
                                      `t30`.`reason_place_change`,
                                      `t30`.`home_postcode`,
                                      `t30`.`placement_postcode`,
                                      `t30`.`urn`,
                                      `t30`.`placed_outside_council`,
                                      `t30`.`la_code`,
                                      `t30`.`load_id`,
                                      `t30`.`period_start`,
                                      `t30`.`period_start_seen`,
                                      `t30`.`placement_start`,
                                      `t30`.`short_break`,
                                      `t30`.`previous_placement_start`,
                                      `t30`.`period_end`
                                    FROM `t28` AS `t30`
                                    LEFT ANTI JOIN (
                                      SELECT
                                        `t31`.`la_code`,
                                        `t31`.`child_id`
                                      FROM (
                                        SELECT
                                          `t29`.`la_code`,
                                          `t29`.`child_id`,
                                          COUNT(*) AS `_records`
                                        FROM `t28` AS `t29`
                                        GROUP BY
                                          1,
                                          2
                                      ) AS `t31`
                                      WHERE
                                        `t31`.`_records` > 1
                                    ) AS `t33`
                                      ON `t30`.`la_code` = `t33`.`la_code` AND `t30`.`child_id` = `t33`.`child_id`
                                  ) AS `t34`
                                  UNION ALL
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
                                      `t39`.`period_end`
                                    FROM `t38` AS `t39`
                                    WHERE
                                      NOT (
                                        `t39`.`_overlaps`
                                      )
                                  ) AS `t41`
                                ) AS `t43`
                                WHERE
                                  `t43`.`start_date` IS NOT NULL
                              ) AS `t46`
                              INNER JOIN `scorecard_month_spine` AS `t9`
                                ON `t46`.`start_date` <= `t9`.`month_end` AND `t46`.`_until` > `t9`.`month_end`
                            ) AS `t48`
                          ) AS `t49`
                          UNION ALL
                          SELECT
                            *
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
                              `t51`.`month`,
                              `t51`.`month_end`,
                              `t51`.`month_index`
                            FROM (
                              SELECT
                                *
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
                                  `t47`.`month`,
                                  `t47`.`month_end`,
                                  `t47`.`month_index`,
                                  ROW_NUMBER() OVER (
                                    PARTITION BY `t47`.`la_code`, `t47`.`child_id`, `t47`.`month`
                                    ORDER BY `t47`.`start_date` DESC
                                  ) - 1 AS `_rank`
                                FROM (
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
                                    `t45`.`month`,
                                    `t45`.`month_end`,
                                    `t45`.`month_index`
                                  FROM (
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
                                      `t42`.`_until`,
                                      `t9`.`month`,
                                      `t9`.`month_end`,
                                      `t9`.`month_index`
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
                                        COALESCE(`t39`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                      FROM `t38` AS `t39`
                                      WHERE
                                        `t39`.`_overlaps` AND `t39`.`start_date` IS NOT NULL
                                    ) AS `t42`
                                    INNER JOIN `scorecard_month_spine` AS `t9`
                                      ON `t42`.`start_date` <= `t9`.`month_end` AND `t42`.`_until` > `t9`.`month_end`
                                  ) AS `t45`
                                ) AS `t47`
                              ) AS `t50`
                              WHERE
                                `t50`.`_rank` = 0
                            ) AS `t51`
                          ) AS `t52`
                        ) AS `t54`
                        LEFT OUTER JOIN (
                          SELECT
                            `t22`.`la_code`,
                            `t22`.`child_id`,
                            `t22`.`month`,
                            'UASC' AS `_uasc`
                          FROM (
                            SELECT DISTINCT
                              `t20`.`la_code`,
                              `t20`.`child_id`,
                              `t20`.`month`
                            FROM (
                              SELECT
                                `t19`.`child_id`,
                                `t19`.`start_date`,
                                `t19`.`end_date`,
                                `t19`.`la_code`,
                                `t19`.`load_id`,
                                `t19`.`month`,
                                `t19`.`month_end`,
                                `t19`.`month_index`
                              FROM (
                                SELECT
                                  `t16`.`child_id`,
                                  `t16`.`start_date`,
                                  `t16`.`end_date`,
                                  `t16`.`la_code`,
                                  `t16`.`load_id`,
                                  `t16`.`_until`,
                                  `t9`.`month`,
                                  `t9`.`month_end`,
                                  `t9`.`month_index`
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
                                ) AS `t16`
                                INNER JOIN `scorecard_month_spine` AS `t9`
                                  ON `t16`.`start_date` <= `t9`.`month_end` AND `t16`.`_until` > `t9`.`month_end`
                              ) AS `t19`
                            ) AS `t20`
                          ) AS `t22`
                        ) AS `t24`
                          ON `t54`.`la_code` = `t24`.`la_code`
                          AND `t54`.`child_id` = `t24`.`child_id`
                          AND `t54`.`month` = `t24`.`month`
                      ) AS `t55`
                    ) AS `t56`
                  ) AS `t57`
                ) AS `t59`
                LEFT OUTER JOIN (
                  SELECT
                    `t4`.`la_code`,
                    `t4`.`child_id`,
                    `t4`.`date_of_birth`
                  FROM `person` AS `t4`
                ) AS `t13`
                  ON `t59`.`la_code` = `t13`.`la_code` AND `t59`.`child_id` = `t13`.`child_id`
              ) AS `t60`
            ) AS `t61`
            WHERE
              (
                (
                  EXTRACT(year FROM `t61`.`month_end`) - EXTRACT(year FROM `t61`.`date_of_birth`)
                ) - IF(
                  (
                    (
                      EXTRACT(month FROM `t61`.`month_end`) * 100
                    ) + EXTRACT(day FROM `t61`.`month_end`)
                  ) < (
                    (
                      EXTRACT(month FROM `t61`.`date_of_birth`) * 100
                    ) + EXTRACT(day FROM `t61`.`date_of_birth`)
                  ),
                  1,
                  0
                )
              ) < 16
              AND `t61`.`period_start` <= (
                `t61`.`month_end` - INTERVAL '30' MONTH
              )
          ) AS `t62`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t63`
      ) AS `t64`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t66`
      ON `t66`.`la_code` = `t8`.`la_code`
      AND `t66`.`indicator_id` = `t10`.`indicator_id`
      AND `t66`.`month_index` <= `t9`.`month_index`
      AND `t66`.`month_index` >= (
        `t9`.`month_index` - IF(`t66`.`breakdown` = 'month_alone', 0, `t10`.`months_back`)
      )
  ) AS `t67`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t80`.`la_code`,
  `t80`.`indicator_id`,
  `t80`.`month`,
  `t80`.`breakdown`,
  `t80`.`breakdown_value`,
  `t80`.`numerator`,
  CASE
    WHEN `t80`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t80`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t80`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t80`.`unit` = 'count'
    THEN `t80`.`numerator`
    WHEN `t80`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t80`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t80`.`unit` = 'percent'
    THEN IF(
      `t80`.`denominator` > 0,
      `t80`.`numerator` / `t80`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t80`.`denominator` > 0,
      `t80`.`numerator` / `t80`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t74`.`la_code`,
      `t74`.`indicator_id`,
      `t74`.`month`,
      `t74`.`breakdown`,
      `t74`.`breakdown_value`,
      `t74`.`unit`,
      `t74`.`numerator`,
      `t74`.`denominator`
    FROM (
      SELECT
        `t18`.`la_code`,
        `t18`.`indicator_id`,
        `t18`.`month`,
        `t18`.`unit`,
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
            ('STAB2', 0, 'percent') AS t10(indicator_id, months_back, unit)
        ) AS `t12`
        WHERE
          `t12`.`months_back` > 0
      ) AS `t18`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t68` AS `t69`
        WHERE
          `t69`.`breakdown` = 'month_alone'
      ) AS `t72`
        ON `t18`.`la_code` = `t72`.`la_code`
        AND `t18`.`indicator_id` = `t72`.`indicator_id`
        AND `t18`.`month` = `t72`.`month`
    ) AS `t74`
  ) AS `t76`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t68` AS `t69`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t75`.`la_code`,
        `t75`.`indicator_id`,
        `t75`.`month`,
        `t75`.`breakdown`,
        `t75`.`breakdown_value`,
        `t75`.`unit`,
        `t75`.`numerator`,
        `t75`.`denominator`
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
          ('STAB2', 0, 'percent') AS t10(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t68` AS `t69`
          WHERE
            `t69`.`breakdown` = 'all'
        ) AS `t73`
          ON `t8`.`la_code` = `t73`.`la_code`
          AND `t10`.`indicator_id` = `t73`.`indicator_id`
          AND `t9`.`month` = `t73`.`month`
      ) AS `t75`
    ) AS `t77`
  ) AS `t78`
) AS `t80`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t80`.`la_code` = `t7`.`la_code` AND `t80`.`month` = `t7`.`month`
