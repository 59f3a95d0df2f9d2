package io.remontada.common.graphql;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Sees each answer after execution and before SmallRye writes it (registered with {@code ServiceLoader}):
 * an answer that carries errors marks its HTTP exchange, so that {@link GraphQLRequestGate} sends it
 * with {@code Cache-Control: no-store} (a database outage or a bad argument must not be kept by a
 * cache for a minute); an answer without errors to a query the gate found cacheable goes into
 * {@link AnswerCache}.
 */
public class AnswersWithErrors implements EventingService {

    static final String HAS_ERRORS = "remontada.graphql.has-errors";
    /** Set by the gate on a query whose answer {@link AnswerCache} may keep. */
    static final String CACHE_KEY = "remontada.graphql.cache-key";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        RoutingContext exchange = currentExchange();
        if (result == null || exchange == null) {
            return;
        }
        if (!result.getErrors().isEmpty()) {
            exchange.put(HAS_ERRORS, true);
        } else if (exchange.get(CACHE_KEY) != null) {
            Arc.container().instance(AnswerCache.class).get().put(exchange.get(CACHE_KEY), new ExecutionResponse(result).getExecutionResultAsString());
        }
    }

    /** The HTTP exchange of the query being executed, or null outside one. */
    static RoutingContext currentExchange() {
        InjectableContext requests = Arc.container().requestContext();
        return requests.isActive() ? Arc.container().instance(CurrentVertxRequest.class).get().getCurrent() : null;
    }
}
