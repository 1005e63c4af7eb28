-- The unit_costs comparison without a filter, asked of PostgreSQL: the benchmark's reference for DuckDB.
WITH project_years AS (
    SELECT p.id AS project_id, y AS fiscal_year
    FROM project p CROSS JOIN LATERAL generate_series(p.period_start_year, p.period_end_year) y
),
hotline_component AS (
    SELECT project_id, id AS component_id FROM project_component WHERE is_hotline
),
spending AS (
    SELECT f.project_id, f.fiscal_year, sum(f.amount) AS expenditure
    FROM fund_flow f
    LEFT JOIN fund_flow parent ON parent.id = f.parent_id
    LEFT JOIN hotline_component h ON h.project_id = f.project_id
    WHERE f.kind = 'EXPENDITURE'
      AND CASE WHEN h.component_id IS NULL THEN f.parent_id IS NULL
               ELSE f.component_id = h.component_id AND parent.component_id IS DISTINCT FROM h.component_id END
    GROUP BY f.project_id, f.fiscal_year
),
counts AS (
    SELECT m.project_id, s.fiscal_year, m.metric,
           sum(m.value) FILTER (WHERE m.period_start = make_date(s.fiscal_year, 1, 1)
                                  AND m.period_end = make_date(s.fiscal_year, 12, 31)) AS whole_year,
           sum(m.value) FILTER (WHERE NOT (m.period_start = make_date(s.fiscal_year, 1, 1)
                                  AND m.period_end = make_date(s.fiscal_year, 12, 31))) AS within_year
    FROM operating_metric m
    JOIN project_years s ON s.project_id = m.project_id
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
SELECT s.project_id, p.project_key, p.name, r.code, r.name, s.fiscal_year, sp.expenditure,
       h.project_id IS NOT NULL, c.calls_answered, c.tickets,
       row_number() OVER (ORDER BY r.code, p.id, s.fiscal_year) AS position, count(*) OVER () AS total_count
FROM project_years s
JOIN project p ON p.id = s.project_id
JOIN region r ON r.code = p.region_code
LEFT JOIN spending sp ON sp.project_id = s.project_id AND sp.fiscal_year = s.fiscal_year
LEFT JOIN hotline_component h ON h.project_id = s.project_id
LEFT JOIN per_year c ON c.project_id = s.project_id AND c.fiscal_year = s.fiscal_year
ORDER BY position
