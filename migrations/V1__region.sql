-- Administrative regions by GB/T 2260 code (区划代码): province, prefecture, county.
CREATE TABLE region (
    code        VARCHAR(6)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    "level"       VARCHAR(10) NOT NULL,
    parent_code VARCHAR(6)  REFERENCES region (code),
    CONSTRAINT region_code_shape CHECK (code ~ '^[1-9][0-9]{5}$'),
    CONSTRAINT region_level_known CHECK ("level" IN ('PROVINCE', 'PREFECTURE', 'COUNTY')),
    CONSTRAINT region_level_matches_code CHECK (
        ("level" = 'PROVINCE' AND code LIKE '__0000' AND parent_code IS NULL)
        OR ("level" = 'PREFECTURE' AND code LIKE '____00' AND code NOT LIKE '__0000'
            AND parent_code = substr(code, 1, 2) || '0000')
        OR ("level" = 'COUNTY' AND code NOT LIKE '____00' AND parent_code IS NOT NULL
            AND substr(parent_code, 1, 2) = substr(code, 1, 2))
    )
);

CREATE INDEX region_parent_idx ON region (parent_code);
