-- The projects a comparison filter's region and level select: region_code takes in the region and every region
-- below it; level is the project's region level.
CREATE OR REPLACE MACRO projects_in_scope(filter_region, filter_level) AS TABLE
    SELECT p.*
    FROM project p
    JOIN region r ON r.code = p.region_code
    LEFT JOIN region parent ON parent.code = r.parent_code
    WHERE (filter_region IS NULL OR filter_region IN (r.code, r.parent_code, parent.parent_code))
      AND (filter_level IS NULL OR r.level = filter_level);

-- The project-years a comparison filter selects; the one definition of ComparisonFilter, used by every
-- comparison: the years of the projects in scope, within the filter's years; evaluation_kind keeps the years an
-- evaluation of that kind covers.
CREATE OR REPLACE MACRO project_years_in_scope(filter_region, filter_level, year_from, year_to, filter_kind) AS TABLE
    SELECT p.id AS project_id, y.fiscal_year
    FROM projects_in_scope(filter_region, filter_level) p
    CROSS JOIN LATERAL (SELECT unnest(range(p.period_start_year, p.period_end_year + 1)) AS fiscal_year) y
    WHERE (year_from IS NULL OR y.fiscal_year >= year_from)
      AND (year_to IS NULL OR y.fiscal_year <= year_to)
      AND (filter_kind IS NULL OR EXISTS (
          SELECT 1 FROM evaluation e
          WHERE e.project_id = p.id AND e.kind = filter_kind
            AND y.fiscal_year BETWEEN e.period_start_year AND e.period_end_year));
