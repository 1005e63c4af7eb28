package org.hotlineperf.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers two kinds of malformed request that Spring would fail on with a server error (both found by the fuzz
 * run) with a client error in the GraphQL error shape instead: a {@code Content-Type} with a wildcard such as
 * {@code *}{@code /*} (415; Spring's request headers refuse to hold one), and a GraphQL POST whose body is the JSON
 * literal {@code null} (400; Spring for GraphQL reads it as no request at all). Only the first bytes of a GraphQL
 * body are looked at; every other body passes on unread.
 */
@Component
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final int PEEK = 64;
    private static final ObjectMapper ERROR_WRITER = new ObjectMapper();

    private final String path;

    MalformedRequestFilter(GraphQlProperties properties) {
        this.path = properties.getHttp().getPath();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasWildcardContentType(request)) {
            reject(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type must name one media type such as "
                    + "application/json, was " + InvalidArgumentException.quoted(request.getContentType()));
            return;
        }
        if (!"POST".equals(request.getMethod()) || !path.equals(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        PeekedRequest peeked = new PeekedRequest(request);
        if (peeked.isJsonNull()) {
            reject(response, HttpStatus.BAD_REQUEST, "The request body must be a JSON object with a query, was null");
            return;
        }
        chain.doFilter(peeked, response);
    }

    private static boolean hasWildcardContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType mediaType = MediaType.parseMediaType(contentType);
            return mediaType.isWildcardType() || mediaType.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }

    private static void reject(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(ERROR_WRITER.writeValueAsBytes(Map.of("errors", List.of(Map.of(
                "message", message, "extensions", Map.of(ErrorCodes.CODE, "BAD_REQUEST"))))));
    }

    /** The request with its first bytes read ahead and then served again to whoever reads the body. */
    private static final class PeekedRequest extends HttpServletRequestWrapper {

        private final BufferedInputStream body;
        private final ServletInputStream original;

        PeekedRequest(HttpServletRequest request) throws IOException {
            super(request);
            this.original = request.getInputStream();
            this.body = new BufferedInputStream(original, PEEK + 1);
        }

        boolean isJsonNull() throws IOException {
            body.mark(PEEK + 1);
            byte[] head = body.readNBytes(PEEK + 1);
            body.reset();
            return head.length <= PEEK && new String(head, StandardCharsets.UTF_8).strip().equals("null");
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return body.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return body.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    try {
                        return original.isFinished() && body.available() == 0;
                    } catch (IOException closed) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return original.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    original.setReadListener(listener);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }
    }
}
