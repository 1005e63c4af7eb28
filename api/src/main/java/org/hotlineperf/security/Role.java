package org.hotlineperf.security;

/**
 * What a principal may do. Reads are open to everyone (or, with {@code hotline-perf.security.reads-require-authentication},
 * to every authenticated principal); writes are granted by role, and for FINANCE and DEPARTMENT only within their
 * jurisdiction ({@link Authorisation}).
 */
public enum Role {
    /** Every write, everywhere: operators and system work such as the seed loader. */
    ADMIN,
    /**
     * A finance bureau (财政局): evaluations, budgets and operating figures, and report imports, of projects whose
     * region is its token's region or lies under it.
     */
    FINANCE,
    /** A competent department or implementing unit: the projects whose department or unit its organisation is. */
    DEPARTMENT,
    /** Reads only. */
    VIEWER
}
