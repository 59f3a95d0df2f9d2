package io.remontada.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Answers kept until the record changes: the same answer with its tag, a 304 for a current copy, never a stale one after an import. */
@QuarkusTest
class AnswerCacheTest {

    private static final String QUERY = "query AnswerCacheSeason { matches(filter: {seasonFrom: \"2026-27\"}) { totalCount } }";

    private static Response ask() {
        return given().queryParam("query", QUERY).get("/graphql");
    }

    private static double hits() {
        String metrics = given().get("/q/metrics").asString();
        return metrics.lines().filter(l -> l.startsWith("remontada_cache_lookups_total{outcome=\"hit\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    @Test
    void theSameQuestionIsAnsweredFromTheCacheUntilAnImportChangesTheRecord() {
        Response first = ask();
        first.then().statusCode(200).body("errors", nullValue());
        String etag = first.header("ETag");
        int before = first.path("data.matches.totalCount");
        double hitsBefore = hits();
        Response second = ask();
        assertEquals(first.asString(), second.asString());
        assertEquals(etag, second.header("ETag"));
        assertEquals(hitsBefore + 1, hits(), "the second answer came from the cache");
        given().header("If-None-Match", etag).queryParam("query", QUERY).get("/graphql").then().statusCode(304);
        assertEquals(hitsBefore + 2, hits());
        given().header("Cache-Control", "no-cache").queryParam("query", QUERY).get("/graphql").then().statusCode(200);
        assertEquals(hitsBefore + 2, hits(), "no-cache asks for a fresh answer");

        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-admin-token")
                .body(Map.of("query", GraphQL.read("import-matches"), "variables", Map.of("input", Map.of("format", "FOOTBALL_TXT",
                        "fileName", "2026-27/cl.txt", "content", """
                                = UEFA Champions League 2026/27

                                » Group B
                                  Wed Sep/16 2026
                                    21.00  Celtic FC (SCO)    v FC Porto (POR)           1-1 (0-0)
                                """))))
                .post("/graphql").then().statusCode(200).body("errors", nullValue());

        Response after = ask();
        after.then().statusCode(200).body("data.matches.totalCount", equalTo(before + 1)).header("ETag", not(equalTo(etag)));
        assertNotEquals(etag, after.header("ETag"));
        given().header("If-None-Match", etag).queryParam("query", QUERY).get("/graphql").then().statusCode(200);
    }
}
