package org.hotlineperf.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The CSV and XLSX downloads over HTTP, parsed back: the same rows and figures as the GraphQL comparisons, UTF-8
 * with a byte-order mark for Excel, the right content types and file names, and 400s that name the parameter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComparisonExportTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void budgetExecutionAsCsvWithChineseTextAndExactMoney() throws Exception {
        HttpResponse<byte[]> response = get("budget-execution.csv?regionCode=430700");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment;").contains("hotline-perf-budget-execution.csv"));
        byte[] body = response.body();
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records).extracting(record -> record.get("fiscalYear")).containsExactly("2018", "2019", "2020", "");
        assertThat(records.getFirst().get("regionName")).isEqualTo("常德市");
        assertThat(records.getFirst().get("expenditure")).isEqualTo("610500.00");
        assertThat(Double.parseDouble(records.getFirst().get("overrunRatio"))).isBetween(0.12635, 0.12645);
    }

    @Test
    void unitCostsAsXlsxKeepNumbersAsNumbers() throws Exception {
        HttpResponse<byte[]> response = get("unit-costs.xlsx?regionCode=430700&fiscalYearFrom=2020");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet sheet = workbook.getSheet("unit-costs");
            Row header = sheet.getRow(0);
            Row changde2020 = sheet.getRow(1);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("costPerCall");
            assertThat(changde2020.getCell(2).getStringCellValue()).isEqualTo("常德市市长热线经费");
            assertThat(changde2020.getCell(5).getNumericCellValue()).isEqualTo(2020);
            assertThat(changde2020.getCell(10).getNumericCellValue()).isBetween(10.655, 10.665);
        }
    }

    @Test
    void flagCountsDownloadAsCsvAndXlsxWithTheirFilter() throws Exception {
        HttpResponse<byte[]> csv = get("flag-counts.csv?regionCode=430700");

        assertThat(csv.statusCode()).isEqualTo(200);
        byte[] body = csv.body();
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(body, 3, body.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertThat(records).extracting(record -> record.get("fiscalYear") + " " + record.get("byCode"))
                .containsExactly(" STATED_RATE_CONTRADICTS_FIGURES 1",
                        "2018 BUDGET_OVERRUN 1; CHARGED_TO_OTHER_FUNDS 1",
                        "2019 BUDGET_OVERRUN 1; CHARGED_TO_OTHER_FUNDS 1",
                        "2020 BUDGET_OVERRUN 1; CHARGED_TO_OTHER_FUNDS 1");
        assertThat(records.getFirst().get("regionName")).isEqualTo("常德市");
        assertThat(records.getFirst().get("errors")).isEqualTo("1");

        HttpResponse<byte[]> xlsx = get("flag-counts.xlsx?regionCode=430700&code=BUDGET_OVERRUN&severity=WARNING");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("flag-counts");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2018);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(3).getCell(9).getStringCellValue()).isEqualTo("BUDGET_OVERRUN 1");
        }
    }

    @Test
    void everyComparisonDownloadsInBothFormats() throws Exception {
        for (String comparison : List.of("unit-costs", "budget-execution", "score-comparison",
                "indicator-comparison?code=CONNECTION_RATE", "trend?measure=EXECUTION_RATE", "deductions",
                "flag-counts")) {
            for (String format : List.of("csv", "xlsx")) {
                String path = comparison.contains("?") ? comparison.replace("?", "." + format + "?")
                        : comparison + "." + format;
                assertThat(get(path).statusCode()).as(path).isEqualTo(200);
            }
        }
    }

    @Test
    void badParametersAreNamed() throws Exception {
        assertBadRequest("budget-execution.csv?regionCode=999999", "\"argument\":\"filter.regionCode\"");
        assertBadRequest("budget-execution.csv?fiscalYearFrom=abc", "\"argument\":\"fiscalYearFrom\"");
        assertBadRequest("budget-execution.csv?level=CITY", "\"argument\":\"level\"");
        assertBadRequest("budget-execution.pdf", "\"argument\":\"format\"");
        assertBadRequest("salaries.csv", "\"argument\":\"comparison\"");
        assertBadRequest("indicator-comparison.csv", "\"argument\":\"code\"");
        assertBadRequest("trend.csv", "\"argument\":\"measure\"");
        assertBadRequest("flag-counts.csv?code=TOO_LOUD", "\"argument\":\"code\"");
        assertBadRequest("flag-counts.csv?severity=LOUD", "\"argument\":\"severity\"");
    }

    private void assertBadRequest(String path, String argument) throws Exception {
        HttpResponse<byte[]> response = get(path);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(body).as(path).contains("\"code\":\"BAD_REQUEST\"").contains(argument)
                .doesNotContainIgnoringCase("exception");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/analytics/export/" + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
