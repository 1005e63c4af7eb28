package org.hotlineperf.graphql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's JSON message converter is {@link GraphQlResponseConverter}: Spring's Jackson converter with a direct
 * path for GraphQL responses. It replaces the Jackson converter in the final list, so that Spring for GraphQL's
 * handler (POST, and GET through {@link GraphQlGetRoute}) and every other endpoint read and write JSON as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlHttpConfiguration {

    @Bean
    ServerHttpMessageConvertersCustomizer graphQlResponseConverterCustomizer(JsonMapper mapper) {
        return builder -> builder.configureMessageConvertersList(converters -> converters.replaceAll(converter ->
                converter.getClass() == JacksonJsonHttpMessageConverter.class
                        ? new GraphQlResponseConverter(mapper) : converter));
    }
}
