package io.remontada.common.graphql;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Gives the schema graphql-java's default field visibility when none is configured (registered with
 * {@code ServiceLoader}).
 *
 * <p>SmallRye GraphQL 2.17 reads the default setting, {@code "default"}, as a list of patterns to
 * block: every schema then gets a blocked-fields visibility with the pattern {@code default}, which
 * hides nothing but matches a regular expression on every field graphql-java looks up while it
 * executes a query. That was 5 % of the CPU of a country's clubs with their matches
 * (benchmarks/README.md). A configured visibility ({@code no-introspection}, or patterns) is left as
 * SmallRye made it.
 */
public class DefaultFieldVisibility implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            return builder;
        }
        // the builder hands out no code registry of its own: a schema built from it has the same one
        GraphQLSchema built = builder.build();
        return builder.codeRegistry(built.getCodeRegistry().transform(
                registry -> registry.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY)));
    }
}
