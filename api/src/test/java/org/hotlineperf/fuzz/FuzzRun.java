package org.hotlineperf.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends fuzz cases to a running server one at a time and judges each answer: no 5xx, no INTERNAL_ERROR, no stack
 * trace, exception or class name, no SQL or database message in the body (unless it merely repeats what the client
 * sent), an {@code extensions.code} on every GraphQL error, and no change to the database unless the request was a
 * write the server acknowledged. Counts answers by status and by error class.
 */
final class FuzzRun {

    /** What must never reach a client. Matched case-insensitively; an echo of the client's own input is allowed. */
    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"),
            Pattern.compile("\\b[a-z][\\w$]*(\\.[a-z][\\w$]*)*\\.[A-Z]\\w*(Exception|Error)\\b"),
            Pattern.compile("\\b(exception|throwable|caused by|stack ?trace)\\b"),
            Pattern.compile("\\b(java|javax|jakarta|sun)\\.[a-z]+\\."),
            Pattern.compile("\\b(org\\.(springframework|hotlineperf|jooq|postgresql|duckdb|apache|hibernate)"
                    + "|com\\.(zaxxer|fasterxml)|graphql\\.(execution|schema|language|validation))\\b"),
            Pattern.compile("\\bselect\\b[^\"]{0,200}\\bfrom\\b"),
            Pattern.compile("\\b(insert\\s+into|delete\\s+from|update\\s+\\S+\\s+set|create\\s+table|drop\\s+table)\\b"),
            Pattern.compile("\\b(sqlstate|psqlexception|hikari|jdbc|duckdb|jooq|pg_catalog|duplicate key|violates"
                    + "|syntax error at|relation \"|apache tomcat|tomcat/)"));

    /** The codes of docs/decisions.md and the README; anything else in {@code extensions.code} is a finding. */
    private static final Set<String> CODES = Set.of("BAD_REQUEST", "NOT_FOUND", "UNAUTHORIZED", "FORBIDDEN",
            "CONFLICT", "UNAVAILABLE", "TIMEOUT", "RATE_LIMITED", "REQUEST_TOO_LARGE", "INTERNAL_ERROR");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final Supplier<Map<String, String>> fingerprint;
    private final Map<String, Integer> byStatus = new TreeMap<>();
    private final Map<String, Integer> byClass = new TreeMap<>();
    private final Map<String, Integer> byKind = new TreeMap<>();
    private final Map<String, String> examples = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int acceptedWrites;
    private Map<String, String> lastFingerprint;

    FuzzRun(int port, Supplier<Map<String, String>> fingerprint) {
        this.port = port;
        this.fingerprint = fingerprint;
        this.lastFingerprint = fingerprint.get();
    }

    void run(FuzzCase fuzzCase) {
        byKind.merge(fuzzCase.kind(), 1, Integer::sum);
        Answer answer;
        try {
            answer = fuzzCase.transport() == FuzzCase.Transport.RAW ? sendRaw(fuzzCase) : send(fuzzCase);
        } catch (IOException e) {
            answer = new Answer(-1, "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String status = answer.status() < 0 ? "no answer" : String.valueOf(answer.status());
        byStatus.merge(status, 1, Integer::sum);
        List<String> codes = errorCodes(answer);
        String errorClass = codes == null ? (answer.status() < 0 ? "no answer" : "HTTP " + status)
                : codes.isEmpty() ? "no error" : String.join("+", codes.stream().distinct().sorted().toList());
        byClass.merge(errorClass, 1, Integer::sum);
        examples.putIfAbsent(errorClass, fuzzCase.describe());
        judge(fuzzCase, answer, codes);
    }

    private void judge(FuzzCase fuzzCase, Answer answer, List<String> codes) {
        // 505 is HTTP's own answer to a request line in a version the server does not speak, sent by the connector
        if (answer.status() >= 500 && !(answer.status() == 505 && fuzzCase.label().equals("http-version"))) {
            fail(fuzzCase, "status " + answer.status(), answer);
        }
        if (codes != null && codes.contains("INTERNAL_ERROR")) {
            fail(fuzzCase, "INTERNAL_ERROR", answer);
        }
        if (codes != null && !CODES.containsAll(codes)) {
            fail(fuzzCase, "a GraphQL error without one of the codes " + CODES, answer);
        }
        String leak = leak(answer.body(), fuzzCase.sentText());
        if (leak != null) {
            fail(fuzzCase, "leaks \"" + leak + "\"", answer);
        }
        Map<String, String> now = fingerprint.get();
        if (!now.equals(lastFingerprint)) {
            if (fuzzCase.mayWrite() && codes != null && codes.isEmpty() && answer.status() == 200) {
                acceptedWrites++;
            } else {
                fail(fuzzCase, "the database changed although the request was rejected: " + difference(now), answer);
            }
            lastFingerprint = now;
        }
    }

    private Answer send(FuzzCase fuzzCase) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + fuzzCase.path()))
                .timeout(Duration.ofSeconds(60))
                .method(fuzzCase.method(), fuzzCase.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(fuzzCase.body()));
        if (fuzzCase.contentType() != null) {
            request.header("Content-Type", fuzzCase.contentType());
        }
        fuzzCase.headers().forEach((name, value) -> {
            if (!value.isEmpty()) {
                request.header(name, value);
            }
        });
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                new String(response.body(), StandardCharsets.UTF_8));
    }

    private Answer sendRaw(FuzzCase fuzzCase) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(fuzzCase.raw());
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    received.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException | java.net.SocketException closed) {
                // what arrived before the server closed or went quiet is the answer
            }
            String text = received.toString(StandardCharsets.UTF_8);
            Matcher statusLine = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(text);
            int split = text.indexOf("\r\n\r\n");
            return new Answer(statusLine.find() ? Integer.parseInt(statusLine.group(1)) : -1, "",
                    split < 0 ? text : text.substring(split + 4));
        }
    }

    /** The {@code extensions.code} of each GraphQL error (null where missing); null if the body is not GraphQL. */
    private static List<String> errorCodes(Answer answer) {
        if (!answer.body().startsWith("{")) {
            return null;
        }
        JsonNode json;
        try {
            json = FuzzValues.JSON.readTree(answer.body());
        } catch (IOException notJson) {
            return null;
        }
        if (!json.has("errors") && !json.has("data")) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        json.path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asText(null)));
        return codes;
    }

    /** The first leak in the body that is not an echo of what the client sent. */
    static String leak(String body, String sent) {
        String lowerBody = body.toLowerCase();
        String lowerSent = sent.toLowerCase();
        for (Pattern pattern : LEAKS) {
            Matcher matcher = Pattern.compile(pattern.pattern(), Pattern.CASE_INSENSITIVE).matcher(lowerBody);
            while (matcher.find()) {
                if (!lowerSent.contains(matcher.group())) {
                    return matcher.group();
                }
            }
        }
        return null;
    }

    private String difference(Map<String, String> now) {
        List<String> changed = new ArrayList<>();
        now.forEach((table, state) -> {
            if (!state.equals(lastFingerprint.get(table))) {
                changed.add(table + " " + lastFingerprint.get(table) + " -> " + state);
            }
        });
        return String.join("; ", changed);
    }

    private void fail(FuzzCase fuzzCase, String why, Answer answer) {
        String body = answer.body().length() > 500 ? answer.body().substring(0, 500) + "…" : answer.body();
        failures.add(why + " in " + fuzzCase.describe() + "\n    answer " + answer.status() + " " + body);
    }

    List<String> failures() {
        return failures;
    }

    /** The summary lines: counts by kind, by status and by error class, accepted writes and failures. */
    List<String> summary(int cases, long seed, Duration took) {
        return List.of(
                String.format("FUZZ %d cases, seed %d, %.1f s", cases, seed, took.toMillis() / 1000.0),
                "FUZZ by kind: " + byKind,
                "FUZZ by status: " + byStatus,
                "FUZZ by error class: " + byClass,
                "FUZZ writes acknowledged: " + acceptedWrites + ", rejected requests that wrote: "
                        + failures.stream().filter(failure -> failure.startsWith("the database changed")).count(),
                "FUZZ failures: " + failures.size());
    }

    /** One case per error class, so that a reader sees what each class stands for. */
    Map<String, String> examples() {
        return examples;
    }

    private record Answer(int status, String contentType, String body) {
    }
}
