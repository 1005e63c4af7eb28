package org.hotlineperf.funding;

import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.trueCondition;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hotlineperf.calendar.PartialDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/**
 * Reads the fund-flow ledger: the lines themselves and the per-year totals behind {@link BudgetYear}, for many
 * projects in one statement each.
 */
@Repository
class FundingRepository {

    private static final org.hotlineperf.db.tables.FundFlow PARENT = FUND_FLOW.as("parent_line");

    private final DSLContext dsl;

    FundingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<Long, List<BudgetYear>> budgetYears(Collection<Long> projectIds) {
        // A part charged to other funds counts unless its parent line is charged too. The parent's flag is read by a
        // scalar subquery, which PostgreSQL evaluates only for the few charged lines; a join to the parent made it
        // probe the primary key for every line, or go parallel, at four to six times the cost (EXPLAIN ANALYZE).
        Field<Boolean> parentCharged = field(select(PARENT.CHARGED_TO_OTHER_FUNDS).from(PARENT)
                .where(PARENT.ID.eq(FUND_FLOW.PARENT_ID)));
        Field<BigDecimal> charged = sum(FUND_FLOW.AMOUNT).filterWhere(FUND_FLOW.KIND.eq("EXPENDITURE")
                .and(FUND_FLOW.CHARGED_TO_OTHER_FUNDS)
                .and(coalesce(parentCharged, inline(false)).isFalse()));
        return dsl.select(
                        FUND_FLOW.PROJECT_ID,
                        FUND_FLOW.FISCAL_YEAR,
                        topLevelSum("BUDGET_INITIAL"),
                        coalesce(topLevelSum("BUDGET_ADJUSTMENT"), inline(new BigDecimal("0.00"))),
                        topLevelSum("FUNDS_RECEIVED"),
                        topLevelSum("EXPENDITURE"),
                        charged)
                .from(FUND_FLOW)
                .where(FUND_FLOW.PROJECT_ID.in(projectIds))
                .and(FUND_FLOW.FISCAL_YEAR.isNotNull())
                // Only these lines count in a sum; saying so lets PostgreSQL read fund_flow_budget_year_idx alone.
                .and(FUND_FLOW.PARENT_ID.isNull().or(FUND_FLOW.CHARGED_TO_OTHER_FUNDS))
                .groupBy(FUND_FLOW.PROJECT_ID, FUND_FLOW.FISCAL_YEAR)
                .orderBy(FUND_FLOW.PROJECT_ID, FUND_FLOW.FISCAL_YEAR)
                .fetch(record -> new BudgetYear(record.value1(), record.value2(), record.value3(), record.value4(),
                        record.value5(), record.value6(), record.value7()))
                .stream()
                .collect(Collectors.groupingBy(BudgetYear::projectId));
    }

    Map<Long, List<FundFlow>> fundFlows(Collection<Long> projectIds, Integer fiscalYear) {
        Condition year = fiscalYear == null ? trueCondition() : FUND_FLOW.FISCAL_YEAR.eq(fiscalYear);
        return selectFundFlows(FUND_FLOW.PROJECT_ID.in(projectIds).and(year))
                .stream()
                .collect(Collectors.groupingBy(FundFlow::projectId));
    }

    FundFlow fundFlow(long id) {
        return selectFundFlows(FUND_FLOW.ID.eq(id)).getFirst();
    }

    /** Hand-recorded lines are numbered after every line the project has, so they list last. */
    int nextFundFlowOrdinal(long projectId) {
        return dsl.select(coalesce(max(FUND_FLOW.ORDINAL).plus(1), inline(0))).from(FUND_FLOW)
                .where(FUND_FLOW.PROJECT_ID.eq(projectId))
                .fetchSingle(Record1::value1);
    }

    /** The id of the project's component with this key, if it has one. */
    Optional<Long> componentId(long projectId, String componentKey) {
        return dsl.select(PROJECT_COMPONENT.ID).from(PROJECT_COMPONENT)
                .where(PROJECT_COMPONENT.PROJECT_ID.eq(projectId))
                .and(PROJECT_COMPONENT.COMPONENT_KEY.eq(componentKey))
                .fetchOptional(PROJECT_COMPONENT.ID);
    }

    /** Whether the line is a part of another or is broken down into parts. */
    boolean isInBreakdown(long fundFlowId) {
        var part = FUND_FLOW.as("part");
        return dsl.fetchExists(FUND_FLOW, FUND_FLOW.ID.eq(fundFlowId).and(FUND_FLOW.PARENT_ID.isNotNull()))
                || dsl.fetchExists(part, part.PARENT_ID.eq(fundFlowId));
    }

    private List<FundFlow> selectFundFlows(Condition condition) {
        return dsl.select(FUND_FLOW.ID, FUND_FLOW.PROJECT_ID, FUND_FLOW.PARENT_ID, FUND_FLOW.FISCAL_YEAR,
                        FUND_FLOW.KIND, FUND_FLOW.AMOUNT, PROJECT_COMPONENT.COMPONENT_KEY, FUND_FLOW.SOURCE,
                        FUND_FLOW.CATEGORY, FUND_FLOW.CHARGED_TO_OTHER_FUNDS, FUND_FLOW.IN_PROJECT_LEDGER,
                        row(FUND_FLOW.OCCURRED_ON, FUND_FLOW.OCCURRED_ON_PRECISION).mapping(PartialDate::of),
                        FUND_FLOW.DOCUMENT_REFERENCE, FUND_FLOW.DESCRIPTION, FUND_FLOW.VERSION)
                .from(FUND_FLOW)
                .leftJoin(PROJECT_COMPONENT).on(PROJECT_COMPONENT.ID.eq(FUND_FLOW.COMPONENT_ID))
                .where(condition)
                .orderBy(FUND_FLOW.PROJECT_ID, FUND_FLOW.REPORT_ID, FUND_FLOW.ORDINAL)
                .fetch(mapping(FundFlow::new));
    }

    private static Field<BigDecimal> topLevelSum(String kind) {
        return sum(FUND_FLOW.AMOUNT).filterWhere(FUND_FLOW.KIND.eq(kind).and(FUND_FLOW.PARENT_ID.isNull()));
    }
}
