package io.remontada.common;

import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.test.junit.QuarkusTest;

/** With no field visibility configured, graphql-java looks fields up without matching a pattern each time. */
@QuarkusTest
class FieldVisibilityTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void theSchemaHasGraphqlJavasDefaultFieldVisibilityWhenNoneIsConfigured() {
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }
}
