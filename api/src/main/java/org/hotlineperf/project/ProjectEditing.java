package org.hotlineperf.project;

import static org.hotlineperf.db.Tables.OPERATING_METRIC;
import static org.hotlineperf.db.Tables.PROJECT;
import static org.hotlineperf.editing.VersionedRows.apply;

import java.util.Set;
import org.hotlineperf.audit.AuditEntityType;
import org.hotlineperf.calendar.FiscalYears;
import org.hotlineperf.db.tables.records.OperatingMetricRecord;
import org.hotlineperf.db.tables.records.ProjectRecord;
import org.hotlineperf.editing.FieldRules;
import org.hotlineperf.editing.VersionedRows;
import org.hotlineperf.evaluation.EvaluationService;
import org.hotlineperf.graphql.ArgumentProblems;
import org.hotlineperf.graphql.Ids;
import org.hotlineperf.organisation.OrganisationDirectory;
import org.hotlineperf.region.RegionService;
import org.hotlineperf.security.Authorisation;
import org.hotlineperf.security.Authorisation.Write;
import org.hotlineperf.security.ProjectScope;
import org.jooq.DSLContext;
import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand edits of projects and their operating figures: validated completely before anything is written, each in
 * one transaction, version-checked and recorded in the audit trail.
 */
@Service
public class ProjectEditing {

    private static final String PROJECT_KEY_SHAPE = "[a-z0-9][a-z0-9-]{2,99}";
    private static final Set<String> ATTRIBUTES = Set.of("ONE_TIME", "RECURRING");
    private static final int MAX_NAME = 500;

    private final DSLContext dsl;
    private final VersionedRows rows;
    private final ProjectRepository projects;
    private final RegionService regions;
    private final OrganisationDirectory organisations;
    private final EvaluationService evaluations;
    private final Authorisation authorisation;

    ProjectEditing(DSLContext dsl, VersionedRows rows, ProjectRepository projects, RegionService regions,
                   OrganisationDirectory organisations, EvaluationService evaluations, Authorisation authorisation) {
        this.dsl = dsl;
        this.rows = rows;
        this.projects = projects;
        this.regions = regions;
        this.organisations = organisations;
        this.evaluations = evaluations;
        this.authorisation = authorisation;
    }

    @Transactional
    public Project createProject(CreateProjectInput input) {
        authorisation.require(Write.PROJECT);
        ArgumentProblems problems = new ArgumentProblems();
        problems.require(input.key() != null && input.key().matches(PROJECT_KEY_SHAPE), "input.key", "KEY_FORMAT",
                () -> "input.key must be 3 to 100 lower-case letters, digits and hyphens, starting with a letter or"
                        + " digit");
        problems.require(!projects.keyExists(input.key()), "input.key", "UNIQUE_KEY",
                () -> "input.key " + input.key() + " is already the key of another project");
        ProjectRecord project = dsl.newRecord(PROJECT);
        project.setProjectKey(input.key());
        project.setName(input.name());
        project.setAttribute(input.attribute());
        project.setRegionCode(input.regionCode());
        project.setPeriodStartYear(input.periodStartYear());
        project.setPeriodEndYear(input.periodEndYear());
        project.setDescription(input.description());
        checkProject(problems, project, input.competentDepartment(), input.implementingUnit());
        problems.throwIfAny();
        authorisation.require(Write.PROJECT, new ProjectScope(project.getRegionCode(), input.competentDepartment(),
                input.implementingUnit()));
        project.setCompetentDepartmentId(organisations.idForName(input.competentDepartment()));
        project.setImplementingUnitId(organisations.idForName(input.implementingUnit()));
        long id = rows.insert(project, AuditEntityType.PROJECT, ProjectRecord::getId).getId();
        return projects.byIds(Set.of(id)).get(id);
    }

