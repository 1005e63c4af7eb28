-- One catalogue indicator across the evaluations in scope: target, actual, weight and score per evaluation.
-- Whether the target was attained is derived by Measures. Ordered by region code, project, evaluation period and
-- the indicator's place in its tree; the slice is taken in that order (LIMIT/OFFSET)
-- and total_count counts the whole filtered set.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 catalogue code,
-- $7 how many rows of that order to skip (0 from the first row), $8 how many rows at most (NULL for all).
SELECT i.id AS indicator_id, i.name AS indicator_name, i.level, i.target_operator, i.target_value, i.target_unit,
       i.target_text, i.actual_value, i.actual_text, i.weight, i.score,
       e.id AS evaluation_id, e.kind, e.period_start_year, e.period_end_year,
       p.id AS project_id, p.project_key, p.name AS project_name, r.code AS region_code, r.name AS region_name,
       count(*) OVER () AS total_count
FROM indicator i
JOIN evaluations_in_scope($1, $2, $3, $4, $5) e ON e.id = i.evaluation_id
JOIN project p ON p.id = e.project_id
JOIN region r ON r.code = p.region_code
WHERE i.catalogue_code = $6
ORDER BY r.code, p.id, e.period_start_year, e.id, i.ordinal, i.id
LIMIT $8 OFFSET $7;
