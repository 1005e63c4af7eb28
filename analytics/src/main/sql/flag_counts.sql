-- Flags of the consistency checks counted per region (the project's own) and fiscal year (null: flags about a
-- whole multi-year period), a page at a time in row_key order (region code * 10000 + year, year 0 for null).
-- A flag is in scope when a project-year of its period is. total_rows counts every row before paging.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 flag code,
-- $7 severity, $8 row_key after which the page starts (null: from the start), $9 number of rows.
WITH flags AS (
    SELECT f.project_id, f.evaluation_id, f.code, f.severity, f.fiscal_year, p.region_code
    FROM consistency_flag f
    JOIN project p ON p.id = f.project_id
    WHERE ($6 IS NULL OR f.code = $6)
      AND ($7 IS NULL OR f.severity = $7)
      AND EXISTS (
          SELECT 1 FROM project_years_in_scope($1, $2, $3, $4, $5) s
          WHERE s.project_id = f.project_id AND s.fiscal_year BETWEEN f.period_start_year AND f.period_end_year)
), by_code AS (
    SELECT region_code, fiscal_year, code, count(*) AS flags
    FROM flags
    GROUP BY region_code, fiscal_year, code
), counted AS (
    SELECT region_code, fiscal_year,
           CAST(region_code AS BIGINT) * 10000 + coalesce(fiscal_year, 0) AS row_key,
           count(*) AS flags,
           count(*) FILTER (WHERE severity = 'ERROR') AS errors,
           count(*) FILTER (WHERE severity = 'WARNING') AS warnings,
           count(*) FILTER (WHERE severity = 'INFO') AS infos,
           count(DISTINCT project_id) AS projects,
           count(DISTINCT evaluation_id) AS evaluations,
           count(*) OVER () AS total_rows
    FROM flags
    GROUP BY region_code, fiscal_year
)
SELECT c.row_key, c.region_code, r.name AS region_name, c.fiscal_year, c.flags, c.errors, c.warnings, c.infos,
       c.projects, c.evaluations, c.total_rows,
       (SELECT list(b.code ORDER BY b.code) FROM by_code b
        WHERE b.region_code = c.region_code AND b.fiscal_year IS NOT DISTINCT FROM c.fiscal_year) AS codes,
       (SELECT list(b.flags ORDER BY b.code) FROM by_code b
        WHERE b.region_code = c.region_code AND b.fiscal_year IS NOT DISTINCT FROM c.fiscal_year) AS code_flags
FROM counted c
JOIN region r ON r.code = c.region_code
WHERE $8 IS NULL OR c.row_key > $8
ORDER BY c.row_key
LIMIT $9;
