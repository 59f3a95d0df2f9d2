package io.remontada.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.remontada.support.GraphQL;
import io.restassured.http.ContentType;

/**
 * The packaged application, run as production runs it (prod profile, no embedded server in the
 * jar), against a PostgreSQL it is given: it migrates, imports the bundled history on first start
 * and serves the same answers and GraphiQL.
 */
@QuarkusIntegrationTest
@WithTestResource(PostgresForPackagedApp.class)
class PackagedAppIT {

    @Test
    void liverpoolHaveOverturnedAThreeGoalFirstLegDeficit() {
        GraphQL.post("club-verdict", "name", "liverpool", "deficit", 3, "scope", "FIRST_LEG")
                .body("errors", nullValue())
                .body("data.club.hasOverturned.answer", equalTo("YES"))
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("FC Barcelona"))
                .body("data.club.hasOverturned.occasions[0].season.name", equalTo("2018-19"));
        GraphQL.post("club-verdict", "name", "liverpool", "deficit", 2, "scope", "MATCH")
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("Borussia Dortmund"))
                .body("data.club.hasOverturned.occasions[0].match.date", equalTo("2016-04-14"));
    }

    @Test
    void kloppsQuotesAndTheClosedDoorTieAreServed() {
        GraphQL.post("person-with-quotes", "name", "Jurgen Klopp")
                .body("data.person.quotes", hasSize(6))
                .body("data.person.quotes[0].machineTranslated", equalTo(true));
        given().queryParam("query", "{ club(name: \"Real Madrid\") { titles(competition: \"UCL\") { season { name } } } }")
                .get("/graphql").then().statusCode(200).body("data.club.titles", hasSize(15));
    }

    @Test
    void limitsAndErrorsHoldInProduction() {
        given().contentType(ContentType.JSON).body("{nonsense").post("/graphql").then()
                .statusCode(400).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ clubs(first: 500) { totalCount } }")).post("/graphql").then()
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void graphiqlIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200).contentType(startsWith("text/html")).body(containsString("GraphiQL"));
    }
}