    @Transactional
    public Project updateProject(UpdateProjectInput input) {
        authorisation.require(Write.PROJECT);
        long id = Ids.parse("input.id", input.id());
        ProjectRecord current = rows.lockForEdit(PROJECT, id, input.version(), "input.id", AuditEntityType.PROJECT);
        ProjectScope before = authorisation.scopeOf(id);
        authorisation.require(Write.PROJECT, before);
        ProjectRecord next = rows.editable(current);
        apply(next, PROJECT.NAME, input.name());
        apply(next, PROJECT.ATTRIBUTE, input.attribute());
        apply(next, PROJECT.REGION_CODE, input.regionCode());
        apply(next, PROJECT.PERIOD_START_YEAR, input.periodStartYear());
        apply(next, PROJECT.PERIOD_END_YEAR, input.periodEndYear());
        apply(next, PROJECT.DESCRIPTION, input.description());
        ArgumentProblems problems = new ArgumentProblems();
        checkProject(problems, next, input.competentDepartment().value(), input.implementingUnit().value());
        if (next.getPeriodStartYear() != null && next.getPeriodEndYear() != null) {
            projects.recordedYears(id).ifPresent(recorded -> problems.require(
                    next.getPeriodStartYear() <= recorded.first() && next.getPeriodEndYear() >= recorded.last(),
                    "input.periodStartYear", "PERIOD_COVERS_RECORDED_YEARS",
                    () -> "the project's period must cover the years of its ledger lines and evaluations, "
                            + recorded.first() + "-" + recorded.last()));
        }
        problems.throwIfAny();
        authorisation.require(Write.PROJECT, new ProjectScope(next.getRegionCode(),
                valueOr(input.competentDepartment(), before.competentDepartment()),
                valueOr(input.implementingUnit(), before.implementingUnit())));
        if (!input.competentDepartment().isOmitted()) {
            next.setCompetentDepartmentId(organisations.idForName(input.competentDepartment().value()));
        }
        if (!input.implementingUnit().isOmitted()) {
            next.setImplementingUnitId(organisations.idForName(input.implementingUnit().value()));
        }
        rows.update(current, next, AuditEntityType.PROJECT, id);
        return projects.byIds(Set.of(id)).get(id);
    }

    @Transactional
    public OperatingMetric recordOperatingMetric(RecordOperatingMetricInput input) {
        authorisation.require(Write.FIGURES);
        long projectId = Ids.parse("input.projectId", input.projectId());
        ProjectRecord project = rows.lock(PROJECT, projectId, "input.projectId", "project");
        authorisation.requireForProject(Write.FIGURES, projectId);
        OperatingMetricRecord metric = dsl.newRecord(OPERATING_METRIC);
        metric.setProjectId(projectId);
        metric.setMetric(input.metric());
        metric.setLabel(input.label());
        metric.setPeriodStart(input.periodStart());
        metric.setPeriodEnd(input.periodEnd());
        metric.setPeriodNote(input.periodNote());
        metric.setScope(input.scope());
        metric.setValue(input.value());
        metric.setUnit(input.unit());
        metric.setNumerator(input.numerator());
        metric.setDenominator(input.denominator());
        metric.setText(input.text());
        metric.setOrdinal(projects.nextOperatingMetricOrdinal(projectId));
        ArgumentProblems problems = new ArgumentProblems();
        problems.require(evaluations.isCatalogueCode(input.metric()), "input.metric", "KNOWN_METRIC_CODE",
                () -> "input.metric must be a code of the indicator catalogue (indicatorCatalogue), was "
                        + input.metric());
        checkOperatingMetric(problems, metric, project);
        problems.throwIfAny();
        long id = rows.insert(metric, AuditEntityType.OPERATING_METRIC, OperatingMetricRecord::getProjectId).getId();
        return projects.operatingMetric(id);
    }

    @Transactional
    public OperatingMetric correctOperatingMetric(CorrectOperatingMetricInput input) {
        authorisation.require(Write.FIGURES);
        long id = Ids.parse("input.id", input.id());
        OperatingMetricRecord current = rows.lockForEdit(OPERATING_METRIC, id, input.version(), "input.id",
                AuditEntityType.OPERATING_METRIC);
        authorisation.requireForProject(Write.FIGURES, current.getProjectId());
        OperatingMetricRecord next = rows.editable(current);
        apply(next, OPERATING_METRIC.LABEL, input.label());
        apply(next, OPERATING_METRIC.PERIOD_START, input.periodStart());
        apply(next, OPERATING_METRIC.PERIOD_END, input.periodEnd());
        apply(next, OPERATING_METRIC.PERIOD_NOTE, input.periodNote());
        apply(next, OPERATING_METRIC.SCOPE, input.scope());
        apply(next, OPERATING_METRIC.VALUE, input.value());
        apply(next, OPERATING_METRIC.UNIT, input.unit());
        apply(next, OPERATING_METRIC.NUMERATOR, input.numerator());
        apply(next, OPERATING_METRIC.DENOMINATOR, input.denominator());
        apply(next, OPERATING_METRIC.TEXT, input.text());
        ProjectRecord project = dsl.fetchSingle(PROJECT, PROJECT.ID.eq(current.getProjectId()));
        ArgumentProblems problems = new ArgumentProblems();
        checkOperatingMetric(problems, next, project);
        problems.throwIfAny();
        rows.update(current, next, AuditEntityType.OPERATING_METRIC, current.getProjectId());
        return projects.operatingMetric(id);
    }

