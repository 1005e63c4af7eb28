package org.hotlineperf.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps parsed and validated query documents, so that a dashboard sending the same query again and again (with
 * other variables) is parsed and validated once. Parsing and validation depend on the query text and the schema
 * only; the query limits ({@link QueryLimits}), which depend on the variables, are checked here for every request,
 * kept document or not. The cache is bounded by the total length of the queries it holds, so that large or
 * one-off documents cannot fill the heap.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocumentCache {

    /** Total query characters kept; a parsed document takes some tens of bytes per character. */
    private static final long MAX_QUERY_CHARACTERS = 1_000_000;

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCacheCustomizer(QueryLimits limits) {
        Cache<String, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
                .maximumWeight(MAX_QUERY_CHARACTERS)
                .weigher((String query, PreparsedDocumentEntry entry) -> query.length())
                .build();
        PreparsedDocumentProvider provider = new PreparsedDocumentProvider() {
            @Override
            public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
                    ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
                PreparsedDocumentEntry document = documents.get(input.getQuery(),
                        query -> parseAndValidate.apply(input));
                return CompletableFuture.completedFuture(limits.check(input, document));
            }
        };
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }
}
