package org.hotlineperf.synthetic;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotlineperf.audit.AuditAction;
import org.hotlineperf.audit.AuditEntityType;
import org.hotlineperf.audit.AuditTrail;
import org.hotlineperf.project.ProjectDataChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the synthetic national dataset in one transaction: it takes the generator lock, refuses (writing
 * nothing) when a synthetic dataset is there unless told to replace it, then generates and stores the projects a
 * chunk of regions at a time, logging progress and a summary. A failure anywhere rolls the whole run back, so a
 * schema holds either a complete synthetic dataset or none. Like an import, it announces the projects it changed
 * ({@link ProjectDataChanged}, the replaced ones included), so that the analytics store follows after the commit.
 */
@Service
public class SyntheticDatasetService {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDatasetService.class);
    /** Regions generated and copied together: a few MB of COPY data per table at ten years. */
    private static final int CHUNK_REGIONS = 100;

    private final SyntheticRegions regions;
    private final SyntheticDatasetRepository repository;
    private final SyntheticDatasetWriter writer;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditTrail auditTrail;

    SyntheticDatasetService(SyntheticRegions regions, SyntheticDatasetRepository repository,
                            SyntheticDatasetWriter writer, TransactionTemplate transaction,
                            ApplicationEventPublisher events, AuditTrail auditTrail) {
        this.regions = regions;
        this.repository = repository;
        this.writer = writer;
        this.transaction = transaction;
        this.events = events;
        this.auditTrail = auditTrail;
    }

    /**
     * Generates the dataset the request describes.
     *
     * @throws SyntheticDataPresentException when synthetic data is present and {@code replace} is false
     * @throws IllegalArgumentException      when the region is unknown or has no region with a project
     */
    public GenerationSummary generate(GenerationRequest request) {
        GenerationSummary summary = transaction.execute(status -> run(request));
        repository.refreshPlannerStatistics();
        return summary;
    }

    private GenerationSummary run(GenerationRequest request) {
        long started = System.nanoTime();
        repository.lock();
        repository.liftStatementTimeout();
        List<SyntheticRegion> selected = regions.select(request.region());
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("hotline-perf.synthetic.region: no region at or below "
                    + request.region() + " has a government that runs a hotline");
        }
        int presentProjects = repository.syntheticProjects();
        int presentReports = repository.syntheticReports();
        Map<String, Long> deleted = Map.of();
        Set<Long> changedProjects = new HashSet<>();
        if (presentProjects + presentReports > 0) {
            if (!request.replace()) {
                throw new SyntheticDataPresentException(repository.currentSchemaName(), presentProjects,
                        presentReports);
            }
            changedProjects.addAll(repository.syntheticProjectIds());
            deleted = repository.deleteSynthetic();
            log.info("Synthetic dataset: deleted the previous one ({} reports with their rows, {} projects) in {} s",
                    deleted.get("report"), deleted.get("project"), seconds(started));
        }
        log.info("Synthetic dataset: seed {}, fiscal years {}-{}, {} projects{}", request.seed(), request.firstYear(),
                request.firstYear() + request.years() - 1, selected.size(),
                request.region() == null ? "" : " at or below region " + request.region());
        ProjectGenerator generator = new ProjectGenerator(repository.gradeScale());
        Map<String, Long> inserted = new LinkedHashMap<>();
        for (int from = 0; from < selected.size(); from += CHUNK_REGIONS) {
            List<SyntheticRegion> chunk = selected.subList(from, Math.min(selected.size(), from + CHUNK_REGIONS));
            List<SyntheticProject> projects = chunk.stream()
                    .map(region -> generator.generate(request.seed(), region, request.firstYear(), request.years()))
                    .toList();
            writer.write(projects).forEach((table, rows) -> inserted.merge(table, rows, Long::sum));
            log.info("Synthetic dataset: {} of {} projects (up to {} {}), {} rows, {} s", from + chunk.size(),
                    selected.size(), chunk.getLast().code(), chunk.getLast().displayName(),
                    inserted.values().stream().mapToLong(Long::longValue).sum(), seconds(started));
        }
        changedProjects.addAll(repository.syntheticProjectIds());
        long entry = auditTrail.record(deleted.isEmpty() ? AuditAction.IMPORT : AuditAction.REPLACE,
                AuditEntityType.SYNTHETIC_DATASET, String.valueOf(request.seed()), null,
                deleted.isEmpty() ? null : Map.of("rows_deleted", deleted),
                Map.of("projects", selected.size(), "first_year", request.firstYear(), "years", request.years(),
                        "rows_inserted", inserted));
        events.publishEvent(new ProjectDataChanged(Set.copyOf(changedProjects), entry));
        GenerationSummary summary = new GenerationSummary(request, selected.size(), selected.size() * request.years(),
                deleted, inserted, seconds(started));
        inserted.forEach((table, rows) -> log.info("Synthetic dataset: {} {} rows", table, rows));
        log.info("Synthetic dataset: {} projects, {} project-years, {} rows in {} s", summary.projects(),
                summary.projectYears(), summary.totalRowsInserted(), summary.seconds());
        return summary;
    }

    private static double seconds(long startedNanos) {
        return Math.round((System.nanoTime() - startedNanos) / 1e8) / 10.0;
    }
}
