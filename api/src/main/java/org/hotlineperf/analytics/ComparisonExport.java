package org.hotlineperf.analytics;

import static org.hotlineperf.analytics.ExportTable.Column;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The comparisons (and the flag counts of the consistency checks) that can be downloaded, with their columns: the
 * same fields, in the same order, as the GraphQL types, so that a spreadsheet and an API response read alike. A
 * download holds the whole filtered set, read by the same queries as the API's pages.
 */
enum ComparisonExport {

    UNIT_COSTS("unit-costs") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug(), List.<Column<UnitCost>>of(
                    new Column<>("projectId", UnitCost::projectId), new Column<>("projectKey", UnitCost::projectKey),
                    new Column<>("projectName", UnitCost::projectName),
                    new Column<>("regionCode", UnitCost::regionCode), new Column<>("regionName", UnitCost::regionName),
                    new Column<>("fiscalYear", UnitCost::fiscalYear), new Column<>("expenditure", UnitCost::expenditure),
                    new Column<>("hotlineComponentOnly", UnitCost::hotlineComponentOnly),
                    new Column<>("callsAnswered", UnitCost::callsAnswered), new Column<>("tickets", UnitCost::tickets),
                    new Column<>("costPerCall", UnitCost::costPerCall),
                    new Column<>("costPerTicket", UnitCost::costPerTicket)),
                    comparisons.unitCosts(request.filter(), Slice.ALL).rows());
        }
    },
    BUDGET_EXECUTION("budget-execution") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug(), List.<Column<BudgetExecution>>of(
                    new Column<>("projectId", BudgetExecution::projectId),
                    new Column<>("projectKey", BudgetExecution::projectKey),
                    new Column<>("projectName", BudgetExecution::projectName),
                    new Column<>("regionCode", BudgetExecution::regionCode),
                    new Column<>("regionName", BudgetExecution::regionName),
                    new Column<>("fiscalYear", BudgetExecution::fiscalYear),
                    new Column<>("initialBudget", BudgetExecution::initialBudget),
                    new Column<>("adjustmentTotal", BudgetExecution::adjustmentTotal),
                    new Column<>("finalBudget", BudgetExecution::finalBudget),
                    new Column<>("fundsReceived", BudgetExecution::fundsReceived),
                    new Column<>("expenditure", BudgetExecution::expenditure),
                    new Column<>("expenditureChargedToOtherFunds", BudgetExecution::expenditureChargedToOtherFunds),
                    new Column<>("executionRate", BudgetExecution::executionRate),
                    new Column<>("overrunRatio", BudgetExecution::overrunRatio)),
                    comparisons.budgetExecution(request.filter(), Slice.ALL).rows());
        }
    },
    SCORE_COMPARISON("score-comparison") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug(), List.<Column<ScoreComparison>>of(
                    new Column<>("evaluationId", ScoreComparison::evaluationId),
                    new Column<>("kind", ScoreComparison::kind),
                    new Column<>("periodStartYear", ScoreComparison::periodStartYear),
                    new Column<>("periodEndYear", ScoreComparison::periodEndYear),
                    new Column<>("totalWeight", ScoreComparison::totalWeight),
                    new Column<>("totalScore", ScoreComparison::totalScore),
                    new Column<>("grade", ScoreComparison::grade), new Column<>("rank", ScoreComparison::rank),
                    new Column<>("pointsLost", ScoreComparison::pointsLost),
                    new Column<>("projectId", ScoreComparison::projectId),
                    new Column<>("projectKey", ScoreComparison::projectKey),
                    new Column<>("projectName", ScoreComparison::projectName),
                    new Column<>("regionCode", ScoreComparison::regionCode),
                    new Column<>("regionName", ScoreComparison::regionName),
                    new Column<>("groups", row -> row.groups().stream()
                            .map(group -> group.name() + " " + group.score() + "/" + group.weight())
                            .collect(Collectors.joining("; ")))),
                    comparisons.scoreComparison(request.filter(), Slice.ALL).rows());
        }
    },
    INDICATOR_COMPARISON("indicator-comparison") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug(), List.<Column<IndicatorComparison>>of(
                    new Column<>("indicatorId", IndicatorComparison::indicatorId),
                    new Column<>("indicatorName", IndicatorComparison::indicatorName),
                    new Column<>("level", IndicatorComparison::level),
                    new Column<>("targetOperator", IndicatorComparison::targetOperator),
                    new Column<>("targetValue", IndicatorComparison::targetValue),
                    new Column<>("targetText", IndicatorComparison::targetText),
                    new Column<>("actualValue", IndicatorComparison::actualValue),
                    new Column<>("actualText", IndicatorComparison::actualText),
                    new Column<>("attained", IndicatorComparison::attained),
                    new Column<>("weight", IndicatorComparison::weight),
                    new Column<>("score", IndicatorComparison::score),
                    new Column<>("scoreRate", IndicatorComparison::scoreRate),
                    new Column<>("evaluationId", IndicatorComparison::evaluationId),
                    new Column<>("kind", IndicatorComparison::kind),
                    new Column<>("periodStartYear", IndicatorComparison::periodStartYear),
                    new Column<>("periodEndYear", IndicatorComparison::periodEndYear),
                    new Column<>("projectKey", IndicatorComparison::projectKey),
                    new Column<>("projectName", IndicatorComparison::projectName),
                    new Column<>("regionCode", IndicatorComparison::regionCode),
                    new Column<>("regionName", IndicatorComparison::regionName)),
                    comparisons.indicatorComparison(request.code(), request.filter(), Slice.ALL).rows());
        }
    },
    TREND("trend") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug() + "-" + request.measure().name().toLowerCase().replace('_', '-'),
                    List.<Column<TrendPoint>>of(
                            new Column<>("regionCode", TrendPoint::regionCode),
                            new Column<>("regionName", TrendPoint::regionName),
                            new Column<>("fiscalYear", TrendPoint::fiscalYear),
                            new Column<>("projects", TrendPoint::projects), new Column<>("value", TrendPoint::value),
                            new Column<>("previousValue", TrendPoint::previousValue),
                            new Column<>("change", TrendPoint::change)),
                    comparisons.trend(request.measure(), request.filter(), Slice.ALL).rows());
        }
    },
    DEDUCTIONS("deductions") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug(), List.<Column<DeductionGroup>>of(
                    new Column<>("level1Group", DeductionGroup::level1Group),
                    new Column<>("level2Group", DeductionGroup::level2Group),
                    new Column<>("deductions", DeductionGroup::deductions),
                    new Column<>("evaluations", DeductionGroup::evaluations),
                    new Column<>("pointsStated", DeductionGroup::pointsStated),
                    new Column<>("deductionsWithoutPoints", DeductionGroup::deductionsWithoutPoints)),
                    comparisons.deductions(request.filter(), Slice.ALL).rows());
        }
    },
    FLAG_COUNTS("flag-counts") {
        @Override
        ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request) {
            return ExportTable.of(slug(), List.<Column<FlagCount>>of(
                    new Column<>("regionCode", FlagCount::regionCode),
                    new Column<>("regionName", FlagCount::regionName),
                    new Column<>("fiscalYear", FlagCount::fiscalYear), new Column<>("flags", FlagCount::flags),
                    new Column<>("errors", FlagCount::errors), new Column<>("warnings", FlagCount::warnings),
                    new Column<>("infos", FlagCount::infos), new Column<>("projects", FlagCount::projects),
                    new Column<>("evaluations", FlagCount::evaluations),
                    new Column<>("byCode", row -> row.byCode().stream()
                            .map(count -> count.code() + " " + count.flags())
                            .collect(Collectors.joining("; ")))),
                    flagCounts.all(request.filter(), request.code(), request.severity()));
        }
    };

    /**
     * What an export was asked for: the filter, and where one applies the catalogue code (indicator comparison) or
     * flag code and severity (flag counts), or the trend measure.
     */
    record Request(ComparisonFilter filter, String code, String severity, TrendMeasure measure) {
    }

    private final String slug;

    ComparisonExport(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    abstract ExportTable table(Comparisons comparisons, FlagCounts flagCounts, Request request);

    static Optional<ComparisonExport> bySlug(String slug) {
        return Arrays.stream(values()).filter(export -> export.slug.equals(slug)).findFirst();
    }

    static String slugs() {
        return Arrays.stream(values()).map(ComparisonExport::slug).collect(Collectors.joining(", "));
    }
}
