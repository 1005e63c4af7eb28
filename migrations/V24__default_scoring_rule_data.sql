-- The budget execution rule as the common default of 预算执行率: full marks at 95% or more, 1% of the weight off
-- per percentage point below, nothing below 60%. Partial points are left open (no stepCounting).
-- [jooq ignore start]
UPDATE indicator_catalogue
SET default_scoring_rule = '{"kind": "BUDGET_EXECUTION", "threshold": "0.95", "inclusive": true, "step": "0.01", "weightSharePerStep": "0.01", "zeroBelow": "0.6", "zeroInclusive": false}'
WHERE code = 'BUDGET_EXECUTION_RATE';
-- [jooq ignore stop]
