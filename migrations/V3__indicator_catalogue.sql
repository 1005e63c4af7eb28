-- Stable codes that differently worded indicators, targets, operating metrics and reported figures map to,
-- so that the same measure can be compared across cities and years.
CREATE TABLE indicator_catalogue (
    code        VARCHAR(64)  NOT NULL PRIMARY KEY,
    name_en     VARCHAR(200) NOT NULL,
    name_zh     VARCHAR(200) NOT NULL,
    value_kind  VARCHAR(16)  NOT NULL,
    description VARCHAR(2000),
    CONSTRAINT indicator_catalogue_code_shape CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    CONSTRAINT indicator_catalogue_value_kind_known
        CHECK (value_kind IN ('RATE', 'COUNT', 'MONEY', 'DURATION', 'SCORE', 'RANK', 'QUALITATIVE'))
);
