-- The budget_execution comparison without a filter, asked of PostgreSQL: the benchmark's reference for DuckDB.
WITH totals AS (
    SELECT f.project_id, f.fiscal_year, GROUPING(f.fiscal_year) AS whole_period,
           count(DISTINCT f.fiscal_year) AS years,
           sum(f.amount) FILTER (WHERE f.kind = 'BUDGET_INITIAL' AND f.parent_id IS NULL) AS initial_budget,
           coalesce(sum(f.amount) FILTER (WHERE f.kind = 'BUDGET_ADJUSTMENT' AND f.parent_id IS NULL), 0) AS adjustments,
           sum(f.amount) FILTER (WHERE f.kind = 'FUNDS_RECEIVED' AND f.parent_id IS NULL) AS funds_received,
           sum(f.amount) FILTER (WHERE f.kind = 'EXPENDITURE' AND f.parent_id IS NULL) AS expenditure,
           sum(f.amount) FILTER (WHERE f.kind = 'EXPENDITURE' AND f.charged_to_other_funds
                                 AND NOT coalesce(parent.charged_to_other_funds, FALSE)) AS charged
    FROM fund_flow f
    LEFT JOIN fund_flow parent ON parent.id = f.parent_id
    WHERE f.fiscal_year IS NOT NULL
    GROUP BY GROUPING SETS ((f.project_id, f.fiscal_year), (f.project_id))
)
SELECT t.project_id, p.project_key, p.name, r.code, r.name, t.fiscal_year, t.initial_budget, t.adjustments,
       t.funds_received, t.expenditure, t.charged,
       row_number() OVER (ORDER BY r.code, p.id, t.fiscal_year NULLS LAST) AS position, count(*) OVER () AS total_count
FROM totals t
JOIN project p ON p.id = t.project_id
JOIN region r ON r.code = p.region_code
WHERE t.whole_period = 0 OR t.years > 1
ORDER BY position
