WITH `t25` AS (
  SELECT
    *
  FROM `cp_plan` AS `t7`
  WHERE
    `t7`.`start_date` IS NOT NULL
), `t41` AS (
  SELECT
    `t40`.`cp_plan_id`,
    `t40`.`referral_id`,
    `t40`.`child_id`,
    `t40`.`start_date`,
    `t40`.`end_date`,
    `t40`.`initial_category`,
    `t40`.`latest_category`,
    `t40`.`number_of_previous_plans`,
    `t40`.`la_code`,
    `t40`.`load_id`,
    `t40`.`_reach`,
    `t40`.`_earlier_reach`,
    BOOL_OR(COALESCE(`t40`.`_earlier_reach` > `t40`.`start_date`, FALSE)) OVER (
      PARTITION BY `t40`.`la_code`, `t40`.`child_id`
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS `_overlaps`
  FROM (
    SELECT
      `t39`.`cp_plan_id`,
      `t39`.`referral_id`,
      `t39`.`child_id`,
      `t39`.`start_date`,
      `t39`.`end_date`,
      `t39`.`initial_category`,
      `t39`.`latest_category`,
      `t39`.`number_of_previous_plans`,
      `t39`.`la_code`,
      `t39`.`load_id`,
      `t39`.`_reach`,
      LAG(`t39`.`_reach`) OVER (
        PARTITION BY `t39`.`la_code`, `t39`.`child_id`
        ORDER BY `t39`.`start_date` ASC NULLS LAST
      ) AS `_earlier_reach`
    FROM (
      SELECT
        `t38`.`cp_plan_id`,
        `t38`.`referral_id`,
        `t38`.`child_id`,
        `t38`.`start_date`,
        `t38`.`end_date`,
        `t38`.`initial_category`,
        `t38`.`latest_category`,
        `t38`.`number_of_previous_plans`,
        `t38`.`la_code`,
        `t38`.`load_id`,
        MAX(COALESCE(`t38`.`end_date`, MAKE_DATE(9999, 12, 31))) OVER (
          PARTITION BY `t38`.`la_code`, `t38`.`child_id`
          ORDER BY `t38`.`start_date` ASC NULLS LAST
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS `_reach`
      FROM (
        SELECT
          `t28`.`cp_plan_id`,
          `t28`.`referral_id`,
          `t28`.`child_id`,
          `t28`.`start_date`,
          `t28`.`end_date`,
          `t28`.`initial_category`,
          `t28`.`latest_category`,
          `t28`.`number_of_previous_plans`,
          `t28`.`la_code`,
          `t28`.`load_id`
        FROM `t25` AS `t28`
        LEFT SEMI JOIN (
          SELECT
            `t30`.`la_code`,
            `t30`.`child_id`
          FROM (
            SELECT
              `t27`.`la_code`,
              `t27`.`child_id`,
              COUNT(*) AS `_records`
            FROM `t25` AS `t27`
            GROUP BY
              1,
              2
          ) AS `t30`
          WHERE
            `t30`.`_records` > 1
        ) AS `t36`
          ON `t28`.`la_code` = `t36`.`la_code` AND `t28`.`child_id` = `t36`.`child_id`
      ) AS `t38`
    ) AS `t39`
  ) AS `t40`
), `t84` AS (
  SELECT
    `t83`.`la_code`,
    `t83`.`indicator_id`,
    `t83`.`month`,
    `t83`.`breakdown`,
    `t83`.`breakdown_value`,
    `t83`.`unit`,
    SUM(`t83`.`_num`) AS `numerator`,
    SUM(`t83`.`_den`) AS `denominator`
  FROM (
    SELECT
      `t9`.`la_code`,
      `t10`.`month`,
      `t10`.`month_end`,
      `t10`.`month_index`,
      `t11`.`indicator_id`,
      `t11`.`months_back`,
      `t11`.`unit`,
      `t82`.`breakdown`,
      `t82`.`breakdown_value`,
      `t82`.`_num`,
      `t82`.`_den`,
      `t82`.`_until_index`
    FROM `scorecard_councils` AS `t9`
    CROSS JOIN `scorecard_month_spine` AS `t10`
    CROSS JOIN VALUES
      ('CPP6', 0, 'percent') AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        `t80`.`la_code`,
        `t80`.`indicator_id`,
        `t80`.`breakdown`,
        `t80`.`breakdown_value`,
        `t80`.`_num`,
        `t80`.`_den`,
        `t80`.`month_index` + `t80`.`_offset` AS `_until_index`
      FROM (
        SELECT
          `t79`.`la_code`,
          `t79`.`indicator_id`,
          `t79`.`month_index`,
          `t79`.`breakdown`,
          `t79`.`breakdown_value`,
          `t79`.`_num`,
          `t79`.`_den`,
          `t19`.`months_back`,
          `t12`.`_offset`
        FROM (
          SELECT
            `t77`.`la_code`,
            `t77`.`indicator_id`,
            `t77`.`month_index`,
            `t77`.`breakdown`,
            `t77`.`breakdown_value`,
            SUM(`t77`.`numerator`) AS `_num`,
            SUM(`t77`.`denominator`) AS `_den`
          FROM (
            SELECT
              `t76`.`la_code`,
              'CPP6' AS `indicator_id`,
              (
                (
                  EXTRACT(year FROM `t76`.`month`) * 12
                ) + EXTRACT(month FROM `t76`.`month`)
              ) - 1 AS `month_index`,
              'all' AS `breakdown`,
              `t76`.`breakdown_value`,
              `t76`.`numerator`,
              `t76`.`denominator`
            FROM (
              SELECT
                `t75`.`la_code`,
                `t75`.`month`,
                `t75`.`_part`,
                `t75`.`breakdown_value`,
                SUM(`t75`.`numerator`) AS `numerator`,
                SUM(`t75`.`denominator`) AS `denominator`
              FROM (
                SELECT
                  `t74`.`la_code`,
                  `t74`.`month`,
                  `t74`.`numerator`,
                  `t74`.`denominator`,
                  0 AS `_part`,
                  'all' AS `breakdown_value`
                FROM (
                  SELECT
                    `t69`.`la_code`,
                    `t69`.`month`,
                    `t69`.`child_id`,
                    `t69`.`cp_plan_id` AS `record_id`,
                    `t69`.`month_end` AS `ref_date`,
                    IF(COALESCE(`t73`.`_seen`, FALSE), 1.0, 0.0) AS `numerator`,
                    1.0 AS `denominator`,
                    COALESCE(`t69`.`latest_category`, `t69`.`initial_category`) AS `category`
                  FROM (
                    SELECT
                      `t67`.`cp_plan_id`,
                      `t67`.`referral_id`,
                      `t67`.`child_id`,
                      `t67`.`start_date`,
                      `t67`.`end_date`,
                      `t67`.`initial_category`,
                      `t67`.`latest_category`,
                      `t67`.`number_of_previous_plans`,
                      `t67`.`la_code`,
                      `t67`.`load_id`,
                      `t67`.`month`,
                      `t67`.`month_end`,
                      `t67`.`month_index`,
                      `t67`.`open_days`,
                      `t67`.`wd_end`
                    FROM (
                      SELECT
                        `t66`.`cp_plan_id`,
                        `t66`.`referral_id`,
                        `t66`.`child_id`,
                        `t66`.`start_date`,
                        `t66`.`end_date`,
                        `t66`.`initial_category`,
                        `t66`.`latest_category`,
                        `t66`.`number_of_previous_plans`,
                        `t66`.`la_code`,
                        `t66`.`load_id`,
                        `t66`.`month`,
                        `t66`.`month_end`,
                        `t66`.`month_index`,
                        `t66`.`open_days`,
                        `t20`.`_wd_end_day`,
                        `t20`.`wd_end`
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            `t63`.`cp_plan_id`,
                            `t63`.`referral_id`,
                            `t63`.`child_id`,
                            `t63`.`start_date`,
                            `t63`.`end_date`,
                            `t63`.`initial_category`,
                            `t63`.`latest_category`,
                            `t63`.`number_of_previous_plans`,
                            `t63`.`la_code`,
                            `t63`.`load_id`,
                            `t63`.`month`,
                            `t63`.`month_end`,
                            `t63`.`month_index`,
                            `t63`.`open_days`
                          FROM (
                            SELECT
                              `t62`.`cp_plan_id`,
                              `t62`.`referral_id`,
                              `t62`.`child_id`,
                              `t62`.`start_date`,
                              `t62`.`end_date`,
                              `t62`.`initial_category`,
                              `t62`.`latest_category`,
                              `t62`.`number_of_previous_plans`,
                              `t62`.`la_code`,
                              `t62`.`load_id`,
                              `t62`.`month`,
                              `t62`.`month_end`,
                              `t62`.`month_index`,
                              `t62`.`_wd_start`,
                              `t62`.`_wd_end`,
                              `t62`.`_wd_end` - `t62`.`_wd_start` AS `open_days`
                            FROM (
                              SELECT
                                `t61`.`cp_plan_id`,
                                `t61`.`referral_id`,
                                `t61`.`child_id`,
                                `t61`.`start_date`,
                                `t61`.`end_date`,
                                `t61`.`initial_category`,
                                `t61`.`latest_category`,
                                `t61`.`number_of_previous_plans`,
                                `t61`.`la_code`,
                                `t61`.`load_id`,
                                `t61`.`month`,
                                `t61`.`month_end`,
                                `t61`.`month_index`,
                                `t61`.`_wd_start`,
                                `t61`.`_wd_end`
                              FROM (
                                SELECT
                                  `t60`.`cp_plan_id`,
                                  `t60`.`referral_id`,
                                  `t60`.`child_id`,
                                  `t60`.`start_date`,
                                  `t60`.`end_date`,
                                  `t60`.`initial_category`,
                                  `t60`.`latest_category`,
                                  `t60`.`number_of_previous_plans`,
                                  `t60`.`la_code`,
                                  `t60`.`load_id`,
                                  `t60`.`month`,
                                  `t60`.`month_end`,
                                  `t60`.`month_index`,
                                  `t60`.`_wd_start`,
                                  `t21`.`__wd_end_day`,
                                  `t21`.`_wd_end`
                                FROM (
                                  SELECT
                                    `t58`.`cp_plan_id`,
                                    `t58`.`referral_id`,
                                    `t58`.`child_id`,
                                    `t58`.`start_date`,
                                    `t58`.`end_date`,
                                    `t58`.`initial_category`,
                                    `t58`.`latest_category`,
                                    `t58`.`number_of_previous_plans`,
                                    `t58`.`la_code`,
                                    `t58`.`load_id`,
                                    `t58`.`month`,
                                    `t58`.`month_end`,
                                    `t58`.`month_index`,
                                    `t58`.`_wd_start`
                                  FROM (
                                    SELECT
                                      `t57`.`cp_plan_id`,
                                      `t57`.`referral_id`,
                                      `t57`.`child_id`,
                                      `t57`.`start_date`,
                                      `t57`.`end_date`,
                                      `t57`.`initial_category`,
                                      `t57`.`latest_category`,
                                      `t57`.`number_of_previous_plans`,
                                      `t57`.`la_code`,
                                      `t57`.`load_id`,
                                      `t57`.`month`,
                                      `t57`.`month_end`,
                                      `t57`.`month_index`,
                                      `t23`.`__wd_start_day`,
                                      `t23`.`_wd_start`
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t51`.`cp_plan_id`,
                                          `t51`.`referral_id`,
                                          `t51`.`child_id`,
                                          `t51`.`start_date`,
                                          `t51`.`end_date`,
                                          `t51`.`initial_category`,
                                          `t51`.`latest_category`,
                                          `t51`.`number_of_previous_plans`,
                                          `t51`.`la_code`,
                                          `t51`.`load_id`,
                                          `t51`.`month`,
                                          `t51`.`month_end`,
                                          `t51`.`month_index`
                                        FROM (
                                          SELECT
                                            `t49`.`cp_plan_id`,
                                            `t49`.`referral_id`,
                                            `t49`.`child_id`,
                                            `t49`.`start_date`,
                                            `t49`.`end_date`,
                                            `t49`.`initial_category`,
                                            `t49`.`latest_category`,
                                            `t49`.`number_of_previous_plans`,
                                            `t49`.`la_code`,
                                            `t49`.`load_id`,
                                            `t49`.`_until`,
                                            `t10`.`month`,
                                            `t10`.`month_end`,
                                            `t10`.`month_index`
                                          FROM (
                                            SELECT
                                              `t46`.`cp_plan_id`,
                                              `t46`.`referral_id`,
                                              `t46`.`child_id`,
                                              `t46`.`start_date`,
                                              `t46`.`end_date`,
                                              `t46`.`initial_category`,
                                              `t46`.`latest_category`,
                                              `t46`.`number_of_previous_plans`,
                                              `t46`.`la_code`,
                                              `t46`.`load_id`,
                                              COALESCE(`t46`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  `t28`.`cp_plan_id`,
                                                  `t28`.`referral_id`,
                                                  `t28`.`child_id`,
                                                  `t28`.`start_date`,
                                                  `t28`.`end_date`,
                                                  `t28`.`initial_category`,
                                                  `t28`.`latest_category`,
                                                  `t28`.`number_of_previous_plans`,
                                                  `t28`.`la_code`,
                                                  `t28`.`load_id`
                                                FROM `t25` AS `t28`
                                                LEFT ANTI JOIN (
                                                  SELECT
                                                    `t30`.`la_code`,
                                                    `t30`.`child_id`
                                                  FROM (
                                                    SELECT
                                                      `t27`.`la_code`,
                                                      `t27`.`child_id`,
                                                      COUNT(*) AS `_records`
                                                    FROM `t25` AS `t27`
                                                    GROUP BY
                                                      1,
                                                      2
                                                  ) AS `t30`
                                                  WHERE
                                                    `t30`.`_records` > 1
                                                ) AS `t36`
                                                  ON `t28`.`la_code` = `t36`.`la_code` AND `t28`.`child_id` = `t36`.`child_id`
                                              ) AS `t37`
                                              UNION ALL
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  `t42`.`cp_plan_id`,
                                                  `t42`.`referral_id`,
                                                  `t42`.`child_id`,
                                                  `t42`.`start_date`,
                                                  `t42`.`end_date`,
                                                  `t42`.`initial_category`,
                                                  `t42`.`latest_category`,
                                                  `t42`.`number_of_previous_plans`,
                                                  `t42`.`la_code`,
                                                  `t42`.`load_id`
                                                FROM `t41` AS `t42`
                                                WHERE
                                                  NOT (
                                                    `t42`.`_overlaps`
                                                  )
                                              ) AS `t44`
                                            ) AS `t46`
                                            WHERE
                                              `t46`.`start_date` IS NOT NULL
                                          ) AS `t49`
                                          INNER JOIN `scorecard_month_spine` AS `t10`
                                            ON `t49`.`start_date` <= `t10`.`month_end` AND `t49`.`_until` > `t10`.`month_end`
                                        ) AS `t51`
                                      ) AS `t52`
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          `t54`.`cp_plan_id`,
                                          `t54`.`referral_id`,
                                          `t54`.`child_id`,
                                          `t54`.`start_date`,
                                          `t54`.`end_date`,
                                          `t54`.`initial_category`,
                                          `t54`.`latest_category`,
                                          `t54`.`number_of_previous_plans`,
                                          `t54`.`la_code`,
                                          `t54`.`load_id`,
                                          `t54`.`month`,
                                          `t54`.`month_end`,
                                          `t54`.`month_index`
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              `t50`.`cp_plan_id`,
                                              `t50`.`referral_id`,
                                              `t50`.`child_id`,
                                              `t50`.`start_date`,
                                              `t50`.`end_date`,
                                              `t50`.`initial_category`,
                                              `t50`.`latest_category`,
                                              `t50`.`number_of_previous_plans`,
                                              `t50`.`la_code`,
                                              `t50`.`load_id`,
                                              `t50`.`month`,
                                              `t50`.`month_end`,
                                              `t50`.`month_index`,
                                              ROW_NUMBER() OVER (
                                                PARTITION BY `t50`.`la_code`, `t50`.`child_id`, `t50`.`month`
                                                ORDER BY `t50`.`start_date` DESC
                                              ) - 1 AS `_rank`
                                            FROM (
                                              SELECT
                                                `t48`.`cp_plan_id`,
                                                `t48`.`referral_id`,
                                                `t48`.`child_id`,
                                                `t48`.`start_date`,
                                                `t48`.`end_date`,
                                                `t48`.`initial_category`,
                                                `t48`.`latest_category`,
                                                `t48`.`number_of_previous_plans`,
                                                `t48`.`la_code`,
                                                `t48`.`load_id`,
                                                `t48`.`month`,
                                                `t48`.`month_end`,
                                                `t48`.`month_index`
                                              FROM (
                                                SELECT
                                                  `t45`.`cp_plan_id`,
                                                  `t45`.`referral_id`,
                                                  `t45`.`child_id`,
                                                  `t45`.`start_date`,
                                                  `t45`.`end_date`,
                                                  `t45`.`initial_category`,
                                                  `t45`.`latest_category`,
                                                  `t45`.`number_of_previous_plans`,
                                                  `t45`.`la_code`,
                                                  `t45`.`load_id`,
                                                  `t45`.`_until`,
                                                  `t10`.`month`,
                                                  `t10`.`month_end`,
                                                  `t10`.`month_index`
                                                FROM (
                                                  SELECT
                                                    `t42`.`cp_plan_id`,
                                                    `t42`.`referral_id`,
                                                    `t42`.`child_id`,
                                                    `t42`.`start_date`,
                                                    `t42`.`end_date`,
                                                    `t42`.`initial_category`,
                                                    `t42`.`latest_category`,
                                                    `t42`.`number_of_previous_plans`,
                                                    `t42`.`la_code`,
                                                    `t42`.`load_id`,
                                                    COALESCE(`t42`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                  FROM `t41` AS `t42`
                                                  WHERE
                                                    `t42`.`_overlaps` AND `t42`.`start_date` IS NOT NULL
                                                ) AS `t45`
                                                INNER JOIN `scorecard_month_spine` AS `t10`
                                                  ON `t45`.`start_date` <= `t10`.`month_end` AND `t45`.`_until` > `t10`.`month_end`
                                              ) AS `t48`
                                            ) AS `t50`
                                          ) AS `t53`
                                          WHERE
                                            `t53`.`_rank` = 0
                                        ) AS `t54`
                                      ) AS `t55`
                                    ) AS `t57`
                                    LEFT OUTER JOIN (
                                      SELECT
                                        `t5`.`day` AS `__wd_start_day`,
                                        `t5`.`wd_index` AS `_wd_start`
                                      FROM `scorecard_calendar` AS `t5`
                                    ) AS `t23`
                                      ON `t57`.`start_date` = `t23`.`__wd_start_day`
                                  ) AS `t58`
                                ) AS `t60`
                                LEFT OUTER JOIN (
                                  SELECT
                                    `t5`.`day` AS `__wd_end_day`,
                                    `t5`.`wd_index` AS `_wd_end`
                                  FROM `scorecard_calendar` AS `t5`
                                ) AS `t21`
                                  ON `t60`.`month_end` = `t21`.`__wd_end_day`
                              ) AS `t61`
                            ) AS `t62`
                          ) AS `t63`
                        ) AS `t64`
                        WHERE
                          `t64`.`open_days` >= 10
                      ) AS `t66`
                      LEFT OUTER JOIN (
                        SELECT
                          `t5`.`day` AS `_wd_end_day`,
                          `t5`.`wd_index` AS `wd_end`
                        FROM `scorecard_calendar` AS `t5`
                      ) AS `t20`
                        ON `t66`.`month_end` = `t20`.`_wd_end_day`
                    ) AS `t67`
                  ) AS `t69`
                  LEFT OUTER JOIN (
                    SELECT
                      `t71`.`la_code`,
                      `t71`.`child_id`,
                      `t71`.`month`,
                      TRUE AS `_seen`
                    FROM (
                      SELECT DISTINCT
                        *
                      FROM (
                        SELECT
                          `t69`.`la_code`,
                          `t69`.`child_id`,
                          `t69`.`month`
                        FROM (
                          SELECT
                            `t67`.`cp_plan_id`,
                            `t67`.`referral_id`,
                            `t67`.`child_id`,
                            `t67`.`start_date`,
                            `t67`.`end_date`,
                            `t67`.`initial_category`,
                            `t67`.`latest_category`,
                            `t67`.`number_of_previous_plans`,
                            `t67`.`la_code`,
                            `t67`.`load_id`,
                            `t67`.`month`,
                            `t67`.`month_end`,
                            `t67`.`month_index`,
                            `t67`.`open_days`,
                            `t67`.`wd_end`
                          FROM (
                            SELECT
                              `t66`.`cp_plan_id`,
                              `t66`.`referral_id`,
                              `t66`.`child_id`,
                              `t66`.`start_date`,
                              `t66`.`end_date`,
                              `t66`.`initial_category`,
                              `t66`.`latest_category`,
                              `t66`.`number_of_previous_plans`,
                              `t66`.`la_code`,
                              `t66`.`load_id`,
                              `t66`.`month`,
                              `t66`.`month_end`,
                              `t66`.`month_index`,
                              `t66`.`open_days`,
                              `t20`.`_wd_end_day`,
                              `t20`.`wd_end`
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  `t63`.`cp_plan_id`,
                                  `t63`.`referral_id`,
                                  `t63`.`child_id`,
                                  `t63`.`start_date`,
                                  `t63`.`end_date`,
                                  `t63`.`initial_category`,
                                  `t63`.`latest_category`,
                                  `t63`.`number_of_previous_plans`,
                                  `t63`.`la_code`,
                                  `t63`.`load_id`,
                                  `t63`.`month`,
                                  `t63`.`month_end`,
                                  `t63`.`month_index`,
                                  `t63`.`open_days`
                                FROM (
                                  SELECT
                                    `t62`.`cp_plan_id`,
                                    `t62`.`referral_id`,
                                    `t62`.`child_id`,
                                    `t62`.`start_date`,
                                    `t62`.`end_date`,
                                    `t62`.`initial_category`,
                                    `t62`.`latest_category`,
                                    `t62`.`number_of_previous_plans`,
                                    `t62`.`la_code`,
                                    `t62`.`load_id`,
                                    `t62`.`month`,
                                    `t62`.`month_end`,
                                    `t62`.`month_index`,
                                    `t62`.`_wd_start`,
                                    `t62`.`_wd_end`,
                                    `t62`.`_wd_end` - `t62`.`_wd_start` AS `open_days`
                                  FROM (
                                    SELECT
                                      `t61`.`cp_plan_id`,
                                      `t61`.`referral_id`,
                                      `t61`.`child_id`,
                                      `t61`.`start_date`,
                                      `t61`.`end_date`,
                                      `t61`.`initial_category`,
                                      `t61`.`latest_category`,
                                      `t61`.`number_of_previous_plans`,
                                      `t61`.`la_code`,
                                      `t61`.`load_id`,
                                      `t61`.`month`,
                                      `t61`.`month_end`,
                                      `t61`.`month_index`,
                                      `t61`.`_wd_start`,
                                      `t61`.`_wd_end`
                                    FROM (
                                      SELECT
                                        `t60`.`cp_plan_id`,
                                        `t60`.`referral_id`,
                                        `t60`.`child_id`,
                                        `t60`.`start_date`,
                                        `t60`.`end_date`,
                                        `t60`.`initial_category`,
                                        `t60`.`latest_category`,
                                        `t60`.`number_of_previous_plans`,
                                        `t60`.`la_code`,
                                        `t60`.`load_id`,
                                        `t60`.`month`,
                                        `t60`.`month_end`,
                                        `t60`.`month_index`,
                                        `t60`.`_wd_start`,
                                        `t21`.`__wd_end_day`,
                                        `t21`.`_wd_end`
                                      FROM (
                                        SELECT
                                          `t58`.`cp_plan_id`,
                                          `t58`.`referral_id`,
                                          `t58`.`child_id`,
                                          `t58`.`start_date`,
                                          `t58`.`end_date`,
                                          `t58`.`initial_category`,
                                          `t58`.`latest_category`,
                                          `t58`.`number_of_previous_plans`,
                                          `t58`.`la_code`,
                                          `t58`.`load_id`,
                                          `t58`.`month`,
                                          `t58`.`month_end`,
                                          `t58`.`month_index`,
                                          `t58`.`_wd_start`
                                        FROM (
                                          SELECT
                                            `t57`.`cp_plan_id`,
                                            `t57`.`referral_id`,
                                            `t57`.`child_id`,
                                            `t57`.`start_date`,
                                            `t57`.`end_date`,
                                            `t57`.`initial_category`,
                                            `t57`.`latest_category`,
                                            `t57`.`number_of_previous_plans`,
                                            `t57`.`la_code`,
                                            `t57`.`load_id`,
                                            `t57`.`month`,
                                            `t57`.`month_end`,
                                            `t57`.`month_index`,
                                            `t23`.`__wd_start_day`,
                                            `t23`.`_wd_start`
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t51`.`cp_plan_id`,
                                                `t51`.`referral_id`,
                                                `t51`.`child_id`,
                                                `t51`.`start_date`,
                                                `t51`.`end_date`,
                                                `t51`.`initial_category`,
                                                `t51`.`latest_category`,
                                                `t51`.`number_of_previous_plans`,
                                                `t51`.`la_code`,
                                                `t51`.`load_id`,
                                                `t51`.`month`,
                                                `t51`.`month_end`,
                                                `t51`.`month_index`
                                              FROM (
                                                SELECT
                                                  `t49`.`cp_plan_id`,
                                                  `t49`.`referral_id`,
                                                  `t49`.`child_id`,
                                                  `t49`.`start_date`,
                                                  `t49`.`end_date`,
                                                  `t49`.`initial_category`,
                                                  `t49`.`latest_category`,
                                                  `t49`.`number_of_previous_plans`,
                                                  `t49`.`la_code`,
                                                  `t49`.`load_id`,
                                                  `t49`.`_until`,
                                                  `t10`.`month`,
                                                  `t10`.`month_end`,
                                                  `t10`.`month_index`
                                                FROM (
                                                  SELECT
                                                    `t46`.`cp_plan_id`,
                                                    `t46`.`referral_id`,
                                                    `t46`.`child_id`,
                                                    `t46`.`start_date`,
                                                    `t46`.`end_date`,
                                                    `t46`.`initial_category`,
                                                    `t46`.`latest_category`,
                                                    `t46`.`number_of_previous_plans`,
                                                    `t46`.`la_code`,
                                                    `t46`.`load_id`,
                                                    COALESCE(`t46`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        `t28`.`cp_plan_id`,
                                                        `t28`.`referral_id`,
                                                        `t28`.`child_id`,
                                                        `t28`.`start_date`,
                                                        `t28`.`end_date`,
                                                        `t28`.`initial_category`,
                                                        `t28`.`latest_category`,
                                                        `t28`.`number_of_previous_plans`,
                                                        `t28`.`la_code`,
                                                        `t28`.`load_id`
                                                      FROM `t25` AS `t28`
                                                      LEFT ANTI JOIN (
                                                        SELECT
                                                          `t30`.`la_code`,
                                                          `t30`.`child_id`
                                                        FROM (
                                                          SELECT
                                                            `t27`.`la_code`,
                                                            `t27`.`child_id`,
                                                            COUNT(*) AS `_records`
                                                          FROM `t25` AS `t27`
                                                          GROUP BY
                                                            1,
                                                            2
                                                        ) AS `t30`
                                                        WHERE
                                                          `t30`.`_records` > 1
                                                      ) AS `t36`
                                                        ON `t28`.`la_code` = `t36`.`la_code` AND `t28`.`child_id` = `t36`.`child_id`
                                                    ) AS `t37`
                                                    UNION ALL
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        `t42`.`cp_plan_id`,
                                                        `t42`.`referral_id`,
                                                        `t42`.`child_id`,
                                                        `t42`.`start_date`,
                                                        `t42`.`end_date`,
                                                        `t42`.`initial_category`,
                                                        `t42`.`latest_category`,
                                                        `t42`.`number_of_previous_plans`,
                                                        `t42`.`la_code`,
                                                        `t42`.`load_id`
                                                      FROM `t41` AS `t42`
                                                      WHERE
                                                        NOT (
                                                          `t42`.`_overlaps`
                                                        )
                                                    ) AS `t44`
                                                  ) AS `t46`
                                                  WHERE
                                                    `t46`.`start_date` IS NOT NULL
                                                ) AS `t49`
                                                INNER JOIN `scorecard_month_spine` AS `t10`
                                                  ON `t49`.`start_date` <= `t10`.`month_end` AND `t49`.`_until` > `t10`.`month_end`
                                              ) AS `t51`
                                            ) AS `t52`
                                            UNION ALL
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                `t54`.`cp_plan_id`,
                                                `t54`.`referral_id`,
                                                `t54`.`child_id`,
                                                `t54`.`start_date`,
                                                `t54`.`end_date`,
                                                `t54`.`initial_category`,
                                                `t54`.`latest_category`,
                                                `t54`.`number_of_previous_plans`,
                                                `t54`.`la_code`,
                                                `t54`.`load_id`,
                                                `t54`.`month`,
                                                `t54`.`month_end`,
                                                `t54`.`month_index`
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    `t50`.`cp_plan_id`,
                                                    `t50`.`referral_id`,
                                                    `t50`.`child_id`,
                                                    `t50`.`start_date`,
                                                    `t50`.`end_date`,
                                                    `t50`.`initial_category`,
                                                    `t50`.`latest_category`,
                                                    `t50`.`number_of_previous_plans`,
                                                    `t50`.`la_code`,
                                                    `t50`.`load_id`,
                                                    `t50`.`month`,
                                                    `t50`.`month_end`,
                                                    `t50`.`month_index`,
                                                    ROW_NUMBER() OVER (
                                                      PARTITION BY `t50`.`la_code`, `t50`.`child_id`, `t50`.`month`
                                                      ORDER BY `t50`.`start_date` DESC
                                                    ) - 1 AS `_rank`
                                                  FROM (
                                                    SELECT
                                                      `t48`.`cp_plan_id`,
                                                      `t48`.`referral_id`,
                                                      `t48`.`child_id`,
                                                      `t48`.`start_date`,
                                                      `t48`.`end_date`,
                                                      `t48`.`initial_category`,
                                                      `t48`.`latest_category`,
                                                      `t48`.`number_of_previous_plans`,
                                                      `t48`.`la_code`,
                                                      `t48`.`load_id`,
                                                      `t48`.`month`,
                                                      `t48`.`month_end`,
                                                      `t48`.`month_index`
                                                    FROM (
                                                      SELECT
                                                        `t45`.`cp_plan_id`,
                                                        `t45`.`referral_id`,
                                                        `t45`.`child_id`,
                                                        `t45`.`start_date`,
                                                        `t45`.`end_date`,
                                                        `t45`.`initial_category`,
                                                        `t45`.`latest_category`,
                                                        `t45`.`number_of_previous_plans`,
                                                        `t45`.`la_code`,
                                                        `t45`.`load_id`,
                                                        `t45`.`_until`,
                                                        `t10`.`month`,
                                                        `t10`.`month_end`,
                                                        `t10`.`month_index`
                                                      FROM (
                                                        SELECT
                                                          `t42`.`cp_plan_id`,
                                                          `t42`.`referral_id`,
                                                          `t42`.`child_id`,
                                                          `t42`.`start_date`,
                                                          `t42`.`end_date`,
                                                          `t42`.`initial_category`,
                                                          `t42`.`latest_category`,
                                                          `t42`.`number_of_previous_plans`,
                                                          `t42`.`la_code`,
                                                          `t42`.`load_id`,
                                                          COALESCE(`t42`.`end_date`, MAKE_DATE(9999, 12, 31)) AS `_until`
                                                        FROM `t41` AS `t42`
                                                        WHERE
                                                          `t42`.`_overlaps` AND `t42`.`start_date` IS NOT NULL
                                                      ) AS `t45`
                                                      INNER JOIN `scorecard_month_spine` AS `t10`
                                                        ON `t45`.`start_date` <= `t10`.`month_end` AND `t45`.`_until` > `t10`.`month_end`
                                                    ) AS `t48`
                                                  ) AS `t50`
                                                ) AS `t53`
                                                WHERE
                                                  `t53`.`_rank` = 0
                                              ) AS `t54`
                                            ) AS `t55`
                                          ) AS `t57`
                                          LEFT OUTER JOIN (
                                            SELECT
                                              `t5`.`day` AS `__wd_start_day`,
                                              `t5`.`wd_index` AS `_wd_start`
                                            FROM `scorecard_calendar` AS `t5`
                                          ) AS `t23`
                                            ON `t57`.`start_date` = `t23`.`__wd_start_day`
                                        ) AS `t58`
                                      ) AS `t60`
                                      LEFT OUTER JOIN (
                                        SELECT
                                          `t5`.`day` AS `__wd_end_day`,
                                          `t5`.`wd_index` AS `_wd_end`
                                        FROM `scorecard_calendar` AS `t5`
                                      ) AS `t21`
                                        ON `t60`.`month_end` = `t21`.`__wd_end_day`
                                    ) AS `t61`
                                  ) AS `t62`
                                ) AS `t63`
                              ) AS `t64`
                              WHERE
                                `t64`.`open_days` >= 10
                            ) AS `t66`
                            LEFT OUTER JOIN (
                              SELECT
                                `t5`.`day` AS `_wd_end_day`,
                                `t5`.`wd_index` AS `wd_end`
                              FROM `scorecard_calendar` AS `t5`
                            ) AS `t20`
                              ON `t66`.`month_end` = `t20`.`_wd_end_day`
                          ) AS `t67`
                        ) AS `t69`
                        INNER JOIN (
                          SELECT
                            `t32`.`visit_id`,
                            `t32`.`child_id`,
                            `t32`.`visit_type`,
                            `t32`.`visit_date`,
                            `t32`.`child_seen`,
                            `t32`.`child_seen_alone`,
                            `t32`.`la_code`,
                            `t32`.`load_id`,
                            `t32`.`wd_visit`
                          FROM (
                            SELECT
                              `t26`.`visit_id`,
                              `t26`.`child_id`,
                              `t26`.`visit_type`,
                              `t26`.`visit_date`,
                              `t26`.`child_seen`,
                              `t26`.`child_seen_alone`,
                              `t26`.`la_code`,
                              `t26`.`load_id`,
                              `t22`.`_wd_visit_day`,
                              `t22`.`wd_visit`
                            FROM (
                              SELECT
                                *
                              FROM `visit` AS `t6`
                              WHERE
                                `t6`.`visit_type` = 'CP'
                            ) AS `t26`
                            LEFT OUTER JOIN (
                              SELECT
                                `t5`.`day` AS `_wd_visit_day`,
                                `t5`.`wd_index` AS `wd_visit`
                              FROM `scorecard_calendar` AS `t5`
                            ) AS `t22`
                              ON `t26`.`visit_date` = `t22`.`_wd_visit_day`
                          ) AS `t32`
                        ) AS `t35`
                          ON `t69`.`la_code` = `t35`.`la_code`
                          AND `t69`.`child_id` = `t35`.`child_id`
                          AND `t35`.`visit_date` <= `t69`.`month_end`
                          AND `t35`.`wd_visit` >= (
                            `t69`.`wd_end` - 10
                          )
                      ) AS `t70`
                    ) AS `t71`
                  ) AS `t73`
                    ON `t69`.`la_code` = `t73`.`la_code`
                    AND `t69`.`child_id` = `t73`.`child_id`
                    AND `t69`.`month` = `t73`.`month`
                ) AS `t74`
              ) AS `t75`
              GROUP BY
                1,
                2,
                3,
                4
            ) AS `t76`
          ) AS `t77`
          GROUP BY
            1,
            2,
            3,
            4,
            5
        ) AS `t79`
        INNER JOIN (
          SELECT
            `t3`.`indicator_id`,
            `t3`.`months_back`
          FROM VALUES
            ('CPP6', 0, 'percent') AS t3(indicator_id, months_back, unit)
        ) AS `t19`
          ON `t79`.`indicator_id` = `t19`.`indicator_id`
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
      ) AS `t80`
      WHERE
        `t80`.`_offset` <= IF(`t80`.`breakdown` = 'month_alone', 0, `t80`.`months_back`)
    ) AS `t82`
      ON `t82`.`la_code` = `t9`.`la_code`
      AND `t82`.`indicator_id` = `t11`.`indicator_id`
      AND `t82`.`_until_index` = `t10`.`month_index`
  ) AS `t83`
  GROUP BY
    1,
    2,
    3,
    4,
    5,
    6
)
SELECT
  `t96`.`la_code`,
  `t96`.`indicator_id`,
  `t96`.`month`,
  `t96`.`breakdown`,
  `t96`.`breakdown_value`,
  `t96`.`numerator`,
  CASE
    WHEN `t96`.`unit` = 'count'
    THEN CAST(NULL AS DOUBLE)
    WHEN `t96`.`unit` = 'rate'
    THEN CAST(`t8`.`population` AS DOUBLE)
    ELSE `t96`.`denominator`
  END AS `denominator`,
  CASE
    WHEN `t96`.`unit` = 'count'
    THEN `t96`.`numerator`
    WHEN `t96`.`unit` = 'rate'
    THEN IF(
      CAST(`t8`.`population` AS DOUBLE) > 0,
      (
        `t96`.`numerator` * 10000
      ) / CAST(`t8`.`population` AS DOUBLE),
      CAST(NULL AS DOUBLE)
    )
    WHEN `t96`.`unit` = 'percent'
    THEN IF(
      `t96`.`denominator` > 0,
      `t96`.`numerator` / `t96`.`denominator`,
      CAST(NULL AS DOUBLE)
    ) * 100
    ELSE IF(
      `t96`.`denominator` > 0,
      `t96`.`numerator` / `t96`.`denominator`,
      CAST(NULL AS DOUBLE)
    )
  END AS `value`
