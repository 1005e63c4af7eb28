package org.hotlineperf.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * While PostgreSQL cannot be reached, a request does not ask for the snapshot (and wait for a connection) before
 * its own statements wait again: only the first failure is met by a request, later asks are probes in the
 * background, and once a probe reaches PostgreSQL requests ask again. Against the test run's database, and a port
 * where nothing listens.
 */
class DatabaseSnapshotsTest {

    private final SwitchableDataSource database = new SwitchableDataSource();
    private final List<Runnable> probes = new ArrayList<>();

    @Test
    void afterAFailureRequestsLeaveTheAskingToABackgroundProbeUntilItReachesPostgres() {
        DatabaseSnapshots snapshots = new DatabaseSnapshots(DSL.using(database, SQLDialect.POSTGRES), Duration.ZERO,
                probes::add);
        database.reachable(true);
        assertThat(snapshots.current()).isPresent();

        database.reachable(false);
        assertThat(snapshots.current()).isEmpty();
        assertThat(database.asks).isEqualTo(2);

        assertThat(snapshots.current()).isEmpty();
        assertThat(snapshots.current()).isEmpty();
        assertThat(database.asks).as("requests while unreachable do not ask").isEqualTo(2);
        assertThat(probes).as("one probe at a time").hasSize(1);

        runProbes();
        assertThat(database.asks).isEqualTo(3);
        assertThat(snapshots.current()).isEmpty();
        assertThat(database.asks).isEqualTo(3);

        database.reachable(true);
        runProbes();
        assertThat(database.asks).isEqualTo(4);
        assertThat(snapshots.current()).isPresent();
        assertThat(database.asks).as("requests ask again once a probe reached PostgreSQL").isEqualTo(5);
        assertThat(probes).isEmpty();
    }

    @Test
    void probesWaitForTheBackOff() {
        DatabaseSnapshots snapshots = new DatabaseSnapshots(DSL.using(database, SQLDialect.POSTGRES),
                Duration.ofHours(1), probes::add);
        database.reachable(false);
        assertThat(snapshots.current()).isEmpty();
        assertThat(snapshots.current()).isEmpty();
        assertThat(probes).isEmpty();
        assertThat(database.asks).isEqualTo(1);
    }

    private void runProbes() {
        List<Runnable> due = List.copyOf(probes);
        probes.clear();
        due.forEach(Runnable::run);
    }

    /** The test run's database, or a port where nothing listens; counts the connections asked for. */
    private static final class SwitchableDataSource extends AbstractDataSource {

        private final DriverManagerDataSource testDatabase = new DriverManagerDataSource(
                System.getProperty("spring.datasource.url"), System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password"));
        private final DriverManagerDataSource nothingListening =
                new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/unreachable?connectTimeout=1");
        private boolean reachable;
        private int asks;

        void reachable(boolean reachable) {
            this.reachable = reachable;
        }

        @Override
        public Connection getConnection() throws SQLException {
            asks++;
            return (reachable ? testDatabase : nothingListening).getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    }
}
