-- Optimistic locking: every entity users edit by hand carries a version, raised by one on every change.
-- An edit names the version it was based on; a stale version is refused, so no correction silently
-- overwrites a colleague's.
ALTER TABLE project ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE fund_flow ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE operating_metric ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE indicator ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE finding ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
