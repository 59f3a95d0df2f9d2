package io.remontada.coverage;

import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;

/** The record measured against what was played: a missing season is missing, not empty. */
@QuarkusTest
class CoverageGraphQLApiTest {

    private static String span(String competition, String season) {
        return "data.coverage.find { it.competition.code == '" + competition + "' && it.season.name == '" + season + "' }";
    }

    @Test
    void aSeasonEngsoccerdataHoldsWholeIsComplete() {
        GraphQL.post("coverage")
                .body("errors", nullValue())
                .body(span("UCL", "2003-04") + ".complete", equalTo(true))
                .body(span("UCL", "2003-04") + ".matches", equalTo(80 + 96 + 16 + 8 + 4 + 1))
                .body(span("UCL", "2003-04") + ".missing", empty());
    }

    @Test
    void aSeasonTheRecordLacksIsListedWithEveryStageMissing() {
        GraphQL.post("coverage")
                .body(span("UEL", "1990-91") + ".matches", equalTo(0))
                .body(span("UEL", "1990-91") + ".complete", equalTo(false))
                .body(span("UEL", "1990-91") + ".missing", hasItems("FIRST_ROUND", "QUARTER_FINAL", "FINAL"));
    }

    @Test
    void qualifyingRoundsTheOpenDataDropsAreMissing() {
        GraphQL.post("coverage")
                .body(span("UCL", "2017-18") + ".complete", equalTo(false))
                .body(span("UCL", "2017-18") + ".missing", equalTo(java.util.List.of("QUALIFYING", "PLAY_OFF")))
                .body(span("UCL", "2017-18") + ".matches", equalTo(125));
    }

    @Test
    void qualifyingRoundsFromOpenfootballsHistoryAreHeldButCannotBeShownWhole() {
        // 2018-19 was the example of missing qualifying rounds (125 matches, PRELIMINARY, QUALIFYING and PLAY_OFF missing)
        // until openfootball's 2018-19/cl_quali.txt filled them in: 3 preliminary, 76 qualifying and 12 play-off matches
        GraphQL.post("coverage")
                .body(span("UCL", "2018-19") + ".matches", equalTo(125 + 3 + 76 + 12))
                .body(span("UCL", "2018-19") + ".missing", empty())
                .body(span("UCL", "2018-19") + ".unverified", equalTo(java.util.List.of("QUALIFYING", "PLAY_OFF")))
                .body(span("UCL", "2018-19") + ".complete", equalTo(false));
    }

    @Test
    void theEuropaLeagueKnockoutRoundsOf2012_13AreHeldWholeItsGroupsAreNot() {
        GraphQL.post("coverage")
                .body(span("UEL", "2012-13") + ".matches", equalTo(32 + 16 + 8 + 4 + 1))
                .body(span("UEL", "2012-13") + ".missing", equalTo(java.util.List.of("QUALIFYING", "PLAY_OFF", "GROUP")))
                .body(span("UEL", "2011-12") + ".missing",
                        equalTo(java.util.List.of("QUALIFYING", "PLAY_OFF", "GROUP", "ROUND_OF_32", "ROUND_OF_16")));
    }
}
