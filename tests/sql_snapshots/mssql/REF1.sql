WITH [t44] AS (
  SELECT
    [t43].[la_code],
    [t43].[indicator_id],
    [t43].[month],
    [t43].[breakdown],
    [t43].[breakdown_value],
    [t43].[unit],
    SUM([t43].[_num]) AS [numerator],
    SUM([t43].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t42].[la_code] AS [la_code_right],
      [t42].[indicator_id] AS [indicator_id_right],
      [t42].[month_index] AS [month_index_right],
      [t42].[breakdown],
      [t42].[breakdown_value],
      [t42].[_num],
      [t42].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('REF1', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t40].[la_code],
        [t40].[indicator_id],
        [t40].[month_index],
        [t40].[breakdown],
        [t40].[breakdown_value],
        SUM([t40].[numerator]) AS [_num],
        SUM([t40].[denominator]) AS [_den]
      FROM (
        SELECT
          [t39].[la_code],
          'REF1' AS [indicator_id],
          (
            (
              DATEPART(year, [t39].[month]) * 12
            ) + DATEPART(month, [t39].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t39].[_part] = 0
            THEN 'all'
            WHEN [t39].[_part] = 1
            THEN 'referral_source'
            WHEN [t39].[_part] = 2
            THEN 'team'
            WHEN [t39].[_part] = 3
            THEN 'age_band'
            WHEN [t39].[_part] = 4
            THEN 'sex'
            WHEN [t39].[_part] = 5
            THEN 'ethnicity_group'
            WHEN [t39].[_part] = 6
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t39].[breakdown_value],
          [t39].[numerator],
          [t39].[denominator]
        FROM (
          SELECT
            [t38].[la_code],
            [t38].[month],
            [t38].[_part],
            [t38].[breakdown_value],
            SUM([t38].[numerator]) AS [numerator],
            SUM([t38].[denominator]) AS [denominator]
          FROM (
            SELECT
              *
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  [t25].[la_code],
                  [t25].[month],
                  [t25].[numerator],
                  [t25].[denominator],
                  6 AS [_part],
                  COALESCE(COALESCE([t25].[_disabled], 'Not disabled'), 'unknown') AS [breakdown_value]
                FROM (
                  SELECT
                    [t24].[la_code],
                    [t24].[month],
                    [t24].[child_id],
                    [t24].[record_id],
                    [t24].[ref_date],
                    [t24].[numerator],
                    [t24].[denominator],
                    [t24].[referral_source],
                    [t24].[team],
                    [t24].[sex],
                    [t24].[ethnicity],
                    [t24].[date_of_birth],
                    [t24].[_disabled]
                  FROM (
                    SELECT
                      [t16].[la_code],
                      [t16].[month],
                      [t16].[child_id],
                      [t16].[record_id],
                      [t16].[ref_date],
                      [t16].[numerator],
                      [t16].[denominator],
                      [t16].[referral_source],
                      [t16].[team],
                      [t23].[la_code] AS [la_code_right],
                      [t23].[child_id] AS [child_id_right],
                      [t23].[sex],
                      [t23].[ethnicity],
                      [t23].[date_of_birth],
                      [t23].[_disabled]
                    FROM (
                      SELECT
                        [t4].[la_code],
                        DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                        CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                        CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                        CAST([t4].[referral_date] AS DATE) AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator],
                        [t4].[referral_source],
                        [t4].[team]
                      FROM [cin_episode] AS [t4]
                      WHERE
                        [t4].[referral_date] IS NOT NULL
                        AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                    ) AS [t16]
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
                          [t19].[la_code] AS [la_code_right],
                          [t19].[child_id] AS [child_id_right],
                          [t19].[_disabled]
                        FROM (
                          SELECT
                            [t5].[la_code],
                            [t5].[child_id],
                            [t5].[sex],
                            [t5].[ethnicity],
                            [t5].[date_of_birth]
                          FROM [person] AS [t5]
                        ) AS [t13]
                        LEFT OUTER JOIN (
                          SELECT
                            [t14].[la_code],
                            [t14].[child_id],
                            'Disabled' AS [_disabled]
                          FROM (
                            SELECT DISTINCT
                              [t6].[la_code],
                              [t6].[child_id]
                            FROM [disability] AS [t6]
                            WHERE
                              [t6].[disability] <> 'NONE'
                          ) AS [t14]
                        ) AS [t19]
                          ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                      ) AS [t21]
                    ) AS [t23]
                      ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                  ) AS [t24]
                ) AS [t25]
              ) AS [t29]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    0 AS [_part],
                    'all' AS [breakdown_value]
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[referral_source],
                      [t24].[team],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t16].[referral_source],
                        [t16].[team],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[referral_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[referral_source],
                          [t4].[team]
                        FROM [cin_episode] AS [t4]
                        WHERE
                          [t4].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
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
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t26]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    1 AS [_part],
                    COALESCE([t25].[referral_source], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[referral_source],
                      [t24].[team],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t16].[referral_source],
                        [t16].[team],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[referral_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[referral_source],
                          [t4].[team]
                        FROM [cin_episode] AS [t4]
                        WHERE
                          [t4].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
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
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t27]
              ) AS [t30]
            ) AS [t31]
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
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    2 AS [_part],
                    COALESCE([t25].[team], 'unknown') AS [breakdown_value]
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[referral_source],
                      [t24].[team],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t16].[referral_source],
                        [t16].[team],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[referral_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[referral_source],
                          [t4].[team]
                        FROM [cin_episode] AS [t4]
                        WHERE
                          [t4].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
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
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t28]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    3 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE
                          WHEN (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 0
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 1
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 5
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 10
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
                                ),
                                1,
                                0
                              )
                            ) >= 16
                          )
                          AND (
                            (
                              (
                                DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                              ) - IIF(
                                (
                                  (
                                    DATEPART(month, [t25].[ref_date]) * 100
                                  ) + DATEPART(day, [t25].[ref_date])
                                ) < (
                                  (
                                    DATEPART(month, [t25].[date_of_birth]) * 100
                                  ) + DATEPART(day, [t25].[date_of_birth])
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
                              DATEPART(year, [t25].[ref_date]) - DATEPART(year, [t25].[date_of_birth])
                            ) - IIF(
                              (
                                (
                                  DATEPART(month, [t25].[ref_date]) * 100
                                ) + DATEPART(day, [t25].[ref_date])
                              ) < (
                                (
                                  DATEPART(month, [t25].[date_of_birth]) * 100
                                ) + DATEPART(day, [t25].[date_of_birth])
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
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[referral_source],
                      [t24].[team],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t16].[referral_source],
                        [t16].[team],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[referral_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[referral_source],
                          [t4].[team]
                        FROM [cin_episode] AS [t4]
                        WHERE
                          [t4].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
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
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t35]
              ) AS [t36]
              UNION ALL
              SELECT
                *
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    4 AS [_part],
                    COALESCE(
                      COALESCE(
                        CASE [t25].[sex] WHEN '1' THEN 'M' WHEN '2' THEN 'F' ELSE [t25].[sex] END,
                        'unknown'
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[referral_source],
                      [t24].[team],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t16].[referral_source],
                        [t16].[team],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[referral_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[referral_source],
                          [t4].[team]
                        FROM [cin_episode] AS [t4]
                        WHERE
                          [t4].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
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
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t32]
                UNION ALL
                SELECT
                  *
                FROM (
                  SELECT
                    [t25].[la_code],
                    [t25].[month],
                    [t25].[numerator],
                    [t25].[denominator],
                    5 AS [_part],
                    COALESCE(
                      IIF(
                        [t25].[ethnicity] IN ('REFU', 'NOBT'),
                        'Not known',
                        CASE
                          WHEN SUBSTRING([t25].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'W'
                          THEN 'White'
                          WHEN SUBSTRING([t25].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'M'
                          THEN 'Mixed'
                          WHEN SUBSTRING([t25].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'A'
                          THEN 'Asian or Asian British'
                          WHEN SUBSTRING([t25].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'B'
                          THEN 'Black or Black British'
                          WHEN SUBSTRING([t25].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'C'
                          THEN 'Other ethnic group'
                          WHEN SUBSTRING([t25].[ethnicity], IIF((
                            0 + 1
                          ) >= 1, 0 + 1, 0 + 1 + LEN([t25].[ethnicity])), 1) = 'O'
                          THEN 'Other ethnic group'
                          ELSE 'Not known'
                        END
                      ),
                      'unknown'
                    ) AS [breakdown_value]
                  FROM (
                    SELECT
                      [t24].[la_code],
                      [t24].[month],
                      [t24].[child_id],
                      [t24].[record_id],
                      [t24].[ref_date],
                      [t24].[numerator],
                      [t24].[denominator],
                      [t24].[referral_source],
                      [t24].[team],
                      [t24].[sex],
                      [t24].[ethnicity],
                      [t24].[date_of_birth],
                      [t24].[_disabled]
                    FROM (
                      SELECT
                        [t16].[la_code],
                        [t16].[month],
                        [t16].[child_id],
                        [t16].[record_id],
                        [t16].[ref_date],
                        [t16].[numerator],
                        [t16].[denominator],
                        [t16].[referral_source],
                        [t16].[team],
                        [t23].[la_code] AS [la_code_right],
                        [t23].[child_id] AS [child_id_right],
                        [t23].[sex],
                        [t23].[ethnicity],
                        [t23].[date_of_birth],
                        [t23].[_disabled]
                      FROM (
                        SELECT
                          [t4].[la_code],
                          DATETRUNC(MONTH, [t4].[referral_date]) AS [month],
                          CAST([t4].[child_id] AS VARCHAR(max)) AS [child_id],
                          CAST([t4].[referral_id] AS VARCHAR(max)) AS [record_id],
                          CAST([t4].[referral_date] AS DATE) AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator],
                          [t4].[referral_source],
                          [t4].[team]
                        FROM [cin_episode] AS [t4]
                        WHERE
                          [t4].[referral_date] IS NOT NULL
                          AND DATETRUNC(MONTH, [t4].[referral_date]) BETWEEN DATEFROMPARTS(2020, 12, 1) AND DATEFROMPARTS(2026, 10, 1)
                      ) AS [t16]
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
                            [t19].[la_code] AS [la_code_right],
                            [t19].[child_id] AS [child_id_right],
                            [t19].[_disabled]
                          FROM (
                            SELECT
                              [t5].[la_code],
                              [t5].[child_id],
                              [t5].[sex],
                              [t5].[ethnicity],
                              [t5].[date_of_birth]
                            FROM [person] AS [t5]
                          ) AS [t13]
                          LEFT OUTER JOIN (
                            SELECT
                              [t14].[la_code],
                              [t14].[child_id],
                              'Disabled' AS [_disabled]
                            FROM (
                              SELECT DISTINCT
                                [t6].[la_code],
                                [t6].[child_id]
                              FROM [disability] AS [t6]
                              WHERE
                                [t6].[disability] <> 'NONE'
                            ) AS [t14]
                          ) AS [t19]
                            ON [t13].[la_code] = [t19].[la_code] AND [t13].[child_id] = [t19].[child_id]
                        ) AS [t21]
                      ) AS [t23]
                        ON [t16].[la_code] = [t23].[la_code] AND [t16].[child_id] = [t23].[child_id]
                    ) AS [t24]
                  ) AS [t25]
                ) AS [t33]
              ) AS [t34]
            ) AS [t37]
          ) AS [t38]
          GROUP BY
            [t38].[la_code],
            [t38].[month],
            [t38].[_part],
            [t38].[breakdown_value]
        ) AS [t39]
      ) AS [t40]
      GROUP BY
        [t40].[la_code],
        [t40].[indicator_id],
        [t40].[month_index],
        [t40].[breakdown],
        [t40].[breakdown_value]
    ) AS [t42]
      ON [t42].[la_code] = [t8].[la_code]
      AND [t42].[indicator_id] = [t10].[indicator_id]
      AND [t42].[month_index] <= [t9].[month_index]
      AND [t42].[month_index] >= (
        [t9].[month_index] - IIF([t42].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t43]
  GROUP BY
    [t43].[la_code],
    [t43].[indicator_id],
    [t43].[month],
    [t43].[breakdown],
    [t43].[breakdown_value],
    [t43].[unit]
)
SELECT
  [t56].[la_code],
  [t56].[indicator_id],
  [t56].[month],
  [t56].[breakdown],
  [t56].[breakdown_value],
  [t56].[numerator],
  CASE
    WHEN [t56].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t56].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t56].[denominator]
  END AS [denominator],
  CASE
    WHEN [t56].[unit] = 'count'
    THEN [t56].[numerator]
    WHEN [t56].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t56].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t56].[unit] = 'percent'
    THEN IIF(
      [t56].[denominator] > 0,
      CAST([t56].[numerator] AS FLOAT) / [t56].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t56].[denominator] > 0,
      CAST([t56].[numerator] AS FLOAT) / [t56].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t50].[la_code],
      [t50].[indicator_id],
      [t50].[month],
      [t50].[breakdown],
      [t50].[breakdown_value],
      [t50].[unit],
      [t50].[numerator],
      [t50].[denominator]
    FROM (
      SELECT
        [t20].[la_code],
        [t20].[indicator_id],
        [t20].[month],
        [t20].[unit],
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
            ('REF1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t20]
      WHERE
        NOT EXISTS(
          SELECT
            1
          FROM (
            SELECT
              [t45].[la_code],
              [t45].[indicator_id],
              [t45].[month],
              [t45].[breakdown],
              [t45].[breakdown_value],
              [t45].[unit],
              [t45].[numerator],
              [t45].[denominator]
            FROM [t44] AS [t45]
            WHERE
              [t45].[breakdown] = 'month_alone'
          ) AS [t48]
          WHERE
            [t20].[la_code] = [t48].[la_code]
            AND [t20].[indicator_id] = [t48].[indicator_id]
            AND [t20].[month] = [t48].[month]
        )
    ) AS [t50]
  ) AS [t52]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t44] AS [t45]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t51].[la_code],
        [t51].[indicator_id],
        [t51].[month],
        [t51].[breakdown],
        [t51].[breakdown_value],
        [t51].[unit],
        [t51].[numerator],
        [t51].[denominator]
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
          ('REF1', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t45].[la_code],
                [t45].[indicator_id],
                [t45].[month],
                [t45].[breakdown],
                [t45].[breakdown_value],
                [t45].[unit],
                [t45].[numerator],
                [t45].[denominator]
              FROM [t44] AS [t45]
              WHERE
                [t45].[breakdown] = 'all'
            ) AS [t49]
            WHERE
              [t8].[la_code] = [t49].[la_code]
              AND [t10].[indicator_id] = [t49].[indicator_id]
              AND [t9].[month] = [t49].[month]
          )
      ) AS [t51]
    ) AS [t53]
  ) AS [t54]
) AS [t56]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t56].[la_code] = [t7].[la_code] AND [t56].[month] = [t7].[month]
