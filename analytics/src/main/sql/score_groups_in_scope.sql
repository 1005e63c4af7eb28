-- The level-1 groups (一级指标) of every evaluation a comparison filter selects (the whole score comparison), as
-- score_groups.sql gives them for a slice. Binding the ids of a whole national set costs more than finding them
-- again. Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 the
-- ambiguous text codes.
SELECT i.evaluation_id, i.ordinal, text_code(i.name) AS name_code, i.weight, i.score, coded_text(i.name, $6) AS name
FROM indicator i
SEMI JOIN evaluations_in_scope($1, $2, $3, $4, $5) e ON e.id = i.evaluation_id
WHERE i.level = 1;
