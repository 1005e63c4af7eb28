package org.hotlineperf.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.PROJECT;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.hotlineperf.StatementCounter;
import org.hotlineperf.funding.BudgetYear;
import org.hotlineperf.funding.FundingService;
import org.hotlineperf.synthetic.GenerationRequest;
import org.hotlineperf.synthetic.SyntheticDatasetService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The checks on the synthetic dataset of Ningxia over three years, in a schema of its own: the generator's run
 * publishes its projects and gets their flags in its transaction; the ledger flags are exactly the years the
 * budget measures say (overrun, other funds, adjustments without a document), and a generator that keeps its
 * figures consistent gets no ERROR at all. The run is checked in as many statements as one project (with flags:
 * a project without any takes one statement fewer, no insert).
 */
@SpringBootTest(properties = {
        "spring.flyway.schemas=synthetic_flags",
        "spring.flyway.default-schema=synthetic_flags",
        "spring.datasource.hikari.schema=synthetic_flags"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticFlagsTest {

    @Autowired
    SyntheticDatasetService generator;

    @Autowired
    FlagService flags;

    @Autowired
    FundingService funding;

    @Autowired
    StatementCounter statements;

    @Autowired
    DSLContext dsl;

    private List<Long> projects;

    @BeforeAll
    void generate() {
        generator.generate(new GenerationRequest(42, 2019, 3, "640000", true));
        projects = dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.startsWith("synthetic-"))
                .fetch(PROJECT.ID);
    }

    @Test
    void theLedgerFlagsAreTheYearsTheBudgetMeasuresPointAt() {
        List<BudgetYear> years = funding.budgetYears(projects).values().stream().flatMap(List::stream).toList();

        assertThat(projectYears(FlagCode.BUDGET_OVERRUN)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                years.stream().filter(year -> year.overrunRatio().signum() > 0)
                        .map(year -> year.projectId() + "/" + year.fiscalYear()).toList());
        assertThat(projectYears(FlagCode.CHARGED_TO_OTHER_FUNDS)).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                years.stream().filter(year -> year.expenditureChargedToOtherFunds() != null)
                        .map(year -> year.projectId() + "/" + year.fiscalYear()).toList());
        assertThat(projectYears(FlagCode.ADJUSTMENT_WITHOUT_DOCUMENT)).isNotEmpty()
                .hasSize(dsl.fetchCount(FUND_FLOW, FUND_FLOW.PROJECT_ID.in(projects)
                        .and(FUND_FLOW.KIND.eq("BUDGET_ADJUSTMENT")).and(FUND_FLOW.DOCUMENT_REFERENCE.isNull())));
    }

    @Test
    void consistentFiguresGetNoError() {
        assertThat(stored().stream().filter(flag -> flag.severity() == FlagSeverity.ERROR).map(Flag::message))
                .isEmpty();
    }

    @Test
    void theWholeRunIsCheckedInAsManyStatementsAsOneProject() {
        long flagged = stored().getFirst().projectId();
        int forOne = statements.count(() -> flags.recompute(List.of(flagged)));
        int forAll = statements.count(() -> flags.recompute(projects));

        assertThat(projects).hasSizeGreaterThan(20);
        assertThat(forAll).isEqualTo(forOne);
    }

    private List<Flag> stored() {
        return flags.byProjects(projects).values().stream().flatMap(Collection::stream).toList();
    }

    private List<String> projectYears(FlagCode code) {
        return stored().stream().filter(flag -> flag.code() == code)
                .map(flag -> flag.projectId() + "/" + flag.fiscalYear())
                .collect(Collectors.toList());
    }
}
