package org.hotlineperf.report;

import java.util.List;
import org.hotlineperf.graphql.BatchResults;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Report} type: sections and stated figures, batch-loaded for all reports of the response.
 */
@Controller
class ReportController {

    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @BatchMapping
    List<List<ReportSection>> sections(List<Report> parents) {
        return BatchResults.lists(parents, Report::id, reports.sections(ids(parents)));
    }

    @BatchMapping
    List<List<ReportedFigure>> reportedFigures(List<Report> parents) {
        return BatchResults.lists(parents, Report::id, reports.reportedFigures(ids(parents)));
    }

    private static List<Long> ids(List<Report> parents) {
        return parents.stream().map(Report::id).toList();
    }
}
