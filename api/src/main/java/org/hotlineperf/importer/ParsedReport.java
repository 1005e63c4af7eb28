package org.hotlineperf.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hotlineperf.scoring.ScoringRule;

/**
 * A report document after validation: every value converted to its stored form (money in yuan,
 * percentages as fractions, partial dates with their precision), ready to be written in one transaction.
 */
record ParsedReport(
        String reportKey,
        String title,
        String sourceFile,
        String moneyUnit,
        String contentHash,
        String documentJson,
        Project project,
        List<FundFlow> fundFlows,
        List<Contract> contracts,
        List<GoalDeclaration> goalDeclarations,
        List<OperatingMetric> operatingMetrics,
        List<ReportedFigure> reportedFigures,
        Evaluation evaluation,
        List<Section> sections) {

    /** A date as precise as the report states it. */
    record PartialDate(LocalDate date, String precision) {
    }

    /** An organisation named by the report. */
    record Organisation(String name, String code, String regionCode, String kind) {
    }

    /** A target or actual: operator (targets only), value in stored form, unit and the printed text. */
    record Measure(String operator, BigDecimal value, String unit, String text) {
    }

    record Project(String key, String name, String attribute, String regionCode, Organisation competentDepartment,
                   Organisation implementingUnit, int periodStartYear, int periodEndYear, String description,
                   List<Component> components) {
    }

    record Component(String key, String name, boolean hotline, String description) {
    }

    record FundFlow(Integer fiscalYear, String kind, BigDecimal amount, String componentKey, String source,
                    String category, boolean chargedToOtherFunds, boolean inProjectLedger, PartialDate date,
                    String documentReference, boolean documentMissing, String description, List<FundFlow> parts) {
    }

    record Contract(String title, Organisation operator, String procurementMethod, String procurementReference,
                    PartialDate signedOn, PartialDate serviceStart, PartialDate serviceEnd, BigDecimal totalAmount,
                    BigDecimal projectShareAmount, String description, List<ContractPayment> payments) {
    }

    record ContractPayment(Integer fiscalYear, BigDecimal amount, PartialDate paidOn, String description) {
    }

    record GoalDeclaration(String kind, int periodStartYear, int periodEndYear, String projectNameAsStated,
                           String overallGoal, BigDecimal totalFunds, BigDecimal fiscalAppropriation,
                           BigDecimal otherFunds, List<GoalTarget> targets) {
    }

    record GoalTarget(String level1, String level2, String name, String code, Integer fiscalYear, String definition,
                      Measure target) {
    }

    record OperatingMetric(LocalDate periodStart, LocalDate periodEnd, String periodNote, String metric, String label,
                           String scope, BigDecimal value, String unit, BigDecimal numerator, BigDecimal denominator,
                           String text) {
    }

    record ReportedFigure(Integer fiscalYear, String measure, String label, String componentKey, BigDecimal value,
                          String unit, String text) {
    }

    record Evaluation(String kind, Organisation evaluator, Organisation commissionedBy, int periodStartYear,
                      int periodEndYear, PartialDate reportedOn, LocalDate fieldworkStart, LocalDate fieldworkEnd,
                      String scoreTableTitle, BigDecimal totalWeight, BigDecimal totalScore, String reportedGrade,
                      String reportedGradeText, String gradingScheme, String method, String conclusion,
                      List<Indicator> indicators, List<Finding> findings) {
    }

    record Indicator(int level, String name, String code, String definition, String scoringRule,
                     ScoringRule structuredScoringRule, Measure target,
                     Measure actual, BigDecimal weight, BigDecimal score, BigDecimal pointsDeducted,
                     BigDecimal statedScoreRate, boolean notApplicable, List<Deduction> deductions, String comment,
                     List<Indicator> children) {
    }

    record Deduction(BigDecimal points, String reason) {
    }

    record Finding(String kind, String title, String body, String cause) {
    }

    record Section(String heading, String body) {
    }
}
