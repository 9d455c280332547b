WITH [t18] AS (
  SELECT
    [t7].[referral_id],
    [t7].[child_id],
    [t7].[referral_date],
    [t7].[referral_source],
    [t7].[primary_need],
    [t7].[referral_nfa],
    [t7].[closure_date],
    [t7].[closure_reason],
    [t7].[team],
    [t7].[la_code],
    [t7].[load_id]
  FROM [cin_episode] AS [t7]
  WHERE
    IIF(COALESCE([t7].[referral_nfa], (1 = 0)), 1, 0) = 0
    AND [t7].[referral_date] IS NOT NULL
), [t36] AS (
  SELECT
    [t35].[referral_id],
    [t35].[child_id],
    [t35].[referral_date],
    [t35].[referral_source],
    [t35].[primary_need],
    [t35].[referral_nfa],
    [t35].[closure_date],
    [t35].[closure_reason],
    [t35].[team],
    [t35].[la_code],
    [t35].[load_id],
    [t35].[_reach],
    [t35].[_earlier_reach],
    MAX(IIF(COALESCE([t35].[_earlier_reach] > [t35].[referral_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t35].[la_code], [t35].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t34].[referral_id],
      [t34].[child_id],
      [t34].[referral_date],
      [t34].[referral_source],
      [t34].[primary_need],
      [t34].[referral_nfa],
      [t34].[closure_date],
      [t34].[closure_reason],
      [t34].[team],
      [t34].[la_code],
      [t34].[load_id],
      [t34].[_reach],
      LAG([t34].[_reach]) OVER (
        PARTITION BY [t34].[la_code], [t34].[child_id]
        ORDER BY CASE WHEN [t34].[referral_date] IS NULL THEN 1 ELSE 0 END, [t34].[referral_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t31].[referral_id],
        [t31].[child_id],
        [t31].[referral_date],
        [t31].[referral_source],
        [t31].[primary_need],
        [t31].[referral_nfa],
        [t31].[closure_date],
        [t31].[closure_reason],
        [t31].[team],
        [t31].[la_code],
        [t31].[load_id],
        MAX(COALESCE([t31].[closure_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t31].[la_code], [t31].[child_id]
          ORDER BY CASE WHEN [t31].[referral_date] IS NULL THEN 1 ELSE 0 END, [t31].[referral_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t23].[referral_id],
          [t23].[child_id],
          [t23].[referral_date],
          [t23].[referral_source],
          [t23].[primary_need],
          [t23].[referral_nfa],
          [t23].[closure_date],
          [t23].[closure_reason],
          [t23].[team],
          [t23].[la_code],
          [t23].[load_id]
        FROM [t18] AS [t23]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t25].[la_code],
                [t25].[child_id]
              FROM (
                SELECT
                  [t20].[la_code],
                  [t20].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t18] AS [t20]
                GROUP BY
                  [t20].[la_code],
                  [t20].[child_id]
              ) AS [t25]
              WHERE
                [t25].[_records] > 1
            ) AS [t29]
            WHERE
              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
          )
      ) AS [t31]
    ) AS [t34]
  ) AS [t35]
), [t77] AS (
  SELECT
    [t76].[la_code],
    [t76].[indicator_id],
    [t76].[month],
    [t76].[breakdown],
    [t76].[breakdown_value],
    [t76].[unit],
    SUM([t76].[_num]) AS [numerator],
    SUM([t76].[_den]) AS [denominator]
  FROM (
    SELECT
      [t9].[la_code],
      [t10].[month],
      [t10].[month_end],
      [t10].[month_index],
      [t11].[indicator_id],
      [t11].[months_back],
      [t11].[unit],
      [t75].[breakdown],
      [t75].[breakdown_value],
      [t75].[_num],
      [t75].[_den],
      [t75].[_until_index]
    FROM [scorecard_councils] AS [t9]
    CROSS JOIN [scorecard_month_spine] AS [t10]
    CROSS JOIN (VALUES
      ('CIN1', 0, 'count')) AS t11(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t73].[la_code],
        [t73].[indicator_id],
        [t73].[breakdown],
        [t73].[breakdown_value],
        [t73].[_num],
        [t73].[_den],
        [t73].[month_index] + [t73].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t72].[la_code],
          [t72].[indicator_id],
          [t72].[month_index],
          [t72].[breakdown],
          [t72].[breakdown_value],
          [t72].[_num],
          [t72].[_den],
          [t16].[months_back],
          [t12].[_offset]
        FROM (
          SELECT
            [t70].[la_code],
            [t70].[indicator_id],
            [t70].[month_index],
            [t70].[breakdown],
            [t70].[breakdown_value],
            SUM([t70].[numerator]) AS [_num],
            SUM([t70].[denominator]) AS [_den]
          FROM (
            SELECT
              [t69].[la_code],
              'CIN1' AS [indicator_id],
              (
                (
                  DATEPART(year, [t69].[month]) * 12
                ) + DATEPART(month, [t69].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t69].[_part] = 0
                THEN 'all'
                WHEN [t69].[_part] = 1
                THEN 'primary_need'
                WHEN [t69].[_part] = 2
                THEN 'team'
                WHEN [t69].[_part] = 3
                THEN 'age_band'
                WHEN [t69].[_part] = 4
                THEN 'sex'
                WHEN [t69].[_part] = 5
                THEN 'ethnicity_group'
                WHEN [t69].[_part] = 6
                THEN 'disability'
                ELSE NULL
              END AS [breakdown],
              [t69].[breakdown_value],
              [t69].[numerator],
              [t69].[denominator]
            FROM (
              SELECT
                [t68].[la_code],
                [t68].[month],
                [t68].[_part],
                [t68].[breakdown_value],
                SUM([t68].[numerator]) AS [numerator],
                SUM([t68].[denominator]) AS [denominator]
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
                      6 AS [_part],
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
                        [t54].[primary_need],
                        [t54].[team],
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
                          [t53].[primary_need],
                          [t53].[team],
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
                            [t51].[referral_id] AS [record_id],
                            [t51].[month_end] AS [ref_date],
                            1.0 AS [numerator],
                            1.0 AS [denominator],
                            [t51].[primary_need],
                            [t51].[team]
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t46].[referral_id],
                                [t46].[child_id],
                                [t46].[referral_date],
                                [t46].[referral_source],
                                [t46].[primary_need],
                                [t46].[referral_nfa],
                                [t46].[closure_date],
                                [t46].[closure_reason],
                                [t46].[team],
                                [t46].[la_code],
                                [t46].[load_id],
                                [t46].[month],
                                [t46].[month_end],
                                [t46].[month_index]
                              FROM (
                                SELECT
                                  [t44].[referral_id],
                                  [t44].[child_id],
                                  [t44].[referral_date],
                                  [t44].[referral_source],
                                  [t44].[primary_need],
                                  [t44].[referral_nfa],
                                  [t44].[closure_date],
                                  [t44].[closure_reason],
                                  [t44].[team],
                                  [t44].[la_code],
                                  [t44].[load_id],
                                  [t44].[_until],
                                  [t10].[month],
                                  [t10].[month_end],
                                  [t10].[month_index]
                                FROM (
                                  SELECT
                                    [t41].[referral_id],
                                    [t41].[child_id],
                                    [t41].[referral_date],
                                    [t41].[referral_source],
                                    [t41].[primary_need],
                                    [t41].[referral_nfa],
                                    [t41].[closure_date],
                                    [t41].[closure_reason],
                                    [t41].[team],
                                    [t41].[la_code],
                                    [t41].[load_id],
                                    COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t23].[referral_id],
                                        [t23].[child_id],
                                        [t23].[referral_date],
                                        [t23].[referral_source],
                                        [t23].[primary_need],
                                        [t23].[referral_nfa],
                                        [t23].[closure_date],
                                        [t23].[closure_reason],
                                        [t23].[team],
                                        [t23].[la_code],
                                        [t23].[load_id]
                                      FROM [t18] AS [t23]
                                      WHERE
                                        NOT EXISTS(
                                          SELECT
                                            1
                                          FROM (
                                            SELECT
                                              [t25].[la_code],
                                              [t25].[child_id]
                                            FROM (
                                              SELECT
                                                [t20].[la_code],
                                                [t20].[child_id],
                                                COUNT_BIG(*) AS [_records]
                                              FROM [t18] AS [t20]
                                              GROUP BY
                                                [t20].[la_code],
                                                [t20].[child_id]
                                            ) AS [t25]
                                            WHERE
                                              [t25].[_records] > 1
                                          ) AS [t29]
                                          WHERE
                                            [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                        )
                                    ) AS [t30]
                                    UNION ALL
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        [t37].[referral_id],
                                        [t37].[child_id],
                                        [t37].[referral_date],
                                        [t37].[referral_source],
                                        [t37].[primary_need],
                                        [t37].[referral_nfa],
                                        [t37].[closure_date],
                                        [t37].[closure_reason],
                                        [t37].[team],
                                        [t37].[la_code],
                                        [t37].[load_id]
                                      FROM [t36] AS [t37]
                                      WHERE
                                        IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                    ) AS [t39]
                                  ) AS [t41]
                                  WHERE
                                    [t41].[referral_date] IS NOT NULL
                                ) AS [t44]
                                INNER JOIN [scorecard_month_spine] AS [t10]
                                  ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                              ) AS [t46]
                            ) AS [t47]
                            UNION ALL
                            SELECT
                              *
                            FROM (
                              SELECT
                                [t49].[referral_id],
                                [t49].[child_id],
                                [t49].[referral_date],
                                [t49].[referral_source],
                                [t49].[primary_need],
                                [t49].[referral_nfa],
                                [t49].[closure_date],
                                [t49].[closure_reason],
                                [t49].[team],
                                [t49].[la_code],
                                [t49].[load_id],
                                [t49].[month],
                                [t49].[month_end],
                                [t49].[month_index]
                              FROM (
                                SELECT
                                  [t48].[referral_id],
                                  [t48].[child_id],
                                  [t48].[referral_date],
                                  [t48].[referral_source],
                                  [t48].[primary_need],
                                  [t48].[referral_nfa],
                                  [t48].[closure_date],
                                  [t48].[closure_reason],
                                  [t48].[team],
                                  [t48].[la_code],
                                  [t48].[load_id],
                                  [t48].[month],
                                  [t48].[month_end],
                                  [t48].[month_index],
                                  [t48].[_rank]
                                FROM (
                                  SELECT
                                    [t45].[referral_id],
                                    [t45].[child_id],
                                    [t45].[referral_date],
                                    [t45].[referral_source],
                                    [t45].[primary_need],
                                    [t45].[referral_nfa],
                                    [t45].[closure_date],
                                    [t45].[closure_reason],
                                    [t45].[team],
                                    [t45].[la_code],
                                    [t45].[load_id],
                                    [t45].[month],
                                    [t45].[month_end],
                                    [t45].[month_index],
                                    ROW_NUMBER() OVER (
                                      PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                      ORDER BY [t45].[referral_date] DESC
                                    ) - 1 AS [_rank]
                                  FROM (
                                    SELECT
                                      [t43].[referral_id],
                                      [t43].[child_id],
                                      [t43].[referral_date],
                                      [t43].[referral_source],
                                      [t43].[primary_need],
                                      [t43].[referral_nfa],
                                      [t43].[closure_date],
                                      [t43].[closure_reason],
                                      [t43].[team],
                                      [t43].[la_code],
                                      [t43].[load_id],
                                      [t43].[month],
                                      [t43].[month_end],
                                      [t43].[month_index]
                                    FROM (
                                      SELECT
                                        [t40].[referral_id],
                                        [t40].[child_id],
                                        [t40].[referral_date],
                                        [t40].[referral_source],
                                        [t40].[primary_need],
                                        [t40].[referral_nfa],
                                        [t40].[closure_date],
                                        [t40].[closure_reason],
                                        [t40].[team],
                                        [t40].[la_code],
                                        [t40].[load_id],
                                        [t40].[_until],
                                        [t10].[month],
                                        [t10].[month_end],
                                        [t10].[month_index]
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id],
                                          COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                      ) AS [t40]
                                      INNER JOIN [scorecard_month_spine] AS [t10]
                                        ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                            [t28].[la_code],
                            [t28].[child_id],
                            [t28].[date_of_birth] AS [_born],
                            CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                            IIF(
                              [t28].[ethnicity] IN ('REFU', 'NOBT'),
                              'Not known',
                              CASE
                                WHEN SUBSTRING([t28].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                THEN 'White'
                                WHEN SUBSTRING([t28].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                THEN 'Mixed'
                                WHEN SUBSTRING([t28].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                THEN 'Asian or Asian British'
                                WHEN SUBSTRING([t28].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                THEN 'Black or Black British'
                                WHEN SUBSTRING([t28].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                THEN 'Other ethnic group'
                                WHEN SUBSTRING([t28].[ethnicity], IIF((
                                  0 + 1
                                ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                THEN 'Other ethnic group'
                                ELSE 'Not known'
                              END
                            ) AS [ethnicity_group],
                            [t28].[_disabled] AS [disability]
                          FROM (
                            SELECT
                              [t26].[child_id],
                              [t26].[upn],
                              [t26].[sex],
                              [t26].[date_of_birth],
                              [t26].[expected_date_of_birth],
                              [t26].[ethnicity],
                              [t26].[date_of_death],
                              [t26].[la_code],
                              [t26].[load_id],
                              [t26].[_disabled]
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
                                [t22].[la_code] AS [la_code_right],
                                [t22].[child_id] AS [child_id_right],
                                [t22].[_disabled]
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
                              ) AS [t22]
                                ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                            ) AS [t26]
                          ) AS [t28]
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
                          [t54].[primary_need],
                          [t54].[team],
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
                            [t53].[primary_need],
                            [t53].[team],
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
                              [t51].[referral_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t51].[primary_need],
                              [t51].[team]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[referral_date],
                                  [t46].[referral_source],
                                  [t46].[primary_need],
                                  [t46].[referral_nfa],
                                  [t46].[closure_date],
                                  [t46].[closure_reason],
                                  [t46].[team],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[referral_date],
                                    [t44].[referral_source],
                                    [t44].[primary_need],
                                    [t44].[referral_nfa],
                                    [t44].[closure_date],
                                    [t44].[closure_reason],
                                    [t44].[team],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[referral_date],
                                      [t41].[referral_source],
                                      [t41].[primary_need],
                                      [t41].[referral_nfa],
                                      [t41].[closure_date],
                                      [t41].[closure_reason],
                                      [t41].[team],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t23].[referral_id],
                                          [t23].[child_id],
                                          [t23].[referral_date],
                                          [t23].[referral_source],
                                          [t23].[primary_need],
                                          [t23].[referral_nfa],
                                          [t23].[closure_date],
                                          [t23].[closure_reason],
                                          [t23].[team],
                                          [t23].[la_code],
                                          [t23].[load_id]
                                        FROM [t18] AS [t23]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t25].[la_code],
                                                [t25].[child_id]
                                              FROM (
                                                SELECT
                                                  [t20].[la_code],
                                                  [t20].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t20]
                                                GROUP BY
                                                  [t20].[la_code],
                                                  [t20].[child_id]
                                              ) AS [t25]
                                              WHERE
                                                [t25].[_records] > 1
                                            ) AS [t29]
                                            WHERE
                                              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[referral_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[referral_date],
                                  [t49].[referral_source],
                                  [t49].[primary_need],
                                  [t49].[referral_nfa],
                                  [t49].[closure_date],
                                  [t49].[closure_reason],
                                  [t49].[team],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[referral_date],
                                    [t48].[referral_source],
                                    [t48].[primary_need],
                                    [t48].[referral_nfa],
                                    [t48].[closure_date],
                                    [t48].[closure_reason],
                                    [t48].[team],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[referral_date],
                                      [t45].[referral_source],
                                      [t45].[primary_need],
                                      [t45].[referral_nfa],
                                      [t45].[closure_date],
                                      [t45].[closure_reason],
                                      [t45].[team],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[referral_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[referral_date],
                                        [t43].[referral_source],
                                        [t43].[primary_need],
                                        [t43].[referral_nfa],
                                        [t43].[closure_date],
                                        [t43].[closure_reason],
                                        [t43].[team],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[referral_date],
                                          [t40].[referral_source],
                                          [t40].[primary_need],
                                          [t40].[referral_nfa],
                                          [t40].[closure_date],
                                          [t40].[closure_reason],
                                          [t40].[team],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[referral_date],
                                            [t37].[referral_source],
                                            [t37].[primary_need],
                                            [t37].[referral_nfa],
                                            [t37].[closure_date],
                                            [t37].[closure_reason],
                                            [t37].[team],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                              [t28].[la_code],
                              [t28].[child_id],
                              [t28].[date_of_birth] AS [_born],
                              CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                              IIF(
                                [t28].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t28].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[upn],
                                [t26].[sex],
                                [t26].[date_of_birth],
                                [t26].[expected_date_of_birth],
                                [t26].[ethnicity],
                                [t26].[date_of_death],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t26]
                            ) AS [t28]
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
                        COALESCE([t55].[primary_need], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[record_id],
                          [t54].[ref_date],
                          [t54].[numerator],
                          [t54].[denominator],
                          [t54].[primary_need],
                          [t54].[team],
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
                            [t53].[primary_need],
                            [t53].[team],
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
                              [t51].[referral_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t51].[primary_need],
                              [t51].[team]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[referral_date],
                                  [t46].[referral_source],
                                  [t46].[primary_need],
                                  [t46].[referral_nfa],
                                  [t46].[closure_date],
                                  [t46].[closure_reason],
                                  [t46].[team],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[referral_date],
                                    [t44].[referral_source],
                                    [t44].[primary_need],
                                    [t44].[referral_nfa],
                                    [t44].[closure_date],
                                    [t44].[closure_reason],
                                    [t44].[team],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[referral_date],
                                      [t41].[referral_source],
                                      [t41].[primary_need],
                                      [t41].[referral_nfa],
                                      [t41].[closure_date],
                                      [t41].[closure_reason],
                                      [t41].[team],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t23].[referral_id],
                                          [t23].[child_id],
                                          [t23].[referral_date],
                                          [t23].[referral_source],
                                          [t23].[primary_need],
                                          [t23].[referral_nfa],
                                          [t23].[closure_date],
                                          [t23].[closure_reason],
                                          [t23].[team],
                                          [t23].[la_code],
                                          [t23].[load_id]
                                        FROM [t18] AS [t23]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t25].[la_code],
                                                [t25].[child_id]
                                              FROM (
                                                SELECT
                                                  [t20].[la_code],
                                                  [t20].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t20]
                                                GROUP BY
                                                  [t20].[la_code],
                                                  [t20].[child_id]
                                              ) AS [t25]
                                              WHERE
                                                [t25].[_records] > 1
                                            ) AS [t29]
                                            WHERE
                                              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[referral_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[referral_date],
                                  [t49].[referral_source],
                                  [t49].[primary_need],
                                  [t49].[referral_nfa],
                                  [t49].[closure_date],
                                  [t49].[closure_reason],
                                  [t49].[team],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[referral_date],
                                    [t48].[referral_source],
                                    [t48].[primary_need],
                                    [t48].[referral_nfa],
                                    [t48].[closure_date],
                                    [t48].[closure_reason],
                                    [t48].[team],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[referral_date],
                                      [t45].[referral_source],
                                      [t45].[primary_need],
                                      [t45].[referral_nfa],
                                      [t45].[closure_date],
                                      [t45].[closure_reason],
                                      [t45].[team],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[referral_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[referral_date],
                                        [t43].[referral_source],
                                        [t43].[primary_need],
                                        [t43].[referral_nfa],
                                        [t43].[closure_date],
                                        [t43].[closure_reason],
                                        [t43].[team],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[referral_date],
                                          [t40].[referral_source],
                                          [t40].[primary_need],
                                          [t40].[referral_nfa],
                                          [t40].[closure_date],
                                          [t40].[closure_reason],
                                          [t40].[team],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[referral_date],
                                            [t37].[referral_source],
                                            [t37].[primary_need],
                                            [t37].[referral_nfa],
                                            [t37].[closure_date],
                                            [t37].[closure_reason],
                                            [t37].[team],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                              [t28].[la_code],
                              [t28].[child_id],
                              [t28].[date_of_birth] AS [_born],
                              CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                              IIF(
                                [t28].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t28].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[upn],
                                [t26].[sex],
                                [t26].[date_of_birth],
                                [t26].[expected_date_of_birth],
                                [t26].[ethnicity],
                                [t26].[date_of_death],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t26]
                            ) AS [t28]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t57]
                  ) AS [t60]
                ) AS [t63]
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
                        [t55].[la_code],
                        [t55].[month],
                        [t55].[numerator],
                        [t55].[denominator],
                        2 AS [_part],
                        COALESCE([t55].[team], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t54].[la_code],
                          [t54].[month],
                          [t54].[child_id],
                          [t54].[record_id],
                          [t54].[ref_date],
                          [t54].[numerator],
                          [t54].[denominator],
                          [t54].[primary_need],
                          [t54].[team],
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
                            [t53].[primary_need],
                            [t53].[team],
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
                              [t51].[referral_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t51].[primary_need],
                              [t51].[team]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[referral_date],
                                  [t46].[referral_source],
                                  [t46].[primary_need],
                                  [t46].[referral_nfa],
                                  [t46].[closure_date],
                                  [t46].[closure_reason],
                                  [t46].[team],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[referral_date],
                                    [t44].[referral_source],
                                    [t44].[primary_need],
                                    [t44].[referral_nfa],
                                    [t44].[closure_date],
                                    [t44].[closure_reason],
                                    [t44].[team],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[referral_date],
                                      [t41].[referral_source],
                                      [t41].[primary_need],
                                      [t41].[referral_nfa],
                                      [t41].[closure_date],
                                      [t41].[closure_reason],
                                      [t41].[team],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t23].[referral_id],
                                          [t23].[child_id],
                                          [t23].[referral_date],
                                          [t23].[referral_source],
                                          [t23].[primary_need],
                                          [t23].[referral_nfa],
                                          [t23].[closure_date],
                                          [t23].[closure_reason],
                                          [t23].[team],
                                          [t23].[la_code],
                                          [t23].[load_id]
                                        FROM [t18] AS [t23]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t25].[la_code],
                                                [t25].[child_id]
                                              FROM (
                                                SELECT
                                                  [t20].[la_code],
                                                  [t20].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t20]
                                                GROUP BY
                                                  [t20].[la_code],
                                                  [t20].[child_id]
                                              ) AS [t25]
                                              WHERE
                                                [t25].[_records] > 1
                                            ) AS [t29]
                                            WHERE
                                              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[referral_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[referral_date],
                                  [t49].[referral_source],
                                  [t49].[primary_need],
                                  [t49].[referral_nfa],
                                  [t49].[closure_date],
                                  [t49].[closure_reason],
                                  [t49].[team],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[referral_date],
                                    [t48].[referral_source],
                                    [t48].[primary_need],
                                    [t48].[referral_nfa],
                                    [t48].[closure_date],
                                    [t48].[closure_reason],
                                    [t48].[team],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[referral_date],
                                      [t45].[referral_source],
                                      [t45].[primary_need],
                                      [t45].[referral_nfa],
                                      [t45].[closure_date],
                                      [t45].[closure_reason],
                                      [t45].[team],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[referral_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[referral_date],
                                        [t43].[referral_source],
                                        [t43].[primary_need],
                                        [t43].[referral_nfa],
                                        [t43].[closure_date],
                                        [t43].[closure_reason],
                                        [t43].[team],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[referral_date],
                                          [t40].[referral_source],
                                          [t40].[primary_need],
                                          [t40].[referral_nfa],
                                          [t40].[closure_date],
                                          [t40].[closure_reason],
                                          [t40].[team],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[referral_date],
                                            [t37].[referral_source],
                                            [t37].[primary_need],
                                            [t37].[referral_nfa],
                                            [t37].[closure_date],
                                            [t37].[closure_reason],
                                            [t37].[team],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                              [t28].[la_code],
                              [t28].[child_id],
                              [t28].[date_of_birth] AS [_born],
                              CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                              IIF(
                                [t28].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t28].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[upn],
                                [t26].[sex],
                                [t26].[date_of_birth],
                                [t26].[expected_date_of_birth],
                                [t26].[ethnicity],
                                [t26].[date_of_death],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t26]
                            ) AS [t28]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t58]
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
                          [t54].[primary_need],
                          [t54].[team],
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
                            [t53].[primary_need],
                            [t53].[team],
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
                              [t51].[referral_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t51].[primary_need],
                              [t51].[team]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[referral_date],
                                  [t46].[referral_source],
                                  [t46].[primary_need],
                                  [t46].[referral_nfa],
                                  [t46].[closure_date],
                                  [t46].[closure_reason],
                                  [t46].[team],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[referral_date],
                                    [t44].[referral_source],
                                    [t44].[primary_need],
                                    [t44].[referral_nfa],
                                    [t44].[closure_date],
                                    [t44].[closure_reason],
                                    [t44].[team],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[referral_date],
                                      [t41].[referral_source],
                                      [t41].[primary_need],
                                      [t41].[referral_nfa],
                                      [t41].[closure_date],
                                      [t41].[closure_reason],
                                      [t41].[team],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t23].[referral_id],
                                          [t23].[child_id],
                                          [t23].[referral_date],
                                          [t23].[referral_source],
                                          [t23].[primary_need],
                                          [t23].[referral_nfa],
                                          [t23].[closure_date],
                                          [t23].[closure_reason],
                                          [t23].[team],
                                          [t23].[la_code],
                                          [t23].[load_id]
                                        FROM [t18] AS [t23]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t25].[la_code],
                                                [t25].[child_id]
                                              FROM (
                                                SELECT
                                                  [t20].[la_code],
                                                  [t20].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t20]
                                                GROUP BY
                                                  [t20].[la_code],
                                                  [t20].[child_id]
                                              ) AS [t25]
                                              WHERE
                                                [t25].[_records] > 1
                                            ) AS [t29]
                                            WHERE
                                              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[referral_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[referral_date],
                                  [t49].[referral_source],
                                  [t49].[primary_need],
                                  [t49].[referral_nfa],
                                  [t49].[closure_date],
                                  [t49].[closure_reason],
                                  [t49].[team],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[referral_date],
                                    [t48].[referral_source],
                                    [t48].[primary_need],
                                    [t48].[referral_nfa],
                                    [t48].[closure_date],
                                    [t48].[closure_reason],
                                    [t48].[team],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[referral_date],
                                      [t45].[referral_source],
                                      [t45].[primary_need],
                                      [t45].[referral_nfa],
                                      [t45].[closure_date],
                                      [t45].[closure_reason],
                                      [t45].[team],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[referral_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[referral_date],
                                        [t43].[referral_source],
                                        [t43].[primary_need],
                                        [t43].[referral_nfa],
                                        [t43].[closure_date],
                                        [t43].[closure_reason],
                                        [t43].[team],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[referral_date],
                                          [t40].[referral_source],
                                          [t40].[primary_need],
                                          [t40].[referral_nfa],
                                          [t40].[closure_date],
                                          [t40].[closure_reason],
                                          [t40].[team],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[referral_date],
                                            [t37].[referral_source],
                                            [t37].[primary_need],
                                            [t37].[referral_nfa],
                                            [t37].[closure_date],
                                            [t37].[closure_reason],
                                            [t37].[team],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                              [t28].[la_code],
                              [t28].[child_id],
                              [t28].[date_of_birth] AS [_born],
                              CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                              IIF(
                                [t28].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t28].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[upn],
                                [t26].[sex],
                                [t26].[date_of_birth],
                                [t26].[expected_date_of_birth],
                                [t26].[ethnicity],
                                [t26].[date_of_death],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t26]
                            ) AS [t28]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t65]
                  ) AS [t66]
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
                          [t54].[primary_need],
                          [t54].[team],
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
                            [t53].[primary_need],
                            [t53].[team],
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
                              [t51].[referral_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t51].[primary_need],
                              [t51].[team]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[referral_date],
                                  [t46].[referral_source],
                                  [t46].[primary_need],
                                  [t46].[referral_nfa],
                                  [t46].[closure_date],
                                  [t46].[closure_reason],
                                  [t46].[team],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[referral_date],
                                    [t44].[referral_source],
                                    [t44].[primary_need],
                                    [t44].[referral_nfa],
                                    [t44].[closure_date],
                                    [t44].[closure_reason],
                                    [t44].[team],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[referral_date],
                                      [t41].[referral_source],
                                      [t41].[primary_need],
                                      [t41].[referral_nfa],
                                      [t41].[closure_date],
                                      [t41].[closure_reason],
                                      [t41].[team],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t23].[referral_id],
                                          [t23].[child_id],
                                          [t23].[referral_date],
                                          [t23].[referral_source],
                                          [t23].[primary_need],
                                          [t23].[referral_nfa],
                                          [t23].[closure_date],
                                          [t23].[closure_reason],
                                          [t23].[team],
                                          [t23].[la_code],
                                          [t23].[load_id]
                                        FROM [t18] AS [t23]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t25].[la_code],
                                                [t25].[child_id]
                                              FROM (
                                                SELECT
                                                  [t20].[la_code],
                                                  [t20].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t20]
                                                GROUP BY
                                                  [t20].[la_code],
                                                  [t20].[child_id]
                                              ) AS [t25]
                                              WHERE
                                                [t25].[_records] > 1
                                            ) AS [t29]
                                            WHERE
                                              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[referral_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[referral_date],
                                  [t49].[referral_source],
                                  [t49].[primary_need],
                                  [t49].[referral_nfa],
                                  [t49].[closure_date],
                                  [t49].[closure_reason],
                                  [t49].[team],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[referral_date],
                                    [t48].[referral_source],
                                    [t48].[primary_need],
                                    [t48].[referral_nfa],
                                    [t48].[closure_date],
                                    [t48].[closure_reason],
                                    [t48].[team],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[referral_date],
                                      [t45].[referral_source],
                                      [t45].[primary_need],
                                      [t45].[referral_nfa],
                                      [t45].[closure_date],
                                      [t45].[closure_reason],
                                      [t45].[team],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[referral_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[referral_date],
                                        [t43].[referral_source],
                                        [t43].[primary_need],
                                        [t43].[referral_nfa],
                                        [t43].[closure_date],
                                        [t43].[closure_reason],
                                        [t43].[team],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[referral_date],
                                          [t40].[referral_source],
                                          [t40].[primary_need],
                                          [t40].[referral_nfa],
                                          [t40].[closure_date],
                                          [t40].[closure_reason],
                                          [t40].[team],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[referral_date],
                                            [t37].[referral_source],
                                            [t37].[primary_need],
                                            [t37].[referral_nfa],
                                            [t37].[closure_date],
                                            [t37].[closure_reason],
                                            [t37].[team],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                              [t28].[la_code],
                              [t28].[child_id],
                              [t28].[date_of_birth] AS [_born],
                              CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                              IIF(
                                [t28].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t28].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[upn],
                                [t26].[sex],
                                [t26].[date_of_birth],
                                [t26].[expected_date_of_birth],
                                [t26].[ethnicity],
                                [t26].[date_of_death],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t26]
                            ) AS [t28]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t61]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t55].[la_code],
                        [t55].[month],
                        [t55].[numerator],
                        [t55].[denominator],
                        5 AS [_part],
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
                          [t54].[primary_need],
                          [t54].[team],
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
                            [t53].[primary_need],
                            [t53].[team],
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
                              [t51].[referral_id] AS [record_id],
                              [t51].[month_end] AS [ref_date],
                              1.0 AS [numerator],
                              1.0 AS [denominator],
                              [t51].[primary_need],
                              [t51].[team]
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t46].[referral_id],
                                  [t46].[child_id],
                                  [t46].[referral_date],
                                  [t46].[referral_source],
                                  [t46].[primary_need],
                                  [t46].[referral_nfa],
                                  [t46].[closure_date],
                                  [t46].[closure_reason],
                                  [t46].[team],
                                  [t46].[la_code],
                                  [t46].[load_id],
                                  [t46].[month],
                                  [t46].[month_end],
                                  [t46].[month_index]
                                FROM (
                                  SELECT
                                    [t44].[referral_id],
                                    [t44].[child_id],
                                    [t44].[referral_date],
                                    [t44].[referral_source],
                                    [t44].[primary_need],
                                    [t44].[referral_nfa],
                                    [t44].[closure_date],
                                    [t44].[closure_reason],
                                    [t44].[team],
                                    [t44].[la_code],
                                    [t44].[load_id],
                                    [t44].[_until],
                                    [t10].[month],
                                    [t10].[month_end],
                                    [t10].[month_index]
                                  FROM (
                                    SELECT
                                      [t41].[referral_id],
                                      [t41].[child_id],
                                      [t41].[referral_date],
                                      [t41].[referral_source],
                                      [t41].[primary_need],
                                      [t41].[referral_nfa],
                                      [t41].[closure_date],
                                      [t41].[closure_reason],
                                      [t41].[team],
                                      [t41].[la_code],
                                      [t41].[load_id],
                                      COALESCE([t41].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t23].[referral_id],
                                          [t23].[child_id],
                                          [t23].[referral_date],
                                          [t23].[referral_source],
                                          [t23].[primary_need],
                                          [t23].[referral_nfa],
                                          [t23].[closure_date],
                                          [t23].[closure_reason],
                                          [t23].[team],
                                          [t23].[la_code],
                                          [t23].[load_id]
                                        FROM [t18] AS [t23]
                                        WHERE
                                          NOT EXISTS(
                                            SELECT
                                              1
                                            FROM (
                                              SELECT
                                                [t25].[la_code],
                                                [t25].[child_id]
                                              FROM (
                                                SELECT
                                                  [t20].[la_code],
                                                  [t20].[child_id],
                                                  COUNT_BIG(*) AS [_records]
                                                FROM [t18] AS [t20]
                                                GROUP BY
                                                  [t20].[la_code],
                                                  [t20].[child_id]
                                              ) AS [t25]
                                              WHERE
                                                [t25].[_records] > 1
                                            ) AS [t29]
                                            WHERE
                                              [t23].[la_code] = [t29].[la_code] AND [t23].[child_id] = [t29].[child_id]
                                          )
                                      ) AS [t30]
                                      UNION ALL
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          [t37].[referral_id],
                                          [t37].[child_id],
                                          [t37].[referral_date],
                                          [t37].[referral_source],
                                          [t37].[primary_need],
                                          [t37].[referral_nfa],
                                          [t37].[closure_date],
                                          [t37].[closure_reason],
                                          [t37].[team],
                                          [t37].[la_code],
                                          [t37].[load_id]
                                        FROM [t36] AS [t37]
                                        WHERE
                                          IIF([t37].[_overlaps] <> 0, 1, 0) = 0
                                      ) AS [t39]
                                    ) AS [t41]
                                    WHERE
                                      [t41].[referral_date] IS NOT NULL
                                  ) AS [t44]
                                  INNER JOIN [scorecard_month_spine] AS [t10]
                                    ON [t44].[referral_date] <= [t10].[month_end] AND [t44].[_until] > [t10].[month_end]
                                ) AS [t46]
                              ) AS [t47]
                              UNION ALL
                              SELECT
                                *
                              FROM (
                                SELECT
                                  [t49].[referral_id],
                                  [t49].[child_id],
                                  [t49].[referral_date],
                                  [t49].[referral_source],
                                  [t49].[primary_need],
                                  [t49].[referral_nfa],
                                  [t49].[closure_date],
                                  [t49].[closure_reason],
                                  [t49].[team],
                                  [t49].[la_code],
                                  [t49].[load_id],
                                  [t49].[month],
                                  [t49].[month_end],
                                  [t49].[month_index]
                                FROM (
                                  SELECT
                                    [t48].[referral_id],
                                    [t48].[child_id],
                                    [t48].[referral_date],
                                    [t48].[referral_source],
                                    [t48].[primary_need],
                                    [t48].[referral_nfa],
                                    [t48].[closure_date],
                                    [t48].[closure_reason],
                                    [t48].[team],
                                    [t48].[la_code],
                                    [t48].[load_id],
                                    [t48].[month],
                                    [t48].[month_end],
                                    [t48].[month_index],
                                    [t48].[_rank]
                                  FROM (
                                    SELECT
                                      [t45].[referral_id],
                                      [t45].[child_id],
                                      [t45].[referral_date],
                                      [t45].[referral_source],
                                      [t45].[primary_need],
                                      [t45].[referral_nfa],
                                      [t45].[closure_date],
                                      [t45].[closure_reason],
                                      [t45].[team],
                                      [t45].[la_code],
                                      [t45].[load_id],
                                      [t45].[month],
                                      [t45].[month_end],
                                      [t45].[month_index],
                                      ROW_NUMBER() OVER (
                                        PARTITION BY [t45].[la_code], [t45].[child_id], [t45].[month]
                                        ORDER BY [t45].[referral_date] DESC
                                      ) - 1 AS [_rank]
                                    FROM (
                                      SELECT
                                        [t43].[referral_id],
                                        [t43].[child_id],
                                        [t43].[referral_date],
                                        [t43].[referral_source],
                                        [t43].[primary_need],
                                        [t43].[referral_nfa],
                                        [t43].[closure_date],
                                        [t43].[closure_reason],
                                        [t43].[team],
                                        [t43].[la_code],
                                        [t43].[load_id],
                                        [t43].[month],
                                        [t43].[month_end],
                                        [t43].[month_index]
                                      FROM (
                                        SELECT
                                          [t40].[referral_id],
                                          [t40].[child_id],
                                          [t40].[referral_date],
                                          [t40].[referral_source],
                                          [t40].[primary_need],
                                          [t40].[referral_nfa],
                                          [t40].[closure_date],
                                          [t40].[closure_reason],
                                          [t40].[team],
                                          [t40].[la_code],
                                          [t40].[load_id],
                                          [t40].[_until],
                                          [t10].[month],
                                          [t10].[month_end],
                                          [t10].[month_index]
                                        FROM (
                                          SELECT
                                            [t37].[referral_id],
                                            [t37].[child_id],
                                            [t37].[referral_date],
                                            [t37].[referral_source],
                                            [t37].[primary_need],
                                            [t37].[referral_nfa],
                                            [t37].[closure_date],
                                            [t37].[closure_reason],
                                            [t37].[team],
                                            [t37].[la_code],
                                            [t37].[load_id],
                                            COALESCE([t37].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                          FROM [t36] AS [t37]
                                          WHERE
                                            [t37].[_overlaps] <> 0 AND [t37].[referral_date] IS NOT NULL
                                        ) AS [t40]
                                        INNER JOIN [scorecard_month_spine] AS [t10]
                                          ON [t40].[referral_date] <= [t10].[month_end] AND [t40].[_until] > [t10].[month_end]
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
                              [t28].[la_code],
                              [t28].[child_id],
                              [t28].[date_of_birth] AS [_born],
                              CASE [t28].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t28].[sex] END AS [sex],
                              IIF(
                                [t28].[ethnicity] IN ('REFU', 'NOBT'),
                                'Not known',
                                CASE
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'W'
                                  THEN 'White'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'M'
                                  THEN 'Mixed'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'A'
                                  THEN 'Asian or Asian British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'B'
                                  THEN 'Black or Black British'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'C'
                                  THEN 'Other ethnic group'
                                  WHEN SUBSTRING([t28].[ethnicity], IIF((
                                    0 + 1
                                  ) >= 1, 0 + 1, 0 + 1 + LEN([t28].[ethnicity])), 1) = 'O'
                                  THEN 'Other ethnic group'
                                  ELSE 'Not known'
                                END
                              ) AS [ethnicity_group],
                              [t28].[_disabled] AS [disability]
                            FROM (
                              SELECT
                                [t26].[child_id],
                                [t26].[upn],
                                [t26].[sex],
                                [t26].[date_of_birth],
                                [t26].[expected_date_of_birth],
                                [t26].[ethnicity],
                                [t26].[date_of_death],
                                [t26].[la_code],
                                [t26].[load_id],
                                [t26].[_disabled]
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
                                  [t22].[la_code] AS [la_code_right],
                                  [t22].[child_id] AS [child_id_right],
                                  [t22].[_disabled]
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
                                ) AS [t22]
                                  ON [t13].[la_code] = [t22].[la_code] AND [t13].[child_id] = [t22].[child_id]
                              ) AS [t26]
                            ) AS [t28]
                          ) AS [t33]
                            ON [t53].[la_code] = [t33].[la_code] AND [t53].[child_id] = [t33].[child_id]
                        ) AS [t54]
                      ) AS [t55]
                    ) AS [t62]
                  ) AS [t64]
                ) AS [t67]
              ) AS [t68]
              GROUP BY
                [t68].[la_code],
                [t68].[month],
                [t68].[_part],
                [t68].[breakdown_value]
            ) AS [t69]
          ) AS [t70]
          GROUP BY
            [t70].[la_code],
            [t70].[indicator_id],
            [t70].[month_index],
            [t70].[breakdown],
            [t70].[breakdown_value]
        ) AS [t72]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('CIN1', 0, 'count')) AS t3(indicator_id, months_back, unit)
        ) AS [t16]
          ON [t72].[indicator_id] = [t16].[indicator_id]
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
      ) AS [t73]
      WHERE
        [t73].[_offset] <= IIF([t73].[breakdown] = 'month_alone', 0, [t73].[months_back])
    ) AS [t75]
      ON [t75].[la_code] = [t9].[la_code]
      AND [t75].[indicator_id] = [t11].[indicator_id]
      AND [t75].[_until_index] = [t10].[month_index]
  ) AS [t76]
  GROUP BY
    [t76].[la_code],
    [t76].[indicator_id],
    [t76].[month],
    [t76].[breakdown],
    [t76].[breakdown_value],
    [t76].[unit]
)
SELECT
  [t89].[la_code],
  [t89].[indicator_id],
  [t89].[month],
  [t89].[breakdown],
  [t89].[breakdown_value],
  [t89].[numerator],
  CASE
    WHEN [t89].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t89].[unit] = 'rate'
    THEN CAST([t8].[population] AS FLOAT)
    ELSE [t89].[denominator]
  END AS [denominator],
  CASE
    WHEN [t89].[unit] = 'count'
    THEN [t89].[numerator]
    WHEN [t89].[unit] = 'rate'
    THEN IIF(
      CAST([t8].[population] AS FLOAT) > 0,
      (
        [t89].[numerator] * 10000
      ) / CAST([t8].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t89].[unit] = 'percent'
    THEN IIF(
      [t89].[denominator] > 0,
      CAST([t89].[numerator] AS FLOAT) / [t89].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t89].[denominator] > 0,
      CAST([t89].[numerator] AS FLOAT) / [t89].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t83].[la_code],
      [t83].[indicator_id],
      [t83].[month],
      [t83].[breakdown],
      [t83].[breakdown_value],
      [t83].[unit],
      [t83].[numerator],
      [t83].[denominator]
    FROM (
      SELECT
        [t24].[la_code],
        [t24].[indicator_id],
        [t24].[month],
        [t24].[unit],
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
            ('CIN1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        ) AS [t15]
        WHERE
          [t15].[months_back] > 0
      ) AS [t24]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t78].[la_code],
              [t78].[indicator_id],
              [t78].[month],
              [t78].[breakdown],
              [t78].[breakdown_value],
              [t78].[unit],
              [t78].[numerator],
              [t78].[denominator]
            FROM [t77] AS [t78]
            WHERE
              [t78].[breakdown] = 'month_alone'
          ) AS [t81]
          WHERE
            [t24].[la_code] = [t81].[la_code]
            AND [t24].[indicator_id] = [t81].[indicator_id]
            AND [t24].[month] = [t81].[month]
        )
    ) AS [t83]
  ) AS [t85]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t77] AS [t78]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t84].[la_code],
        [t84].[indicator_id],
        [t84].[month],
        [t84].[breakdown],
        [t84].[breakdown_value],
        [t84].[unit],
        [t84].[numerator],
        [t84].[denominator]
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
          ('CIN1', 0, 'count')) AS t11(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t78].[la_code],
                [t78].[indicator_id],
                [t78].[month],
                [t78].[breakdown],
                [t78].[breakdown_value],
                [t78].[unit],
                [t78].[numerator],
                [t78].[denominator]
              FROM [t77] AS [t78]
              WHERE
                [t78].[breakdown] = 'all'
            ) AS [t82]
            WHERE
              [t9].[la_code] = [t82].[la_code]
              AND [t11].[indicator_id] = [t82].[indicator_id]
              AND [t10].[month] = [t82].[month]
          )
      ) AS [t84]
    ) AS [t86]
  ) AS [t87]
) AS [t89]
LEFT OUTER JOIN [scorecard_population] AS [t8]
  ON [t89].[la_code] = [t8].[la_code] AND [t89].[month] = [t8].[month]
