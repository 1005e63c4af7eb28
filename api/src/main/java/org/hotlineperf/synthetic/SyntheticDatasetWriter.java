package org.hotlineperf.synthetic;

import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORT;
import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.generateSeries;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotlineperf.db.tables.records.EvaluationRecord;
import org.hotlineperf.db.tables.records.FindingRecord;
import org.hotlineperf.db.tables.records.FundFlowRecord;
import org.hotlineperf.db.tables.records.IndicatorDeductionRecord;
import org.hotlineperf.db.tables.records.IndicatorRecord;
import org.hotlineperf.db.tables.records.OperatingMetricRecord;
import org.hotlineperf.db.tables.records.ProjectComponentRecord;
import org.hotlineperf.db.tables.records.ProjectRecord;
import org.hotlineperf.db.tables.records.ReportRecord;
import org.hotlineperf.synthetic.SyntheticProject.Indicator;
import org.hotlineperf.synthetic.SyntheticProject.LedgerLine;
import org.hotlineperf.synthetic.SyntheticProject.Organisation;
import org.hotlineperf.synthetic.SyntheticProject.Year;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.Row3;
import org.jooq.Sequence;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Stores generated projects in the relational model, a chunk at a time inside the caller's transaction.
 * Organisations are shared with imported reports and upserted by name, as the importer does. For the rest the
 * writer takes ids from the tables' identity sequences in one statement per table, builds the jOOQ records with
 * their references (report, component, parent line, parent indicator) and hands them to {@link CopyLoader}.
 * Every row hangs under its report row, and the composite keys (report and project, parent and evaluation and
 * level) are filled as the constraints ask.
 */
@Repository
class SyntheticDatasetWriter {

    /** Generated rows have never been edited. */
    private static final int ROW_VERSION = 1;

    private final DSLContext dsl;
    private final CopyLoader copyLoader;
    private final Map<String, Sequence<Long>> identitySequences = new HashMap<>();

    SyntheticDatasetWriter(DSLContext dsl, CopyLoader copyLoader) {
        this.dsl = dsl;
        this.copyLoader = copyLoader;
    }

