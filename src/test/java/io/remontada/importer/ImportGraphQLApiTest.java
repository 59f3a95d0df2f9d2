package io.remontada.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @ConfigProperty(name = "remontada.db.statement-timeout")
    Duration requestStatementTimeout;

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
                .body("data.importMatches.conflicts", empty());
        given().contentType(ContentType.JSON).header("Authorization", "Bearer wrong")
                .body(Map.of("query", GraphQL.read("import-matches"), "variables",
                        Map.of("input", Map.of("format", "ENGSOCCERDATA_CSV", "fileName", "champs.csv", "content", champs))))
                .post("/graphql").then().statusCode(413).body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void anImportWaitsForAnotherLongerThanARequestStatementMayRun() throws Exception {
        ScheduledExecutorService otherReplica = Executors.newSingleThreadScheduledExecutor();
        try (Connection other = DriverManager.getConnection(url, username, password);
                PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, ImportService.IMPORT_LOCK);
            lock.execute();
            // another replica's import holds the lock past a request's statement timeout, then its session ends
            otherReplica.schedule(() -> {
                other.close();
                return null;
            }, requestStatementTimeout.plusSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
            long started = System.nanoTime();
            importFile(TOKEN, "2026-27/cl.txt", NEW_SEASON).body("errors", nullValue());
            assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(requestStatementTimeout) > 0, "the import did not wait");
        } finally {
            otherReplica.shutdown();
        }
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
