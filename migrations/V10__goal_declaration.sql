-- Performance goals declared before the year (绩效目标申报表) and their targets.
CREATE TABLE goal_declaration (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id              BIGINT NOT NULL,
    project_id             BIGINT NOT NULL,
    ordinal                INTEGER NOT NULL,
    kind                   VARCHAR(12) NOT NULL,
    period_start_year      INTEGER NOT NULL,
    period_end_year        INTEGER NOT NULL,
    project_name_as_stated VARCHAR(500),
    overall_goal           TEXT,
    total_funds            NUMERIC(16, 2),
    fiscal_appropriation   NUMERIC(16, 2),
    other_funds            NUMERIC(16, 2),
    CONSTRAINT goal_declaration_report_fk FOREIGN KEY (report_id, project_id)
        REFERENCES report (id, project_id) ON DELETE CASCADE,
    CONSTRAINT goal_declaration_ordinal_unique UNIQUE (report_id, ordinal),
    CONSTRAINT goal_declaration_kind_known CHECK (kind IN ('ANNUAL', 'MEDIUM_TERM')),
    CONSTRAINT goal_declaration_period_years CHECK (period_start_year BETWEEN 1990 AND 2100
        AND period_end_year BETWEEN period_start_year AND 2100),
    CONSTRAINT goal_declaration_funds_non_negative
        CHECK (total_funds >= 0 AND fiscal_appropriation >= 0 AND other_funds >= 0)
);

CREATE INDEX goal_declaration_project_idx ON goal_declaration (project_id);

CREATE TABLE goal_target (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    goal_declaration_id BIGINT NOT NULL REFERENCES goal_declaration (id) ON DELETE CASCADE,
    ordinal             INTEGER NOT NULL,
    level1_name         VARCHAR(500),
    level2_name         VARCHAR(500),
    name                TEXT NOT NULL,
    catalogue_code      VARCHAR(64) REFERENCES indicator_catalogue (code),
    fiscal_year         INTEGER,
    definition          TEXT,
    target_operator     VARCHAR(3),
    target_value        NUMERIC(24, 6),
    target_unit         VARCHAR(500),
    target_text         TEXT,
    CONSTRAINT goal_target_ordinal_unique UNIQUE (goal_declaration_id, ordinal),
    CONSTRAINT goal_target_operator_known CHECK (target_operator IN ('GTE', 'LTE', 'EQ', 'GT', 'LT')),
    CONSTRAINT goal_target_fiscal_year_range CHECK (fiscal_year BETWEEN 1990 AND 2100)
);
