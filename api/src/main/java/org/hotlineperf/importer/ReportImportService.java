package org.hotlineperf.importer;

import static org.jooq.impl.DSL.function;
import static org.jooq.impl.DSL.val;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hotlineperf.project.ProjectDataChanged;
import org.jooq.DSLContext;
import org.jooq.impl.SQLDataType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one evaluation report document: validates it completely, then writes it in one transaction,
 * idempotently by report key. Concurrent imports of the same key are serialised by a transaction-scoped
 * advisory lock, so they end with exactly one stored report. A stored change is announced as
 * {@link ProjectDataChanged} for the projects it touched.
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
    private final ObjectMapper mapper = new ObjectMapper();

    ReportImportService(ReportDocumentSchema schema, ReferenceCodes referenceCodes, ReportWriter writer,
                        DSLContext dsl, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.schema = schema;
        this.referenceCodes = referenceCodes;
        this.writer = writer;
        this.dsl = dsl;
        this.transaction = transaction;
        this.events = events;
    }

    /** Imports a document given as JSON text; malformed JSON is rejected like any other problem. */
    public ImportResult importDocument(String json) {
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
        return importDocument(document);
    }

    public ImportResult importDocument(JsonNode document) {
        ParsedReport report = new ReportDocumentParser(schema, referenceCodes).parse(document);
        return transaction.execute(status -> write(report));
    }

    private ImportResult write(ParsedReport report) {
        dsl.select(function("pg_advisory_xact_lock", SQLDataType.OTHER,
                val(REPORT_KEY_LOCK_SPACE), val(report.reportKey().hashCode()))).fetch();
        var existing = writer.lockExisting(report.reportKey());
        if (existing.isPresent() && existing.get().value2().equals(report.contentHash())) {
            return new ImportResult(report.reportKey(), existing.get().value1(), ImportOutcome.UNCHANGED);
        }
        existing.ifPresent(stored -> writer.delete(stored.value1()));
        long reportId = writer.insert(report);
        Set<Long> changedProjects = new HashSet<>();
        changedProjects.add(writer.projectOf(reportId));
        existing.ifPresent(stored -> changedProjects.add(stored.value3()));
        events.publishEvent(new ProjectDataChanged(Set.copyOf(changedProjects)));
        return new ImportResult(report.reportKey(), reportId,
                existing.isPresent() ? ImportOutcome.REPLACED : ImportOutcome.IMPORTED);
    }
}
