package org.hotlineperf.consistency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and serves the flags of the consistency checks. Flags are derived data, replaced per project in the
 * transaction of the write that changed the project, so that they never lag behind committed data; the recomputation
 * is set-based (a few statements per {@value #PROJECTS_PER_STEP} projects) and serialised by a transaction-scoped
 * lock, so that two concurrent writers cannot leave flags of a view that was stale when it was read.
 */
@Service
public class FlagService {

    /** Projects whose facts are read and checked together: bounds memory for a national dataset. */
    static final int PROJECTS_PER_STEP = 500;

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private final CheckFactsRepository facts;
    private final FlagRepository flags;
    private final TransactionTemplate transaction;

    FlagService(CheckFactsRepository facts, FlagRepository flags, TransactionTemplate transaction) {
        this.facts = facts;
        this.flags = flags;
        this.transaction = transaction;
    }

    /** Replaces the flags of these projects, in the current transaction or a new one. */
    public void recompute(Collection<Long> projectIds) {
        transaction.executeWithoutResult(status -> {
            long started = System.nanoTime();
            flags.lockRecomputation();
            int raised = recomputeHoldingTheLock(projectIds);
            if (projectIds.size() > PROJECTS_PER_STEP) {
                log.info("Consistency checks: {} flags for {} projects in {} ms", raised, projectIds.size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
        });
    }

    /**
     * Recomputes the flags of every project when the stored ones were computed with other check definitions (or
     * never), and records the version; does nothing otherwise.
     */
    void recomputeIfChecksChanged() {
        transaction.executeWithoutResult(status -> {
            flags.lockRecomputation();
            Integer stored = flags.checksVersion();
            if (stored != null && stored == ConsistencyChecks.VERSION) {
                return;
            }
            long started = System.nanoTime();
            List<Long> projects = flags.allProjectIds();
            int raised = recomputeHoldingTheLock(projects);
            flags.recordChecksVersion(ConsistencyChecks.VERSION);
            log.info("Consistency checks version {} (stored: {}): {} flags for {} projects in {} ms",
                    ConsistencyChecks.VERSION, stored, raised, projects.size(), (System.nanoTime() - started) / 1_000_000);
        });
    }

    private int recomputeHoldingTheLock(Collection<Long> projectIds) {
        List<Long> projects = projectIds.stream().sorted().toList();
        int raised = 0;
        for (int from = 0; from < projects.size(); from += PROJECTS_PER_STEP) {
            List<Long> step = projects.subList(from, Math.min(projects.size(), from + PROJECTS_PER_STEP));
            List<FoundFlag> found = new ArrayList<>();
            facts.load(step).forEach(evaluation -> found.addAll(ConsistencyChecks.run(evaluation)));
            flags.deleteForProjects(step);
            flags.insert(found);
            raised += found.size();
        }
        return raised;
    }

    public Map<Long, List<Flag>> byEvaluations(Collection<Long> evaluationIds) {
        return flags.byEvaluations(evaluationIds);
    }

    public Map<Long, List<Flag>> byProjects(Collection<Long> projectIds) {
        return flags.byProjects(projectIds);
    }

    /** Up to {@code limit} flags matching the filter with ids above {@code afterId}, ordered by id. */
    public List<Flag> page(FlagFilter filter, Long afterId, int limit) {
        return flags.page(filter, afterId, limit);
    }

    public int count(FlagFilter filter) {
        return flags.count(filter);
    }

    /** Whether the report says no budget document backs each ledger line (未提供预算调整文件). */
    public Map<Long, Boolean> documentMissing(Collection<Long> fundFlowIds) {
        return facts.documentMissing(fundFlowIds);
    }
}
