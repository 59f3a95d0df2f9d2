package io.remontada.comeback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.Clubs;
import io.remontada.support.GraphQL;
import io.restassured.response.ValidatableResponse;

/** The questions the product exists for, answered from the bundled record. */
@QuarkusTest
class ComebackGraphQLApiTest {

    private static ValidatableResponse verdict(String club, int deficit, String scope) {
        return GraphQL.post("club-verdict", "name", club, "deficit", deficit, "scope", scope).body("errors", nullValue());
    }

    @Test
    void liverpoolOverturnedThreeGoalsAfterAFirstLegAgainstBarcelona() {
        verdict("liverpool", 3, "FIRST_LEG")
                .body("data.club.name", equalTo("Liverpool FC"))
                .body("data.club.hasOverturned.answer", equalTo("YES"))
                .body("data.club.hasOverturned.overturned", equalTo(1))
                .body("data.club.hasOverturned.attempts", greaterThan(1))
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("FC Barcelona"))
                .body("data.club.hasOverturned.occasions[0].season.name", equalTo("2018-19"))
                .body("data.club.hasOverturned.occasions[0].deficit", equalTo(3))
                .body("data.club.hasOverturned.occasions[0].decidedBy", equalTo("AGGREGATE"))
                .body("data.club.hasOverturned.occasions[0].manager.name", equalTo("Jurgen Klopp"))
                .body("data.club.hasOverturned.coverage.matches", greaterThan(200))
                .body("data.club.hasOverturned.coverage.from", equalTo("1964-08-17"));
    }

    @Test
    void theYesNamesItsEvidenceInASentence() {
        verdict("liverpool", 3, "FIRST_LEG")
                .body("data.club.hasOverturned.why", equalTo("Yes: 3-0 down to FC Barcelona after the first leg of the 2018-19 Champions League "
                        + "semi-final, won the second leg 4-0 at home and went through 4-3 on aggregate."));
    }

    @Test
    void aMatchVerdictTheRecordCannotSeeIsUnknownAndSaysWhy() {
        // United came from behind to win the 1999 final, whose goal minutes the open record lacks
        GraphQL.post("club-verdict", "name", "Manchester United", "deficit", 1, "scope", "MATCH",
                "filter", GraphQL.vars("competition", "UCL", "seasonFrom", "1998-99", "seasonTo", "1998-99"))
                .body("errors", nullValue())
                .body("data.club.hasOverturned.answer", equalTo("UNKNOWN"))
                .body("data.club.hasOverturned.why", startsWith("Unknown: goal times are known for "))
                .body("data.club.hasOverturned.why", containsString(" of Manchester United FC's "))
                .body("data.club.hasOverturned.coverage.complete", equalTo(false));
    }

    @Test
    void aFirstLegVerdictOverSeasonsTheRecordHoldsWholeCanSayNo() {
        // engsoccerdata holds every European Cup / Champions League match of 1955-56 to 2015-16
        GraphQL.post("club-verdict", "name", "Manchester United", "deficit", 3, "scope", "FIRST_LEG",
                "filter", GraphQL.vars("competition", "UCL", "seasonFrom", "1955-56", "seasonTo", "2015-16"))
                .body("errors", nullValue())
                .body("data.club.hasOverturned.overturned", equalTo(0))
                .body("data.club.hasOverturned.answer", equalTo("NO"))
                .body("data.club.hasOverturned.why", startsWith("No: Manchester United FC "))
                .body("data.club.hasOverturned.why", containsString("the record holds every match of European Cup / UEFA Champions League 1955-56 to 2015-16"))
                .body("data.club.hasOverturned.coverage.complete", equalTo(true))
                .body("data.club.hasOverturned.coverage.spans.complete", everyItem(equalTo(true)));
    }

    @Test
    void aVerdictAskedForItsAnswerAloneGivesTheAnswerItGivesWithItsEvidenceAndCoverage() {
        // the answer alone reads no evidence and, where it cannot depend on them, none of the side's matches;
        // a MATCH question over seasons held whole is where a skipped read would turn UNKNOWN into NO
        Map<String, Object> wholeSeasons = GraphQL.vars("competition", "UCL", "seasonFrom", "1955-56", "seasonTo", "2015-16");
        List<Object[]> questions = List.of(
                new Object[] {"Manchester United", 1, "MATCH", wholeSeasons, "YES"},
                new Object[] {"Manchester United", 2, "MATCH", wholeSeasons, "UNKNOWN"},
                new Object[] {"Manchester United", 3, "TIE", wholeSeasons, "UNKNOWN"},
                new Object[] {"Manchester United", 3, "FIRST_LEG", wholeSeasons, "NO"},
                new Object[] {"Manchester United", 3, "FIRST_LEG", null, "UNKNOWN"},
                new Object[] {"liverpool", 3, "FIRST_LEG", null, "YES"},
                new Object[] {"liverpool", 1, "MATCH", null, "YES"});
        for (Object[] q : questions) {
            String full = GraphQL.post("club-verdict", "name", q[0], "deficit", q[1], "scope", q[2], "filter", q[3])
                    .body("errors", nullValue()).extract().path("data.club.hasOverturned.answer");
            assertEquals(q[4], full, "the full verdict on " + q[0] + ", " + q[1] + ", " + q[2]);
            GraphQL.post("club-verdict-answer", "name", q[0], "deficit", q[1], "scope", q[2], "filter", q[3])
                    .body("errors", nullValue())
                    .body("data.club.hasOverturned.answer", equalTo(full));
            ValidatableResponse both = GraphQL.post("club-verdict-two-shapes", "name", q[0], "deficit", q[1], "scope", q[2], "filter", q[3])
                    .body("errors", nullValue())
                    .body("data.club.bare.answer", equalTo(full))
                    .body("data.club.full.answer", equalTo(full))
                    .body("data.club.full.why", startsWith(full.charAt(0) + full.substring(1).toLowerCase() + ":"));
            if (!full.equals("YES")) {
                both.body("data.club.full.coverage.complete", equalTo(full.equals("NO")));
            }
        }
    }

    @Test
    void theSameQuestionWithoutLimitsIsUnknownBecauseTheEuropaLeagueBefore2020IsMissing() {
        verdict("Manchester United", 3, "FIRST_LEG")
                .body("data.club.hasOverturned.answer", equalTo("UNKNOWN"))
                .body("data.club.hasOverturned.why", containsString("UEFA Cup 1971-72 (none held)"))
                .body("data.club.hasOverturned.coverage.spans.find { it.competition.code == 'UEL' && it.season.name == '1999-00' }.missing",
                        hasItem("FINAL"));
    }

    @Test
    void aStageTheRecordHoldsInEverySeasonCanSayNo() {
        // every semi-final since 1955-56 is held, even in the seasons whose qualifying rounds are missing
        GraphQL.post("club-verdict", "name", "Manchester United", "deficit", 3, "scope", "FIRST_LEG",
                "filter", GraphQL.vars("competition", "UCL", "stage", "SEMI_FINAL", "seasonTo", "2024-25"))
                .body("errors", nullValue())
                .body("data.club.hasOverturned.answer", equalTo("NO"));
    }

    @Test
    void realMadrid2021CountsAsALiverpoolAttemptButNotAComeback() {
        verdict("liverpool", 2, "FIRST_LEG")
                .body("data.club.hasOverturned.occasions.season.name", not(hasItem("2020-21")));
        GraphQL.post("comebacks", "filter", GraphQL.vars("club", Clubs.idOf("Liverpool"), "seasonFrom", "2020-21", "seasonTo", "2020-21"))
                .body("data.comebacks.totalCount", equalTo(0));
        GraphQL.post("club-verdict", "name", "liverpool", "deficit", 2, "scope", "FIRST_LEG",
                "filter", GraphQL.vars("seasonFrom", "2020-21", "seasonTo", "2020-21"))
                .body("data.club.hasOverturned.attempts", equalTo(1))
                .body("data.club.hasOverturned.overturned", equalTo(0))
                // the record lacks that season's qualifying rounds, so it cannot say no
                .body("data.club.hasOverturned.answer", equalTo("UNKNOWN"))
                .body("data.club.hasOverturned.why", containsString("Champions League 2020-21"));
    }

    @Test
    void liverpoolCameBackFromTwoDownOnAggregateAndInTheMatchAgainstDortmund() {
        verdict("liverpool", 2, "TIE")
                .body("data.club.hasOverturned.answer", equalTo("YES"))
                .body("data.club.hasOverturned.occasions.opponent.name", contains("FC Barcelona", "Borussia Dortmund"))
                .body("data.club.hasOverturned.occasions[1].season.name", equalTo("2015-16"))
                .body("data.club.hasOverturned.occasions[1].competition.code", equalTo("UEL"))
                .body("data.club.hasOverturned.occasions[1].deficit", equalTo(2))
                .body("data.club.hasOverturned.why", equalTo("Yes: 3 goals down on aggregate to FC Barcelona during the 2018-19 Champions League "
                        + "semi-final, and went through 4-3 on aggregate."));
        verdict("liverpool", 2, "MATCH")
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("Borussia Dortmund"))
                .body("data.club.hasOverturned.occasions[0].match.date", equalTo("2016-04-14"))
                .body("data.club.hasOverturned.occasions[0].match.score.fullTime.home", equalTo(4))
                .body("data.club.hasOverturned.occasions[0].match.score.fullTime.away", equalTo(3))
                .body("data.club.hasOverturned.coverage.matchesWithGoalTimes", greaterThanOrEqualTo(7));
    }

    @Test
    void liverpoolCameBackFromThreeDownInIstanbulAndWonOnPenalties() {
        verdict("liverpool", 3, "MATCH")
                .body("data.club.hasOverturned.occasions", hasSize(1))
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("AC Milan"))
                .body("data.club.hasOverturned.occasions[0].season.name", equalTo("2004-05"))
                .body("data.club.hasOverturned.occasions[0].decidedBy", equalTo("PENALTIES"))
                .body("data.club.hasOverturned.why", equalTo("Yes: 3 goals down to AC Milan in the 2004-05 Champions League final on 25 May 2005, "
                        + "drew 3-3 after extra time and won the shoot-out 3-2."));
    }

    @Test
    void theFamousFirstLegComebacks() {
        verdict("Barcelona", 4, "FIRST_LEG")
                .body("data.club.hasOverturned.answer", equalTo("YES"))
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("Paris Saint-Germain"))
                .body("data.club.hasOverturned.occasions[0].season.name", equalTo("2016-17"));
        verdict("Deportivo La Coruna", 3, "FIRST_LEG")
                .body("data.club.hasOverturned.occasions.opponent.name", hasItem("AC Milan"))
                .body("data.club.hasOverturned.occasions.season.name", hasItem("2003-04"));
        verdict("Roma", 3, "FIRST_LEG")
                .body("data.club.hasOverturned.occasions[0].opponent.name", equalTo("FC Barcelona"))
                .body("data.club.hasOverturned.occasions[0].season.name", equalTo("2017-18"))
                .body("data.club.hasOverturned.occasions[0].decidedBy", equalTo("AWAY_GOALS"));
    }

    @Test
    void kloppsSidesOverturnedAThreeGoalFirstLegDeficit() {
        GraphQL.post("person-verdict", "name", "Jürgen Klopp", "deficit", 3, "scope", "FIRST_LEG")
                .body("errors", nullValue())
                .body("data.person.hasOverturned.answer", equalTo("YES"))
                .body("data.person.hasOverturned.occasions[0].club.name", equalTo("Liverpool FC"))
                .body("data.person.hasOverturned.occasions[0].manager.name", equalTo("Jurgen Klopp"))
                .body("data.person.hasOverturned.coverage.matches", greaterThan(50));
    }

    @Test
    void comebacksAreSortedByDeficitThenDateAndPageWithCursors() {
        ValidatableResponse first = GraphQL.post("comebacks", "filter", GraphQL.vars("scope", "FIRST_LEG", "competition", "UCL", "minDeficit", 3), "first", 3)
                .body("errors", nullValue())
                .body("data.comebacks.totalCount", equalTo(DeficitRecordTest.UCL_FIRST_LEG_3_OVERTURNED))
                .body("data.comebacks.edges[0].node.deficit", equalTo(4))
                .body("data.comebacks.edges.node.deficit", everyItem(greaterThanOrEqualTo(3)));
        String cursor = first.extract().path("data.comebacks.pageInfo.endCursor");
        GraphQL.post("comebacks", "filter", GraphQL.vars("scope", "FIRST_LEG", "competition", "UCL", "minDeficit", 3), "first", 3, "after", cursor)
                .body("errors", nullValue())
                .body("data.comebacks.edges", hasSize(3))
                .body("data.comebacks.edges.node.deficit", contains(3, 3, 3));
    }

    @Test
    void comebacksFilterBySecondLegAtHomeAndClosedDoors() {
        GraphQL.post("comebacks", "filter", GraphQL.vars("club", Clubs.idOf("Liverpool"), "scope", "FIRST_LEG", "secondLegAtHome", true))
                .body("errors", nullValue())
                .body("data.comebacks.edges.node.opponent.name", hasItem("FC Barcelona"));
        GraphQL.post("comebacks", "filter", GraphQL.vars("behindClosedDoors", true, "scope", "FIRST_LEG"))
                .body("errors", nullValue())
                .body("data.comebacks.totalCount", equalTo(0));
    }
}
