-- The deductions comparison without a filter, asked of PostgreSQL.
WITH placed AS (
    SELECT d.id, d.points, i.evaluation_id,
           CASE i."level" WHEN 1 THEN i.name WHEN 2 THEN parent.name ELSE grandparent.name END AS level1_group,
           CASE i."level" WHEN 2 THEN i.name WHEN 3 THEN parent.name END AS level2_group
    FROM indicator_deduction d
    JOIN indicator i ON i.id = d.indicator_id
    LEFT JOIN indicator parent ON parent.id = i.parent_id
    LEFT JOIN indicator grandparent ON grandparent.id = parent.parent_id
)
SELECT level1_group, level2_group, count(*), count(DISTINCT evaluation_id), sum(points),
       count(*) FILTER (WHERE points IS NULL)
FROM placed
GROUP BY level1_group, level2_group
ORDER BY count(*) DESC, sum(points) DESC NULLS LAST, level1_group, level2_group NULLS FIRST
