package org.hotlineperf;

import java.util.Map;

/**
 * Types for reading GraphQL response values in tests: a JSON object as a map.
 */
public final class GraphQlTypes {

    /** A JSON object of a response, for {@code entity(...)} and {@code entityList(...)}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static final Class<Map<String, Object>> MAP = (Class) Map.class;

    private GraphQlTypes() {
    }
}
