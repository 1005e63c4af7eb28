package org.hotlineperf.security;

/**
 * The principal on whose behalf work is done: the name the audit trail records, its role, and the jurisdiction a
 * role needs ({@code regionCode} for FINANCE, {@code organisation} for DEPARTMENT; either may be null otherwise).
 */
public record Actor(String name, Role role, String regionCode, String organisation) {

    /** Work the service does on its own behalf, e.g. {@code system:seed-loader}: it may write anything. */
    public static Actor system(String name) {
        return new Actor(name, Role.ADMIN, null, null);
    }
}
