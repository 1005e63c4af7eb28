-- An imported evaluation report: the unit of import. Every row transcribed from a report references it,
-- so a figure can be traced to its source and a re-import replaces exactly what the report brought.
CREATE TABLE report (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_key   VARCHAR(100) NOT NULL,
    project_id   BIGINT NOT NULL REFERENCES project (id),
    title        TEXT NOT NULL,
    source_file  TEXT,
    money_unit   VARCHAR(10) NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    document     JSONB NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT report_key_unique UNIQUE (report_key),
    CONSTRAINT report_key_shape CHECK (report_key ~ '^[a-z0-9][a-z0-9-]{2,99}$'),
    CONSTRAINT report_money_unit_known CHECK (money_unit IN ('YUAN', 'WAN_YUAN')),
    CONSTRAINT report_content_hash_shape CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT report_id_project_unique UNIQUE (id, project_id)
);

CREATE INDEX report_project_idx ON report (project_id);
