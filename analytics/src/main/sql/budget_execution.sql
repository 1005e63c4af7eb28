-- Budget execution per project and fiscal year, and for a multi-year project over its whole period (fiscal_year
-- null): the ledger totals from top-level lines. The ratios are computed from these inputs by Measures.
-- Ordered by region code, project and year (the whole period last); the slice is taken in that order
-- (LIMIT/OFFSET) and total_count counts the whole filtered set.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 how many
-- rows of that order to skip (0 from the first row), $7 how many rows at most (NULL for all).
WITH scope AS (
    SELECT * FROM project_years_in_scope($1, $2, $3, $4, $5)
),
lines AS (
    SELECT f.*
    FROM fund_flow f
    JOIN scope s ON s.project_id = f.project_id AND s.fiscal_year = f.fiscal_year
),
totals AS (
    SELECT project_id,
           fiscal_year,
           GROUPING(fiscal_year) AS whole_period,
           count(DISTINCT fiscal_year) AS years,
           sum(amount) FILTER (WHERE kind = 'BUDGET_INITIAL' AND parent_id IS NULL) AS initial_budget,
           coalesce(sum(amount) FILTER (WHERE kind = 'BUDGET_ADJUSTMENT' AND parent_id IS NULL), 0) AS adjustment_total,
           sum(amount) FILTER (WHERE kind = 'FUNDS_RECEIVED' AND parent_id IS NULL) AS funds_received,
           sum(amount) FILTER (WHERE kind = 'EXPENDITURE' AND parent_id IS NULL) AS expenditure,
           sum(amount) FILTER (WHERE kind = 'EXPENDITURE' AND charged_to_other_funds
                               AND NOT coalesce(parent_charged_to_other_funds, FALSE)) AS charged_to_other_funds
    FROM lines
    GROUP BY GROUPING SETS ((project_id, fiscal_year), (project_id))
)
SELECT t.project_id, p.project_key, p.name AS project_name, r.code AS region_code, r.name AS region_name,
       t.fiscal_year, t.initial_budget, t.adjustment_total, t.funds_received, t.expenditure,
       t.charged_to_other_funds,
       count(*) OVER () AS total_count
FROM totals t
JOIN project p ON p.id = t.project_id
JOIN region r ON r.code = p.region_code
WHERE t.whole_period = 0 OR t.years > 1
ORDER BY r.code, p.id, t.fiscal_year NULLS LAST
LIMIT $7 OFFSET $6;
