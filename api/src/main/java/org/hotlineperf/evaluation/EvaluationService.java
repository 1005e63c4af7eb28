package org.hotlineperf.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads evaluations for the API: by project or id, their indicator trees a level at a time, findings, goal
 * declarations and the indicator catalogue, always for many parents at once.
 */
@Service
public class EvaluationService {

    private final EvaluationRepository evaluations;

    EvaluationService(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    /** Evaluations per project, ordered by period. */
    public Map<Long, List<Evaluation>> evaluationsByProject(Collection<Long> projectIds) {
        return evaluations.evaluationsByProject(projectIds);
    }

    /** The evaluation covering the latest period of each project that has one. */
    public Map<Long, Evaluation> latestEvaluationByProject(Collection<Long> projectIds) {
        return evaluations.latestByProject(projectIds);
    }

    public Optional<Evaluation> byId(long id) {
        return Optional.ofNullable(evaluations.byIds(List.of(id)).get(id));
    }

    /** The level-1 indicators of each evaluation, in report order. */
    public Map<Long, List<Indicator>> rootIndicators(Collection<Long> evaluationIds) {
        return evaluations.rootIndicators(evaluationIds);
    }

    /** The children of each indicator, in report order. */
    public Map<Long, List<Indicator>> childIndicators(Collection<Long> parentIds) {
        return evaluations.childIndicators(parentIds);
    }

    /** Findings per evaluation in report order; with a kind, only those of that kind. */
    public Map<Long, List<Finding>> findings(Collection<Long> evaluationIds, String kind) {
        return evaluations.findings(evaluationIds, kind);
    }

    public Map<Long, List<GoalDeclaration>> goalDeclarations(Collection<Long> projectIds) {
        return evaluations.goalDeclarations(projectIds);
    }

    public List<CatalogueIndicator> catalogue() {
        return evaluations.catalogue();
    }

    public boolean isCatalogueCode(String code) {
        return evaluations.catalogue().stream().anyMatch(entry -> entry.code().equals(code));
    }

    /** Evaluations by id; an id without an evaluation is absent. */
    public Map<Long, Evaluation> byIds(Collection<Long> ids) {
        return evaluations.byIds(ids);
    }

    /** Indicators by id, at any level; an id without an indicator is absent. */
    public Map<Long, Indicator> indicatorsByIds(Collection<Long> ids) {
        return evaluations.indicatorsByIds(ids);
    }
}
