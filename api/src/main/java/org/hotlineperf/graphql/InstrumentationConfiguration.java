package org.hotlineperf.graphql;

import graphql.execution.instrumentation.Instrumentation;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands graphql-java a lone instrumentation (Spring's observation instrumentation) as it is. Spring for GraphQL
 * wraps the instrumentation beans in a {@code ChainedInstrumentation} even when there is only one, and
 * graphql-java then allocates and walks a list of contexts around every field of every response, a measurable
 * share of a dashboard page's CPU (docs/decisions.md). With several instrumentations the chain stays.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationConfiguration {

    @Bean
    GraphQlSourceBuilderCustomizer loneInstrumentationCustomizer(ObjectProvider<Instrumentation> instrumentations) {
        return builder -> {
            List<Instrumentation> all = instrumentations.orderedStream().toList();
            if (all.size() == 1) {
                builder.configureGraphQl(graphQl -> graphQl.instrumentation(all.getFirst()));
            }
        };
    }
}
