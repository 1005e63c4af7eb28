-- Flags of the consistency checks (一致性检查): what an evaluation report claims that its own figures do not bear
-- out. Derived data: the flags of a project are replaced in the transaction of every write to it. Evidence is a
-- JSON array of {name, value, unit, text}; values are decimal strings. indicator_id has no foreign key on purpose:
-- a flag goes with its evaluation (cascade), and deleting a synthetic dataset would otherwise probe this table
-- once per deleted indicator.
CREATE TABLE consistency_flag (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id        BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    evaluation_id     BIGINT NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    indicator_id      BIGINT,
    code              VARCHAR(40) NOT NULL,
    severity          VARCHAR(8) NOT NULL,
    fiscal_year       INTEGER,
    period_start_year INTEGER NOT NULL,
    period_end_year   INTEGER NOT NULL,
    message           TEXT NOT NULL,
    message_zh        TEXT NOT NULL,
    evidence          JSONB NOT NULL,
    CONSTRAINT consistency_flag_code_known CHECK (code IN ('SCORE_SUM_MISMATCH', 'SCORE_EXCEEDS_WEIGHT',
        'GRADE_MISMATCH', 'TARGET_MISSED_FULL_SCORE', 'STATED_RATE_CONTRADICTS_FIGURES', 'BUDGET_OVERRUN',
        'CHARGED_TO_OTHER_FUNDS', 'ADJUSTMENT_WITHOUT_DOCUMENT', 'LEDGER_MISMATCH', 'PERFECT_SCORE_NO_PROBLEMS',
        'DECLARED_TARGET_NOT_EVALUATED', 'RULE_SCORE_MISMATCH')),
    CONSTRAINT consistency_flag_severity_known CHECK (severity IN ('INFO', 'WARNING', 'ERROR')),
    CONSTRAINT consistency_flag_period CHECK (period_start_year BETWEEN 1990 AND 2100
        AND period_end_year BETWEEN period_start_year AND 2100
        AND (fiscal_year IS NULL OR fiscal_year BETWEEN period_start_year AND period_end_year))
);

CREATE INDEX consistency_flag_project_idx ON consistency_flag (project_id);
CREATE INDEX consistency_flag_evaluation_idx ON consistency_flag (evaluation_id);
