package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Which failures are UNAVAILABLE (the database cannot be reached now, retry) and which stay internal errors, however
 * deeply Spring, jOOQ and the pool wrap them.
 */
class UnavailabilityTest {

    @Test
    void poolTimingOutOnADeadServerIsUnavailable() {
        Throwable failure = new TransientDataAccessResourceException("jOOQ; SQL [select ...]",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
                        "08001", new ConnectException("Connection refused")));

        assertThat(Unavailability.isUnavailable(failure)).isTrue();
        assertThat(Unavailability.clientMessage(failure)).isEqualTo(Unavailability.DATABASE_UNAVAILABLE);
        assertThat(Unavailability.rootCauseMessage(failure)).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void lostConnectionAndServerShutdownAreUnavailable() {
        assertThat(Unavailability.isUnavailable(new DataAccessException("jOOQ",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")))).isTrue();
        assertThat(Unavailability.isUnavailable(new DataAccessException("jOOQ",
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(Unavailability.isUnavailable(new DataAccessException("jOOQ",
                new SQLException("the database system is starting up", "57P03")))).isTrue();
        assertThat(Unavailability.isUnavailable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("timed out")))).isTrue();
    }

    @Test
    void rollbackFailingOnTheLostConnectionIsUnavailable() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException("jOOQ; SQL [insert ...]",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(Unavailability.isUnavailable(rollback)).isTrue();
        assertThat(Unavailability.isUnavailable(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isFalse();
    }

    @Test
    void ownUnavailableExceptionKeepsItsMessageForTheClient() {
        Throwable failure = new IllegalStateException("wrapped",
                new ServiceUnavailableException("The analytics store is being loaded; try again shortly."));

        assertThat(Unavailability.isUnavailable(failure)).isTrue();
        assertThat(Unavailability.clientMessage(failure)).isEqualTo("The analytics store is being loaded; try again shortly.");
    }

    @Test
    void statementErrorsAndBugsAreNotUnavailable() {
        assertThat(Unavailability.isUnavailable(new DataAccessException("jOOQ",
                new SQLException("relation \"x\" does not exist", "42P01")))).isFalse();
        assertThat(Unavailability.isUnavailable(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(Unavailability.isUnavailable(new NullPointerException())).isFalse();
    }
}
