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

    @ParameterizedTest(name = "first-leg deficit of {0}+: {1} attempts, {2} overturned")
    @CsvSource({"1, 1860, 345", "2, 1043, 82", "3, 550, " + UCL_FIRST_LEG_3_OVERTURNED, "4, 257, 1"})
    void agreesWithTheCountByHand(int deficit, int attempts, int overturned) {
        Number rate = GraphQL.post("deficit-record", "deficit", deficit, "scope", "FIRST_LEG", "filter", GraphQL.vars("competition", "UCL"))
                .body("errors", nullValue())
                .body("data.deficitRecord.attempts", equalTo(attempts))
                .body("data.deficitRecord.overturned", equalTo(overturned))
                .body("data.deficitRecord.examples", hasSize(Math.min(overturned, 10)))
                .extract().path("data.deficitRecord.rate");
        assertEquals((double) overturned / attempts, rate.doubleValue(), 1e-6);
    }
}
