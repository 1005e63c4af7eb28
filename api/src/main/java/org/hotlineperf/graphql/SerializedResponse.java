package org.hotlineperf.graphql;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A GraphQL response's specification map together with its UTF-8 JSON, written once: {@link ResponseCache} keeps
 * it, and {@link GraphQlResponseConverter} sends the bytes as they are instead of writing the tree again. To
 * everything else it is the map itself.
 */
final class SerializedResponse extends AbstractMap<String, Object> {

    private final Map<String, Object> specification;
    private final byte[] json;

    SerializedResponse(Map<String, Object> specification, byte[] json) {
        this.specification = specification;
        this.json = json;
    }

    byte[] json() {
        return json;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return specification.entrySet();
    }
}
