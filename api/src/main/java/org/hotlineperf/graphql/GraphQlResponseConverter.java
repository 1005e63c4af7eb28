package org.hotlineperf.graphql;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GraphQL requests as Jackson does and writes GraphQL responses straight to the JSON generator. A response is
 * a tree of maps, lists, strings, numbers and booleans (graphql-java has already coerced every scalar), so walking
 * it directly skips the serializer lookup databind does for every value of every map, which was about a seventh of
 * the server's CPU on a dashboard page (bench/). Any other value, such as a JSON scalar's tree, is written by the
 * mapper as before.
 */
final class GraphQlResponseConverter extends JacksonJsonHttpMessageConverter {

    GraphQlResponseConverter(JsonMapper mapper) {
        super(mapper);
    }

    @Override
    protected void writeInternal(Object object, ResolvableType type, HttpOutputMessage output,
                                 Map<String, Object> hints) throws IOException {
        if (!(object instanceof Map<?, ?>)) {
            super.writeInternal(object, type, output, hints);
            return;
        }
        JsonEncoding encoding = getJsonEncoding(output.getHeaders().getContentType());
        OutputStream body = StreamUtils.nonClosing(output.getBody());
        try (JsonGenerator generator = defaultMapper.createGenerator(body, encoding)) {
            write(generator, object);
        }
    }

    private void write(JsonGenerator generator, Object value) {
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
            default -> defaultMapper.writeValue(generator, value);
        }
    }
}
