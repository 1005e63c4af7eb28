package org.hotlineperf.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One generated project with all its reports, before it has database ids: what {@link ProjectGenerator}
 * produces and {@link SyntheticDatasetWriter} stores. Rows refer to each other by position and key (component
 * key, tree structure), never by id, so that the generated content depends on the seed alone. Money is in
 * yuan with two decimals, percentages are fractions.
 */
record SyntheticProject(
        SyntheticRegion region,
        String key,
        String name,
        Organisation competentDepartment,
        Organisation implementingUnit,
        int periodStartYear,
        int periodEndYear,
        String description,
        List<Component> components,
        List<Year> years) {

    static final String HOTLINE_COMPONENT = "hotline";

    /** An organisation, identified by its name as in the import format. */
    record Organisation(String name, String regionCode, String kind) {
    }

    record Component(String key, String name, boolean hotline, String description) {
    }

    /** One fiscal year: its report, ledger, monthly operating figures and evaluation. */
    record Year(
            int fiscalYear,
            String reportKey,
            String title,
            String documentJson,
            String contentHash,
            List<LedgerLine> ledger,
            List<Metric> metrics,
            Evaluation evaluation) {
    }

    /** A fund-flow line; {@code parts} are its stated breakdown (其中). */
    record LedgerLine(
            String kind,
            BigDecimal amount,
            String componentKey,
            String source,
            String category,
            boolean chargedToOtherFunds,
            LocalDate occurredOn,
            String occurredOnPrecision,
            String documentReference,
            String description,
            List<LedgerLine> parts) {
    }

    record Metric(
            LocalDate periodStart,
            LocalDate periodEnd,
            String metric,
            String label,
            String scope,
            BigDecimal value,
            String unit,
            BigDecimal numerator,
            BigDecimal denominator) {
    }

    record Evaluation(
            String kind,
            Organisation evaluator,
            Organisation commissionedBy,
            LocalDate reportedOn,
            String reportedOnPrecision,
            LocalDate fieldworkStart,
            LocalDate fieldworkEnd,
            String scoreTableTitle,
            BigDecimal totalWeight,
            BigDecimal totalScore,
            String reportedGrade,
            String reportedGradeText,
            String method,
            String conclusion,
            List<Indicator> indicators,
            List<Finding> findings) {
    }

    /** A node of the indicator tree; a leaf carries target, actual and deductions, a group the sums. */
    record Indicator(
            int level,
            String name,
            String catalogueCode,
            String definition,
            String scoringRule,
            Measure target,
            Measure actual,
            BigDecimal weight,
            BigDecimal score,
            BigDecimal pointsDeducted,
            List<Deduction> deductions,
            List<Indicator> children) {

        /** This node and its descendants, depth-first. */
        int size() {
            return 1 + children.stream().mapToInt(Indicator::size).sum();
        }
    }

    /** A target or actual: operator, value, unit and the printed text. */
    record Measure(String operator, BigDecimal value, String unit, String text) {
    }

    record Deduction(BigDecimal points, String reason) {
    }

    record Finding(String kind, String title, String body) {
    }
}
