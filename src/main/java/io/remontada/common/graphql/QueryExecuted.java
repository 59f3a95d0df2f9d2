package io.remontada.common.graphql;

import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.spi.EventingService;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives back a query's turn ({@link RunningQueries}) as soon as SmallRye has executed it, or failed to: a client
 * that went away mid-query never gets its response sent, and its turn must not wait for that. Registered with
 * {@code ServiceLoader}, last: SmallRye calls {@code afterExecute} in the reverse order, so this one comes first.
 */
public class QueryExecuted implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public void afterExecute(Context context) {
        leave();
    }

    @Override
    public void errorExecute(Context context, Throwable failure) {
        leave();
    }

    private static void leave() {
        RoutingContext exchange = AnswersWithErrors.currentExchange();
        if (exchange != null) {
            RunningQueries.leave(exchange);
        }
    }
}
