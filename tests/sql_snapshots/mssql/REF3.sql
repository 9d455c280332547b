WITH [t42] AS (
  SELECT
    [t41].[la_code],
    [t41].[indicator_id],
    [t41].[month],
    [t41].[breakdown],
    [t41].[breakdown_value],
    [t41].[unit],
    SUM([t41].[_num]) AS [numerator],
    SUM([t41].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t40].[breakdown],
      [t40].[breakdown_value],
      [t40].[_num],
      [t40].[_den],
      [t40].[_until_index]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('REF3', 11, 'percent')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t38].[la_code],
        [t38].[indicator_id],
        [t38].[breakdown],
        [t38].[breakdown_value],
        [t38].[_num],
        [t38].[_den],
        [t38].[month_index] + [t38].[_offset] AS [_until_index]
      FROM (
        SELECT
          [t37].[la_code],
          [t37].[indicator_id],
          [t37].[month_index],
          [t37].[breakdown],
          [t37].[breakdown_value],
          [t37].[_num],
          [t37].[_den],
          [t15].[months_back],
          [t11].[_offset]
        FROM (
          SELECT
            [t35].[la_code],
            [t35].[indicator_id],
            [t35].[month_index],
            [t35].[breakdown],
            [t35].[breakdown_value],
            SUM([t35].[numerator]) AS [_num],
            SUM([t35].[denominator]) AS [_den]
          FROM (
            SELECT
              [t34].[la_code],
              'REF3' AS [indicator_id],
              (
                (
                  DATEPART(year, [t34].[month]) * 12
                ) + DATEPART(month, [t34].[month])
              ) - 1 AS [month_index],
              CASE
                WHEN [t34].[_part] = 0
                THEN 'all'
                WHEN [t34].[_part] = 1
                THEN 'referral_source'
                WHEN [t34].[_part] = 2
                THEN 'team'
                WHEN [t34].[_part] = 3
                THEN 'age_band'
                WHEN [t34].[_part] = 4
                THEN 'month_alone'
                ELSE NULL
              END AS [breakdown],
              [t34].[breakdown_value],
              [t34].[numerator],
              [t34].[denominator]
            FROM (
              SELECT
                [t33].[la_code],
                [t33].[month],
                [t33].[_part],
                [t33].[breakdown_value],
                SUM([t33].[numerator]) AS [numerator],
                SUM([t33].[denominator]) AS [denominator]
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[numerator],
                      [t24].[denominator],
                      2 AS [_part],
                      COALESCE([t24].[team], 'unknown') AS [breakdown_value]
                    FROM (
                      SELECT
                        [t23].[la_code],
                        [t23].[month],
                        [t23].[child_id],
                        [t23].[record_id],
                        [t23].[ref_date],
                        [t23].[numerator],
                        [t23].[denominator],
                        [t23].[referral_source],
                        [t23].[team],
                        [t23].[_born]
                      FROM (
                        SELECT
                          [t22].[la_code],
                          [t22].[month],
                          [t22].[child_id],
                          [t22].[record_id],
                          [t22].[ref_date],
                          [t22].[numerator],
                          [t22].[denominator],
                          [t22].[referral_source],
                          [t22].[team],
                          [t16].[la_code] AS [la_code_right],
                          [t16].[child_id] AS [child_id_right],
                          [t16].[_born]
                        FROM (
                          SELECT
                            [t20].[la_code],
                            DATETRUNC(MONTH, [t20].[referral_date]) AS [month],
                            CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t20].[referral_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t20].[referral_date] AS DATE) AS [ref_date],
                            IIF(
                              COALESCE(
                                (
                                  [t20].[_previous] IS NOT NULL
                                )
                                AND (
                                  [t20].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t20].[referral_date])
                                ),
                                (1 = 0)
                              ),
                              1.0,
                              0.0
                            ) AS [numerator],
                            1.0 AS [denominator],
                            [t20].[referral_source],
                            [t20].[team]
                          FROM (
                            SELECT
                              [t17].[referral_id],
                              [t17].[child_id],
                              [t17].[referral_date],
                              [t17].[referral_source],
                              [t17].[primary_need],
                              [t17].[referral_nfa],
                              [t17].[closure_date],
                              [t17].[closure_reason],
                              [t17].[team],
                              [t17].[la_code],
                              [t17].[load_id],
                              LAG([t17].[referral_date]) OVER (
                                PARTITION BY [t17].[la_code], [t17].[child_id]
                                ORDER BY CASE WHEN [t17].[referral_date] IS NULL THEN 1 ELSE 0 END, [t17].[referral_date] ASC, CASE WHEN [t17].[referral_id] IS NULL THEN 1 ELSE 0 END, [t17].[referral_id] ASC
                              ) AS [_previous]
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
                                [t6].[referral_date] IS NOT NULL
                            ) AS [t17]
                          ) AS [t20]
                          WHERE
                            [t20].[referral_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t20].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t22]
                        LEFT OUTER JOIN (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[date_of_birth] AS [_born]
                          FROM [person] AS [t5]
                        ) AS [t16]
                          ON [t22].[la_code] = [t16].[la_code] AND [t22].[child_id] = [t16].[child_id]
                      ) AS [t23]
                    ) AS [t24]
                  ) AS [t27]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[numerator],
                      [t24].[denominator],
                      3 AS [_part],
                      COALESCE(
                        COALESCE(
                          CASE
                            WHEN (
                              (
                                (
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 0
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
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
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 1
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
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
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 5
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
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
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 10
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
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
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
                                  ),
                                  1,
                                  0
                                )
                              ) >= 16
                            )
                            AND (
                              (
                                (
                                  DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                                ) - IIF(
                                  (
                                    (
                                      DATEPART(month, [t24].[ref_date]) * 100
                                    ) + DATEPART(day, [t24].[ref_date])
                                  ) < (
                                    (
                                      DATEPART(month, [t24].[_born]) * 100
                                    ) + DATEPART(day, [t24].[_born])
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
                                DATEPART(year, [t24].[ref_date]) - DATEPART(year, [t24].[_born])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t24].[ref_date]) * 100
                                  ) + DATEPART(day, [t24].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t24].[_born]) * 100
                                  ) + DATEPART(day, [t24].[_born])
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
                        [t23].[la_code],
                        [t23].[month],
                        [t23].[child_id],
                        [t23].[record_id],
                        [t23].[ref_date],
                        [t23].[numerator],
                        [t23].[denominator],
                        [t23].[referral_source],
                        [t23].[team],
                        [t23].[_born]
                      FROM (
                        SELECT
                          [t22].[la_code],
                          [t22].[month],
                          [t22].[child_id],
                          [t22].[record_id],
                          [t22].[ref_date],
                          [t22].[numerator],
                          [t22].[denominator],
                          [t22].[referral_source],
                          [t22].[team],
                          [t16].[la_code] AS [la_code_right],
                          [t16].[child_id] AS [child_id_right],
                          [t16].[_born]
                        FROM (
                          SELECT
                            [t20].[la_code],
                            DATETRUNC(MONTH, [t20].[referral_date]) AS [month],
                            CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t20].[referral_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t20].[referral_date] AS DATE) AS [ref_date],
                            IIF(
                              COALESCE(
                                (
                                  [t20].[_previous] IS NOT NULL
                                )
                                AND (
                                  [t20].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t20].[referral_date])
                                ),
                                (1 = 0)
                              ),
                              1.0,
                              0.0
                            ) AS [numerator],
                            1.0 AS [denominator],
                            [t20].[referral_source],
                            [t20].[team]
                          FROM (
                            SELECT
                              [t17].[referral_id],
                              [t17].[child_id],
                              [t17].[referral_date],
                              [t17].[referral_source],
                              [t17].[primary_need],
                              [t17].[referral_nfa],
                              [t17].[closure_date],
                              [t17].[closure_reason],
                              [t17].[team],
                              [t17].[la_code],
                              [t17].[load_id],
                              LAG([t17].[referral_date]) OVER (
                                PARTITION BY [t17].[la_code], [t17].[child_id]
                                ORDER BY CASE WHEN [t17].[referral_date] IS NULL THEN 1 ELSE 0 END, [t17].[referral_date] ASC, CASE WHEN [t17].[referral_id] IS NULL THEN 1 ELSE 0 END, [t17].[referral_id] ASC
                              ) AS [_previous]
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
                                [t6].[referral_date] IS NOT NULL
                            ) AS [t17]
                          ) AS [t20]
                          WHERE
                            [t20].[referral_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t20].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t22]
                        LEFT OUTER JOIN (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[date_of_birth] AS [_born]
                          FROM [person] AS [t5]
                        ) AS [t16]
                          ON [t22].[la_code] = [t16].[la_code] AND [t22].[child_id] = [t16].[child_id]
                      ) AS [t23]
                    ) AS [t24]
                  ) AS [t31]
                ) AS [t32]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[numerator],
                      [t24].[denominator],
                      4 AS [_part],
                      'all' AS [breakdown_value]
                    FROM (
                      SELECT
                        [t23].[la_code],
                        [t23].[month],
                        [t23].[child_id],
                        [t23].[record_id],
                        [t23].[ref_date],
                        [t23].[numerator],
                        [t23].[denominator],
                        [t23].[referral_source],
                        [t23].[team],
                        [t23].[_born]
                      FROM (
                        SELECT
                          [t22].[la_code],
                          [t22].[month],
                          [t22].[child_id],
                          [t22].[record_id],
                          [t22].[ref_date],
                          [t22].[numerator],
                          [t22].[denominator],
                          [t22].[referral_source],
                          [t22].[team],
                          [t16].[la_code] AS [la_code_right],
                          [t16].[child_id] AS [child_id_right],
                          [t16].[_born]
                        FROM (
                          SELECT
                            [t20].[la_code],
                            DATETRUNC(MONTH, [t20].[referral_date]) AS [month],
                            CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                            CAST([t20].[referral_id] AS VARCHAR(max)) AS [record_id],
                            CAST([t20].[referral_date] AS DATE) AS [ref_date],
                            IIF(
                              COALESCE(
                                (
                                  [t20].[_previous] IS NOT NULL
                                )
                                AND (
                                  [t20].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t20].[referral_date])
                                ),
                                (1 = 0)
                              ),
                              1.0,
                              0.0
                            ) AS [numerator],
                            1.0 AS [denominator],
                            [t20].[referral_source],
                            [t20].[team]
                          FROM (
                            SELECT
                              [t17].[referral_id],
                              [t17].[child_id],
                              [t17].[referral_date],
                              [t17].[referral_source],
                              [t17].[primary_need],
                              [t17].[referral_nfa],
                              [t17].[closure_date],
                              [t17].[closure_reason],
                              [t17].[team],
                              [t17].[la_code],
                              [t17].[load_id],
                              LAG([t17].[referral_date]) OVER (
                                PARTITION BY [t17].[la_code], [t17].[child_id]
                                ORDER BY CASE WHEN [t17].[referral_date] IS NULL THEN 1 ELSE 0 END, [t17].[referral_date] ASC, CASE WHEN [t17].[referral_id] IS NULL THEN 1 ELSE 0 END, [t17].[referral_id] ASC
                              ) AS [_previous]
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
                                [t6].[referral_date] IS NOT NULL
                            ) AS [t17]
                          ) AS [t20]
                          WHERE
                            [t20].[referral_date] IS NOT NULL
                            AND DATETRUNC(MONTH, [t20].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                        ) AS [t22]
                        LEFT OUTER JOIN (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[date_of_birth] AS [_born]
                          FROM [person] AS [t5]
                        ) AS [t16]
                          ON [t22].[la_code] = [t16].[la_code] AND [t22].[child_id] = [t16].[child_id]
                      ) AS [t23]
                    ) AS [t24]
                  ) AS [t25]
                  UNION ALL
                  SELECT
                    *
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t24].[la_code],
                        [t24].[month],
                        [t24].[numerator],
                        [t24].[denominator],
                        0 AS [_part],
                        'all' AS [breakdown_value]
                      FROM (
                        SELECT
                          [t23].[la_code],
                          [t23].[month],
                          [t23].[child_id],
                          [t23].[record_id],
                          [t23].[ref_date],
                          [t23].[numerator],
                          [t23].[denominator],
                          [t23].[referral_source],
                          [t23].[team],
                          [t23].[_born]
                        FROM (
                          SELECT
                            [t22].[la_code],
                            [t22].[month],
                            [t22].[child_id],
                            [t22].[record_id],
                            [t22].[ref_date],
                            [t22].[numerator],
                            [t22].[denominator],
                            [t22].[referral_source],
                            [t22].[team],
                            [t16].[la_code] AS [la_code_right],
                            [t16].[child_id] AS [child_id_right],
                            [t16].[_born]
                          FROM (
                            SELECT
                              [t20].[la_code],
                              DATETRUNC(MONTH, [t20].[referral_date]) AS [month],
                              CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t20].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t20].[referral_date] AS DATE) AS [ref_date],
                              IIF(
                                COALESCE(
                                  (
                                    [t20].[_previous] IS NOT NULL
                                  )
                                  AND (
                                    [t20].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t20].[referral_date])
                                  ),
                                  (1 = 0)
                                ),
                                1.0,
                                0.0
                              ) AS [numerator],
                              1.0 AS [denominator],
                              [t20].[referral_source],
                              [t20].[team]
                            FROM (
                              SELECT
                                [t17].[referral_id],
                                [t17].[child_id],
                                [t17].[referral_date],
                                [t17].[referral_source],
                                [t17].[primary_need],
                                [t17].[referral_nfa],
                                [t17].[closure_date],
                                [t17].[closure_reason],
                                [t17].[team],
                                [t17].[la_code],
                                [t17].[load_id],
                                LAG([t17].[referral_date]) OVER (
                                  PARTITION BY [t17].[la_code], [t17].[child_id]
                                  ORDER BY CASE WHEN [t17].[referral_date] IS NULL THEN 1 ELSE 0 END, [t17].[referral_date] ASC, CASE WHEN [t17].[referral_id] IS NULL THEN 1 ELSE 0 END, [t17].[referral_id] ASC
                                ) AS [_previous]
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
                                  [t6].[referral_date] IS NOT NULL
                              ) AS [t17]
                            ) AS [t20]
                            WHERE
                              [t20].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t20].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t22]
                          LEFT OUTER JOIN (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[date_of_birth] AS [_born]
                            FROM [person] AS [t5]
                          ) AS [t16]
                            ON [t22].[la_code] = [t16].[la_code] AND [t22].[child_id] = [t16].[child_id]
                        ) AS [t23]
                      ) AS [t24]
                    ) AS [t26]
                    UNION ALL
                    SELECT
                      *
                    FROM (
                      SELECT
                        [t24].[la_code],
                        [t24].[month],
                        [t24].[numerator],
                        [t24].[denominator],
                        1 AS [_part],
                        COALESCE([t24].[referral_source], 'unknown') AS [breakdown_value]
                      FROM (
                        SELECT
                          [t23].[la_code],
                          [t23].[month],
                          [t23].[child_id],
                          [t23].[record_id],
                          [t23].[ref_date],
                          [t23].[numerator],
                          [t23].[denominator],
                          [t23].[referral_source],
                          [t23].[team],
                          [t23].[_born]
                        FROM (
                          SELECT
                            [t22].[la_code],
                            [t22].[month],
                            [t22].[child_id],
                            [t22].[record_id],
                            [t22].[ref_date],
                            [t22].[numerator],
                            [t22].[denominator],
                            [t22].[referral_source],
                            [t22].[team],
                            [t16].[la_code] AS [la_code_right],
                            [t16].[child_id] AS [child_id_right],
                            [t16].[_born]
                          FROM (
                            SELECT
                              [t20].[la_code],
                              DATETRUNC(MONTH, [t20].[referral_date]) AS [month],
                              CAST([t20].[child_id] AS VARCHAR(max)) AS [child_id],
                              CAST([t20].[referral_id] AS VARCHAR(max)) AS [record_id],
                              CAST([t20].[referral_date] AS DATE) AS [ref_date],
                              IIF(
                                COALESCE(
                                  (
                                    [t20].[_previous] IS NOT NULL
                                  )
                                  AND (
                                    [t20].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t20].[referral_date])
                                  ),
                                  (1 = 0)
                                ),
                                1.0,
                                0.0
                              ) AS [numerator],
                              1.0 AS [denominator],
                              [t20].[referral_source],
                              [t20].[team]
                            FROM (
                              SELECT
                                [t17].[referral_id],
                                [t17].[child_id],
                                [t17].[referral_date],
                                [t17].[referral_source],
                                [t17].[primary_need],
                                [t17].[referral_nfa],
                                [t17].[closure_date],
                                [t17].[closure_reason],
                                [t17].[team],
                                [t17].[la_code],
                                [t17].[load_id],
                                LAG([t17].[referral_date]) OVER (
                                  PARTITION BY [t17].[la_code], [t17].[child_id]
                                  ORDER BY CASE WHEN [t17].[referral_date] IS NULL THEN 1 ELSE 0 END, [t17].[referral_date] ASC, CASE WHEN [t17].[referral_id] IS NULL THEN 1 ELSE 0 END, [t17].[referral_id] ASC
                                ) AS [_previous]
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
                                  [t6].[referral_date] IS NOT NULL
                              ) AS [t17]
                            ) AS [t20]
                            WHERE
                              [t20].[referral_date] IS NOT NULL
                              AND DATETRUNC(MONTH, [t20].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                          ) AS [t22]
                          LEFT OUTER JOIN (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[date_of_birth] AS [_born]
                            FROM [person] AS [t5]
                          ) AS [t16]
                            ON [t22].[la_code] = [t16].[la_code] AND [t22].[child_id] = [t16].[child_id]
                        ) AS [t23]
                      ) AS [t24]
                    ) AS [t28]
                  ) AS [t29]
                ) AS [t30]
              ) AS [t33]
              GROUP BY
                [t33].[la_code],
                [t33].[month],
                [t33].[_part],
                [t33].[breakdown_value]
            ) AS [t34]
          ) AS [t35]
          GROUP BY
            [t35].[la_code],
            [t35].[indicator_id],
            [t35].[month_index],
            [t35].[breakdown],
            [t35].[breakdown_value]
        ) AS [t37]
        INNER JOIN (
          SELECT
            [t3].[indicator_id],
            [t3].[months_back]
          FROM (VALUES
            ('REF3', 11, 'percent')) AS t3(indicator_id, months_back, unit)
        ) AS [t15]
          ON [t37].[indicator_id] = [t15].[indicator_id]
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
          (35)) AS t11(_offset)
      ) AS [t38]
      WHERE
        [t38].[_offset] <= IIF([t38].[breakdown] = 'month_alone', 0, [t38].[months_back])
    ) AS [t40]
      ON [t40].[la_code] = [t8].[la_code]
      AND [t40].[indicator_id] = [t10].[indicator_id]
      AND [t40].[_until_index] = [t9].[month_index]
  ) AS [t41]
  GROUP BY
    [t41].[la_code],
    [t41].[indicator_id],
    [t41].[month],
    [t41].[breakdown],
    [t41].[breakdown_value],
    [t41].[unit]
)
SELECT
  [t54].[la_code],
  [t54].[indicator_id],
  [t54].[month],
  [t54].[breakdown],
  [t54].[breakdown_value],
  [t54].[numerator],
  CASE
    WHEN [t54].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t54].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t54].[denominator]
  END AS [denominator],
  CASE
    WHEN [t54].[unit] = 'count'
    THEN [t54].[numerator]
    WHEN [t54].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t54].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t54].[unit] = 'percent'
    THEN IIF(
      [t54].[denominator] > 0,
      CAST([t54].[numerator] AS FLOAT) / [t54].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t54].[denominator] > 0,
      CAST([t54].[numerator] AS FLOAT) / [t54].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t48].[la_code],
      [t48].[indicator_id],
      [t48].[month],
      [t48].[breakdown],
      [t48].[breakdown_value],
      [t48].[unit],
      [t48].[numerator],
      [t48].[denominator]
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
          [t14].[la_code],
          [t14].[month],
          [t14].[month_end],
          [t14].[month_index],
          [t14].[indicator_id],
          [t14].[months_back],
          [t14].[unit]
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
            ('REF3', 11, 'percent')) AS t10(indicator_id, months_back, unit)
        ) AS [t14]
        WHERE
          [t14].[months_back] > 0
      ) AS [t19]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t43].[la_code],
              [t43].[indicator_id],
              [t43].[month],
              [t43].[breakdown],
              [t43].[breakdown_value],
              [t43].[unit],
              [t43].[numerator],
              [t43].[denominator]
            FROM [t42] AS [t43]
            WHERE
              [t43].[breakdown] = 'month_alone'
          ) AS [t46]
          WHERE
            [t19].[la_code] = [t46].[la_code]
            AND [t19].[indicator_id] = [t46].[indicator_id]
            AND [t19].[month] = [t46].[month]
        )
    ) AS [t48]
  ) AS [t50]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t42] AS [t43]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t49].[la_code],
        [t49].[indicator_id],
        [t49].[month],
        [t49].[breakdown],
        [t49].[breakdown_value],
        [t49].[unit],
        [t49].[numerator],
        [t49].[denominator]
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
          ('REF3', 11, 'percent')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t43].[la_code],
                [t43].[indicator_id],
                [t43].[month],
                [t43].[breakdown],
                [t43].[breakdown_value],
                [t43].[unit],
                [t43].[numerator],
                [t43].[denominator]
              FROM [t42] AS [t43]
              WHERE
                [t43].[breakdown] = 'all'
            ) AS [t47]
            WHERE
              [t8].[la_code] = [t47].[la_code]
              AND [t10].[indicator_id] = [t47].[indicator_id]
              AND [t9].[month] = [t47].[month]
          )
      ) AS [t49]
    ) AS [t51]
  ) AS [t52]
) AS [t54]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t54].[la_code] = [t7].[la_code] AND [t54].[month] = [t7].[month]
