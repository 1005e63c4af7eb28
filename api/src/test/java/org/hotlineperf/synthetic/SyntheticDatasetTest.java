package org.hotlineperf.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REGION;
import static org.hotlineperf.db.Tables.REPORT;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlineperf.analytics.BudgetExecution;
import org.hotlineperf.analytics.ComparisonFilter;
import org.hotlineperf.analytics.Comparisons;
import org.hotlineperf.analytics.Slice;
import org.hotlineperf.db.tables.FundFlow;
import org.hotlineperf.evaluation.EvaluationService;
import org.hotlineperf.funding.FundingService;
import org.hotlineperf.db.tables.Indicator;
import org.hotlineperf.db.tables.Organisation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The generator on a slice of the country, Ningxia (a province, 5 prefectures, 22 counties) over two fiscal
 * years, in a schema of its own beside the seed reports: the shape asked for, indicator trees whose weights and
 * scores add up, overruns and undocumented adjustments among the years, the analytics store following and agreeing
 * with the entity reads, a refusal that writes nothing, and the same rows again for the same seed.
 */
@SpringBootTest(properties = {
        "spring.flyway.schemas=synthetic_test",
        "spring.flyway.default-schema=synthetic_test",
        "spring.datasource.hikari.schema=synthetic_test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDatasetTest {

    private static final String NINGXIA = "640000";
    private static final int FIRST_YEAR = 2023;
    private static final int YEARS = 2;
    private static final GenerationRequest REQUEST = new GenerationRequest(42, FIRST_YEAR, YEARS, NINGXIA, false);
    private static final GenerationRequest REPLACE = new GenerationRequest(42, FIRST_YEAR, YEARS, NINGXIA, true);

    @Autowired
    SyntheticDatasetService service;

    @Autowired
    DSLContext dsl;

    @Autowired
    Comparisons comparisons;

    @Autowired
    FundingService funding;

    @Autowired
    EvaluationService evaluations;

    private GenerationSummary summary;
    private String fingerprint;

    @BeforeAll
    void generate() {
        summary = service.generate(REQUEST);
        fingerprint = fingerprint();
    }

    @Test
    void theDatasetHasTheRequestedShape() {
        int regions = dsl.fetchCount(REGION, REGION.CODE.startsWith("64"));
        int projectYears = regions * YEARS;

        assertThat(summary.projects()).isEqualTo(regions).isEqualTo(28);
        assertThat(summary.projectYears()).isEqualTo(projectYears);
        assertThat(dsl.fetchCount(PROJECT, PROJECT.PROJECT_KEY.startsWith("synthetic-"))).isEqualTo(regions);
        assertThat(dsl.fetchCount(REPORT, REPORT.REPORT_KEY.startsWith("synthetic-"))).isEqualTo(projectYears);
        assertThat(dsl.fetchCount(REPORT.join(EVALUATION).on(EVALUATION.REPORT_ID.eq(REPORT.ID)),
                REPORT.REPORT_KEY.startsWith("synthetic-"))).isEqualTo(projectYears);
        assertThat(dsl.select(PROJECT.PROJECT_KEY, countDistinct(EVALUATION.PERIOD_START_YEAR))
                .from(PROJECT).join(EVALUATION).on(EVALUATION.PROJECT_ID.eq(PROJECT.ID))
                .where(PROJECT.PROJECT_KEY.startsWith("synthetic-"))
                .groupBy(PROJECT.PROJECT_KEY)
                .fetch(countDistinct(EVALUATION.PERIOD_START_YEAR)))
                .hasSize(regions).containsOnly(YEARS);
        assertThat(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.KIND.eq("BUDGET_INITIAL")
                .and(FUND_FLOW.PARENT_ID.isNull()))).isEqualTo(projectYears);
        assertThat(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.KIND.eq("FUNDS_RECEIVED")))
                .isEqualTo(projectYears);
        for (String metric : List.of("CALLS_RECEIVED", "CALLS_ANSWERED", "TICKETS_HANDLED", "CONNECTION_RATE")) {
            assertThat(syntheticCount(OPERATING_METRIC, OPERATING_METRIC.REPORT_ID, OPERATING_METRIC.METRIC.eq(metric)))
                    .as(metric).isEqualTo(12 * projectYears);
        }
        assertThat(summary.rowsInserted()).containsEntry("project", (long) regions)
                .containsEntry("report", (long) projectYears)
                .containsEntry("evaluation", (long) projectYears)
                .containsEntry("operating_metric", 50L * projectYears)
                .containsEntry("indicator", (long) syntheticIndicators(noCondition()));
    }

    @Test
    void everyTreeAddsUpAndNoScoreExceedsItsWeight() {
        var perEvaluation = dsl.select(EVALUATION.ID, EVALUATION.TOTAL_SCORE, count(INDICATOR.ID),
                        sum(INDICATOR.WEIGHT).filterWhere(INDICATOR.LEVEL.eq((short) 1)),
                        sum(INDICATOR.SCORE).filterWhere(INDICATOR.LEVEL.eq((short) 1)))
                .from(EVALUATION).join(INDICATOR).on(INDICATOR.EVALUATION_ID.eq(EVALUATION.ID))
                .join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .where(REPORT.REPORT_KEY.startsWith("synthetic-"))
                .groupBy(EVALUATION.ID, EVALUATION.TOTAL_SCORE)
                .fetch();
        assertThat(perEvaluation).hasSize(summary.projectYears()).allSatisfy(evaluation -> {
            assertThat(evaluation.value3()).isBetween(20, 30);
            assertThat(evaluation.value4()).isEqualByComparingTo("100");
            assertThat(evaluation.value5()).isEqualByComparingTo(evaluation.value2());
        });

        Indicator parent = INDICATOR.as("parent_indicator");
        assertThat(syntheticIndicators(INDICATOR.SCORE.gt(INDICATOR.WEIGHT)
                .or(INDICATOR.SCORE.isNull()).or(INDICATOR.WEIGHT.isNull()))).isZero();
        assertThat(dsl.select(parent.ID, parent.WEIGHT, parent.SCORE, sum(INDICATOR.WEIGHT), sum(INDICATOR.SCORE))
                .from(INDICATOR).join(parent).on(parent.ID.eq(INDICATOR.PARENT_ID))
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .where(REPORT.REPORT_KEY.startsWith("synthetic-"))
                .groupBy(parent.ID, parent.WEIGHT, parent.SCORE)
                .fetch())
                .isNotEmpty()
                .allSatisfy(group -> {
                    assertThat(group.value4()).isEqualByComparingTo(group.value2());
                    assertThat(group.value5()).isEqualByComparingTo(group.value3());
                });
        assertThat(dsl.select(INDICATOR.CATALOGUE_CODE).from(INDICATOR).fetchSet(INDICATOR.CATALOGUE_CODE))
                .contains("CONNECTION_RATE", "ON_TIME_CLOSURE_RATE", "SATISFACTION_RATE", "BUDGET_EXECUTION_RATE");
        assertThat(dsl.fetchCount(INDICATOR_DEDUCTION)).isPositive();
        assertThat(dsl.select(EVALUATION.KIND).from(EVALUATION).fetchSet(EVALUATION.KIND))
                .contains("SELF", "DEPARTMENT", "THIRD_PARTY");
    }

    @Test
    void someYearsOverrunAndSomeAdjustmentsLackADocument() {
        Field<BigDecimal> budget = sum(FUND_FLOW.AMOUNT).filterWhere(FUND_FLOW.KIND.in("BUDGET_INITIAL",
                "BUDGET_ADJUSTMENT"));
        Field<BigDecimal> spent = sum(FUND_FLOW.AMOUNT).filterWhere(FUND_FLOW.KIND.eq("EXPENDITURE"));
        var years = dsl.select(FUND_FLOW.REPORT_ID, budget, spent)
                .from(FUND_FLOW).join(REPORT).on(REPORT.ID.eq(FUND_FLOW.REPORT_ID))
                .where(REPORT.REPORT_KEY.startsWith("synthetic-")).and(FUND_FLOW.PARENT_ID.isNull())
                .groupBy(FUND_FLOW.REPORT_ID)
                .fetch();
        long overruns = years.stream().filter(year -> year.value3().compareTo(year.value2()) > 0).count();

        assertThat(years).hasSize(summary.projectYears());
        assertThat(overruns).isPositive().isLessThan(years.size() / 2);
        assertThat(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.KIND.eq("EXPENDITURE")
                .and(FUND_FLOW.CHARGED_TO_OTHER_FUNDS))).isEqualTo((int) overruns);
        assertThat(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.KIND.eq("BUDGET_ADJUSTMENT")
                .and(FUND_FLOW.DOCUMENT_REFERENCE.isNull()))).isPositive();
        assertThat(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.KIND.eq("BUDGET_ADJUSTMENT")
                .and(FUND_FLOW.DOCUMENT_REFERENCE.isNotNull()))).isPositive();
        assertThat(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.KIND.eq("BUDGET_ADJUSTMENT")
                .and(FUND_FLOW.OCCURRED_ON.isNull()))).isZero();
        assertThat(syntheticCount(OPERATING_METRIC, OPERATING_METRIC.REPORT_ID, OPERATING_METRIC.METRIC
                .eq("CONNECTION_RATE").and(OPERATING_METRIC.VALUE.ne(OPERATING_METRIC.NUMERATOR
                        .div(OPERATING_METRIC.DENOMINATOR).round(6))))).isZero();
    }

    @Test
    void theAnalyticsStoreFollowsTheGeneratedProjects() {
        List<BudgetExecution> years = comparisons.budgetExecution(
                        new ComparisonFilter(NINGXIA, null, FIRST_YEAR, FIRST_YEAR + YEARS - 1, null), Slice.ALL)
                .rows().stream()
                .filter(year -> year.fiscalYear() != null && year.projectKey().startsWith("synthetic-"))
                .toList();

        assertThat(years).hasSize(summary.projectYears());
        assertThat(years).filteredOn(year -> year.overrunRatio().signum() > 0)
                .hasSize(syntheticCount(FUND_FLOW, FUND_FLOW.REPORT_ID, FUND_FLOW.CHARGED_TO_OTHER_FUNDS.isTrue()));
    }

    @Test
    void theEntityReadsAgreeWithTheAnalyticsStoreAndFindTheLatestEvaluation() {
        List<Long> projectIds = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.startsWith("synthetic-"))
                .fetch(PROJECT.ID);
        List<String> entityYears = funding.budgetYears(projectIds).values().stream().flatMap(List::stream)
                .map(year -> year.projectId() + "/" + year.fiscalYear() + " " + year.finalBudget() + " "
                        + year.expenditure() + " " + year.expenditureChargedToOtherFunds())
                .toList();
        List<String> analyticsYears = comparisons.budgetExecution(new ComparisonFilter(NINGXIA, null, null, null, null),
                        Slice.ALL).rows().stream()
                .filter(year -> year.fiscalYear() != null && year.projectKey().startsWith("synthetic-"))
                .map(year -> year.projectId() + "/" + year.fiscalYear() + " " + year.finalBudget() + " "
                        + year.expenditure() + " " + year.expenditureChargedToOtherFunds())
                .toList();

        assertThat(entityYears).hasSize(summary.projectYears()).containsExactlyInAnyOrderElementsOf(analyticsYears)
                .anySatisfy(year -> assertThat(year).doesNotEndWith(" null"));
        assertThat(evaluations.latestEvaluationByProject(projectIds)).hasSize(projectIds.size())
                .allSatisfy((projectId, latest) -> {
                    assertThat(latest.projectId()).isEqualTo(projectId);
                    assertThat(latest.periodEndYear()).isEqualTo(FIRST_YEAR + YEARS - 1);
                });
    }

    @Test
    void aSecondRunIsRefusedAndWritesNothing() {
        Map<String, Integer> before = rowCounts();

        assertThatThrownBy(() -> service.generate(REQUEST))
                .isInstanceOf(SyntheticDataPresentException.class)
                .hasMessageContaining("schema synthetic_test")
                .hasMessageContaining(summary.projects() + " projects and " + summary.projectYears() + " reports");
        assertThatThrownBy(() -> service.generate(new GenerationRequest(42, FIRST_YEAR, YEARS, "999999", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown GB/T 2260 region code 999999");
        assertThatThrownBy(() -> service.generate(new GenerationRequest(42, FIRST_YEAR, YEARS, "710000", true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no region at or below 710000");
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        GenerationSummary otherSeed = service.generate(new GenerationRequest(43, FIRST_YEAR, YEARS, NINGXIA, true));
        String otherFingerprint = fingerprint();
        GenerationSummary sameSeed = service.generate(REPLACE);

        assertThat(otherFingerprint).isNotEqualTo(fingerprint);
        assertThat(otherSeed.rowsDeleted()).containsEntry("report", (long) summary.projectYears());
        assertThat(fingerprint()).isEqualTo(fingerprint);
        assertThat(sameSeed.rowsInserted()).as("the organisations are there from the first run")
                .containsEntry("organisation", 0L);
        assertThat(withoutOrganisations(sameSeed.rowsInserted())).isEqualTo(withoutOrganisations(summary.rowsInserted()));
        assertThat(dsl.fetchCount(REPORT, REPORT.REPORT_KEY.eq("huainan-2024-self"))).as("seed reports stay").isOne();
    }

    @Test
    void aRegionIsGeneratedTheSameAloneAsWithItsProvince() {
        GenerationSummary alone = service.generate(new GenerationRequest(42, FIRST_YEAR, YEARS, "640500", true));
        String aloneRows = fingerprint();
        service.generate(REPLACE);
        dsl.deleteFrom(REPORT).where(REPORT.REPORT_KEY.startsWith("synthetic-")
                .and(REPORT.REPORT_KEY.notLike("synthetic-6405%"))).execute();
        dsl.deleteFrom(PROJECT_COMPONENT).where(PROJECT_COMPONENT.PROJECT_ID.in(dsl.select(PROJECT.ID).from(PROJECT)
                .where(PROJECT.PROJECT_KEY.startsWith("synthetic-").and(PROJECT.PROJECT_KEY.notLike("synthetic-6405%")))))
                .execute();
        dsl.deleteFrom(PROJECT).where(PROJECT.PROJECT_KEY.startsWith("synthetic-")
                .and(PROJECT.PROJECT_KEY.notLike("synthetic-6405%"))).execute();
        String sliceOfProvince = fingerprint();
        service.generate(REPLACE);

        assertThat(alone.projects()).isEqualTo(dsl.fetchCount(REGION, REGION.CODE.startsWith("6405")));
        assertThat(sliceOfProvince).isEqualTo(aloneRows);
        assertThat(fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void requestsOutsideTheLimitsAreRejected() {
        assertThatThrownBy(() -> new GenerationRequest(42, 2015, 0, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years must be between 1 and 50");
        assertThatThrownBy(() -> new GenerationRequest(42, 2090, 20, null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within 1990-2100");
    }

    /** Synthetic rows of a table that has a report column. */
    private int syntheticCount(Table<?> table, Field<Long> reportId, Condition condition) {
        return dsl.fetchCount(dsl.selectFrom(table).where(condition).and(reportId.in(
                dsl.select(REPORT.ID).from(REPORT).where(REPORT.REPORT_KEY.startsWith("synthetic-")))));
    }

    private int syntheticIndicators(Condition condition) {
        return dsl.fetchCount(dsl.selectFrom(INDICATOR).where(condition).and(INDICATOR.EVALUATION_ID.in(
                dsl.select(EVALUATION.ID).from(EVALUATION).join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                        .where(REPORT.REPORT_KEY.startsWith("synthetic-")))));
    }

    private static Map<String, Long> withoutOrganisations(Map<String, Long> rows) {
        Map<String, Long> copy = new LinkedHashMap<>(rows);
        copy.remove("organisation");
        return copy;
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : List.of(ORGANISATION, PROJECT, PROJECT_COMPONENT, REPORT, FUND_FLOW, OPERATING_METRIC,
                EVALUATION, INDICATOR, INDICATOR_DEDUCTION, FINDING)) {
            counts.put(table.getName(), dsl.fetchCount(table));
        }
        return counts;
    }

    /**
     * A SHA-256 of every synthetic row in a stable order, with surrogate ids replaced by the natural keys they
     * stand for (report key, ordinals, component key, organisation names) and the import time left out.
     */
    private String fingerprint() {
        Organisation department = ORGANISATION.as("department");
        Organisation unit = ORGANISATION.as("unit");
        Organisation evaluator = ORGANISATION.as("evaluator");
        Organisation commissioner = ORGANISATION.as("commissioner");
        FundFlow parentLine = FUND_FLOW.as("parent_line");
        Indicator parent = INDICATOR.as("parent_indicator");
        var synthetic = REPORT.REPORT_KEY.startsWith("synthetic-");
        List<List<? extends Record>> tables = new ArrayList<>();
        tables.add(dsl.select(fields(PROJECT, PROJECT.ID, PROJECT.COMPETENT_DEPARTMENT_ID, PROJECT.IMPLEMENTING_UNIT_ID))
                .select(department.NAME, unit.NAME)
                .from(PROJECT).join(department).on(department.ID.eq(PROJECT.COMPETENT_DEPARTMENT_ID))
                .join(unit).on(unit.ID.eq(PROJECT.IMPLEMENTING_UNIT_ID))
                .where(PROJECT.PROJECT_KEY.startsWith("synthetic-")).orderBy(PROJECT.PROJECT_KEY).fetch());
        tables.add(dsl.select(PROJECT.PROJECT_KEY).select(fields(PROJECT_COMPONENT, PROJECT_COMPONENT.ID,
                        PROJECT_COMPONENT.PROJECT_ID))
                .from(PROJECT_COMPONENT).join(PROJECT).on(PROJECT.ID.eq(PROJECT_COMPONENT.PROJECT_ID))
                .where(PROJECT.PROJECT_KEY.startsWith("synthetic-"))
                .orderBy(PROJECT.PROJECT_KEY, PROJECT_COMPONENT.COMPONENT_KEY).fetch());
        tables.add(dsl.select(PROJECT.PROJECT_KEY).select(fields(REPORT, REPORT.ID, REPORT.PROJECT_ID, REPORT.IMPORTED_AT))
                .from(REPORT).join(PROJECT).on(PROJECT.ID.eq(REPORT.PROJECT_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY).fetch());
        tables.add(dsl.select(REPORT.REPORT_KEY, parentLine.ORDINAL, PROJECT_COMPONENT.COMPONENT_KEY)
                .select(fields(FUND_FLOW, FUND_FLOW.ID, FUND_FLOW.REPORT_ID, FUND_FLOW.PROJECT_ID, FUND_FLOW.PARENT_ID,
                        FUND_FLOW.COMPONENT_ID))
                .from(FUND_FLOW).join(REPORT).on(REPORT.ID.eq(FUND_FLOW.REPORT_ID))
                .leftJoin(parentLine).on(parentLine.ID.eq(FUND_FLOW.PARENT_ID))
                .leftJoin(PROJECT_COMPONENT).on(PROJECT_COMPONENT.ID.eq(FUND_FLOW.COMPONENT_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY, FUND_FLOW.ORDINAL).fetch());
        tables.add(dsl.select(REPORT.REPORT_KEY).select(fields(OPERATING_METRIC, OPERATING_METRIC.ID,
                        OPERATING_METRIC.REPORT_ID, OPERATING_METRIC.PROJECT_ID))
                .from(OPERATING_METRIC).join(REPORT).on(REPORT.ID.eq(OPERATING_METRIC.REPORT_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY, OPERATING_METRIC.ORDINAL).fetch());
        tables.add(dsl.select(REPORT.REPORT_KEY, evaluator.NAME, commissioner.NAME)
                .select(fields(EVALUATION, EVALUATION.ID, EVALUATION.REPORT_ID, EVALUATION.PROJECT_ID,
                        EVALUATION.EVALUATOR_ID, EVALUATION.COMMISSIONED_BY_ID))
                .from(EVALUATION).join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .join(evaluator).on(evaluator.ID.eq(EVALUATION.EVALUATOR_ID))
                .leftJoin(commissioner).on(commissioner.ID.eq(EVALUATION.COMMISSIONED_BY_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY).fetch());
        tables.add(dsl.select(REPORT.REPORT_KEY, parent.ORDINAL)
                .select(fields(INDICATOR, INDICATOR.ID, INDICATOR.EVALUATION_ID, INDICATOR.PARENT_ID))
                .from(INDICATOR).join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .leftJoin(parent).on(parent.ID.eq(INDICATOR.PARENT_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY, INDICATOR.ORDINAL).fetch());
        tables.add(dsl.select(REPORT.REPORT_KEY, INDICATOR.ORDINAL)
                .select(fields(INDICATOR_DEDUCTION, INDICATOR_DEDUCTION.ID, INDICATOR_DEDUCTION.INDICATOR_ID))
                .from(INDICATOR_DEDUCTION).join(INDICATOR).on(INDICATOR.ID.eq(INDICATOR_DEDUCTION.INDICATOR_ID))
                .join(EVALUATION).on(EVALUATION.ID.eq(INDICATOR.EVALUATION_ID))
                .join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY, INDICATOR.ORDINAL, INDICATOR_DEDUCTION.ORDINAL).fetch());
        tables.add(dsl.select(REPORT.REPORT_KEY).select(fields(FINDING, FINDING.ID, FINDING.EVALUATION_ID))
                .from(FINDING).join(EVALUATION).on(EVALUATION.ID.eq(FINDING.EVALUATION_ID))
                .join(REPORT).on(REPORT.ID.eq(EVALUATION.REPORT_ID))
                .where(synthetic).orderBy(REPORT.REPORT_KEY, FINDING.ORDINAL).fetch());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (List<? extends Record> rows : tables) {
                for (Record row : rows) {
                    digest.update((row.intoList() + "\n").getBytes(StandardCharsets.UTF_8));
                }
                digest.update("--\n".getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SelectField<?>> fields(Table<?> table, Field<?>... excluded) {
        Set<Field<?>> skip = Set.of(excluded);
        return Arrays.stream(table.fields()).filter(field -> !skip.contains(field)).<SelectField<?>>map(f -> f).toList();
    }
}
