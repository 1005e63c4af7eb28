package org.hotlineperf.consistency;

import java.util.List;
import java.util.Map;
import org.hotlineperf.evaluation.Evaluation;
import org.hotlineperf.evaluation.EvaluationService;
import org.hotlineperf.evaluation.Indicator;
import org.hotlineperf.graphql.ArgumentRules;
import org.hotlineperf.graphql.BatchResults;
import org.hotlineperf.graphql.Connection;
import org.hotlineperf.graphql.PageRequest;
import org.hotlineperf.project.Project;
import org.hotlineperf.project.ProjectService;
import org.hotlineperf.region.RegionService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code Flag} type, {@code Query.flags} and the flag lists of evaluations and projects. Lists and the objects
 * a flag points at are batch-loaded for the whole response, so the number of statements does not grow with the
 * page size.
 */
@Controller
class FlagController {

    private final FlagService flags;
    private final ProjectService projects;
    private final EvaluationService evaluations;
    private final RegionService regions;

    FlagController(FlagService flags, ProjectService projects, EvaluationService evaluations, RegionService regions) {
        this.flags = flags;
        this.projects = projects;
        this.evaluations = evaluations;
        this.regions = regions;
    }

    @QueryMapping(name = "flags")
    Connection<Flag> flagPage(@Argument FlagFilter filter, @Argument Integer first, @Argument String after) {
        PageRequest page = PageRequest.of(first, after);
        FlagFilter criteria = filter == null ? FlagFilter.NONE : filter;
        ArgumentRules.knownRegionCode("filter.regionCode", criteria.regionCode(), regions::isKnown);
        ArgumentRules.fiscalYear("filter.fiscalYear", criteria.fiscalYear());
        List<Flag> rows = flags.page(criteria, page.afterId(), page.fetchSize());
        return page.toConnection(rows, Flag::id, () -> flags.count(criteria));
    }

    @BatchMapping(typeName = "Evaluation", field = "flags")
    List<List<Flag>> evaluationFlags(List<Evaluation> parents) {
        return BatchResults.lists(parents, Evaluation::id,
                flags.byEvaluations(parents.stream().map(Evaluation::id).toList()));
    }

    @BatchMapping(typeName = "Project", field = "flags")
    List<List<Flag>> projectFlags(List<Project> parents) {
        return BatchResults.lists(parents, Project::id, flags.byProjects(parents.stream().map(Project::id).toList()));
    }

    @BatchMapping
    Map<Flag, Project> project(List<Flag> parents) {
        return BatchResults.values(parents, Flag::projectId,
                projects.byIds(parents.stream().map(Flag::projectId).distinct().toList()));
    }

    @BatchMapping
    Map<Flag, Evaluation> evaluation(List<Flag> parents) {
        return BatchResults.values(parents, Flag::evaluationId,
                evaluations.byIds(parents.stream().map(Flag::evaluationId).distinct().toList()));
    }

    @BatchMapping
    Map<Flag, Indicator> indicator(List<Flag> parents) {
        List<Long> ids = parents.stream().map(Flag::indicatorId).filter(id -> id != null).distinct().toList();
        return BatchResults.values(parents, Flag::indicatorId, ids.isEmpty() ? Map.of() : evaluations.indicatorsByIds(ids));
    }
}
