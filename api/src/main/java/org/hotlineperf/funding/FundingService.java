package org.hotlineperf.funding;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reads the money of projects for the API: budget years, ledger lines and contracts, for many projects at once.
 */
@Service
public class FundingService {

    private final FundingRepository funding;
    private final ContractRepository contracts;

    FundingService(FundingRepository funding, ContractRepository contracts) {
        this.funding = funding;
        this.contracts = contracts;
    }

    /** Budget years per project, ordered by year. */
    public Map<Long, List<BudgetYear>> budgetYears(Collection<Long> projectIds) {
        return funding.budgetYears(projectIds);
    }

    /** Ledger lines per project in report order; with a fiscal year, only the lines of that year. */
    public Map<Long, List<FundFlow>> fundFlows(Collection<Long> projectIds, Integer fiscalYear) {
        return funding.fundFlows(projectIds, fiscalYear);
    }

    public Map<Long, List<Contract>> contracts(Collection<Long> projectIds) {
        return contracts.contracts(projectIds);
    }
}
