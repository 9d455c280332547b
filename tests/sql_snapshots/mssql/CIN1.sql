WITH [t15] AS (
  SELECT
    [t6].[referral_id],
    [t6].[child_id],
    [t6].[referral_date],
    [t6].[referral_source],
    [t6].[primary_need],
    [t6].[referral_nfa],
    [t6].[closure_date],
    [t6].[closure_reason],
    [t6].[team],
    [t6].[la_code],
    [t6].[load_id]
  FROM [cin_episode] AS [t6]
  WHERE
    IIF(COALESCE([t6].[referral_nfa], (1 = 0)), 1, 0) = 0
    AND [t6].[referral_date] IS NOT NULL
), [t32] AS (
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
    [t31].[_reach],
    [t31].[_earlier_reach],
    MAX(IIF(COALESCE([t31].[_earlier_reach] > [t31].[referral_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t31].[la_code], [t31].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t30].[referral_id],
      [t30].[child_id],
      [t30].[referral_date],
      [t30].[referral_source],
      [t30].[primary_need],
      [t30].[referral_nfa],
      [t30].[closure_date],
      [t30].[closure_reason],
      [t30].[team],
      [t30].[la_code],
      [t30].[load_id],
      [t30].[_reach],
      LAG([t30].[_reach]) OVER (
        PARTITION BY [t30].[la_code], [t30].[child_id]
        ORDER BY CASE WHEN [t30].[referral_date] IS NULL THEN 1 ELSE 0 END, [t30].[referral_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t29].[referral_id],
        [t29].[child_id],
        [t29].[referral_date],
        [t29].[referral_source],
        [t29].[primary_need],
        [t29].[referral_nfa],
        [t29].[closure_date],
        [t29].[closure_reason],
        [t29].[team],
        [t29].[la_code],
        [t29].[load_id],
        MAX(COALESCE([t29].[closure_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t29].[la_code], [t29].[child_id]
          ORDER BY CASE WHEN [t29].[referral_date] IS NULL THEN 1 ELSE 0 END, [t29].[referral_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t20].[referral_id],
          [t20].[child_id],
          [t20].[referral_date],
          [t20].[referral_source],
          [t20].[primary_need],
          [t20].[referral_nfa],
          [t20].[closure_date],
          [t20].[closure_reason],
          [t20].[team],
          [t20].[la_code],
          [t20].[load_id]
        FROM [t15] AS [t20]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t22].[la_code],
                [t22].[child_id]
              FROM (
                SELECT
                  [t17].[la_code],
                  [t17].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t15] AS [t17]
                GROUP BY
                  [t17].[la_code],
                  [t17].[child_id]
              ) AS [t22]
              WHERE
                [t22].[_records] > 1
            ) AS [t26]
            WHERE
              [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
          )
      ) AS [t29]
    ) AS [t30]
  ) AS [t31]
), [t70] AS (
  SELECT
    [t69].[la_code],
    [t69].[indicator_id],
    [t69].[month],
    [t69].[breakdown],
    [t69].[breakdown_value],
    [t69].[unit],
    SUM([t69].[_num]) AS [numerator],
    SUM([t69].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t68].[la_code] AS [la_code_right],
      [t68].[indicator_id] AS [indicator_id_right],
      [t68].[month_index] AS [month_index_right],
      [t68].[breakdown],
      [t68].[breakdown_value],
      [t68].[_num],
      [t68].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
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
          'CIN1' AS [indicator_id],
          (
            (
              DATEPART(year, [t65].[month]) * 12
            ) + DATEPART(month, [t65].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t65].[_part] = 0
            THEN 'all'
            WHEN [t65].[_part] = 1
            THEN 'primary_need'
            WHEN [t65].[_part] = 2
            THEN 'team'
            WHEN [t65].[_part] = 3
            THEN 'age_band'
            WHEN [t65].[_part] = 4
            THEN 'sex'
            WHEN [t65].[_part] = 5
            THEN 'ethnicity_group'
            WHEN [t65].[_part] = 6
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
                  [t51].[la_code],
                  [t51].[month],
                  [t51].[numerator],
                  [t51].[denominator],
                  6 AS [_part],
                  COALESCE(COALESCE([t51].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t50].[la_code],
                    [t50].[month],
                    [t50].[child_id],
                    [t50].[record_id],
                    [t50].[ref_date],
                    [t50].[numerator],
                    [t50].[denominator],
                    [t50].[primary_need],
                    [t50].[team],
                    [t50].[sex],
                    [t50].[ethnicity],
                    [t50].[date_of_birth],
                    [t50].[_disabled]
                  FROM (
                    SELECT
                      [t49].[la_code],
                      [t49].[month],
                      [t49].[child_id],
                      [t49].[record_id],
                      [t49].[ref_date],
                      [t49].[numerator],
                      [t49].[denominator],
                      [t49].[primary_need],
                      [t49].[team],
                      [t27].[la_code] AS [la_code_right],
                      [t27].[child_id] AS [child_id_right],
                      [t27].[sex],
                      [t27].[ethnicity],
                      [t27].[date_of_birth],
                      [t27].[_disabled]
                    FROM (
                      SELECT
                        [t47].[la_code],
                        [t47].[month],
                        [t47].[child_id],
                        [t47].[referral_id] AS [record_id],
                        [t47].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        [t47].[primary_need],
                        [t47].[team]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t42].[referral_id],
                            [t42].[child_id],
                            [t42].[referral_date],
                            [t42].[referral_source],
                            [t42].[primary_need],
                            [t42].[referral_nfa],
                            [t42].[closure_date],
                            [t42].[closure_reason],
                            [t42].[team],
                            [t42].[la_code],
                            [t42].[load_id],
                            [t42].[month],
                            [t42].[month_end],
                            [t42].[month_index]
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
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
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
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t20].[referral_id],
                                    [t20].[child_id],
                                    [t20].[referral_date],
                                    [t20].[referral_source],
                                    [t20].[primary_need],
                                    [t20].[referral_nfa],
                                    [t20].[closure_date],
                                    [t20].[closure_reason],
                                    [t20].[team],
                                    [t20].[la_code],
                                    [t20].[load_id]
                                  FROM [t15] AS [t20]
                                  WHERE
                                    NOT EXISTS(
                                      SELECT
                                        1
                                      FROM (
                                        SELECT
                                          [t22].[la_code],
                                          [t22].[child_id]
                                        FROM (
                                          SELECT
                                            [t17].[la_code],
                                            [t17].[child_id],
                                            COUNT_BIG(*) AS [_records]
                                          FROM [t15] AS [t17]
                                          GROUP BY
                                            [t17].[la_code],
                                            [t17].[child_id]
                                        ) AS [t22]
                                        WHERE
                                          [t22].[_records] > 1
                                      ) AS [t26]
                                      WHERE
                                        [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                    )
                                ) AS [t28]
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t33].[referral_id],
                                    [t33].[child_id],
                                    [t33].[referral_date],
                                    [t33].[referral_source],
                                    [t33].[primary_need],
                                    [t33].[referral_nfa],
                                    [t33].[closure_date],
                                    [t33].[closure_reason],
                                    [t33].[team],
                                    [t33].[la_code],
                                    [t33].[load_id]
                                  FROM [t32] AS [t33]
                                  WHERE
                                    IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                ) AS [t35]
                              ) AS [t37]
                              WHERE
                                [t37].[referral_date] IS NOT NULL
                            ) AS [t40]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                          ) AS [t42]
                        ) AS [t43]
                        UNION ALL
                        SELECT
                          *
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
                            [t45].[month_index]
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
                              [t44].[month],
                              [t44].[month_end],
                              [t44].[month_index],
                              [t44].[_rank]
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
                                [t41].[month],
                                [t41].[month_end],
                                [t41].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                  ORDER BY [t41].[referral_date] DESC
                                ) - 1 AS [_rank]
                              FROM (
                                SELECT
                                  [t39].[referral_id],
                                  [t39].[child_id],
                                  [t39].[referral_date],
                                  [t39].[referral_source],
                                  [t39].[primary_need],
                                  [t39].[referral_nfa],
                                  [t39].[closure_date],
                                  [t39].[closure_reason],
                                  [t39].[team],
                                  [t39].[la_code],
                                  [t39].[load_id],
                                  [t39].[month],
                                  [t39].[month_end],
                                  [t39].[month_index]
                                FROM (
                                  SELECT
                                    [t36].[referral_id],
                                    [t36].[child_id],
                                    [t36].[referral_date],
                                    [t36].[referral_source],
                                    [t36].[primary_need],
                                    [t36].[referral_nfa],
                                    [t36].[closure_date],
                                    [t36].[closure_reason],
                                    [t36].[team],
                                    [t36].[la_code],
                                    [t36].[load_id],
                                    [t36].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id],
                                      COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                  ) AS [t36]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                ) AS [t39]
                              ) AS [t41]
                            ) AS [t44]
                            WHERE
                              [t44].[_rank] = 0
                          ) AS [t45]
                        ) AS [t46]
                      ) AS [t47]
                    ) AS [t49]
                    LEFT OUTER JOIN (
                      SELECT
                        [t23].[la_code],
                        [t23].[child_id],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t19].[la_code] AS [la_code_right],
                          [t19].[child_id] AS [child_id_right],
                          [t19].[_disabled]
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
                        ) AS [t19]
                          ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                      ) AS [t23]
                    ) AS [t27]
                      ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                  ) AS [t50]
                ) AS [t51]
              ) AS [t55]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t51].[la_code],
                    [t51].[month],
                    [t51].[numerator],
                    [t51].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t50].[la_code],
                      [t50].[month],
                      [t50].[child_id],
                      [t50].[record_id],
                      [t50].[ref_date],
                      [t50].[numerator],
                      [t50].[denominator],
                      [t50].[primary_need],
                      [t50].[team],
                      [t50].[sex],
                      [t50].[ethnicity],
                      [t50].[date_of_birth],
                      [t50].[_disabled]
                    FROM (
                      SELECT
                        [t49].[la_code],
                        [t49].[month],
                        [t49].[child_id],
                        [t49].[record_id],
                        [t49].[ref_date],
                        [t49].[numerator],
                        [t49].[denominator],
                        [t49].[primary_need],
                        [t49].[team],
                        [t27].[la_code] AS [la_code_right],
                        [t27].[child_id] AS [child_id_right],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t47].[la_code],
                          [t47].[month],
                          [t47].[child_id],
                          [t47].[referral_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t47].[primary_need],
                          [t47].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[referral_id],
                              [t42].[child_id],
                              [t42].[referral_date],
                              [t42].[referral_source],
                              [t42].[primary_need],
                              [t42].[referral_nfa],
                              [t42].[closure_date],
                              [t42].[closure_reason],
                              [t42].[team],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
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
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
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
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t20].[referral_id],
                                      [t20].[child_id],
                                      [t20].[referral_date],
                                      [t20].[referral_source],
                                      [t20].[primary_need],
                                      [t20].[referral_nfa],
                                      [t20].[closure_date],
                                      [t20].[closure_reason],
                                      [t20].[team],
                                      [t20].[la_code],
                                      [t20].[load_id]
                                    FROM [t15] AS [t20]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t22].[la_code],
                                            [t22].[child_id]
                                          FROM (
                                            SELECT
                                              [t17].[la_code],
                                              [t17].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t17]
                                            GROUP BY
                                              [t17].[la_code],
                                              [t17].[child_id]
                                          ) AS [t22]
                                          WHERE
                                            [t22].[_records] > 1
                                        ) AS [t26]
                                        WHERE
                                          [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[referral_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
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
                              [t45].[month_index]
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
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
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
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[referral_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[referral_id],
                                    [t39].[child_id],
                                    [t39].[referral_date],
                                    [t39].[referral_source],
                                    [t39].[primary_need],
                                    [t39].[referral_nfa],
                                    [t39].[closure_date],
                                    [t39].[closure_reason],
                                    [t39].[team],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[referral_id],
                                      [t36].[child_id],
                                      [t36].[referral_date],
                                      [t36].[referral_source],
                                      [t36].[primary_need],
                                      [t36].[referral_nfa],
                                      [t36].[closure_date],
                                      [t36].[closure_reason],
                                      [t36].[team],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[referral_id],
                                        [t33].[child_id],
                                        [t33].[referral_date],
                                        [t33].[referral_source],
                                        [t33].[primary_need],
                                        [t33].[referral_nfa],
                                        [t33].[closure_date],
                                        [t33].[closure_reason],
                                        [t33].[team],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                  ) AS [t39]
                                ) AS [t41]
                              ) AS [t44]
                              WHERE
                                [t44].[_rank] = 0
                            ) AS [t45]
                          ) AS [t46]
                        ) AS [t47]
                      ) AS [t49]
                      LEFT OUTER JOIN (
                        SELECT
                          [t23].[la_code],
                          [t23].[child_id],
                          [t23].[sex],
                          [t23].[ethnicity],
                          [t23].[date_of_birth],
                          [t23].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
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
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t23]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t52]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t51].[la_code],
                    [t51].[month],
                    [t51].[numerator],
                    [t51].[denominator],
                    1 AS [_part],
                    COALESCE([t51].[primary_need], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t50].[la_code],
                      [t50].[month],
                      [t50].[child_id],
                      [t50].[record_id],
                      [t50].[ref_date],
                      [t50].[numerator],
                      [t50].[denominator],
                      [t50].[primary_need],
                      [t50].[team],
                      [t50].[sex],
                      [t50].[ethnicity],
                      [t50].[date_of_birth],
                      [t50].[_disabled]
                    FROM (
                      SELECT
                        [t49].[la_code],
                        [t49].[month],
                        [t49].[child_id],
                        [t49].[record_id],
                        [t49].[ref_date],
                        [t49].[numerator],
                        [t49].[denominator],
                        [t49].[primary_need],
                        [t49].[team],
                        [t27].[la_code] AS [la_code_right],
                        [t27].[child_id] AS [child_id_right],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t47].[la_code],
                          [t47].[month],
                          [t47].[child_id],
                          [t47].[referral_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t47].[primary_need],
                          [t47].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[referral_id],
                              [t42].[child_id],
                              [t42].[referral_date],
                              [t42].[referral_source],
                              [t42].[primary_need],
                              [t42].[referral_nfa],
                              [t42].[closure_date],
                              [t42].[closure_reason],
                              [t42].[team],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
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
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
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
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t20].[referral_id],
                                      [t20].[child_id],
                                      [t20].[referral_date],
                                      [t20].[referral_source],
                                      [t20].[primary_need],
                                      [t20].[referral_nfa],
                                      [t20].[closure_date],
                                      [t20].[closure_reason],
                                      [t20].[team],
                                      [t20].[la_code],
                                      [t20].[load_id]
                                    FROM [t15] AS [t20]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t22].[la_code],
                                            [t22].[child_id]
                                          FROM (
                                            SELECT
                                              [t17].[la_code],
                                              [t17].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t17]
                                            GROUP BY
                                              [t17].[la_code],
                                              [t17].[child_id]
                                          ) AS [t22]
                                          WHERE
                                            [t22].[_records] > 1
                                        ) AS [t26]
                                        WHERE
                                          [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[referral_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
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
                              [t45].[month_index]
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
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
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
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[referral_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[referral_id],
                                    [t39].[child_id],
                                    [t39].[referral_date],
                                    [t39].[referral_source],
                                    [t39].[primary_need],
                                    [t39].[referral_nfa],
                                    [t39].[closure_date],
                                    [t39].[closure_reason],
                                    [t39].[team],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[referral_id],
                                      [t36].[child_id],
                                      [t36].[referral_date],
                                      [t36].[referral_source],
                                      [t36].[primary_need],
                                      [t36].[referral_nfa],
                                      [t36].[closure_date],
                                      [t36].[closure_reason],
                                      [t36].[team],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[referral_id],
                                        [t33].[child_id],
                                        [t33].[referral_date],
                                        [t33].[referral_source],
                                        [t33].[primary_need],
                                        [t33].[referral_nfa],
                                        [t33].[closure_date],
                                        [t33].[closure_reason],
                                        [t33].[team],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                  ) AS [t39]
                                ) AS [t41]
                              ) AS [t44]
                              WHERE
                                [t44].[_rank] = 0
                            ) AS [t45]
                          ) AS [t46]
                        ) AS [t47]
                      ) AS [t49]
                      LEFT OUTER JOIN (
                        SELECT
                          [t23].[la_code],
                          [t23].[child_id],
                          [t23].[sex],
                          [t23].[ethnicity],
                          [t23].[date_of_birth],
                          [t23].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
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
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t23]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t53]
              ) AS [t56]
            ) AS [t57]
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
                    [t51].[la_code],
                    [t51].[month],
                    [t51].[numerator],
                    [t51].[denominator],
                    2 AS [_part],
                    COALESCE([t51].[team], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t50].[la_code],
                      [t50].[month],
                      [t50].[child_id],
                      [t50].[record_id],
                      [t50].[ref_date],
                      [t50].[numerator],
                      [t50].[denominator],
                      [t50].[primary_need],
                      [t50].[team],
                      [t50].[sex],
                      [t50].[ethnicity],
                      [t50].[date_of_birth],
                      [t50].[_disabled]
                    FROM (
                      SELECT
                        [t49].[la_code],
                        [t49].[month],
                        [t49].[child_id],
                        [t49].[record_id],
                        [t49].[ref_date],
                        [t49].[numerator],
                        [t49].[denominator],
                        [t49].[primary_need],
                        [t49].[team],
                        [t27].[la_code] AS [la_code_right],
                        [t27].[child_id] AS [child_id_right],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t47].[la_code],
                          [t47].[month],
                          [t47].[child_id],
                          [t47].[referral_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t47].[primary_need],
                          [t47].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[referral_id],
                              [t42].[child_id],
                              [t42].[referral_date],
                              [t42].[referral_source],
                              [t42].[primary_need],
                              [t42].[referral_nfa],
                              [t42].[closure_date],
                              [t42].[closure_reason],
                              [t42].[team],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
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
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
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
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t20].[referral_id],
                                      [t20].[child_id],
                                      [t20].[referral_date],
                                      [t20].[referral_source],
                                      [t20].[primary_need],
                                      [t20].[referral_nfa],
                                      [t20].[closure_date],
                                      [t20].[closure_reason],
                                      [t20].[team],
                                      [t20].[la_code],
                                      [t20].[load_id]
                                    FROM [t15] AS [t20]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t22].[la_code],
                                            [t22].[child_id]
                                          FROM (
                                            SELECT
                                              [t17].[la_code],
                                              [t17].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t17]
                                            GROUP BY
                                              [t17].[la_code],
                                              [t17].[child_id]
                                          ) AS [t22]
                                          WHERE
                                            [t22].[_records] > 1
                                        ) AS [t26]
                                        WHERE
                                          [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[referral_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
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
                              [t45].[month_index]
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
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
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
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[referral_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[referral_id],
                                    [t39].[child_id],
                                    [t39].[referral_date],
                                    [t39].[referral_source],
                                    [t39].[primary_need],
                                    [t39].[referral_nfa],
                                    [t39].[closure_date],
                                    [t39].[closure_reason],
                                    [t39].[team],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[referral_id],
                                      [t36].[child_id],
                                      [t36].[referral_date],
                                      [t36].[referral_source],
                                      [t36].[primary_need],
                                      [t36].[referral_nfa],
                                      [t36].[closure_date],
                                      [t36].[closure_reason],
                                      [t36].[team],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[referral_id],
                                        [t33].[child_id],
                                        [t33].[referral_date],
                                        [t33].[referral_source],
                                        [t33].[primary_need],
                                        [t33].[referral_nfa],
                                        [t33].[closure_date],
                                        [t33].[closure_reason],
                                        [t33].[team],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                  ) AS [t39]
                                ) AS [t41]
                              ) AS [t44]
                              WHERE
                                [t44].[_rank] = 0
                            ) AS [t45]
                          ) AS [t46]
                        ) AS [t47]
                      ) AS [t49]
                      LEFT OUTER JOIN (
                        SELECT
                          [t23].[la_code],
                          [t23].[child_id],
                          [t23].[sex],
                          [t23].[ethnicity],
                          [t23].[date_of_birth],
                          [t23].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
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
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t23]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t54]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t51].[la_code],
                    [t51].[month],
                    [t51].[numerator],
                    [t51].[denominator],
                    3 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
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
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
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
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
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
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
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
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t51].[ref_date]) * 100
                                  ) + DATEPART(day, [t51].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t51].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t51].[date_of_birth])
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
                              DATEPART(year, [t51].[ref_date]) - DATEPART(year, [t51].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t51].[ref_date]) * 100
                                ) + DATEPART(day, [t51].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t51].[date_of_birth]) * 100
                                ) + DATEPART(day, [t51].[date_of_birth])
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
                      [t50].[la_code],
                      [t50].[month],
                      [t50].[child_id],
                      [t50].[record_id],
                      [t50].[ref_date],
                      [t50].[numerator],
                      [t50].[denominator],
                      [t50].[primary_need],
                      [t50].[team],
                      [t50].[sex],
                      [t50].[ethnicity],
                      [t50].[date_of_birth],
                      [t50].[_disabled]
                    FROM (
                      SELECT
                        [t49].[la_code],
                        [t49].[month],
                        [t49].[child_id],
                        [t49].[record_id],
                        [t49].[ref_date],
                        [t49].[numerator],
                        [t49].[denominator],
                        [t49].[primary_need],
                        [t49].[team],
                        [t27].[la_code] AS [la_code_right],
                        [t27].[child_id] AS [child_id_right],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t47].[la_code],
                          [t47].[month],
                          [t47].[child_id],
                          [t47].[referral_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t47].[primary_need],
                          [t47].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[referral_id],
                              [t42].[child_id],
                              [t42].[referral_date],
                              [t42].[referral_source],
                              [t42].[primary_need],
                              [t42].[referral_nfa],
                              [t42].[closure_date],
                              [t42].[closure_reason],
                              [t42].[team],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
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
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
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
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t20].[referral_id],
                                      [t20].[child_id],
                                      [t20].[referral_date],
                                      [t20].[referral_source],
                                      [t20].[primary_need],
                                      [t20].[referral_nfa],
                                      [t20].[closure_date],
                                      [t20].[closure_reason],
                                      [t20].[team],
                                      [t20].[la_code],
                                      [t20].[load_id]
                                    FROM [t15] AS [t20]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t22].[la_code],
                                            [t22].[child_id]
                                          FROM (
                                            SELECT
                                              [t17].[la_code],
                                              [t17].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t17]
                                            GROUP BY
                                              [t17].[la_code],
                                              [t17].[child_id]
                                          ) AS [t22]
                                          WHERE
                                            [t22].[_records] > 1
                                        ) AS [t26]
                                        WHERE
                                          [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[referral_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
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
                              [t45].[month_index]
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
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
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
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[referral_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[referral_id],
                                    [t39].[child_id],
                                    [t39].[referral_date],
                                    [t39].[referral_source],
                                    [t39].[primary_need],
                                    [t39].[referral_nfa],
                                    [t39].[closure_date],
                                    [t39].[closure_reason],
                                    [t39].[team],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[referral_id],
                                      [t36].[child_id],
                                      [t36].[referral_date],
                                      [t36].[referral_source],
                                      [t36].[primary_need],
                                      [t36].[referral_nfa],
                                      [t36].[closure_date],
                                      [t36].[closure_reason],
                                      [t36].[team],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[referral_id],
                                        [t33].[child_id],
                                        [t33].[referral_date],
                                        [t33].[referral_source],
                                        [t33].[primary_need],
                                        [t33].[referral_nfa],
                                        [t33].[closure_date],
                                        [t33].[closure_reason],
                                        [t33].[team],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                  ) AS [t39]
                                ) AS [t41]
                              ) AS [t44]
                              WHERE
                                [t44].[_rank] = 0
                            ) AS [t45]
                          ) AS [t46]
                        ) AS [t47]
                      ) AS [t49]
                      LEFT OUTER JOIN (
                        SELECT
                          [t23].[la_code],
                          [t23].[child_id],
                          [t23].[sex],
                          [t23].[ethnicity],
                          [t23].[date_of_birth],
                          [t23].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
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
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t23]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t61]
              ) AS [t62]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t51].[la_code],
                    [t51].[month],
                    [t51].[numerator],
                    [t51].[denominator],
                    4 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE [t51].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t51].[sex] END,
                        'unknown'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t50].[la_code],
                      [t50].[month],
                      [t50].[child_id],
                      [t50].[record_id],
                      [t50].[ref_date],
                      [t50].[numerator],
                      [t50].[denominator],
                      [t50].[primary_need],
                      [t50].[team],
                      [t50].[sex],
                      [t50].[ethnicity],
                      [t50].[date_of_birth],
                      [t50].[_disabled]
                    FROM (
                      SELECT
                        [t49].[la_code],
                        [t49].[month],
                        [t49].[child_id],
                        [t49].[record_id],
                        [t49].[ref_date],
                        [t49].[numerator],
                        [t49].[denominator],
                        [t49].[primary_need],
                        [t49].[team],
                        [t27].[la_code] AS [la_code_right],
                        [t27].[child_id] AS [child_id_right],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t47].[la_code],
                          [t47].[month],
                          [t47].[child_id],
                          [t47].[referral_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t47].[primary_need],
                          [t47].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[referral_id],
                              [t42].[child_id],
                              [t42].[referral_date],
                              [t42].[referral_source],
                              [t42].[primary_need],
                              [t42].[referral_nfa],
                              [t42].[closure_date],
                              [t42].[closure_reason],
                              [t42].[team],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
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
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
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
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t20].[referral_id],
                                      [t20].[child_id],
                                      [t20].[referral_date],
                                      [t20].[referral_source],
                                      [t20].[primary_need],
                                      [t20].[referral_nfa],
                                      [t20].[closure_date],
                                      [t20].[closure_reason],
                                      [t20].[team],
                                      [t20].[la_code],
                                      [t20].[load_id]
                                    FROM [t15] AS [t20]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t22].[la_code],
                                            [t22].[child_id]
                                          FROM (
                                            SELECT
                                              [t17].[la_code],
                                              [t17].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t17]
                                            GROUP BY
                                              [t17].[la_code],
                                              [t17].[child_id]
                                          ) AS [t22]
                                          WHERE
                                            [t22].[_records] > 1
                                        ) AS [t26]
                                        WHERE
                                          [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[referral_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
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
                              [t45].[month_index]
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
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
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
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[referral_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[referral_id],
                                    [t39].[child_id],
                                    [t39].[referral_date],
                                    [t39].[referral_source],
                                    [t39].[primary_need],
                                    [t39].[referral_nfa],
                                    [t39].[closure_date],
                                    [t39].[closure_reason],
                                    [t39].[team],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[referral_id],
                                      [t36].[child_id],
                                      [t36].[referral_date],
                                      [t36].[referral_source],
                                      [t36].[primary_need],
                                      [t36].[referral_nfa],
                                      [t36].[closure_date],
                                      [t36].[closure_reason],
                                      [t36].[team],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[referral_id],
                                        [t33].[child_id],
                                        [t33].[referral_date],
                                        [t33].[referral_source],
                                        [t33].[primary_need],
                                        [t33].[referral_nfa],
                                        [t33].[closure_date],
                                        [t33].[closure_reason],
                                        [t33].[team],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                  ) AS [t39]
                                ) AS [t41]
                              ) AS [t44]
                              WHERE
                                [t44].[_rank] = 0
                            ) AS [t45]
                          ) AS [t46]
                        ) AS [t47]
                      ) AS [t49]
                      LEFT OUTER JOIN (
                        SELECT
                          [t23].[la_code],
                          [t23].[child_id],
                          [t23].[sex],
                          [t23].[ethnicity],
                          [t23].[date_of_birth],
                          [t23].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
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
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t23]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t58]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t51].[la_code],
                    [t51].[month],
                    [t51].[numerator],
                    [t51].[denominator],
                    5 AS [_part],
                    COALESCE(
                      IIF(
                        [t51].[ethnicity] IN ('REFU', 'NOBT'),
                        'Not known',
                        CASE
                          WHEN SUBSTRING([t51].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t51].[ethnicity])), 1) = 'W'
                          THEN 'White'
                          WHEN SUBSTRING([t51].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t51].[ethnicity])), 1) = 'M'
                          THEN 'Mixed'
                          WHEN SUBSTRING([t51].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t51].[ethnicity])), 1) = 'A'
                          THEN 'Asian or Asian British'
                          WHEN SUBSTRING([t51].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t51].[ethnicity])), 1) = 'B'
                          THEN 'Black or Black British'
                          WHEN SUBSTRING([t51].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t51].[ethnicity])), 1) = 'C'
                          THEN 'Other ethnic group'
                          WHEN SUBSTRING([t51].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t51].[ethnicity])), 1) = 'O'
                          THEN 'Other ethnic group'
                          ELSE 'Not known'
                        END
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t50].[la_code],
                      [t50].[month],
                      [t50].[child_id],
                      [t50].[record_id],
                      [t50].[ref_date],
                      [t50].[numerator],
                      [t50].[denominator],
                      [t50].[primary_need],
                      [t50].[team],
                      [t50].[sex],
                      [t50].[ethnicity],
                      [t50].[date_of_birth],
                      [t50].[_disabled]
                    FROM (
                      SELECT
                        [t49].[la_code],
                        [t49].[month],
                        [t49].[child_id],
                        [t49].[record_id],
                        [t49].[ref_date],
                        [t49].[numerator],
                        [t49].[denominator],
                        [t49].[primary_need],
                        [t49].[team],
                        [t27].[la_code] AS [la_code_right],
                        [t27].[child_id] AS [child_id_right],
                        [t27].[sex],
                        [t27].[ethnicity],
                        [t27].[date_of_birth],
                        [t27].[_disabled]
                      FROM (
                        SELECT
                          [t47].[la_code],
                          [t47].[month],
                          [t47].[child_id],
                          [t47].[referral_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t47].[primary_need],
                          [t47].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[referral_id],
                              [t42].[child_id],
                              [t42].[referral_date],
                              [t42].[referral_source],
                              [t42].[primary_need],
                              [t42].[referral_nfa],
                              [t42].[closure_date],
                              [t42].[closure_reason],
                              [t42].[team],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
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
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
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
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t20].[referral_id],
                                      [t20].[child_id],
                                      [t20].[referral_date],
                                      [t20].[referral_source],
                                      [t20].[primary_need],
                                      [t20].[referral_nfa],
                                      [t20].[closure_date],
                                      [t20].[closure_reason],
                                      [t20].[team],
                                      [t20].[la_code],
                                      [t20].[load_id]
                                    FROM [t15] AS [t20]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t22].[la_code],
                                            [t22].[child_id]
                                          FROM (
                                            SELECT
                                              [t17].[la_code],
                                              [t17].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t17]
                                            GROUP BY
                                              [t17].[la_code],
                                              [t17].[child_id]
                                          ) AS [t22]
                                          WHERE
                                            [t22].[_records] > 1
                                        ) AS [t26]
                                        WHERE
                                          [t20].[la_code] = [t26].[la_code] AND [t20].[child_id] = [t26].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[referral_id],
                                      [t33].[child_id],
                                      [t33].[referral_date],
                                      [t33].[referral_source],
                                      [t33].[primary_need],
                                      [t33].[referral_nfa],
                                      [t33].[closure_date],
                                      [t33].[closure_reason],
                                      [t33].[team],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[referral_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[referral_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
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
                              [t45].[month_index]
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
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
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
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[referral_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[referral_id],
                                    [t39].[child_id],
                                    [t39].[referral_date],
                                    [t39].[referral_source],
                                    [t39].[primary_need],
                                    [t39].[referral_nfa],
                                    [t39].[closure_date],
                                    [t39].[closure_reason],
                                    [t39].[team],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[referral_id],
                                      [t36].[child_id],
                                      [t36].[referral_date],
                                      [t36].[referral_source],
                                      [t36].[primary_need],
                                      [t36].[referral_nfa],
                                      [t36].[closure_date],
                                      [t36].[closure_reason],
                                      [t36].[team],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[referral_id],
                                        [t33].[child_id],
                                        [t33].[referral_date],
                                        [t33].[referral_source],
                                        [t33].[primary_need],
                                        [t33].[referral_nfa],
                                        [t33].[closure_date],
                                        [t33].[closure_reason],
                                        [t33].[team],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[referral_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[referral_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
                                  ) AS [t39]
                                ) AS [t41]
                              ) AS [t44]
                              WHERE
                                [t44].[_rank] = 0
                            ) AS [t45]
                          ) AS [t46]
                        ) AS [t47]
                      ) AS [t49]
                      LEFT OUTER JOIN (
                        SELECT
                          [t23].[la_code],
                          [t23].[child_id],
                          [t23].[sex],
                          [t23].[ethnicity],
                          [t23].[date_of_birth],
                          [t23].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
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
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t23]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t59]
              ) AS [t60]
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
      ON [t68].[la_code] = [t8].[la_code]
      AND [t68].[indicator_id] = [t10].[indicator_id]
      AND [t68].[month_index] <= [t9].[month_index]
      AND [t68].[month_index] >= (
        [t9].[month_index] - IIF([t68].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t69]
  GROUP BY
    [t69].[la_code],
    [t69].[indicator_id],
    [t69].[month],
    [t69].[breakdown],
    [t69].[breakdown_value],
    [t69].[unit]
)
SELECT
  [t82].[la_code],
  [t82].[indicator_id],
  [t82].[month],
  [t82].[breakdown],
  [t82].[breakdown_value],
  [t82].[numerator],
  CASE
    WHEN [t82].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t82].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t82].[denominator]
  END AS [denominator],
  CASE
    WHEN [t82].[unit] = 'count'
    THEN [t82].[numerator]
    WHEN [t82].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t82].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t82].[unit] = 'percent'
    THEN IIF(
      [t82].[denominator] > 0,
      CAST([t82].[numerator] AS FLOAT) / [t82].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t82].[denominator] > 0,
      CAST([t82].[numerator] AS FLOAT) / [t82].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t76].[la_code],
      [t76].[indicator_id],
      [t76].[month],
      [t76].[breakdown],
      [t76].[breakdown_value],
      [t76].[unit],
      [t76].[numerator],
      [t76].[denominator]
    FROM (
      SELECT
        [t21].[la_code],
        [t21].[indicator_id],
        [t21].[month],
        [t21].[unit],
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
            ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t21]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t71].[la_code],
              [t71].[indicator_id],
              [t71].[month],
              [t71].[breakdown],
              [t71].[breakdown_value],
              [t71].[unit],
              [t71].[numerator],
              [t71].[denominator]
            FROM [t70] AS [t71]
            WHERE
              [t71].[breakdown] = 'month_alone'
          ) AS [t74]
          WHERE
            [t21].[la_code] = [t74].[la_code]
            AND [t21].[indicator_id] = [t74].[indicator_id]
            AND [t21].[month] = [t74].[month]
        )
    ) AS [t76]
  ) AS [t78]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t70] AS [t71]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t77].[la_code],
        [t77].[indicator_id],
        [t77].[month],
        [t77].[breakdown],
        [t77].[breakdown_value],
        [t77].[unit],
        [t77].[numerator],
        [t77].[denominator]
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
          ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t71].[la_code],
                [t71].[indicator_id],
                [t71].[month],
                [t71].[breakdown],
                [t71].[breakdown_value],
                [t71].[unit],
                [t71].[numerator],
                [t71].[denominator]
              FROM [t70] AS [t71]
              WHERE
                [t71].[breakdown] = 'all'
            ) AS [t75]
            WHERE
              [t8].[la_code] = [t75].[la_code]
              AND [t10].[indicator_id] = [t75].[indicator_id]
              AND [t9].[month] = [t75].[month]
          )
      ) AS [t77]
    ) AS [t79]
  ) AS [t80]
) AS [t82]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t82].[la_code] = [t7].[la_code] AND [t82].[month] = [t7].[month]
