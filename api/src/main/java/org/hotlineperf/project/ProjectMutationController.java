package org.hotlineperf.project;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The mutations of projects and their operating figures: {@code createProject}, {@code updateProject},
 * {@code recordOperatingMetric}, {@code correctOperatingMetric}.
 */
@Controller
class ProjectMutationController {

    private final ProjectEditing editing;

    ProjectMutationController(ProjectEditing editing) {
        this.editing = editing;
    }

    @MutationMapping
    ProjectPayload createProject(@Argument CreateProjectInput input) {
        return new ProjectPayload(editing.createProject(input));
    }

    @MutationMapping
    ProjectPayload updateProject(@Argument UpdateProjectInput input) {
        return new ProjectPayload(editing.updateProject(input));
    }

    @MutationMapping
    OperatingMetricPayload recordOperatingMetric(@Argument RecordOperatingMetricInput input) {
        return new OperatingMetricPayload(editing.recordOperatingMetric(input));
    }

    @MutationMapping
    OperatingMetricPayload correctOperatingMetric(@Argument CorrectOperatingMetricInput input) {
        return new OperatingMetricPayload(editing.correctOperatingMetric(input));
    }

    /** The payload of the project mutations: the project as stored after the write. */
    record ProjectPayload(Project project) {
    }

    /** The payload of the operating-figure mutations: the figure as stored after the write. */
    record OperatingMetricPayload(OperatingMetric operatingMetric) {
    }
}
