package org.hotlineperf.limits;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a GraphQL request that runs longer than {@code hotline-perf.limits.graphql-request-timeout} with
 * {@code data: null} and one error, {@code extensions.code: TIMEOUT} with {@code timeoutSeconds}, instead of
 * letting the client wait. Work already started is not interrupted (blocking JDBC cannot be), but the statement
 * timeout bounds what the database spends on it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GraphQlTimeoutInterceptor implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(GraphQlTimeoutInterceptor.class);

    private final Duration timeout;

    GraphQlTimeoutInterceptor(LimitsProperties limits) {
        this.timeout = limits.graphqlRequestTimeout();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
    }

    private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
        long seconds = Math.max(1, timeout.toSeconds());
        log.warn("GraphQL request {} timed out after {}", request.getId(), timeout);
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .data(null)
                .addError(GraphqlErrorBuilder.newError()
                        .message("The request did not finish within its time limit of " + seconds + " s and was"
                                + " answered without data; ask for less (narrower filters, smaller pages) and try again")
                        .extensions(Map.of("code", "TIMEOUT", "timeoutSeconds", seconds))
                        .build())
                .build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
    }
}
