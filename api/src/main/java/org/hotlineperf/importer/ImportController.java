package org.hotlineperf.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.hotlineperf.graphql.ArgumentProblem;
import org.hotlineperf.graphql.InvalidArgumentException;
import org.hotlineperf.report.Report;
import org.hotlineperf.report.ReportService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Mutation.importEvaluationReport}: the import of a report document over GraphQL, through the same
 * service as the seed loader and the command-line import. Every problem of a rejected document is reported,
 * each as an error naming its place in the document ({@code document.fundFlows[2].amount}).
 */
@Controller
class ImportController {

    private final ReportImportService importService;
    private final ReportService reports;

    ImportController(ReportImportService importService, ReportService reports) {
        this.importService = importService;
        this.reports = reports;
    }

    @MutationMapping
    ImportEvaluationReportPayload importEvaluationReport(@Argument JsonNode document, @Argument boolean dryRun) {
        if (!document.isObject()) {
            throw new InvalidArgumentException("document", "type", "document must be a JSON object");
        }
        try {
            ImportResult result = importService.importDocument(document, dryRun);
            return new ImportEvaluationReportPayload(result.reportKey(), result.outcome(), dryRun, result.reportId());
        } catch (ReportRejectedException rejected) {
            throw new InvalidArgumentException(asArgumentProblems(rejected.problems()));
        }
    }

    @SchemaMapping
    Report report(ImportEvaluationReportPayload payload) {
        return payload.reportId() == null ? null : reports.byIds(List.of(payload.reportId())).get(payload.reportId());
    }

    /** A problem at {@code $.fundFlows[2].amount} of the document is one of the argument {@code document.fundFlows[2].amount}. */
    private static List<ArgumentProblem> asArgumentProblems(List<ImportProblem> problems) {
        return problems.stream()
                .map(problem -> new ArgumentProblem("document" + problem.path().substring(1), problem.rule(),
                        problem.message()))
                .toList();
    }
}