    /** Rows written per table, in the order of the tables written. */
    Map<String, Long> write(List<SyntheticProject> projects) {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> organisations = upsertOrganisations(projects, rows);
        Chunk chunk = new Chunk(projects);
        Ids projectIds = ids(PROJECT, chunk.projects);
        Ids componentIds = ids(PROJECT_COMPONENT, chunk.components);
        Ids reportIds = ids(REPORT, chunk.reports);
        Ids fundFlowIds = ids(FUND_FLOW, chunk.ledgerLines);
        Ids evaluationIds = ids(EVALUATION, chunk.reports);
        Ids indicatorIds = ids(INDICATOR, chunk.indicators);

        List<ProjectRecord> projectRecords = new ArrayList<>();
        List<ProjectComponentRecord> componentRecords = new ArrayList<>();
        List<ReportRecord> reportRecords = new ArrayList<>();
        List<FundFlowRecord> fundFlowRecords = new ArrayList<>();
        List<OperatingMetricRecord> metricRecords = new ArrayList<>();
        List<EvaluationRecord> evaluationRecords = new ArrayList<>();
        List<IndicatorRecord> indicatorRecords = new ArrayList<>();
        List<IndicatorDeductionRecord> deductionRecords = new ArrayList<>();
        List<FindingRecord> findingRecords = new ArrayList<>();
        for (SyntheticProject project : projects) {
            long projectId = projectIds.next();
            projectRecords.add(new ProjectRecord(projectId, project.key(), project.name(), "RECURRING",
                    project.region().code(), organisations.get(project.competentDepartment().name()),
                    organisations.get(project.implementingUnit().name()), project.periodStartYear(),
                    project.periodEndYear(), project.description(), ROW_VERSION));
            Map<String, Long> components = new HashMap<>();
            for (var component : project.components()) {
                long componentId = componentIds.next();
                components.put(component.key(), componentId);
                componentRecords.add(new ProjectComponentRecord(componentId, projectId, component.key(),
                        component.name(), component.hotline(), component.description()));
            }
            for (Year year : project.years()) {
                long reportId = reportIds.next();
                ReportRecord report = new ReportRecord();
                report.setId(reportId);
                report.setReportKey(year.reportKey());
                report.setProjectId(projectId);
                report.setTitle(year.title());
                report.setMoneyUnit("YUAN");
                report.setContentHash(year.contentHash());
                report.setDocument(JSONB.valueOf(year.documentJson()));
                reportRecords.add(report);
                LedgerScope ledger = new LedgerScope(reportId, projectId, year.fiscalYear(), components, fundFlowIds,
                        fundFlowRecords);
                for (LedgerLine line : year.ledger()) {
                    ledger.add(line, null);
                }
                for (int i = 0; i < year.metrics().size(); i++) {
                    var metric = year.metrics().get(i);
                    metricRecords.add(new OperatingMetricRecord(null, reportId, projectId, i, metric.periodStart(),
                            metric.periodEnd(), null, metric.metric(), metric.label(), metric.scope(),
                            metric.value(), metric.unit(), metric.numerator(), metric.denominator(), null,
                            ROW_VERSION));
                }
                var evaluation = year.evaluation();
                long evaluationId = evaluationIds.next();
                evaluationRecords.add(new EvaluationRecord(evaluationId, reportId, projectId, evaluation.kind(),
                        organisations.get(evaluation.evaluator().name()), evaluation.commissionedBy() == null ? null
                        : organisations.get(evaluation.commissionedBy().name()), year.fiscalYear(), year.fiscalYear(),
                        evaluation.reportedOn(), evaluation.reportedOnPrecision(), evaluation.fieldworkStart(),
                        evaluation.fieldworkEnd(), evaluation.scoreTableTitle(), evaluation.totalWeight(),
                        evaluation.totalScore(), evaluation.reportedGrade(), evaluation.reportedGradeText(), null,
                        evaluation.method(), evaluation.conclusion()));
                IndicatorScope tree = new IndicatorScope(evaluationId, indicatorIds, indicatorRecords, deductionRecords);
                for (Indicator indicator : evaluation.indicators()) {
                    tree.add(indicator, null, null);
                }
                for (int i = 0; i < evaluation.findings().size(); i++) {
                    var finding = evaluation.findings().get(i);
                    findingRecords.add(new FindingRecord(null, evaluationId, i, finding.kind(), finding.title(),
                            finding.body(), null, ROW_VERSION));
                }
            }
        }
        copy(rows, PROJECT, projectRecords, all(PROJECT));
        copy(rows, PROJECT_COMPONENT, componentRecords, all(PROJECT_COMPONENT));
        copy(rows, REPORT, reportRecords, allBut(REPORT, REPORT.IMPORTED_AT));
        copy(rows, FUND_FLOW, fundFlowRecords, all(FUND_FLOW));
        copy(rows, OPERATING_METRIC, metricRecords, allBut(OPERATING_METRIC, OPERATING_METRIC.ID));
        copy(rows, EVALUATION, evaluationRecords, all(EVALUATION));
        copy(rows, INDICATOR, indicatorRecords, all(INDICATOR));
        copy(rows, INDICATOR_DEDUCTION, deductionRecords, allBut(INDICATOR_DEDUCTION, INDICATOR_DEDUCTION.ID));
        copy(rows, FINDING, findingRecords, allBut(FINDING, FINDING.ID));
        return rows;
    }

    /** How many ids each table needs for a chunk. */
    private static final class Chunk {

        int projects;
        int components;
        int reports;
        int ledgerLines;
        int indicators;

        Chunk(List<SyntheticProject> projects) {
            this.projects = projects.size();
            for (SyntheticProject project : projects) {
                components += project.components().size();
                reports += project.years().size();
                for (Year year : project.years()) {
                    ledgerLines += year.ledger().stream().mapToInt(Chunk::lines).sum();
                    indicators += year.evaluation().indicators().stream().mapToInt(Indicator::size).sum();
                }
            }
        }

        private static int lines(LedgerLine line) {
            return 1 + line.parts().stream().mapToInt(Chunk::lines).sum();
        }
    }

    /** Ids taken from a table's identity sequence, handed out in order. */
    private static final class Ids {

        private final long[] values;
        private int next;

        Ids(long[] values) {
            this.values = values;
        }

        long next() {
            return values[next++];
        }
    }

    /**
     * The ledger of one report: lines and their parts depth-first, numbered like the importer numbers them. A
     * generated adjustment without a document number is one whose document is missing (its description says
     * 未提供预算调整文件), so it is marked so.
     */
    private static final class LedgerScope {

        private final long reportId;
        private final long projectId;
        private final int fiscalYear;
        private final Map<String, Long> components;
        private final Ids ids;
        private final List<FundFlowRecord> records;
        private int ordinal;

        LedgerScope(long reportId, long projectId, int fiscalYear, Map<String, Long> components, Ids ids,
                    List<FundFlowRecord> records) {
            this.reportId = reportId;
            this.projectId = projectId;
            this.fiscalYear = fiscalYear;
            this.components = components;
            this.ids = ids;
            this.records = records;
        }

