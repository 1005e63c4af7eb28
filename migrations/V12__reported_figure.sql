-- Figures a report states about its own money and rates (totals, execution rates, shares), kept as stated
-- so that they can be checked against the ledger. Money in yuan, percentages as fractions.
CREATE TABLE reported_figure (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id    BIGINT NOT NULL,
    project_id   BIGINT NOT NULL,
    ordinal      INTEGER NOT NULL,
    fiscal_year  INTEGER,
    measure      VARCHAR(64) NOT NULL REFERENCES indicator_catalogue (code),
    label        VARCHAR(500) NOT NULL,
    component_id BIGINT,
    value        NUMERIC(24, 6),
    unit         VARCHAR(500),
    text         TEXT,
    CONSTRAINT reported_figure_report_fk FOREIGN KEY (report_id, project_id)
        REFERENCES report (id, project_id) ON DELETE CASCADE,
    CONSTRAINT reported_figure_component_fk FOREIGN KEY (component_id, project_id)
        REFERENCES project_component (id, project_id),
    CONSTRAINT reported_figure_ordinal_unique UNIQUE (report_id, ordinal),
    CONSTRAINT reported_figure_fiscal_year_range CHECK (fiscal_year BETWEEN 1990 AND 2100),
    CONSTRAINT reported_figure_value_or_text CHECK (value IS NOT NULL OR text IS NOT NULL)
);
