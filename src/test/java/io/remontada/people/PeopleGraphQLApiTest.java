package io.remontada.people;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;

@QuarkusTest
class PeopleGraphQLApiTest {

    @Test
    void kloppsQuotesComeBackWithSourceDateAndTheMachineTranslatedFlag() {
        GraphQL.post("person-with-quotes", "name", "jurgen klopp")
                .body("errors", nullValue())
                .body("data.person.quotes", hasSize(6))
                .body("data.person.quotes[0].text", startsWith("This Real Madrid team has some of the greatest talent"))
                .body("data.person.quotes.machineTranslated", everyItem(equalTo(true)))
                .body("data.person.quotes.saidOn", everyItem(equalTo("2021-04-14")))
                .body("data.person.quotes.source", everyItem(startsWith("Liverpool FC website")))
                .body("data.person.quotes.club.name", everyItem(equalTo("Liverpool FC")))
                .body("data.person.quotes.tie.round", everyItem(equalTo("Quarter-finals")))
                .body("data.person.quotes.match.date", everyItem(equalTo("2021-04-14")));
    }

    @Test
    void spellsKeepTheDayOnlyWhereItIsKnown() {
        GraphQL.post("person-with-quotes", "name", "Jurgen Klopp")
                .body("data.person.spells.club.name", contains("1. FSV Mainz 05", "Borussia Dortmund", "Liverpool FC"))
                .body("data.person.spells[0].from", nullValue())
                .body("data.person.spells[0].fromMonth", equalTo("2001-02"))
                .body("data.person.spells[2].from", equalTo("2015-10-08"))
                .body("data.person.spells[2].to", nullValue())
                .body("data.person.spells[2].toMonth", equalTo("2024-05"));
    }

    @Test
    void quotesFilterByWordsInTheText() {
        GraphQL.post("quotes-search", "search", "PERFECT performance")
                .body("errors", nullValue())
                .body("data.quotes.totalCount", equalTo(1))
                .body("data.quotes.edges[0].node.speaker.name", equalTo("Jurgen Klopp"));
    }

    @Test
    void managersListsPeopleWithSpells() {
        GraphQL.post("managers", "first", 100)
                .body("errors", nullValue())
                .body("data.managers.totalCount", equalTo(9))
                .body("data.managers.edges.node.name", hasItem("Bob Paisley"))
                .body("data.managers.edges.node.name", org.hamcrest.Matchers.not(hasItem("Mohamed Salah")));
    }
}
