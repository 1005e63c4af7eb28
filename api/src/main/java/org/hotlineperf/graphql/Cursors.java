package org.hotlineperf.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursors of the connections: a versioned, typed text ({@code cursor:v1:42}) holding a positive number,
 * base64url-encoded so that clients treat it as opaque. A cursor of another kind or list is refused.
 */
final class Cursors {

    private Cursors() {
    }

    static String encode(String prefix, long value) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((prefix + value).getBytes(StandardCharsets.UTF_8));
    }

    /** The positive number in a cursor with this prefix; anything else is a BAD_REQUEST naming {@code after}. */
    static long decode(String prefix, String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(prefix)) {
                long value = Long.parseLong(text.substring(prefix.length()));
                if (value > 0) {
                    return value;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // NumberFormatException included; reported below with the rule
        }
        throw new InvalidArgumentException("after", "CURSOR",
                "after must be a cursor returned by this list (an edge's cursor or pageInfo.endCursor), was "
                        + InvalidArgumentException.quoted(cursor));
    }
}
