package org.hotlineperf.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotlineperf.db.Tables.AUDIT_ENTRY;
import static org.hotlineperf.db.Tables.CONSISTENCY_CHECK_RUN;
import static org.hotlineperf.db.Tables.REPORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hotlineperf.HotlinePerfApplication;
import org.hotlineperf.SeedDocuments;
import org.hotlineperf.db.DefaultSchema;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.AuthenticationProperties;
import org.hotlineperf.security.Role;
import org.hotlineperf.security.TokenMinter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The command-line import of the seed folder into an empty database reproduces the default dataset exactly: every
 * row of every table equals the row the seed loader writes into another empty database, except when and by whom
 * the reports were written, and the audit trail names the token's principal. A folder with a bad document imports
 * the rest, reports it and exits with 1. Without a token, or with an expired one, it imports nothing and exits
 * with 2; a FINANCE token imports only the reports of its region and refuses the others, as the mutation would.
 */
class ImportCommandTest {

    private static final String SERVER_URL = System.getProperty("spring.datasource.url")
            .substring(0, System.getProperty("spring.datasource.url").lastIndexOf('/') + 1);
    private static final Set<Field<?>> WHEN_AND_WHO = Set.of(REPORT.IMPORTED_AT, AUDIT_ENTRY.OCCURRED_AT,
            AUDIT_ENTRY.PRINCIPAL, CONSISTENCY_CHECK_RUN.COMPLETED_AT);

    private static final TokenMinter MINTER = new TokenMinter(new AuthenticationProperties(false,
            AuthenticationProperties.DEVELOPMENT_SIGNING_KEY).localKey());
    private static final Actor OPERATOR = new Actor("operator-wang", Role.ADMIN, null, null);

    private final List<String> databases = new ArrayList<>();

