package io.remontada.common;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.Concurrently;
import io.remontada.support.GraphQL;
import io.remontada.support.ImpatientClient;

/**
 * A client that closes its connection while its query runs: Quarkus then ends the request, and its
 * Hibernate session, under the resolver. Every connection the query took must still go back to the
 * pool, or a few hundred impatient clients would leave the API without any.
 */
@QuarkusTest
class ClientGoneAwayTest {

    /** A club's matches with their goals: two statements, the second while the first's rows are turned into matches. */
    static final String QUERY = "{\"query\":\"{ club(id: \\\"%d\\\") { name "
            + "matches(first: 50) { edges { node { date homeClub { name } goals { minute } } } } } }\"}";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/graphql")
    URL graphql;

    /**
     * Sixteen clients at once grow the pool; its idle connections are closed again, since other tests time what a
     * silent database costs per pooled connection.
     */
    @AfterEach
    void closeIdleConnections() {
        dataSource.flush(AgroalDataSource.FlushMode.IDLE);
    }

    @Test
    void aClientThatGoesAwayMidQueryLeavesNoConnectionLent() throws Exception {
        Concurrently.send(16, 400, i -> ImpatientClient.askAndLeave(graphql, QUERY.formatted(1 + i % 50), i % 20));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (dataSource.getMetrics().activeCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, dataSource.getMetrics().activeCount(), "connections still lent after every client went away");
        GraphQL.postUncached("clubs-search", "search", "liverpool", "first", 1).statusCode(200).body("errors", nullValue());
    }
}
