WITH [t35] AS (
  SELECT
    [t34].[la_code],
    [t34].[indicator_id],
    [t34].[month],
    [t34].[breakdown],
    [t34].[breakdown_value],
    [t34].[unit],
    SUM([t34].[_num]) AS [numerator],
    SUM([t34].[_den]) AS [denominator]
  FROM (
    SELECT
      [t7].[la_code],
      [t8].[month],
      [t8].[month_end],
      [t8].[month_index],
      [t9].[indicator_id],
      [t9].[months_back],
      [t9].[unit],
      [t33].[la_code] AS [la_code_right],
      [t33].[indicator_id] AS [indicator_id_right],
      [t33].[month_index] AS [month_index_right],
      [t33].[breakdown],
      [t33].[breakdown_value],
      [t33].[_num],
      [t33].[_den]
    FROM [scorecard_councils] AS [t7]
    CROSS JOIN [scorecard_month_spine] AS [t8]
    CROSS JOIN (VALUES
      ('REF3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t31].[la_code],
        [t31].[indicator_id],
        [t31].[month_index],
        [t31].[breakdown],
        [t31].[breakdown_value],
        SUM([t31].[numerator]) AS [_num],
        SUM([t31].[denominator]) AS [_den]
      FROM (
        SELECT
          [t30].[la_code],
          'REF3' AS [indicator_id],
          (
            (
              DATEPART(year, [t30].[month]) * 12
            ) + DATEPART(month, [t30].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t30].[_part] = 0
            THEN 'all'
            WHEN [t30].[_part] = 1
            THEN 'referral_source'
            WHEN [t30].[_part] = 2
            THEN 'team'
            WHEN [t30].[_part] = 3
            THEN 'age_band'
            WHEN [t30].[_part] = 4
            THEN 'month_alone'
            ELSE NULL
          END AS [breakdown],
          [t30].[breakdown_value],
          [t30].[numerator],
          [t30].[denominator]
        FROM (
          SELECT
            [t29].[la_code],
            [t29].[month],
            [t29].[_part],
            [t29].[breakdown_value],
            SUM([t29].[numerator]) AS [numerator],
            SUM([t29].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t20].[la_code],
                  [t20].[month],
                  [t20].[numerator],
                  [t20].[denominator],
                  2 AS [_part],
                  COALESCE([t20].[team], 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t19].[la_code],
                    [t19].[month],
                    [t19].[child_id],
                    [t19].[record_id],
                    [t19].[ref_date],
                    [t19].[numerator],
                    [t19].[denominator],
                    [t19].[referral_source],
                    [t19].[team],
                    [t19].[sex],
                    [t19].[ethnicity],
                    [t19].[date_of_birth]
                  FROM (
                    SELECT
                      [t18].[la_code],
                      [t18].[month],
                      [t18].[child_id],
                      [t18].[record_id],
                      [t18].[ref_date],
                      [t18].[numerator],
                      [t18].[denominator],
                      [t18].[referral_source],
                      [t18].[team],
                      [t12].[la_code] AS [la_code_right],
                      [t12].[child_id] AS [child_id_right],
                      [t12].[sex],
                      [t12].[ethnicity],
                      [t12].[date_of_birth]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        DATETRUNC(MONTH, [t16].[referral_date]) AS [month],
                        CAST([t16].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t16].[referral_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t16].[referral_date] AS DATE) AS [ref_date],
                        IIF(
                          COALESCE(
                            (
                              [t16].[_previous] IS NOT NULL
                            )
                            AND (
                              [t16].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t16].[referral_date])
                            ),
                            (1 = 0)
                          ),
                          1.0,
                          0.0
                        ) AS [numerator],
                        1.0 AS [denominator],
                        [t16].[referral_source],
                        [t16].[team]
                      FROM (
                        SELECT
                          [t13].[referral_id],
                          [t13].[child_id],
                          [t13].[referral_date],
                          [t13].[referral_source],
                          [t13].[primary_need],
                          [t13].[referral_nfa],
                          [t13].[closure_date],
                          [t13].[closure_reason],
                          [t13].[team],
                          [t13].[la_code],
                          [t13].[load_id],
                          LAG([t13].[referral_date]) OVER (
                            PARTITION BY [t13].[la_code], [t13].[child_id]
                            ORDER BY CASE WHEN [t13].[referral_date] IS NULL THEN 1 ELSE 0 END, [t13].[referral_date] ASC, CASE WHEN [t13].[referral_id] IS NULL THEN 1 ELSE 0 END, [t13].[referral_id] ASC
                          ) AS [_previous]
                        FROM (
                          SELECT
                            [t5].[referral_id],
                            [t5].[child_id],
                            [t5].[referral_date],
                            [t5].[referral_source],
                            [t5].[primary_need],
                            [t5].[referral_nfa],
                            [t5].[closure_date],
                            [t5].[closure_reason],
                            [t5].[team],
                            [t5].[la_code],
                            [t5].[load_id]
                          FROM [cin_episode] AS [t5]
                          WHERE
                            [t5].[referral_date] IS NOT NULL
                        ) AS [t13]
                      ) AS [t16]
                      WHERE
                        [t16].[referral_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t16].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t18]
                    LEFT OUTER JOIN (
                      SELECT
                        [t4].[la_code],
                        [t4].[child_id],
                        [t4].[sex],
                        [t4].[ethnicity],
                        [t4].[date_of_birth]
                      FROM [person] AS [t4]
                    ) AS [t12]
                      ON [t18].[la_code] = [t12].[la_code] AND [t18].[child_id] = [t12].[child_id]
                  ) AS [t19]
                ) AS [t20]
              ) AS [t23]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  [t20].[la_code],
                  [t20].[month],
                  [t20].[numerator],
                  [t20].[denominator],
                  3 AS [_part],
                  COALESCE(
                    COALESCE(
                      CASE
                        WHEN (
                          (
                            (
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 0
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
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
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 1
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
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
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 5
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
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
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 10
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
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
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
                              ),
                              1,
                              0
                            )
                          ) >= 16
                        )
                        AND (
                          (
                            (
                              DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t20].[ref_date]) * 100
                                ) + DATEPART(day, [t20].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t20].[date_of_birth]) * 100
                                ) + DATEPART(day, [t20].[date_of_birth])
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
                            DATEPART(year, [t20].[ref_date]) - DATEPART(year, [t20].[date_of_birth])
                          ) - IIF(
                            (
                              (
                                DATEPART(month, [t20].[ref_date]) * 100
                              ) + DATEPART(day, [t20].[ref_date])
                            ) < (
                              (
                                DATEPART(month, [t20].[date_of_birth]) * 100
                              ) + DATEPART(day, [t20].[date_of_birth])
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
                    [t19].[la_code],
                    [t19].[month],
                    [t19].[child_id],
                    [t19].[record_id],
                    [t19].[ref_date],
                    [t19].[numerator],
                    [t19].[denominator],
                    [t19].[referral_source],
                    [t19].[team],
                    [t19].[sex],
                    [t19].[ethnicity],
                    [t19].[date_of_birth]
                  FROM (
                    SELECT
                      [t18].[la_code],
                      [t18].[month],
                      [t18].[child_id],
                      [t18].[record_id],
                      [t18].[ref_date],
                      [t18].[numerator],
                      [t18].[denominator],
                      [t18].[referral_source],
                      [t18].[team],
                      [t12].[la_code] AS [la_code_right],
                      [t12].[child_id] AS [child_id_right],
                      [t12].[sex],
                      [t12].[ethnicity],
                      [t12].[date_of_birth]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        DATETRUNC(MONTH, [t16].[referral_date]) AS [month],
                        CAST([t16].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t16].[referral_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t16].[referral_date] AS DATE) AS [ref_date],
                        IIF(
                          COALESCE(
                            (
                              [t16].[_previous] IS NOT NULL
                            )
                            AND (
                              [t16].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t16].[referral_date])
                            ),
                            (1 = 0)
                          ),
                          1.0,
                          0.0
                        ) AS [numerator],
                        1.0 AS [denominator],
                        [t16].[referral_source],
                        [t16].[team]
                      FROM (
                        SELECT
                          [t13].[referral_id],
                          [t13].[child_id],
                          [t13].[referral_date],
                          [t13].[referral_source],
                          [t13].[primary_need],
                          [t13].[referral_nfa],
                          [t13].[closure_date],
                          [t13].[closure_reason],
                          [t13].[team],
                          [t13].[la_code],
                          [t13].[load_id],
                          LAG([t13].[referral_date]) OVER (
                            PARTITION BY [t13].[la_code], [t13].[child_id]
                            ORDER BY CASE WHEN [t13].[referral_date] IS NULL THEN 1 ELSE 0 END, [t13].[referral_date] ASC, CASE WHEN [t13].[referral_id] IS NULL THEN 1 ELSE 0 END, [t13].[referral_id] ASC
                          ) AS [_previous]
                        FROM (
                          SELECT
                            [t5].[referral_id],
                            [t5].[child_id],
                            [t5].[referral_date],
                            [t5].[referral_source],
                            [t5].[primary_need],
                            [t5].[referral_nfa],
                            [t5].[closure_date],
                            [t5].[closure_reason],
                            [t5].[team],
                            [t5].[la_code],
                            [t5].[load_id]
                          FROM [cin_episode] AS [t5]
                          WHERE
                            [t5].[referral_date] IS NOT NULL
                        ) AS [t13]
                      ) AS [t16]
                      WHERE
                        [t16].[referral_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t16].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t18]
                    LEFT OUTER JOIN (
                      SELECT
                        [t4].[la_code],
                        [t4].[child_id],
                        [t4].[sex],
                        [t4].[ethnicity],
                        [t4].[date_of_birth]
                      FROM [person] AS [t4]
                    ) AS [t12]
                      ON [t18].[la_code] = [t12].[la_code] AND [t18].[child_id] = [t12].[child_id]
                  ) AS [t19]
                ) AS [t20]
              ) AS [t27]
            ) AS [t28]
            UNION ALL
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t20].[la_code],
                  [t20].[month],
                  [t20].[numerator],
                  [t20].[denominator],
                  4 AS [_part],
                  'all' AS [breakdown_value]
                FROM (
                  SELECT
                    [t19].[la_code],
                    [t19].[month],
                    [t19].[child_id],
                    [t19].[record_id],
                    [t19].[ref_date],
                    [t19].[numerator],
                    [t19].[denominator],
                    [t19].[referral_source],
                    [t19].[team],
                    [t19].[sex],
                    [t19].[ethnicity],
                    [t19].[date_of_birth]
                  FROM (
                    SELECT
                      [t18].[la_code],
                      [t18].[month],
                      [t18].[child_id],
                      [t18].[record_id],
                      [t18].[ref_date],
                      [t18].[numerator],
                      [t18].[denominator],
                      [t18].[referral_source],
                      [t18].[team],
                      [t12].[la_code] AS [la_code_right],
                      [t12].[child_id] AS [child_id_right],
                      [t12].[sex],
                      [t12].[ethnicity],
                      [t12].[date_of_birth]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        DATETRUNC(MONTH, [t16].[referral_date]) AS [month],
                        CAST([t16].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t16].[referral_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t16].[referral_date] AS DATE) AS [ref_date],
                        IIF(
                          COALESCE(
                            (
                              [t16].[_previous] IS NOT NULL
                            )
                            AND (
                              [t16].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t16].[referral_date])
                            ),
                            (1 = 0)
                          ),
                          1.0,
                          0.0
                        ) AS [numerator],
                        1.0 AS [denominator],
                        [t16].[referral_source],
                        [t16].[team]
                      FROM (
                        SELECT
                          [t13].[referral_id],
                          [t13].[child_id],
                          [t13].[referral_date],
                          [t13].[referral_source],
                          [t13].[primary_need],
                          [t13].[referral_nfa],
                          [t13].[closure_date],
                          [t13].[closure_reason],
                          [t13].[team],
                          [t13].[la_code],
                          [t13].[load_id],
                          LAG([t13].[referral_date]) OVER (
                            PARTITION BY [t13].[la_code], [t13].[child_id]
                            ORDER BY CASE WHEN [t13].[referral_date] IS NULL THEN 1 ELSE 0 END, [t13].[referral_date] ASC, CASE WHEN [t13].[referral_id] IS NULL THEN 1 ELSE 0 END, [t13].[referral_id] ASC
                          ) AS [_previous]
                        FROM (
                          SELECT
                            [t5].[referral_id],
                            [t5].[child_id],
                            [t5].[referral_date],
                            [t5].[referral_source],
                            [t5].[primary_need],
                            [t5].[referral_nfa],
                            [t5].[closure_date],
                            [t5].[closure_reason],
                            [t5].[team],
                            [t5].[la_code],
                            [t5].[load_id]
                          FROM [cin_episode] AS [t5]
                          WHERE
                            [t5].[referral_date] IS NOT NULL
                        ) AS [t13]
                      ) AS [t16]
                      WHERE
                        [t16].[referral_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t16].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t18]
                    LEFT OUTER JOIN (
                      SELECT
                        [t4].[la_code],
                        [t4].[child_id],
                        [t4].[sex],
                        [t4].[ethnicity],
                        [t4].[date_of_birth]
                      FROM [person] AS [t4]
                    ) AS [t12]
                      ON [t18].[la_code] = [t12].[la_code] AND [t18].[child_id] = [t12].[child_id]
                  ) AS [t19]
                ) AS [t20]
              ) AS [t21]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t20].[la_code],
                    [t20].[month],
                    [t20].[numerator],
                    [t20].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t19].[la_code],
                      [t19].[month],
                      [t19].[child_id],
                      [t19].[record_id],
                      [t19].[ref_date],
                      [t19].[numerator],
                      [t19].[denominator],
                      [t19].[referral_source],
                      [t19].[team],
                      [t19].[sex],
                      [t19].[ethnicity],
                      [t19].[date_of_birth]
                    FROM (
                      SELECT
                        [t18].[la_code],
                        [t18].[month],
                        [t18].[child_id],
                        [t18].[record_id],
                        [t18].[ref_date],
                        [t18].[numerator],
                        [t18].[denominator],
                        [t18].[referral_source],
                        [t18].[team],
                        [t12].[la_code] AS [la_code_right],
                        [t12].[child_id] AS [child_id_right],
                        [t12].[sex],
                        [t12].[ethnicity],
                        [t12].[date_of_birth]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          DATETRUNC(MONTH, [t16].[referral_date]) AS [month],
                          CAST([t16].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t16].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t16].[referral_date] AS DATE) AS [ref_date],
                          IIF(
                            COALESCE(
                              (
                                [t16].[_previous] IS NOT NULL
                              )
                              AND (
                                [t16].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t16].[referral_date])
                              ),
                              (1 = 0)
                            ),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t16].[referral_source],
                          [t16].[team]
                        FROM (
                          SELECT
                            [t13].[referral_id],
                            [t13].[child_id],
                            [t13].[referral_date],
                            [t13].[referral_source],
                            [t13].[primary_need],
                            [t13].[referral_nfa],
                            [t13].[closure_date],
                            [t13].[closure_reason],
                            [t13].[team],
                            [t13].[la_code],
                            [t13].[load_id],
                            LAG([t13].[referral_date]) OVER (
                              PARTITION BY [t13].[la_code], [t13].[child_id]
                              ORDER BY CASE WHEN [t13].[referral_date] IS NULL THEN 1 ELSE 0 END, [t13].[referral_date] ASC, CASE WHEN [t13].[referral_id] IS NULL THEN 1 ELSE 0 END, [t13].[referral_id] ASC
                            ) AS [_previous]
                          FROM (
                            SELECT
                              [t5].[referral_id],
                              [t5].[child_id],
                              [t5].[referral_date],
                              [t5].[referral_source],
                              [t5].[primary_need],
                              [t5].[referral_nfa],
                              [t5].[closure_date],
                              [t5].[closure_reason],
                              [t5].[team],
                              [t5].[la_code],
                              [t5].[load_id]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                          ) AS [t13]
                        ) AS [t16]
                        WHERE
                          [t16].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t16].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t18]
                      LEFT OUTER JOIN (
                        SELECT
                          [t4].[la_code],
                          [t4].[child_id],
                          [t4].[sex],
                          [t4].[ethnicity],
                          [t4].[date_of_birth]
                        FROM [person] AS [t4]
                      ) AS [t12]
                        ON [t18].[la_code] = [t12].[la_code] AND [t18].[child_id] = [t12].[child_id]
                    ) AS [t19]
                  ) AS [t20]
                ) AS [t22]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t20].[la_code],
                    [t20].[month],
                    [t20].[numerator],
                    [t20].[denominator],
                    1 AS [_part],
                    COALESCE([t20].[referral_source], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t19].[la_code],
                      [t19].[month],
                      [t19].[child_id],
                      [t19].[record_id],
                      [t19].[ref_date],
                      [t19].[numerator],
                      [t19].[denominator],
                      [t19].[referral_source],
                      [t19].[team],
                      [t19].[sex],
                      [t19].[ethnicity],
                      [t19].[date_of_birth]
                    FROM (
                      SELECT
                        [t18].[la_code],
                        [t18].[month],
                        [t18].[child_id],
                        [t18].[record_id],
                        [t18].[ref_date],
                        [t18].[numerator],
                        [t18].[denominator],
                        [t18].[referral_source],
                        [t18].[team],
                        [t12].[la_code] AS [la_code_right],
                        [t12].[child_id] AS [child_id_right],
                        [t12].[sex],
                        [t12].[ethnicity],
                        [t12].[date_of_birth]
                      FROM (
                        SELECT
                          [t16].[la_code],
                          DATETRUNC(MONTH, [t16].[referral_date]) AS [month],
                          CAST([t16].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t16].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t16].[referral_date] AS DATE) AS [ref_date],
                          IIF(
                            COALESCE(
                              (
                                [t16].[_previous] IS NOT NULL
                              )
                              AND (
                                [t16].[_previous] >= DATEADD(YEAR, -CAST('1' AS BIGINT), [t16].[referral_date])
                              ),
                              (1 = 0)
                            ),
                            1.0,
                            0.0
                          ) AS [numerator],
                          1.0 AS [denominator],
                          [t16].[referral_source],
                          [t16].[team]
                        FROM (
                          SELECT
                            [t13].[referral_id],
                            [t13].[child_id],
                            [t13].[referral_date],
                            [t13].[referral_source],
                            [t13].[primary_need],
                            [t13].[referral_nfa],
                            [t13].[closure_date],
                            [t13].[closure_reason],
                            [t13].[team],
                            [t13].[la_code],
                            [t13].[load_id],
                            LAG([t13].[referral_date]) OVER (
                              PARTITION BY [t13].[la_code], [t13].[child_id]
                              ORDER BY CASE WHEN [t13].[referral_date] IS NULL THEN 1 ELSE 0 END, [t13].[referral_date] ASC, CASE WHEN [t13].[referral_id] IS NULL THEN 1 ELSE 0 END, [t13].[referral_id] ASC
                            ) AS [_previous]
                          FROM (
                            SELECT
                              [t5].[referral_id],
                              [t5].[child_id],
                              [t5].[referral_date],
                              [t5].[referral_source],
                              [t5].[primary_need],
                              [t5].[referral_nfa],
                              [t5].[closure_date],
                              [t5].[closure_reason],
                              [t5].[team],
                              [t5].[la_code],
                              [t5].[load_id]
                            FROM [cin_episode] AS [t5]
                            WHERE
                              [t5].[referral_date] IS NOT NULL
                          ) AS [t13]
                        ) AS [t16]
                        WHERE
                          [t16].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t16].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t18]
                      LEFT OUTER JOIN (
                        SELECT
                          [t4].[la_code],
                          [t4].[child_id],
                          [t4].[sex],
                          [t4].[ethnicity],
                          [t4].[date_of_birth]
                        FROM [person] AS [t4]
                      ) AS [t12]
                        ON [t18].[la_code] = [t12].[la_code] AND [t18].[child_id] = [t12].[child_id]
                    ) AS [t19]
                  ) AS [t20]
                ) AS [t24]
              ) AS [t25]
            ) AS [t26]
          ) AS [t29]
          GROUP BY
            [t29].[la_code],
            [t29].[month],
            [t29].[_part],
            [t29].[breakdown_value]
        ) AS [t30]
      ) AS [t31]
      GROUP BY
        [t31].[la_code],
        [t31].[indicator_id],
        [t31].[month_index],
        [t31].[breakdown],
        [t31].[breakdown_value]
    ) AS [t33]
      ON [t33].[la_code] = [t7].[la_code]
      AND [t33].[indicator_id] = [t9].[indicator_id]
      AND [t33].[month_index] <= [t8].[month_index]
      AND [t33].[month_index] >= (
        [t8].[month_index] - IIF([t33].[breakdown] = 'month_alone', 0, [t9].[months_back])
      )
  ) AS [t34]
  GROUP BY
    [t34].[la_code],
    [t34].[indicator_id],
    [t34].[month],
    [t34].[breakdown],
    [t34].[breakdown_value],
    [t34].[unit]
)
SELECT
  [t47].[la_code],
  [t47].[indicator_id],
  [t47].[month],
  [t47].[breakdown],
  [t47].[breakdown_value],
  [t47].[numerator],
  CASE
    WHEN [t47].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t47].[unit] = 'rate'
    THEN CAST([t6].[population] AS FLOAT)
    ELSE [t47].[denominator]
  END AS [denominator],
  CASE
    WHEN [t47].[unit] = 'count'
    THEN [t47].[numerator]
    WHEN [t47].[unit] = 'rate'
    THEN IIF(
      CAST([t6].[population] AS FLOAT) > 0,
      (
        [t47].[numerator] * 10000
      ) / CAST([t6].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t47].[unit] = 'percent'
    THEN IIF(
      [t47].[denominator] > 0,
      CAST([t47].[numerator] AS FLOAT) / [t47].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t47].[denominator] > 0,
      CAST([t47].[numerator] AS FLOAT) / [t47].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t41].[la_code],
      [t41].[indicator_id],
      [t41].[month],
      [t41].[breakdown],
      [t41].[breakdown_value],
      [t41].[unit],
      [t41].[numerator],
      [t41].[denominator]
    FROM (
      SELECT
        [t15].[la_code],
        [t15].[indicator_id],
        [t15].[month],
        [t15].[unit],
        'month_alone' AS [breakdown],
        'all' AS [breakdown_value],
        0.0 AS [numerator],
        0.0 AS [denominator]
      FROM (
        SELECT
          [t11].[la_code],
          [t11].[month],
          [t11].[month_end],
          [t11].[month_index],
          [t11].[indicator_id],
          [t11].[months_back],
          [t11].[unit]
        FROM (
          SELECT
            [t7].[la_code],
            [t8].[month],
            [t8].[month_end],
            [t8].[month_index],
            [t9].[indicator_id],
            [t9].[months_back],
            [t9].[unit]
          FROM [scorecard_councils] AS [t7]
          CROSS JOIN [scorecard_month_spine] AS [t8]
          CROSS JOIN (VALUES
            ('REF3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        ) AS [t11]
        WHERE
          [t11].[months_back] > 0
      ) AS [t15]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t36].[la_code],
              [t36].[indicator_id],
              [t36].[month],
              [t36].[breakdown],
              [t36].[breakdown_value],
              [t36].[unit],
              [t36].[numerator],
              [t36].[denominator]
            FROM [t35] AS [t36]
            WHERE
              [t36].[breakdown] = 'month_alone'
          ) AS [t39]
          WHERE
            [t15].[la_code] = [t39].[la_code]
            AND [t15].[indicator_id] = [t39].[indicator_id]
            AND [t15].[month] = [t39].[month]
        )
    ) AS [t41]
  ) AS [t43]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t35] AS [t36]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t42].[la_code],
        [t42].[indicator_id],
        [t42].[month],
        [t42].[breakdown],
        [t42].[breakdown_value],
        [t42].[unit],
        [t42].[numerator],
        [t42].[denominator]
      FROM (
        SELECT
          [t7].[la_code],
          [t9].[indicator_id],
          [t8].[month],
          [t9].[unit],
          'all' AS [breakdown],
          'all' AS [breakdown_value],
          0.0 AS [numerator],
          0.0 AS [denominator]
        FROM [scorecard_councils] AS [t7]
        CROSS JOIN [scorecard_month_spine] AS [t8]
        CROSS JOIN (VALUES
          ('REF3', 11, 'percent')) AS t9(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t36].[la_code],
                [t36].[indicator_id],
                [t36].[month],
                [t36].[breakdown],
                [t36].[breakdown_value],
                [t36].[unit],
                [t36].[numerator],
                [t36].[denominator]
              FROM [t35] AS [t36]
              WHERE
                [t36].[breakdown] = 'all'
            ) AS [t40]
            WHERE
              [t7].[la_code] = [t40].[la_code]
              AND [t9].[indicator_id] = [t40].[indicator_id]
              AND [t8].[month] = [t40].[month]
          )
      ) AS [t42]
    ) AS [t44]
  ) AS [t45]
) AS [t47]
LEFT OUTER JOIN [scorecard_population] AS [t6]
  ON [t47].[la_code] = [t6].[la_code] AND [t47].[month] = [t6].[month]
