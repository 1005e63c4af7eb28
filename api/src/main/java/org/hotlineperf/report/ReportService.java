package org.hotlineperf.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Reads imported reports for the API: by project or id, with their sections and stated figures.
 */
@Service
public class ReportService {

    private final ReportRepository reports;

    ReportService(ReportRepository reports) {
        this.reports = reports;
    }

    public Map<Long, List<Report>> byProject(Collection<Long> projectIds) {
        return reports.byProject(projectIds);
    }

    public Map<Long, Report> byIds(Collection<Long> ids) {
        return reports.byIds(ids);
    }

    public Map<Long, List<ReportSection>> sections(Collection<Long> reportIds) {
        return reports.sections(reportIds);
    }

    public Map<Long, List<ReportedFigure>> reportedFigures(Collection<Long> reportIds) {
        return reports.reportedFigures(reportIds);
    }
}
