package org.hotlineperf.importer;

import static org.hotlineperf.db.Tables.CONTRACT;
import static org.hotlineperf.db.Tables.CONTRACT_PAYMENT;
import static org.hotlineperf.db.Tables.EVALUATION;
import static org.hotlineperf.db.Tables.FINDING;
import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.GOAL_DECLARATION;
import static org.hotlineperf.db.Tables.GOAL_TARGET;
import static org.hotlineperf.db.Tables.INDICATOR;
import static org.hotlineperf.db.Tables.INDICATOR_DEDUCTION;
import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.ORGANISATION;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.db.Tables.PROJECT_COMPONENT;
import static org.hotlineperf.db.Tables.REPORT;
import static org.hotlineperf.db.Tables.REPORTED_FIGURE;
import static org.hotlineperf.db.Tables.REPORT_SECTION;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.excluded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotlineperf.db.tables.records.FindingRecord;
import org.hotlineperf.db.tables.records.GoalTargetRecord;
import org.hotlineperf.db.tables.records.OperatingMetricRecord;
import org.hotlineperf.db.tables.records.ReportSectionRecord;
import org.hotlineperf.db.tables.records.ReportedFigureRecord;
import org.hotlineperf.importer.ParsedReport.Component;
import org.hotlineperf.importer.ParsedReport.Contract;
import org.hotlineperf.importer.ParsedReport.Evaluation;
import org.hotlineperf.importer.ParsedReport.FundFlow;
import org.hotlineperf.importer.ParsedReport.GoalDeclaration;
import org.hotlineperf.importer.ParsedReport.Indicator;
import org.hotlineperf.importer.ParsedReport.Organisation;
import org.hotlineperf.importer.ParsedReport.PartialDate;
import org.hotlineperf.importer.ParsedReport.Project;
import org.hotlineperf.scoring.ScoringRuleJson;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * Writes a parsed report into PostgreSQL. It runs inside the import transaction: organisations, the project
 * and its components are upserted by their natural keys; everything transcribed from the report is inserted
 * under the report row, so deleting that row removes exactly what the report brought.
 */
@Repository
class ReportWriter {

    private final DSLContext dsl;

    ReportWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The stored report with this key: its id and content hash, locked for the rest of the transaction. */
    Optional<StoredReport> lockExisting(String reportKey) {
        return dsl.select(REPORT.ID, REPORT.CONTENT_HASH, REPORT.PROJECT_ID, REPORT.TITLE, REPORT.DOCUMENT)
                .from(REPORT)
                .where(REPORT.REPORT_KEY.eq(reportKey))
                .forUpdate()
                .fetchOptional(mapping(StoredReport::new));
    }

    Optional<String> storedContentHash(String reportKey) {
        return dsl.select(REPORT.CONTENT_HASH).from(REPORT)
                .where(REPORT.REPORT_KEY.eq(reportKey))
                .fetchOptional(REPORT.CONTENT_HASH);
    }

    /** The project a stored report with this key belongs to. */
    Optional<Long> projectOfReport(String reportKey) {
        return dsl.select(REPORT.PROJECT_ID).from(REPORT).where(REPORT.REPORT_KEY.eq(reportKey))
                .fetchOptional(REPORT.PROJECT_ID);
    }

    /** The stored project with this key. */
    Optional<Long> projectWithKey(String projectKey) {
        return dsl.select(PROJECT.ID).from(PROJECT).where(PROJECT.PROJECT_KEY.eq(projectKey))
                .fetchOptional(PROJECT.ID);
    }

    long projectOf(long reportId) {
        return dsl.select(REPORT.PROJECT_ID).from(REPORT).where(REPORT.ID.eq(reportId)).fetchSingle(REPORT.PROJECT_ID);
    }

    void delete(long reportId) {
        dsl.deleteFrom(REPORT).where(REPORT.ID.eq(reportId)).execute();
    }

