-- The level-1 groups (一级指标) of the evaluations in scope with their weight and score, in report order.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind.
SELECT i.evaluation_id, i.name, i.weight, i.score
FROM indicator i
JOIN evaluations_in_scope($1, $2, $3, $4, $5) e ON e.id = i.evaluation_id
WHERE i.level = 1
ORDER BY i.evaluation_id, i.ordinal;
