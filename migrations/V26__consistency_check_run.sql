-- Which version of the check definitions the stored flags were computed with (one row). At start the service
-- recomputes every project's flags when the version it runs differs, so that flags never lag behind a change
-- of the checks.
CREATE TABLE consistency_check_run (
    singleton      BOOLEAN NOT NULL DEFAULT TRUE PRIMARY KEY,
    checks_version INTEGER NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT consistency_check_run_one_row CHECK (singleton)
);
