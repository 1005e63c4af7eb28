package org.hotlineperf.funding;

import static org.hotlineperf.db.Tables.FUND_FLOW;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.editing.VersionedRows.apply;

import java.util.Objects;
import org.hotlineperf.audit.AuditEntityType;
import org.hotlineperf.calendar.PartialDate;
import org.hotlineperf.db.tables.records.FundFlowRecord;
import org.hotlineperf.db.tables.records.ProjectRecord;
import org.hotlineperf.editing.FieldRules;
import org.hotlineperf.editing.VersionedRows;
import org.hotlineperf.graphql.ArgumentProblems;
import org.hotlineperf.graphql.Ids;
import org.hotlineperf.security.Authorisation;
import org.hotlineperf.security.Authorisation.Write;
import org.jooq.DSLContext;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand edits of the fund-flow ledger: recording a line (e.g. a budget adjustment with its date and document) and
 * correcting a stored one. Validated completely before anything is written, each in one transaction,
 * version-checked and recorded in the audit trail.
 */
@Service
public class FundFlowEditing {

    private static final String ADJUSTMENT = "BUDGET_ADJUSTMENT";
    private static final int MAX_TEXT = 500;

    private final DSLContext dsl;
    private final VersionedRows rows;
    private final FundingRepository funding;
    private final Authorisation authorisation;

    FundFlowEditing(DSLContext dsl, VersionedRows rows, FundingRepository funding, Authorisation authorisation) {
        this.dsl = dsl;
        this.rows = rows;
        this.funding = funding;
        this.authorisation = authorisation;
    }

    @Transactional
    public FundFlow recordFundFlow(RecordFundFlowInput input) {
        authorisation.require(Write.FIGURES);
        long projectId = Ids.parse("input.projectId", input.projectId());
        ProjectRecord project = rows.lock(PROJECT, projectId, "input.projectId", "project");
        authorisation.requireForProject(Write.FIGURES, projectId);
        FundFlowRecord line = dsl.newRecord(FUND_FLOW);
        line.setProjectId(projectId);
        line.setOrdinal(funding.nextFundFlowOrdinal(projectId));
        line.setFiscalYear(input.fiscalYear());
        line.setKind(input.kind());
        line.setAmount(input.amount());
        line.setSource(input.source());
        line.setCategory(input.category());
        line.setChargedToOtherFunds(input.chargedToOtherFunds() != null && input.chargedToOtherFunds());
        line.setInProjectLedger(input.inProjectLedger() == null || input.inProjectLedger());
        setDate(line, input.date());
        line.setDocumentReference(input.documentReference());
        line.setDocumentMissing(input.documentMissing() != null && input.documentMissing());
        line.setDescription(input.description());
        ArgumentProblems problems = new ArgumentProblems();
        setComponent(problems, line, input.componentKey());
        checkLine(problems, line, project);
        problems.throwIfAny();
        long id = rows.insert(line, AuditEntityType.FUND_FLOW, FundFlowRecord::getProjectId).getId();
        return funding.fundFlow(id);
    }

    @Transactional
    public FundFlow correctFundFlow(CorrectFundFlowInput input) {
        authorisation.require(Write.FIGURES);
        long id = Ids.parse("input.id", input.id());
        FundFlowRecord current = rows.lockForEdit(FUND_FLOW, id, input.version(), "input.id",
                AuditEntityType.FUND_FLOW);
        authorisation.requireForProject(Write.FIGURES, current.getProjectId());
        FundFlowRecord next = rows.editable(current);
        apply(next, FUND_FLOW.FISCAL_YEAR, input.fiscalYear());
        apply(next, FUND_FLOW.AMOUNT, input.amount());
        apply(next, FUND_FLOW.SOURCE, input.source());
        apply(next, FUND_FLOW.CATEGORY, input.category());
        apply(next, FUND_FLOW.CHARGED_TO_OTHER_FUNDS, input.chargedToOtherFunds());
        apply(next, FUND_FLOW.IN_PROJECT_LEDGER, input.inProjectLedger());
        apply(next, FUND_FLOW.DOCUMENT_REFERENCE, input.documentReference());
        apply(next, FUND_FLOW.DOCUMENT_MISSING, input.documentMissing());
        apply(next, FUND_FLOW.DESCRIPTION, input.description());
        if (!input.date().isOmitted()) {
            setDate(next, input.date().value());
        }
        ProjectRecord project = dsl.fetchSingle(PROJECT, PROJECT.ID.eq(current.getProjectId()));
        ArgumentProblems problems = new ArgumentProblems();
        if (!input.componentKey().isOmitted()) {
            setComponent(problems, next, input.componentKey().value());
        }
        checkLine(problems, next, project);
        problems.require(!changes(input.fiscalYear(), current.getFiscalYear()) || !funding.isInBreakdown(id),
                "input.fiscalYear", "BREAKDOWN_SHARES_FISCAL_YEAR",
                () -> "input.fiscalYear cannot change on a line that is part of a breakdown (其中) or has parts");
        problems.throwIfAny();
        rows.update(current, next, AuditEntityType.FUND_FLOW, current.getProjectId());
        return funding.fundFlow(id);
    }

