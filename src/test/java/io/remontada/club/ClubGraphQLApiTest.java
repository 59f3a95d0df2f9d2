package io.remontada.club;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.common.NameKey;
import io.remontada.support.Clubs;
import io.remontada.support.GraphQL;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
class ClubGraphQLApiTest {

    @ParameterizedTest(name = "{0} and {1} are one club")
    @CsvSource(delimiter = '|', value = {
        "Liverpool | Liverpool FC (ENG)",
        "Bayern Munich | Bayern München",
        "Bayern Munich | FC Bayern München (GER)",
        "Inter | Internazionale",
        "Inter | FC Internazionale Milano (ITA)",
        "Real Madrid (ESP) | Real Madrid CF (ESP)",
        "Deportivo La Coruna | RCD La Coruña",
        "BAYERN MUNCHEN | bayern münchen"})
    void everyNameOfAClubFindsTheSameClub(String one, String other) {
        String id = Clubs.idOf(one);
        assertEquals(id, Clubs.idOf(other));
        org.junit.jupiter.api.Assertions.assertNotNull(id, one);
    }

    @Test
    void aClubCarriesItsRegisterFactsAndAliases() {
        GraphQL.post("club-by-name", "name", "liverpool")
                .body("errors", nullValue())
                .body("data.club.name", equalTo("Liverpool FC"))
                .body("data.club.country", equalTo("ENG"))
                .body("data.club.founded", equalTo(1892))
                .body("data.club.stadium", equalTo("Anfield"))
                .body("data.club.aliases", hasItem("Liverpool"));
    }

    @Test
    void anUnknownNameIsNullNotAnError() {
        GraphQL.post("club-by-name", "name", "Nowhere Rovers").body("errors", nullValue()).body("data.club", nullValue());
    }

    @Test
    void searchesClubsByAnyNameIgnoringCaseAndAccentsAndPagesWithCursors() {
        List<String> firstPage = GraphQL.post("clubs-search", "search", "munchen", "first", 1)
                .body("errors", nullValue())
                .body("data.clubs.totalCount", greaterThan(1))
                .body("data.clubs.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.clubs.edges.node.id");
        String cursor = GraphQL.post("clubs-search", "search", "munchen", "first", 1).extract().path("data.clubs.pageInfo.endCursor");
        List<String> secondPage = GraphQL.post("clubs-search", "search", "munchen", "first", 1, "after", cursor)
                .body("errors", nullValue()).extract().path("data.clubs.edges.node.id");
        org.junit.jupiter.api.Assertions.assertNotEquals(firstPage, secondPage);
    }

    @Test
    void filtersClubsByCountry() {
        GraphQL.post("clubs-search", "country", "sco", "first", 50)
                .body("errors", nullValue())
                .body("data.clubs.edges.node.country", everyItem(equalTo("SCO")))
                .body("data.clubs.edges", hasSize(greaterThan(5)));
    }

