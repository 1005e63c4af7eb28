-- The indicator's scoring rule (评价标准) as structured data, next to its printed text, where the report states a
-- rule that one of the rule kinds expresses exactly. Rates in fractions; see ScoringRuleJson for the shape.
ALTER TABLE indicator ADD COLUMN structured_scoring_rule JSONB;
