package org.hotlineperf.project;

import java.util.Set;

/**
 * Published inside a write transaction when the stored data of projects changed (an import, an edit), so that
 * copies such as the analytics store can follow once the transaction has committed.
 */
public record ProjectDataChanged(Set<Long> projectIds) {
}
