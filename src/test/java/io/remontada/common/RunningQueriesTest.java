package io.remontada.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.remontada.support.Concurrently;
import io.remontada.support.Database;
import io.remontada.support.GraphQL;
import io.remontada.support.ImpatientClient;
import io.restassured.response.ValidatableResponse;

/** Queries run a few at a time; one that waits longer than its limit for a turn is answered SERVICE_UNAVAILABLE. */
@QuarkusTest
@TestProfile(RunningQueriesTest.TwoAtOnce.class)
class RunningQueriesTest {

    public static class TwoAtOnce implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("remontada.graphql.limits.max-running-queries", "2", "remontada.graphql.limits.max-queue-seconds", "1");
        }
    }

    @Inject
    MeterRegistry registry;

    @TestHTTPResource("/graphql")
    URL graphql;

    /** Liverpool by name, computed afresh: an answer kept by the cache would take no turn. */
    private static ValidatableResponse searchClubs() {
        return GraphQL.postUncached("clubs-search", "search", "liverpool", "first", 1).statusCode(200);
    }

    @Test
    void aQueryThatFindsEveryTurnTakenWaitsItsLimitAndIsAnsweredServiceUnavailableWhileTheOthersFinish() throws Exception {
        searchClubs().body("errors", nullValue());
        List<CompletableFuture<ValidatableResponse>> running = new ArrayList<>();
        // their own threads: the common pool has one on a machine of two cores
        ExecutorService clients = Executors.newFixedThreadPool(2);
        // another session holds the club table: two searches take both turns and wait on its lock
        try (Connection other = Database.open(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("LOCK TABLE club IN ACCESS EXCLUSIVE MODE");
            for (int i = 0; i < 2; i++) {
                running.add(CompletableFuture.supplyAsync(RunningQueriesTest::searchClubs, clients));
            }
            waitForSessionsOnTheLock(other, 2);

            long started = System.nanoTime();
            GraphQL.graphQLClient().contentType("application/json")
                    .body(Map.of("query", "{ clubs(search: \"liverpool\", first: 1) { edges { node { name aliases } } } }"))
                    .header("Cache-Control", "no-cache").post("/graphql").then()
                    .statusCode(503)
                    .body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE"))
                    .body("errors[0].extensions.limit", equalTo("running-queries"));
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0 && waited.compareTo(Duration.ofSeconds(4)) < 0, "answered in " + waited);

            // a query of one resolver and a handful of values does not wait its turn
            started = System.nanoTime();
            GraphQL.graphQLClient().contentType("application/json").body(Map.of("query", "{ competitions { code } }"))
                    .header("Cache-Control", "no-cache").post("/graphql").then()
                    .statusCode(200).body("errors", nullValue()).body("data.competitions.code", hasItem("UCL"));
            Duration small = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(small.compareTo(Duration.ofSeconds(1)) < 0, "a small query answered in " + small);
            other.rollback();
        }
        for (CompletableFuture<ValidatableResponse> each : running) {
            each.get().body("errors", nullValue()).body("data.clubs.edges[0].node.name", equalTo("Liverpool FC"));
        }
        clients.shutdown();
        searchClubs().body("errors", nullValue());
    }

    private static void waitForSessionsOnTheLock(Connection other, int sessions) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(4).toNanos();
        try (Statement statement = other.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                    waiting.next();
                    if (waiting.getInt(1) >= sessions) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError(sessions + " sessions never waited on the lock");
    }

    @Test
    void clientsThatLeaveWhileTheirQueriesRunGiveBackTheirTurns() throws Exception {
        try (Connection other = Database.open(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("LOCK TABLE match IN ACCESS EXCLUSIVE MODE");
            // both turns taken by queries of a club's matches that wait on the lock; their clients leave before it is released
            ExecutorService clients = Executors.newFixedThreadPool(2);
            List<Future<?>> leaving = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                leaving.add(clients.submit(() -> {
                    ImpatientClient.askAndLeave(graphql, ClientGoneAwayTest.QUERY.formatted(1), 1500);
                    return null;
                }));
            }
            waitForSessionsOnTheLock(other, 2);
            for (Future<?> each : leaving) {
                each.get();
            }
            clients.shutdown();
            other.rollback();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (running() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, running(), "turns still taken after the queries of clients that left were done");
        Concurrently.send(4, 8, i -> searchClubs().body("errors", nullValue()));
    }

    private double running() {
        return registry.get("remontada.graphql.queries.running").gauge().value();
    }
}
