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
                .body(span("UCL", "2018-19") + ".complete", equalTo(false))
                .body(span("UCL", "2018-19") + ".missing", equalTo(java.util.List.of("PRELIMINARY", "QUALIFYING", "PLAY_OFF")))
                .body(span("UCL", "2018-19") + ".matches", equalTo(125));
    }
}
