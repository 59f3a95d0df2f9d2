package io.remontada.common;

import static io.remontada.support.GraphQL.graphQLClient;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Deep, wide, wrong and hostile requests: each gets a coded error or a 4xx, and the service goes on serving. */
@QuarkusTest
class RequestGateTest {

    private static ValidatableResponse post(String query) {
        return graphQLClient().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql").then();
    }

    private static void refusedWith(ValidatableResponse response, int status, String code) {
        response.statusCode(status)
                .contentType(startsWith("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors.message", everyItem(not(containsString("Exception"))))
                .body("errors.message", everyItem(not(containsString("io.remontada"))));
    }

    @Test
    void anOversizedPageIsALimit() {
        post("{ clubs(first: 1000) { totalCount } }").body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("page size"));
        post("{ clubs(first: 0) { totalCount } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void deepNestingIsRefusedBeforeExecution() {
        refusedWith(post("{ clubs(first: 1) { edges { node { ties(first: 1) { edges { node { legs { tie { legs { tie { legs { tie { id } } } } } } } } } } } } }"),
                400, "LIMIT_EXCEEDED");
    }

    @Test
    void anAliasFanOutIsRefusedBeforeItTouchesTheDatabase() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 300; i++) {
            query.append(" a").append(i).append(": club(name: \"liverpool\") { name }");
        }
        refusedWith(post(query.append(" }").toString()), 400, "LIMIT_EXCEEDED");
        post(query.toString()).body("errors[0].extensions.limit", equalTo("resolvers"));
        post("{ clubs(first: 100) { edges { node { ties(first: 100) { edges { node { legs { goals { minute } } } } } } } } }")
                .statusCode(400).body("errors[0].extensions.limit", equalTo("nodes"));
    }

    @Test
    void anOrdinaryDeepQueryIsCountedByTheRealSizeOfItsLists() {
        // twenty clubs, ten ties each, their legs (at most three), goals and each goal's club: a few thousand nodes
        graphQLClient().contentType(ContentType.JSON).body(Map.of("query", GraphQL.read("twenty-clubs-ten-ties"))).post("/graphql").then()
                .statusCode(200).body("errors", nullValue()).body("data.clubs.edges", org.hamcrest.Matchers.hasSize(20));
    }

    @Test
    void tooManyTokensStopAtTheParser() {
        refusedWith(post("{ " + "competitions { code } ".repeat(4000) + "}"), 400, "LIMIT_EXCEEDED");
    }

    @Test
    void anUnknownEnumValueOrFieldIsABadInput() {
        refusedWith(post("{ deficitRecord(deficit: 2, scope: SOMETIMES) { attempts } }"), 400, "BAD_USER_INPUT");
        refusedWith(post("{ club(name: \"x\") { password } }"), 400, "BAD_USER_INPUT");
    }

    @Test
    void variablesOfTheWrongTypeAreABadInput() {
        // GraphQL.post accepts anything, as older clients do: the refusal comes with 200
        GraphQL.post("club-verdict", "name", "liverpool", "deficit", "three", "scope", "FIRST_LEG")
                .statusCode(200).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        refusedWith(post("{ matches(filter: { dateFrom: \"yesterday\" }) { totalCount } }"), 400, "BAD_USER_INPUT");
        refusedWith(graphQLClient().contentType(ContentType.JSON).body(Map.of("query", "query($f: ComebackFilter) { comebacks(filter: $f) { totalCount } }",
                "variables", Map.of("f", Map.of("minDeficit", 2.5)))).post("/graphql").then(), 400, "BAD_USER_INPUT");
    }

    @Test
    void argumentsAreValidated() {
        GraphQL.post("club-verdict", "name", "liverpool", "deficit", 0, "scope", "FIRST_LEG")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("deficit must be at least 1"));
        GraphQL.post("clubs-search", "after", "bm90IGEgY3Vyc29y")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("cursor"));
        post("{ match(id: \"1 OR 1=1\") { id } }").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void injectionStringsAreJustNames() {
        GraphQL.post("club-by-name", "name", "'; DROP TABLE club; --").statusCode(200).body("errors", nullValue()).body("data.club", nullValue());
        GraphQL.post("clubs-search", "search", "%' OR '1'='1").body("errors", nullValue()).body("data.clubs.totalCount", equalTo(0));
        GraphQL.post("club-by-name", "name", "liverpool").body("data.club.name", equalTo("Liverpool FC"));
    }

    @Test
    void garbageBodiesGetA4xx() {
        refusedWith(graphQLClient().contentType(ContentType.JSON).body("{garbage").post("/graphql").then(), 400, "BAD_USER_INPUT");
        refusedWith(graphQLClient().contentType(ContentType.JSON).body("[1, 2]").post("/graphql").then(), 400, "BAD_USER_INPUT");
        refusedWith(graphQLClient().contentType(ContentType.JSON).body("{\"query\": 42}").post("/graphql").then(), 400, "BAD_USER_INPUT");
        refusedWith(graphQLClient().contentType(ContentType.TEXT).body("hello").post("/graphql").then(), 415, "BAD_USER_INPUT");
        refusedWith(graphQLClient().contentType(ContentType.JSON).body("{\"query\": \"{ competitions { code }\"}").post("/graphql").then(), 400, "BAD_USER_INPUT");
        refusedWith(graphQLClient().contentType(ContentType.JSON).body("{\"query\": \"" + "x".repeat(200_000) + "\"}").post("/graphql").then(), 413, "LIMIT_EXCEEDED");
        post("{ competitions { code } }").statusCode(200).body("data.competitions.code", notNullValue());
    }

    @Test
    void queriesWorkOverGetAndMutationsDoNot() {
        graphQLClient().queryParam("query", "{ competitions { code name } }").get("/graphql").then()
                .statusCode(200).contentType(startsWith("application/graphql-response+json"))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("data.competitions.code", org.hamcrest.Matchers.hasItems("UCL", "UEL", "UECL"));
        graphQLClient().queryParam("query", "query($n: String!) { club(name: $n) { name } }").queryParam("variables", "{\"n\": \"liverpool\"}")
                .get("/graphql").then().statusCode(200).body("data.club.name", equalTo("Liverpool FC"));
        refusedWith(graphQLClient().queryParam("query", "mutation { importMatches(input: {format: FOOTBALL_TXT, fileName: \"a\", content: \"\"}) { files } }")
                .get("/graphql").then(), 405, "BAD_USER_INPUT");
    }

    @Test
    void aClientOfPlainJsonGetsPlainJsonAnd200EvenForAQueryThatFails() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ competitions { code }")).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().accept("application/json").contentType(ContentType.JSON).body(Map.of("query", "{ competitionz { code } }")).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        given().accept("*/*").queryParam("query", "{ competitions { code } }").get("/graphql").then()
                .statusCode(200).contentType(startsWith("application/json")).body("data.competitions.code", notNullValue());
        graphQLClient().contentType(ContentType.JSON).body(Map.of("query", "{ competitions { code } }")).post("/graphql").then()
                .statusCode(200).contentType(startsWith("application/graphql-response+json"));
    }

    @Test
    void aClientThatTakesNoJsonIsToldSoWith406() {
        given().accept("text/html").contentType(ContentType.JSON).body(Map.of("query", "{ competitions { code } }")).post("/graphql").then()
                .statusCode(406).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("application/json"));
        given().accept("text/html, application/graphql-response+json;q=0.9").queryParam("query", "{ competitions { code } }").get("/graphql").then()
                .statusCode(200).body("data.competitions.code", notNullValue());
    }

    @Test
    void getWithAnOperationNameIsAnsweredAsGraphqlRequestSendsIt() {
        graphQLClient().queryParam("query", "query Club($n: String) { club(name: $n) { name } }").queryParam("variables", "{\"n\":\"Liverpool\"}")
                .queryParam("operationName", "Club")
                .get("/graphql").then().statusCode(200).body("errors", nullValue()).body("data.club.name", equalTo("Liverpool FC"));
        // a document of several operations runs the one named, with its fragments
        graphQLClient().queryParam("query", "query A { competitions { code } } query B($n: String) { club(name: $n) { ...Named } } "
                + "fragment Named on Club { name }")
                .queryParam("variables", "{\"n\":\"Real Madrid\"}").queryParam("operationName", "B")
                .get("/graphql").then().statusCode(200).body("errors", nullValue()).body("data.club.name", equalTo("Real Madrid"))
                .body("data.competitions", nullValue());
    }

    @Test
    void getKeepsPercentAndPlusSignsAsTheyWereSent() {
        // a second URL decoding would read "100%" as a broken escape and "+" as a space: GET must answer as POST does
        String query = "query($s: String) { quotes(filter: {search: $s}) { totalCount } clubs(search: \"Saint+Germain\") { totalCount } }";
        String variables = "{\"s\":\"100% a+b\"}";
        String overPost = graphQLClient().contentType(ContentType.JSON).body("{\"query\": \"" + query.replace("\"", "\\\"") + "\", \"variables\": "
                + variables + "}").post("/graphql").then().statusCode(200).body("errors", nullValue()).extract().asString();
        graphQLClient().queryParam("query", query).queryParam("variables", variables)
                .get("/graphql").then().statusCode(200).body(equalTo(overPost));
        graphQLClient().queryParam("query", "# a comment ends at the end of its line\n{ club(name: \"Liverpool\") { name } }")
                .get("/graphql").then().statusCode(200).body("data.club.name", equalTo("Liverpool FC"));
    }

    @Test
    void corsLetsWebClientsIn() {
        graphQLClient().header("Origin", "https://fans.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").then().statusCode(204).header("Access-Control-Allow-Origin", notNullValue());
    }

    @Test
    void graphiqlIsServed() {
        graphQLClient().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }
}
