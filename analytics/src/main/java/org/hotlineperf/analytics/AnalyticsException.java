package org.hotlineperf.analytics;

/**
 * The analytics store could not do what was asked (open, load or query); the cause says why.
 */
public class AnalyticsException extends RuntimeException {

    public AnalyticsException(String message, Throwable cause) {
        super(message, cause);
    }
}
