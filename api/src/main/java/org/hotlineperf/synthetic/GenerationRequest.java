package org.hotlineperf.synthetic;

/**
 * One run of the generator: the seed, the fiscal years, an optional region (that region and all below it) and
 * whether an existing synthetic dataset may be replaced.
 */
public record GenerationRequest(long seed, int firstYear, int years, String region, boolean replace) {

    /** The largest number of fiscal years a run may ask for. */
    static final int MAX_YEARS = 50;

    public GenerationRequest {
        if (years < 1 || years > MAX_YEARS) {
            throw new IllegalArgumentException("hotline-perf.synthetic.years must be between 1 and " + MAX_YEARS
                    + ", was " + years);
        }
        if (firstYear < 1990 || firstYear + years - 1 > 2100) {
            throw new IllegalArgumentException("hotline-perf.synthetic.first-year and years must keep the fiscal "
                    + "years within 1990-2100, were " + firstYear + " and " + years);
        }
    }
}
