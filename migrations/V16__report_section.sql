-- Narrative sections of a report kept verbatim (background, method, analysis, conclusion).
CREATE TABLE report_section (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id BIGINT NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    heading   VARCHAR(500) NOT NULL,
    body      TEXT NOT NULL,
    CONSTRAINT report_section_ordinal_unique UNIQUE (report_id, ordinal)
);
