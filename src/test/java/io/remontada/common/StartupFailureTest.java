package io.remontada.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.InactiveBeanException;
import io.smallrye.config.ConfigValidationException;

/** The one line each start-up failure gets, from failures wrapped as Quarkus and Flyway wrap them, with PostgreSQL's SQL states. */
class StartupFailureTest {

    private static RuntimeException startFailed(Throwable cause) {
        return new RuntimeException("Failed to start quarkus", new IllegalStateException("Unable to obtain connection", cause));
    }

    @Test
    void aMissingUrlNamesTheVariablesToSet() {
        Throwable inactive = new InactiveBeanException("Bean is not active: SYNTHETIC bean [class=io.agroal.api.AgroalDataSource]\n"
                + "Reason: Datasource '<default>' was deactivated automatically because its URL is not set. To activate the datasource, "
                + "set configuration property 'quarkus.datasource.jdbc.url'.");
        assertEquals(Optional.of("no database is configured: set QUARKUS_DATASOURCE_JDBC_URL (like jdbc:postgresql://db:5432/remontada), "
                + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"), StartupFailure.explain(startFailed(inactive)));
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsToBeStarted() {
        SQLException refused = new SQLException("Connection to localhost:5999 refused. Check that the hostname and port are correct "
                + "and that the postmaster is accepting TCP/IP connections.", "08001");
        assertEquals(Optional.of("PostgreSQL cannot be reached (Connection to localhost:5999 refused): start it, or set "
                + "QUARKUS_DATASOURCE_JDBC_URL to one that runs"), StartupFailure.explain(startFailed(refused)));
    }

    @Test
    void aRefusedLoginAndAMissingDatabaseSayWhatToCheck() {
        SQLException login = new SQLException("FATAL: password authentication failed for user \"remontada\"", "28P01");
        assertEquals(Optional.of("PostgreSQL refused the login (FATAL: password authentication failed for user \"remontada\"): "
                + "check QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD"), StartupFailure.explain(startFailed(login)));
        SQLException database = new SQLException("FATAL: database \"nosuchdb\" does not exist", "3D000");
        assertEquals(Optional.of("FATAL: database \"nosuchdb\" does not exist: create it, or name an existing one in QUARKUS_DATASOURCE_JDBC_URL"),
                StartupFailure.explain(startFailed(database)));
    }

    @Test
    void aWrongSettingIsQuotedFromTheConfiguration() {
        ConfigValidationException invalid = new ConfigValidationException(new ConfigValidationException.Problem[] {
                new ConfigValidationException.Problem("SRCFG00039: The config property quarkus.datasource.jdbc.max-size with the config "
                        + "value \"lots\" threw an Exception whilst being converted") });
        assertEquals(Optional.of("a setting is missing or wrong: SRCFG00039: The config property quarkus.datasource.jdbc.max-size with the "
                + "config value \"lots\" threw an Exception whilst being converted"), StartupFailure.explain(startFailed(invalid)));
    }

    @Test
    void anythingElseIsABugAndGetsNoLine() {
        assertEquals(Optional.empty(), StartupFailure.explain(startFailed(new NullPointerException())));
        assertEquals(Optional.empty(), StartupFailure.explain(startFailed(new SQLException("syntax error", "42601"))));
    }
}
