package org.hotlineperf.organisation;

/**
 * An organisation named by a report: competent department, implementing unit, evaluator, commissioning body or
 * operator. Reports refer to organisations by name; the id is ours.
 */
public record Organisation(long id, String name, String kind, String code) {

    /** The organisation of an optional (outer-joined) reference; null when the reference is empty. */
    public static Organisation ofNullable(Long id, String name, String kind, String code) {
        return id == null ? null : new Organisation(id, name, kind, code);
    }
}
