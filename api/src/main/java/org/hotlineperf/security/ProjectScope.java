package org.hotlineperf.security;

/**
 * What decides who may write a project: its region (for FINANCE) and its competent department and implementing
 * unit by name (for DEPARTMENT); either organisation may be null.
 */
public record ProjectScope(String regionCode, String competentDepartment, String implementingUnit) {

    boolean hasOrganisation(String organisation) {
        return organisation.equals(competentDepartment) || organisation.equals(implementingUnit);
    }
}
