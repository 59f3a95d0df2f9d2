package io.remontada.common;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

import io.quarkus.arc.InactiveBeanException;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigValidationException;
import io.remontada.common.error.Causes;

/**
 * Why the application could not start, said in one line an operator can act on: which variable to
 * set, which server to start. A missing or unreachable database otherwise ends the start with a stack
 * trace of fifty lines whose one useful sentence sits in the middle. The trace goes to the log at
 * DEBUG; a failure this class does not recognise is a bug and is logged whole.
 */
public final class StartupFailure {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class);
    private static final String SET_DATABASE = "set QUARKUS_DATASOURCE_JDBC_URL (like jdbc:postgresql://db:5432/remontada), "
            + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD";

    private StartupFailure() {
    }

    /** Writes the failure's one line to standard error, or logs the whole failure when it is not one that line can explain. */
    public static void report(Throwable failure) {
        Optional<String> line = explain(failure);
        if (line.isPresent()) {
            System.err.println("Remontada could not start: " + line.get());
            LOG.debug("start-up failure", failure);
        } else {
            LOG.error("Remontada could not start", failure);
        }
    }

    static Optional<String> explain(Throwable failure) {
        List<Throwable> chain = Causes.chain(failure);
        for (Throwable cause : chain) {
            // Quarkus deactivates a datasource with no URL and says so only in its message
            if (cause instanceof InactiveBeanException && String.valueOf(cause.getMessage()).contains("quarkus.datasource.jdbc.url")) {
                return Optional.of("no database is configured: " + SET_DATABASE);
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String said = firstSentence(sql.getMessage());
                String state = sql.getSQLState();
                // SQL states: 08 connection exceptions, 28 invalid authorization, 3D000 no such database
                if (state.startsWith("08")) {
                    return Optional.of("PostgreSQL cannot be reached (" + said + "): start it, or set QUARKUS_DATASOURCE_JDBC_URL to one that runs");
                }
                if (state.startsWith("28")) {
                    return Optional.of("PostgreSQL refused the login (" + said + "): check QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD");
                }
                if (state.equals("3D000")) {
                    return Optional.of(said + ": create it, or name an existing one in QUARKUS_DATASOURCE_JDBC_URL");
                }
            }
        }
        for (Throwable cause : chain) {
            if (cause instanceof ConfigValidationException invalid && invalid.getProblemCount() > 0) {
                return Optional.of("a setting is missing or wrong: " + firstLine(invalid.getProblem(0).getMessage()));
            }
            if (cause instanceof ConfigurationException) {
                return Optional.of("a setting is missing or wrong: " + firstLine(cause.getMessage()));
            }
        }
        return Optional.empty();
    }


    /** The driver's first sentence says what happened; the rest is general advice. */
    private static String firstSentence(String message) {
        String line = firstLine(message);
        int end = line.indexOf(". ");
        return end < 0 ? line : line.substring(0, end);
    }

    private static String firstLine(String message) {
        String text = String.valueOf(message).strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
