package org.hotlineperf.evaluation;

/**
 * A finding of an evaluation: PRACTICE (经验做法), PROBLEM (存在问题) or RECOMMENDATION (建议); {@code version}
 * rises with every edit (optimistic locking).
 */
public record Finding(long id, long evaluationId, String kind, String title, String body, String cause,
                      int version) {
}
