package org.hotlineperf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * Test helper: a seed report document under a new report and project key, so a test can import, edit and
 * replace it without touching the seed reports other tests read.
 */
public final class SeedDocuments {

    private SeedDocuments() {
    }

    /** The seed document {@code file} (e.g. "fumin-2025-self.json") with report and project key {@code key}. */
    public static ObjectNode copyOf(String file, String key) {
        try (InputStream seed = new ClassPathResource("dataset/seeds/" + file).getInputStream()) {
            ObjectNode document = (ObjectNode) new ObjectMapper().readTree(seed);
            document.put("reportKey", key);
            ((ObjectNode) document.get("project")).put("key", key);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
