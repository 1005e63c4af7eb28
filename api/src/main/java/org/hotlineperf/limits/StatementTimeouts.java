package org.hotlineperf.limits;

import java.sql.SQLException;

/**
 * Recognises a database statement that PostgreSQL cancelled, as it does when the statement timeout
 * ({@code hotline-perf.limits.statement-timeout}) runs out, and says so to clients without SQL or internals.
 */
public final class StatementTimeouts {

    /** What a client is told; the cause stays in the server's log. */
    public static final String MESSAGE = "A database statement of this request ran longer than the statement timeout"
            + " and was stopped; ask for less (narrower filters, smaller pages) and try again";

    /** PostgreSQL's SQLSTATE query_canceled, which the statement timeout raises. */
    private static final String QUERY_CANCELED = "57014";

    private StatementTimeouts() {
    }

    /** Whether the exception, or one of its causes, is a statement PostgreSQL cancelled. */
    public static boolean isStatementTimeout(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
