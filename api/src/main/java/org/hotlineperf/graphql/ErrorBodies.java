package org.hotlineperf.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;

/**
 * Errors that the HTTP layer answers before GraphQL runs (401, 413, 429), written in the shape of a GraphQL
 * response, {@code {"errors": [{"message": ..., "extensions": {"code": ..., ...}}]}}, so that clients read every
 * error the same way.
 */
public final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /** Sets the status and writes one error with {@code extensions.code} and the given details. */
    public static void write(HttpServletResponse response, int status, String code, String message,
                             Map<String, Object> details) throws IOException {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.CODE, code);
        extensions.putAll(details);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("errors", List.of(Map.of("message", message,
                "extensions", extensions))));
    }
}
