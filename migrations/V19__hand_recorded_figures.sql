-- Ledger lines and operating figures recorded by hand (not transcribed from a report) have no report; their
-- provenance is the audit trail. A re-import of a report replaces only the rows that report brought.
ALTER TABLE fund_flow ALTER COLUMN report_id DROP NOT NULL;
ALTER TABLE operating_metric ALTER COLUMN report_id DROP NOT NULL;
