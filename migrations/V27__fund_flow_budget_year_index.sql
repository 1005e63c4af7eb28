-- The lines that make up a project's budget years (Project.budgetYears): the top-level lines of each kind and the
-- expenditure charged to other funds, with every column the sums read, so that a dashboard page reads them from
-- the index alone. The sub-lines of a budget (a third of the ledger) are left out; they count in no sum.
CREATE INDEX fund_flow_budget_year_idx ON fund_flow (project_id, fiscal_year)
    INCLUDE (kind, amount, charged_to_other_funds, parent_id)
    WHERE parent_id IS NULL OR charged_to_other_funds;
