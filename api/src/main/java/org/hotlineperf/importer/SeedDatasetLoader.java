package org.hotlineperf.importer;

import static org.hotlineperf.db.Tables.REPORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.hotlineperf.security.Actor;
import org.hotlineperf.security.CurrentPrincipal;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the default dataset, the seed reports shipped with the service, when the database holds no report
 * yet, so that a fresh installation answers queries at once.
 */
@Component
@Order(SeedDatasetLoader.ORDER)
class SeedDatasetLoader implements ApplicationRunner {

    /** Before anything that reads the stored reports at start, such as the analytics load. */
    static final int ORDER = 10;

    private static final Actor PRINCIPAL = Actor.system("system:seed-loader");

    private static final Logger log = LoggerFactory.getLogger(SeedDatasetLoader.class);

    private final SeedDatasetProperties properties;
    private final ReportImportService importService;
    private final DSLContext dsl;

    SeedDatasetLoader(SeedDatasetProperties properties, ReportImportService importService, DSLContext dsl) {
        this.properties = properties;
        this.importService = importService;
        this.dsl = dsl;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled() || dsl.fetchExists(REPORT)) {
            return;
        }
        Resource[] documents = new PathMatchingResourcePatternResolver().getResources(properties.location());
        Arrays.sort(documents, Comparator.comparing(Resource::getFilename));
        for (Resource document : documents) {
            ImportResult result = CurrentPrincipal.runAs(PRINCIPAL, () -> importService.importDocument(read(document)));
            log.info("Seed report {} {}", result.reportKey(), result.outcome());
        }
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed report " + resource.getFilename(), e);
        }
    }
}
