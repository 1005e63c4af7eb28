-- Findings of an evaluation: practices (经验做法), problems (存在问题, with their cause) and recommendations.
CREATE TABLE finding (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evaluation_id BIGINT NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    title         TEXT,
    body          TEXT NOT NULL,
    cause         TEXT,
    CONSTRAINT finding_ordinal_unique UNIQUE (evaluation_id, ordinal),
    CONSTRAINT finding_kind_known CHECK (kind IN ('PRACTICE', 'PROBLEM', 'RECOMMENDATION'))
);
