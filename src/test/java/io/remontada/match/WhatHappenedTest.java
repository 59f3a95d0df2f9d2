package io.remontada.match;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.response.ValidatableResponse;

/**
 * The record reads as it happened where a source wrote it otherwise (data/corrections/errata.tsv): the played score
 * is the match's score and an awarded one sits beside it, a walkover is a walkover, extra time is where it was played,
 * an abandoned match says so, and a club plays for the association it belongs to.
 */
@QuarkusTest
class WhatHappenedTest {

    private static final String TIE = "data.club.ties.edges[0].node";

    private static ValidatableResponse ties(String club, String season, String stage) {
        return GraphQL.post("club-ties-in-season", "club", club, "season", season, "stage", stage)
                .statusCode(200).body("errors", nullValue());
    }

    @Test
    void celticLegia2014IsLegiasWinOnThePitchAndCelticsTieByTheAward() {
        ties("Celtic FC (SCO)", "2014-15", "QUALIFYING")
                .body("data.club.ties.edges.size()", equalTo(2))
                .body("data.club.ties.edges[1].node.clubA.name", equalTo("Legia Warszawa"))
                .body("data.club.ties.edges[1].node.decidedBy", equalTo("AWARDED"))
                .body("data.club.ties.edges[1].node.winner.name", equalTo("Celtic FC"))
                .body("data.club.ties.edges[1].node.aggregateA", equalTo(4))
                .body("data.club.ties.edges[1].node.aggregateB", equalTo(4))
                .body("data.club.ties.edges[1].node.legs[1].score.fullTime.home", equalTo(0))
                .body("data.club.ties.edges[1].node.legs[1].score.fullTime.away", equalTo(2))
                .body("data.club.ties.edges[1].node.legs[1].score.awarded.home", equalTo(3))
                .body("data.club.ties.edges[1].node.legs[1].score.awarded.away", equalTo(0));
    }

    @Test
    void steauaParis1997WasPlayed3To2AndAwarded3To0AndParisWentThroughOnAggregate() {
        String tie = "data.club.ties.edges.find { it.node.clubB.name == 'Paris Saint-Germain' }.node";
        ties("Steaua Bucuresti (ROU)", "1997-98", "QUALIFYING")
                .body(tie + ".legs[0].score.fullTime.home", equalTo(3))
                .body(tie + ".legs[0].score.fullTime.away", equalTo(2))
                .body(tie + ".legs[0].score.awarded.home", equalTo(3))
                .body(tie + ".legs[0].score.awarded.away", equalTo(0))
                .body(tie + ".aggregateA", equalTo(3))
                .body(tie + ".aggregateB", equalTo(5))
                .body(tie + ".winner.name", equalTo("Paris Saint-Germain"))
                .body(tie + ".decidedBy", equalTo("AGGREGATE"));
    }

    @Test
    void theNewSaintsVideoton2015WentToExtraTime() {
        String tie = "data.club.ties.edges.find { it.node.clubB.name == 'Videoton FC' }.node";
        ties("The New Saints (WAL)", "2015-16", "QUALIFYING")
                .body(tie + ".decidedBy", equalTo("EXTRA_TIME"))
                .body(tie + ".winner.name", equalTo("Videoton FC"))
                .body(tie + ".legs[1].score.fullTime.home", equalTo(0))
                .body(tie + ".legs[1].score.fullTime.away", equalTo(1))
                .body(tie + ".legs[1].score.afterExtraTime.home", equalTo(1))
                .body(tie + ".legs[1].score.afterExtraTime.away", equalTo(1));
    }

    @Test
    void vorwartsLinfield1961WentToVorwartsByWalkover() {
        ties("Linfield FC (NIR)", "1961-62", null)
                .body(TIE + ".decidedBy", equalTo("WALKOVER"))
                .body(TIE + ".winner.name", equalTo("ASK Vorwärts Berlin"))
                .body(TIE + ".legs.size()", equalTo(1));
    }

