package io.remontada.club;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;

@QuarkusTest
class ClubGraphQLApiTest {

    @Test
    void searchesClubsByAnyNameIgnoringCaseAndAccents() {
        GraphQL.post("clubs-search", "search", "munchen", "first", 5)
                .statusCode(200)
                .body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.clubs.totalCount", greaterThan(0))
                .body("data.clubs.edges[0].node.id", notNullValue());
    }
}
