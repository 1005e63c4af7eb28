/**
 * The embedded DuckDB analytics store that answers cross-project and cross-year comparisons.
 */
package org.hotlineperf.analytics;
