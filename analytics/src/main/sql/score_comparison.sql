-- Evaluations with their total, the grade it earns (grade_band, the one definition of grades) and the rank of the
-- total within the whole filtered set (1 = highest; equal totals share a rank). Ordered by rank, equal totals by
-- evaluation id; the slice is taken in that order (LIMIT/OFFSET: one sort fewer than numbering every row, a sixth
-- of the query), and total_count counts the whole set. The rows name their project by id only:
-- project_labels.sql gives each project's key, name and region once (a whole set has ten rows per project). Kind
-- and grade leave as text codes (text_code.sql), the text itself only where the code is ambiguous.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 the ambiguous text
-- codes, $7 how many rows of that order to skip (0 from the first row), $8 how many rows at most (NULL for all).
WITH ranked AS (
    SELECT e.id AS evaluation_id, e.project_id, e.kind, e.period_start_year, e.period_end_year, e.total_weight,
           e.total_score,
           CASE WHEN e.total_score IS NOT NULL THEN rank() OVER (ORDER BY e.total_score DESC NULLS LAST) END
               AS score_rank,
           count(*) OVER () AS total_count
    FROM evaluations_in_scope($1, $2, $3, $4, $5) e
)
SELECT k.evaluation_id, text_code(k.kind) AS kind_code, k.period_start_year, k.period_end_year, k.total_weight,
       k.total_score, text_code(g.grade) AS grade_code, k.score_rank, k.project_id, k.total_count,
       coded_text(k.kind, $6) AS kind, coded_text(g.grade, $6) AS grade
FROM ranked k
LEFT JOIN grade_band g ON k.total_score >= g.min_score AND (g.max_score IS NULL OR k.total_score < g.max_score)
ORDER BY k.total_score DESC NULLS LAST, k.evaluation_id
LIMIT $8 OFFSET $7;
