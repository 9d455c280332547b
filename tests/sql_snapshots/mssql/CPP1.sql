WITH [t25] AS (
  SELECT
    [t24].[cp_plan_id],
    [t24].[referral_id],
    [t24].[child_id],
    [t24].[start_date],
    [t24].[end_date],
    [t24].[initial_category],
    [t24].[latest_category],
    [t24].[number_of_previous_plans],
    [t24].[la_code],
    [t24].[load_id],
    [t24].[_reach],
    [t24].[_earlier_reach],
    MAX(IIF(COALESCE([t24].[_earlier_reach] > [t24].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t24].[la_code], [t24].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t20].[cp_plan_id],
      [t20].[referral_id],
      [t20].[child_id],
      [t20].[start_date],
      [t20].[end_date],
      [t20].[initial_category],
      [t20].[latest_category],
      [t20].[number_of_previous_plans],
      [t20].[la_code],
      [t20].[load_id],
      [t20].[_reach],
      LAG([t20].[_reach]) OVER (
        PARTITION BY [t20].[la_code], [t20].[child_id]
        ORDER BY CASE WHEN [t20].[start_date] IS NULL THEN 1 ELSE 0 END, [t20].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t15].[cp_plan_id],
        [t15].[referral_id],
        [t15].[child_id],
        [t15].[start_date],
        [t15].[end_date],
        [t15].[initial_category],
        [t15].[latest_category],
        [t15].[number_of_previous_plans],
        [t15].[la_code],
        [t15].[load_id],
        MAX(COALESCE([t15].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t15].[la_code], [t15].[child_id]
          ORDER BY CASE WHEN [t15].[start_date] IS NULL THEN 1 ELSE 0 END, [t15].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t6].[cp_plan_id],
          [t6].[referral_id],
          [t6].[child_id],
          [t6].[start_date],
          [t6].[end_date],
          [t6].[initial_category],
          [t6].[latest_category],
          [t6].[number_of_previous_plans],
          [t6].[la_code],
          [t6].[load_id]
        FROM [cp_plan] AS [t6]
        WHERE
          [t6].[start_date] IS NOT NULL
      ) AS [t15]
    ) AS [t20]
  ) AS [t24]
), [t59] AS (
  SELECT
    [t58].[la_code],
    [t58].[indicator_id],
    [t58].[month],
    [t58].[breakdown],
    [t58].[breakdown_value],
    [t58].[unit],
    SUM([t58].[_num]) AS [numerator],
    SUM([t58].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t57].[la_code] AS [la_code_right],
      [t57].[indicator_id] AS [indicator_id_right],
      [t57].[month_index] AS [month_index_right],
      [t57].[breakdown],
      [t57].[breakdown_value],
      [t57].[_num],
      [t57].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('CPP1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t55].[la_code],
        [t55].[indicator_id],
        [t55].[month_index],
        [t55].[breakdown],
        [t55].[breakdown_value],
        SUM([t55].[numerator]) AS [_num],
        SUM([t55].[denominator]) AS [_den]
      FROM (
        SELECT
          [t54].[la_code],
          'CPP1' AS [indicator_id],
          (
            (
              DATEPART(year, [t54].[month]) * 12
            ) + DATEPART(month, [t54].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t54].[_part] = 0
            THEN 'all'
            WHEN [t54].[_part] = 1
            THEN 'category'
            WHEN [t54].[_part] = 2
            THEN 'age_band'
            WHEN [t54].[_part] = 3
            THEN 'sex'
            WHEN [t54].[_part] = 4
            THEN 'ethnicity_group'
            WHEN [t54].[_part] = 5
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t54].[breakdown_value],
          [t54].[numerator],
          [t54].[denominator]
        FROM (
          SELECT
            [t53].[la_code],
            [t53].[month],
            [t53].[_part],
            [t53].[breakdown_value],
            SUM([t53].[numerator]) AS [numerator],
            SUM([t53].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t42].[la_code],
                  [t42].[month],
                  [t42].[numerator],
                  [t42].[denominator],
                  4 AS [_part],
                  COALESCE(
                    IIF(
                      [t42].[ethnicity] IN ('REFU', 'NOBT'),
                      'Not known',
                      CASE
                        WHEN SUBSTRING([t42].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t42].[ethnicity])), 1) = 'W'
                        THEN 'White'
                        WHEN SUBSTRING([t42].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t42].[ethnicity])), 1) = 'M'
                        THEN 'Mixed'
                        WHEN SUBSTRING([t42].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t42].[ethnicity])), 1) = 'A'
                        THEN 'Asian or Asian British'
                        WHEN SUBSTRING([t42].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t42].[ethnicity])), 1) = 'B'
                        THEN 'Black or Black British'
                        WHEN SUBSTRING([t42].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t42].[ethnicity])), 1) = 'C'
                        THEN 'Other ethnic group'
                        WHEN SUBSTRING([t42].[ethnicity], IIF((
                          0 + 1
                        ) >= 1, 0 + 1, 0 + 1 + LEN([t42].[ethnicity])), 1) = 'O'
                        THEN 'Other ethnic group'
                        ELSE 'Not known'
                      END
                    ),
                    'unknown'
                  ) AS [breakdown_value]
                FROM (
                  SELECT
                    [t41].[la_code],
                    [t41].[month],
                    [t41].[child_id],
                    [t41].[record_id],
                    [t41].[ref_date],
                    [t41].[numerator],
                    [t41].[denominator],
                    [t41].[category],
                    [t41].[sex],
                    [t41].[ethnicity],
                    [t41].[date_of_birth],
                    [t41].[_disabled]
                  FROM (
                    SELECT
                      [t40].[la_code],
                      [t40].[month],
                      [t40].[child_id],
                      [t40].[record_id],
                      [t40].[ref_date],
                      [t40].[numerator],
                      [t40].[denominator],
                      [t40].[category],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t38].[la_code],
                        [t38].[month],
                        [t38].[child_id],
                        [t38].[cp_plan_id] AS [record_id],
                        [t38].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        COALESCE([t38].[latest_category], [t38].[initial_category]) AS [category]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t32].[cp_plan_id],
                            [t32].[referral_id],
                            [t32].[child_id],
                            [t32].[start_date],
                            [t32].[end_date],
                            [t32].[initial_category],
                            [t32].[latest_category],
                            [t32].[number_of_previous_plans],
                            [t32].[la_code],
                            [t32].[load_id],
                            [t32].[month],
                            [t32].[month_end],
                            [t32].[month_index]
                          FROM (
                            SELECT
                              [t30].[cp_plan_id],
                              [t30].[referral_id],
                              [t30].[child_id],
                              [t30].[start_date],
                              [t30].[end_date],
                              [t30].[initial_category],
                              [t30].[latest_category],
                              [t30].[number_of_previous_plans],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_until],
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
                            FROM (
                              SELECT
                                [t26].[cp_plan_id],
                                [t26].[referral_id],
                                [t26].[child_id],
                                [t26].[start_date],
                                [t26].[end_date],
                                [t26].[initial_category],
                                [t26].[latest_category],
                                [t26].[number_of_previous_plans],
                                [t26].[la_code],
                                [t26].[load_id],
                                COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM [t25] AS [t26]
                              WHERE
                                IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[start_date] IS NOT NULL
                            ) AS [t30]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t30].[start_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                          ) AS [t32]
                        ) AS [t34]
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t36].[cp_plan_id],
                            [t36].[referral_id],
                            [t36].[child_id],
                            [t36].[start_date],
                            [t36].[end_date],
                            [t36].[initial_category],
                            [t36].[latest_category],
                            [t36].[number_of_previous_plans],
                            [t36].[la_code],
                            [t36].[load_id],
                            [t36].[month],
                            [t36].[month_end],
                            [t36].[month_index]
                          FROM (
                            SELECT
                              [t35].[cp_plan_id],
                              [t35].[referral_id],
                              [t35].[child_id],
                              [t35].[start_date],
                              [t35].[end_date],
                              [t35].[initial_category],
                              [t35].[latest_category],
                              [t35].[number_of_previous_plans],
                              [t35].[la_code],
                              [t35].[load_id],
                              [t35].[month],
                              [t35].[month_end],
                              [t35].[month_index],
                              [t35].[_rank]
                            FROM (
                              SELECT
                                [t33].[cp_plan_id],
                                [t33].[referral_id],
                                [t33].[child_id],
                                [t33].[start_date],
                                [t33].[end_date],
                                [t33].[initial_category],
                                [t33].[latest_category],
                                [t33].[number_of_previous_plans],
                                [t33].[la_code],
                                [t33].[load_id],
                                [t33].[month],
                                [t33].[month_end],
                                [t33].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                  ORDER BY [t33].[start_date] DESC
                                ) - 1 AS [_rank]
                              FROM (
                                SELECT
                                  [t31].[cp_plan_id],
                                  [t31].[referral_id],
                                  [t31].[child_id],
                                  [t31].[start_date],
                                  [t31].[end_date],
                                  [t31].[initial_category],
                                  [t31].[latest_category],
                                  [t31].[number_of_previous_plans],
                                  [t31].[la_code],
                                  [t31].[load_id],
                                  [t31].[month],
                                  [t31].[month_end],
                                  [t31].[month_index]
                                FROM (
                                  SELECT
                                    [t29].[cp_plan_id],
                                    [t29].[referral_id],
                                    [t29].[child_id],
                                    [t29].[start_date],
                                    [t29].[end_date],
                                    [t29].[initial_category],
                                    [t29].[latest_category],
                                    [t29].[number_of_previous_plans],
                                    [t29].[la_code],
                                    [t29].[load_id],
                                    [t29].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t26].[cp_plan_id],
                                      [t26].[referral_id],
                                      [t26].[child_id],
                                      [t26].[start_date],
                                      [t26].[end_date],
                                      [t26].[initial_category],
                                      [t26].[latest_category],
                                      [t26].[number_of_previous_plans],
                                      [t26].[la_code],
                                      [t26].[load_id],
                                      COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t25] AS [t26]
                                    WHERE
                                      [t26].[_overlaps] <> 0 AND [t26].[start_date] IS NOT NULL
                                  ) AS [t29]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t29].[start_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
                                ) AS [t31]
                              ) AS [t33]
                            ) AS [t35]
                            WHERE
                              [t35].[_rank] = 0
                          ) AS [t36]
                        ) AS [t37]
                      ) AS [t38]
                    ) AS [t40]
                    LEFT OUTER JOIN (
                      SELECT
                        [t21].[la_code],
                        [t21].[child_id],
                        [t21].[sex],
                        [t21].[ethnicity],
                        [t21].[date_of_birth],
                        [t21].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t5].[la_code],
                              [t5].[child_id]
                            FROM [disability] AS [t5]
                            WHERE
                              [t5].[disability] <> 'NONE'
                          ) AS [t14]
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t40].[la_code] = [t23].[la_code] AND [t40].[child_id] = [t23].[child_id]
                  ) AS [t41]
                ) AS [t42]
              ) AS [t48]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t42].[la_code],
                  [t42].[month],
                  [t42].[numerator],
                  [t42].[denominator],
                  5 AS [_part],
                  COALESCE(COALESCE([t42].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t41].[la_code],
                    [t41].[month],
                    [t41].[child_id],
                    [t41].[record_id],
                    [t41].[ref_date],
                    [t41].[numerator],
                    [t41].[denominator],
                    [t41].[category],
                    [t41].[sex],
                    [t41].[ethnicity],
                    [t41].[date_of_birth],
                    [t41].[_disabled]
                  FROM (
                    SELECT
                      [t40].[la_code],
                      [t40].[month],
                      [t40].[child_id],
                      [t40].[record_id],
                      [t40].[ref_date],
                      [t40].[numerator],
                      [t40].[denominator],
                      [t40].[category],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t38].[la_code],
                        [t38].[month],
                        [t38].[child_id],
                        [t38].[cp_plan_id] AS [record_id],
                        [t38].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        COALESCE([t38].[latest_category], [t38].[initial_category]) AS [category]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t32].[cp_plan_id],
                            [t32].[referral_id],
                            [t32].[child_id],
                            [t32].[start_date],
                            [t32].[end_date],
                            [t32].[initial_category],
                            [t32].[latest_category],
                            [t32].[number_of_previous_plans],
                            [t32].[la_code],
                            [t32].[load_id],
                            [t32].[month],
                            [t32].[month_end],
                            [t32].[month_index]
                          FROM (
                            SELECT
                              [t30].[cp_plan_id],
                              [t30].[referral_id],
                              [t30].[child_id],
                              [t30].[start_date],
                              [t30].[end_date],
                              [t30].[initial_category],
                              [t30].[latest_category],
                              [t30].[number_of_previous_plans],
                              [t30].[la_code],
                              [t30].[load_id],
                              [t30].[_until],
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
                            FROM (
                              SELECT
                                [t26].[cp_plan_id],
                                [t26].[referral_id],
                                [t26].[child_id],
                                [t26].[start_date],
                                [t26].[end_date],
                                [t26].[initial_category],
                                [t26].[latest_category],
                                [t26].[number_of_previous_plans],
                                [t26].[la_code],
                                [t26].[load_id],
                                COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM [t25] AS [t26]
                              WHERE
                                IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[start_date] IS NOT NULL
                            ) AS [t30]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t30].[start_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                          ) AS [t32]
                        ) AS [t34]
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t36].[cp_plan_id],
                            [t36].[referral_id],
                            [t36].[child_id],
                            [t36].[start_date],
                            [t36].[end_date],
                            [t36].[initial_category],
                            [t36].[latest_category],
                            [t36].[number_of_previous_plans],
                            [t36].[la_code],
                            [t36].[load_id],
                            [t36].[month],
                            [t36].[month_end],
                            [t36].[month_index]
                          FROM (
                            SELECT
                              [t35].[cp_plan_id],
                              [t35].[referral_id],
                              [t35].[child_id],
                              [t35].[start_date],
                              [t35].[end_date],
                              [t35].[initial_category],
                              [t35].[latest_category],
                              [t35].[number_of_previous_plans],
                              [t35].[la_code],
                              [t35].[load_id],
                              [t35].[month],
                              [t35].[month_end],
                              [t35].[month_index],
                              [t35].[_rank]
                            FROM (
                              SELECT
                                [t33].[cp_plan_id],
                                [t33].[referral_id],
                                [t33].[child_id],
                                [t33].[start_date],
                                [t33].[end_date],
                                [t33].[initial_category],
                                [t33].[latest_category],
                                [t33].[number_of_previous_plans],
                                [t33].[la_code],
                                [t33].[load_id],
                                [t33].[month],
                                [t33].[month_end],
                                [t33].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                  ORDER BY [t33].[start_date] DESC
                                ) - 1 AS [_rank]
                              FROM (
                                SELECT
                                  [t31].[cp_plan_id],
                                  [t31].[referral_id],
                                  [t31].[child_id],
                                  [t31].[start_date],
                                  [t31].[end_date],
                                  [t31].[initial_category],
                                  [t31].[latest_category],
                                  [t31].[number_of_previous_plans],
                                  [t31].[la_code],
                                  [t31].[load_id],
                                  [t31].[month],
                                  [t31].[month_end],
                                  [t31].[month_index]
                                FROM (
                                  SELECT
                                    [t29].[cp_plan_id],
                                    [t29].[referral_id],
                                    [t29].[child_id],
                                    [t29].[start_date],
                                    [t29].[end_date],
                                    [t29].[initial_category],
                                    [t29].[latest_category],
                                    [t29].[number_of_previous_plans],
                                    [t29].[la_code],
                                    [t29].[load_id],
                                    [t29].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t26].[cp_plan_id],
                                      [t26].[referral_id],
                                      [t26].[child_id],
                                      [t26].[start_date],
                                      [t26].[end_date],
                                      [t26].[initial_category],
                                      [t26].[latest_category],
                                      [t26].[number_of_previous_plans],
                                      [t26].[la_code],
                                      [t26].[load_id],
                                      COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t25] AS [t26]
                                    WHERE
                                      [t26].[_overlaps] <> 0 AND [t26].[start_date] IS NOT NULL
                                  ) AS [t29]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t29].[start_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
                                ) AS [t31]
                              ) AS [t33]
                            ) AS [t35]
                            WHERE
                              [t35].[_rank] = 0
                          ) AS [t36]
                        ) AS [t37]
                      ) AS [t38]
                    ) AS [t40]
                    LEFT OUTER JOIN (
                      SELECT
                        [t21].[la_code],
                        [t21].[child_id],
                        [t21].[sex],
                        [t21].[ethnicity],
                        [t21].[date_of_birth],
                        [t21].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t18].[la_code] AS [la_code_right],
                          [t18].[child_id] AS [child_id_right],
                          [t18].[_disabled]
                        FROM (
                          SELECT
                            [t4].[la_code],
                            [t4].[child_id],
                            [t4].[sex],
                            [t4].[ethnicity],
                            [t4].[date_of_birth]
                          FROM [person] AS [t4]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t5].[la_code],
                              [t5].[child_id]
                            FROM [disability] AS [t5]
                            WHERE
                              [t5].[disability] <> 'NONE'
                          ) AS [t14]
                        ) AS [t18]
                          ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t40].[la_code] = [t23].[la_code] AND [t40].[child_id] = [t23].[child_id]
                  ) AS [t41]
                ) AS [t42]
              ) AS [t45]
            ) AS [t49]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t42].[la_code],
                    [t42].[month],
                    [t42].[numerator],
                    [t42].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t41].[la_code],
                      [t41].[month],
                      [t41].[child_id],
                      [t41].[record_id],
                      [t41].[ref_date],
                      [t41].[numerator],
                      [t41].[denominator],
                      [t41].[category],
                      [t41].[sex],
                      [t41].[ethnicity],
                      [t41].[date_of_birth],
                      [t41].[_disabled]
                    FROM (
                      SELECT
                        [t40].[la_code],
                        [t40].[month],
                        [t40].[child_id],
                        [t40].[record_id],
                        [t40].[ref_date],
                        [t40].[numerator],
                        [t40].[denominator],
                        [t40].[category],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t38].[la_code],
                          [t38].[month],
                          [t38].[child_id],
                          [t38].[cp_plan_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          COALESCE([t38].[latest_category], [t38].[initial_category]) AS [category]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[cp_plan_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[end_date],
                              [t32].[initial_category],
                              [t32].[latest_category],
                              [t32].[number_of_previous_plans],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
                            FROM (
                              SELECT
                                [t30].[cp_plan_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[end_date],
                                [t30].[initial_category],
                                [t30].[latest_category],
                                [t30].[number_of_previous_plans],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[cp_plan_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[end_date],
                                  [t26].[initial_category],
                                  [t26].[latest_category],
                                  [t26].[number_of_previous_plans],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[start_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[start_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t36].[cp_plan_id],
                              [t36].[referral_id],
                              [t36].[child_id],
                              [t36].[start_date],
                              [t36].[end_date],
                              [t36].[initial_category],
                              [t36].[latest_category],
                              [t36].[number_of_previous_plans],
                              [t36].[la_code],
                              [t36].[load_id],
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
                              SELECT
                                [t35].[cp_plan_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[end_date],
                                [t35].[initial_category],
                                [t35].[latest_category],
                                [t35].[number_of_previous_plans],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
                              FROM (
                                SELECT
                                  [t33].[cp_plan_id],
                                  [t33].[referral_id],
                                  [t33].[child_id],
                                  [t33].[start_date],
                                  [t33].[end_date],
                                  [t33].[initial_category],
                                  [t33].[latest_category],
                                  [t33].[number_of_previous_plans],
                                  [t33].[la_code],
                                  [t33].[load_id],
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[start_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t31].[cp_plan_id],
                                    [t31].[referral_id],
                                    [t31].[child_id],
                                    [t31].[start_date],
                                    [t31].[end_date],
                                    [t31].[initial_category],
                                    [t31].[latest_category],
                                    [t31].[number_of_previous_plans],
                                    [t31].[la_code],
                                    [t31].[load_id],
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
                                  FROM (
                                    SELECT
                                      [t29].[cp_plan_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[end_date],
                                      [t29].[initial_category],
                                      [t29].[latest_category],
                                      [t29].[number_of_previous_plans],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[cp_plan_id],
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[start_date],
                                        [t26].[end_date],
                                        [t26].[initial_category],
                                        [t26].[latest_category],
                                        [t26].[number_of_previous_plans],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[start_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[start_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
                                  ) AS [t31]
                                ) AS [t33]
                              ) AS [t35]
                              WHERE
                                [t35].[_rank] = 0
                            ) AS [t36]
                          ) AS [t37]
                        ) AS [t38]
                      ) AS [t40]
                      LEFT OUTER JOIN (
                        SELECT
                          [t21].[la_code],
                          [t21].[child_id],
                          [t21].[sex],
                          [t21].[ethnicity],
                          [t21].[date_of_birth],
                          [t21].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t40].[la_code] = [t23].[la_code] AND [t40].[child_id] = [t23].[child_id]
                    ) AS [t41]
                  ) AS [t42]
                ) AS [t43]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t42].[la_code],
                    [t42].[month],
                    [t42].[numerator],
                    [t42].[denominator],
                    1 AS [_part],
                    COALESCE([t42].[category], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t41].[la_code],
                      [t41].[month],
                      [t41].[child_id],
                      [t41].[record_id],
                      [t41].[ref_date],
                      [t41].[numerator],
                      [t41].[denominator],
                      [t41].[category],
                      [t41].[sex],
                      [t41].[ethnicity],
                      [t41].[date_of_birth],
                      [t41].[_disabled]
                    FROM (
                      SELECT
                        [t40].[la_code],
                        [t40].[month],
                        [t40].[child_id],
                        [t40].[record_id],
                        [t40].[ref_date],
                        [t40].[numerator],
                        [t40].[denominator],
                        [t40].[category],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t38].[la_code],
                          [t38].[month],
                          [t38].[child_id],
                          [t38].[cp_plan_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          COALESCE([t38].[latest_category], [t38].[initial_category]) AS [category]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[cp_plan_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[end_date],
                              [t32].[initial_category],
                              [t32].[latest_category],
                              [t32].[number_of_previous_plans],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
                            FROM (
                              SELECT
                                [t30].[cp_plan_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[end_date],
                                [t30].[initial_category],
                                [t30].[latest_category],
                                [t30].[number_of_previous_plans],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[cp_plan_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[end_date],
                                  [t26].[initial_category],
                                  [t26].[latest_category],
                                  [t26].[number_of_previous_plans],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[start_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[start_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t36].[cp_plan_id],
                              [t36].[referral_id],
                              [t36].[child_id],
                              [t36].[start_date],
                              [t36].[end_date],
                              [t36].[initial_category],
                              [t36].[latest_category],
                              [t36].[number_of_previous_plans],
                              [t36].[la_code],
                              [t36].[load_id],
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
                              SELECT
                                [t35].[cp_plan_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[end_date],
                                [t35].[initial_category],
                                [t35].[latest_category],
                                [t35].[number_of_previous_plans],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
                              FROM (
                                SELECT
                                  [t33].[cp_plan_id],
                                  [t33].[referral_id],
                                  [t33].[child_id],
                                  [t33].[start_date],
                                  [t33].[end_date],
                                  [t33].[initial_category],
                                  [t33].[latest_category],
                                  [t33].[number_of_previous_plans],
                                  [t33].[la_code],
                                  [t33].[load_id],
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[start_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t31].[cp_plan_id],
                                    [t31].[referral_id],
                                    [t31].[child_id],
                                    [t31].[start_date],
                                    [t31].[end_date],
                                    [t31].[initial_category],
                                    [t31].[latest_category],
                                    [t31].[number_of_previous_plans],
                                    [t31].[la_code],
                                    [t31].[load_id],
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
                                  FROM (
                                    SELECT
                                      [t29].[cp_plan_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[end_date],
                                      [t29].[initial_category],
                                      [t29].[latest_category],
                                      [t29].[number_of_previous_plans],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[cp_plan_id],
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[start_date],
                                        [t26].[end_date],
                                        [t26].[initial_category],
                                        [t26].[latest_category],
                                        [t26].[number_of_previous_plans],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[start_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[start_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
                                  ) AS [t31]
                                ) AS [t33]
                              ) AS [t35]
                              WHERE
                                [t35].[_rank] = 0
                            ) AS [t36]
                          ) AS [t37]
                        ) AS [t38]
                      ) AS [t40]
                      LEFT OUTER JOIN (
                        SELECT
                          [t21].[la_code],
                          [t21].[child_id],
                          [t21].[sex],
                          [t21].[ethnicity],
                          [t21].[date_of_birth],
                          [t21].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t40].[la_code] = [t23].[la_code] AND [t40].[child_id] = [t23].[child_id]
                    ) AS [t41]
                  ) AS [t42]
                ) AS [t44]
              ) AS [t46]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t42].[la_code],
                    [t42].[month],
                    [t42].[numerator],
                    [t42].[denominator],
                    2 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
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
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
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
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
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
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
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
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t42].[ref_date]) * 100
                                  ) + DATEPART(day, [t42].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t42].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t42].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) < 18
                          )
                          THEN '16-17'
                          ELSE CAST(NULL AS VARCHAR(max))
                        END,
                        IIF(
                          (
                            (
                              DATEPART(year, [t42].[ref_date]) - DATEPART(year, [t42].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t42].[ref_date]) * 100
                                ) + DATEPART(day, [t42].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t42].[date_of_birth]) * 100
                                ) + DATEPART(day, [t42].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 18,
                          '18 and over',
                          'unknown'
                        )
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t41].[la_code],
                      [t41].[month],
                      [t41].[child_id],
                      [t41].[record_id],
                      [t41].[ref_date],
                      [t41].[numerator],
                      [t41].[denominator],
                      [t41].[category],
                      [t41].[sex],
                      [t41].[ethnicity],
                      [t41].[date_of_birth],
                      [t41].[_disabled]
                    FROM (
                      SELECT
                        [t40].[la_code],
                        [t40].[month],
                        [t40].[child_id],
                        [t40].[record_id],
                        [t40].[ref_date],
                        [t40].[numerator],
                        [t40].[denominator],
                        [t40].[category],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t38].[la_code],
                          [t38].[month],
                          [t38].[child_id],
                          [t38].[cp_plan_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          COALESCE([t38].[latest_category], [t38].[initial_category]) AS [category]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[cp_plan_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[end_date],
                              [t32].[initial_category],
                              [t32].[latest_category],
                              [t32].[number_of_previous_plans],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
                            FROM (
                              SELECT
                                [t30].[cp_plan_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[end_date],
                                [t30].[initial_category],
                                [t30].[latest_category],
                                [t30].[number_of_previous_plans],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[cp_plan_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[end_date],
                                  [t26].[initial_category],
                                  [t26].[latest_category],
                                  [t26].[number_of_previous_plans],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[start_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[start_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t36].[cp_plan_id],
                              [t36].[referral_id],
                              [t36].[child_id],
                              [t36].[start_date],
                              [t36].[end_date],
                              [t36].[initial_category],
                              [t36].[latest_category],
                              [t36].[number_of_previous_plans],
                              [t36].[la_code],
                              [t36].[load_id],
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
                              SELECT
                                [t35].[cp_plan_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[end_date],
                                [t35].[initial_category],
                                [t35].[latest_category],
                                [t35].[number_of_previous_plans],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
                              FROM (
                                SELECT
                                  [t33].[cp_plan_id],
                                  [t33].[referral_id],
                                  [t33].[child_id],
                                  [t33].[start_date],
                                  [t33].[end_date],
                                  [t33].[initial_category],
                                  [t33].[latest_category],
                                  [t33].[number_of_previous_plans],
                                  [t33].[la_code],
                                  [t33].[load_id],
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[start_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t31].[cp_plan_id],
                                    [t31].[referral_id],
                                    [t31].[child_id],
                                    [t31].[start_date],
                                    [t31].[end_date],
                                    [t31].[initial_category],
                                    [t31].[latest_category],
                                    [t31].[number_of_previous_plans],
                                    [t31].[la_code],
                                    [t31].[load_id],
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
                                  FROM (
                                    SELECT
                                      [t29].[cp_plan_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[end_date],
                                      [t29].[initial_category],
                                      [t29].[latest_category],
                                      [t29].[number_of_previous_plans],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[cp_plan_id],
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[start_date],
                                        [t26].[end_date],
                                        [t26].[initial_category],
                                        [t26].[latest_category],
                                        [t26].[number_of_previous_plans],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[start_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[start_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
                                  ) AS [t31]
                                ) AS [t33]
                              ) AS [t35]
                              WHERE
                                [t35].[_rank] = 0
                            ) AS [t36]
                          ) AS [t37]
                        ) AS [t38]
                      ) AS [t40]
                      LEFT OUTER JOIN (
                        SELECT
                          [t21].[la_code],
                          [t21].[child_id],
                          [t21].[sex],
                          [t21].[ethnicity],
                          [t21].[date_of_birth],
                          [t21].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t40].[la_code] = [t23].[la_code] AND [t40].[child_id] = [t23].[child_id]
                    ) AS [t41]
                  ) AS [t42]
                ) AS [t50]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t42].[la_code],
                    [t42].[month],
                    [t42].[numerator],
                    [t42].[denominator],
                    3 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE [t42].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t42].[sex] END,
                        'unknown'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t41].[la_code],
                      [t41].[month],
                      [t41].[child_id],
                      [t41].[record_id],
                      [t41].[ref_date],
                      [t41].[numerator],
                      [t41].[denominator],
                      [t41].[category],
                      [t41].[sex],
                      [t41].[ethnicity],
                      [t41].[date_of_birth],
                      [t41].[_disabled]
                    FROM (
                      SELECT
                        [t40].[la_code],
                        [t40].[month],
                        [t40].[child_id],
                        [t40].[record_id],
                        [t40].[ref_date],
                        [t40].[numerator],
                        [t40].[denominator],
                        [t40].[category],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t38].[la_code],
                          [t38].[month],
                          [t38].[child_id],
                          [t38].[cp_plan_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          COALESCE([t38].[latest_category], [t38].[initial_category]) AS [category]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[cp_plan_id],
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[start_date],
                              [t32].[end_date],
                              [t32].[initial_category],
                              [t32].[latest_category],
                              [t32].[number_of_previous_plans],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
                            FROM (
                              SELECT
                                [t30].[cp_plan_id],
                                [t30].[referral_id],
                                [t30].[child_id],
                                [t30].[start_date],
                                [t30].[end_date],
                                [t30].[initial_category],
                                [t30].[latest_category],
                                [t30].[number_of_previous_plans],
                                [t30].[la_code],
                                [t30].[load_id],
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[cp_plan_id],
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[start_date],
                                  [t26].[end_date],
                                  [t26].[initial_category],
                                  [t26].[latest_category],
                                  [t26].[number_of_previous_plans],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[start_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[start_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t36].[cp_plan_id],
                              [t36].[referral_id],
                              [t36].[child_id],
                              [t36].[start_date],
                              [t36].[end_date],
                              [t36].[initial_category],
                              [t36].[latest_category],
                              [t36].[number_of_previous_plans],
                              [t36].[la_code],
                              [t36].[load_id],
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
                              SELECT
                                [t35].[cp_plan_id],
                                [t35].[referral_id],
                                [t35].[child_id],
                                [t35].[start_date],
                                [t35].[end_date],
                                [t35].[initial_category],
                                [t35].[latest_category],
                                [t35].[number_of_previous_plans],
                                [t35].[la_code],
                                [t35].[load_id],
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
                              FROM (
                                SELECT
                                  [t33].[cp_plan_id],
                                  [t33].[referral_id],
                                  [t33].[child_id],
                                  [t33].[start_date],
                                  [t33].[end_date],
                                  [t33].[initial_category],
                                  [t33].[latest_category],
                                  [t33].[number_of_previous_plans],
                                  [t33].[la_code],
                                  [t33].[load_id],
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[start_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t31].[cp_plan_id],
                                    [t31].[referral_id],
                                    [t31].[child_id],
                                    [t31].[start_date],
                                    [t31].[end_date],
                                    [t31].[initial_category],
                                    [t31].[latest_category],
                                    [t31].[number_of_previous_plans],
                                    [t31].[la_code],
                                    [t31].[load_id],
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
                                  FROM (
                                    SELECT
                                      [t29].[cp_plan_id],
                                      [t29].[referral_id],
                                      [t29].[child_id],
                                      [t29].[start_date],
                                      [t29].[end_date],
                                      [t29].[initial_category],
                                      [t29].[latest_category],
                                      [t29].[number_of_previous_plans],
                                      [t29].[la_code],
                                      [t29].[load_id],
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[cp_plan_id],
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[start_date],
                                        [t26].[end_date],
                                        [t26].[initial_category],
                                        [t26].[latest_category],
                                        [t26].[number_of_previous_plans],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[start_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[start_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
                                  ) AS [t31]
                                ) AS [t33]
                              ) AS [t35]
                              WHERE
                                [t35].[_rank] = 0
                            ) AS [t36]
                          ) AS [t37]
                        ) AS [t38]
                      ) AS [t40]
                      LEFT OUTER JOIN (
                        SELECT
                          [t21].[la_code],
                          [t21].[child_id],
                          [t21].[sex],
                          [t21].[ethnicity],
                          [t21].[date_of_birth],
                          [t21].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t18].[la_code] AS [la_code_right],
                            [t18].[child_id] AS [child_id_right],
                            [t18].[_disabled]
                          FROM (
                            SELECT
                              [t4].[la_code],
                              [t4].[child_id],
                              [t4].[sex],
                              [t4].[ethnicity],
                              [t4].[date_of_birth]
                            FROM [person] AS [t4]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t5].[la_code],
                                [t5].[child_id]
                              FROM [disability] AS [t5]
                              WHERE
                                [t5].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t18]
                            ON [t13].[la_code] = [t18].[la_code] AND [t13].[child_id] = [t18].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t40].[la_code] = [t23].[la_code] AND [t40].[child_id] = [t23].[child_id]
                    ) AS [t41]
                  ) AS [t42]
                ) AS [t47]
              ) AS [t51]
            ) AS [t52]
          ) AS [t53]
          GROUP BY
            [t53].[la_code],
            [t53].[month],
            [t53].[_part],
            [t53].[breakdown_value]
        ) AS [t54]
      ) AS [t55]
      GROUP BY
        [t55].[la_code],
        [t55].[indicator_id],
        [t55].[month_index],
        [t55].[breakdown],
        [t55].[breakdown_value]
    ) AS [t57]
      ON [t57].[la_code] = [t8].[la_code]
      AND [t57].[indicator_id] = [t10].[indicator_id]
      AND [t57].[month_index] <= [t9].[month_index]
      AND [t57].[month_index] >= (
        [t9].[month_index] - IIF([t57].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t58]
  GROUP BY
    [t58].[la_code],
    [t58].[indicator_id],
    [t58].[month],
    [t58].[breakdown],
    [t58].[breakdown_value],
    [t58].[unit]
)
SELECT
  [t71].[la_code],
  [t71].[indicator_id],
  [t71].[month],
  [t71].[breakdown],
  [t71].[breakdown_value],
  [t71].[numerator],
  CASE
    WHEN [t71].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t71].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t71].[denominator]
  END AS [denominator],
  CASE
    WHEN [t71].[unit] = 'count'
    THEN [t71].[numerator]
    WHEN [t71].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t71].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t71].[unit] = 'percent'
    THEN IIF(
      [t71].[denominator] > 0,
      CAST([t71].[numerator] AS FLOAT) / [t71].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t71].[denominator] > 0,
      CAST([t71].[numerator] AS FLOAT) / [t71].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t65].[la_code],
      [t65].[indicator_id],
      [t65].[month],
      [t65].[breakdown],
      [t65].[breakdown_value],
      [t65].[unit],
      [t65].[numerator],
      [t65].[denominator]
    FROM (
      SELECT
        [t19].[la_code],
        [t19].[indicator_id],
        [t19].[month],
        [t19].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t12].[la_code],
          [t12].[month],
          [t12].[month_end],
          [t12].[month_index],
          [t12].[indicator_id],
          [t12].[months_back],
          [t12].[unit]
        FROM (
          SELECT
            [t8].[la_code],
            [t9].[month],
            [t9].[month_end],
            [t9].[month_index],
            [t10].[indicator_id],
            [t10].[months_back],
            [t10].[unit]
          FROM [scorecard_councils] AS [t8]
          CROSS JOIN [scorecard_month_spine] AS [t9]
          CROSS JOIN (VALUES
            ('CPP1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t60].[la_code],
              [t60].[indicator_id],
              [t60].[month],
              [t60].[breakdown],
              [t60].[breakdown_value],
              [t60].[unit],
              [t60].[numerator],
              [t60].[denominator]
            FROM [t59] AS [t60]
            WHERE
              [t60].[breakdown] = 'month_alone'
          ) AS [t63]
          WHERE
            [t19].[la_code] = [t63].[la_code]
            AND [t19].[indicator_id] = [t63].[indicator_id]
            AND [t19].[month] = [t63].[month]
        )
    ) AS [t65]
  ) AS [t67]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t59] AS [t60]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t66].[la_code],
        [t66].[indicator_id],
        [t66].[month],
        [t66].[breakdown],
        [t66].[breakdown_value],
        [t66].[unit],
        [t66].[numerator],
        [t66].[denominator]
      FROM (
        SELECT
          [t8].[la_code],
          [t10].[indicator_id],
          [t9].[month],
          [t10].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t8]
        CROSS JOIN [scorecard_month_spine] AS [t9]
        CROSS JOIN (VALUES
          ('CPP1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t60].[la_code],
                [t60].[indicator_id],
                [t60].[month],
                [t60].[breakdown],
                [t60].[breakdown_value],
                [t60].[unit],
                [t60].[numerator],
                [t60].[denominator]
              FROM [t59] AS [t60]
              WHERE
                [t60].[breakdown] = 'all'
            ) AS [t64]
            WHERE
              [t8].[la_code] = [t64].[la_code]
              AND [t10].[indicator_id] = [t64].[indicator_id]
              AND [t9].[month] = [t64].[month]
          )
      ) AS [t66]
    ) AS [t68]
  ) AS [t69]
) AS [t71]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t71].[la_code] = [t7].[la_code] AND [t71].[month] = [t7].[month]
