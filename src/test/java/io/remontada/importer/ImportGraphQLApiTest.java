package io.remontada.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Importing into a running deployment: authenticated, all or nothing, and idempotent. */
@QuarkusTest
class ImportGraphQLApiTest {

    private static final String TOKEN = "test-admin-token";
    /** A season the bundle does not have, one group match of two clubs the register knows, so no tie or comeback changes. */
    private static final String NEW_SEASON = """
            = UEFA Champions League 2026/27

            » Group A
              Tue Sep/15 2026
                21.00  Club Brugge KV (BEL)    v AFC Ajax (NED)           2-1 (1-1)
            """;

    @Inject
    ImportService imports;

    @Inject
    BundledData bundled;

    private static ValidatableResponse importFile(String token, String fileName, String content) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", GraphQL.read("import-matches"), "variables",
                        Map.of("input", Map.of("format", "FOOTBALL_TXT", "fileName", fileName, "content", content))))
                .post("/graphql").then().statusCode(200);
    }

    private static int matchCount() {
        return given().contentType(ContentType.JSON).body(Map.of("query", "{ matches(first: 1) { totalCount } }"))
                .post("/graphql").then().extract().path("data.matches.totalCount");
    }

    @Test
    void importingNeedsTheAdminToken() {
        importFile("wrong", "2026-27/cl.txt", NEW_SEASON).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        given().contentType(ContentType.JSON).body(Map.of("query", GraphQL.read("import-matches"), "variables",
                Map.of("input", Map.of("format", "FOOTBALL_TXT", "fileName", "2026-27/cl.txt", "content", NEW_SEASON))))
                .post("/graphql").then().body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aNewSeasonImportsOnceAndAgainChangesNothing() {
        importFile(TOKEN, "2026-27/cl.txt", NEW_SEASON)
                .body("errors", nullValue())
                .body("data.importMatches.matchesRead", equalTo(1));
        importFile(TOKEN, "2026-27/cl.txt", NEW_SEASON)
                .body("errors", nullValue())
                .body("data.importMatches.inserted", equalTo(0))
                .body("data.importMatches.updated", equalTo(0))
                .body("data.importMatches.unchanged", equalTo(1))
                .body("data.importMatches.conflicts", empty());
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndChangesNothing() {
        int before = matchCount();
        String broken = NEW_SEASON + "                 Club Brugge KV (BEL)    v AFC Ajax (NED)           two-one\n";
        importFile(TOKEN, "2026-27/cl.txt", broken)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("2026-27/cl.txt:6"))
                .body("data", nullValue());
        assertEquals(before, matchCount());
    }

    @Test
    void anAdminMaySendAWholeSourceFileAndAgainItChangesNothing() throws java.io.IOException {
        String champs = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/data/engsoccerdata/champs.csv"));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                .body(Map.of("query", GraphQL.read("import-matches"), "variables",
                        Map.of("input", Map.of("format", "ENGSOCCERDATA_CSV", "fileName", "champs.csv", "content", champs))))
                .post("/graphql").then().statusCode(200)
                .body("errors", nullValue())
                .body("data.importMatches.matchesRead", equalTo(6556))
                .body("data.importMatches.inserted", equalTo(0))
                .body("data.importMatches.updated", equalTo(0))
                .body("data.importMatches.conflicts", empty())
                // the bundle's corrections of champs.csv apply to it again, with their citations: so nothing changes
                .body("data.importMatches.corrections", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith(
                        "engsoccerdata/champs.csv:6183 2014-08-06 Celtic v Legia Warsaw: full time 3-0 -> 0-2 (UEFA Control, Ethics and Disciplinary Body")));
        given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong")
                .body(Map.of("query", GraphQL.read("import-matches"), "variables",
                        Map.of("input", Map.of("format", "ENGSOCCERDATA_CSV", "fileName", "champs.csv", "content", champs))))
                .post("/graphql").then().statusCode(413).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void reimportingTheWholeBundleChangesNothing() {
        ImportReport report = imports.importFiles(bundled.matchSources());
        assertEquals(0, report.inserted, report.summary());
        assertEquals(0, report.updated, report.summary());
        assertEquals(0, report.clubsInserted, report.summary());
        assertEquals(10174 - 2, report.unchanged, report.summary());
        assertEquals(0, report.conflicts.size(), report.fullText());
    }
}
