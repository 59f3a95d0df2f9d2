package io.remontada.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.path.json.JsonPath;

/** A connection counts its rows when the query selects its total, however the query spells the selection. */
@QuarkusTest
class SelectionTest {

    @Test
    void aTotalSelectedThroughANamedOrAnInlineFragmentIsCountedAsOneSelectedDirectly() {
        JsonPath answer = GraphQL.postUncached("totals-through-fragments", "search", "Liverpool").statusCode(200)
                .body("errors", nullValue())
                .body("data.direct.totalCount", greaterThan(0))
                .body("data.direct.edges[0].node.matches.totalCount", greaterThan(100))
                .extract().jsonPath();
        int clubs = answer.getInt("data.direct.totalCount");
        int matches = answer.getInt("data.direct.edges[0].node.matches.totalCount");
        for (String alias : new String[] {"named", "inline"}) {
            GraphQL.postUncached("totals-through-fragments", "search", "Liverpool").statusCode(200)
                    .body("data." + alias + ".totalCount", equalTo(clubs))
                    .body("data." + alias + ".edges[0].node.matches.totalCount", equalTo(matches));
        }
    }
}
