package org.hotlineperf.report;

/**
 * A narrative section of a report (报告章节), kept verbatim.
 */
public record ReportSection(long reportId, String heading, String body) {
}
