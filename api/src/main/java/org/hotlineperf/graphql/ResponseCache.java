package org.hotlineperf.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the answers of queries that read PostgreSQL only ({@link PostgresReads}), each with the PostgreSQL
 * snapshot it was computed in, and answers the same request again from it while PostgreSQL's current snapshot is
 * still that one. A snapshot changes whenever any write commits, by this process or any other, so a kept answer is
 * never older than the data: a request sees every write that committed before it, as without the cache. The cost
 * of a kept answer is one statement instead of the request's own (a dashboard page: five statements and some
 * 3,300 fields), which is what lets dashboards that many people open stay fast (docs/decisions.md).
 *
 * <p>An answer is kept only when it has no errors and the snapshot did not change while it was computed, so it is
 * exactly what a request in that snapshot gets. It is kept with the JSON the server sends
 * ({@link SerializedResponse}), written once: writing it was most of what a kept answer still cost. Requests are
 * the same when their document, operation name, variables and extensions are; reads do not depend on who asks. A
 * request with {@code Cache-Control: no-cache} or {@code no-store} is always computed, and its answer not kept.
 * Answers are bounded by their estimated size.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "hotline-perf.graphql.response-cache.enabled", matchIfMissing = true)
class ResponseCache implements WebGraphQlInterceptor {

    private final DatabaseSnapshots snapshots;
    private final JsonMapper json;
    private final PostgresReads reads = new PostgresReads();
    private final Cache<Request, Answer> answers;
    private final Counter hits;
    private final Counter misses;

    ResponseCache(DatabaseSnapshots snapshots, JsonMapper json, ResponseCacheProperties properties,
                  MeterRegistry meters) {
        this.snapshots = snapshots;
        this.json = json;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((Request request, Answer answer) -> answer.weight())
                .build();
        this.hits = counter(meters, "hit");
        this.misses = counter(meters, "miss");
    }

    private static Counter counter(MeterRegistry meters, String result) {
        return Counter.builder("graphql.response.cache")
                .description("Queries of PostgreSQL data answered from a kept answer (hit) or computed (miss)")
                .tag("result", result)
                .register(meters);
    }

    private record Request(String document, String operationName, Map<String, Object> variables,
                           Map<String, Object> extensions) {
    }

    private record Answer(String snapshot, ExecutionResult result, SerializedResponse body, int weight) {
    }

    /** A response that the server sends as the JSON written when it was kept. */
    private static final class KeptResponse extends WebGraphQlResponse {

        private final SerializedResponse body;

        KeptResponse(ExecutionGraphQlResponse response, SerializedResponse body) {
            super(response);
            this.body = body;
        }

        @Override
        public Map<String, Object> toMap() {
            return body;
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (bypassed(request.getHeaders()) || !reads.isPostgresRead(request.getDocument(),
                request.getOperationName())) {
            return chain.next(request);
        }
        Optional<String> snapshot = snapshots.current();
        if (snapshot.isEmpty()) {
            return chain.next(request);
        }
        Request key = new Request(request.getDocument(), request.getOperationName(), request.getVariables(),
                request.getExtensions());
        Answer kept = answers.getIfPresent(key);
        if (kept != null && kept.snapshot().equals(snapshot.get())) {
            hits.increment();
            return Mono.just(new KeptResponse(
                    new DefaultExecutionGraphQlResponse(request.toExecutionInput(), kept.result()), kept.body()));
        }
        misses.increment();
        return chain.next(request).map(response -> keptIfUnchanged(key, snapshot.get(), response));
    }

    /** The response, kept with its JSON when it has no errors and the snapshot has not changed meanwhile. */
    private WebGraphQlResponse keptIfUnchanged(Request key, String snapshot, WebGraphQlResponse response) {
        if (!response.isValid() || !response.getErrors().isEmpty()
                || snapshots.current().filter(snapshot::equals).isEmpty()) {
            return response;
        }
        Map<String, Object> specification = response.toMap();
        SerializedResponse body = new SerializedResponse(specification, ResponseJson.bytes(json, specification));
        ExecutionResult result = response.getExecutionResult();
        int weight = weight(key.document()) + weight(key.variables()) + weight(key.extensions())
                + weight(result.getData()) + body.json().length;
        answers.put(key, new Answer(snapshot, result, body, weight));
        KeptResponse kept = new KeptResponse(response, body);
        kept.getResponseHeaders().putAll(response.getResponseHeaders());
        return kept;
    }

    private static boolean bypassed(HttpHeaders headers) {
        String cacheControl = headers.getCacheControl();
        if (cacheControl == null) {
            return false;
        }
        for (String directive : cacheControl.toLowerCase(Locale.ROOT).split(",")) {
            String name = directive.strip();
            if (name.equals("no-cache") || name.equals("no-store")) {
                return true;
            }
        }
        return false;
    }

    /** Roughly the heap a tree of maps, lists and scalars takes: what the cache's bound counts. */
    private static int weight(Object value) {
        return switch (value) {
            case null -> 0;
            case String text -> 40 + 2 * text.length();
            case Map<?, ?> map -> {
                int weight = 64;
                for (Object element : map.values()) {
                    weight += 48 + weight(element);
                }
                yield weight;
            }
            case List<?> list -> {
                int weight = 24;
                for (Object element : list) {
                    weight += 8 + weight(element);
                }
                yield weight;
            }
            default -> 32;
        };
    }
}
