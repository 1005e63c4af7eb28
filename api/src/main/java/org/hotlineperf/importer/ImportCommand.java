package org.hotlineperf.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.BearerTokens;
import org.hotlineperf.security.CurrentPrincipal;
import org.hotlineperf.security.ForbiddenException;
import org.hotlineperf.security.UnauthenticatedException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The command-line batch import ({@code ./hotline import PATH}): imports a document or every document of a
 * folder through {@link ReportImportService}, the code path of the GraphQL mutation, each in its own
 * transaction. It acts as the principal of the bearer token it is given ({@code hotline-perf.import.token}),
 * checked like a request's token, and each document is authorised like the GraphQL mutation. It prints a line per
 * document and a summary (imported / replaced / unchanged / rejected / refused, with the reasons) and exits with 1
 * if any document was rejected or refused, with 2 if the token is missing or invalid (then nothing is read).
 */
@Component
@ConditionalOnProperty("hotline-perf.import.path")
@Order(ImportCommand.ORDER)
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

    /** After the seed loader (which a command-line run normally switches off), before the analytics load. */
    static final int ORDER = SeedDatasetLoader.ORDER + 10;

    private final ImportCommandProperties properties;
    private final ReportImportService importService;
    private final BearerTokens tokens;
    private final PrintStream out;
    private int exitCode;

    ImportCommand(ImportCommandProperties properties, ReportImportService importService, BearerTokens tokens) {
        this.properties = properties;
        this.importService = importService;
        this.tokens = tokens;
        this.out = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.token() == null || properties.token().isBlank()) {
            out.println("Import refused: it needs a bearer token; set HOTLINE_PERF_TOKEN, e.g."
                    + " HOTLINE_PERF_TOKEN=$(./hotline token --role ADMIN) ./hotline import PATH");
            exitCode = 2;
            return;
        }
        Actor actor;
        try {
            actor = tokens.authenticate(properties.token());
        } catch (IllegalArgumentException refused) {
            out.println("Import refused: " + refused.getMessage());
            exitCode = 2;
            return;
        }
        ImportSummary summary = CurrentPrincipal.runAs(actor, () -> importAll(properties.path()));
        out.println(summary);
        exitCode = summary.rejected() + summary.refused() > 0 ? 1 : 0;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Imports the document at {@code path}, or every {@code .json} document under it, in path order. */
    ImportSummary importAll(Path path) {
        List<Path> documents = documents(path);
        Map<ImportOutcome, Integer> outcomes = new EnumMap<>(ImportOutcome.class);
        int rejected = 0;
        int refused = 0;
        for (int i = 0; i < documents.size(); i++) {
            Path document = documents.get(i);
            Path name = document.equals(path) ? document.getFileName() : path.relativize(document);
            String progress = "[" + (i + 1) + "/" + documents.size() + "] " + name + ": ";
            try {
                ImportResult result = importService.importDocument(Files.readString(document, StandardCharsets.UTF_8));
                outcomes.merge(result.outcome(), 1, Integer::sum);
                out.println(progress + result.outcome() + " " + result.reportKey());
            } catch (ReportRejectedException rejection) {
                rejected++;
                out.println(progress + "REJECTED, " + rejection.problems().size() + " problem(s)");
                rejection.problems().forEach(problem ->
                        out.println("    " + problem.path() + " [" + problem.rule() + "] " + problem.message()));
            } catch (UnauthenticatedException | ForbiddenException denied) {
                refused++;
                out.println(progress + "REFUSED: " + denied.getMessage());
            } catch (IOException unreadable) {
                rejected++;
                out.println(progress + "REJECTED, cannot read the file: " + unreadable.getMessage());
            }
        }
        return new ImportSummary(outcomes.getOrDefault(ImportOutcome.IMPORTED, 0),
                outcomes.getOrDefault(ImportOutcome.REPLACED, 0), outcomes.getOrDefault(ImportOutcome.UNCHANGED, 0),
                rejected, refused);
    }

    private static List<Path> documents(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(file -> Files.isRegularFile(file) && file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    /**
     * How many documents a run imported, replaced, found unchanged, rejected (invalid) and refused (not allowed to
     * the principal).
     */
    record ImportSummary(int imported, int replaced, int unchanged, int rejected, int refused) {

        @Override
        public String toString() {
            return "Import finished: " + imported + " imported, " + replaced + " replaced, " + unchanged
                    + " unchanged, " + rejected + " rejected, " + refused + " refused";
        }
    }
}
