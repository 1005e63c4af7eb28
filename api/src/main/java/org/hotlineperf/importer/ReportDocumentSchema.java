package org.hotlineperf.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The published JSON Schema of the import format ({@code dataset/report-document.schema.json}), used as
 * the first, structural check of every document so that the schema and the importer cannot disagree.
 */
@Component
class ReportDocumentSchema {

    static final String LOCATION = "dataset/report-document.schema.json";

    private final Schema schema;

    ReportDocumentSchema() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH)
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + LOCATION, e);
        }
    }

    List<ImportProblem> validate(JsonNode document) {
        return schema.validate(document).stream().map(ReportDocumentSchema::toProblem).toList();
    }

    private static ImportProblem toProblem(Error error) {
        String path = error.getInstanceLocation().toString();
        if (error.getProperty() != null && "required".equals(error.getKeyword())) {
            path = path + "." + error.getProperty();
        }
        String message = error.getMessage();
        String prefix = error.getInstanceLocation() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        return new ImportProblem(path, error.getKeyword(), message);
    }
}
