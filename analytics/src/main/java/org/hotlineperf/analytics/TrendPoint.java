package org.hotlineperf.analytics;

import java.math.BigDecimal;

/**
 * A measure for one region and fiscal year, with the previous year's value and the year-on-year change.
 */
public record TrendPoint(String regionCode, String regionName, int fiscalYear, int projects, BigDecimal value,
                         BigDecimal previousValue) {

    public BigDecimal change() {
        return Measures.change(value, previousValue);
    }
}
