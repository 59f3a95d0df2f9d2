package io.remontada.common.graphql;

import graphql.ExecutionResult;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Marks the HTTP exchange of an answer that carries errors, so that {@link GraphQLRequestGate} sends
 * it with {@code Cache-Control: no-store}: a database outage or a bad argument must not be kept by a
 * cache for a minute. SmallRye calls this (registered with {@code ServiceLoader}) after execution and
 * before it writes the answer.
 */
public class AnswersWithErrors implements EventingService {

    static final String HAS_ERRORS = "remontada.graphql.has-errors";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().isEmpty()) {
            return;
        }
        InjectableContext requests = Arc.container().requestContext();
        if (requests.isActive()) {
            RoutingContext exchange = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            if (exchange != null) {
                exchange.put(HAS_ERRORS, true);
            }
        }
    }
}
