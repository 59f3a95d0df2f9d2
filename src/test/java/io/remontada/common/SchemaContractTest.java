package io.remontada.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keeps the contract: the served schema is committed ({@code schema.graphql} at the top of the
 * repository) so every change to it shows in review, and nothing the clients' contract names
 * (a copy is held in {@code src/test/resources/contract}) may go missing.
 */
@QuarkusTest
class SchemaContractTest {

    static final Path COMMITTED = Path.of("schema.graphql");

    private static String served() {
        return given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = served();
        if (Boolean.getBoolean("remontada.schema.update")) {
            Files.writeString(COMMITTED, served);
        }
        assertEquals(Files.readString(COMMITTED), served,
                "the served schema changed: review it, then run ./mvnw test -Dtest=SchemaContractTest -Dremontada.schema.update=true");
    }

    @Test
    void everyTypeFieldArgumentAndEnumValueOfTheContractIsServed() throws IOException {
        TypeDefinitionRegistry contract = new SchemaParser().parse(resource("/contract/schema.graphql"));
        TypeDefinitionRegistry served = new SchemaParser().parse(served());
        List<String> missing = new ArrayList<>();
        for (TypeDefinition<?> type : contract.types().values()) {
            TypeDefinition<?> actual = served.getType(type.getName()).orElse(null);
            if (actual == null) {
                missing.add("type " + type.getName());
            } else if (type instanceof ObjectTypeDefinition object) {
                for (FieldDefinition field : object.getFieldDefinitions()) {
                    FieldDefinition servedField = ((ObjectTypeDefinition) actual).getFieldDefinitions().stream()
                            .filter(f -> f.getName().equals(field.getName())).findFirst().orElse(null);
                    if (servedField == null) {
                        missing.add(type.getName() + "." + field.getName());
                        continue;
                    }
                    for (InputValueDefinition argument : field.getInputValueDefinitions()) {
                        if (servedField.getInputValueDefinitions().stream().noneMatch(a -> a.getName().equals(argument.getName()))) {
                            missing.add(type.getName() + "." + field.getName() + "(" + argument.getName() + ")");
                        }
                    }
                }
            } else if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    if (((InputObjectTypeDefinition) actual).getInputValueDefinitions().stream().noneMatch(f -> f.getName().equals(field.getName()))) {
                        missing.add(type.getName() + "." + field.getName());
                    }
                }
            } else if (type instanceof EnumTypeDefinition enumType) {
                for (EnumValueDefinition value : enumType.getEnumValueDefinitions()) {
                    if (((EnumTypeDefinition) actual).getEnumValueDefinitions().stream().noneMatch(v -> v.getName().equals(value.getName()))) {
                        missing.add(type.getName() + "." + value.getName());
                    }
                }
            }
        }
        for (String node : List.of("Club", "Match", "Tie", "Person", "Quote", "Comeback")) {
            for (String type : List.of(node + "Connection", node + "Edge")) {
                if (served.getType(type).isEmpty()) {
                    missing.add("type " + type);
                }
            }
        }
        assertTrue(missing.isEmpty(), "the served schema lacks what the contract names: " + missing);
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
