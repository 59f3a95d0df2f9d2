package io.remontada.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.remontada.common.error.ClientSafeInterceptor;
import io.remontada.support.Concurrently;
import io.remontada.support.Database;
import io.remontada.support.GraphQL;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;

/**
 * What a client sees when the database restarts or stops answering in time: a restart costs no
 * request, since the pool checks a connection that sat idle through it before lending it; a statement
 * that runs too long is cancelled by PostgreSQL and answered with a coded error, logged as a warning.
 */
@QuarkusTest
class DatabaseOutageTest {

    /** The sessions of this database other than the asking one: the application's pool. */
    private static final String OTHER_SESSIONS =
            "FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()";

    @ConfigProperty(name = "remontada.db.statement-timeout")
    Duration statementTimeout;

    @ConfigProperty(name = "quarkus.datasource.jdbc.foreground-validation-interval")
    Duration checkIdleAfter;

    @ConfigProperty(name = "quarkus.datasource.jdbc.validation-query-timeout")
    Duration validationTimeout;

    @ConfigProperty(name = "remontada.db.socket-timeout")
    Duration socketTimeout;

    @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout")
    Duration acquisitionTimeout;

    private static ValidatableResponse searchClubs() {
        // computed afresh each time: an answer kept from before the outage would not touch the database
        return GraphQL.postUncached("clubs-search", "search", "liverpool", "first", 1).statusCode(200);
    }

    @Test
    void aDatabaseRestartCostsNoRequest() throws Exception {
        // several requests at once, so that the pool holds several connections to lose
        Concurrently.send(8, 16, i -> searchClubs().body("errors", nullValue()));
        int killed = terminateEveryOtherSession();
        assertTrue(killed > 1, "the pool held " + killed + " connections; the test needs several");
        // a restart keeps the database away for longer than the pool lets a connection idle unchecked
        Thread.sleep(checkIdleAfter.multipliedBy(2).toMillis());

        for (int i = 0; i < killed + 2; i++) {
            searchClubs().body("errors", nullValue()).body("data.clubs.edges[0].node.name", equalTo("Liverpool FC"));
        }
    }

    @Test
    void aStatementThatRunsTooLongAnswersTimeoutAndLogsAWarning() throws SQLException {
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(ClientSafeInterceptor.class.getName());
        log.addHandler(capture);
        // another session holds the club table, so the search waits on its lock until the statement timeout cancels it
        try (Connection other = Database.open(); Statement lock = other.createStatement()) {
            other.setAutoCommit(false);
            lock.execute("LOCK TABLE club IN ACCESS EXCLUSIVE MODE");
            long started = System.nanoTime();
            searchClubs()
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("TIMEOUT"))
                    .body("errors[0].message", equalTo("the database did not answer in time; try again later"));
            Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(answeredIn.compareTo(statementTimeout) >= 0, "answered in " + answeredIn + ", before the timeout");
            assertTrue(answeredIn.compareTo(statementTimeout.plusSeconds(3)) < 0, "answered in " + answeredIn);
            other.rollback();
        } finally {
            log.removeHandler(capture);
        }
        assertEquals(1, logged.stream().filter(r -> r.getLevel().intValue() == Level.WARNING.intValue()).count(), "warnings");
        assertEquals(0, logged.stream().filter(r -> r.getLevel().intValue() > Level.WARNING.intValue()).count(), "errors");
        searchClubs().body("errors", nullValue());
    }

    @Test
    void aSilentDatabaseAnswersWithinTheTimeoutsAndServesAgainWhenItWakes() throws Exception {
        searchClubs().body("errors", nullValue());
        int pooled = sessionsOfOthers();
        // a request lent a connection used within the check interval sends its statement and waits for the socket
        // timeout; one lent an idle connection checks it, and every other idle one, 2 s each, before it waits for a new one
        Duration checkingEveryIdle = validationTimeout.multipliedBy(pooled).plus(acquisitionTimeout).plusSeconds(2);
        Duration bound = checkingEveryIdle.compareTo(socketTimeout.plusSeconds(2)) > 0 ? checkingEveryIdle : socketTimeout.plusSeconds(2);
        // the client waits past the bound (more pooled connections than earlier tests left can outlast rest-assured's 30 s)
        RestAssuredConfig clientBefore = RestAssured.config;
        RestAssured.config = clientBefore.httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", (int) bound.plusSeconds(10).toMillis()));
        // the server and every process it started freeze, as in a network partition: connections open, nothing answers
        List<Long> server = serverProcesses();
        try {
            signal("STOP", server);
            Duration first = timed(() -> searchClubs().body("errors[0].extensions.code", oneOf("SERVICE_UNAVAILABLE", "TIMEOUT")));
            assertTrue(first.compareTo(bound) < 0, "answered in " + first + ", bound " + bound + " for " + pooled + " pooled connections");
            Duration second = timed(() -> searchClubs().body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE")));
            assertTrue(second.compareTo(checkingEveryIdle) < 0, "answered in " + second + ", bound " + checkingEveryIdle);
            Duration next = timed(() -> searchClubs().body("errors[0].extensions.code", equalTo("SERVICE_UNAVAILABLE")));
            assertTrue(next.compareTo(acquisitionTimeout.plusSeconds(2)) < 0, "answered in " + next);
        } finally {
            signal("CONT", server);
            RestAssured.config = clientBefore;
        }
        searchClubs().body("errors", nullValue());
    }

    private static Duration timed(Runnable request) {
        long started = System.nanoTime();
        request.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** The postmaster, found by its pid file (the test database runs on this machine), and the processes it started. */
    private List<Long> serverProcesses() throws SQLException, IOException {
        try (Connection admin = Database.open(); Statement statement = admin.createStatement();
                ResultSet dataDirectory = statement.executeQuery("SELECT setting FROM pg_settings WHERE name = 'data_directory'")) {
            dataDirectory.next();
            long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory.getString(1), "postmaster.pid")).get(0).trim());
            List<Long> processes = new ArrayList<>(List.of(postmaster));
            ProcessHandle.of(postmaster).orElseThrow().children().forEach(child -> processes.add(child.pid()));
            return processes;
        }
    }

    /** Signals each process; one that has ended since it was listed (a session closing) is left out. */
    private static void signal(String signal, List<Long> processes) throws IOException, InterruptedException {
        for (long pid : processes) {
            int exit = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
            assertTrue(exit == 0 || ProcessHandle.of(pid).isEmpty(), "kill -" + signal + " " + pid + " failed");
        }
    }

    private int sessionsOfOthers() throws SQLException {
        try (Connection admin = Database.open(); Statement statement = admin.createStatement();
                ResultSet sessions = statement.executeQuery("SELECT count(*) " + OTHER_SESSIONS)) {
            sessions.next();
            return sessions.getInt(1);
        }
    }

    /** What a PostgreSQL restart does to a pool: every session but this one ends, as with pg_terminate_backend. */
    private int terminateEveryOtherSession() throws SQLException {
        try (Connection admin = Database.open(); Statement statement = admin.createStatement();
                ResultSet terminated = statement.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) " + OTHER_SESSIONS)) {
            terminated.next();
            return terminated.getInt(1);
        }
    }
}
