package io.remontada.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ValidatableResponse;

/** Posts a query from {@code src/test/resources/graphql/<name>.graphql} with variables, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String queryFile, Object... variables) {
        return given().contentType(ContentType.JSON).body(body(queryFile, variables)).when().post("/graphql").then();
    }

    /** As {@link #post}, asking for an answer computed afresh rather than the one the server keeps: for tests that count its work. */
    public static ValidatableResponse postUncached(String queryFile, Object... variables) {
        return given().header("Cache-Control", "no-cache").contentType(ContentType.JSON).body(body(queryFile, variables)).when()
                .post("/graphql").then();
    }

    private static Map<String, Object> body(String queryFile, Object... variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", read(queryFile));
        body.put("variables", vars(variables));
        return body;
    }

    /**
     * A client that asks for {@code application/graphql-response+json}, as current GraphQL clients do:
     * the server then answers a request it refuses with its 4xx status. Plain rest-assured accepts
     * anything and gets plain JSON with 200, as older clients need.
     */
    public static RequestSpecification graphQLClient() {
        return given().accept("application/graphql-response+json");
    }

    public static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    public static String read(String queryFile) {
        try (InputStream in = GraphQL.class.getResourceAsStream("/graphql/" + queryFile + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no test query " + queryFile);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
