package org.hotlineperf.importer;

import java.util.List;

/**
 * Thrown when a report document breaks the import format or refers to unknown reference data; it carries
 * every problem found, and nothing has been written.
 */
public class ReportRejectedException extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ReportRejectedException(List<ImportProblem> problems) {
        super(problems.size() + " problem(s) in report document, first: "
                + problems.getFirst().path() + " " + problems.getFirst().message());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
