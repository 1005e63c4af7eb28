package org.hotlineperf.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hotlineperf.limits.StatementTimeouts;
import org.hotlineperf.security.ForbiddenException;
import org.hotlineperf.security.UnauthenticatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions raised while fetching data into GraphQL errors. Rule violations become BAD_REQUEST, one error
 * per problem with the argument and rule; a missing entity NOT_FOUND; a stale version CONFLICT with the current
 * version; a write without a principal UNAUTHORIZED and one outside the principal's role or jurisdiction
 * FORBIDDEN; a database statement stopped by the statement timeout TIMEOUT; a store that cannot be reached
 * (PostgreSQL down or restarting) UNAVAILABLE, logged in one line since an outage produces many; anything else
 * unexpected becomes INTERNAL_ERROR with a reference that is logged next to the exception, and never the
 * exception's message, which may hold SQL or internal names.
 */
@Component
class ExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ExceptionResolver.class);

    ExceptionResolver() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected List<GraphQLError> resolveToMultipleErrors(Throwable exception, DataFetchingEnvironment environment) {
        return switch (exception) {
            case InvalidArgumentException invalid -> invalid.problems().stream()
                    .map(problem -> error(environment, ErrorType.BAD_REQUEST, problem.message(),
                            Map.of("argument", problem.argument(), "rule", problem.rule())))
                    .toList();
            case EntityNotFoundException notFound -> List.of(error(environment, ErrorType.NOT_FOUND,
                    notFound.getMessage(), Map.of("argument", notFound.argument())));
            case VersionConflictException conflict -> List.of(error(environment, ServiceErrorType.CONFLICT,
                    conflict.getMessage(), Map.of("entityType", conflict.entityType(),
                            "entityId", String.valueOf(conflict.entityId()),
                            "currentVersion", conflict.currentVersion())));
            case UnauthenticatedException unauthenticated -> List.of(error(environment, ErrorType.UNAUTHORIZED,
                    unauthenticated.getMessage(), Map.of()));
            case ForbiddenException forbidden -> List.of(error(environment, ErrorType.FORBIDDEN,
                    forbidden.getMessage(), Map.of()));
            case Throwable cancelled when StatementTimeouts.isStatementTimeout(cancelled) ->
                    List.of(statementTimeout(environment));
            case Throwable unreachable when Unavailability.isUnavailable(unreachable) ->
                    List.of(unavailable(unreachable, environment));
            default -> List.of(internalError(exception, environment));
        };
    }

    private static GraphQLError statementTimeout(DataFetchingEnvironment environment) {
        log.warn("Statement timeout at {}", environment.getExecutionStepInfo().getPath());
        return error(environment, ServiceErrorType.TIMEOUT, StatementTimeouts.MESSAGE, Map.of());
    }

    private static GraphQLError unavailable(Throwable exception, DataFetchingEnvironment environment) {
        log.warn("Unavailable at {}: {}", environment.getExecutionStepInfo().getPath(),
                Unavailability.rootCauseMessage(exception));
        return error(environment, ServiceErrorType.UNAVAILABLE, Unavailability.clientMessage(exception), Map.of());
    }

    private static GraphQLError internalError(Throwable exception, DataFetchingEnvironment environment) {
        String reference = UUID.randomUUID().toString();
        log.error("Internal error {} at {}", reference, environment.getExecutionStepInfo().getPath(), exception);
        return error(environment, ErrorType.INTERNAL_ERROR, "Internal error; reference " + reference,
                Map.of("reference", reference));
    }

    private static GraphQLError error(DataFetchingEnvironment environment, graphql.ErrorClassification type,
                                      String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.CODE, ErrorCodes.codeOf(type));
        extensions.putAll(details);
        return GraphqlErrorBuilder.newError(environment)
                .errorType(type)
                .message(message)
                .extensions(extensions)
                .build();
    }
}
