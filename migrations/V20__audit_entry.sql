-- The audit trail: one row per write, with who, when, which entity and the values before and after.
-- Rows are only ever inserted; the trigger refuses updates and deletes, so the trail cannot be rewritten.
CREATE TABLE audit_entry (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(),
    principal   VARCHAR(200) NOT NULL,
    action      VARCHAR(10) NOT NULL,
    entity_type VARCHAR(20) NOT NULL,
    entity_id   VARCHAR(100) NOT NULL,
    project_id  BIGINT,
    before      JSONB,
    after       JSONB,
    CONSTRAINT audit_entry_action_known CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'IMPORT', 'REPLACE')),
    CONSTRAINT audit_entry_entity_type_known CHECK (entity_type IN
        ('PROJECT', 'FUND_FLOW', 'OPERATING_METRIC', 'INDICATOR', 'FINDING', 'REPORT', 'SYNTHETIC_DATASET'))
);

CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, id);

-- [jooq ignore start]
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
-- [jooq ignore stop]
