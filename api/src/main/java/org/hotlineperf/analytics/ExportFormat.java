package org.hotlineperf.analytics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * The download formats of a comparison. CSV is UTF-8 with a byte-order mark, so that Excel shows Chinese text
 * correctly when it opens the file; XLSX keeps numbers as numbers and is written in streaming mode.
 */
enum ExportFormat {

    CSV("csv", new MediaType("text", "csv", StandardCharsets.UTF_8)) {
        @Override
        void write(ExportTable table, OutputStream out) throws IOException {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                    .setHeader(table.headers().toArray(String[]::new)).get())) {
                for (List<Object> row : table.rows()) {
                    printer.printRecord(row.stream().map(ExportFormat::text).toList());
                }
            }
        }
    },
    XLSX("xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
        @Override
        void write(ExportTable table, OutputStream out) throws IOException {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
                Sheet sheet = workbook.createSheet(table.name());
                Row header = sheet.createRow(0);
                for (int column = 0; column < table.headers().size(); column++) {
                    header.createCell(column).setCellValue(table.headers().get(column));
                }
                for (int index = 0; index < table.rows().size(); index++) {
                    Row row = sheet.createRow(index + 1);
                    List<Object> values = table.rows().get(index);
                    for (int column = 0; column < values.size(); column++) {
                        fill(row.createCell(column), values.get(column));
                    }
                }
                workbook.write(out);
            }
        }
    };

    private final String extension;
    private final MediaType mediaType;

    ExportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    abstract void write(ExportTable table, OutputStream out) throws IOException;

    static Optional<ExportFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            default -> value.toString();
        };
    }

    private static void fill(Cell cell, Object value) {
        switch (value) {
            case null -> cell.setBlank();
            case Number number -> cell.setCellValue(number.doubleValue());
            case Boolean flag -> cell.setCellValue(flag);
            default -> cell.setCellValue(value.toString());
        }
    }
}