    @Test
    void aNameOfSeveralClubsIsRefusedWithEveryCandidateAndTheCountryPicksOne() {
        List<Map<String, String>> candidates = GraphQL.post("club-by-name", "name", "Dinamo")
                .statusCode(200)
                .body("data.club", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", contains("club"))
                .body("errors[0].extensions.candidates", hasSize(greaterThan(1)))
                .extract().path("errors[0].extensions.candidates");
        Set<String> ids = new HashSet<>();
        for (Map<String, String> candidate : candidates) {
            assertNotNull(candidate.get("id"), candidate.toString());
            assertNotNull(candidate.get("name"), candidate.toString());
            assertNotNull(candidate.get("country"), candidate.toString());
            assertTrue(ids.add(candidate.get("id")), "each candidate once: " + candidates);
            List<String> aliases = GraphQL.post("club-by-id", "id", candidate.get("id"))
                    .body("errors", nullValue())
                    .body("data.club.name", equalTo(candidate.get("name")))
                    .body("data.club.country", equalTo(candidate.get("country")))
                    .extract().path("data.club.aliases");
            assertTrue(aliases.stream().map(NameKey::of).anyMatch("dinamo"::equals), candidate + " goes by Dinamo: " + aliases);
            assertEquals(candidate.get("id"), Clubs.idOf("Dinamo (" + candidate.get("country") + ")"), "the country narrows to " + candidate);
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "Barca | FC Barcelona",
        "Barça | Barcelona",
        "PSG | Paris Saint-Germain",
        "Juve | Juventus",
        "Gladbach | Borussia Mönchengladbach",
        "Sporting Lisbon | Sporting CP",
        "Benfica Lisbon | Benfica",
        "Steaua Bucharest | FCSB",
        "Croatia Zagreb | Dinamo Zagreb",
        "Atlético Bilbao | Athletic Bilbao",
        "Zenit Leningrad | Zenit St. Petersburg",
        "FC Cologne | 1. FC Köln"})
    void namesPeopleUseFindTheirClub(String used, String known) {
        String id = Clubs.idOf(used);
        assertNotNull(id, used);
        assertEquals(Clubs.idOf(known), id);
    }

    @Test
    void everyReviewedAliasFindsItsClubAndNoOther() throws IOException {
        List<String> rows;
        try (InputStream in = getClass().getResourceAsStream("/data/clubs/club-aliases.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(line -> !line.isBlank()).toList();
        }
        assertTrue(rows.size() > 20, "reviewed aliases: " + rows.size());
        for (String row : rows) {
            String[] cells = row.split("\t");
            GraphQL.post("club-by-name", "name", cells[2])
                    .body("errors", nullValue())
                    .body("data.club.name", equalTo(cells[0]))
                    .body("data.club.country", equalTo(cells[1]))
                    .body("data.club.aliases", hasItem(cells[2]));
        }
    }

    @ParameterizedTest(name = "{0} finds {1} first")
    @CsvSource(delimiter = '|', value = {
        "Liverpol | Liverpool",
        "Barcelonna | Barcelona",
        "Juventis | Juventus",
        "Bayern Muenchen | Bayern Munich",
        "Manchester Unted | Manchester United",
        "Inter | Internazionale"})
    void aSearchForgivesATypoAndPutsTheClosestClubFirst(String search, String club) {
        GraphQL.post("clubs-search", "search", search, "first", 5)
                .body("errors", nullValue())
                .body("data.clubs.edges[0].node.id", equalTo(Clubs.idOf(club)));
    }

    @Test
    void pagingThroughAFuzzySearchGivesEveryClubOnceInTheOrderOfOnePage() {
        String search = "Unitd";
        List<String> onePage = GraphQL.post("clubs-search", "search", search, "first", 100)
                .body("errors", nullValue())
                .body("data.clubs.pageInfo.hasNextPage", equalTo(false))
                .extract().path("data.clubs.edges.node.id");
        assertTrue(onePage.size() > 6, "clubs close to " + search + ": " + onePage);
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            ExtractableResponse<Response> page = GraphQL.post("clubs-search", "search", search, "first", 2, "after", after)
                    .body("errors", nullValue())
                    .body("data.clubs.totalCount", equalTo(onePage.size()))
                    .extract();
            paged.addAll(page.path("data.clubs.edges.node.id"));
            after = page.path("data.clubs.pageInfo.endCursor");
            more = page.path("data.clubs.pageInfo.hasNextPage");
        }
        assertEquals(onePage, paged);
        assertEquals(paged.size(), new HashSet<>(paged).size(), "no club twice: " + paged);
    }

    @Test
    void titlesFollowFromFinalsWon() {
        for (Object[] expected : new Object[][] {{"Real Madrid", 15}, {"AC Milan", 7}, {"Liverpool", 6}, {"Bayern Munich", 6}, {"Barcelona", 5}}) {
            GraphQL.post("club-titles", "name", expected[0], "competition", "UCL")
                    .body("errors", nullValue())
                    .body("data.club.titles", hasSize((Integer) expected[1]));
        }
        GraphQL.post("club-titles", "name", "Liverpool", "competition", "UCL")
                .body("data.club.titles.season.name", contains("1976-77", "1977-78", "1980-81", "1983-84", "2004-05", "2018-19"))
                .body("data.club.titles[5].final.date", equalTo("2019-06-01"))
                .body("data.club.titles[5].final.homeClub.name", notNullValue());
    }
}
