-- The evaluations a comparison filter selects: those covering at least one project-year in scope. A semi join, not
-- a correlated EXISTS, which DuckDB planned as delim joins at twice the cost.
CREATE OR REPLACE MACRO evaluations_in_scope(filter_region, filter_level, year_from, year_to, filter_kind) AS TABLE
    SELECT e.*
    FROM evaluation e
    SEMI JOIN project_years_in_scope(filter_region, filter_level, year_from, year_to, filter_kind) s
        ON s.project_id = e.project_id AND s.fiscal_year BETWEEN e.period_start_year AND e.period_end_year
    WHERE filter_kind IS NULL OR e.kind = filter_kind;
