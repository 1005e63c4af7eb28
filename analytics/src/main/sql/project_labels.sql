-- The key, name and region of the given projects, which the rows of a comparison name by id only; text as UTF-8
-- bytes (see score_comparison.sql), ordered by project id. Parameters: $1 the project ids.
SELECT p.id AS project_id, encode(p.project_key) AS project_key, encode(p.name) AS project_name,
       encode(r.code) AS region_code, encode(r.name) AS region_name
FROM project p
JOIN region r ON r.code = p.region_code
WHERE p.id IN (SELECT unnest($1::BIGINT[]))
ORDER BY p.id;
