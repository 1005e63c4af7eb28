package org.hotlineperf.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns exceptions raised while fetching data into GraphQL errors. Rule violations become BAD_REQUEST with the
 * argument and rule; a store that cannot be reached (PostgreSQL down or restarting) becomes UNAVAILABLE, logged in
 * one line since an outage produces many; anything else unexpected becomes INTERNAL_ERROR with a reference that
 * is logged next to the exception, and never the exception's message, which may hold SQL or internal names.
 */
@Component
class ExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ExceptionResolver.class);

    ExceptionResolver() {
        setThreadLocalContextAware(true);
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable exception, DataFetchingEnvironment environment) {
        if (exception instanceof InvalidArgumentException invalid) {
            return GraphqlErrorBuilder.newError(environment)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(invalid.getMessage())
                    .extensions(Map.of(ErrorCodes.CODE, ErrorType.BAD_REQUEST.name(),
                            "argument", invalid.argument(), "rule", invalid.rule()))
                    .build();
        }
        if (Unavailability.isUnavailable(exception)) {
            log.warn("Unavailable at {}: {}", environment.getExecutionStepInfo().getPath(),
                    Unavailability.rootCauseMessage(exception));
            return GraphqlErrorBuilder.newError(environment)
                    .errorType(ErrorCodes.UNAVAILABLE)
                    .message(Unavailability.clientMessage(exception))
                    .extensions(Map.of(ErrorCodes.CODE, ErrorCodes.UNAVAILABLE.toString()))
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        log.error("Internal error {} at {}", reference, environment.getExecutionStepInfo().getPath(), exception);
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; reference " + reference)
                .extensions(Map.of(ErrorCodes.CODE, ErrorType.INTERNAL_ERROR.name(), "reference", reference))
                .build();
    }
}
