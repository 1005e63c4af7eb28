package org.hotlineperf.project;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.hotlineperf.evaluation.Evaluation;
import org.hotlineperf.evaluation.EvaluationService;
import org.hotlineperf.evaluation.GoalDeclaration;
import org.hotlineperf.funding.BudgetYear;
import org.hotlineperf.funding.Contract;
import org.hotlineperf.funding.FundFlow;
import org.hotlineperf.funding.FundingService;
import org.hotlineperf.graphql.ArgumentBatchLoaders;
import org.hotlineperf.graphql.ArgumentRules;
import org.hotlineperf.graphql.BatchResults;
import org.hotlineperf.graphql.Connection;
import org.hotlineperf.graphql.Ids;
import org.hotlineperf.graphql.InvalidArgumentException;
import org.hotlineperf.graphql.PageRequest;
import org.hotlineperf.region.RegionService;
import org.hotlineperf.report.Report;
import org.hotlineperf.report.ReportService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The {@code Project} type and the queries that return projects. Every list under a project is batch-loaded for
 * all projects of the response at once, so the number of SQL statements does not grow with the page size.
 */
@Controller
class ProjectController {

    private static final String FUND_FLOWS = "Project.fundFlows";
    private static final String OPERATING_METRICS = "Project.operatingMetrics";
    private static final int MAX_NAME_FILTER_LENGTH = 200;

    private final ProjectService projects;
    private final RegionService regions;
    private final FundingService funding;
    private final EvaluationService evaluations;
    private final ReportService reports;

    ProjectController(ProjectService projects, RegionService regions, FundingService funding,
                      EvaluationService evaluations, ReportService reports, BatchLoaderRegistry registry) {
        this.projects = projects;
        this.regions = regions;
        this.funding = funding;
        this.evaluations = evaluations;
        this.reports = reports;
        ArgumentBatchLoaders.<Integer, FundFlow>register(registry, FUND_FLOWS, funding::fundFlows);
        ArgumentBatchLoaders.<Integer, OperatingMetric>register(registry, OPERATING_METRICS,
                projects::operatingMetrics);
    }

    @QueryMapping
    Connection<Project> projects(@Argument ProjectFilter filter, @Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        ProjectFilter criteria = validated(filter == null ? ProjectFilter.NONE : filter);
        List<Project> rows = projects.page(criteria, page.afterId(), page.fetchSize());
        return page.toConnection(rows, Project::id, () -> projects.count(criteria));
    }

    @QueryMapping
    Project project(@Argument String id) {
        return projects.byId(Ids.parse("id", id)).orElse(null);
    }

    @BatchMapping
    List<List<ProjectComponent>> components(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, projects.components(ids(parents)));
    }

    @BatchMapping
    List<List<BudgetYear>> budgetYears(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, funding.budgetYears(ids(parents)));
    }

    @SchemaMapping
    CompletableFuture<List<FundFlow>> fundFlows(Project project, @Argument Integer fiscalYear,
                                               DataFetchingEnvironment environment) {
        return ArgumentBatchLoaders.load(environment, FUND_FLOWS, project.id(), fiscalYear);
    }

    @BatchMapping
    List<List<Contract>> contracts(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, funding.contracts(ids(parents)));
    }

    @BatchMapping
    List<List<GoalDeclaration>> goalDeclarations(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, evaluations.goalDeclarations(ids(parents)));
    }

    @BatchMapping
    List<List<Evaluation>> evaluations(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, evaluations.evaluationsByProject(ids(parents)));
    }

    @BatchMapping
    Map<Project, Evaluation> latestEvaluation(List<Project> parents) {
        return BatchResults.values(parents, Project::id, evaluations.latestEvaluationByProject(ids(parents)));
    }

    @SchemaMapping
    CompletableFuture<List<OperatingMetric>> operatingMetrics(Project project, @Argument Integer fiscalYear,
                                                              DataFetchingEnvironment environment) {
        return ArgumentBatchLoaders.load(environment, OPERATING_METRICS, project.id(), fiscalYear);
    }

    @BatchMapping
    List<List<Report>> reports(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, reports.byProject(ids(parents)));
    }

    private ProjectFilter validated(ProjectFilter filter) {
        ArgumentRules.knownRegionCode("filter.regionCode", filter.regionCode(), regions::isKnown);
        ArgumentRules.fiscalYear("filter.fiscalYear", filter.fiscalYear());
        ArgumentRules.storableText("filter.nameContains", filter.nameContains());
        if (filter.nameContains() != null && filter.nameContains().length() > MAX_NAME_FILTER_LENGTH) {
            throw new InvalidArgumentException("filter.nameContains", "MAX_LENGTH",
                    "filter.nameContains may have at most " + MAX_NAME_FILTER_LENGTH + " characters, had "
                            + filter.nameContains().length());
        }
        return filter;
    }

    private static List<Long> ids(List<Project> parents) {
        return parents.stream().map(Project::id).toList();
    }
}