    @Test
    void marseilleMilan1991WasAbandonedAt1To0AndAwarded3To0() {
        ties("AC Milan (ITA)", "1990-91", "QUARTER_FINAL")
                .body(TIE + ".legs[1].abandoned", equalTo(true))
                .body(TIE + ".legs[1].score.fullTime.home", equalTo(1))
                .body(TIE + ".legs[1].score.fullTime.away", equalTo(0))
                .body(TIE + ".legs[1].score.awarded.home", equalTo(3))
                .body(TIE + ".legs[0].abandoned", nullValue())
                .body(TIE + ".winner.name", equalTo("Olympique de Marseille"))
                .body(TIE + ".decidedBy", equalTo("AGGREGATE"));
    }

    @Test
    void theQualifyingRoundsOf2018_19AreHeldWithTheirStagesAndThePreliminaryRoundIsTwoRounds() {
        GraphQL.post("stage-filter", "matches", GraphQL.vars("competition", "UCL", "stage", "PRELIMINARY", "seasonFrom", "2018-19", "seasonTo", "2018-19"),
                "ties", GraphQL.vars("competition", "UCL", "stage", "PLAY_OFF", "seasonFrom", "2019-20", "seasonTo", "2019-20"))
                .body("errors", nullValue())
                .body("data.matches.totalCount", equalTo(3))
                .body("data.matches.edges.node.round", contains("Preliminary round, semi-finals", "Preliminary round, semi-finals",
                        "Preliminary round, final"))
                .body("data.ties.totalCount", equalTo(6))
                .body("data.ties.edges.node.stage", everyItem(equalTo("PLAY_OFF")));
    }

    @Test
    void theEuropaLeagueKnockoutRoundsOf2011_12And2012_13AreHeldWithTheirStages() {
        GraphQL.post("stage-filter", "matches", GraphQL.vars("competition", "UEL", "stage", "ROUND_OF_32", "seasonFrom", "2012-13", "seasonTo", "2012-13"),
                "ties", GraphQL.vars("competition", "UEL", "stage", "FINAL", "seasonFrom", "2011-12", "seasonTo", "2012-13"))
                .body("errors", nullValue())
                .body("data.matches.totalCount", equalTo(32))
                .body("data.matches.edges.node.round", everyItem(equalTo("Round of 32")))
                .body("data.ties.totalCount", equalTo(2))
                .body("data.ties.edges.node.clubB.name", contains("Athletic Club Bilbao", "Chelsea FC"));
    }

    @Test
    void milanAjax1969WasWon4To1() {
        ties("AFC Ajax (NED)", "1968-69", "FINAL")
                .body(TIE + ".legs[0].score.fullTime.home", equalTo(4))
                .body(TIE + ".legs[0].score.fullTime.away", equalTo(1))
                .body(TIE + ".winner.name", equalTo("AC Milan"));
    }

    @Test
    void aVerdictTellsAnAwardedLegByItsAwardedResult() {
        GraphQL.post("club-verdict", "name", "Paris Saint-Germain (FRA)", "deficit", 3, "scope", "FIRST_LEG",
                        "filter", GraphQL.vars("seasonFrom", "1997-98", "seasonTo", "1997-98"))
                .body("errors", nullValue())
                .body("data.club.hasOverturned.answer", equalTo("YES"))
                .body("data.club.hasOverturned.why", org.hamcrest.Matchers.equalTo("Yes: 3-0 down to Steaua București after the first leg of the 1997-98 Champions League "
                        + "qualifying rounds, won the second leg 5-0 at home and went through 5-3 on aggregate."));
        GraphQL.post("club-verdict", "name", "Celtic FC (SCO)", "deficit", 3, "scope", "FIRST_LEG",
                        "filter", GraphQL.vars("seasonFrom", "2014-15", "seasonTo", "2014-15"))
                .body("data.club.hasOverturned.occasions[0].decidedBy", equalTo("AWARDED"))
                .body("data.club.hasOverturned.why", org.hamcrest.Matchers.containsString("won the second leg 3-0 at home"))
                .body("data.club.hasOverturned.why", org.hamcrest.Matchers.containsString("on a result UEFA awarded"));
    }

    @Test
    void asMonacoPlaysForFrance() {
        GraphQL.post("club-by-name", "name", "AS Monaco FC").statusCode(200)
                .body("data.club.country", equalTo("FRA"));
    }
}
