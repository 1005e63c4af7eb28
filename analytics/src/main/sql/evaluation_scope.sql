-- The evaluations a comparison filter selects: those covering at least one project-year in scope
-- (project_scope.sql). An evaluation of the filtered kind covers every year of its own period, so that comes down to
-- its project being in scope and its period, its project's period and the filter's years sharing a year. Asked that
-- way rather than as a semi join with every project-year, the national set's scope costs half as much; a test
-- holds the two to the same answer.
CREATE OR REPLACE MACRO evaluations_in_scope(filter_region, filter_level, year_from, year_to, filter_kind) AS TABLE
    SELECT e.*
    FROM evaluation e
    JOIN projects_in_scope(filter_region, filter_level) p ON p.id = e.project_id
    WHERE (filter_kind IS NULL OR e.kind = filter_kind)
      AND greatest(e.period_start_year, p.period_start_year, coalesce(year_from, e.period_start_year))
          <= least(e.period_end_year, p.period_end_year, coalesce(year_to, e.period_end_year));
