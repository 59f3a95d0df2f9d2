package io.remontada.common.graphql;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the query asks of the field being resolved, so that a resolver does only the work the answer shows. */
@ApplicationScoped
public class Selection {

    private final Context graphql;

    Selection(Context graphql) {
        this.graphql = graphql;
    }

    /** Whether the field being resolved selects {@code child} directly, as a connection's {@code totalCount}. */
    public boolean includes(String child) {
        return graphql.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains(child);
    }
}