FROM (
  SELECT
    *
  FROM (
    SELECT
      `t90`.`la_code`,
      `t90`.`indicator_id`,
      `t90`.`month`,
      `t90`.`breakdown`,
      `t90`.`breakdown_value`,
      `t90`.`unit`,
      `t90`.`numerator`,
      `t90`.`denominator`
    FROM (
      SELECT
        `t31`.`la_code`,
        `t31`.`indicator_id`,
        `t31`.`month`,
        `t31`.`unit`,
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
            ('CPP6', 0, 'percent') AS t11(indicator_id, months_back, unit)
        ) AS `t18`
        WHERE
          `t18`.`months_back` > 0
      ) AS `t31`
      LEFT ANTI JOIN (
        SELECT
          *
        FROM `t84` AS `t85`
        WHERE
          `t85`.`breakdown` = 'month_alone'
      ) AS `t88`
        ON `t31`.`la_code` = `t88`.`la_code`
        AND `t31`.`indicator_id` = `t88`.`indicator_id`
        AND `t31`.`month` = `t88`.`month`
    ) AS `t90`
  ) AS `t92`
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM `t84` AS `t85`
    UNION ALL
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
          ('CPP6', 0, 'percent') AS t11(indicator_id, months_back, unit)
        LEFT ANTI JOIN (
          SELECT
            *
          FROM `t84` AS `t85`
          WHERE
            `t85`.`breakdown` = 'all'
        ) AS `t89`
          ON `t9`.`la_code` = `t89`.`la_code`
          AND `t11`.`indicator_id` = `t89`.`indicator_id`
          AND `t10`.`month` = `t89`.`month`
      ) AS `t91`
    ) AS `t93`
  ) AS `t94`
) AS `t96`
LEFT OUTER JOIN `scorecard_population` AS `t8`
  ON `t96`.`la_code` = `t8`.`la_code` AND `t96`.`month` = `t8`.`month`