    @Test
    void importingTheSeedFolderReproducesTheDefaultDatasetExactly() throws IOException, SQLException {
        String seeded = createDatabase();
        String imported = createDatabase();
        Path seeds = new ClassPathResource("dataset/seeds").getFilePath();

        run(seeded).close();
        int exitCode;
        try (ConfigurableApplicationContext context = run(imported, "--hotline-perf.seed-dataset.enabled=false",
                "--hotline-perf.import.path=" + seeds, token(OPERATOR))) {
            exitCode = SpringApplication.exit(context);
        }

        assertThat(exitCode).isZero();
        try (Connection left = connect(seeded); Connection right = connect(imported)) {
            DSLContext expected = DSL.using(left, SQLDialect.POSTGRES);
            DSLContext actual = DSL.using(right, SQLDialect.POSTGRES);
            for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
                assertThat(rows(actual, table)).as(table.getName()).isEqualTo(rows(expected, table));
            }
            assertThat(actual.fetchCount(REPORT)).isEqualTo(4);
            assertThat(actual.selectDistinct(AUDIT_ENTRY.PRINCIPAL).from(AUDIT_ENTRY).fetch(AUDIT_ENTRY.PRINCIPAL))
                    .containsExactly(OPERATOR.name());
            assertThat(expected.selectDistinct(AUDIT_ENTRY.PRINCIPAL).from(AUDIT_ENTRY).fetch(AUDIT_ENTRY.PRINCIPAL))
                    .containsExactly("system:seed-loader");
        }
    }

    @Test
    void aFolderWithABadDocumentImportsTheRestReportsTheBadOneAndExitsWithOne(@TempDir Path folder)
            throws IOException, SQLException {
        Files.writeString(folder.resolve("a-good.json"), SeedDocuments.copyOf("fumin-2025-self.json", "cli-good")
                .toString());
        ObjectNode bad = SeedDocuments.copyOf("fumin-2025-self.json", "cli-bad");
        ((ObjectNode) bad.get("project")).remove("name");
        Files.writeString(folder.resolve("b-bad.json"), bad.toString());
        String database = createDatabase();

        int exitCode;
        try (ConfigurableApplicationContext context = run(database, "--hotline-perf.seed-dataset.enabled=false",
                "--hotline-perf.import.path=" + folder, token(OPERATOR))) {
            exitCode = SpringApplication.exit(context);
        }

        assertThat(exitCode).isEqualTo(1);
        assertThat(reportKeys(database)).containsExactly("cli-good");
    }

    @Test
    void withoutATokenOrWithAnExpiredOneNothingIsImportedAndTheExitCodeIsTwo() {
        Path seeds = seedFolder();
        String database = createDatabase();
        String expired = MINTER.mint(OPERATOR, Instant.now().minus(Duration.ofHours(2)), Duration.ofHours(1));

        int withoutToken;
        try (ConfigurableApplicationContext context = run(database, "--hotline-perf.seed-dataset.enabled=false",
                "--hotline-perf.import.path=" + seeds)) {
            withoutToken = SpringApplication.exit(context);
        }
        int withExpiredToken;
        try (ConfigurableApplicationContext context = run(database, "--hotline-perf.seed-dataset.enabled=false",
                "--hotline-perf.import.path=" + seeds, "--hotline-perf.import.token=" + expired)) {
            withExpiredToken = SpringApplication.exit(context);
        }

        assertThat(withoutToken).isEqualTo(2);
        assertThat(withExpiredToken).isEqualTo(2);
        assertThat(reportKeys(database)).isEmpty();
    }

    @Test
    void aFinanceTokenImportsTheReportsOfItsRegionAndRefusesTheOthers() throws SQLException {
        String database = createDatabase();
        Actor hunanFinance = new Actor("hunan-finance", Role.FINANCE, "430000", "湖南省财政厅");

        int exitCode;
        try (ConfigurableApplicationContext context = run(database, "--hotline-perf.seed-dataset.enabled=false",
                "--hotline-perf.import.path=" + seedFolder(), token(hunanFinance))) {
            exitCode = SpringApplication.exit(context);
        }

        assertThat(exitCode).isEqualTo(1);
        assertThat(reportKeys(database)).containsExactly("changde-2018-2020-third-party");
        try (Connection connection = connect(database)) {
            assertThat(DSL.using(connection, SQLDialect.POSTGRES).selectDistinct(AUDIT_ENTRY.PRINCIPAL)
                    .from(AUDIT_ENTRY).fetch(AUDIT_ENTRY.PRINCIPAL)).containsExactly("hunan-finance");
        }
    }

    private static String token(Actor actor) {
        return "--hotline-perf.import.token=" + MINTER.mint(actor, Duration.ofMinutes(10));
    }

    private static Path seedFolder() {
        try {
            return new ClassPathResource("dataset/seeds").getFilePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> reportKeys(String database) {
        try (Connection connection = connect(database)) {
            return DSL.using(connection, SQLDialect.POSTGRES).select(REPORT.REPORT_KEY).from(REPORT)
                    .orderBy(REPORT.REPORT_KEY).fetch(REPORT.REPORT_KEY);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void dropDatabases() {
        databases.forEach(name -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    private static ConfigurableApplicationContext run(String database, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + SERVER_URL + database,
                "--hotline-perf.analytics.file=target/analytics-test/" + database + ".duckdb"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(HotlinePerfApplication.class).web(WebApplicationType.NONE)
                .run(all.toArray(String[]::new));
    }

    /** The table's rows in a stable order, each as its columns by name, without when and by whom they were written. */
    private static List<Map<String, Object>> rows(DSLContext dsl, Table<?> table) {
        return dsl.selectFrom(table).orderBy(table.fields()).fetch().stream()
                .map(row -> {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (Field<?> field : table.fields()) {
                        if (!WHEN_AND_WHO.contains(field)) {
                            values.put(field.getName(), row.get(field));
                        }
                    }
                    return values;
                })
                .toList();
    }

    private String createDatabase() {
        String name = "hotline_perf_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + name);
        databases.add(name);
        return name;
    }

    private static Connection connect(String database) {
        try {
            Connection connection = DriverManager.getConnection(SERVER_URL + database,
                    System.getProperty("spring.datasource.username"), System.getProperty("spring.datasource.password"));
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET search_path TO hotline_perf");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(String ddl) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
