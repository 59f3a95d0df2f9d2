package io.remontada.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.FieldDataFetcher;

/** SmallRye's fetchers never get a field's whole sub-selection to write into their context (CodeRegistryTuning). */
@QuarkusTest
class SelectedFieldsTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void noFieldIsHandedToSmallRyesFetchersWithItsSelectionSet() {
        List<String> resolvedBySmallRye = new ArrayList<>();
        List<String> handedToSmallRyeDirectly = new ArrayList<>();
        for (GraphQLObjectType type : schema.getAllTypesAsList().stream()
                .filter(GraphQLObjectType.class::isInstance).map(GraphQLObjectType.class::cast).toList()) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                DataFetcher<?> fetcher = schema.getCodeRegistry().getDataFetcher(type, field);
                String name = type.getName() + "." + field.getName();
                if (fetcher instanceof AbstractDataFetcher || fetcher instanceof BatchDataFetcher || fetcher instanceof FieldDataFetcher) {
                    handedToSmallRyeDirectly.add(name);
                } else if (fetcher.getClass().getName().startsWith("io.remontada.common.graphql.CodeRegistryTuning")) {
                    resolvedBySmallRye.add(name);
                }
            }
        }
        assertEquals(List.of(), handedToSmallRyeDirectly);
        // the resolvers are still SmallRye's, behind the wrapper: the club by id, its verdicts, its matches
        assertFalse(resolvedBySmallRye.isEmpty());
        List.of("Query.club", "Club.hasOverturned", "Club.matches").forEach(name -> assertEquals(true, resolvedBySmallRye.contains(name), name));
    }
}
