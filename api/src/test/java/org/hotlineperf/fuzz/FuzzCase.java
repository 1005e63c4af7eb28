package org.hotlineperf.fuzz;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request: what it is ({@code kind} and a short {@code label}), how to send it, and whether it may
 * legitimately write (a mutation that the server may accept).
 *
 * @param headers request headers besides the body's content type; a {@code null} content type sends none
 * @param raw     for {@link Transport#RAW} the exact bytes to write to the socket (the other fields are unused)
 */
record FuzzCase(int index, String kind, String label, Transport transport, String method, String path,
                String contentType, Map<String, String> headers, byte[] body, byte[] raw, boolean mayWrite) {

    /** How the case reaches the server. */
    enum Transport {
        /** Through an HTTP client, so the request line and headers are well-formed. */
        HTTP,
        /** Written byte for byte to a socket, for malformed request lines and headers. */
        RAW
    }

    static FuzzCase http(String kind, String label, String method, String path, String contentType,
                         Map<String, String> headers, String body, boolean mayWrite) {
        return new FuzzCase(0, kind, label, Transport.HTTP, method, path, contentType, headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), null, mayWrite);
    }

    static FuzzCase bytes(String kind, String label, String contentType, byte[] body) {
        return new FuzzCase(0, kind, label, Transport.HTTP, "POST", "/graphql", contentType, Map.of(), body, null,
                false);
    }

    static FuzzCase raw(String kind, String label, String request) {
        return new FuzzCase(0, kind, label, Transport.RAW, null, null, null, Map.of(), null,
                request.getBytes(StandardCharsets.ISO_8859_1), false);
    }

    FuzzCase numbered(int number) {
        return new FuzzCase(number, kind, label, transport, method, path, contentType, headers, body, raw, mayWrite);
    }

    /** Everything the client sent, as text, to tell an echo of the client's own input from a leak. */
    String sentText() {
        byte[] sent = transport == Transport.RAW ? raw : body;
        String text = sent == null ? "" : new String(sent, StandardCharsets.UTF_8);
        return (path == null ? "" : path + "\n" + decoded(path)) + "\n" + text;
    }

    /** The path decoded as a path (a plus is a plus) and as a query string (a plus is a space). */
    private static String decoded(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8) + "\n"
                    + URLDecoder.decode(path, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return path;
        }
    }

    /** A short description for the report: number, kind, label and the start of the request. */
    String describe() {
        String sent = sentText().replace('\n', ' ');
        return "#" + index + " " + kind + "/" + label + " " + (method == null ? "" : method + " ")
                + (contentType == null ? "" : "[" + contentType + "] ")
                + (sent.length() > 300 ? sent.substring(0, 300) + "…" : sent);
    }
}
