WITH [t15] AS (
  SELECT
    [t6].[episode_id],
    [t6].[child_id],
    [t6].[start_date],
    [t6].[end_date],
    [t6].[reason],
    [t6].[end_reason],
    [t6].[organisation],
    [t6].[la_code],
    [t6].[load_id]
  FROM [early_help_episode] AS [t6]
  WHERE
    [t6].[start_date] IS NOT NULL
), [t32] AS (
  SELECT
    [t31].[episode_id],
    [t31].[child_id],
    [t31].[start_date],
    [t31].[end_date],
    [t31].[reason],
    [t31].[end_reason],
    [t31].[organisation],
    [t31].[la_code],
    [t31].[load_id],
    [t31].[_reach],
    [t31].[_earlier_reach],
    MAX(IIF(COALESCE([t31].[_earlier_reach] > [t31].[start_date], (1 = 0)), 1, 0)) OVER (
      PARTITION BY [t31].[la_code], [t31].[child_id]
      ORDER BY CASE WHEN NULL IS NULL THEN 1 ELSE 0 END, NULL ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS [_overlaps]
  FROM (
    SELECT
      [t30].[episode_id],
      [t30].[child_id],
      [t30].[start_date],
      [t30].[end_date],
      [t30].[reason],
      [t30].[end_reason],
      [t30].[organisation],
      [t30].[la_code],
      [t30].[load_id],
      [t30].[_reach],
      LAG([t30].[_reach]) OVER (
        PARTITION BY [t30].[la_code], [t30].[child_id]
        ORDER BY CASE WHEN [t30].[start_date] IS NULL THEN 1 ELSE 0 END, [t30].[start_date] ASC
      ) AS [_earlier_reach]
    FROM (
      SELECT
        [t29].[episode_id],
        [t29].[child_id],
        [t29].[start_date],
        [t29].[end_date],
        [t29].[reason],
        [t29].[end_reason],
        [t29].[organisation],
        [t29].[la_code],
        [t29].[load_id],
        MAX(COALESCE([t29].[end_date], DATEFROMPARTS(9999, 12, 31))) OVER (
          PARTITION BY [t29].[la_code], [t29].[child_id]
          ORDER BY CASE WHEN [t29].[start_date] IS NULL THEN 1 ELSE 0 END, [t29].[start_date] ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS [_reach]
      FROM (
        SELECT
          [t18].[episode_id],
          [t18].[child_id],
          [t18].[start_date],
          [t18].[end_date],
          [t18].[reason],
          [t18].[end_reason],
          [t18].[organisation],
          [t18].[la_code],
          [t18].[load_id]
        FROM [t15] AS [t18]
        WHERE
          EXISTS(
            SELECT
              1
            FROM (
              SELECT
                [t21].[la_code],
                [t21].[child_id]
              FROM (
                SELECT
                  [t16].[la_code],
                  [t16].[child_id],
                  COUNT_BIG(*) AS [_records]
                FROM [t15] AS [t16]
                GROUP BY
                  [t16].[la_code],
                  [t16].[child_id]
              ) AS [t21]
              WHERE
                [t21].[_records] > 1
            ) AS [t25]
            WHERE
              [t18].[la_code] = [t25].[la_code] AND [t18].[child_id] = [t25].[child_id]
          )
      ) AS [t29]
    ) AS [t30]
  ) AS [t31]
), [t66] AS (
  SELECT
    [t65].[la_code],
    [t65].[indicator_id],
    [t65].[month],
    [t65].[breakdown],
    [t65].[breakdown_value],
    [t65].[unit],
    SUM([t65].[_num]) AS [numerator],
    SUM([t65].[_den]) AS [denominator]
  FROM (
    SELECT
      [t8].[la_code],
      [t9].[month],
      [t9].[month_end],
      [t9].[month_index],
      [t10].[indicator_id],
      [t10].[months_back],
      [t10].[unit],
      [t64].[la_code] AS [la_code_right],
      [t64].[indicator_id] AS [indicator_id_right],
      [t64].[month_index] AS [month_index_right],
      [t64].[breakdown],
      [t64].[breakdown_value],
      [t64].[_num],
      [t64].[_den]
    FROM [scorecard_councils] AS [t8]
    CROSS JOIN [scorecard_month_spine] AS [t9]
    CROSS JOIN (VALUES
      ('EH2', 0, 'count')) AS t10(indicator_id, months_back, unit)
    INNER JOIN (
      SELECT
        [t62].[la_code],
        [t62].[indicator_id],
        [t62].[month_index],
        [t62].[breakdown],
        [t62].[breakdown_value],
        SUM([t62].[numerator]) AS [_num],
        SUM([t62].[denominator]) AS [_den]
      FROM (
        SELECT
          [t61].[la_code],
          'EH2' AS [indicator_id],
          (
            (
              DATEPART(year, [t61].[month]) * 12
            ) + DATEPART(month, [t61].[month])
          ) - 1 AS [month_index],
          CASE
            WHEN [t61].[_part] = 0
            THEN 'all'
            WHEN [t61].[_part] = 1
            THEN 'age_band'
            WHEN [t61].[_part] = 2
            THEN 'sex'
            WHEN [t61].[_part] = 3
            THEN 'ethnicity_group'
            WHEN [t61].[_part] = 4
            THEN 'disability'
            ELSE NULL
          END AS [breakdown],
          [t61].[breakdown_value],
          [t61].[numerator],
          [t61].[denominator]
        FROM (
          SELECT
            [t60].[la_code],
            [t60].[month],
            [t60].[_part],
            [t60].[breakdown_value],
            SUM([t60].[numerator]) AS [numerator],
            SUM([t60].[denominator]) AS [denominator]
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
                        [t47].[episode_id] AS [record_id],
                        [t47].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t42].[episode_id],
                            [t42].[child_id],
                            [t42].[start_date],
                            [t42].[end_date],
                            [t42].[reason],
                            [t42].[end_reason],
                            [t42].[organisation],
                            [t42].[la_code],
                            [t42].[load_id],
                            [t42].[month],
                            [t42].[month_end],
                            [t42].[month_index]
                          FROM (
                            SELECT
                              [t40].[episode_id],
                              [t40].[child_id],
                              [t40].[start_date],
                              [t40].[end_date],
                              [t40].[reason],
                              [t40].[end_reason],
                              [t40].[organisation],
                              [t40].[la_code],
                              [t40].[load_id],
                              [t40].[_until],
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
                            FROM (
                              SELECT
                                [t37].[episode_id],
                                [t37].[child_id],
                                [t37].[start_date],
                                [t37].[end_date],
                                [t37].[reason],
                                [t37].[end_reason],
                                [t37].[organisation],
                                [t37].[la_code],
                                [t37].[load_id],
                                COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t18].[episode_id],
                                    [t18].[child_id],
                                    [t18].[start_date],
                                    [t18].[end_date],
                                    [t18].[reason],
                                    [t18].[end_reason],
                                    [t18].[organisation],
                                    [t18].[la_code],
                                    [t18].[load_id]
                                  FROM [t15] AS [t18]
                                  WHERE
                                    NOT EXISTS(
                                      SELECT
                                        1
                                      FROM (
                                        SELECT
                                          [t21].[la_code],
                                          [t21].[child_id]
                                        FROM (
                                          SELECT
                                            [t16].[la_code],
                                            [t16].[child_id],
                                            COUNT_BIG(*) AS [_records]
                                          FROM [t15] AS [t16]
                                          GROUP BY
                                            [t16].[la_code],
                                            [t16].[child_id]
                                        ) AS [t21]
                                        WHERE
                                          [t21].[_records] > 1
                                      ) AS [t25]
                                      WHERE
                                        [t18].[la_code] = [t25].[la_code] AND [t18].[child_id] = [t25].[child_id]
                                    )
                                ) AS [t28]
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t33].[episode_id],
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[end_date],
                                    [t33].[reason],
                                    [t33].[end_reason],
                                    [t33].[organisation],
                                    [t33].[la_code],
                                    [t33].[load_id]
                                  FROM [t32] AS [t33]
                                  WHERE
                                    IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                ) AS [t35]
                              ) AS [t37]
                              WHERE
                                [t37].[start_date] IS NOT NULL
                            ) AS [t40]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t40].[start_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                          ) AS [t42]
                        ) AS [t43]
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t45].[episode_id],
                            [t45].[child_id],
                            [t45].[start_date],
                            [t45].[end_date],
                            [t45].[reason],
                            [t45].[end_reason],
                            [t45].[organisation],
                            [t45].[la_code],
                            [t45].[load_id],
                            [t45].[month],
                            [t45].[month_end],
                            [t45].[month_index]
                          FROM (
                            SELECT
                              [t44].[episode_id],
                              [t44].[child_id],
                              [t44].[start_date],
                              [t44].[end_date],
                              [t44].[reason],
                              [t44].[end_reason],
                              [t44].[organisation],
                              [t44].[la_code],
                              [t44].[load_id],
                              [t44].[month],
                              [t44].[month_end],
                              [t44].[month_index],
                              [t44].[_rank]
                            FROM (
                              SELECT
                                [t41].[episode_id],
                                [t41].[child_id],
                                [t41].[start_date],
                                [t41].[end_date],
                                [t41].[reason],
                                [t41].[end_reason],
                                [t41].[organisation],
                                [t41].[la_code],
                                [t41].[load_id],
                                [t41].[month],
                                [t41].[month_end],
                                [t41].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                  ORDER BY [t41].[start_date] DESC
                                ) - 1 AS [_rank]
                              FROM (
                                SELECT
                                  [t39].[episode_id],
                                  [t39].[child_id],
                                  [t39].[start_date],
                                  [t39].[end_date],
                                  [t39].[reason],
                                  [t39].[end_reason],
                                  [t39].[organisation],
                                  [t39].[la_code],
                                  [t39].[load_id],
                                  [t39].[month],
                                  [t39].[month_end],
                                  [t39].[month_index]
                                FROM (
                                  SELECT
                                    [t36].[episode_id],
                                    [t36].[child_id],
                                    [t36].[start_date],
                                    [t36].[end_date],
                                    [t36].[reason],
                                    [t36].[end_reason],
                                    [t36].[organisation],
                                    [t36].[la_code],
                                    [t36].[load_id],
                                    [t36].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t33].[episode_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[end_date],
                                      [t33].[reason],
                                      [t33].[end_reason],
                                      [t33].[organisation],
                                      [t33].[la_code],
                                      [t33].[load_id],
                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                  ) AS [t36]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t36].[start_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
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
                        [t24].[la_code],
                        [t24].[child_id],
                        [t24].[sex],
                        [t24].[ethnicity],
                        [t24].[date_of_birth],
                        [t24].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t20].[la_code] AS [la_code_right],
                          [t20].[child_id] AS [child_id_right],
                          [t20].[_disabled]
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
                        ) AS [t20]
                          ON [t13].[la_code] = [t20].[la_code] AND [t13].[child_id] = [t20].[child_id]
                      ) AS [t24]
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
                        [t47].[episode_id] AS [record_id],
                        [t47].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t42].[episode_id],
                            [t42].[child_id],
                            [t42].[start_date],
                            [t42].[end_date],
                            [t42].[reason],
                            [t42].[end_reason],
                            [t42].[organisation],
                            [t42].[la_code],
                            [t42].[load_id],
                            [t42].[month],
                            [t42].[month_end],
                            [t42].[month_index]
                          FROM (
                            SELECT
                              [t40].[episode_id],
                              [t40].[child_id],
                              [t40].[start_date],
                              [t40].[end_date],
                              [t40].[reason],
                              [t40].[end_reason],
                              [t40].[organisation],
                              [t40].[la_code],
                              [t40].[load_id],
                              [t40].[_until],
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
                            FROM (
                              SELECT
                                [t37].[episode_id],
                                [t37].[child_id],
                                [t37].[start_date],
                                [t37].[end_date],
                                [t37].[reason],
                                [t37].[end_reason],
                                [t37].[organisation],
                                [t37].[la_code],
                                [t37].[load_id],
                                COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t18].[episode_id],
                                    [t18].[child_id],
                                    [t18].[start_date],
                                    [t18].[end_date],
                                    [t18].[reason],
                                    [t18].[end_reason],
                                    [t18].[organisation],
                                    [t18].[la_code],
                                    [t18].[load_id]
                                  FROM [t15] AS [t18]
                                  WHERE
                                    NOT EXISTS(
                                      SELECT
                                        1
                                      FROM (
                                        SELECT
                                          [t21].[la_code],
                                          [t21].[child_id]
                                        FROM (
                                          SELECT
                                            [t16].[la_code],
                                            [t16].[child_id],
                                            COUNT_BIG(*) AS [_records]
                                          FROM [t15] AS [t16]
                                          GROUP BY
                                            [t16].[la_code],
                                            [t16].[child_id]
                                        ) AS [t21]
                                        WHERE
                                          [t21].[_records] > 1
                                      ) AS [t25]
                                      WHERE
                                        [t18].[la_code] = [t25].[la_code] AND [t18].[child_id] = [t25].[child_id]
                                    )
                                ) AS [t28]
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t33].[episode_id],
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[end_date],
                                    [t33].[reason],
                                    [t33].[end_reason],
                                    [t33].[organisation],
                                    [t33].[la_code],
                                    [t33].[load_id]
                                  FROM [t32] AS [t33]
                                  WHERE
                                    IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                ) AS [t35]
                              ) AS [t37]
                              WHERE
                                [t37].[start_date] IS NOT NULL
                            ) AS [t40]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t40].[start_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                          ) AS [t42]
                        ) AS [t43]
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t45].[episode_id],
                            [t45].[child_id],
                            [t45].[start_date],
                            [t45].[end_date],
                            [t45].[reason],
                            [t45].[end_reason],
                            [t45].[organisation],
                            [t45].[la_code],
                            [t45].[load_id],
                            [t45].[month],
                            [t45].[month_end],
                            [t45].[month_index]
                          FROM (
                            SELECT
                              [t44].[episode_id],
                              [t44].[child_id],
                              [t44].[start_date],
                              [t44].[end_date],
                              [t44].[reason],
                              [t44].[end_reason],
                              [t44].[organisation],
                              [t44].[la_code],
                              [t44].[load_id],
                              [t44].[month],
                              [t44].[month_end],
                              [t44].[month_index],
                              [t44].[_rank]
                            FROM (
                              SELECT
                                [t41].[episode_id],
                                [t41].[child_id],
                                [t41].[start_date],
                                [t41].[end_date],
                                [t41].[reason],
                                [t41].[end_reason],
                                [t41].[organisation],
                                [t41].[la_code],
                                [t41].[load_id],
                                [t41].[month],
                                [t41].[month_end],
                                [t41].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                  ORDER BY [t41].[start_date] DESC
                                ) - 1 AS [_rank]
                              FROM (
                                SELECT
                                  [t39].[episode_id],
                                  [t39].[child_id],
                                  [t39].[start_date],
                                  [t39].[end_date],
                                  [t39].[reason],
                                  [t39].[end_reason],
                                  [t39].[organisation],
                                  [t39].[la_code],
                                  [t39].[load_id],
                                  [t39].[month],
                                  [t39].[month_end],
                                  [t39].[month_index]
                                FROM (
                                  SELECT
                                    [t36].[episode_id],
                                    [t36].[child_id],
                                    [t36].[start_date],
                                    [t36].[end_date],
                                    [t36].[reason],
                                    [t36].[end_reason],
                                    [t36].[organisation],
                                    [t36].[la_code],
                                    [t36].[load_id],
                                    [t36].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t33].[episode_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[end_date],
                                      [t33].[reason],
                                      [t33].[end_reason],
                                      [t33].[organisation],
                                      [t33].[la_code],
                                      [t33].[load_id],
                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                  ) AS [t36]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t36].[start_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
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
                        [t24].[la_code],
                        [t24].[child_id],
                        [t24].[sex],
                        [t24].[ethnicity],
                        [t24].[date_of_birth],
                        [t24].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t20].[la_code] AS [la_code_right],
                          [t20].[child_id] AS [child_id_right],
                          [t20].[_disabled]
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
                        ) AS [t20]
                          ON [t13].[la_code] = [t20].[la_code] AND [t13].[child_id] = [t20].[child_id]
                      ) AS [t24]
                    ) AS [t27]
                      ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                  ) AS [t50]
                ) AS [t51]
              ) AS [t55]
            ) AS [t56]
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
                        [t47].[episode_id] AS [record_id],
                        [t47].[month_end] AS [ref_date],
                        1.0 AS [numerator],
                        1.0 AS [denominator]
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t42].[episode_id],
                            [t42].[child_id],
                            [t42].[start_date],
                            [t42].[end_date],
                            [t42].[reason],
                            [t42].[end_reason],
                            [t42].[organisation],
                            [t42].[la_code],
                            [t42].[load_id],
                            [t42].[month],
                            [t42].[month_end],
                            [t42].[month_index]
                          FROM (
                            SELECT
                              [t40].[episode_id],
                              [t40].[child_id],
                              [t40].[start_date],
                              [t40].[end_date],
                              [t40].[reason],
                              [t40].[end_reason],
                              [t40].[organisation],
                              [t40].[la_code],
                              [t40].[load_id],
                              [t40].[_until],
                              [t9].[month],
                              [t9].[month_end],
                              [t9].[month_index]
                            FROM (
                              SELECT
                                [t37].[episode_id],
                                [t37].[child_id],
                                [t37].[start_date],
                                [t37].[end_date],
                                [t37].[reason],
                                [t37].[end_reason],
                                [t37].[organisation],
                                [t37].[la_code],
                                [t37].[load_id],
                                COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t18].[episode_id],
                                    [t18].[child_id],
                                    [t18].[start_date],
                                    [t18].[end_date],
                                    [t18].[reason],
                                    [t18].[end_reason],
                                    [t18].[organisation],
                                    [t18].[la_code],
                                    [t18].[load_id]
                                  FROM [t15] AS [t18]
                                  WHERE
                                    NOT EXISTS(
                                      SELECT
                                        1
                                      FROM (
                                        SELECT
                                          [t21].[la_code],
                                          [t21].[child_id]
                                        FROM (
                                          SELECT
                                            [t16].[la_code],
                                            [t16].[child_id],
                                            COUNT_BIG(*) AS [_records]
                                          FROM [t15] AS [t16]
                                          GROUP BY
                                            [t16].[la_code],
                                            [t16].[child_id]
                                        ) AS [t21]
                                        WHERE
                                          [t21].[_records] > 1
                                      ) AS [t25]
                                      WHERE
                                        [t18].[la_code] = [t25].[la_code] AND [t18].[child_id] = [t25].[child_id]
                                    )
                                ) AS [t28]
                                UNION ALL
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    [t33].[episode_id],
                                    [t33].[child_id],
                                    [t33].[start_date],
                                    [t33].[end_date],
                                    [t33].[reason],
                                    [t33].[end_reason],
                                    [t33].[organisation],
                                    [t33].[la_code],
                                    [t33].[load_id]
                                  FROM [t32] AS [t33]
                                  WHERE
                                    IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                ) AS [t35]
                              ) AS [t37]
                              WHERE
                                [t37].[start_date] IS NOT NULL
                            ) AS [t40]
                            INNER JOIN [scorecard_month_spine] AS [t9]
                              ON [t40].[start_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                          ) AS [t42]
                        ) AS [t43]
                        UNION ALL
                        SELECT
                          *
                        FROM (
                          SELECT
                            [t45].[episode_id],
                            [t45].[child_id],
                            [t45].[start_date],
                            [t45].[end_date],
                            [t45].[reason],
                            [t45].[end_reason],
                            [t45].[organisation],
                            [t45].[la_code],
                            [t45].[load_id],
                            [t45].[month],
                            [t45].[month_end],
                            [t45].[month_index]
                          FROM (
                            SELECT
                              [t44].[episode_id],
                              [t44].[child_id],
                              [t44].[start_date],
                              [t44].[end_date],
                              [t44].[reason],
                              [t44].[end_reason],
                              [t44].[organisation],
                              [t44].[la_code],
                              [t44].[load_id],
                              [t44].[month],
                              [t44].[month_end],
                              [t44].[month_index],
                              [t44].[_rank]
                            FROM (
                              SELECT
                                [t41].[episode_id],
                                [t41].[child_id],
                                [t41].[start_date],
                                [t41].[end_date],
                                [t41].[reason],
                                [t41].[end_reason],
                                [t41].[organisation],
                                [t41].[la_code],
                                [t41].[load_id],
                                [t41].[month],
                                [t41].[month_end],
                                [t41].[month_index],
                                ROW_NUMBER() OVER (
                                  PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                  ORDER BY [t41].[start_date] DESC
                                ) - 1 AS [_rank]
                              FROM (
                                SELECT
                                  [t39].[episode_id],
                                  [t39].[child_id],
                                  [t39].[start_date],
                                  [t39].[end_date],
                                  [t39].[reason],
                                  [t39].[end_reason],
                                  [t39].[organisation],
                                  [t39].[la_code],
                                  [t39].[load_id],
                                  [t39].[month],
                                  [t39].[month_end],
                                  [t39].[month_index]
                                FROM (
                                  SELECT
                                    [t36].[episode_id],
                                    [t36].[child_id],
                                    [t36].[start_date],
                                    [t36].[end_date],
                                    [t36].[reason],
                                    [t36].[end_reason],
                                    [t36].[organisation],
                                    [t36].[la_code],
                                    [t36].[load_id],
                                    [t36].[_until],
                                    [t9].[month],
                                    [t9].[month_end],
                                    [t9].[month_index]
                                  FROM (
                                    SELECT
                                      [t33].[episode_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[end_date],
                                      [t33].[reason],
                                      [t33].[end_reason],
                                      [t33].[organisation],
                                      [t33].[la_code],
                                      [t33].[load_id],
                                      COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                  ) AS [t36]
                                  INNER JOIN [scorecard_month_spine] AS [t9]
                                    ON [t36].[start_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
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
                        [t24].[la_code],
                        [t24].[child_id],
                        [t24].[sex],
                        [t24].[ethnicity],
                        [t24].[date_of_birth],
                        [t24].[_disabled]
                      FROM (
                        SELECT
                          [t13].[la_code],
                          [t13].[child_id],
                          [t13].[sex],
                          [t13].[ethnicity],
                          [t13].[date_of_birth],
                          [t20].[la_code] AS [la_code_right],
                          [t20].[child_id] AS [child_id_right],
                          [t20].[_disabled]
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
                        ) AS [t20]
                          ON [t13].[la_code] = [t20].[la_code] AND [t13].[child_id] = [t20].[child_id]
                      ) AS [t24]
                    ) AS [t27]
                      ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                  ) AS [t50]
                ) AS [t51]
              ) AS [t53]
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
                          [t47].[episode_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[episode_id],
                              [t42].[child_id],
                              [t42].[start_date],
                              [t42].[end_date],
                              [t42].[reason],
                              [t42].[end_reason],
                              [t42].[organisation],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
                            FROM (
                              SELECT
                                [t40].[episode_id],
                                [t40].[child_id],
                                [t40].[start_date],
                                [t40].[end_date],
                                [t40].[reason],
                                [t40].[end_reason],
                                [t40].[organisation],
                                [t40].[la_code],
                                [t40].[load_id],
                                [t40].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t37].[episode_id],
                                  [t37].[child_id],
                                  [t37].[start_date],
                                  [t37].[end_date],
                                  [t37].[reason],
                                  [t37].[end_reason],
                                  [t37].[organisation],
                                  [t37].[la_code],
                                  [t37].[load_id],
                                  COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t18].[episode_id],
                                      [t18].[child_id],
                                      [t18].[start_date],
                                      [t18].[end_date],
                                      [t18].[reason],
                                      [t18].[end_reason],
                                      [t18].[organisation],
                                      [t18].[la_code],
                                      [t18].[load_id]
                                    FROM [t15] AS [t18]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t21].[la_code],
                                            [t21].[child_id]
                                          FROM (
                                            SELECT
                                              [t16].[la_code],
                                              [t16].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t16]
                                            GROUP BY
                                              [t16].[la_code],
                                              [t16].[child_id]
                                          ) AS [t21]
                                          WHERE
                                            [t21].[_records] > 1
                                        ) AS [t25]
                                        WHERE
                                          [t18].[la_code] = [t25].[la_code] AND [t18].[child_id] = [t25].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[episode_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[end_date],
                                      [t33].[reason],
                                      [t33].[end_reason],
                                      [t33].[organisation],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[start_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[start_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t45].[episode_id],
                              [t45].[child_id],
                              [t45].[start_date],
                              [t45].[end_date],
                              [t45].[reason],
                              [t45].[end_reason],
                              [t45].[organisation],
                              [t45].[la_code],
                              [t45].[load_id],
                              [t45].[month],
                              [t45].[month_end],
                              [t45].[month_index]
                            FROM (
                              SELECT
                                [t44].[episode_id],
                                [t44].[child_id],
                                [t44].[start_date],
                                [t44].[end_date],
                                [t44].[reason],
                                [t44].[end_reason],
                                [t44].[organisation],
                                [t44].[la_code],
                                [t44].[load_id],
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
                              FROM (
                                SELECT
                                  [t41].[episode_id],
                                  [t41].[child_id],
                                  [t41].[start_date],
                                  [t41].[end_date],
                                  [t41].[reason],
                                  [t41].[end_reason],
                                  [t41].[organisation],
                                  [t41].[la_code],
                                  [t41].[load_id],
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[start_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[episode_id],
                                    [t39].[child_id],
                                    [t39].[start_date],
                                    [t39].[end_date],
                                    [t39].[reason],
                                    [t39].[end_reason],
                                    [t39].[organisation],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[episode_id],
                                      [t36].[child_id],
                                      [t36].[start_date],
                                      [t36].[end_date],
                                      [t36].[reason],
                                      [t36].[end_reason],
                                      [t36].[organisation],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[episode_id],
                                        [t33].[child_id],
                                        [t33].[start_date],
                                        [t33].[end_date],
                                        [t33].[reason],
                                        [t33].[end_reason],
                                        [t33].[organisation],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[start_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
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
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
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
                          ) AS [t20]
                            ON [t13].[la_code] = [t20].[la_code] AND [t13].[child_id] = [t20].[child_id]
                        ) AS [t24]
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
                          [t47].[episode_id] AS [record_id],
                          [t47].[month_end] AS [ref_date],
                          1.0 AS [numerator],
                          1.0 AS [denominator]
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t42].[episode_id],
                              [t42].[child_id],
                              [t42].[start_date],
                              [t42].[end_date],
                              [t42].[reason],
                              [t42].[end_reason],
                              [t42].[organisation],
                              [t42].[la_code],
                              [t42].[load_id],
                              [t42].[month],
                              [t42].[month_end],
                              [t42].[month_index]
                            FROM (
                              SELECT
                                [t40].[episode_id],
                                [t40].[child_id],
                                [t40].[start_date],
                                [t40].[end_date],
                                [t40].[reason],
                                [t40].[end_reason],
                                [t40].[organisation],
                                [t40].[la_code],
                                [t40].[load_id],
                                [t40].[_until],
                                [t9].[month],
                                [t9].[month_end],
                                [t9].[month_index]
                              FROM (
                                SELECT
                                  [t37].[episode_id],
                                  [t37].[child_id],
                                  [t37].[start_date],
                                  [t37].[end_date],
                                  [t37].[reason],
                                  [t37].[end_reason],
                                  [t37].[organisation],
                                  [t37].[la_code],
                                  [t37].[load_id],
                                  COALESCE([t37].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t18].[episode_id],
                                      [t18].[child_id],
                                      [t18].[start_date],
                                      [t18].[end_date],
                                      [t18].[reason],
                                      [t18].[end_reason],
                                      [t18].[organisation],
                                      [t18].[la_code],
                                      [t18].[load_id]
                                    FROM [t15] AS [t18]
                                    WHERE
                                      NOT EXISTS(
                                        SELECT
                                          1
                                        FROM (
                                          SELECT
                                            [t21].[la_code],
                                            [t21].[child_id]
                                          FROM (
                                            SELECT
                                              [t16].[la_code],
                                              [t16].[child_id],
                                              COUNT_BIG(*) AS [_records]
                                            FROM [t15] AS [t16]
                                            GROUP BY
                                              [t16].[la_code],
                                              [t16].[child_id]
                                          ) AS [t21]
                                          WHERE
                                            [t21].[_records] > 1
                                        ) AS [t25]
                                        WHERE
                                          [t18].[la_code] = [t25].[la_code] AND [t18].[child_id] = [t25].[child_id]
                                      )
                                  ) AS [t28]
                                  UNION ALL
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      [t33].[episode_id],
                                      [t33].[child_id],
                                      [t33].[start_date],
                                      [t33].[end_date],
                                      [t33].[reason],
                                      [t33].[end_reason],
                                      [t33].[organisation],
                                      [t33].[la_code],
                                      [t33].[load_id]
                                    FROM [t32] AS [t33]
                                    WHERE
                                      IIF([t33].[_overlaps] <> 0, 1, 0) = 0
                                  ) AS [t35]
                                ) AS [t37]
                                WHERE
                                  [t37].[start_date] IS NOT NULL
                              ) AS [t40]
                              INNER JOIN [scorecard_month_spine] AS [t9]
                                ON [t40].[start_date] <= [t9].[month_end] AND [t40].[_until] > [t9].[month_end]
                            ) AS [t42]
                          ) AS [t43]
                          UNION ALL
                          SELECT
                            *
                          FROM (
                            SELECT
                              [t45].[episode_id],
                              [t45].[child_id],
                              [t45].[start_date],
                              [t45].[end_date],
                              [t45].[reason],
                              [t45].[end_reason],
                              [t45].[organisation],
                              [t45].[la_code],
                              [t45].[load_id],
                              [t45].[month],
                              [t45].[month_end],
                              [t45].[month_index]
                            FROM (
                              SELECT
                                [t44].[episode_id],
                                [t44].[child_id],
                                [t44].[start_date],
                                [t44].[end_date],
                                [t44].[reason],
                                [t44].[end_reason],
                                [t44].[organisation],
                                [t44].[la_code],
                                [t44].[load_id],
                                [t44].[month],
                                [t44].[month_end],
                                [t44].[month_index],
                                [t44].[_rank]
                              FROM (
                                SELECT
                                  [t41].[episode_id],
                                  [t41].[child_id],
                                  [t41].[start_date],
                                  [t41].[end_date],
                                  [t41].[reason],
                                  [t41].[end_reason],
                                  [t41].[organisation],
                                  [t41].[la_code],
                                  [t41].[load_id],
                                  [t41].[month],
                                  [t41].[month_end],
                                  [t41].[month_index],
                                  ROW_NUMBER() OVER (
                                    PARTITION BY [t41].[la_code], [t41].[child_id], [t41].[month]
                                    ORDER BY [t41].[start_date] DESC
                                  ) - 1 AS [_rank]
                                FROM (
                                  SELECT
                                    [t39].[episode_id],
                                    [t39].[child_id],
                                    [t39].[start_date],
                                    [t39].[end_date],
                                    [t39].[reason],
                                    [t39].[end_reason],
                                    [t39].[organisation],
                                    [t39].[la_code],
                                    [t39].[load_id],
                                    [t39].[month],
                                    [t39].[month_end],
                                    [t39].[month_index]
                                  FROM (
                                    SELECT
                                      [t36].[episode_id],
                                      [t36].[child_id],
                                      [t36].[start_date],
                                      [t36].[end_date],
                                      [t36].[reason],
                                      [t36].[end_reason],
                                      [t36].[organisation],
                                      [t36].[la_code],
                                      [t36].[load_id],
                                      [t36].[_until],
                                      [t9].[month],
                                      [t9].[month_end],
                                      [t9].[month_index]
                                    FROM (
                                      SELECT
                                        [t33].[episode_id],
                                        [t33].[child_id],
                                        [t33].[start_date],
                                        [t33].[end_date],
                                        [t33].[reason],
                                        [t33].[end_reason],
                                        [t33].[organisation],
                                        [t33].[la_code],
                                        [t33].[load_id],
                                        COALESCE([t33].[end_date], DATEFROMPARTS(9999, 12, 31)) AS [_until]
                                      FROM [t32] AS [t33]
                                      WHERE
                                        [t33].[_overlaps] <> 0 AND [t33].[start_date] IS NOT NULL
                                    ) AS [t36]
                                    INNER JOIN [scorecard_month_spine] AS [t9]
                                      ON [t36].[start_date] <= [t9].[month_end] AND [t36].[_until] > [t9].[month_end]
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
                          [t24].[la_code],
                          [t24].[child_id],
                          [t24].[sex],
                          [t24].[ethnicity],
                          [t24].[date_of_birth],
                          [t24].[_disabled]
                        FROM (
                          SELECT
                            [t13].[la_code],
                            [t13].[child_id],
                            [t13].[sex],
                            [t13].[ethnicity],
                            [t13].[date_of_birth],
                            [t20].[la_code] AS [la_code_right],
                            [t20].[child_id] AS [child_id_right],
                            [t20].[_disabled]
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
                          ) AS [t20]
                            ON [t13].[la_code] = [t20].[la_code] AND [t13].[child_id] = [t20].[child_id]
                        ) AS [t24]
                      ) AS [t27]
                        ON [t49].[la_code] = [t27].[la_code] AND [t49].[child_id] = [t27].[child_id]
                    ) AS [t50]
                  ) AS [t51]
                ) AS [t57]
              ) AS [t58]
            ) AS [t59]
          ) AS [t60]
          GROUP BY
            [t60].[la_code],
            [t60].[month],
            [t60].[_part],
            [t60].[breakdown_value]
        ) AS [t61]
      ) AS [t62]
      GROUP BY
        [t62].[la_code],
        [t62].[indicator_id],
        [t62].[month_index],
        [t62].[breakdown],
        [t62].[breakdown_value]
    ) AS [t64]
      ON [t64].[la_code] = [t8].[la_code]
      AND [t64].[indicator_id] = [t10].[indicator_id]
      AND [t64].[month_index] <= [t9].[month_index]
      AND [t64].[month_index] >= (
        [t9].[month_index] - IIF([t64].[breakdown] = 'month_alone', 0, [t10].[months_back])
      )
  ) AS [t65]
  GROUP BY
    [t65].[la_code],
    [t65].[indicator_id],
    [t65].[month],
    [t65].[breakdown],
    [t65].[breakdown_value],
    [t65].[unit]
)
SELECT
  [t78].[la_code],
  [t78].[indicator_id],
  [t78].[month],
  [t78].[breakdown],
  [t78].[breakdown_value],
  [t78].[numerator],
  CASE
    WHEN [t78].[unit] = 'count'
    THEN CAST(NULL AS FLOAT)
    WHEN [t78].[unit] = 'rate'
    THEN CAST([t7].[population] AS FLOAT)
    ELSE [t78].[denominator]
  END AS [denominator],
  CASE
    WHEN [t78].[unit] = 'count'
    THEN [t78].[numerator]
    WHEN [t78].[unit] = 'rate'
    THEN IIF(
      CAST([t7].[population] AS FLOAT) > 0,
      (
        [t78].[numerator] * 10000
      ) / CAST([t7].[population] AS FLOAT),
      CAST(NULL AS FLOAT)
    )
    WHEN [t78].[unit] = 'percent'
    THEN IIF(
      [t78].[denominator] > 0,
      CAST([t78].[numerator] AS FLOAT) / [t78].[denominator],
      CAST(NULL AS FLOAT)
    ) * 100
    ELSE IIF(
      [t78].[denominator] > 0,
      CAST([t78].[numerator] AS FLOAT) / [t78].[denominator],
      CAST(NULL AS FLOAT)
    )
  END AS [value]
