-- The deductions comparison without a filter, asked of PostgreSQL in the SQL shape of DuckDB's.
WITH placed AS (
    SELECT d.id, d.points, i.evaluation_id,
           CASE i."level" WHEN 1 THEN i.name WHEN 2 THEN parent.name ELSE grandparent.name END AS level1_group,
           CASE i."level" WHEN 2 THEN i.name WHEN 3 THEN parent.name END AS level2_group
    FROM indicator_deduction d
    JOIN indicator i ON i.id = d.indicator_id
    LEFT JOIN (SELECT id, name, parent_id FROM indicator WHERE "level" <= 2) parent ON parent.id = i.parent_id
    LEFT JOIN (SELECT id, name FROM indicator WHERE "level" = 1) grandparent ON grandparent.id = parent.parent_id
),
grouped AS (
    SELECT level1_group, level2_group, count(*) AS deductions, count(DISTINCT evaluation_id) AS evaluations,
           sum(points) AS points_stated, count(*) FILTER (WHERE points IS NULL) AS deductions_without_points
    FROM placed
    GROUP BY level1_group, level2_group
)
SELECT *,
       row_number() OVER (ORDER BY deductions DESC, points_stated DESC NULLS LAST, level1_group,
                                   level2_group NULLS FIRST) AS position,
       count(*) OVER () AS total_count
FROM grouped
ORDER BY position
