package org.hotlineperf.analytics;

import java.sql.SQLException;
import java.util.ArrayList;
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

    /**
     * The codes of one version of the store's contents with their texts (null where ambiguous), in an open-addressing
     * table: a whole comparison looks up 200,000 codes, and a binary search mispredicted its way to a tenth of the
     * comparison's Java time.
     */
    static final class Dictionary {

        private final String version;
        private final long[] codes;
        private final String[] texts;
        private final boolean[] filled;
        private final int mask;
        private final List<Long> ambiguousCodes;

        private Dictionary(String version, List<Entry> entries) {
            this.version = version;
            int size = Integer.highestOneBit(Math.max(16, entries.size() * 4));
            this.codes = new long[size];
            this.texts = new String[size];
            this.filled = new boolean[size];
            this.mask = size - 1;
            List<Long> ambiguous = new ArrayList<>();
            for (Entry entry : entries) {
                int slot = slot(entry.code());
                codes[slot] = entry.code();
                texts[slot] = entry.text();
                filled[slot] = true;
                if (entry.text() == null) {
                    ambiguous.add(entry.code());
                }
            }
            this.ambiguousCodes = List.copyOf(ambiguous);
        }

        /** The slot of the code, or the empty slot where it would go. */
        private int slot(long code) {
            int slot = (int) code & mask;
            while (filled[slot] && codes[slot] != code) {
                slot = (slot + 1) & mask;
            }
            return slot;
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
            int slot = slot(code);
            if (filled[slot] && texts[slot] != null) {
                return texts[slot];
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
