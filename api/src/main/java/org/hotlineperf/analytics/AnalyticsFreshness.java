package org.hotlineperf.analytics;

import java.time.Instant;

/**
 * How far the analytics store may be behind PostgreSQL: up to date, or behind since a time with some projects'
 * changes not taken in yet. Served with the comparisons so that a dashboard can say how stale its figures are.
 */
record AnalyticsFreshness(boolean upToDate, Instant behindSince, int pendingProjects) {
}
