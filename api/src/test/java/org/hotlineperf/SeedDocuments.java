package org.hotlineperf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * Test helper: import documents made from a seed report under a new report and project key, so that a test can
 * write a report of its own that is as complete as a real one.
 */
public final class SeedDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedDocuments() {
    }

    /** The Fumin seed report (county 530124, Yunnan) as a new report and project with the given key. */
    public static ObjectNode fuminCopy(String key) {
        try (InputStream in = new ClassPathResource("dataset/seeds/fumin-2025-self.json").getInputStream()) {
            ObjectNode document = (ObjectNode) JSON.readTree(in);
            document.put("reportKey", key);
            ((ObjectNode) document.get("project")).put("key", key);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
