package org.hotlineperf.synthetic;

import java.util.Map;

/**
 * What a run of the generator did: the request, the projects and project-years it wrote, the reports, components
 * and projects it deleted first (when replacing; the rows under the reports go with them), the rows per table it
 * inserted, and how long it took.
 */
public record GenerationSummary(
        GenerationRequest request,
        int projects,
        int projectYears,
        Map<String, Long> rowsDeleted,
        Map<String, Long> rowsInserted,
        double seconds) {

    public long totalRowsInserted() {
        return rowsInserted.values().stream().mapToLong(Long::longValue).sum();
    }
}
