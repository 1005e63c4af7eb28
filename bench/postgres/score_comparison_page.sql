-- The first page (101 rows, as the API reads 100) of the score comparison without a filter, asked of PostgreSQL:
-- ranks and positions over all evaluations, then project, region, grade and the level-1 groups of the page's rows.
WITH ranked AS (
    SELECT e.id, e.project_id, e.kind, e.period_start_year, e.period_end_year, e.total_weight, e.total_score,
           CASE WHEN e.total_score IS NOT NULL THEN rank() OVER (ORDER BY e.total_score DESC NULLS LAST) END
               AS score_rank,
           row_number() OVER (ORDER BY e.total_score DESC NULLS LAST, e.id) AS position,
           count(*) OVER () AS total_count
    FROM evaluation e
    ORDER BY position
    LIMIT 101
)
SELECT k.*, g.grade, p.project_key, p.name, r.code, r.name,
       (SELECT json_agg(json_build_object('name', i.name, 'weight', i.weight, 'score', i.score) ORDER BY i.ordinal)
        FROM indicator i WHERE i.evaluation_id = k.id AND i."level" = 1) AS groups
FROM ranked k
JOIN project p ON p.id = k.project_id
JOIN region r ON r.code = p.region_code
LEFT JOIN grade_band g ON k.total_score >= g.min_score AND (g.max_score IS NULL OR k.total_score < g.max_score)
ORDER BY k.position
