package org.hotlineperf.synthetic;

/**
 * Raised instead of writing when the schema already holds a synthetic dataset and replacing it was not asked
 * for, so that a second run never mixes two datasets or fails halfway on duplicate keys.
 */
public class SyntheticDataPresentException extends RuntimeException {

    private final String schema;
    private final int projects;
    private final int reports;

    SyntheticDataPresentException(String schema, int projects, int reports) {
        super("Synthetic data is already present in schema " + schema + ": " + projects + " projects and " + reports
                + " reports with keys starting with '" + ProjectGenerator.KEY_PREFIX + "'. Nothing was written.");
        this.schema = schema;
        this.projects = projects;
        this.reports = reports;
    }

    public String schema() {
        return schema;
    }

    public int projects() {
        return projects;
    }

    public int reports() {
        return reports;
    }
}
