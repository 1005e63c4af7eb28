-- The fund-flow ledger: budget phases, funds received and expenditure, in yuan. A line with a parent is
-- part of the parent's stated breakdown (其中) and has the parent's kind and fiscal year; totals are
-- computed from lines without a parent. A null fiscal year marks a figure stated for the whole period.
CREATE TABLE fund_flow (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id              BIGINT NOT NULL,
    project_id             BIGINT NOT NULL,
    parent_id              BIGINT,
    ordinal                INTEGER NOT NULL,
    fiscal_year            INTEGER,
    kind                   VARCHAR(20) NOT NULL,
    amount                 NUMERIC(16, 2) NOT NULL,
    component_id           BIGINT,
    source                 VARCHAR(24),
    category               VARCHAR(500),
    charged_to_other_funds BOOLEAN NOT NULL DEFAULT FALSE,
    in_project_ledger      BOOLEAN NOT NULL DEFAULT TRUE,
    occurred_on            DATE,
    occurred_on_precision  VARCHAR(5),
    document_reference     VARCHAR(500),
    description            TEXT,
    CONSTRAINT fund_flow_report_fk FOREIGN KEY (report_id, project_id)
        REFERENCES report (id, project_id) ON DELETE CASCADE,
    CONSTRAINT fund_flow_component_fk FOREIGN KEY (component_id, project_id)
        REFERENCES project_component (id, project_id),
    CONSTRAINT fund_flow_parent_key UNIQUE (id, report_id, kind),
    CONSTRAINT fund_flow_parent_fk FOREIGN KEY (parent_id, report_id, kind)
        REFERENCES fund_flow (id, report_id, kind) ON DELETE CASCADE,
    CONSTRAINT fund_flow_ordinal_unique UNIQUE (report_id, ordinal),
    CONSTRAINT fund_flow_kind_known
        CHECK (kind IN ('BUDGET_INITIAL', 'BUDGET_ADJUSTMENT', 'FUNDS_RECEIVED', 'EXPENDITURE')),
    CONSTRAINT fund_flow_source_known CHECK (source IN ('FISCAL_APPROPRIATION', 'CARRY_OVER', 'OTHER')),
    CONSTRAINT fund_flow_amount_sign CHECK (amount >= 0 OR kind = 'BUDGET_ADJUSTMENT'),
    CONSTRAINT fund_flow_fiscal_year_range CHECK (fiscal_year BETWEEN 1990 AND 2100),
    CONSTRAINT fund_flow_date_precision CHECK ((occurred_on IS NULL) = (occurred_on_precision IS NULL)
        AND occurred_on_precision IN ('YEAR', 'MONTH', 'DAY'))
);

CREATE INDEX fund_flow_project_year_idx ON fund_flow (project_id, fiscal_year);
CREATE INDEX fund_flow_parent_idx ON fund_flow (parent_id);
