WITH `t25` AS (
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
    `t24`.`_reach`,
    `t24`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t24`.`_earlier_reach` > `t24`.`start_date`, FALSE)) OVER (
      PARTITION BY `t24`.`la_code`, `t24`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
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
      `t23`.`_reach`,
      LAG(`t23`.`_reach`) OVER (
        PARTITION BY `t23`.`la_code`, `t23`.`child_id`
        ORDER BY `t23`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
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
        MAX(COALESCE(`t22`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t22`.`la_code`, `t22`.`child_id`
          ORDER BY `t22`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          *
        FROM (
          SELECT
            `t20`.`child_id`,
            `t20`.`start_date`,
            `t20`.`reason_new_episode`,
            `t20`.`legal_status`,
            `t20`.`category_of_need`,
            `t20`.`placement_type`,
            `t20`.`placement_provider`,
            `t20`.`end_date`,
            `t20`.`reason_ceased`,
            `t20`.`reason_place_change`,
            `t20`.`home_postcode`,
            `t20`.`placement_postcode`,
            `t20`.`urn`,
            `t20`.`placed_outside_council`,
            `t20`.`la_code`,
            `t20`.`load_id`,
            `t20`.`period_start`,
            `t20`.`period_start_seen`,
            `t20`.`placement_start`,
            `t20`.`short_break`,
            `t20`.`previous_placement_start`,
            `t20`.`period_end`
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
              `t19`.`_move`,
              `t19`.`short_break`,
              `t19`.`_previous`,
              MAX(`t19`.`_previous`) OVER (
                PARTITION BY `t19`.`la_code`, `t19`.`child_id`
                ORDER BY `t19`.`start_date` ASC NULLS LAST
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS `previous_placement_start`,
              IF(
                BOOL_OR(`t19`.`end_date` IS NULL) OVER (
                  PARTITION BY `t19`.`la_code`, `t19`.`child_id`, `t19`.`period_start`
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ),
                CAST(NULL AS DATE),
                MAX(`t19`.`end_date`) OVER (
                  PARTITION BY `t19`.`la_code`, `t19`.`child_id`, `t19`.`period_start`
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                )
              ) AS `period_end`
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
                `t18`.`_move`,
                `t18`.`short_break`,
                IF(
                  `t18`.`_move` IS NOT NULL,
                  LAG(`t18`.`placement_start`) OVER (
                    PARTITION BY `t18`.`la_code`, `t18`.`child_id`
                    ORDER BY `t18`.`start_date` ASC NULLS LAST
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
                  FROM `looked_after_episode` AS `t6`
                  WHERE
                    `t6`.`start_date` IS NOT NULL
                ) AS `t15`
              ) AS `t18`
            ) AS `t19`
          ) AS `t20`
        ) AS `t21`
        WHERE
          NOT (
            `t21`.`short_break`
          ) AND `t21`.`start_date` IS NOT NULL
      ) AS `t22`
    ) AS `t23`
  ) AS `t24`
), `t57` AS (
  SELECT
    `t56`.`la_code`,
    `t56`.`indicator_id`,
    `t56`.`month`,
    `t56`.`breakdown`,
    `t56`.`breakdown_value`,
    `t56`.`unit`,
    SUM(`t56`.`_num`) AS `numerator`,
    SUM(`t56`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t8`.`la_code`,
      `t9`.`month`,
      `t9`.`month_end`,
      `t9`.`month_index`,
      `t10`.`indicator_id`,
      `t10`.`months_back`,
      `t10`.`unit`,
      `t55`.`la_code` AS `la_code_right`,
      `t55`.`indicator_id` AS `indicator_id_right`,
      `t55`.`month_index` AS `month_index_right`,
      `t55`.`breakdown`,
      `t55`.`breakdown_value`,
      `t55`.`_num`,
      `t55`.`_den`
    FROM `scorecard_councils` AS `t8`
    CROSS JOIN `scorecard_month_spine` AS `t9`
    CROSS JOIN VALUES
      ('STAB2', 0, 'percent') AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t53`.`la_code`,
        `t53`.`indicator_id`,
        `t53`.`month_index`,
        `t53`.`breakdown`,
        `t53`.`breakdown_value`,
        SUM(`t53`.`numerator`) AS `_num`,
        SUM(`t53`.`denominator`) AS `_den`
      FROM (
        SELECT
          `t52`.`la_code`,
          'STAB2' AS `indicator_id`,
          (
            (
              EXTRACT(year FROM `t52`.`month`) * 12
            ) + EXTRACT(month FROM `t52`.`month`)
          ) - 1 AS `month_index`,
          'all' AS `breakdown`,
          `t52`.`breakdown_value`,
          `t52`.`numerator`,
          `t52`.`denominator`
        FROM (
          SELECT
            `t51`.`la_code`,
            `t51`.`month`,
            `t51`.`_part`,
            `t51`.`breakdown_value`,
            SUM(`t51`.`numerator`) AS `numerator`,
            SUM(`t51`.`denominator`) AS `denominator`
          FROM (
            SELECT
              `t50`.`la_code`,
              `t50`.`month`,
              IF(
                COALESCE(
                  (
                    `t50`.`placement_start` <= (
                      `t50`.`month_end` - INTERVAL '24' MONTH
                    )
                  )
                  OR (
                    `t50`.`placement_type` IN ('A3', 'A4', 'A5', 'A6')
                    AND (
                      `t50`.`previous_placement_start` <= (
                        `t50`.`month_end` - INTERVAL '24' MONTH
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
                `t49`.`month_index`,
                `t49`.`uasc`,
                `t49`.`date_of_birth`
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
                  `t48`.`uasc`,
                  `t14`.`la_code` AS `la_code_right`,
                  `t14`.`child_id` AS `child_id_right`,
                  `t14`.`date_of_birth`
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
                    `t46`.`month_index`,
                    `t46`.`uasc`
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
                      `t45`.`month_index`,
                      `t45`.`_uasc`,
                      COALESCE(`t45`.`_uasc`, 'Not UASC') AS `uasc`
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
                        `t44`.`month`,
                        `t44`.`month_end`,
                        `t44`.`month_index`,
                        `t44`.`_uasc`
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
                          `t39`.`month`,
                          `t39`.`month_end`,
                          `t39`.`month_index`,
                          `t43`.`la_code` AS `la_code_right`,
                          `t43`.`child_id` AS `child_id_right`,
                          `t43`.`month` AS `month_right`,
                          `t43`.`_uasc`
                        FROM (
                          SELECT
                            *
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
                              `t32`.`month`,
                              `t32`.`month_end`,
                              `t32`.`month_index`
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
                                `t30`.`period_end`,
                                `t30`.`_until`,
                                `t9`.`month`,
                                `t9`.`month_end`,
                                `t9`.`month_index`
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
                                  COALESCE(`t26`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                FROM `t25` AS `t26`
                                WHERE
                                  NOT (
                                    `t26`.`_overlaps`
                                  ) AND `t26`.`start_date` IS NOT NULL
                              ) AS `t30`
                              INNER JOIN `scorecard_month_spine` AS `t9`
                                ON `t30`.`start_date` <= `t9`.`month_end` AND `t30`.`_until` > `t9`.`month_end`
                            ) AS `t32`
                          ) AS `t34`
                          UNION ALL
                          SELECT
                            *
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
                              `t36`.`month`,
                              `t36`.`month_end`,
                              `t36`.`month_index`
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t33`.`child_id`,
                                  `t33`.`start_date`,
                                  `t33`.`reason_new_episode`,
                                  `t33`.`legal_status`,
                                  `t33`.`category_of_need`,
                                  `t33`.`placement_type`,
                                  `t33`.`placement_provider`,
                                  `t33`.`end_date`,
                                  `t33`.`reason_ceased`,
                                  `t33`.`reason_place_change`,
                                  `t33`.`home_postcode`,
                                  `t33`.`placement_postcode`,
                                  `t33`.`urn`,
                                  `t33`.`placed_outside_council`,
                                  `t33`.`la_code`,
                                  `t33`.`load_id`,
                                  `t33`.`period_start`,
                                  `t33`.`period_start_seen`,
                                  `t33`.`placement_start`,
                                  `t33`.`short_break`,
                                  `t33`.`previous_placement_start`,
                                  `t33`.`period_end`,
                                  `t33`.`month`,
                                  `t33`.`month_end`,
                                  `t33`.`month_index`,
                                  ROW_NUMBER() OVER (
                                    PARTITION BY `t33`.`la_code`, `t33`.`child_id`, `t33`.`month`
                                    ORDER BY `t33`.`start_date` DESC
                                  ) - 1 AS `_rank`
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
                                    `t31`.`period_end`,
                                    `t31`.`month`,
                                    `t31`.`month_end`,
                                    `t31`.`month_index`
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
                                      `t29`.`short_break`,
                                      `t29`.`previous_placement_start`,
                                      `t29`.`period_end`,
                                      `t29`.`_until`,
                                      `t9`.`month`,
                                      `t9`.`month_end`,
                                      `t9`.`month_index`
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
                                        COALESCE(`t26`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                      FROM `t25` AS `t26`
                                      WHERE
                                        `t26`.`_overlaps` AND `t26`.`start_date` IS NOT NULL
                                    ) AS `t29`
                                    INNER JOIN `scorecard_month_spine` AS `t9`
                                      ON `t29`.`start_date` <= `t9`.`month_end` AND `t29`.`_until` > `t9`.`month_end`
                                  ) AS `t31`
                                ) AS `t33`
                              ) AS `t35`
                              WHERE
                                `t35`.`_rank` = 0
                            ) AS `t36`
                          ) AS `t37`
                        ) AS `t39`
                        LEFT OUTER JOIN (
                          SELECT
                            `t41`.`la_code`,
                            `t41`.`child_id`,
                            `t41`.`month`,
                            'UASC' AS `_uasc`
                          FROM (
                            SELECT DISTINCT
                              *
                            FROM (
                              SELECT
                                `t39`.`la_code`,
                                `t39`.`child_id`,
                                `t39`.`month`
                              FROM (
                                SELECT
                                  *
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
                                    `t32`.`month`,
                                    `t32`.`month_end`,
                                    `t32`.`month_index`
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
                                      `t30`.`period_end`,
                                      `t30`.`_until`,
                                      `t9`.`month`,
                                      `t9`.`month_end`,
                                      `t9`.`month_index`
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
                                        COALESCE(`t26`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                      FROM `t25` AS `t26`
                                      WHERE
                                        NOT (
                                          `t26`.`_overlaps`
                                        ) AND `t26`.`start_date` IS NOT NULL
                                    ) AS `t30`
                                    INNER JOIN `scorecard_month_spine` AS `t9`
                                      ON `t30`.`start_date` <= `t9`.`month_end` AND `t30`.`_until` > `t9`.`month_end`
                                  ) AS `t32`
                                ) AS `t34`
                                UNION ALL
                                SELECT
                                  *
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
                                    `t36`.`month`,
                                    `t36`.`month_end`,
                                    `t36`.`month_index`
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        `t33`.`child_id`,
                                        `t33`.`start_date`,
                                        `t33`.`reason_new_episode`,
                                        `t33`.`legal_status`,
                                        `t33`.`category_of_need`,
                                        `t33`.`placement_type`,
                                        `t33`.`placement_provider`,
                                        `t33`.`end_date`,
                                        `t33`.`reason_ceased`,
                                        `t33`.`reason_place_change`,
                                        `t33`.`home_postcode`,
                                        `t33`.`placement_postcode`,
                                        `t33`.`urn`,
                                        `t33`.`placed_outside_council`,
                                        `t33`.`la_code`,
                                        `t33`.`load_id`,
                                        `t33`.`period_start`,
                                        `t33`.`period_start_seen`,
                                        `t33`.`placement_start`,
                                        `t33`.`short_break`,
                                        `t33`.`previous_placement_start`,
                                        `t33`.`period_end`,
                                        `t33`.`month`,
                                        `t33`.`month_end`,
                                        `t33`.`month_index`,
                                        ROW_NUMBER() OVER (
                                          PARTITION BY `t33`.`la_code`, `t33`.`child_id`, `t33`.`month`
                                          ORDER BY `t33`.`start_date` DESC
                                        ) - 1 AS `_rank`
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
                                          `t31`.`period_end`,
                                          `t31`.`month`,
                                          `t31`.`month_end`,
                                          `t31`.`month_index`
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
                                            `t29`.`short_break`,
                                            `t29`.`previous_placement_start`,
                                            `t29`.`period_end`,
                                            `t29`.`_until`,
                                            `t9`.`month`,
                                            `t9`.`month_end`,
                                            `t9`.`month_index`
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
                                              COALESCE(`t26`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM `t25` AS `t26`
                                            WHERE
                                              `t26`.`_overlaps` AND `t26`.`start_date` IS NOT NULL
                                          ) AS `t29`
                                          INNER JOIN `scorecard_month_spine` AS `t9`
                                            ON `t29`.`start_date` <= `t9`.`month_end` AND `t29`.`_until` > `t9`.`month_end`
                                        ) AS `t31`
                                      ) AS `t33`
                                    ) AS `t35`
                                    WHERE
                                      `t35`.`_rank` = 0
                                  ) AS `t36`
                                ) AS `t37`
                              ) AS `t39`
                              INNER JOIN `uasc_status` AS `t11`
                                ON `t39`.`la_code` = `t11`.`la_code`
                                AND `t39`.`child_id` = `t11`.`child_id`
                                AND COALESCE(`t11`.`start_date`, MAKE_DATE(1900, 1, 1)) <= `t39`.`month_end`
                                AND COALESCE(`t11`.`end_date`, MAKE_DATE(9999, 12, 31)) > `t39`.`month_end`
                            ) AS `t40`
                          ) AS `t41`
                        ) AS `t43`
                          ON `t39`.`la_code` = `t43`.`la_code`
                          AND `t39`.`child_id` = `t43`.`child_id`
                          AND `t39`.`month` = `t43`.`month`
                      ) AS `t44`
                    ) AS `t45`
                  ) AS `t46`
                ) AS `t48`
                LEFT OUTER JOIN (
                  SELECT
                    `t4`.`la_code`,
                    `t4`.`child_id`,
                    `t4`.`date_of_birth`
                  FROM `person` AS `t4`
                ) AS `t14`
                  ON `t48`.`la_code` = `t14`.`la_code` AND `t48`.`child_id` = `t14`.`child_id`
              ) AS `t49`
            ) AS `t50`
            WHERE
              (
                (
                  EXTRACT(year FROM `t50`.`month_end`) - EXTRACT(year FROM `t50`.`date_of_birth`)
                ) - IF(
                  (
                    (
                      EXTRACT(month FROM `t50`.`month_end`) * 100
                    ) + EXTRACT(day FROM `t50`.`month_end`)
                  ) < (
                    (
                      EXTRACT(month FROM `t50`.`date_of_birth`) * 100
                    ) + EXTRACT(day FROM `t50`.`date_of_birth`)
                  ),
                  1,
                  0
                )
              ) < 16
              AND `t50`.`period_start` <= (
                `t50`.`month_end` - INTERVAL '30' MONTH
              )
          ) AS `t51`
          GROUP BY
            1,
            2,
            3,
            4
        ) AS `t52`
      ) AS `t53`
      GROUP BY
        1,
        2,
        3,
        4,
        5
    ) AS `t55`
      ON `t55`.`la_code` = `t8`.`la_code`
      AND `t55`.`indicator_id` = `t10`.`indicator_id`
      AND `t55`.`month_index` <= `t9`.`month_index`
      AND `t55`.`month_index` >= (
        `t9`.`month_index` - IF(`t55`.`breakdown` = 'month_alone', 0, `t10`.`months_back`)
      )
  ) AS `t56`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t69`.`la_code`,
  `t69`.`indicator_id`,
  `t69`.`month`,
  `t69`.`breakdown`,
  `t69`.`breakdown_value`,
  `t69`.`numerator`,
  CASE
    WHEN `t69`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t69`.`unit` = 'rate'
    THEN CAST(`t7`.`population` AS DOUBLE)
    ELSE `t69`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t69`.`unit` = 'count'
    THEN `t69`.`numerator`
    WHEN `t69`.`unit` = 'rate'
    THEN IF(
      CAST(`t7`.`population` AS DOUBLE) > 0,
      (
        `t69`.`numerator` * 10000
      ) / CAST(`t7`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t69`.`unit` = 'percent'
    THEN IF(
      `t69`.`denominator` > 0,
      `t69`.`numerator` / `t69`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t69`.`denominator` > 0,
      `t69`.`numerator` / `t69`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t63`.`la_code`,
      `t63`.`indicator_id`,
      `t63`.`month`,
      `t63`.`breakdown`,
      `t63`.`breakdown_value`,
      `t63`.`unit`,
      `t63`.`numerator`,
      `t63`.`denominator`
    FROM (
      SELECT
        `t17`.`la_code`,
        `t17`.`indicator_id`,
        `t17`.`month`,
        `t17`.`unit`,
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
        ) AS `t13`
        WHERE
          `t13`.`months_back` > 0
      ) AS `t17`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t57` AS `t58`
        WHERE
          `t58`.`breakdown` = 'month_alone'
      ) AS `t61`
        ON `t17`.`la_code` = `t61`.`la_code`
        AND `t17`.`indicator_id` = `t61`.`indicator_id`
        AND `t17`.`month` = `t61`.`month`
    ) AS `t63`
  ) AS `t65`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t57` AS `t58`
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        `t64`.`la_code`,
        `t64`.`indicator_id`,
        `t64`.`month`,
        `t64`.`breakdown`,
        `t64`.`breakdown_value`,
        `t64`.`unit`,
        `t64`.`numerator`,
        `t64`.`denominator`
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
          FROM `t57` AS `t58`
          WHERE
            `t58`.`breakdown` = 'all'
        ) AS `t62`
          ON `t8`.`la_code` = `t62`.`la_code`
          AND `t10`.`indicator_id` = `t62`.`indicator_id`
          AND `t9`.`month` = `t62`.`month`
      ) AS `t64`
    ) AS `t66`
  ) AS `t67`
) AS `t69`
LEFT OUTER JOIN `scorecard_population` AS `t7`
  ON `t69`.`la_code` = `t7`.`la_code` AND `t69`.`month` = `t7`.`month`
