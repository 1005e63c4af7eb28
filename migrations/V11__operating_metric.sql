-- Operating figures of a hotline for a period: calls, tickets, rates (with numerator and denominator where
-- the report gives them), staffing, rankings. Percentages are stored as fractions.
CREATE TABLE operating_metric (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id      BIGINT NOT NULL,
    project_id     BIGINT NOT NULL,
    ordinal        INTEGER NOT NULL,
    period_start   DATE NOT NULL,
    period_end     DATE NOT NULL,
    period_note    TEXT,
    metric         VARCHAR(64) NOT NULL REFERENCES indicator_catalogue (code),
    label          VARCHAR(500) NOT NULL,
    scope          VARCHAR(500),
    value          NUMERIC(24, 6),
    unit           VARCHAR(500),
    numerator      NUMERIC(24, 6),
    denominator    NUMERIC(24, 6),
    text           TEXT,
    CONSTRAINT operating_metric_report_fk FOREIGN KEY (report_id, project_id)
        REFERENCES report (id, project_id) ON DELETE CASCADE,
    CONSTRAINT operating_metric_ordinal_unique UNIQUE (report_id, ordinal),
    CONSTRAINT operating_metric_period CHECK (period_end >= period_start),
    CONSTRAINT operating_metric_value_or_text CHECK (value IS NOT NULL OR text IS NOT NULL),
    CONSTRAINT operating_metric_ratio_parts_non_negative CHECK (numerator >= 0 AND denominator >= 0)
);

CREATE INDEX operating_metric_project_period_idx ON operating_metric (project_id, period_start);
