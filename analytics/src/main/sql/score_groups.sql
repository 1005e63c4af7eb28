-- The level-1 groups (一级指标) of the given evaluations (those of one slice of the score comparison) with their
-- weight, score and place in report order (ordinal), in no order: Java orders them by counting (ById.Unordered),
-- which costs less than a DuckDB sort of the whole set's 133,575 groups (17 ms with ORDER BY, 10 without). The name
-- leaves as a text code (text_code.sql).
-- Parameters: $1 the evaluation ids, $2 the ambiguous text codes.
SELECT i.evaluation_id, i.ordinal, text_code(i.name) AS name_code, i.weight, i.score, coded_text(i.name, $2) AS name
FROM indicator i
WHERE i.level = 1 AND i.evaluation_id IN (SELECT unnest($1::BIGINT[]));
