-- The level-1 groups (一级指标) of the given evaluations (those of one slice of the score comparison) with their
-- weight and score, in report order; the name as UTF-8 bytes (see score_comparison.sql).
-- Parameters: $1 the evaluation ids.
SELECT i.evaluation_id, encode(i.name) AS name, i.weight, i.score
FROM indicator i
WHERE i.level = 1 AND i.evaluation_id IN (SELECT unnest($1::BIGINT[]))
ORDER BY i.evaluation_id, i.ordinal;
