-- The analytics store: the facts the comparisons need, copied from PostgreSQL (the system of record).
-- Money in yuan, rates as fractions, as in PostgreSQL. Recreated on every full load.
-- No primary keys: PostgreSQL's keys already make the ids unique, and DuckDB's ART index behind each key made the
-- national full load about 2 s (an eighth) slower and the file a third larger; the comparisons scan and hash-join.
CREATE OR REPLACE TABLE region (
    code        VARCHAR NOT NULL,
    name        VARCHAR NOT NULL,
    level       VARCHAR NOT NULL,
    parent_code VARCHAR
);

CREATE OR REPLACE TABLE project (
    id                BIGINT NOT NULL,
    project_key       VARCHAR NOT NULL,
    name              VARCHAR NOT NULL,
    region_code       VARCHAR NOT NULL,
    period_start_year INTEGER NOT NULL,
    period_end_year   INTEGER NOT NULL
);

CREATE OR REPLACE TABLE project_component (
    id            BIGINT NOT NULL,
    project_id    BIGINT NOT NULL,
    component_key VARCHAR NOT NULL,
    is_hotline    BOOLEAN NOT NULL
);

CREATE OR REPLACE TABLE fund_flow (
    id                     BIGINT NOT NULL,
    project_id             BIGINT NOT NULL,
    parent_id              BIGINT,
    fiscal_year            INTEGER,
    kind                   VARCHAR NOT NULL,
    amount                 DECIMAL(16, 2) NOT NULL,
    component_id           BIGINT,
    charged_to_other_funds BOOLEAN NOT NULL,
    in_project_ledger      BOOLEAN NOT NULL,
    parent_charged_to_other_funds BOOLEAN,
    parent_component_id    BIGINT
);

CREATE OR REPLACE TABLE operating_metric (
    id           BIGINT NOT NULL,
    project_id   BIGINT NOT NULL,
    period_start DATE NOT NULL,
    period_end   DATE NOT NULL,
    metric       VARCHAR NOT NULL,
    value        DECIMAL(24, 6)
);

CREATE OR REPLACE TABLE evaluation (
    id                BIGINT NOT NULL,
    project_id        BIGINT NOT NULL,
    kind              VARCHAR NOT NULL,
    period_start_year INTEGER NOT NULL,
    period_end_year   INTEGER NOT NULL,
    total_weight      DECIMAL(8, 2),
    total_score       DECIMAL(8, 2)
);

-- The codes of the indicator catalogue, so that a comparison's arguments are checked without PostgreSQL.
CREATE OR REPLACE TABLE indicator_catalogue (
    code VARCHAR NOT NULL
);

CREATE OR REPLACE TABLE grade_band (
    grade     VARCHAR NOT NULL,
    min_score DECIMAL(8, 2) NOT NULL,
    max_score DECIMAL(8, 2)
);

-- One row, replaced by every write: when the store last took in data, and a version that names that write's
-- contents (a random UUID, so that it never names two contents, even across rebuilds and restarts).
CREATE OR REPLACE TABLE load_state (
    refreshed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version      UUID NOT NULL
);

CREATE OR REPLACE TABLE indicator (
    id              BIGINT NOT NULL,
    evaluation_id   BIGINT NOT NULL,
    project_id      BIGINT NOT NULL,
    parent_id       BIGINT,
    level           INTEGER NOT NULL,
    ordinal         INTEGER NOT NULL,
    name            VARCHAR NOT NULL,
    catalogue_code  VARCHAR,
    target_operator VARCHAR,
    target_value    DECIMAL(24, 6),
    target_unit     VARCHAR,
    target_text     VARCHAR,
    actual_value    DECIMAL(24, 6),
    actual_text     VARCHAR,
    weight          DECIMAL(8, 2),
    score           DECIMAL(8, 2)
);

CREATE OR REPLACE TABLE indicator_deduction (
    id           BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    project_id   BIGINT NOT NULL,
    points       DECIMAL(8, 2),
    reason       VARCHAR NOT NULL
);

CREATE OR REPLACE TABLE consistency_flag (
    id                BIGINT NOT NULL,
    project_id        BIGINT NOT NULL,
    evaluation_id     BIGINT NOT NULL,
    code              VARCHAR NOT NULL,
    severity          VARCHAR NOT NULL,
    fiscal_year       INTEGER,
    period_start_year INTEGER NOT NULL,
    period_end_year   INTEGER NOT NULL
);
