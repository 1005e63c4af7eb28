-- Evaluations with their total, the grade it earns (grade_band, the one definition of grades) and the rank of
-- the total within the filtered set (1 = highest; equal totals share a rank).
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind.
SELECT e.id AS evaluation_id, e.kind, e.period_start_year, e.period_end_year, e.total_weight, e.total_score,
       g.grade,
       CASE WHEN e.total_score IS NOT NULL THEN rank() OVER (ORDER BY e.total_score DESC NULLS LAST) END AS score_rank,
       p.id AS project_id, p.project_key, p.name AS project_name, r.code AS region_code, r.name AS region_name
FROM evaluations_in_scope($1, $2, $3, $4, $5) e
JOIN project p ON p.id = e.project_id
JOIN region r ON r.code = p.region_code
LEFT JOIN grade_band g ON e.total_score >= g.min_score AND (g.max_score IS NULL OR e.total_score < g.max_score)
ORDER BY score_rank NULLS LAST, e.id;
