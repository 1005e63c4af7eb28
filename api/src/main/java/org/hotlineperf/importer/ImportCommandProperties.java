package org.hotlineperf.importer;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The command-line import: a report document, or a folder whose {@code .json} documents (in its subfolders too)
 * are imported in path order.
 */
@ConfigurationProperties("hotline-perf.import")
public record ImportCommandProperties(Path path) {
}
