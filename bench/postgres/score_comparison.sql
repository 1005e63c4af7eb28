-- The score comparison without a filter, asked of PostgreSQL in the shape DuckDB answers it: the evaluations ranked
-- over the whole set with their position, count, project, region and grade, then the level-1 groups of all of them
-- in report order (two statements; the bench fetches both results).
SELECT e.id, e.kind, e.period_start_year, e.period_end_year, e.total_weight, e.total_score, g.grade,
       CASE WHEN e.total_score IS NOT NULL THEN rank() OVER (ORDER BY e.total_score DESC NULLS LAST) END AS score_rank,
       row_number() OVER (ORDER BY e.total_score DESC NULLS LAST, e.id) AS position,
       count(*) OVER () AS total_count,
       p.id, p.project_key, p.name, r.code, r.name
FROM evaluation e
JOIN project p ON p.id = e.project_id
JOIN region r ON r.code = p.region_code
LEFT JOIN grade_band g ON e.total_score >= g.min_score AND (g.max_score IS NULL OR e.total_score < g.max_score)
ORDER BY position;
SELECT i.evaluation_id, i.name, i.weight, i.score
FROM indicator i
WHERE i."level" = 1
ORDER BY i.evaluation_id, i.ordinal;
