-- One catalogue indicator across the evaluations in scope: target, actual, weight and score per evaluation.
-- Whether the target was attained is derived by Measures. Parameters: $1 region code, $2 region level,
-- $3 first year, $4 last year, $5 evaluation kind, $6 catalogue code.
SELECT i.id AS indicator_id, i.name AS indicator_name, i.level, i.target_operator, i.target_value, i.target_unit,
       i.target_text, i.actual_value, i.actual_text, i.weight, i.score,
       e.id AS evaluation_id, e.kind, e.period_start_year, e.period_end_year,
       p.id AS project_id, p.project_key, p.name AS project_name, r.code AS region_code, r.name AS region_name
FROM indicator i
JOIN evaluations_in_scope($1, $2, $3, $4, $5) e ON e.id = i.evaluation_id
JOIN project p ON p.id = e.project_id
JOIN region r ON r.code = p.region_code
WHERE i.catalogue_code = $6
ORDER BY r.code, p.id, e.period_start_year, i.ordinal;
