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

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.Clubs;
import io.remontada.support.GraphQL;

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
