package org.hotlineperf.analytics;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the text codes of a score comparison's rows back into text (text_code.sql). A whole national comparison
 * returns 200,000 kinds, grades and group names of a few dozen distinct texts; read as codes instead of text, its two
 * queries take half the time. Each code is looked up in the dictionary of the snapshot the rows come from
 * (text_codes.sql), so that a text is never taken from other contents; the dictionary of the latest version is kept,
 * and read again only after a write. A code that two texts share is ambiguous: the queries return those texts
 * themselves.
 */
final class TextCodes {

    private volatile Dictionary latest;

    /** The dictionary of the contents the snapshot sees. */
    Dictionary of(AnalyticsStore.Snapshot snapshot) throws SQLException {
        String version = snapshot.version();
        Dictionary kept = latest;
        if (kept != null && version != null && version.equals(kept.version)) {
            return kept;
        }
        Dictionary read = new Dictionary(version, snapshot.queryFile("text_codes.sql", List.of(),
                row -> new Entry(row.getLong("code"), row.getLong("texts") == 1 ? row.text("text") : null)));
        if (version != null) {
            latest = read;
        }
        return read;
    }

    private record Entry(long code, String text) {
    }

    /** The codes of one version of the store's contents, ordered, with their texts (null where ambiguous). */
    static final class Dictionary {

        private final String version;
        private final long[] codes;
        private final String[] texts;
        private final List<Long> ambiguousCodes;

        private Dictionary(String version, List<Entry> entries) {
            this.version = version;
            this.codes = new long[entries.size()];
            this.texts = new String[entries.size()];
            List<Long> ambiguous = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                codes[i] = entries.get(i).code();
                texts[i] = entries.get(i).text();
                if (texts[i] == null) {
                    ambiguous.add(codes[i]);
                }
            }
            this.ambiguousCodes = List.copyOf(ambiguous);
        }

        /** The codes that the queries must return as text (their parameter after the filter's). */
        List<Long> ambiguousCodes() {
            return ambiguousCodes;
        }

        /** The text of a row: the text its code stands for or, where the code is ambiguous, the text beside it. */
        String text(Row row, String codeLabel, String textLabel) throws SQLException {
            long code = row.getLong(codeLabel);
            if (row.wasNull()) {
                return null;
            }
            int at = Arrays.binarySearch(codes, code);
            if (at >= 0 && texts[at] != null) {
                return texts[at];
            }
            String text = row.text(textLabel);
            if (text == null) {
                throw new IllegalStateException("Text code " + code + " is neither in the dictionary of version "
                        + version + " nor ambiguous");
            }
            return text;
        }
    }
}
