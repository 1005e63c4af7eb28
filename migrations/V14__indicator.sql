-- The indicator tree of an evaluation (一级/二级/三级指标) with target, actual, weight, score and the
-- deductions with their reasons. A child belongs to its parent's evaluation and has a deeper level;
-- both rules are enforced by the composite foreign key on (parent_id, evaluation_id, parent_level).
CREATE TABLE indicator (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    evaluation_id     BIGINT NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    parent_id         BIGINT,
    parent_level      SMALLINT,
    "level"             SMALLINT NOT NULL,
    ordinal           INTEGER NOT NULL,
    name              TEXT NOT NULL,
    catalogue_code    VARCHAR(64) REFERENCES indicator_catalogue (code),
    definition        TEXT,
    scoring_rule      TEXT,
    target_operator   VARCHAR(3),
    target_value      NUMERIC(24, 6),
    target_unit       VARCHAR(500),
    target_text       TEXT,
    actual_value      NUMERIC(24, 6),
    actual_unit       VARCHAR(500),
    actual_text       TEXT,
    weight            NUMERIC(8, 2),
    score             NUMERIC(8, 2),
    points_deducted   NUMERIC(8, 2),
    stated_score_rate NUMERIC(12, 8),
    not_applicable    BOOLEAN NOT NULL DEFAULT FALSE,
    comment           TEXT,
    CONSTRAINT indicator_tree_key UNIQUE (id, evaluation_id, "level"),
    CONSTRAINT indicator_parent_fk FOREIGN KEY (parent_id, evaluation_id, parent_level)
        REFERENCES indicator (id, evaluation_id, "level") ON DELETE CASCADE,
    CONSTRAINT indicator_ordinal_unique UNIQUE (evaluation_id, ordinal),
    CONSTRAINT indicator_level_range CHECK ("level" BETWEEN 1 AND 3),
    CONSTRAINT indicator_parent_level CHECK ((parent_id IS NULL AND parent_level IS NULL AND "level" = 1)
        OR (parent_id IS NOT NULL AND parent_level < "level")),
    CONSTRAINT indicator_target_operator_known CHECK (target_operator IN ('GTE', 'LTE', 'EQ', 'GT', 'LT')),
    CONSTRAINT indicator_points_non_negative CHECK (weight >= 0 AND score >= 0 AND points_deducted >= 0
        AND stated_score_rate >= 0)
);

CREATE INDEX indicator_evaluation_idx ON indicator (evaluation_id);
CREATE INDEX indicator_parent_idx ON indicator (parent_id);
CREATE INDEX indicator_catalogue_idx ON indicator (catalogue_code);

CREATE TABLE indicator_deduction (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id BIGINT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    points       NUMERIC(8, 2),
    reason       TEXT NOT NULL,
    CONSTRAINT indicator_deduction_ordinal_unique UNIQUE (indicator_id, ordinal),
    CONSTRAINT indicator_deduction_points_non_negative CHECK (points >= 0)
);