FROM (
  SELECT
    *
  FROM (
    SELECT
      [t72].[la_code],
      [t72].[indicator_id],
      [t72].[month],
      [t72].[breakdown],
      [t72].[breakdown_value],
      [t72].[unit],
      [t72].[numerator],
      [t72].[denominator]
    FROM (
      SELECT
        [t22].[la_code],
        [t22].[indicator_id],
        [t22].[month],
        [t22].[unit],
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
            ('EH2', 0, 'count')) AS t10(indicator_id, months_back, unit)
        ) AS [t12]
        WHERE
          [t12].[months_back] > 0
      ) AS [t22]
      WHERE
        NOT EXISTS(
          SELECT
            1
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
            FROM [t66] AS [t67]
            WHERE
              [t67].[breakdown] = 'month_alone'
          ) AS [t70]
          WHERE
            [t22].[la_code] = [t70].[la_code]
            AND [t22].[indicator_id] = [t70].[indicator_id]
            AND [t22].[month] = [t70].[month]
        )
    ) AS [t72]
  ) AS [t74]
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM [t66] AS [t67]
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        [t73].[la_code],
        [t73].[indicator_id],
        [t73].[month],
        [t73].[breakdown],
        [t73].[breakdown_value],
        [t73].[unit],
        [t73].[numerator],
        [t73].[denominator]
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
          ('EH2', 0, 'count')) AS t10(indicator_id, months_back, unit)
        WHERE
          NOT EXISTS(
            SELECT
              1
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
              FROM [t66] AS [t67]
              WHERE
                [t67].[breakdown] = 'all'
            ) AS [t71]
            WHERE
              [t8].[la_code] = [t71].[la_code]
              AND [t10].[indicator_id] = [t71].[indicator_id]
              AND [t9].[month] = [t71].[month]
          )
      ) AS [t73]
    ) AS [t75]
  ) AS [t76]
) AS [t78]
LEFT OUTER JOIN [scorecard_population] AS [t7]
  ON [t78].[la_code] = [t7].[la_code] AND [t78].[month] = [t7].[month]
