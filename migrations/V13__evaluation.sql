-- A performance evaluation (绩效评价): who evaluated, for whom, the period covered, and the total score and
-- grade the report states. The grade that follows from the score is derived (see grade_band).
CREATE TABLE evaluation (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id             BIGINT NOT NULL,
    project_id            BIGINT NOT NULL,
    kind                  VARCHAR(12) NOT NULL,
    evaluator_id          BIGINT NOT NULL REFERENCES organisation (id),
    commissioned_by_id    BIGINT REFERENCES organisation (id),
    period_start_year     INTEGER NOT NULL,
    period_end_year       INTEGER NOT NULL,
    reported_on           DATE,
    reported_on_precision VARCHAR(5),
    fieldwork_start       DATE,
    fieldwork_end         DATE,
    score_table_title     TEXT,
    total_weight          NUMERIC(8, 2),
    total_score           NUMERIC(8, 2),
    reported_grade        VARCHAR(10),
    reported_grade_text   VARCHAR(500),
    grading_scheme        TEXT,
    method                TEXT,
    conclusion            TEXT,
    CONSTRAINT evaluation_report_fk FOREIGN KEY (report_id, project_id)
        REFERENCES report (id, project_id) ON DELETE CASCADE,
    CONSTRAINT evaluation_report_unique UNIQUE (report_id),
    CONSTRAINT evaluation_kind_known CHECK (kind IN ('SELF', 'DEPARTMENT', 'THIRD_PARTY')),
    CONSTRAINT evaluation_period_years CHECK (period_start_year BETWEEN 1990 AND 2100
        AND period_end_year BETWEEN period_start_year AND 2100),
    CONSTRAINT evaluation_reported_on_precision CHECK ((reported_on IS NULL) = (reported_on_precision IS NULL)
        AND reported_on_precision IN ('YEAR', 'MONTH', 'DAY')),
    CONSTRAINT evaluation_fieldwork_period CHECK (fieldwork_end >= fieldwork_start),
    CONSTRAINT evaluation_scores_non_negative CHECK (total_weight >= 0 AND total_score >= 0),
    CONSTRAINT evaluation_reported_grade_known CHECK (reported_grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR'))
);

CREATE INDEX evaluation_project_idx ON evaluation (project_id);
