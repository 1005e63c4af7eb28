package org.hotlineperf.analytics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hotlineperf.consistency.FlagCode;
import org.hotlineperf.consistency.FlagSeverity;
import org.hotlineperf.graphql.InvalidArgumentException;
import org.hotlineperf.graphql.ServiceUnavailableException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads of the comparisons and the flag counts as CSV or XLSX: {@code GET
 * /analytics/export/{comparison}.{csv|xlsx}} with the filter of {@code ComparisonFilter} as query parameters
 * ({@code code} for indicator-comparison, {@code measure} for trend; optionally {@code code} and {@code severity}
 * for flag-counts). Bad parameters get a 400 naming the parameter and the rule, in the GraphQL error shape; a
 * store not loaded yet a 503 with code UNAVAILABLE.
 */
@RestController
class ComparisonExportController {

    private static final List<String> LEVELS = List.of("PROVINCE", "PREFECTURE", "COUNTY");
    private static final List<String> EVALUATION_KINDS = List.of("SELF", "DEPARTMENT", "THIRD_PARTY");

    private final Comparisons comparisons;
    private final FlagCounts flagCounts;
    private final ComparisonFilters filters;

    ComparisonExportController(Comparisons comparisons, FlagCounts flagCounts, ComparisonFilters filters) {
        this.comparisons = comparisons;
        this.flagCounts = flagCounts;
        this.filters = filters;
    }

    @GetMapping("/analytics/export/{comparison}.{format}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String comparison, @PathVariable String format,
                                                 @RequestParam(required = false) String regionCode,
                                                 @RequestParam(required = false) String level,
                                                 @RequestParam(required = false) Integer fiscalYearFrom,
                                                 @RequestParam(required = false) Integer fiscalYearTo,
                                                 @RequestParam(required = false) String evaluationKind,
                                                 @RequestParam(required = false) String code,
                                                 @RequestParam(required = false) String severity,
                                                 @RequestParam(required = false) String measure) {
        ComparisonExport export = ComparisonExport.bySlug(comparison).orElseThrow(() ->
                new InvalidArgumentException("comparison", "KNOWN_COMPARISON",
                        "comparison must be one of " + ComparisonExport.slugs() + ", was "
                                + InvalidArgumentException.quoted(comparison)));
        ExportFormat exportFormat = ExportFormat.byExtension(format).orElseThrow(() ->
                new InvalidArgumentException("format", "KNOWN_FORMAT",
                        "format must be csv or xlsx, was " + InvalidArgumentException.quoted(format)));
        oneOf("level", level, LEVELS);
        oneOf("evaluationKind", evaluationKind, EVALUATION_KINDS);
        ComparisonFilter filter = filters.validated(new ComparisonFilter(regionCode, level, fiscalYearFrom,
                fiscalYearTo, evaluationKind));
        ComparisonExport.Request request = new ComparisonExport.Request(filter, code(export, code),
                export == ComparisonExport.FLAG_COUNTS ? enumValue("severity", severity, FlagSeverity.class) : null,
                export == ComparisonExport.TREND ? trendMeasure(measure) : null);
        ExportTable table = export.table(comparisons, flagCounts, request);
        return ResponseEntity.ok()
                .contentType(exportFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("hotline-perf-" + table.name() + "." + exportFormat.extension(),
                                StandardCharsets.UTF_8)
                        .build().toString())
                .body(out -> exportFormat.write(table, out));
    }

    @ExceptionHandler(InvalidArgumentException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidArgumentException invalid) {
        return badRequest(invalid.getMessage(), invalid.argument(), invalid.rule());
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    ResponseEntity<Map<String, Object>> unavailable(ServiceUnavailableException unavailable) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", List.of(Map.of(
                        "message", unavailable.getMessage(), "extensions", Map.of("code", "UNAVAILABLE")))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException mismatch) {
        return badRequest(mismatch.getName() + " must be a whole number, was "
                + InvalidArgumentException.quoted(String.valueOf(mismatch.getValue())), mismatch.getName(), "TYPE");
    }

    /** The catalogue code of an indicator comparison, or the flag code of the flag counts (optional there). */
    private String code(ComparisonExport export, String code) {
        return switch (export) {
            case INDICATOR_COMPARISON -> filters.catalogueCode(code);
            case FLAG_COUNTS -> enumValue("code", code, FlagCode.class);
            default -> null;
        };
    }

    private static <E extends Enum<E>> String enumValue(String parameter, String value, Class<E> type) {
        oneOf(parameter, value, Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        return value;
    }

    private static TrendMeasure trendMeasure(String measure) {
        enumValue("measure", measure, TrendMeasure.class);
        if (measure == null) {
            throw new InvalidArgumentException("measure", "REQUIRED", "measure is required for the trend export");
        }
        return TrendMeasure.valueOf(measure);
    }

    private static void oneOf(String parameter, String value, List<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new InvalidArgumentException(parameter, "KNOWN_VALUE", parameter + " must be one of "
                    + String.join(", ", allowed) + ", was " + InvalidArgumentException.quoted(value));
        }
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String message, String argument, String rule) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("errors", List.of(
                Map.of("message", message, "extensions", Map.of("code", "BAD_REQUEST", "argument", argument,
                        "rule", rule)))));
    }
}
