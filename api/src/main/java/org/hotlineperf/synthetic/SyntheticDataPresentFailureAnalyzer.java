package org.hotlineperf.synthetic;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused generation run into a short message that says what is there and how to replace it, instead of
 * a stack trace.
 */
class SyntheticDataPresentFailureAnalyzer extends AbstractFailureAnalyzer<SyntheticDataPresentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SyntheticDataPresentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Rerun with --hotline-perf.synthetic.replace=true to delete the existing synthetic dataset first, or "
                        + "generate into another schema (--spring.flyway.schemas=NAME "
                        + "--spring.flyway.default-schema=NAME --spring.datasource.hikari.schema=NAME).",
                cause);
    }
}
