package org.hotlineperf.analytics;

import java.math.BigDecimal;

/**
 * What a handled call and a ticket cost one project in one fiscal year, with the inputs: the expenditure (the
 * hotline component's only, where the project has components), calls answered and tickets.
 */
public record UnitCost(long projectId, String projectKey, String projectName, String regionCode, String regionName,
                       int fiscalYear, BigDecimal expenditure, boolean hotlineComponentOnly,
                       BigDecimal callsAnswered, BigDecimal tickets) {

    /** 每件来电成本 = expenditure / calls answered. */
    public BigDecimal costPerCall() {
        return Measures.costPer(expenditure, callsAnswered);
    }

    /** 每件工单成本 = expenditure / tickets. */
    public BigDecimal costPerTicket() {
        return Measures.costPer(expenditure, tickets);
    }
}
