WITH [t25] AS (
  SELECT
    [t24].[referral_id],
    [t24].[child_id],
    [t24].[referral_date],
    [t24].[referral_source],
    [t24].[primary_need],
    [t24].[referral_nfa],
    [t24].[closure_date],
    [t24].[closure_reason],
    [t24].[team],
    [t24].[la_code],
    [t24].[load_id],
    [t24].[_reach],
    [t24].[_earlier_reach],
    MAX(IIF(COALESCE([t24].[_earlier_reach] > [t24].[referral_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t24].[la_code], [t24].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
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
      [t20].[load_id],
      [t20].[_reach],
      LAG([t20].[_reach]) OVER (
        PARTITION BY [t20].[la_code], [t20].[child_id]
        ORDER BY CASE WHEN [t20].[referral_date] IS NULL THEN 1 ELSE 0 END, [t20].[referral_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t15].[referral_id],
        [t15].[child_id],
        [t15].[referral_date],
        [t15].[referral_source],
        [t15].[primary_need],
        [t15].[referral_nfa],
        [t15].[closure_date],
        [t15].[closure_reason],
        [t15].[team],
        [t15].[la_code],
        [t15].[load_id],
        MAX(COALESCE([t15].[closure_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t15].[la_code], [t15].[child_id]
          ORDER BY CASE WHEN [t15].[referral_date] IS NULL THEN 1 ELSE 0 END, [t15].[referral_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
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
      ) AS [t15]
    ) AS [t20]
  ) AS [t24]
), [t61] AS (
  SELECT
    [t60].[la_code],
    [t60].[indicator_id],
    [t60].[month],
    [t60].[breakdown],
    [t60].[breakdown_value],
    [t60].[unit],
    SUM([t60].[_num]) AS [numerator],
    SUM([t60].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t59].[la_code] AS [la_code_right],
      [t59].[indicator_id] AS [indicator_id_right],
      [t59].[month_index] AS [month_index_right],
      [t59].[breakdown],
      [t59].[breakdown_value],
      [t59].[_num],
      [t59].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t57].[la_code],
        [t57].[indicator_id],
        [t57].[month_index],
        [t57].[breakdown],
        [t57].[breakdown_value],
        SUM([t57].[numerator]) AS [_num],
        SUM([t57].[denominator]) AS [_den]
      FROM (
        SELECT
          [t56].[la_code],
          'CIN1' AS [indicator_id],
          (
            (
              DATEPART(year, [t56].[month]) * 12
            ) + DATEPART(month, [t56].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t56].[_part] = 0
            THEN 'all'
            WHEN [t56].[_part] = 1
            THEN 'primary_need'
            WHEN [t56].[_part] = 2
            THEN 'team'
            WHEN [t56].[_part] = 3
            THEN 'age_band'
            WHEN [t56].[_part] = 4
            THEN 'sex'
            WHEN [t56].[_part] = 5
            THEN 'ethnicity_group'
            WHEN [t56].[_part] = 6
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t56].[breakdown_value],
          [t56].[numerator],
          [t56].[denominator]
        FROM (
          SELECT
            [t55].[la_code],
            [t55].[month],
            [t55].[_part],
            [t55].[breakdown_value],
            SUM([t55].[numerator]) AS [numerator],
            SUM([t55].[denominator]) AS [denominator]
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
                  6 AS [_part],
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
                    [t41].[primary_need],
                    [t41].[team],
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
                      [t40].[primary_need],
                      [t40].[team],
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
                        [t38].[referral_id] AS [record_id],
                        [t38].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        [t38].[primary_need],
                        [t38].[team]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t32].[referral_id],
                            [t32].[child_id],
                            [t32].[referral_date],
                            [t32].[referral_source],
                            [t32].[primary_need],
                            [t32].[referral_nfa],
                            [t32].[closure_date],
                            [t32].[closure_reason],
                            [t32].[team],
                            [t32].[la_code],
                            [t32].[load_id],
                            [t32].[month],
                            [t32].[month_end],
                            [t32].[month_index]
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
                              [t30].[_until],
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
                            FROM (
                              SELECT
                                [t26].[referral_id],
                                [t26].[child_id],
                                [t26].[referral_date],
                                [t26].[referral_source],
                                [t26].[primary_need],
                                [t26].[referral_nfa],
                                [t26].[closure_date],
                                [t26].[closure_reason],
                                [t26].[team],
                                [t26].[la_code],
                                [t26].[load_id],
                                COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM [t25] AS [t26]
                              WHERE
                                IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                            ) AS [t30]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                          ) AS [t32]
                        ) AS [t34]
                        UNION ALL
                        SELECT
                          *
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
                            [t36].[month],
                            [t36].[month_end],
                            [t36].[month_index]
                          FROM (
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
                              [t35].[month],
                              [t35].[month_end],
                              [t35].[month_index],
                              [t35].[_rank]
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
                                [t33].[month],
                                [t33].[month_end],
                                [t33].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                  ORDER BY [t33].[referral_date] DESC
                                ) - 1 AS [_rank]
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
                                  [t31].[month],
                                  [t31].[month_end],
                                  [t31].[month_index]
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
                                    [t29].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t26].[referral_id],
                                      [t26].[child_id],
                                      [t26].[referral_date],
                                      [t26].[referral_source],
                                      [t26].[primary_need],
                                      [t26].[referral_nfa],
                                      [t26].[closure_date],
                                      [t26].[closure_reason],
                                      [t26].[team],
                                      [t26].[la_code],
                                      [t26].[load_id],
                                      COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t25] AS [t26]
                                    WHERE
                                      [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                  ) AS [t29]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
                      [t41].[primary_need],
                      [t41].[team],
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
                        [t40].[primary_need],
                        [t40].[team],
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
                          [t38].[referral_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t38].[primary_need],
                          [t38].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[referral_date],
                              [t32].[referral_source],
                              [t32].[primary_need],
                              [t32].[referral_nfa],
                              [t32].[closure_date],
                              [t32].[closure_reason],
                              [t32].[team],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
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
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[referral_date],
                                  [t26].[referral_source],
                                  [t26].[primary_need],
                                  [t26].[referral_nfa],
                                  [t26].[closure_date],
                                  [t26].[closure_reason],
                                  [t26].[team],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
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
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
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
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
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
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[referral_date] DESC
                                  ) - 1 AS [_rank]
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
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
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
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[referral_date],
                                        [t26].[referral_source],
                                        [t26].[primary_need],
                                        [t26].[referral_nfa],
                                        [t26].[closure_date],
                                        [t26].[closure_reason],
                                        [t26].[team],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
                    COALESCE([t42].[primary_need], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t41].[la_code],
                      [t41].[month],
                      [t41].[child_id],
                      [t41].[record_id],
                      [t41].[ref_date],
                      [t41].[numerator],
                      [t41].[denominator],
                      [t41].[primary_need],
                      [t41].[team],
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
                        [t40].[primary_need],
                        [t40].[team],
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
                          [t38].[referral_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t38].[primary_need],
                          [t38].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[referral_date],
                              [t32].[referral_source],
                              [t32].[primary_need],
                              [t32].[referral_nfa],
                              [t32].[closure_date],
                              [t32].[closure_reason],
                              [t32].[team],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
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
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[referral_date],
                                  [t26].[referral_source],
                                  [t26].[primary_need],
                                  [t26].[referral_nfa],
                                  [t26].[closure_date],
                                  [t26].[closure_reason],
                                  [t26].[team],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
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
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
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
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
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
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[referral_date] DESC
                                  ) - 1 AS [_rank]
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
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
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
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[referral_date],
                                        [t26].[referral_source],
                                        [t26].[primary_need],
                                        [t26].[referral_nfa],
                                        [t26].[closure_date],
                                        [t26].[closure_reason],
                                        [t26].[team],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
              ) AS [t47]
            ) AS [t48]
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
                    2 AS [_part],
                    COALESCE([t42].[team], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t41].[la_code],
                      [t41].[month],
                      [t41].[child_id],
                      [t41].[record_id],
                      [t41].[ref_date],
                      [t41].[numerator],
                      [t41].[denominator],
                      [t41].[primary_need],
                      [t41].[team],
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
                        [t40].[primary_need],
                        [t40].[team],
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
                          [t38].[referral_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t38].[primary_need],
                          [t38].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[referral_date],
                              [t32].[referral_source],
                              [t32].[primary_need],
                              [t32].[referral_nfa],
                              [t32].[closure_date],
                              [t32].[closure_reason],
                              [t32].[team],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
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
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[referral_date],
                                  [t26].[referral_source],
                                  [t26].[primary_need],
                                  [t26].[referral_nfa],
                                  [t26].[closure_date],
                                  [t26].[closure_reason],
                                  [t26].[team],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
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
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
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
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
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
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[referral_date] DESC
                                  ) - 1 AS [_rank]
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
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
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
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[referral_date],
                                        [t26].[referral_source],
                                        [t26].[primary_need],
                                        [t26].[referral_nfa],
                                        [t26].[closure_date],
                                        [t26].[closure_reason],
                                        [t26].[team],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
                      [t41].[primary_need],
                      [t41].[team],
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
                        [t40].[primary_need],
                        [t40].[team],
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
                          [t38].[referral_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t38].[primary_need],
                          [t38].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[referral_date],
                              [t32].[referral_source],
                              [t32].[primary_need],
                              [t32].[referral_nfa],
                              [t32].[closure_date],
                              [t32].[closure_reason],
                              [t32].[team],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
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
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[referral_date],
                                  [t26].[referral_source],
                                  [t26].[primary_need],
                                  [t26].[referral_nfa],
                                  [t26].[closure_date],
                                  [t26].[closure_reason],
                                  [t26].[team],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
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
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
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
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
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
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[referral_date] DESC
                                  ) - 1 AS [_rank]
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
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
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
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[referral_date],
                                        [t26].[referral_source],
                                        [t26].[primary_need],
                                        [t26].[referral_nfa],
                                        [t26].[closure_date],
                                        [t26].[closure_reason],
                                        [t26].[team],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
                ) AS [t52]
              ) AS [t53]
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
                    4 AS [_part],
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
                      [t41].[primary_need],
                      [t41].[team],
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
                        [t40].[primary_need],
                        [t40].[team],
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
                          [t38].[referral_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t38].[primary_need],
                          [t38].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[referral_date],
                              [t32].[referral_source],
                              [t32].[primary_need],
                              [t32].[referral_nfa],
                              [t32].[closure_date],
                              [t32].[closure_reason],
                              [t32].[team],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
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
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[referral_date],
                                  [t26].[referral_source],
                                  [t26].[primary_need],
                                  [t26].[referral_nfa],
                                  [t26].[closure_date],
                                  [t26].[closure_reason],
                                  [t26].[team],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
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
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
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
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
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
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[referral_date] DESC
                                  ) - 1 AS [_rank]
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
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
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
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[referral_date],
                                        [t26].[referral_source],
                                        [t26].[primary_need],
                                        [t26].[referral_nfa],
                                        [t26].[closure_date],
                                        [t26].[closure_reason],
                                        [t26].[team],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
                ) AS [t49]
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
                      [t41].[primary_need],
                      [t41].[team],
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
                        [t40].[primary_need],
                        [t40].[team],
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
                          [t38].[referral_id] AS [record_id],
                          [t38].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t38].[primary_need],
                          [t38].[team]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t32].[referral_id],
                              [t32].[child_id],
                              [t32].[referral_date],
                              [t32].[referral_source],
                              [t32].[primary_need],
                              [t32].[referral_nfa],
                              [t32].[closure_date],
                              [t32].[closure_reason],
                              [t32].[team],
                              [t32].[la_code],
                              [t32].[load_id],
                              [t32].[month],
                              [t32].[month_end],
                              [t32].[month_index]
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
                                [t30].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t26].[referral_id],
                                  [t26].[child_id],
                                  [t26].[referral_date],
                                  [t26].[referral_source],
                                  [t26].[primary_need],
                                  [t26].[referral_nfa],
                                  [t26].[closure_date],
                                  [t26].[closure_reason],
                                  [t26].[team],
                                  [t26].[la_code],
                                  [t26].[load_id],
                                  COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM [t25] AS [t26]
                                WHERE
                                  IIF([t26].[_overlaps] <> 0, 1, 0) = 0 AND [t26].[referral_date] IS NOT NULL
                              ) AS [t30]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t30].[referral_date] <= [t9].[month_end] AND [t30].[_until] > [t9].[month_end]
                            ) AS [t32]
                          ) AS [t34]
                          UNION ALL
                          SELECT
                            *
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
                              [t36].[month],
                              [t36].[month_end],
                              [t36].[month_index]
                            FROM (
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
                                [t35].[month],
                                [t35].[month_end],
                                [t35].[month_index],
                                [t35].[_rank]
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
                                  [t33].[month],
                                  [t33].[month_end],
                                  [t33].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t33].[la_code], [t33].[child_id], [t33].[month]
                                    ORDER BY [t33].[referral_date] DESC
                                  ) - 1 AS [_rank]
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
                                    [t31].[month],
                                    [t31].[month_end],
                                    [t31].[month_index]
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
                                      [t29].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t26].[referral_id],
                                        [t26].[child_id],
                                        [t26].[referral_date],
                                        [t26].[referral_source],
                                        [t26].[primary_need],
                                        [t26].[referral_nfa],
                                        [t26].[closure_date],
                                        [t26].[closure_reason],
                                        [t26].[team],
                                        [t26].[la_code],
                                        [t26].[load_id],
                                        COALESCE([t26].[closure_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t25] AS [t26]
                                      WHERE
                                        [t26].[_overlaps] <> 0 AND [t26].[referral_date] IS NOT NULL
                                    ) AS [t29]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t29].[referral_date] <= [t9].[month_end] AND [t29].[_until] > [t9].[month_end]
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
              ) AS [t51]
            ) AS [t54]
          ) AS [t55]
          GROUP BY
            [t55].[la_code],
            [t55].[month],
            [t55].[_part],
            [t55].[breakdown_value]
        ) AS [t56]
      ) AS [t57]
      GROUP BY
        [t57].[la_code],
        [t57].[indicator_id],
        [t57].[month_index],
        [t57].[breakdown],
        [t57].[breakdown_value]
    ) AS [t59]
      ON [t59].[la_code] = [t8].[la_code]
      AND [t59].[indicator_id] = [t10].[indicator_id]
      AND [t59].[month_index] <= [t9].[month_index]
      AND [t59].[month_index] >= (
        [t9].[month_index] - IIF([t59].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t60]
  GROUP BY
    [t60].[la_code],
    [t60].[indicator_id],
    [t60].[month],
    [t60].[breakdown],
    [t60].[breakdown_value],
    [t60].[unit]
)
SELECT
  [t73].[la_code],
  [t73].[indicator_id],
  [t73].[month],
  [t73].[breakdown],
  [t73].[breakdown_value],
  [t73].[numerator],
  CASE
    WHEN [t73].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t73].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t73].[denominator]
  END AS [denominator],
  CASE
    WHEN [t73].[unit] = 'count'
    THEN [t73].[numerator]
    WHEN [t73].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t73].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t73].[unit] = 'percent'
    THEN IIF(
      [t73].[denominator] > 0,
      CAST([t73].[numerator] AS FLOAT) / [t73].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t73].[denominator] > 0,
      CAST([t73].[numerator] AS FLOAT) / [t73].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t67].[la_code],
      [t67].[indicator_id],
      [t67].[month],
      [t67].[breakdown],
      [t67].[breakdown_value],
      [t67].[unit],
      [t67].[numerator],
      [t67].[denominator]
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
            ('CIN1', 0, 'count')) AS t10(indicator_id, months_back, unit)
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
              [t62].[la_code],
              [t62].[indicator_id],
              [t62].[month],
              [t62].[breakdown],
              [t62].[breakdown_value],
              [t62].[unit],
              [t62].[numerator],
              [t62].[denominator]
            FROM [t61] AS [t62]
            WHERE
              [t62].[breakdown] = 'month_alone'
          ) AS [t65]
          WHERE
            [t19].[la_code] = [t65].[la_code]
            AND [t19].[indicator_id] = [t65].[indicator_id]
            AND [t19].[month] = [t65].[month]
        )
    ) AS [t67]
  ) AS [t69]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t61] AS [t62]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t68].[la_code],
        [t68].[indicator_id],
        [t68].[month],
        [t68].[breakdown],
        [t68].[breakdown_value],
        [t68].[unit],
        [t68].[numerator],
        [t68].[denominator]
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
                [t62].[la_code],
                [t62].[indicator_id],
                [t62].[month],
                [t62].[breakdown],
                [t62].[breakdown_value],
                [t62].[unit],
                [t62].[numerator],
                [t62].[denominator]
              FROM [t61] AS [t62]
              WHERE
                [t62].[breakdown] = 'all'
            ) AS [t66]
            WHERE
              [t8].[la_code] = [t66].[la_code]
              AND [t10].[indicator_id] = [t66].[indicator_id]
              AND [t9].[month] = [t66].[month]
          )
      ) AS [t68]
    ) AS [t70]
  ) AS [t71]
) AS [t73]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t73].[la_code] = [t7].[la_code] AND [t73].[month] = [t7].[month]
