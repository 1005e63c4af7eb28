-- The score_comparison and score_groups comparisons without a filter, asked of PostgreSQL.
SELECT e.id, e.kind, e.period_start_year, e.period_end_year, e.total_weight, e.total_score, g.grade,
       rank() OVER (ORDER BY e.total_score DESC NULLS LAST) AS score_rank,
       p.id, p.project_key, p.name, r.code, r.name,
       (SELECT json_agg(json_build_object('name', i.name, 'weight', i.weight, 'score', i.score) ORDER BY i.ordinal)
          FROM indicator i WHERE i.evaluation_id = e.id AND i."level" = 1) AS groups
FROM evaluation e
JOIN project p ON p.id = e.project_id
JOIN region r ON r.code = p.region_code
LEFT JOIN grade_band g ON e.total_score >= g.min_score AND (g.max_score IS NULL OR e.total_score < g.max_score)
ORDER BY score_rank, e.id
