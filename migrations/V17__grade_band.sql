-- Grade bands (等级) by total score: the single definition of the grade, read by the API and the analytics
-- store alike. A score belongs to the band with min_score <= score < max_score (no upper bound for the top).
CREATE TABLE grade_band (
    grade     VARCHAR(10) NOT NULL PRIMARY KEY,
    name_zh   VARCHAR(20) NOT NULL,
    min_score NUMERIC(8, 2) NOT NULL,
    max_score NUMERIC(8, 2),
    CONSTRAINT grade_band_grade_known CHECK (grade IN ('EXCELLENT', 'GOOD', 'FAIR', 'POOR')),
    CONSTRAINT grade_band_bounds CHECK (max_score > min_score)
);

-- [jooq ignore start]
INSERT INTO grade_band (grade, name_zh, min_score, max_score) VALUES
    ('EXCELLENT', '优秀', 90, NULL),
    ('GOOD', '良好', 80, 90),
    ('FAIR', '中', 60, 80),
    ('POOR', '差', 0, 60);
-- [jooq ignore stop]
