-- A catalogue indicator's default scoring rule: it applies to an indicator of that code whose report states no
-- rule of its own (neither text nor structure).
ALTER TABLE indicator_catalogue ADD COLUMN default_scoring_rule JSONB;
