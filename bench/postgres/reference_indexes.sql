-- Indexes a DBA would add for the reference queries if PostgreSQL had to answer them. The service never runs these
-- queries on PostgreSQL (DuckDB does), so they live here, created by the benchmark in its throwaway database only.
-- The level-1 groups of every evaluation in report order (score comparison), read from the index alone.
CREATE INDEX reference_indicator_level1_idx ON indicator (evaluation_id, ordinal) INCLUDE (name, weight, score)
    WHERE "level" = 1;
