-- For TextCodesTest: every text gets the same code, so that every code of a score comparison is ambiguous.
CREATE OR REPLACE MACRO text_code(t) AS CASE WHEN t IS NOT NULL THEN 7::BIGINT END;
