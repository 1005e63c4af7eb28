package org.hotlineperf.importer;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The command-line import: a report document, or a folder whose {@code .json} documents (in its subfolders too)
 * are imported in path order, and the bearer token of the principal who imports them ({@code ./hotline import}
 * passes {@code HOTLINE_PERF_TOKEN}).
 *
 * @param path  the document or folder
 * @param token a bearer token, checked like a request's; its principal must be allowed to import each document
 */
@ConfigurationProperties("hotline-perf.import")
public record ImportCommandProperties(Path path, String token) {
}
