-- Deduction reasons grouped by the level-1 and level-2 group of the indicator they were recorded on, over the
-- evaluations in scope: how many deductions, on how many evaluations, and the points they state. Ordered most
-- frequent first (then most points, then by name); the slice is taken in that order (LIMIT/OFFSET) and
-- total_count counts them all. A parent is at level 1 or 2 and a grandparent at level 1; saying so keeps the joins'
-- hash tables to those levels instead of the whole tree.
-- Parameters: $1 region code, $2 region level, $3 first year, $4 last year, $5 evaluation kind, $6 how many
-- rows of that order to skip (0 from the first row), $7 how many rows at most (NULL for all).
WITH placed AS (
    SELECT d.id, d.points, i.evaluation_id,
           CASE i.level WHEN 1 THEN i.name WHEN 2 THEN parent.name ELSE grandparent.name END AS level1_group,
           CASE i.level WHEN 2 THEN i.name WHEN 3 THEN parent.name END AS level2_group
    FROM indicator_deduction d
    JOIN indicator i ON i.id = d.indicator_id
    JOIN evaluations_in_scope($1, $2, $3, $4, $5) e ON e.id = i.evaluation_id
    LEFT JOIN (SELECT id, name, parent_id FROM indicator WHERE level <= 2) parent ON parent.id = i.parent_id
    LEFT JOIN (SELECT id, name FROM indicator WHERE level = 1) grandparent ON grandparent.id = parent.parent_id
),
grouped AS (
    SELECT level1_group, level2_group,
           count(*) AS deductions,
           count(DISTINCT evaluation_id) AS evaluations,
           sum(points) AS points_stated,
           count(*) FILTER (WHERE points IS NULL) AS deductions_without_points
    FROM placed
    GROUP BY level1_group, level2_group
)
SELECT *, count(*) OVER () AS total_count
FROM grouped
ORDER BY deductions DESC, points_stated DESC NULLS LAST, level1_group, level2_group NULLS FIRST
LIMIT $7 OFFSET $6;
