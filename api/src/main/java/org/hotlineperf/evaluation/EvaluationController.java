package org.hotlineperf.evaluation;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hotlineperf.graphql.ArgumentBatchLoaders;
import org.hotlineperf.graphql.BatchResults;
import org.hotlineperf.graphql.Ids;
import org.hotlineperf.project.Project;
import org.hotlineperf.project.ProjectService;
import org.hotlineperf.report.Report;
import org.hotlineperf.report.ReportService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code Evaluation} type, {@code Query.evaluation} and the indicator catalogue. Lists under evaluations
 * are batch-loaded for all evaluations of the response at once.
 */
@Controller
class EvaluationController {

    private static final String FINDINGS = "Evaluation.findings";

    private final EvaluationService evaluations;
    private final ProjectService projects;
    private final ReportService reports;

    EvaluationController(EvaluationService evaluations, ProjectService projects, ReportService reports,
                         BatchLoaderRegistry registry) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.reports = reports;
        ArgumentBatchLoaders.<String, Finding>register(registry, FINDINGS, evaluations::findings);
    }

    @QueryMapping
    Evaluation evaluation(@Argument String id) {
        return evaluations.byId(Ids.parse("id", id)).orElse(null);
    }

    @QueryMapping
    List<CatalogueIndicator> indicatorCatalogue() {
        return evaluations.catalogue();
    }

    @BatchMapping
    List<List<Indicator>> indicators(List<Evaluation> parents) {
        return BatchResults.lists(parents, Evaluation::id, evaluations.rootIndicators(ids(parents)));
    }

    @SchemaMapping
    CompletableFuture<List<Finding>> findings(Evaluation evaluation, @Argument String kind,
                                              DataFetchingEnvironment environment) {
        return ArgumentBatchLoaders.load(environment, FINDINGS, evaluation.id(), kind);
    }

    @BatchMapping
    Map<Evaluation, Project> project(List<Evaluation> parents) {
        return BatchResults.values(parents, Evaluation::projectId,
                projects.byIds(parents.stream().map(Evaluation::projectId).toList()));
    }

    @BatchMapping
    Map<Evaluation, Report> report(List<Evaluation> parents) {
        return BatchResults.values(parents, Evaluation::reportId,
                reports.byIds(parents.stream().map(Evaluation::reportId).toList()));
    }

    private static List<Long> ids(List<Evaluation> parents) {
        return parents.stream().map(Evaluation::id).toList();
    }
}
