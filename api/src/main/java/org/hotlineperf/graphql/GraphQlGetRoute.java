package org.hotlineperf.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP specification describes it: {@code query},
 * {@code operationName}, and JSON-encoded {@code variables} and {@code extensions} as URL parameters. Spring for
 * GraphQL only accepts POST, so a GET is handed to the same handler as the equivalent POST, with the same media
 * types and status codes. Mutations are refused with 405, because GET must be safe. Only in a servlet web
 * application: a batch run without a web server (such as {@code ./hotline generate}) has no HTTP handler to hand to.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetRoute {

    private final ObjectMapper json = new ObjectMapper();

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> graphQlGetRouterFunction(GraphQlHttpHandler handler, GraphQlProperties properties) {
        return RouterFunctions.route()
                .GET(properties.getHttp().getPath(), request -> handleGet(handler, request))
                .build();
    }

    private ServerResponse handleGet(GraphQlHttpHandler handler, ServerRequest request) throws Exception {
        Optional<String> query;
        Optional<String> operationName;
        try {
            query = request.param("query");
            operationName = request.param("operationName");
        } catch (IllegalStateException undecodable) {
            return ServerResponse.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(error("URL parameters must be percent-encoded UTF-8"));
        }
        if (query.isPresent() && isMutation(query.get(), operationName.orElse(null))) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
                    .header("Allow", "POST")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(error("Mutations must be sent with POST; GET may only read"));
        }
        ObjectNode body = json.createObjectNode();
        query.ifPresent(text -> body.put("query", text));
        operationName.ifPresent(name -> body.put("operationName", name));
        try {
            for (String parameter : List.of("variables", "extensions")) {
                Optional<String> value = request.param(parameter);
                if (value.isPresent()) {
                    body.set(parameter, json.readTree(value.get()));
                }
            }
        } catch (JsonProcessingException notJson) {
            return ServerResponse.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(error("variables and extensions must be JSON objects"));
        }
        ServerRequest asPost = ServerRequest.from(request)
                .method(HttpMethod.POST)
                .headers(headers -> headers.setContentType(MediaType.APPLICATION_JSON))
                .body(json.writeValueAsString(body))
                .build();
        return handler.handleRequest(asPost);
    }

    /** Whether the operation to run is a mutation; a document that does not parse is left to the handler. */
    private static boolean isMutation(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException invalid) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(operation -> operationName == null ? operations.size() == 1
                        : operationName.equals(operation.getName()))
                .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
    }

    private String error(String message) throws JsonProcessingException {
        ObjectNode body = json.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("message", message);
        error.putObject("extensions").put(ErrorCodes.CODE, "BAD_REQUEST");
        return json.writeValueAsString(body);
    }
}
