-- Text that a comparison returns in tens of thousands of rows but with few distinct values (evaluation kinds,
-- grades, level-1 group names) leaves DuckDB as a 63-bit code of the text instead of the text: the JDBC driver makes
-- one Java array per text value, a long costs it nothing, and the codes keep the rows narrow where they are sorted.
-- text_codes.sql gives the dictionary of codes; the rare code that two texts share is in the dictionary's ambiguous
-- list, and only for those does coded_text return the text itself, as UTF-8 bytes (docs/decisions.md).
CREATE OR REPLACE MACRO text_code(t) AS CASE WHEN t IS NOT NULL THEN (hash(t) >> 1)::BIGINT END;

CREATE OR REPLACE MACRO coded_text(t, ambiguous_codes) AS
    CASE WHEN list_contains(ambiguous_codes, text_code(t)) THEN encode(t) END;
