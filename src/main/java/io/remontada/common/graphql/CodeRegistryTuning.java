package io.remontada.common.graphql;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Two corrections to the code registry SmallRye GraphQL 2.17 gives the schema (registered with {@code ServiceLoader});
 * each cost is measured in {@code benchmarks/README.md}.
 *
 * <p><b>The field visibility nobody configured.</b> SmallRye reads its default setting, {@code "default"}, as a list
 * of patterns to block: every schema then gets a blocked-fields visibility with the pattern {@code default}, which
 * hides nothing but matches a regular expression on every field graphql-java looks up while it executes a query (5 %
 * of the CPU of a country's clubs with their matches). When none is configured the schema gets graphql-java's default
 * visibility; a configured one ({@code no-introspection}, or patterns) is left as SmallRye made it.
 *
 * <p><b>The fields selected beneath each field.</b> Before each resolver, and each field it converts, SmallRye fills a
 * context that holds, among the rest, every field selected beneath the field at every level, built twice into JSON-P
 * arrays: graphql-java first collects and normalises the whole sub-selection, and for a batched field it does so once
 * per parent. That was a quarter of the CPU of a club's verdict and a fifth of a country's clubs. Nothing here reads
 * those lists ({@link Selection} reads the query's own syntax), so SmallRye's fetchers get the field's environment with
 * an empty selection set: SmallRye's {@code Context.getSelectedFields()} is empty in this application. The rest of the
 * environment is the field's own.
 */
public class CodeRegistryTuning implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        // the builder hands out no code registry of its own: a schema built from it has the same one
        GraphQLSchema built = builder.build();
        GraphQLCodeRegistry registry = built.getCodeRegistry();
        return builder.codeRegistry(registry.transform(changed -> {
            if (Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
                changed.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
            }
            for (GraphQLObjectType type : built.getAllTypesAsList().stream()
                    .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
                for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                    DataFetcher<?> fetcher = registry.getDataFetcher(type, field);
                    if (fetcher instanceof AbstractDataFetcher || fetcher instanceof BatchDataFetcher || fetcher instanceof FieldDataFetcher) {
                        changed.dataFetcher(FieldCoordinates.coordinates(type, field), withoutSelection(fetcher));
                    }
                }
            }
        }));
    }

    private static DataFetcher<Object> withoutSelection(DataFetcher<?> smallRyes) {
        return environment -> smallRyes.get(new DelegatingDataFetchingEnvironment(environment) {
            @Override
            public DataFetchingFieldSelectionSet getSelectionSet() {
                return NOTHING_SELECTED;
            }
        });
    }

    private static final DataFetchingFieldSelectionSet NOTHING_SELECTED = new DataFetchingFieldSelectionSet() {
        @Override
        public boolean contains(String fieldGlobPattern) {
            return false;
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return false;
        }

        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return List.of();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return List.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return Map.of();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern, String... fieldGlobPatterns) {
            return Map.of();
        }
    };
}
