package io.remontada.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.Database;
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

    private static final String ENGSOCCERDATA_HEADER = "\"Date\",\"Season\",\"round\",\"leg\",\"home\",\"visitor\",\"FT\",\"HT\","
            + "\"aet\",\"pens\",\"hgoal\",\"vgoal\",\"FTagg_home\",\"FTagg_visitor\",\"aethgoal\",\"aetvgoal\","
            + "\"tothgoal\",\"totvgoal\",\"totagg_home\",\"totagg_visitor\",\"tiewinner\",\"hcountry\",\"vcountry\"\n";

    @Inject
    ImportService imports;

    @ConfigProperty(name = "remontada.db.statement-timeout")
    Duration requestStatementTimeout;

    @Inject
    BundledData bundled;

    private static ValidatableResponse importFile(String token, String fileName, String content) {
        return importFile(token, "FOOTBALL_TXT", fileName, content);
    }

    private static ValidatableResponse importFile(String token, String format, String fileName, String content) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", GraphQL.read("import-matches"), "variables",
                        Map.of("input", Map.of("format", format, "fileName", fileName, "content", content))))
                .post("/graphql").then().statusCode(200);
    }

    /** The import is refused at that line of the file, and the record keeps every match it had. */
    private static void refusedAt(String where, String format, String fileName, String content) {
        int before = matchCount();
        importFile(TOKEN, format, fileName, content)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", startsWith(where + ": "))
                .body("data", nullValue());
        assertEquals(before, matchCount());
    }

    private static String bundledText(String path) throws IOException {
        return Files.readString(Path.of("src/main/resources/data", path));
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
    void aFileCutShortAfterTheAwayClubIsRefusedAtThatLine() throws IOException {
        String season = bundledText("openfootball-champions-league/2018-19/cl.txt");
        String cut = season.substring(0, season.indexOf("Liverpool FC (ENG)", season.indexOf("» Final")) + "Liverpool FC (ENG)".length());
        refusedAt("2018-19/cl.txt:232", "FOOTBALL_TXT", "2018-19/cl.txt", cut);
    }

    @Test
    void aFileWithoutAPlayedMatchIsRefused() {
        refusedAt("2026-27/cl.txt:1", "FOOTBALL_TXT", "2026-27/cl.txt", "");
        refusedAt("2026-27/cl.txt:1", "FOOTBALL_TXT", "2026-27/cl.txt", "= UEFA Champions League 2026/27\n");
        refusedAt("champs.csv:1", "ENGSOCCERDATA_CSV", "champs.csv", "");
        refusedAt("champs.csv:1", "ENGSOCCERDATA_CSV", "champs.csv", ENGSOCCERDATA_HEADER);
    }

    @Test
    void aClubAgainstItselfIsRefusedAtItsLine() {
        refusedAt("2026-27/cl.txt:5", "FOOTBALL_TXT", "2026-27/cl.txt",
                NEW_SEASON.replace("AFC Ajax (NED)          ", "Club Brugge KV (BEL)    "));
        // two names of one club
        refusedAt("2026-27/cl.txt:5", "FOOTBALL_TXT", "2026-27/cl.txt",
                NEW_SEASON.replace("Club Brugge KV (BEL)    v AFC Ajax (NED)   ", "FC Bayern München (GER) v Bayern Munich (GER)"));
        refusedAt("champs.csv:2", "ENGSOCCERDATA_CSV", "champs.csv", ENGSOCCERDATA_HEADER
                + "2015-09-16,2015,\"GroupA\",\"groups\",\"Arsenal\",\"Arsenal\",\"1-0\",\"0-0\",NA,NA,1,0,NA,NA,NA,NA,1,0,NA,NA,NA,\"ENG\",\"ENG\"\n");
    }

    @Test
    void aScoreBeyondAnyRealMatchIsRefusedAtItsLine() {
        refusedAt("2026-27/cl.txt:5", "FOOTBALL_TXT", "2026-27/cl.txt", NEW_SEASON.replace("2-1 (1-1)", "100-1 (1-1)"));
        refusedAt("2026-27/cl.txt:5", "FOOTBALL_TXT", "2026-27/cl.txt", NEW_SEASON.replace("2-1 (1-1)", "40000-1 (1-1)"));
        refusedAt("champs.csv:2", "ENGSOCCERDATA_CSV", "champs.csv", ENGSOCCERDATA_HEADER
                + "2015-09-16,2015,\"GroupA\",\"groups\",\"Arsenal\",\"Chelsea\",\"40000-0\",\"0-0\",NA,NA,40000,0,NA,NA,NA,NA,40000,0,NA,NA,NA,\"ENG\",\"ENG\"\n");
    }

    @Test
    void aDateOutsideTheSeasonIsRefusedAtItsLine() {
        refusedAt("2026-27/cl.txt:4", "FOOTBALL_TXT", "2026-27/cl.txt", NEW_SEASON.replace("Tue Sep/15 2026", "Tue Sep/15 2020"));
    }

    @Test
    void aResultForAMatchStillToComeIsRefusedAtItsLine() {
        LocalDate nextWeek = LocalDate.now().plusWeeks(1);
        int season = nextWeek.getMonthValue() >= 7 ? nextWeek.getYear() : nextWeek.getYear() - 1;
        refusedAt("champs.csv:2", "ENGSOCCERDATA_CSV", "champs.csv", ENGSOCCERDATA_HEADER + nextWeek + "," + season
                + ",\"GroupA\",\"groups\",\"Arsenal\",\"Chelsea\",\"1-0\",\"0-0\",NA,NA,1,0,NA,NA,NA,NA,1,0,NA,NA,NA,\"ENG\",\"ENG\"\n");
    }

    @Test
    void aCompetitionOrSeasonTheFormatLacksIsBadInput() {
        for (List<String> competitionAndSeason : List.of(List.of("UCL", "2026-28"), List.of("CWC", "2026-27"))) {
            given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TOKEN)
                    .body(Map.of("query", GraphQL.read("import-matches"), "variables", Map.of("input", Map.of("format", "FOOTBALL_TXT",
                            "fileName", "my.txt", "competition", competitionAndSeason.get(0), "season", competitionAndSeason.get(1),
                            "content", NEW_SEASON))))
                    .post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", startsWith("my.txt: "));
        }
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
    void anImportWaitsForAnotherLongerThanARequestStatementMayRun() throws Exception {
        ScheduledExecutorService otherReplica = Executors.newSingleThreadScheduledExecutor();
        try (Connection other = Database.open();
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
    void aSavedCursorGivesTheSameNextPageAfterTheSeasonIsImportedAgain() throws IOException {
        // seasons whose files hold every result: an import as of today refuses 2025-26's, whose final has no score
        Map<String, Object> filter = Map.of("competition", "UCL", "seasonFrom", "2016-17", "seasonTo", "2024-25");
        List<Map<String, Object>> comebacks = GraphQL.post("comebacks", "filter", filter, "first", 100)
                .body("errors", nullValue()).extract().path("data.comebacks.edges.node");
        // a page that ends between two comebacks of one day and deficit, which only their row ids order
        int last = 0;
        while (!(comebacks.get(last).get("deficit").equals(comebacks.get(last + 1).get("deficit"))
                && comebacks.get(last).get("date").equals(comebacks.get(last + 1).get("date")))) {
            last++;
        }
        ValidatableResponse page = GraphQL.post("comebacks", "filter", filter, "first", last + 1);
        List<String> pageIds = page.extract().path("data.comebacks.edges.node.id");
        String cursor = page.extract().path("data.comebacks.pageInfo.endCursor");
        List<Map<String, Object>> nextPage = comebacks.subList(last + 1, last + 4);
        GraphQL.post("comebacks", "filter", filter, "first", 3, "after", cursor).body("data.comebacks.edges.node", equalTo(nextPage));

        String season = (String) ((Map<?, ?>) comebacks.get(last).get("season")).get("name");
        importFile(TOKEN, season + "/cl.txt", bundledText("openfootball-champions-league/" + season + "/cl.txt"))
                .body("errors", nullValue())
                .body("data.importMatches.inserted", equalTo(0));

        GraphQL.post("comebacks", "filter", filter, "first", last + 1).body("data.comebacks.edges.node.id", equalTo(pageIds));
        GraphQL.post("comebacks", "filter", filter, "first", 3, "after", cursor).body("errors", nullValue())
                .body("data.comebacks.edges.node", equalTo(nextPage));
    }

    @Test
    void aReimportDropsTheDerivedRowsThatNoLongerFollowAndKeepsTheOthers() throws Exception {
        try (Connection db = Database.open()) {
            List<Long> derived = occasionIds(db, "2018-19");
            // a MATCH comeback the 2018-19 matches do not hold: the home side of a match with no goal times
            try (PreparedStatement stale = db.prepareStatement("""
                    INSERT INTO deficit_occasion (scope, club_id, opponent_id, deficit, overturned, competition, season, round, match_id,
                                                  occurred_on, behind_closed_doors, second_leg_at_home)
                    SELECT 'MATCH', home_club_id, away_club_id, 1, true, competition, season, round, id, match_date, false, true
                    FROM match WHERE competition = 'UCL' AND season = '2018-19' AND NOT goals_complete ORDER BY id LIMIT 1""")) {
                assertEquals(1, stale.executeUpdate());
            }
            assertEquals(derived.size() + 1, occasionIds(db, "2018-19").size());

            importFile(TOKEN, "2018-19/cl.txt", bundledText("openfootball-champions-league/2018-19/cl.txt")).body("errors", nullValue());

            assertEquals(derived, occasionIds(db, "2018-19"));
        }
    }

    private static List<Long> occasionIds(Connection db, String season) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("SELECT id FROM deficit_occasion WHERE competition = 'UCL' AND season = ? ORDER BY id")) {
            select.setString(1, season);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
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
