package io.remontada.match;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.Clubs;
import io.remontada.support.GraphQL;

@QuarkusTest
class MatchGraphQLApiTest {

    @Test
    void theStageFilterFindsTheFourQuarterFinalsOf2003AndTheirComebacks() {
        var season = GraphQL.vars("stage", "QUARTER_FINAL", "competition", "UCL", "seasonFrom", "2003-04", "seasonTo", "2003-04");
        var page = GraphQL.post("stage-filter", "matches", season, "ties", season, "comebacks", season)
                .body("errors", nullValue())
                .body("data.matches.totalCount", equalTo(8))
                .body("data.matches.edges.node.stage", everyItem(equalTo("QUARTER_FINAL")))
                .body("data.matches.edges.node.round", everyItem(equalTo("Quarter-finals")))
                .body("data.ties.totalCount", equalTo(4))
                .body("data.ties.pageInfo.hasNextPage", equalTo(true))
                .body("data.ties.pageInfo.hasPreviousPage", equalTo(false))
                // Deportivo's 4-0 against Milan after a 4-1 defeat
                .body("data.comebacks.edges.node.stage", hasItem("QUARTER_FINAL"))
                .body("data.comebacks.edges.node.season.name", everyItem(equalTo("2003-04")))
                .extract().jsonPath();
        assertEquals(page.getString("data.ties.edges[0].cursor"), page.getString("data.ties.pageInfo.startCursor"));
        assertEquals(page.getString("data.ties.edges[1].cursor"), page.getString("data.ties.pageInfo.endCursor"));
        GraphQL.post("ties-of-club", "filter", season, "first", 2, "after", page.getString("data.ties.pageInfo.endCursor"))
                .body("errors", nullValue())
                .body("data.ties.edges", hasSize(2))
                .body("data.ties.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.ties.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void aRoundNobodyWroteIsRefusedWithTheRoundsThereAre() {
        GraphQL.post("ties-of-club", "filter", GraphQL.vars("round", "QF"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("\"Quarter-finals\""))
                .body("errors[0].message", containsString("QUARTER_FINAL"));
        GraphQL.post("stage-filter", "comebacks", GraphQL.vars("round", "QF"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void everyGroupOfEveryFormatIsTheGroupStage() {
        GraphQL.post("stage-filter", "matches", GraphQL.vars("stage", "GROUP", "seasonFrom", "2000-01", "seasonTo", "2000-01"),
                "ties", GraphQL.vars("stage", "FINAL", "competition", "UCL", "seasonFrom", "2000-01", "seasonTo", "2000-01"))
                .body("errors", nullValue())
                // two group stages that season: 96 + 48 matches, shown 100 at a time
                .body("data.matches.totalCount", equalTo(144))
                .body("data.matches.edges.node.round", hasItem("Second group stage, Group A"))
                .body("data.ties.totalCount", equalTo(1))
                .body("data.ties.edges[0].node.stage", equalTo("FINAL"));
    }

    @Test
    void theQuarterFinalOf2021IsOneTieBehindClosedDoors() {
        GraphQL.post("ties-of-club", "filter", GraphQL.vars("club", Clubs.idOf("Liverpool"), "opponent", Clubs.idOf("Real Madrid"),
                "seasonFrom", "2020-21", "seasonTo", "2020-21"))
                .body("errors", nullValue())
                .body("data.ties.totalCount", equalTo(1))
                .body("data.ties.edges[0].node.round", equalTo("Quarter-finals"))
                .body("data.ties.edges[0].node.clubA.name", equalTo("Real Madrid"))
                .body("data.ties.edges[0].node.aggregateA", equalTo(3))
                .body("data.ties.edges[0].node.aggregateB", equalTo(1))
                .body("data.ties.edges[0].node.winner.name", equalTo("Real Madrid"))
                .body("data.ties.edges[0].node.decidedBy", equalTo("AGGREGATE"))
                .body("data.ties.edges[0].node.legs", hasSize(2))
                .body("data.ties.edges[0].node.legs.behindClosedDoors", contains(true, true))
                .body("data.ties.edges[0].node.legs.leg", contains(1, 2));
    }

    @Test
    void liverpoolAgainstBarcelona2019IsOneTieOfTwoLegsFromTwoSourcesMerged() {
        GraphQL.post("ties-of-club", "filter", GraphQL.vars("club", Clubs.idOf("Liverpool FC (ENG)"), "opponent", Clubs.idOf("Barcelona"),
                "seasonFrom", "2018-19", "seasonTo", "2018-19"))
                .body("errors", nullValue())
                .body("data.ties.totalCount", equalTo(1))
                .body("data.ties.edges[0].node.legs.date", contains("2019-05-01", "2019-05-07"))
                .body("data.ties.edges[0].node.legs.score.fullTime.home", contains(3, 4))
                .body("data.ties.edges[0].node.winner.name", equalTo("Liverpool FC"));
    }

    @Test
    void awayGoalsDecideARomaTieOf2018() {
        GraphQL.post("ties-of-club", "filter", GraphQL.vars("club", Clubs.idOf("Roma"), "seasonFrom", "2017-18", "seasonTo", "2017-18",
                "round", "quarter-finals"))
                .body("data.ties.edges[0].node.aggregateA", equalTo(4))
                .body("data.ties.edges[0].node.aggregateB", equalTo(4))
                .body("data.ties.edges[0].node.decidedBy", equalTo("AWAY_GOALS"))
                .body("data.ties.edges[0].node.winner.name", equalTo("AS Roma"));
    }

    @Test
    void stagesOfAScoreStayApartAndGoalsCarryTheRunningScore() {
        GraphQL.post("match-goals", "filter", GraphQL.vars("club", Clubs.idOf("Liverpool"), "dateFrom", "2005-05-25", "dateTo", "2005-05-25"))
                .body("errors", nullValue())
                .body("data.matches.totalCount", equalTo(1))
                .body("data.matches.edges[0].node.score.fullTime.home", equalTo(3))
                .body("data.matches.edges[0].node.score.afterExtraTime.home", equalTo(3))
                .body("data.matches.edges[0].node.score.penalties", notNullValue())
                .body("data.matches.edges[0].node.goalTimesComplete", equalTo(true))
                .body("data.matches.edges[0].node.goals", hasSize(6))
                .body("data.matches.edges[0].node.goals[0].scorer", equalTo("Maldini"))
                .body("data.matches.edges[0].node.goals[4].scorer", equalTo("Šmicer"));
    }

    @Test
    void theSecondLegAtAnfieldIn2016HasItsLateWinner() {
        GraphQL.post("match-goals", "filter", GraphQL.vars("club", Clubs.idOf("Liverpool"), "competition", "uel", "dateFrom", "2016-04-14",
                "dateTo", "2016-04-14"))
                .body("errors", nullValue())
                .body("data.matches.edges[0].node.goals[6].minute", equalTo(90))
                .body("data.matches.edges[0].node.goals[6].stoppage", equalTo(1))
                .body("data.matches.edges[0].node.goals[6].scorer", equalTo("Lovren"))
                .body("data.matches.edges[0].node.goals[6].scoreAfter.home", equalTo(4))
                .body("data.matches.edges[0].node.goals[6].scoreAfter.away", equalTo(3));
    }

    @Test
    void headToHeadCountsEveryMeeting() {
        GraphQL.post("head-to-head", "a", Clubs.idOf("Liverpool"), "b", Clubs.idOf("Real Madrid"))
                .body("errors", nullValue())
                .body("data.headToHead.clubA.name", equalTo("Liverpool FC"))
                .body("data.headToHead.played", org.hamcrest.Matchers.greaterThanOrEqualTo(8));
    }

    @Test
    void aMissingIdIsNullAndAnUnknownClubInAFilterMatchesNothing() {
        GraphQL.post("ties-of-club", "filter", GraphQL.vars("club", "999999999"))
                .body("errors", nullValue())
                .body("data.ties.totalCount", equalTo(0));
    }
}