        void add(LedgerLine line, Long parentId) {
            long id = ids.next();
            records.add(new FundFlowRecord(id, reportId, projectId, parentId, ordinal++, fiscalYear, line.kind(),
                    line.amount(), line.componentKey() == null ? null : components.get(line.componentKey()),
                    line.source(), line.category(), line.chargedToOtherFunds(), true, line.occurredOn(),
                    line.occurredOnPrecision(), line.documentReference(), line.description(), ROW_VERSION,
                    line.documentReference() == null && line.kind().equals("BUDGET_ADJUSTMENT")));
            for (LedgerLine part : line.parts()) {
                add(part, id);
            }
        }
    }

    /** The indicator tree of one evaluation, depth-first, with deductions under their indicator. */
    private static final class IndicatorScope {

        private final long evaluationId;
        private final Ids ids;
        private final List<IndicatorRecord> records;
        private final List<IndicatorDeductionRecord> deductions;
        private int ordinal;

        IndicatorScope(long evaluationId, Ids ids, List<IndicatorRecord> records,
                       List<IndicatorDeductionRecord> deductions) {
            this.evaluationId = evaluationId;
            this.ids = ids;
            this.records = records;
            this.deductions = deductions;
        }

        void add(Indicator indicator, Long parentId, Short parentLevel) {
            long id = ids.next();
            var target = indicator.target();
            var actual = indicator.actual();
            records.add(new IndicatorRecord(id, evaluationId, parentId, parentLevel, (short) indicator.level(),
                    ordinal++, indicator.name(), indicator.catalogueCode(), indicator.definition(),
                    indicator.scoringRule(), target == null ? null : target.operator(),
                    target == null ? null : target.value(), target == null ? null : target.unit(),
                    target == null ? null : target.text(), actual == null ? null : actual.value(),
                    actual == null ? null : actual.unit(), actual == null ? null : actual.text(), indicator.weight(),
                    indicator.score(), indicator.pointsDeducted(), null, false, null, ROW_VERSION, null));
            for (int d = 0; d < indicator.deductions().size(); d++) {
                var deduction = indicator.deductions().get(d);
                deductions.add(new IndicatorDeductionRecord(null, id, d, deduction.points(), deduction.reason()));
            }
            for (Indicator child : indicator.children()) {
                add(child, id, (short) indicator.level());
            }
        }
    }

    /**
     * Inserts the chunk's organisations that are not stored yet (one multi-row statement, existing names left as
     * they are) and returns the ids of all of them by name.
     */
    private Map<String, Long> upsertOrganisations(List<SyntheticProject> projects, Map<String, Long> rows) {
        Map<String, Organisation> byName = new LinkedHashMap<>();
        for (SyntheticProject project : projects) {
            byName.putIfAbsent(project.competentDepartment().name(), project.competentDepartment());
            byName.putIfAbsent(project.implementingUnit().name(), project.implementingUnit());
            for (Year year : project.years()) {
                byName.putIfAbsent(year.evaluation().evaluator().name(), year.evaluation().evaluator());
                if (year.evaluation().commissionedBy() != null) {
                    byName.putIfAbsent(year.evaluation().commissionedBy().name(), year.evaluation().commissionedBy());
                }
            }
        }
        List<Row3<String, String, String>> values = byName.values().stream()
                .map(organisation -> row(organisation.name(), organisation.regionCode(), organisation.kind()))
                .toList();
        int inserted = dsl.insertInto(ORGANISATION, ORGANISATION.NAME, ORGANISATION.REGION_CODE, ORGANISATION.KIND)
                .valuesOfRows(values)
                .onConflictDoNothing()
                .execute();
        rows.put(ORGANISATION.getName(), (long) inserted);
        return dsl.select(ORGANISATION.NAME, ORGANISATION.ID).from(ORGANISATION)
                .where(ORGANISATION.NAME.in(byName.keySet()))
                .fetchMap(ORGANISATION.NAME, ORGANISATION.ID);
    }

    private Ids ids(Table<?> table, int count) {
        if (count == 0) {
            return new Ids(new long[0]);
        }
        Sequence<Long> sequence = identitySequences.computeIfAbsent(table.getName(), name -> DSL.sequence(
                DSL.name(dsl.select(function("pg_get_serial_sequence", SQLDataType.VARCHAR, inline(name), inline("id")))
                        .fetchSingle().value1().split("\\.")), SQLDataType.BIGINT));
        return new Ids(dsl.select(sequence.nextval()).from(generateSeries(1, count))
                .fetch(0, Long.class).stream().mapToLong(Long::longValue).toArray());
    }

    private <R extends Record> void copy(Map<String, Long> rows, Table<R> table, List<R> records,
                                         List<Field<?>> columns) {
        rows.put(table.getName(), copyLoader.copy(table, columns, records));
    }

    private static List<Field<?>> all(Table<?> table) {
        return Arrays.asList(table.fields());
    }

    private static List<Field<?>> allBut(Table<?> table, Field<?> excluded) {
        return Arrays.stream(table.fields()).filter(field -> !field.equals(excluded)).toList();
    }
}
