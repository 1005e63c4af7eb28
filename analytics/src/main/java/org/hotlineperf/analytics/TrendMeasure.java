package org.hotlineperf.analytics;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * The measures a trend can follow by region and year, each aggregated from the per-project comparison rows: sums
 * are summed, ratios are recomputed from the summed inputs (never averaged), scores are averaged.
 */
public enum TrendMeasure {
    FINAL_BUDGET, EXPENDITURE, EXECUTION_RATE, OVERRUN_RATIO, CALLS_ANSWERED, COST_PER_CALL, AVERAGE_TOTAL_SCORE;

    /** Whether the measure comes from budget rows, unit-cost rows or evaluation scores. */
    enum Source { BUDGET, UNIT_COST, SCORE }

    Source source() {
        return switch (this) {
            case FINAL_BUDGET, EXPENDITURE, EXECUTION_RATE, OVERRUN_RATIO -> Source.BUDGET;
            case CALLS_ANSWERED, COST_PER_CALL -> Source.UNIT_COST;
            case AVERAGE_TOTAL_SCORE -> Source.SCORE;
        };
    }

    BigDecimal ofBudgets(List<BudgetExecution> rows) {
        BigDecimal finalBudget = sum(rows.stream().map(BudgetExecution::finalBudget).toList());
        BigDecimal expenditure = sum(rows.stream().map(BudgetExecution::expenditure).toList());
        return switch (this) {
            case FINAL_BUDGET -> finalBudget;
            case EXPENDITURE -> expenditure;
            case EXECUTION_RATE -> Measures.executionRate(expenditure, finalBudget);
            case OVERRUN_RATIO -> Measures.overrunRatio(expenditure, finalBudget);
            default -> throw new IllegalStateException(this + " is not a budget measure");
        };
    }

    BigDecimal ofUnitCosts(List<UnitCost> rows) {
        List<UnitCost> counted = rows.stream().filter(row -> row.callsAnswered() != null && row.expenditure() != null)
                .toList();
        BigDecimal calls = sum(counted.stream().map(UnitCost::callsAnswered).toList());
        return switch (this) {
            case CALLS_ANSWERED -> calls;
            case COST_PER_CALL -> Measures.costPer(sum(counted.stream().map(UnitCost::expenditure).toList()), calls);
            default -> throw new IllegalStateException(this + " is not a unit-cost measure");
        };
    }

    static BigDecimal average(List<BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        return present.isEmpty() ? null
                : sum(present).divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }
}
