-- A funded hotline project (项目), possibly spanning several fiscal years, and its components (项目组成).
CREATE TABLE project (
    id                      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_key             VARCHAR(100) NOT NULL,
    name                    VARCHAR(500) NOT NULL,
    attribute               VARCHAR(10),
    region_code             VARCHAR(6) NOT NULL REFERENCES region (code),
    competent_department_id BIGINT REFERENCES organisation (id),
    implementing_unit_id    BIGINT REFERENCES organisation (id),
    period_start_year       INTEGER NOT NULL,
    period_end_year         INTEGER NOT NULL,
    description             TEXT,
    CONSTRAINT project_key_unique UNIQUE (project_key),
    CONSTRAINT project_key_shape CHECK (project_key ~ '^[a-z0-9][a-z0-9-]{2,99}$'),
    CONSTRAINT project_attribute_known CHECK (attribute IN ('ONE_TIME', 'RECURRING')),
    CONSTRAINT project_period_years CHECK (period_start_year BETWEEN 1990 AND 2100
        AND period_end_year BETWEEN period_start_year AND 2100)
);

CREATE INDEX project_region_idx ON project (region_code);

CREATE TABLE project_component (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id    BIGINT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    component_key VARCHAR(64) NOT NULL,
    name          VARCHAR(500) NOT NULL,
    is_hotline    BOOLEAN NOT NULL,
    description   TEXT,
    CONSTRAINT project_component_key_unique UNIQUE (project_id, component_key),
    CONSTRAINT project_component_id_project_unique UNIQUE (id, project_id)
);

-- At most one hotline component per project: cost per call uses its expenditure.
-- [jooq ignore start]
CREATE UNIQUE INDEX project_component_one_hotline_idx ON project_component (project_id) WHERE is_hotline;
-- [jooq ignore stop]
