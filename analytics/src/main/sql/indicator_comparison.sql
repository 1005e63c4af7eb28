-- One catalogue indicator across the evaluations in scope: target, actual, weight and score per evaluation.
-- Whether the target was attained is derived by Measures. Ordered by region code, project, evaluation period and
-- the indicator's place in its tree; position numbers the rows in that order over the whole filtered set and
-- total_count counts them.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 catalogue code,
-- $7 the position after which the rows start (0 for the first row), $8 how many rows at most (NULL for all).
SELECT i.id AS indicator_id, i.name AS indicator_name, i.level, i.target_operator, i.target_value, i.target_unit,
       i.target_text, i.actual_value, i.actual_text, i.weight, i.score,
       e.id AS evaluation_id, e.kind, e.period_start_year, e.period_end_year,
       p.id AS project_id, p.project_key, p.name AS project_name, r.code AS region_code, r.name AS region_name,
       row_number() OVER (ORDER BY r.code, p.id, e.period_start_year, e.id, i.ordinal, i.id) AS position,
       count(*) OVER () AS total_count
FROM indicator i
JOIN evaluations_in_scope($1, $2, $3, $4, $5) e ON e.id = i.evaluation_id
JOIN project p ON p.id = e.project_id
JOIN region r ON r.code = p.region_code
WHERE i.catalogue_code = $6
QUALIFY position > $7 AND ($8 IS NULL OR position <= $7 + $8)
ORDER BY position;
