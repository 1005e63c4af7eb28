package org.hotlineperf.security;

import java.util.Set;
import org.hotlineperf.region.RegionService;
import org.springframework.stereotype.Component;

/**
 * Who may write what, asked by every service that writes, so that the GraphQL mutations, the command-line import
 * and anything else that calls the services obey the same rules:
 * <ul>
 * <li>{@link Write#PROJECT} (a project's own fields): ADMIN, or DEPARTMENT when its organisation is the project's
 * competent department or implementing unit, before and after the change;</li>
 * <li>{@link Write#FIGURES} (ledger lines, operating figures, indicators, findings, and importing a report):
 * ADMIN, or FINANCE when the project's region is the token's region or lies under it in the region tree
 * (province > prefecture > county), before and after the change.</li>
 * </ul>
 * Services ask {@link #require(Write)} before anything else (UNAUTHORIZED without a principal, FORBIDDEN for a
 * role that may never make such a write) and {@link #require(Write, ProjectScope)} once they know the project,
 * always before writing.
 */
@Component
public class Authorisation {

    /** The kinds of writes, each granted to its own roles. */
    public enum Write {
        /** A project's own fields: name, attribute, region, period, organisations, description. */
        PROJECT(Set.of(Role.ADMIN, Role.DEPARTMENT),
                "changing a project needs ADMIN, or DEPARTMENT of its competent department or implementing unit"),
        /** A project's figures: ledger, operating figures, evaluations; and report imports. */
        FIGURES(Set.of(Role.ADMIN, Role.FINANCE),
                "changing evaluations, budgets and operating figures, or importing a report, needs ADMIN, or FINANCE"
                        + " for the project's region");

        private final Set<Role> roles;
        private final String rule;

        Write(Set<Role> roles, String rule) {
            this.roles = roles;
            this.rule = rule;
        }
    }

    private final CurrentPrincipal principal;
    private final RegionService regions;
    private final ProjectScopeRepository scopes;

    Authorisation(CurrentPrincipal principal, RegionService regions, ProjectScopeRepository scopes) {
        this.principal = principal;
        this.regions = regions;
        this.scopes = scopes;
    }

    /**
     * The acting principal, if its role may make writes of this kind at all.
     *
     * @throws UnauthenticatedException when nobody is acting
     * @throws ForbiddenException       when the principal's role never may
     */
    public Actor require(Write write) {
        Actor actor = principal.actor().orElseThrow(() -> new UnauthenticatedException(
                "This change needs a bearer token (Authorization: Bearer <token>) whose role may make it: "
                        + write.rule));
        if (!write.roles.contains(actor.role())) {
            throw new ForbiddenException("A " + actor.role() + " token may not make this change: " + write.rule);
        }
        return actor;
    }

    /**
     * {@link #require(Write)}, then FORBIDDEN unless the project lies in the principal's jurisdiction.
     */
    public void require(Write write, ProjectScope project) {
        Actor actor = require(write);
        switch (actor.role()) {
            case FINANCE -> {
                if (!regions.isWithin(project.regionCode(), actor.regionCode())) {
                    throw new ForbiddenException("A FINANCE token for region " + actor.regionCode()
                            + " may change only projects in that region or in the regions under it");
                }
            }
            case DEPARTMENT -> {
                if (!project.hasOrganisation(actor.organisation())) {
                    throw new ForbiddenException("A DEPARTMENT token of " + actor.organisation()
                            + " may change only projects whose competent department or implementing unit it is");
                }
            }
            case ADMIN, VIEWER -> {
            }
        }
    }

    /** {@link #require(Write, ProjectScope)} for a stored project. */
    public void requireForProject(Write write, long projectId) {
        if (require(write).role() != Role.ADMIN) {
            require(write, scopeOf(projectId));
        }
    }

    /** The region and organisations of a stored project. */
    public ProjectScope scopeOf(long projectId) {
        return scopes.scopeOf(projectId);
    }
}
