-- Organisations named by reports: competent departments, implementing units, evaluators, commissioning
-- bodies and operators (vendors). Reports refer to an organisation by its name.
CREATE TABLE organisation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        VARCHAR(500) NOT NULL,
    code        VARCHAR(500),
    region_code VARCHAR(6) REFERENCES region (code),
    kind        VARCHAR(20),
    CONSTRAINT organisation_name_unique UNIQUE (name),
    CONSTRAINT organisation_name_not_blank CHECK (btrim(name) <> ''),
    CONSTRAINT organisation_kind_known CHECK (kind IN ('GOVERNMENT', 'PUBLIC_INSTITUTION', 'COMPANY', 'ASSOCIATION'))
);
