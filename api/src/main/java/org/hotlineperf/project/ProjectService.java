package org.hotlineperf.project;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Reads projects for the API: filtered pages, projects by id, and their components and operating metrics for
 * many projects at once.
 */
@Service
public class ProjectService {

    private final ProjectRepository projects;

    ProjectService(ProjectRepository projects) {
        this.projects = projects;
    }

    /** Up to {@code limit} projects matching the filter with ids above {@code afterId}, ordered by id. */
    public List<Project> page(ProjectFilter filter, Long afterId, int limit) {
        return projects.page(filter, afterId, limit);
    }

    public int count(ProjectFilter filter) {
        return projects.count(filter);
    }

    public Optional<Project> byId(long id) {
        return Optional.ofNullable(projects.byIds(List.of(id)).get(id));
    }

    public Map<Long, Project> byIds(Collection<Long> ids) {
        return projects.byIds(ids);
    }

    public Map<Long, List<ProjectComponent>> components(Collection<Long> projectIds) {
        return projects.components(projectIds);
    }

    /** Operating metrics per project; with a fiscal year, those whose period starts in that year. */
    public Map<Long, List<OperatingMetric>> operatingMetrics(Collection<Long> projectIds, Integer fiscalYear) {
        return projects.operatingMetrics(projectIds, fiscalYear);
    }
}
