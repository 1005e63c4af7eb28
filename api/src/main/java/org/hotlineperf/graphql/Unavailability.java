package org.hotlineperf.graphql;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells a failure to reach a backing store from every other failure: PostgreSQL refusing connections, restarting
 * or ending our session, a connection lost mid-statement, the pool giving up waiting for a connection, or a
 * {@link ServiceUnavailableException}. Those are UNAVAILABLE for the client (try again), never INTERNAL_ERROR.
 * The exception may arrive wrapped any number of times (Spring, jOOQ, Hikari), so the whole cause chain is read.
 */
public final class Unavailability {

    /** What the client is told when the database cannot be reached. */
    public static final String DATABASE_UNAVAILABLE =
            "The database cannot be reached right now; try again shortly.";

    private static final int MAX_CAUSES = 32;

    private Unavailability() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return unavailableCause(failure).isPresent();
    }

    /** The message for the client: the {@link ServiceUnavailableException}'s own, else the database one. */
    public static String clientMessage(Throwable failure) {
        return unavailableCause(failure)
                .filter(ServiceUnavailableException.class::isInstance)
                .map(Throwable::getMessage)
                .orElse(DATABASE_UNAVAILABLE);
    }

    /** The innermost cause's message, for a one-line log entry instead of a stack trace per failed request. */
    public static String rootCauseMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static Optional<Throwable> unavailableCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            if (cause instanceof ServiceUnavailableException || isConnectionFailure(cause)) {
                return Optional.of(cause);
            }
            // A rollback that failed on the lost connection hides the failure that made it roll back
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                Optional<Throwable> hidden = unavailableCause(rollback.getApplicationException());
                if (hidden.isPresent()) {
                    return hidden;
                }
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return Optional.empty();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            // 08: connection exception; 57P01-03: the server is shutting down, crashed or is starting up
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }
}