    long insert(ParsedReport report) {
        long projectId = upsertProject(report.project());
        Map<String, Long> components = upsertComponents(projectId, report.project().components());
        long reportId = dsl.insertInto(REPORT)
                .set(REPORT.REPORT_KEY, report.reportKey())
                .set(REPORT.PROJECT_ID, projectId)
                .set(REPORT.TITLE, report.title())
                .set(REPORT.SOURCE_FILE, report.sourceFile())
                .set(REPORT.MONEY_UNIT, report.moneyUnit())
                .set(REPORT.CONTENT_HASH, report.contentHash())
                .set(REPORT.DOCUMENT, JSONB.valueOf(report.documentJson()))
                .returning(REPORT.ID)
                .fetchSingle(REPORT.ID);
        ReportScope scope = new ReportScope(reportId, projectId, components);
        int ordinal = 0;
        for (FundFlow line : report.fundFlows()) {
            ordinal = insertFundFlow(scope, line, null, ordinal);
        }
        insertContracts(scope, report.contracts());
        insertGoalDeclarations(scope, report.goalDeclarations());
        insertOperatingMetrics(scope, report);
        insertReportedFigures(scope, report);
        insertEvaluation(scope, report.evaluation());
        insertSections(reportId, report);
        return reportId;
    }

    private record ReportScope(long reportId, long projectId, Map<String, Long> components) {

        Long component(String key) {
            return key == null ? null : components.get(key);
        }
    }

