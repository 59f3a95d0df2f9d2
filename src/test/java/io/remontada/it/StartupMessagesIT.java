package io.remontada.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start that cannot work ends with one line saying what to set or start, never a stack trace. */
class StartupMessagesIT {

    @TempDir
    Path dir;

    private static void assertOneLineWithoutTrace(PackagedApp.Run run, String expected) {
        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("Remontada could not start: " + expected), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
        assertFalse(run.output().contains("Exception"), run.output());
    }

    @Test
    void withoutADatabaseItSaysWhatToSet() {
        assertOneLineWithoutTrace(PackagedApp.run(Map.of("QUARKUS_HTTP_PORT", "0"), dir),
                "no database is configured: set QUARKUS_DATASOURCE_JDBC_URL");
    }

    @Test
    void withADatabaseThatDoesNotAnswerItSaysWhichToStart() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        PackagedApp.Run run = PackagedApp.run(Map.of("QUARKUS_HTTP_PORT", "0",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + closed + "/remontada",
                "QUARKUS_DATASOURCE_USERNAME", "remontada", "QUARKUS_DATASOURCE_PASSWORD", "remontada"), dir);
        assertOneLineWithoutTrace(run, "PostgreSQL cannot be reached (Connection to localhost:" + closed + " refused)");
    }

    @Test
    void theImportCommandSaysTheSame() {
        assertOneLineWithoutTrace(PackagedApp.run(Map.of(), dir, "import", "2026-27/cl.txt"),
                "no database is configured: set QUARKUS_DATASOURCE_JDBC_URL");
    }
}
