package org.hotlineperf.report;

import java.math.BigDecimal;

/**
 * A figure a report states about itself (a total, an execution rate, a share), kept as stated so that it can
 * be checked against the ledger. Money in yuan, percentages as fractions.
 */
public record ReportedFigure(long id, long reportId, Integer fiscalYear, String measure, String label,
                             String componentKey, BigDecimal value, String unit, String text) {
}
