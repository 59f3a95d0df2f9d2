package io.remontada.common;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.common.error.BadUserInputException;
import io.remontada.support.GraphQL;
import io.restassured.path.json.JsonPath;

/**
 * Every batched field that takes arguments, asked twice in one request under two aliases with
 * different arguments, answers each alias exactly as when that alias is asked alone: on one parent
 * and on a page of parents. (Batching once ran every alias of a field with one alias's arguments.)
 */
@QuarkusTest
class AliasedArgumentsTest {

    /** Each batched field with arguments: its query file, a parent by name and a search that pages several. */
    static Stream<Arguments> batchedFieldsWithArguments() {
        return Stream.of(
                Arguments.of("aliases-club-has-overturned", "Barcelona", "ea"),
                Arguments.of("aliases-person-has-overturned", "Jürgen Klopp", "e"),
                Arguments.of("aliases-club-comebacks", "Barcelona", "ea"),
                Arguments.of("aliases-club-matches", "Barcelona", "ea"),
                Arguments.of("aliases-club-ties", "Barcelona", "ea"),
                Arguments.of("aliases-club-titles", "Chelsea", "ea"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("batchedFieldsWithArguments")
    void onOneParentEachAliasIsAnsweredWithItsOwnArguments(String query, String name, String search) {
        assertEachAliasAnsweredAsAlone(query, name, search, false, "data.one");
    }

    @ParameterizedTest(name = "{0} on clubs or managers matching {2}")
    @MethodSource("batchedFieldsWithArguments")
    void onAPageOfParentsEachAliasIsAnsweredWithItsOwnArguments(String query, String name, String search) {
        assertTrue(ask(query, name, search, true, true, true).getList("data.many.edges").size() > 1, "the page should hold several parents");
        assertEachAliasAnsweredAsAlone(query, name, search, true, "data.many.edges.node");
    }

    @Test
    void aBadArgumentInOneAliasIsThatAliasErrorAndTheOthersAreAnswered() {
        GraphQL.post("aliases-bad-argument", "name", "Barcelona")
                .statusCode(200)
                .body("errors", hasSize(1))
                .body("errors[0].path", contains("bad", "a"))
                .body("errors[0].extensions.code", equalTo(BadUserInputException.CODE))
                .body("errors[0].message", containsString("deficit"))
                // the non-null verdict takes its parent down with it; the same question elsewhere is answered
                .body("data.bad", nullValue())
                .body("data.good.b.attempts", equalTo(2));
    }

    @Test
    void aliasesThatDifferOnlyInSelectingTheTotalAreEachAnsweredInFull() {
        JsonPath answer = GraphQL.post("aliases-total-and-page", "search", "ea").statusCode(200).body("errors", nullValue())
                .extract().jsonPath();
        List<Map<String, Object>> clubs = answer.getList("data.clubs.edges.node");
        assertTrue(clubs.size() > 1, "the page should hold several clubs");
        for (int i = 0; i < clubs.size(); i++) {
            String club = "data.clubs.edges[" + i + "].node.";
            assertEquals(answer.getList(club + "counted.edges"), answer.getList(club + "paged.edges"), "both aliases page alike");
            int total = GraphQL.post("matches-of-club-total", "club", answer.getString(club + "id")).statusCode(200)
                    .extract().path("data.matches.totalCount");
            assertEquals(total, answer.getInt(club + "counted.totalCount"), "the club's total, counted for the alias that asks for it");
        }
    }

    private static void assertEachAliasAnsweredAsAlone(String query, String name, String search, boolean list, String parents) {
        JsonPath together = ask(query, name, search, list, true, true);
        Object a = together.get(parents + ".a");
        Object b = together.get(parents + ".b");
        assertNotNull(a, query);
        assertNotEquals(a, b, query + ": a and b answered alike, so either they shared one answer or their arguments prove nothing");
        assertEquals(ask(query, name, search, list, true, false).get(parents + ".a"), a, query + ": alias a answered with other arguments");
        assertEquals(ask(query, name, search, list, false, true).get(parents + ".b"), b, query + ": alias b answered with other arguments");
    }

    private static JsonPath ask(String query, String name, String search, boolean list, boolean askA, boolean askB) {
        return GraphQL.post(query, "name", name, "search", search, "list", list, "askA", askA, "askB", askB)
                .statusCode(200)
                .body("errors", nullValue())
                .extract().jsonPath();
    }
}
