-- Expenditure, calls answered and tickets per project and fiscal year: the inputs of cost per call and cost per
-- ticket, which Measures computes. Expenditure is the hotline component's where a project has components: its
-- lines at the highest level that names the component (a part of the total, not the parts of that part).
-- A count for the whole year is preferred; without one, monthly (or other sub-year) figures are summed.
-- Ordered by region code, project and year; the slice is taken in that order (LIMIT/OFFSET) and total_count
-- counts the whole filtered set.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 how many
-- rows of that order to skip (0 from the first row), $7 how many rows at most (NULL for all).
WITH scope AS (
    SELECT * FROM project_years_in_scope($1, $2, $3, $4, $5)
),
hotline_component AS (
    SELECT project_id, id AS component_id FROM project_component WHERE is_hotline
),
spending AS (
    SELECT f.project_id, f.fiscal_year, sum(f.amount) AS expenditure
    FROM fund_flow f
    JOIN scope s ON s.project_id = f.project_id AND s.fiscal_year = f.fiscal_year
    LEFT JOIN hotline_component h ON h.project_id = f.project_id
    WHERE f.kind = 'EXPENDITURE'
      AND CASE WHEN h.component_id IS NULL THEN f.parent_id IS NULL
               ELSE f.component_id = h.component_id
                    AND f.parent_component_id IS DISTINCT FROM h.component_id END
    GROUP BY f.project_id, f.fiscal_year
),
counts AS (
    SELECT m.project_id, s.fiscal_year, m.metric,
           sum(m.value) FILTER (WHERE m.period_start = make_date(s.fiscal_year, 1, 1)
                                  AND m.period_end = make_date(s.fiscal_year, 12, 31)) AS whole_year,
           sum(m.value) FILTER (WHERE NOT (m.period_start = make_date(s.fiscal_year, 1, 1)
                                  AND m.period_end = make_date(s.fiscal_year, 12, 31))) AS within_year
    FROM operating_metric m
    JOIN scope s ON s.project_id = m.project_id
     AND m.period_start >= make_date(s.fiscal_year, 1, 1)
     AND m.period_end <= make_date(s.fiscal_year, 12, 31)
    WHERE m.metric IN ('CALLS_ANSWERED', 'TICKETS_HANDLED')
    GROUP BY m.project_id, s.fiscal_year, m.metric
),
per_year AS (
    SELECT project_id, fiscal_year,
           max(coalesce(whole_year, within_year)) FILTER (WHERE metric = 'CALLS_ANSWERED') AS calls_answered,
           max(coalesce(whole_year, within_year)) FILTER (WHERE metric = 'TICKETS_HANDLED') AS tickets
    FROM counts
    GROUP BY project_id, fiscal_year
)
SELECT s.project_id, p.project_key, p.name AS project_name, r.code AS region_code, r.name AS region_name,
       s.fiscal_year,
       sp.expenditure,
       h.project_id IS NOT NULL AS hotline_component_only,
       c.calls_answered,
       c.tickets,
       count(*) OVER () AS total_count
FROM scope s
JOIN project p ON p.id = s.project_id
JOIN region r ON r.code = p.region_code
LEFT JOIN spending sp ON sp.project_id = s.project_id AND sp.fiscal_year = s.fiscal_year
LEFT JOIN hotline_component h ON h.project_id = s.project_id
LEFT JOIN per_year c ON c.project_id = s.project_id AND c.fiscal_year = s.fiscal_year
ORDER BY r.code, p.id, s.fiscal_year
LIMIT $7 OFFSET $6;
