-- The key, name and region of every project a comparison filter's region and level select (projects_in_scope), as
-- project_labels.sql gives them for the projects of a slice. A whole comparison names nearly all of them, and
-- reading the few it does not name costs less than binding the ids of the others (a tenth of the whole score
-- comparison's time). Parameters: $1 region code, $2 region level.
SELECT p.id AS project_id, encode(p.project_key) AS project_key, encode(p.name) AS project_name,
       encode(r.code) AS region_code, encode(r.name) AS region_name
FROM projects_in_scope($1, $2) p
JOIN region r ON r.code = p.region_code
ORDER BY p.id;
