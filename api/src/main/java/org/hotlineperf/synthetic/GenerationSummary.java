package org.hotlineperf.synthetic;

import java.util.Map;

/**
 * What a run of the generator did: the request, the projects and project-years it wrote, the rows per table it
 * deleted (when replacing) and inserted, and how long it took.
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
