package org.hotlineperf.graphql;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GraphQL response tree as JSON. A response is a tree of maps, lists, strings, numbers and booleans
 * (graphql-java has already coerced every scalar), so walking it directly skips the serializer lookup databind
 * does for every value of every map, which was about a seventh of the server's CPU on a dashboard page (bench/).
 * Any other value, such as a JSON scalar's tree, is written by the generator's mapper.
 */
final class ResponseJson {

    private ResponseJson() {
    }

    /** The tree as UTF-8 JSON. */
    static byte[] bytes(JsonMapper mapper, Object tree) {
        ByteArrayOutputStream json = new ByteArrayOutputStream(8192);
        try (JsonGenerator generator = mapper.createGenerator(json, JsonEncoding.UTF8)) {
            write(generator, tree);
        }
        return json.toByteArray();
    }

    static void write(JsonGenerator generator, Object value) {
        switch (value) {
            case null -> generator.writeNull();
            case String text -> generator.writeString(text);
            case Map<?, ?> map -> {
                generator.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    generator.writeName(String.valueOf(entry.getKey()));
                    write(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            case List<?> list -> {
                generator.writeStartArray();
                for (Object element : list) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case Integer number -> generator.writeNumber(number);
            case Long number -> generator.writeNumber(number);
            case Double number -> generator.writeNumber(number);
            case BigDecimal number -> generator.writeNumber(number);
            case Boolean flag -> generator.writeBoolean(flag);
            default -> generator.writePOJO(value);
        }
    }
}