    /** The edited value, or the current one when the edit omits it. */
    private static String valueOr(ArgumentValue<String> edit, String current) {
        return edit.isOmitted() ? current : edit.value();
    }

    private void checkProject(ArgumentProblems problems, ProjectRecord project, String competentDepartment,
                              String implementingUnit) {
        FieldRules.requiredText(problems, "input.name", project.getName(), MAX_NAME);
        problems.require(project.getAttribute() == null || ATTRIBUTES.contains(project.getAttribute()),
                "input.attribute", "KNOWN_ATTRIBUTE", () -> "input.attribute must be ONE_TIME or RECURRING");
        problems.require(regions.isKnown(project.getRegionCode()), "input.regionCode", "KNOWN_REGION_CODE",
                () -> "input.regionCode must be the six-digit GB/T 2260 code of a known region, was "
                        + project.getRegionCode());
        Integer start = project.getPeriodStartYear();
        Integer end = project.getPeriodEndYear();
        problems.require(start != null && FiscalYears.isValid(start), "input.periodStartYear", "FISCAL_YEAR_RANGE",
                () -> "input.periodStartYear must be between " + FiscalYears.FIRST + " and " + FiscalYears.LAST);
        problems.require(end != null && FiscalYears.isValid(end), "input.periodEndYear", "FISCAL_YEAR_RANGE",
                () -> "input.periodEndYear must be between " + FiscalYears.FIRST + " and " + FiscalYears.LAST);
        problems.require(start == null || end == null || start <= end, "input.periodEndYear", "PERIOD_ORDER",
                () -> "input.periodEndYear must not be before input.periodStartYear");
        FieldRules.optionalText(problems, "input.competentDepartment", competentDepartment, MAX_NAME);
        FieldRules.optionalText(problems, "input.implementingUnit", implementingUnit, MAX_NAME);
        problems.require(competentDepartment == null || !competentDepartment.isBlank(), "input.competentDepartment",
                "NOT_BLANK", () -> "input.competentDepartment must not be blank; give null for none");
        problems.require(implementingUnit == null || !implementingUnit.isBlank(), "input.implementingUnit",
                "NOT_BLANK", () -> "input.implementingUnit must not be blank; give null for none");
    }

    private static void checkOperatingMetric(ArgumentProblems problems, OperatingMetricRecord metric,
                                             ProjectRecord project) {
        FieldRules.requiredText(problems, "input.label", metric.getLabel(), MAX_NAME);
        FieldRules.optionalText(problems, "input.scope", metric.getScope(), MAX_NAME);
        FieldRules.optionalText(problems, "input.unit", metric.getUnit(), MAX_NAME);
        problems.require(metric.getPeriodStart() != null, "input.periodStart", "REQUIRED",
                () -> "input.periodStart is required");
        problems.require(metric.getPeriodEnd() != null, "input.periodEnd", "REQUIRED",
                () -> "input.periodEnd is required");
        if (metric.getPeriodStart() != null && metric.getPeriodEnd() != null) {
            problems.require(!metric.getPeriodEnd().isBefore(metric.getPeriodStart()), "input.periodEnd",
                    "PERIOD_ORDER", () -> "input.periodEnd must not be before input.periodStart");
            FieldRules.yearInPeriod(problems, "input.periodStart", metric.getPeriodStart().getYear(),
                    project.getPeriodStartYear(), project.getPeriodEndYear());
            FieldRules.yearInPeriod(problems, "input.periodEnd", metric.getPeriodEnd().getYear(),
                    project.getPeriodStartYear(), project.getPeriodEndYear());
        }
        problems.require(metric.getValue() != null || (metric.getText() != null && !metric.getText().isBlank()),
                "input.value", "VALUE_OR_TEXT", () -> "give input.value, or input.text for a figure in words");
        FieldRules.figure(problems, "input.value", metric.getValue());
        FieldRules.figure(problems, "input.numerator", metric.getNumerator());
        FieldRules.figure(problems, "input.denominator", metric.getDenominator());
    }
}