    private Long upsertOrganisation(Organisation organisation) {
        if (organisation == null) {
            return null;
        }
        return dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, organisation.name())
                .set(ORGANISATION.CODE, organisation.code())
                .set(ORGANISATION.REGION_CODE, organisation.regionCode())
                .set(ORGANISATION.KIND, organisation.kind())
                .onConflict(ORGANISATION.NAME)
                .doUpdate()
                .set(ORGANISATION.CODE, coalesce(excluded(ORGANISATION.CODE), ORGANISATION.CODE))
                .set(ORGANISATION.REGION_CODE, coalesce(excluded(ORGANISATION.REGION_CODE), ORGANISATION.REGION_CODE))
                .set(ORGANISATION.KIND, coalesce(excluded(ORGANISATION.KIND), ORGANISATION.KIND))
                .returning(ORGANISATION.ID)
                .fetchSingle(ORGANISATION.ID);
    }

    private long upsertProject(Project project) {
        Long competentDepartment = upsertOrganisation(project.competentDepartment());
        Long implementingUnit = upsertOrganisation(project.implementingUnit());
        return dsl.insertInto(PROJECT)
                .set(PROJECT.PROJECT_KEY, project.key())
                .set(PROJECT.NAME, project.name())
                .set(PROJECT.ATTRIBUTE, project.attribute())
                .set(PROJECT.REGION_CODE, project.regionCode())
                .set(PROJECT.COMPETENT_DEPARTMENT_ID, competentDepartment)
                .set(PROJECT.IMPLEMENTING_UNIT_ID, implementingUnit)
                .set(PROJECT.PERIOD_START_YEAR, project.periodStartYear())
                .set(PROJECT.PERIOD_END_YEAR, project.periodEndYear())
                .set(PROJECT.DESCRIPTION, project.description())
                .onConflict(PROJECT.PROJECT_KEY)
                .doUpdate()
                .set(PROJECT.NAME, excluded(PROJECT.NAME))
                .set(PROJECT.ATTRIBUTE, excluded(PROJECT.ATTRIBUTE))
                .set(PROJECT.REGION_CODE, excluded(PROJECT.REGION_CODE))
                .set(PROJECT.COMPETENT_DEPARTMENT_ID, excluded(PROJECT.COMPETENT_DEPARTMENT_ID))
                .set(PROJECT.IMPLEMENTING_UNIT_ID, excluded(PROJECT.IMPLEMENTING_UNIT_ID))
                .set(PROJECT.PERIOD_START_YEAR, excluded(PROJECT.PERIOD_START_YEAR))
                .set(PROJECT.PERIOD_END_YEAR, excluded(PROJECT.PERIOD_END_YEAR))
                .set(PROJECT.DESCRIPTION, excluded(PROJECT.DESCRIPTION))
                .set(PROJECT.VERSION, PROJECT.VERSION.plus(1))
                .returning(PROJECT.ID)
                .fetchSingle(PROJECT.ID);
    }

    private Map<String, Long> upsertComponents(long projectId, List<Component> components) {
        Map<String, Long> ids = new HashMap<>();
        for (Component component : components) {
            ids.put(component.key(), dsl.insertInto(PROJECT_COMPONENT)
                    .set(PROJECT_COMPONENT.PROJECT_ID, projectId)
                    .set(PROJECT_COMPONENT.COMPONENT_KEY, component.key())
                    .set(PROJECT_COMPONENT.NAME, component.name())
                    .set(PROJECT_COMPONENT.IS_HOTLINE, component.hotline())
                    .set(PROJECT_COMPONENT.DESCRIPTION, component.description())
                    .onConflict(PROJECT_COMPONENT.PROJECT_ID, PROJECT_COMPONENT.COMPONENT_KEY)
                    .doUpdate()
                    .set(PROJECT_COMPONENT.NAME, excluded(PROJECT_COMPONENT.NAME))
                    .set(PROJECT_COMPONENT.IS_HOTLINE, excluded(PROJECT_COMPONENT.IS_HOTLINE))
                    .set(PROJECT_COMPONENT.DESCRIPTION, excluded(PROJECT_COMPONENT.DESCRIPTION))
                    .returning(PROJECT_COMPONENT.ID)
                    .fetchSingle(PROJECT_COMPONENT.ID));
        }
        return ids;
    }

    /** Inserts a ledger line and its parts depth-first; returns the next free ordinal. */
    private int insertFundFlow(ReportScope scope, FundFlow line, Long parentId, int ordinal) {
        long id = dsl.insertInto(FUND_FLOW)
                .set(FUND_FLOW.REPORT_ID, scope.reportId())
                .set(FUND_FLOW.PROJECT_ID, scope.projectId())
                .set(FUND_FLOW.PARENT_ID, parentId)
                .set(FUND_FLOW.ORDINAL, ordinal)
                .set(FUND_FLOW.FISCAL_YEAR, line.fiscalYear())
                .set(FUND_FLOW.KIND, line.kind())
                .set(FUND_FLOW.AMOUNT, line.amount())
                .set(FUND_FLOW.COMPONENT_ID, scope.component(line.componentKey()))
                .set(FUND_FLOW.SOURCE, line.source())
                .set(FUND_FLOW.CATEGORY, line.category())
                .set(FUND_FLOW.CHARGED_TO_OTHER_FUNDS, line.chargedToOtherFunds())
                .set(FUND_FLOW.IN_PROJECT_LEDGER, line.inProjectLedger())
                .set(FUND_FLOW.OCCURRED_ON, date(line.date()))
                .set(FUND_FLOW.OCCURRED_ON_PRECISION, precision(line.date()))
                .set(FUND_FLOW.DOCUMENT_REFERENCE, line.documentReference())
                .set(FUND_FLOW.DOCUMENT_MISSING, line.documentMissing())
                .set(FUND_FLOW.DESCRIPTION, line.description())
                .returning(FUND_FLOW.ID)
                .fetchSingle(FUND_FLOW.ID);
        int next = ordinal + 1;
        for (FundFlow part : line.parts()) {
            next = insertFundFlow(scope, part, id, next);
        }
        return next;
    }

    private void insertContracts(ReportScope scope, List<Contract> contracts) {
        for (int i = 0; i < contracts.size(); i++) {
            Contract contract = contracts.get(i);
            long contractId = dsl.insertInto(CONTRACT)
                    .set(CONTRACT.REPORT_ID, scope.reportId())
                    .set(CONTRACT.PROJECT_ID, scope.projectId())
                    .set(CONTRACT.ORDINAL, i)
                    .set(CONTRACT.TITLE, contract.title())
                    .set(CONTRACT.OPERATOR_ID, upsertOrganisation(contract.operator()))
                    .set(CONTRACT.PROCUREMENT_METHOD, contract.procurementMethod())
                    .set(CONTRACT.PROCUREMENT_REFERENCE, contract.procurementReference())
                    .set(CONTRACT.SIGNED_ON, date(contract.signedOn()))
                    .set(CONTRACT.SIGNED_ON_PRECISION, precision(contract.signedOn()))
                    .set(CONTRACT.SERVICE_START, date(contract.serviceStart()))
                    .set(CONTRACT.SERVICE_START_PRECISION, precision(contract.serviceStart()))
                    .set(CONTRACT.SERVICE_END, date(contract.serviceEnd()))
                    .set(CONTRACT.SERVICE_END_PRECISION, precision(contract.serviceEnd()))
                    .set(CONTRACT.TOTAL_AMOUNT, contract.totalAmount())
                    .set(CONTRACT.PROJECT_SHARE_AMOUNT, contract.projectShareAmount())
                    .set(CONTRACT.DESCRIPTION, contract.description())
                    .returning(CONTRACT.ID)
                    .fetchSingle(CONTRACT.ID);
            for (int p = 0; p < contract.payments().size(); p++) {
                var payment = contract.payments().get(p);
                dsl.insertInto(CONTRACT_PAYMENT)
                        .set(CONTRACT_PAYMENT.CONTRACT_ID, contractId)
                        .set(CONTRACT_PAYMENT.ORDINAL, p)
                        .set(CONTRACT_PAYMENT.FISCAL_YEAR, payment.fiscalYear())
                        .set(CONTRACT_PAYMENT.AMOUNT, payment.amount())
                        .set(CONTRACT_PAYMENT.PAID_ON, date(payment.paidOn()))
                        .set(CONTRACT_PAYMENT.PAID_ON_PRECISION, precision(payment.paidOn()))
                        .set(CONTRACT_PAYMENT.DESCRIPTION, payment.description())
                        .execute();
            }
        }
    }

    private void insertGoalDeclarations(ReportScope scope, List<GoalDeclaration> declarations) {
        for (int i = 0; i < declarations.size(); i++) {
            GoalDeclaration declaration = declarations.get(i);
            long declarationId = dsl.insertInto(GOAL_DECLARATION)
                    .set(GOAL_DECLARATION.REPORT_ID, scope.reportId())
                    .set(GOAL_DECLARATION.PROJECT_ID, scope.projectId())
                    .set(GOAL_DECLARATION.ORDINAL, i)
                    .set(GOAL_DECLARATION.KIND, declaration.kind())
                    .set(GOAL_DECLARATION.PERIOD_START_YEAR, declaration.periodStartYear())
                    .set(GOAL_DECLARATION.PERIOD_END_YEAR, declaration.periodEndYear())
                    .set(GOAL_DECLARATION.PROJECT_NAME_AS_STATED, declaration.projectNameAsStated())
                    .set(GOAL_DECLARATION.OVERALL_GOAL, declaration.overallGoal())
                    .set(GOAL_DECLARATION.TOTAL_FUNDS, declaration.totalFunds())
                    .set(GOAL_DECLARATION.FISCAL_APPROPRIATION, declaration.fiscalAppropriation())
                    .set(GOAL_DECLARATION.OTHER_FUNDS, declaration.otherFunds())
                    .returning(GOAL_DECLARATION.ID)
                    .fetchSingle(GOAL_DECLARATION.ID);
            List<GoalTargetRecord> targets = new ArrayList<>();
            for (int t = 0; t < declaration.targets().size(); t++) {
                var target = declaration.targets().get(t);
                GoalTargetRecord record = dsl.newRecord(GOAL_TARGET);
                record.setGoalDeclarationId(declarationId);
                record.setOrdinal(t);
                record.setLevel1Name(target.level1());
                record.setLevel2Name(target.level2());
                record.setName(target.name());
                record.setCatalogueCode(target.code());
                record.setFiscalYear(target.fiscalYear());
                record.setDefinition(target.definition());
                if (target.target() != null) {
                    record.setTargetOperator(target.target().operator());
                    record.setTargetValue(target.target().value());
                    record.setTargetUnit(target.target().unit());
                    record.setTargetText(target.target().text());
                }
                targets.add(record);
            }
            dsl.batchInsert(targets).execute();
        }
    }

    private void insertOperatingMetrics(ReportScope scope, ParsedReport report) {
        List<OperatingMetricRecord> records = new ArrayList<>();
        for (int i = 0; i < report.operatingMetrics().size(); i++) {
            var metric = report.operatingMetrics().get(i);
            OperatingMetricRecord record = dsl.newRecord(OPERATING_METRIC);
            record.setReportId(scope.reportId());
            record.setProjectId(scope.projectId());
            record.setOrdinal(i);
            record.setPeriodStart(metric.periodStart());
            record.setPeriodEnd(metric.periodEnd());
            record.setPeriodNote(metric.periodNote());
            record.setMetric(metric.metric());
            record.setLabel(metric.label());
            record.setScope(metric.scope());
            record.setValue(metric.value());
            record.setUnit(metric.unit());
            record.setNumerator(metric.numerator());
            record.setDenominator(metric.denominator());
            record.setText(metric.text());
            records.add(record);
        }
        dsl.batchInsert(records).execute();
    }

    private void insertReportedFigures(ReportScope scope, ParsedReport report) {
        List<ReportedFigureRecord> records = new ArrayList<>();
        for (int i = 0; i < report.reportedFigures().size(); i++) {
            var figure = report.reportedFigures().get(i);
            ReportedFigureRecord record = dsl.newRecord(REPORTED_FIGURE);
            record.setReportId(scope.reportId());
            record.setProjectId(scope.projectId());
            record.setOrdinal(i);
            record.setFiscalYear(figure.fiscalYear());
            record.setMeasure(figure.measure());
            record.setLabel(figure.label());
            record.setComponentId(scope.component(figure.componentKey()));
            record.setValue(figure.value());
            record.setUnit(figure.unit());
            record.setText(figure.text());
            records.add(record);
        }
        dsl.batchInsert(records).execute();
    }

    private void insertEvaluation(ReportScope scope, Evaluation evaluation) {
        long evaluationId = dsl.insertInto(EVALUATION)
                .set(EVALUATION.REPORT_ID, scope.reportId())
                .set(EVALUATION.PROJECT_ID, scope.projectId())
                .set(EVALUATION.KIND, evaluation.kind())
                .set(EVALUATION.EVALUATOR_ID, upsertOrganisation(evaluation.evaluator()))
                .set(EVALUATION.COMMISSIONED_BY_ID, upsertOrganisation(evaluation.commissionedBy()))
                .set(EVALUATION.PERIOD_START_YEAR, evaluation.periodStartYear())
                .set(EVALUATION.PERIOD_END_YEAR, evaluation.periodEndYear())
                .set(EVALUATION.REPORTED_ON, date(evaluation.reportedOn()))
                .set(EVALUATION.REPORTED_ON_PRECISION, precision(evaluation.reportedOn()))
                .set(EVALUATION.FIELDWORK_START, evaluation.fieldworkStart())
                .set(EVALUATION.FIELDWORK_END, evaluation.fieldworkEnd())
                .set(EVALUATION.SCORE_TABLE_TITLE, evaluation.scoreTableTitle())
                .set(EVALUATION.TOTAL_WEIGHT, evaluation.totalWeight())
                .set(EVALUATION.TOTAL_SCORE, evaluation.totalScore())
                .set(EVALUATION.REPORTED_GRADE, evaluation.reportedGrade())
                .set(EVALUATION.REPORTED_GRADE_TEXT, evaluation.reportedGradeText())
                .set(EVALUATION.GRADING_SCHEME, evaluation.gradingScheme())
                .set(EVALUATION.METHOD, evaluation.method())
                .set(EVALUATION.CONCLUSION, evaluation.conclusion())
                .returning(EVALUATION.ID)
                .fetchSingle(EVALUATION.ID);
        int ordinal = 0;
        for (Indicator indicator : evaluation.indicators()) {
            ordinal = insertIndicator(evaluationId, indicator, null, null, ordinal);
        }
        List<FindingRecord> findings = new ArrayList<>();
        for (int i = 0; i < evaluation.findings().size(); i++) {
            var finding = evaluation.findings().get(i);
            FindingRecord record = dsl.newRecord(FINDING);
            record.setEvaluationId(evaluationId);
            record.setOrdinal(i);
            record.setKind(finding.kind());
            record.setTitle(finding.title());
            record.setBody(finding.body());
            record.setCause(finding.cause());
            findings.add(record);
        }
        dsl.batchInsert(findings).execute();
    }

    /** Inserts an indicator, its deductions and its children depth-first; returns the next free ordinal. */
    private int insertIndicator(long evaluationId, Indicator indicator, Long parentId, Integer parentLevel,
                                int ordinal) {
        long id = dsl.insertInto(INDICATOR)
                .set(INDICATOR.EVALUATION_ID, evaluationId)
                .set(INDICATOR.PARENT_ID, parentId)
                .set(INDICATOR.PARENT_LEVEL, parentLevel == null ? null : parentLevel.shortValue())
                .set(INDICATOR.LEVEL, (short) indicator.level())
                .set(INDICATOR.ORDINAL, ordinal)
                .set(INDICATOR.NAME, indicator.name())
                .set(INDICATOR.CATALOGUE_CODE, indicator.code())
                .set(INDICATOR.DEFINITION, indicator.definition())
                .set(INDICATOR.SCORING_RULE, indicator.scoringRule())
                .set(INDICATOR.STRUCTURED_SCORING_RULE, indicator.structuredScoringRule() == null ? null
                        : JSONB.valueOf(ScoringRuleJson.write(indicator.structuredScoringRule())))
                .set(INDICATOR.TARGET_OPERATOR, indicator.target() == null ? null : indicator.target().operator())
                .set(INDICATOR.TARGET_VALUE, indicator.target() == null ? null : indicator.target().value())
                .set(INDICATOR.TARGET_UNIT, indicator.target() == null ? null : indicator.target().unit())
                .set(INDICATOR.TARGET_TEXT, indicator.target() == null ? null : indicator.target().text())
                .set(INDICATOR.ACTUAL_VALUE, indicator.actual() == null ? null : indicator.actual().value())
                .set(INDICATOR.ACTUAL_UNIT, indicator.actual() == null ? null : indicator.actual().unit())
                .set(INDICATOR.ACTUAL_TEXT, indicator.actual() == null ? null : indicator.actual().text())
                .set(INDICATOR.WEIGHT, indicator.weight())
                .set(INDICATOR.SCORE, indicator.score())
                .set(INDICATOR.POINTS_DEDUCTED, indicator.pointsDeducted())
                .set(INDICATOR.STATED_SCORE_RATE, indicator.statedScoreRate())
                .set(INDICATOR.NOT_APPLICABLE, indicator.notApplicable())
                .set(INDICATOR.COMMENT, indicator.comment())
                .returning(INDICATOR.ID)
                .fetchSingle(INDICATOR.ID);
        for (int d = 0; d < indicator.deductions().size(); d++) {
            var deduction = indicator.deductions().get(d);
            dsl.insertInto(INDICATOR_DEDUCTION)
                    .set(INDICATOR_DEDUCTION.INDICATOR_ID, id)
                    .set(INDICATOR_DEDUCTION.ORDINAL, d)
                    .set(INDICATOR_DEDUCTION.POINTS, deduction.points())
                    .set(INDICATOR_DEDUCTION.REASON, deduction.reason())
                    .execute();
        }
        int next = ordinal + 1;
        for (Indicator child : indicator.children()) {
            next = insertIndicator(evaluationId, child, id, indicator.level(), next);
        }
        return next;
    }

    private static LocalDate date(PartialDate partialDate) {
        return partialDate == null ? null : partialDate.date();
    }

    private static String precision(PartialDate partialDate) {
        return partialDate == null ? null : partialDate.precision();
    }

    private void insertSections(long reportId, ParsedReport report) {
        List<ReportSectionRecord> records = new ArrayList<>();
        for (int i = 0; i < report.sections().size(); i++) {
            ReportSectionRecord record = dsl.newRecord(REPORT_SECTION);
            record.setReportId(reportId);
            record.setOrdinal(i);
            record.setHeading(report.sections().get(i).heading());
            record.setBody(report.sections().get(i).body());
            records.add(record);
        }
        dsl.batchInsert(records).execute();
    }
}
