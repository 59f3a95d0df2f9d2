package io.remontada.comeback;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;

/**
 * History's record for first-leg deficits in the European Cup, against a count made by hand from
 * the raw files with no code of the application: {@code python3 benchmarks/handcount_first_leg.py N src/main/resources/data}.
 */
@QuarkusTest
class DeficitRecordTest {

    static final int UCL_FIRST_LEG_3_OVERTURNED = 20;

    // The qualifying rounds of 2018-19 and 2019-20 (openfootball-history/) added 59 first-leg deficits of 1+ (9 of them
    // overturned), 27 of 2+, 13 of 3+ and 5 of 4+ (none of those overturned): 1860/345, 1043/82, 550/20 and 257/1 before.
    // No correction changed a count: the one first leg corrected (Steaua v Paris 1997-98) counts with its awarded 3-0, as
    // engsoccerdata's row did.
    @ParameterizedTest(name = "first-leg deficit of {0}+: {1} attempts, {2} overturned")
    @CsvSource({"1, 1919, 354", "2, 1070, 82", "3, 563, " + UCL_FIRST_LEG_3_OVERTURNED, "4, 262, 1"})
    void agreesWithTheCountByHand(int deficit, int attempts, int overturned) {
        Number rate = GraphQL.post("deficit-record", "deficit", deficit, "scope", "FIRST_LEG", "filter", GraphQL.vars("competition", "UCL"))
                .body("errors", nullValue())
                .body("data.deficitRecord.attempts", equalTo(attempts))
                .body("data.deficitRecord.overturned", equalTo(overturned))
                .body("data.deficitRecord.examples", hasSize(Math.min(overturned, 10)))
                .extract().path("data.deficitRecord.rate");
        assertEquals((double) overturned / attempts, rate.doubleValue(), 1e-6);
    }

    /** Filters the per-season tally cannot see count occasions one by one; both ways must add up. */
    @ParameterizedTest(name = "first-leg deficit of {0}+ splits by who hosts the second leg")
    @CsvSource({"1", "2", "3"})
    void recordsFilteredBySecondLegAtHomeAddUpToTheWhole(int deficit) {
        int[] whole = counts(deficit, GraphQL.vars("competition", "UCL"));
        int[] home = counts(deficit, GraphQL.vars("competition", "UCL", "secondLegAtHome", true));
        int[] away = counts(deficit, GraphQL.vars("competition", "UCL", "secondLegAtHome", false));
        assertEquals(whole[0], home[0] + away[0]);
        assertEquals(whole[1], home[1] + away[1]);
    }

    private static int[] counts(int deficit, Object filter) {
        io.restassured.path.json.JsonPath record = GraphQL.post("deficit-record", "deficit", deficit, "scope", "FIRST_LEG", "filter", filter)
                .body("errors", nullValue()).extract().jsonPath();
        return new int[] {record.getInt("data.deficitRecord.attempts"), record.getInt("data.deficitRecord.overturned")};
    }
}