    private void setComponent(ArgumentProblems problems, FundFlowRecord line, String componentKey) {
        if (componentKey == null) {
            line.setComponentId(null);
            return;
        }
        var component = funding.componentId(line.getProjectId(), componentKey);
        problems.require(component.isPresent(), "input.componentKey", "KNOWN_COMPONENT",
                () -> "input.componentKey must be the key of one of the project's components, was " + componentKey);
        line.setComponentId(component.orElse(null));
    }

    private static void setDate(FundFlowRecord line, PartialDate date) {
        line.setOccurredOn(date == null ? null : date.firstDay());
        line.setOccurredOnPrecision(date == null ? null : date.precision().name());
    }

    private static void checkLine(ArgumentProblems problems, FundFlowRecord line, ProjectRecord project) {
        problems.require(line.getFiscalYear() != null, "input.fiscalYear", "REQUIRED",
                () -> "input.fiscalYear is required");
        if (line.getFiscalYear() != null) {
            FieldRules.yearInPeriod(problems, "input.fiscalYear", line.getFiscalYear(), project.getPeriodStartYear(),
                    project.getPeriodEndYear());
        }
        problems.require(line.getAmount() != null, "input.amount", "REQUIRED", () -> "input.amount is required");
        if (line.getAmount() != null) {
            problems.require(line.getAmount().signum() >= 0 || ADJUSTMENT.equals(line.getKind()), "input.amount",
                    "NON_NEGATIVE_AMOUNT", () -> "input.amount may be negative only for a budget adjustment (追减), was "
                            + line.getAmount().toPlainString());
            FieldRules.fitsColumn(problems, "input.amount", line.getAmount(), 16, 2);
        }
        problems.require(line.getChargedToOtherFunds() != null, "input.chargedToOtherFunds", "REQUIRED",
                () -> "input.chargedToOtherFunds cannot be null");
        problems.require(line.getInProjectLedger() != null, "input.inProjectLedger", "REQUIRED",
                () -> "input.inProjectLedger cannot be null");
        problems.require(!Boolean.TRUE.equals(line.getChargedToOtherFunds()) || "EXPENDITURE".equals(line.getKind()),
                "input.chargedToOtherFunds", "EXPENDITURE_ONLY",
                () -> "input.chargedToOtherFunds may be true only on expenditure");
        problems.require(line.getDocumentMissing() != null, "input.documentMissing", "REQUIRED",
                () -> "input.documentMissing cannot be null");
        problems.require(!Boolean.TRUE.equals(line.getDocumentMissing()) || line.getDocumentReference() == null,
                "input.documentMissing", "NO_REFERENCE_WHEN_MISSING",
                () -> "input.documentMissing may be true only for a line without a document reference");
        FieldRules.optionalText(problems, "input.category", line.getCategory(), MAX_TEXT);
        FieldRules.optionalText(problems, "input.documentReference", line.getDocumentReference(), MAX_TEXT);
    }

    private static <T> boolean changes(ArgumentValue<T> edit, T current) {
        return !edit.isOmitted() && !Objects.equals(edit.value(), current);
    }
}
