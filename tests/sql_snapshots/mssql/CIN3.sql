WITH [t18] AS (
  SELECT
    [t7].[cin_plan_id],
    [t7].[referral_id],
    [t7].[child_id],
    [t7].[start_date],
    [t7].[end_date],
    [t7].[la_code],
    [t7].[load_id]
  FROM [cin_plan] AS [t7]
  WHERE
    [t7].[start_date] IS NOT NULL
), [t36] AS (
  SELECT
    [t35].[cin_plan_id],
    [t35].[referral_id],
    [t35].[child_id],
    [t35].[start_date],
    [t35].[end_date],
    [t35].[la_code],
    [t35].[load_id],
    [t35].[_reach],
    [t35].[_earlier_reach],
    MAX(IIF(COALESCE([t35].[_earlier_reach] > [t35].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t35].[la_code], [t35].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t34].[cin_plan_id],
      [t34].[referral_id],
      [t34].[child_id],
      [t34].[start_date],
      [t34].[end_date],
      [t34].[la_code],
      [t34].[load_id],
      [t34].[_reach],
      LAG([t34].[_reach]) OVER (
        PARTITION BY [t34].[la_code], [t34].[child_id]
        ORDER BY CASE WHEN [t34].[start_date] IS NULL THEN 1 ELSE 0 END, [t34].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t31].[cin_plan_id],
        [t31].[referral_id],
        [t31].[child_id],
        [t31].[start_date],
        [t31].[end_date],
        [t31].[la_code],
        [t31].[load_id],
        MAX(COALESCE([t31].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t31].[la_code], [t31].[child_id]
          ORDER BY CASE WHEN [t31].[start_date] IS NULL THEN 1 ELSE 0 END, [t31].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t21].[cin_plan_id],
          [t21].[referral_id],
          [t21].[child_id],
          [t21].[start_date],
          [t21].[end_date],
          [t21].[la_code],
          [t21].[load_id]
        FROM [t18] AS [t21]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t24].[la_code],
                [t24].[child_id]
              FROM (
                SELECT
                  [t19].[la_code],
                  [t19].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t18] AS [t19]
                GROUP BY
                  [t19].[la_code],
                  [t19].[child_id]
              ) AS [t24]
              WHERE
                [t24].[_records] > 1
            ) AS [t28]
            WHERE
              [t21].[la_code] = [t28].[la_code] AND [t21].[child_id] = [t28].[child_id]
          )
      ) AS [t31]
    ) AS [t34]
  ) AS [t35]
), [t73] AS (
  SELECT
    [t72].[la_code],
    [t72].[indicator_id],
    [t72].[month],
    [t72].[breakdown],
    [t72].[breakdown_value],
    [t72].[unit],
    SUM([t72].[_num]) AS [numerator],
    SUM([t72].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t71].[breakdown],
      [t71].[breakdown_value],
      [t71].[_num],
      [t71].[_den],
      [t71].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CIN3', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t69].[la_code],
        [t69].[indicator_id],
        [t69].[breakdown],
        [t69].[breakdown_value],
        [t69].[_num],
        [t69].[_den],
        [t69].[month_index] + [t69].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t68].[la_code],
          [t68].[indicator_id],
          [t68].[month_index],
          [t68].[breakdown],
          [t68].[breakdown_value],
          [t68].[_num],
          [t68].[_den],
          [t16].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t66].[la_code],
            [t66].[indicator_id],
            [t66].[month_index],
            [t66].[breakdown],
            [t66].[breakdown_value],
            SUM([t66].[numerator]) AS [_num],
            SUM([t66].[denominator]) AS [_den]
          FROM (
            SELECT
              [t65].[la_code],
              'CIN3' AS [indicator_id],
              (
                (
                  DATEPART(year, [t65].[month]) * 12
                ) + DATEPART(month, [t65].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t65].[_part] = 0
                THEN 'all'
                WHEN [t65].[_part] = 1
                THEN 'age_band'
                WHEN [t65].[_part] = 2
                THEN 'sex'
                WHEN [t65].[_part] = 3
                THEN 'ethnicity_group'
                WHEN [t65].[_part] = 4
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t65].[breakdown_value],
              [t65].[numerator],
              [t65].[denominator]
            FROM (
              SELECT
                [t64].[la_code],
                [t64].[month],
                [t64].[_part],
                [t64].[breakdown_value],
                SUM([t64].[numerator]) AS [numerator],
                SUM([t64].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t55].[la_code],
                      [t55].[month],
                      [t55].[numerator],
                      [t55].[denominator],
                      2 AS [_part],
                      COALESCE(COALESCE([t55].[sex], 'unknown'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t54].[la_code],
                        [t54].[month],
                        [t54].[child_id],
                        [t54].[record_id],
                        [t54].[ref_date],
                        [t54].[numerator],
                        [t54].[denominator],
                        [t54].[_born],
                        [t54].[sex],
                        [t54].[ethnicity_group],
                        [t54].[disability]
                      FROM (
                        SELECT
                          [t53].[la_code],
                          [t53].[month],
                          [t53].[child_id],
                          [t53].[record_id],
                          [t53].[ref_date],
                          [t53].[numerator],
                          [t53].[denominator],
                          [t33].[la_code] AS [la_code_right],
                          [t33].[child_id] AS [child_id_right],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t51].[la_code],
                            [t51].[month],
                            [t51].[child_id],
                            [t51].[cin_plan_id] AS [record_id],
                            [t51].[month_end] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t46].[cin_plan_id],
                                [t46].[referral_id],
                                [t46].[child_id],
                                [t46].[start_date],
                                [t46].[end_date],
                                [t46].[la_code],
                                [t46].[load_id],
                                [t46].[month],
                                [t46].[month_end],
                                [t46].[month_index]
                              FROM (
                                SELECT
                                  [t44].[cin_plan_id],
                                  [t44].[referral_id],
                                  [t44].[child_id],
                                  [t44].[start_date],
                                  [t44].[end_date],
                                  [t44].[la_code],
                                  [t44].[load_id],
                                  [t44].[_until],
                                  [t10].[month],
                                  [t10].[month_end],
                                  [t10].[month_index]
                                FROM (
                                  SELECT
                                    [t41].[cin_plan_id],
                                    [t41].[referral_id],
                                    [t41].[child_id],
                                    [t41].[start_date],
                                    [t41].[end_date],
                                    [t41].[la_code],
                                    [t41].[load_id],
                                    COALESCE([t41].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t21].[cin_plan_id],
                                        [t21].[referral_id],
                                        [t21].[child_id],
                                        [t21].[start_date],
                                        [t21].[end_date],
                                        [t21].[la_code],
                                        [t21].[load_id]
                                      FROM [t18] AS [t21]
                                      WHERE
                                        NOT EXISTS(
                                          SELECT
                                            1
                                          FROM (
                                            SELECT
                                              [t24].[la_code],
                                              [t24].[child_id]
                                            FROM (
                                              SELECT
                                                [t19].[la_code],
                                                [t19].[child_id],
                                                COUNT_BIG(*) AS [_records]
                                              FROM [t18] AS [t19]
                                              GROUP BY
                                                [t19].[la_code],
                                                [t19].[child_id]
                                            ) AS [t24]
                                            WHERE
                                              [t24].[_records] > 1
                                          ) AS [t28]
                                          WHERE
                                            [t21].[la_code] = [t28].[la_code] AND [t21].[child_id] = [t28].[child_id]
                                        )
                                    ) AS [t30]
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t37].[cin_plan_id],
                                        [t37].[referral_id],
                                        [t37].[child_id],
                                        [t37].[start_date],
                                        [t37].[end_date],
                                        [t37].[la_code],
                                        [t37].[load_id]
                                      FROM [t36] AS [t37]
                                      WHERE
                                        IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                    ) AS [t39]
                                  ) AS [t41]
                                  WHERE
                                    [t41].[start_date] IS NOT NULL
                                ) AS [t44]
                                INNER JOIN [scorecard_month_spine] AS [t10]
                                  ON [t44].[start_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                              ) AS [t46]
                            ) AS [t47]
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t49].[cin_plan_id],
                                [t49].[referral_id],
                                [t49].[child_id],
                                [t49].[start_date],
                                [t49].[end_date],
                                [t49].[la_code],
                                [t49].[load_id],
                                [t49].[month],
                                [t49].[month_end],
                                [t49].[month_index]
                              FROM (
                                SELECT
                                  [t48].[cin_plan_id],
                                  [t48].[referral_id],
                                  [t48].[child_id],
                                  [t48].[start_date],
                                  [t48].[end_date],
                                  [t48].[la_code],
                                  [t48].[load_id],
                                  [t48].[month],
                                  [t48].[month_end],
                                  [t48].[month_index],
                                  [t48].[_rank]
                                FROM (
                                  SELECT
                                    [t45].[cin_plan_id],
                                    [t45].[referral_id],
                                    [t45].[child_id],
                                    [t45].[start_date],
                                    [t45].[end_date],
                                    [t45].[la_code],
                                    [t45].[load_id],
                                    [t45].[month],
                                    [t45].[month_end],
                                    [t45].[month_index],
                                    ROW_NUMBER() OVER (
                                      PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                      ORDER BY [t45].[start_date] DESC
                                    ) - 1 AS [_rank]
                                  FROM (
                                    SELECT
                                      [t43].[cin_plan_id],
                                      [t43].[referral_id],
                                      [t43].[child_id],
                                      [t43].[start_date],
                                      [t43].[end_date],
                                      [t43].[la_code],
                                      [t43].[load_id],
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
                                    FROM (
                                      SELECT
                                        [t40].[cin_plan_id],
                                        [t40].[referral_id],
                                        [t40].[child_id],
                                        [t40].[start_date],
                                        [t40].[end_date],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
                                      FROM (
                                        SELECT
                                          [t37].[cin_plan_id],
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[start_date],
                                          [t37].[end_date],
                                          [t37].[la_code],
                                          [t37].[load_id],
                                          COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          [t37].[_overlaps] <> 0 AND [t37].[start_date] IS NOT NULL
                                      ) AS [t40]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t40].[start_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
                                    ) AS [t43]
                                  ) AS [t45]
                                ) AS [t48]
                                WHERE
                                  [t48].[_rank] = 0
                              ) AS [t49]
                            ) AS [t50]
                          ) AS [t51]
                        ) AS [t53]
                        LEFT OUTER JOIN (
                          SELECT
                            [t29].[la_code],
                            [t29].[child_id],
                            [t29].[date_of_birth] AS [_born],
                            CASE [t29].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t29].[sex] END AS [sex],
                            IIF(
                              [t29].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t29].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t27].[child_id],
                              [t27].[upn],
                              [t27].[sex],
                              [t27].[date_of_birth],
                              [t27].[expected_date_of_birth],
                              [t27].[ethnicity],
                              [t27].[date_of_death],
                              [t27].[la_code],
                              [t27].[load_id],
                              [t27].[_disabled]
                            FROM (
                              SELECT
                                [t13].[child_id],
                                [t13].[upn],
                                [t13].[sex],
                                [t13].[date_of_birth],
                                [t13].[expected_date_of_birth],
                                [t13].[ethnicity],
                                [t13].[date_of_death],
                                [t13].[la_code],
                                [t13].[load_id],
                                [t23].[la_code] AS [la_code_right],
                                [t23].[child_id] AS [child_id_right],
                                [t23].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t17].[la_code],
                                  [t17].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t6].[la_code],
                                    [t6].[child_id]
                                  FROM [disability] AS [t6]
                                  WHERE
                                    [t6].[disability] <> 'NONE'
                                ) AS [t17]
                              ) AS [t23]
                                ON [t13].[la_code] = [t23].[la_code] AND [t13].[child_id] = [t23].[child_id]
                            ) AS [t27]
                          ) AS [t29]
                        ) AS [t33]
                          ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                      ) AS [t54]
                    ) AS [t55]
                  ) AS [t57]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t55].[la_code],
                      [t55].[month],
                      [t55].[numerator],
                      [t55].[denominator],
                      3 AS [_part],
                      COALESCE(COALESCE([t55].[ethnicity_group], 'Not known'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t54].[la_code],
                        [t54].[month],
                        [t54].[child_id],
                        [t54].[record_id],
                        [t54].[ref_date],
                        [t54].[numerator],
                        [t54].[denominator],
                        [t54].[_born],
                        [t54].[sex],
                        [t54].[ethnicity_group],
                        [t54].[disability]
                      FROM (
                        SELECT
                          [t53].[la_code],
                          [t53].[month],
                          [t53].[child_id],
                          [t53].[record_id],
                          [t53].[ref_date],
                          [t53].[numerator],
                          [t53].[denominator],
                          [t33].[la_code] AS [la_code_right],
                          [t33].[child_id] AS [child_id_right],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t51].[la_code],
                            [t51].[month],
                            [t51].[child_id],
                            [t51].[cin_plan_id] AS [record_id],
                            [t51].[month_end] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t46].[cin_plan_id],
                                [t46].[referral_id],
                                [t46].[child_id],
                                [t46].[start_date],
                                [t46].[end_date],
                                [t46].[la_code],
                                [t46].[load_id],
                                [t46].[month],
                                [t46].[month_end],
                                [t46].[month_index]
                              FROM (
                                SELECT
                                  [t44].[cin_plan_id],
                                  [t44].[referral_id],
                                  [t44].[child_id],
                                  [t44].[start_date],
                                  [t44].[end_date],
                                  [t44].[la_code],
                                  [t44].[load_id],
                                  [t44].[_until],
                                  [t10].[month],
                                  [t10].[month_end],
                                  [t10].[month_index]
                                FROM (
                                  SELECT
                                    [t41].[cin_plan_id],
                                    [t41].[referral_id],
                                    [t41].[child_id],
                                    [t41].[start_date],
                                    [t41].[end_date],
                                    [t41].[la_code],
                                    [t41].[load_id],
                                    COALESCE([t41].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t21].[cin_plan_id],
                                        [t21].[referral_id],
                                        [t21].[child_id],
                                        [t21].[start_date],
                                        [t21].[end_date],
                                        [t21].[la_code],
                                        [t21].[load_id]
                                      FROM [t18] AS [t21]
                                      WHERE
                                        NOT EXISTS(
                                          SELECT
                                            1
                                          FROM (
                                            SELECT
                                              [t24].[la_code],
                                              [t24].[child_id]
                                            FROM (
                                              SELECT
                                                [t19].[la_code],
                                                [t19].[child_id],
                                                COUNT_BIG(*) AS [_records]
                                              FROM [t18] AS [t19]
                                              GROUP BY
                                                [t19].[la_code],
                                                [t19].[child_id]
                                            ) AS [t24]
                                            WHERE
                                              [t24].[_records] > 1
                                          ) AS [t28]
                                          WHERE
                                            [t21].[la_code] = [t28].[la_code] AND [t21].[child_id] = [t28].[child_id]
                                        )
                                    ) AS [t30]
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t37].[cin_plan_id],
                                        [t37].[referral_id],
                                        [t37].[child_id],
                                        [t37].[start_date],
                                        [t37].[end_date],
                                        [t37].[la_code],
                                        [t37].[load_id]
                                      FROM [t36] AS [t37]
                                      WHERE
                                        IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                    ) AS [t39]
                                  ) AS [t41]
                                  WHERE
                                    [t41].[start_date] IS NOT NULL
                                ) AS [t44]
                                INNER JOIN [scorecard_month_spine] AS [t10]
                                  ON [t44].[start_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                              ) AS [t46]
                            ) AS [t47]
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t49].[cin_plan_id],
                                [t49].[referral_id],
                                [t49].[child_id],
                                [t49].[start_date],
                                [t49].[end_date],
                                [t49].[la_code],
                                [t49].[load_id],
                                [t49].[month],
                                [t49].[month_end],
                                [t49].[month_index]
                              FROM (
                                SELECT
                                  [t48].[cin_plan_id],
                                  [t48].[referral_id],
                                  [t48].[child_id],
                                  [t48].[start_date],
                                  [t48].[end_date],
                                  [t48].[la_code],
                                  [t48].[load_id],
                                  [t48].[month],
                                  [t48].[month_end],
                                  [t48].[month_index],
                                  [t48].[_rank]
                                FROM (
                                  SELECT
                                    [t45].[cin_plan_id],
                                    [t45].[referral_id],
                                    [t45].[child_id],
                                    [t45].[start_date],
                                    [t45].[end_date],
                                    [t45].[la_code],
                                    [t45].[load_id],
                                    [t45].[month],
                                    [t45].[month_end],
                                    [t45].[month_index],
                                    ROW_NUMBER() OVER (
                                      PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                      ORDER BY [t45].[start_date] DESC
                                    ) - 1 AS [_rank]
                                  FROM (
                                    SELECT
                                      [t43].[cin_plan_id],
                                      [t43].[referral_id],
                                      [t43].[child_id],
                                      [t43].[start_date],
                                      [t43].[end_date],
                                      [t43].[la_code],
                                      [t43].[load_id],
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
                                    FROM (
                                      SELECT
                                        [t40].[cin_plan_id],
                                        [t40].[referral_id],
                                        [t40].[child_id],
                                        [t40].[start_date],
                                        [t40].[end_date],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
                                      FROM (
                                        SELECT
                                          [t37].[cin_plan_id],
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[start_date],
                                          [t37].[end_date],
                                          [t37].[la_code],
                                          [t37].[load_id],
                                          COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          [t37].[_overlaps] <> 0 AND [t37].[start_date] IS NOT NULL
                                      ) AS [t40]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t40].[start_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
                                    ) AS [t43]
                                  ) AS [t45]
                                ) AS [t48]
                                WHERE
                                  [t48].[_rank] = 0
                              ) AS [t49]
                            ) AS [t50]
                          ) AS [t51]
                        ) AS [t53]
                        LEFT OUTER JOIN (
                          SELECT
                            [t29].[la_code],
                            [t29].[child_id],
                            [t29].[date_of_birth] AS [_born],
                            CASE [t29].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t29].[sex] END AS [sex],
                            IIF(
                              [t29].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t29].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t27].[child_id],
                              [t27].[upn],
                              [t27].[sex],
                              [t27].[date_of_birth],
                              [t27].[expected_date_of_birth],
                              [t27].[ethnicity],
                              [t27].[date_of_death],
                              [t27].[la_code],
                              [t27].[load_id],
                              [t27].[_disabled]
                            FROM (
                              SELECT
                                [t13].[child_id],
                                [t13].[upn],
                                [t13].[sex],
                                [t13].[date_of_birth],
                                [t13].[expected_date_of_birth],
                                [t13].[ethnicity],
                                [t13].[date_of_death],
                                [t13].[la_code],
                                [t13].[load_id],
                                [t23].[la_code] AS [la_code_right],
                                [t23].[child_id] AS [child_id_right],
                                [t23].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t17].[la_code],
                                  [t17].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t6].[la_code],
                                    [t6].[child_id]
                                  FROM [disability] AS [t6]
                                  WHERE
                                    [t6].[disability] <> 'NONE'
                                ) AS [t17]
                              ) AS [t23]
                                ON [t13].[la_code] = [t23].[la_code] AND [t13].[child_id] = [t23].[child_id]
                            ) AS [t27]
                          ) AS [t29]
                        ) AS [t33]
                          ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                      ) AS [t54]
                    ) AS [t55]
                  ) AS [t58]
                ) AS [t60]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t55].[la_code],
                      [t55].[month],
                      [t55].[numerator],
                      [t55].[denominator],
                      4 AS [_part],
                      COALESCE(COALESCE([t55].[disability], 'Not disabled'), 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t54].[la_code],
                        [t54].[month],
                        [t54].[child_id],
                        [t54].[record_id],
                        [t54].[ref_date],
                        [t54].[numerator],
                        [t54].[denominator],
                        [t54].[_born],
                        [t54].[sex],
                        [t54].[ethnicity_group],
                        [t54].[disability]
                      FROM (
                        SELECT
                          [t53].[la_code],
                          [t53].[month],
                          [t53].[child_id],
                          [t53].[record_id],
                          [t53].[ref_date],
                          [t53].[numerator],
                          [t53].[denominator],
                          [t33].[la_code] AS [la_code_right],
                          [t33].[child_id] AS [child_id_right],
                          [t33].[_born],
                          [t33].[sex],
                          [t33].[ethnicity_group],
                          [t33].[disability]
                        FROM (
                          SELECT
                            [t51].[la_code],
                            [t51].[month],
                            [t51].[child_id],
                            [t51].[cin_plan_id] AS [record_id],
                            [t51].[month_end] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator]
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t46].[cin_plan_id],
                                [t46].[referral_id],
                                [t46].[child_id],
                                [t46].[start_date],
                                [t46].[end_date],
                                [t46].[la_code],
                                [t46].[load_id],
                                [t46].[month],
                                [t46].[month_end],
                                [t46].[month_index]
                              FROM (
                                SELECT
                                  [t44].[cin_plan_id],
                                  [t44].[referral_id],
                                  [t44].[child_id],
                                  [t44].[start_date],
                                  [t44].[end_date],
                                  [t44].[la_code],
                                  [t44].[load_id],
                                  [t44].[_until],
                                  [t10].[month],
                                  [t10].[month_end],
                                  [t10].[month_index]
                                FROM (
                                  SELECT
                                    [t41].[cin_plan_id],
                                    [t41].[referral_id],
                                    [t41].[child_id],
                                    [t41].[start_date],
                                    [t41].[end_date],
                                    [t41].[la_code],
                                    [t41].[load_id],
                                    COALESCE([t41].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t21].[cin_plan_id],
                                        [t21].[referral_id],
                                        [t21].[child_id],
                                        [t21].[start_date],
                                        [t21].[end_date],
                                        [t21].[la_code],
                                        [t21].[load_id]
                                      FROM [t18] AS [t21]
                                      WHERE
                                        NOT EXISTS(
                                          SELECT
                                            1
                                          FROM (
                                            SELECT
                                              [t24].[la_code],
                                              [t24].[child_id]
                                            FROM (
                                              SELECT
                                                [t19].[la_code],
                                                [t19].[child_id],
                                                COUNT_BIG(*) AS [_records]
                                              FROM [t18] AS [t19]
                                              GROUP BY
                                                [t19].[la_code],
                                                [t19].[child_id]
                                            ) AS [t24]
                                            WHERE
                                              [t24].[_records] > 1
                                          ) AS [t28]
                                          WHERE
                                            [t21].[la_code] = [t28].[la_code] AND [t21].[child_id] = [t28].[child_id]
                                        )
                                    ) AS [t30]
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t37].[cin_plan_id],
                                        [t37].[referral_id],
                                        [t37].[child_id],
                                        [t37].[start_date],
                                        [t37].[end_date],
                                        [t37].[la_code],
                                        [t37].[load_id]
                                      FROM [t36] AS [t37]
                                      WHERE
                                        IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                    ) AS [t39]
                                  ) AS [t41]
                                  WHERE
                                    [t41].[start_date] IS NOT NULL
                                ) AS [t44]
                                INNER JOIN [scorecard_month_spine] AS [t10]
                                  ON [t44].[start_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                              ) AS [t46]
                            ) AS [t47]
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t49].[cin_plan_id],
                                [t49].[referral_id],
                                [t49].[child_id],
                                [t49].[start_date],
                                [t49].[end_date],
                                [t49].[la_code],
                                [t49].[load_id],
                                [t49].[month],
                                [t49].[month_end],
                                [t49].[month_index]
                              FROM (
                                SELECT
                                  [t48].[cin_plan_id],
                                  [t48].[referral_id],
                                  [t48].[child_id],
                                  [t48].[start_date],
                                  [t48].[end_date],
                                  [t48].[la_code],
                                  [t48].[load_id],
                                  [t48].[month],
                                  [t48].[month_end],
                                  [t48].[month_index],
                                  [t48].[_rank]
                                FROM (
                                  SELECT
                                    [t45].[cin_plan_id],
                                    [t45].[referral_id],
                                    [t45].[child_id],
                                    [t45].[start_date],
                                    [t45].[end_date],
                                    [t45].[la_code],
                                    [t45].[load_id],
                                    [t45].[month],
                                    [t45].[month_end],
                                    [t45].[month_index],
                                    ROW_NUMBER() OVER (
                                      PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                      ORDER BY [t45].[start_date] DESC
                                    ) - 1 AS [_rank]
                                  FROM (
                                    SELECT
                                      [t43].[cin_plan_id],
                                      [t43].[referral_id],
                                      [t43].[child_id],
                                      [t43].[start_date],
                                      [t43].[end_date],
                                      [t43].[la_code],
                                      [t43].[load_id],
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
                                    FROM (
                                      SELECT
                                        [t40].[cin_plan_id],
                                        [t40].[referral_id],
                                        [t40].[child_id],
                                        [t40].[start_date],
                                        [t40].[end_date],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
                                      FROM (
                                        SELECT
                                          [t37].[cin_plan_id],
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[start_date],
                                          [t37].[end_date],
                                          [t37].[la_code],
                                          [t37].[load_id],
                                          COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          [t37].[_overlaps] <> 0 AND [t37].[start_date] IS NOT NULL
                                      ) AS [t40]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t40].[start_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
                                    ) AS [t43]
                                  ) AS [t45]
                                ) AS [t48]
                                WHERE
                                  [t48].[_rank] = 0
                              ) AS [t49]
                            ) AS [t50]
                          ) AS [t51]
                        ) AS [t53]
                        LEFT OUTER JOIN (
                          SELECT
                            [t29].[la_code],
                            [t29].[child_id],
                            [t29].[date_of_birth] AS [_born],
                            CASE [t29].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t29].[sex] END AS [sex],
                            IIF(
                              [t29].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t29].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t29].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t27].[child_id],
                              [t27].[upn],
                              [t27].[sex],
                              [t27].[date_of_birth],
                              [t27].[expected_date_of_birth],
                              [t27].[ethnicity],
                              [t27].[date_of_death],
                              [t27].[la_code],
                              [t27].[load_id],
                              [t27].[_disabled]
                            FROM (
                              SELECT
                                [t13].[child_id],
                                [t13].[upn],
                                [t13].[sex],
                                [t13].[date_of_birth],
                                [t13].[expected_date_of_birth],
                                [t13].[ethnicity],
                                [t13].[date_of_death],
                                [t13].[la_code],
                                [t13].[load_id],
                                [t23].[la_code] AS [la_code_right],
                                [t23].[child_id] AS [child_id_right],
                                [t23].[_disabled]
                              FROM [person] AS [t13]
                              LEFT OUTER JOIN (
                                SELECT
                                  [t17].[la_code],
                                  [t17].[child_id],
                                  'Disabled' AS [_disabled]
                                FROM (
                                  SELECT DISTINCT
                                    [t6].[la_code],
                                    [t6].[child_id]
                                  FROM [disability] AS [t6]
                                  WHERE
                                    [t6].[disability] <> 'NONE'
                                ) AS [t17]
                              ) AS [t23]
                                ON [t13].[la_code] = [t23].[la_code] AND [t13].[child_id] = [t23].[child_id]
                            ) AS [t27]
                          ) AS [t29]
                        ) AS [t33]
                          ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                      ) AS [t54]
                    ) AS [t55]
                  ) AS [t59]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t55].[la_code],
                        [t55].[month],
                        [t55].[numerator],
                        [t55].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[record_id],
                          [t54].[ref_date],
                          [t54].[numerator],
                          [t54].[denominator],
                          [t54].[_born],
                          [t54].[sex],
                          [t54].[ethnicity_group],
                          [t54].[disability]
                        FROM (
                          SELECT
                            [t53].[la_code],
                            [t53].[month],
                            [t53].[child_id],
                            [t53].[record_id],
                            [t53].[ref_date],
                            [t53].[numerator],
                            [t53].[denominator],
                            [t33].[la_code] AS [la_code_right],
                            [t33].[child_id] AS [child_id_right],
                            [t33].[_born],
                            [t33].[sex],
                            [t33].[ethnicity_group],
                            [t33].[disability]
                          FROM (
                            SELECT
                              [t51].[la_code],
                              [t51].[month],
                              [t51].[child_id],
                              [t51].[cin_plan_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[cin_plan_id],
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[start_date],
                                  [t46].[end_date],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[cin_plan_id],
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[start_date],
                                    [t44].[end_date],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[cin_plan_id],
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[start_date],
                                      [t41].[end_date],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t21].[cin_plan_id],
                                          [t21].[referral_id],
                                          [t21].[child_id],
                                          [t21].[start_date],
                                          [t21].[end_date],
                                          [t21].[la_code],
                                          [t21].[load_id]
                                        FROM [t18] AS [t21]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t24].[la_code],
                                                [t24].[child_id]
                                              FROM (
                                                SELECT
                                                  [t19].[la_code],
                                                  [t19].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t19]
                                                GROUP BY
                                                  [t19].[la_code],
                                                  [t19].[child_id]
                                              ) AS [t24]
                                              WHERE
                                                [t24].[_records] > 1
                                            ) AS [t28]
                                            WHERE
                                              [t21].[la_code] = [t28].[la_code] AND [t21].[child_id] = [t28].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[cin_plan_id],
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[start_date],
                                          [t37].[end_date],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[start_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[start_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[cin_plan_id],
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[start_date],
                                  [t49].[end_date],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[cin_plan_id],
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[start_date],
                                    [t48].[end_date],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[cin_plan_id],
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[start_date],
                                      [t45].[end_date],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[start_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[cin_plan_id],
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[start_date],
                                        [t43].[end_date],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[cin_plan_id],
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[start_date],
                                          [t40].[end_date],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[cin_plan_id],
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[start_date],
                                            [t37].[end_date],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[start_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[start_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
                                      ) AS [t43]
                                    ) AS [t45]
                                  ) AS [t48]
                                  WHERE
                                    [t48].[_rank] = 0
                                ) AS [t49]
                              ) AS [t50]
                            ) AS [t51]
                          ) AS [t53]
                          LEFT OUTER JOIN (
                            SELECT
                              [t29].[la_code],
                              [t29].[child_id],
                              [t29].[date_of_birth] AS [_born],
                              CASE [t29].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t29].[sex] END AS [sex],
                              IIF(
                                [t29].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t29].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t27].[child_id],
                                [t27].[upn],
                                [t27].[sex],
                                [t27].[date_of_birth],
                                [t27].[expected_date_of_birth],
                                [t27].[ethnicity],
                                [t27].[date_of_death],
                                [t27].[la_code],
                                [t27].[load_id],
                                [t27].[_disabled]
                              FROM (
                                SELECT
                                  [t13].[child_id],
                                  [t13].[upn],
                                  [t13].[sex],
                                  [t13].[date_of_birth],
                                  [t13].[expected_date_of_birth],
                                  [t13].[ethnicity],
                                  [t13].[date_of_death],
                                  [t13].[la_code],
                                  [t13].[load_id],
                                  [t23].[la_code] AS [la_code_right],
                                  [t23].[child_id] AS [child_id_right],
                                  [t23].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t17].[la_code],
                                    [t17].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t6].[la_code],
                                      [t6].[child_id]
                                    FROM [disability] AS [t6]
                                    WHERE
                                      [t6].[disability] <> 'NONE'
                                  ) AS [t17]
                                ) AS [t23]
                                  ON [t13].[la_code] = [t23].[la_code] AND [t13].[child_id] = [t23].[child_id]
                              ) AS [t27]
                            ) AS [t29]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t56]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t55].[la_code],
                        [t55].[month],
                        [t55].[numerator],
                        [t55].[denominator],
                        1 AS [_part],
                        COALESCE(
                          COALESCE(
                            CASE
                              WHEN (
                                (
                                  (
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 0
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
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
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 1
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
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
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 5
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
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
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 10
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
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
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
                                    ),
                                    1,
                                    0
                                  )
                                ) >= 16
                              )
                              AND (
                                (
                                  (
                                    DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                  ) - IIF(
                                    (
                                      (
                                        DATEPART(month, [t55].[ref_date]) * 100
                                      ) + DATEPART(day, [t55].[ref_date])
                                    ) < (
                                      (
                                        DATEPART(month, [t55].[_born]) * 100
                                      ) + DATEPART(day, [t55].[_born])
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
                                  DATEPART(year, [t55].[ref_date]) - DATEPART(year, [t55].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t55].[ref_date]) * 100
                                    ) + DATEPART(day, [t55].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t55].[_born]) * 100
                                    ) + DATEPART(day, [t55].[_born])
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
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[record_id],
                          [t54].[ref_date],
                          [t54].[numerator],
                          [t54].[denominator],
                          [t54].[_born],
                          [t54].[sex],
                          [t54].[ethnicity_group],
                          [t54].[disability]
                        FROM (
                          SELECT
                            [t53].[la_code],
                            [t53].[month],
                            [t53].[child_id],
                            [t53].[record_id],
                            [t53].[ref_date],
                            [t53].[numerator],
                            [t53].[denominator],
                            [t33].[la_code] AS [la_code_right],
                            [t33].[child_id] AS [child_id_right],
                            [t33].[_born],
                            [t33].[sex],
                            [t33].[ethnicity_group],
                            [t33].[disability]
                          FROM (
                            SELECT
                              [t51].[la_code],
                              [t51].[month],
                              [t51].[child_id],
                              [t51].[cin_plan_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[cin_plan_id],
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[start_date],
                                  [t46].[end_date],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[cin_plan_id],
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[start_date],
                                    [t44].[end_date],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[cin_plan_id],
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[start_date],
                                      [t41].[end_date],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t21].[cin_plan_id],
                                          [t21].[referral_id],
                                          [t21].[child_id],
                                          [t21].[start_date],
                                          [t21].[end_date],
                                          [t21].[la_code],
                                          [t21].[load_id]
                                        FROM [t18] AS [t21]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t24].[la_code],
                                                [t24].[child_id]
                                              FROM (
                                                SELECT
                                                  [t19].[la_code],
                                                  [t19].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t19]
                                                GROUP BY
                                                  [t19].[la_code],
                                                  [t19].[child_id]
                                              ) AS [t24]
                                              WHERE
                                                [t24].[_records] > 1
                                            ) AS [t28]
                                            WHERE
                                              [t21].[la_code] = [t28].[la_code] AND [t21].[child_id] = [t28].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[cin_plan_id],
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[start_date],
                                          [t37].[end_date],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[start_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[start_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[cin_plan_id],
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[start_date],
                                  [t49].[end_date],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[cin_plan_id],
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[start_date],
                                    [t48].[end_date],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[cin_plan_id],
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[start_date],
                                      [t45].[end_date],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[start_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[cin_plan_id],
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[start_date],
                                        [t43].[end_date],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[cin_plan_id],
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[start_date],
                                          [t40].[end_date],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[cin_plan_id],
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[start_date],
                                            [t37].[end_date],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[start_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[start_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
                                      ) AS [t43]
                                    ) AS [t45]
                                  ) AS [t48]
                                  WHERE
                                    [t48].[_rank] = 0
                                ) AS [t49]
                              ) AS [t50]
                            ) AS [t51]
                          ) AS [t53]
                          LEFT OUTER JOIN (
                            SELECT
                              [t29].[la_code],
                              [t29].[child_id],
                              [t29].[date_of_birth] AS [_born],
                              CASE [t29].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t29].[sex] END AS [sex],
                              IIF(
                                [t29].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t29].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t29].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t29].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t27].[child_id],
                                [t27].[upn],
                                [t27].[sex],
                                [t27].[date_of_birth],
                                [t27].[expected_date_of_birth],
                                [t27].[ethnicity],
                                [t27].[date_of_death],
                                [t27].[la_code],
                                [t27].[load_id],
                                [t27].[_disabled]
                              FROM (
                                SELECT
                                  [t13].[child_id],
                                  [t13].[upn],
                                  [t13].[sex],
                                  [t13].[date_of_birth],
                                  [t13].[expected_date_of_birth],
                                  [t13].[ethnicity],
                                  [t13].[date_of_death],
                                  [t13].[la_code],
                                  [t13].[load_id],
                                  [t23].[la_code] AS [la_code_right],
                                  [t23].[child_id] AS [child_id_right],
                                  [t23].[_disabled]
                                FROM [person] AS [t13]
                                LEFT OUTER JOIN (
                                  SELECT
                                    [t17].[la_code],
                                    [t17].[child_id],
                                    'Disabled' AS [_disabled]
                                  FROM (
                                    SELECT DISTINCT
                                      [t6].[la_code],
                                      [t6].[child_id]
                                    FROM [disability] AS [t6]
                                    WHERE
                                      [t6].[disability] <> 'NONE'
                                  ) AS [t17]
                                ) AS [t23]
                                  ON [t13].[la_code] = [t23].[la_code] AND [t13].[child_id] = [t23].[child_id]
                              ) AS [t27]
                            ) AS [t29]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t61]
                  ) AS [t62]
                ) AS [t63]
              ) AS [t64]
              GROUP BY
                [t64].[la_code],
                [t64].[month],
                [t64].[_part],
                [t64].[breakdown_value]
            ) AS [t65]
          ) AS [t66]
          GROUP BY
            [t66].[la_code],
            [t66].[indicator_id],
            [t66].[month_index],
            [t66].[breakdown],
            [t66].[breakdown_value]
        ) AS [t68]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CIN3', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t68].[indicator_id] = [t16].[indicator_id]
        CROSS JOIN (VALUES
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
          (35)) AS t12(_offset)
      ) AS [t69]
      WHERE
        [t69].[_offset] <= IIF([t69].[breakdown] = 'month_alone', 0, [t69].[months_back])
    ) AS [t71]
      ON [t71].[la_code] = [t9].[la_code]
      AND [t71].[indicator_id] = [t11].[indicator_id]
      AND [t71].[_until_index] = [t10].[month_index]
  ) AS [t72]
  GROUP BY
    [t72].[la_code],
    [t72].[indicator_id],
    [t72].[month],
    [t72].[breakdown],
    [t72].[breakdown_value],
    [t72].[unit]
)
SELECT
  [t85].[la_code],
  [t85].[indicator_id],
  [t85].[month],
  [t85].[breakdown],
  [t85].[breakdown_value],
  [t85].[numerator],
  CASE
    WHEN [t85].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t85].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t85].[denominator]
  END AS [denominator],
  CASE
    WHEN [t85].[unit] = 'count'
    THEN [t85].[numerator]
    WHEN [t85].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t85].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t85].[unit] = 'percent'
    THEN IIF(
      [t85].[denominator] > 0,
      CAST([t85].[numerator] AS FLOAT) / [t85].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t85].[denominator] > 0,
      CAST([t85].[numerator] AS FLOAT) / [t85].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t79].[la_code],
      [t79].[indicator_id],
      [t79].[month],
      [t79].[breakdown],
      [t79].[breakdown_value],
      [t79].[unit],
      [t79].[numerator],
      [t79].[denominator]
    FROM (
      SELECT
        [t25].[la_code],
        [t25].[indicator_id],
        [t25].[month],
        [t25].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t15].[la_code],
          [t15].[month],
          [t15].[month_end],
          [t15].[month_index],
          [t15].[indicator_id],
          [t15].[months_back],
          [t15].[unit]
        FROM (
          SELECT
            [t9].[la_code],
            [t10].[month],
            [t10].[month_end],
            [t10].[month_index],
            [t11].[indicator_id],
            [t11].[months_back],
            [t11].[unit]
          FROM [scorecard_councils] AS [t9]
          CROSS JOIN [scorecard_month_spine] AS [t10]
          CROSS JOIN (VALUES
            ('CIN3', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t25]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t74].[la_code],
              [t74].[indicator_id],
              [t74].[month],
              [t74].[breakdown],
              [t74].[breakdown_value],
              [t74].[unit],
              [t74].[numerator],
              [t74].[denominator]
            FROM [t73] AS [t74]
            WHERE
              [t74].[breakdown] = 'month_alone'
          ) AS [t77]
          WHERE
            [t25].[la_code] = [t77].[la_code]
            AND [t25].[indicator_id] = [t77].[indicator_id]
            AND [t25].[month] = [t77].[month]
        )
    ) AS [t79]
  ) AS [t81]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t73] AS [t74]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t80].[la_code],
        [t80].[indicator_id],
        [t80].[month],
        [t80].[breakdown],
        [t80].[breakdown_value],
        [t80].[unit],
        [t80].[numerator],
        [t80].[denominator]
      FROM (
        SELECT
          [t9].[la_code],
          [t11].[indicator_id],
          [t10].[month],
          [t11].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t9]
        CROSS JOIN [scorecard_month_spine] AS [t10]
        CROSS JOIN (VALUES
          ('CIN3', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t74].[la_code],
                [t74].[indicator_id],
                [t74].[month],
                [t74].[breakdown],
                [t74].[breakdown_value],
                [t74].[unit],
                [t74].[numerator],
                [t74].[denominator]
              FROM [t73] AS [t74]
              WHERE
                [t74].[breakdown] = 'all'
            ) AS [t78]
            WHERE
              [t9].[la_code] = [t78].[la_code]
              AND [t11].[indicator_id] = [t78].[indicator_id]
              AND [t10].[month] = [t78].[month]
          )
      ) AS [t80]
    ) AS [t82]
  ) AS [t83]
) AS [t85]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t85].[la_code] = [t8].[la_code] AND [t85].[month] = [t8].[month]
