package org.hotlineperf.graphql;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GraphQL requests as Jackson does and writes GraphQL responses straight to the JSON generator
 * ({@link ResponseJson}); a response already written ({@link SerializedResponse}) is sent as its bytes.
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
        if (object instanceof SerializedResponse serialized && encoding == JsonEncoding.UTF8) {
            output.getBody().write(serialized.json());
            return;
        }
        OutputStream body = StreamUtils.nonClosing(output.getBody());
        try (JsonGenerator generator = defaultMapper.createGenerator(body, encoding)) {
            ResponseJson.write(generator, object);
        }
    }
}
