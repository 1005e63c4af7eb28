package org.hotlineperf.importer;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.val;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hotlineperf.audit.AuditAction;
import org.hotlineperf.audit.AuditEntityType;
import org.hotlineperf.audit.AuditTrail;
import org.hotlineperf.project.ProjectDataChanged;
import org.hotlineperf.security.Authorisation;
import org.hotlineperf.security.Authorisation.Write;
import org.hotlineperf.security.ProjectScope;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one evaluation report document: validates it completely, then writes it in one transaction,
 * idempotently by report key. Concurrent imports of the same key are serialised by a transaction-scoped
 * advisory lock, so they end with exactly one stored report. A stored change is recorded in the audit trail
 * (a replacement keeps the replaced document there) and announced as {@link ProjectDataChanged} for the
 * projects it touched. A dry run validates and says what an import would do, writing nothing. Importing, dry runs
 * included, needs ADMIN, or FINANCE for the region of the document's project and of the project and report it
 * would replace ({@link Authorisation}).
 */
@Service
public class ReportImportService {

    private static final int REPORT_KEY_LOCK_SPACE = 0x48505246;

    private final ReportDocumentSchema schema;
    private final ReferenceCodes referenceCodes;
    private final ReportWriter writer;
    private final DSLContext dsl;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;
    private final Authorisation authorisation;
    private final ObjectMapper mapper = new ObjectMapper();

    ReportImportService(ReportDocumentSchema schema, ReferenceCodes referenceCodes, ReportWriter writer,
                        DSLContext dsl, TransactionTemplate transaction, ApplicationEventPublisher events,
                        AuditTrail auditTrail, Authorisation authorisation) {
        this.schema = schema;
        this.referenceCodes = referenceCodes;
        this.writer = writer;
        this.dsl = dsl;
        this.transaction = transaction;
        this.events = events;
        this.auditTrail = auditTrail;
        this.authorisation = authorisation;
    }

    /** Imports a document given as JSON text; malformed JSON is rejected like any other problem. */
    public ImportResult importDocument(String json) {
        return importDocument(json, false);
    }

    /** Imports, or with {@code dryRun} only checks, a document given as JSON text. */
    public ImportResult importDocument(String json, boolean dryRun) {
        authorisation.require(Write.FIGURES);
        JsonNode document;
        try {
            document = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column "
                    + location.getColumnNr();
            throw new ReportRejectedException(List.of(new ImportProblem("$", "json", "malformed JSON" + where)));
        }
        if (document == null || !document.isObject()) {
            throw new ReportRejectedException(List.of(new ImportProblem("$", "type", "must be a JSON object")));
        }
        return importDocument(document, dryRun);
    }

    public ImportResult importDocument(JsonNode document) {
        return importDocument(document, false);
    }

    /**
     * Imports a document, or with {@code dryRun} validates it and reports the outcome an import would have now,
     * without writing anything.
     */
    public ImportResult importDocument(JsonNode document, boolean dryRun) {
        authorisation.require(Write.FIGURES);
        ParsedReport report = new ReportDocumentParser(schema, referenceCodes).parse(document);
        if (dryRun) {
            return wouldImport(report);
        }
        return transaction.execute(status -> write(report));
    }

    private ImportResult wouldImport(ParsedReport report) {
        requireJurisdiction(report, writer.projectOfReport(report.reportKey()));
        var stored = writer.storedContentHash(report.reportKey());
        ImportOutcome outcome = stored.isEmpty() ? ImportOutcome.IMPORTED
                : stored.get().equals(report.contentHash()) ? ImportOutcome.UNCHANGED : ImportOutcome.REPLACED;
        return new ImportResult(report.reportKey(), null, outcome);
    }

    private ImportResult write(ParsedReport report) {
        dsl.select(function("pg_advisory_xact_lock", SQLDataType.OTHER,
                val(REPORT_KEY_LOCK_SPACE), val(report.reportKey().hashCode()))).fetch();
        Optional<StoredReport> existing = writer.lockExisting(report.reportKey());
        requireJurisdiction(report, existing.map(StoredReport::projectId));
        if (existing.isPresent() && existing.get().contentHash().equals(report.contentHash())) {
            return new ImportResult(report.reportKey(), existing.get().id(), ImportOutcome.UNCHANGED);
        }
        existing.ifPresent(stored -> writer.delete(stored.id()));
        long reportId = writer.insert(report);
        long projectId = writer.projectOf(reportId);
        Set<Long> changedProjects = new HashSet<>();
        changedProjects.add(projectId);
        existing.ifPresent(stored -> changedProjects.add(stored.projectId()));
        ImportOutcome outcome = existing.isPresent() ? ImportOutcome.REPLACED : ImportOutcome.IMPORTED;
        long entry = auditTrail.record(outcome == ImportOutcome.REPLACED ? AuditAction.REPLACE : AuditAction.IMPORT,
                AuditEntityType.REPORT, report.reportKey(), projectId,
                existing.map(this::auditValues).orElse(null),
                auditValues(new StoredReport(reportId, report.contentHash(), projectId, report.title(), null)));
        events.publishEvent(new ProjectDataChanged(Set.copyOf(changedProjects), entry));
        return new ImportResult(report.reportKey(), reportId, outcome);
    }

    /**
     * The principal may write the document's project as the document describes it, the stored project with its key
     * and the project of the report it replaces.
     */
    private void requireJurisdiction(ParsedReport report, Optional<Long> replacedProject) {
        ParsedReport.Project project = report.project();
        authorisation.require(Write.FIGURES, new ProjectScope(project.regionCode(),
                nameOf(project.competentDepartment()), nameOf(project.implementingUnit())));
        writer.projectWithKey(project.key()).ifPresent(id -> authorisation.requireForProject(Write.FIGURES, id));
        replacedProject.ifPresent(id -> authorisation.requireForProject(Write.FIGURES, id));
    }

    private static String nameOf(ParsedReport.Organisation organisation) {
        return organisation == null ? null : organisation.name();
    }

    /**
     * What the audit trail keeps of a report: its id, project, title and content hash, and for a replaced report
     * the document itself, which the replacement removes from the report table.
     */
    private Map<String, Object> auditValues(StoredReport report) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("report_id", report.id());
        values.put("project_id", report.projectId());
        values.put("title", report.title());
        values.put("content_hash", report.contentHash());
        if (report.document() != null) {
            try {
                values.put("document", mapper.readTree(report.document().data()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored document of report " + report.id() + " is unreadable", e);
            }
        }
        return values;
    }
}
