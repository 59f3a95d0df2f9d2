package io.remontada.common;

import static io.remontada.support.GraphQL.graphQLClient;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Automatic persisted queries as Apollo Client's link sends them: hash alone, then hash and query, then hash alone again. */
@QuarkusTest
class PersistedQueryTest {

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String extensions(String hash) {
        return "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    }

    @Test
    void anUnknownHashIsAskedForThenRegisteredThenAnsweredCacheably() throws Exception {
        // a query no other test sends, so its hash is unknown to this replica
        String query = "query PersistedRoundTrip($n: String) { club(name: $n) { name country } }";
        String hash = sha256(query);
        graphQLClient().queryParam("extensions", extensions(hash)).queryParam("variables", "{\"n\":\"Liverpool\"}")
                .get("/graphql").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .body("errors[0].message", equalTo("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", equalTo("PERSISTED_QUERY_NOT_FOUND"));
        graphQLClient().contentType(ContentType.JSON)
                .body("{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": {\"n\": \"Liverpool\"}, \"extensions\": " + extensions(hash) + "}")
                .post("/graphql").then().statusCode(200).body("errors", nullValue()).body("data.club.name", equalTo("Liverpool FC"));
        graphQLClient().queryParam("extensions", extensions(hash)).queryParam("variables", "{\"n\":\"Real Madrid\"}")
                .get("/graphql").then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .body("errors", nullValue()).body("data.club.name", equalTo("Real Madrid"));
        graphQLClient().contentType(ContentType.JSON)
                .body("{\"variables\": {\"n\": \"Barcelona\"}, \"extensions\": " + extensions(hash.toUpperCase()) + "}")
                .post("/graphql").then().statusCode(200).body("errors", nullValue()).body("data.club.name", equalTo("FC Barcelona"));
    }

    @Test
    void aQueryThatDoesNotMatchItsHashIsRefused() throws Exception {
        graphQLClient().contentType(ContentType.JSON)
                .body(Map.of("query", "{ competitions { code } }", "extensions",
                        Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256("{ competitions { name } }")))))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        graphQLClient().contentType(ContentType.JSON)
                .body(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256("x")))))
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
