package org.hotlineperf.report;

import java.time.OffsetDateTime;

/**
 * An imported evaluation report: the document every stored figure is traced to.
 */
public record Report(long id, long projectId, String key, String title, String sourceFile, String moneyUnit,
                     OffsetDateTime importedAt) {
}
