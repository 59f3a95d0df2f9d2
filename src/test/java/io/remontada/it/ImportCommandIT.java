package io.remontada.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar quarkus-run.jar import FILE...} against a real PostgreSQL, as an operator runs it:
 * a real season file imports (again: nothing changes) with no HTTP server, and a broken file is
 * refused at its line, exits non-zero and leaves the database as it was.
 */
class ImportCommandIT {

    private static final PostgresForPackagedApp POSTGRES = new PostgresForPackagedApp();
    private static Map<String, String> database;

    /** A new season's file whose second match is broken at line 7: were the import not all or nothing, the first would be stored. */
    private static final String BROKEN = """
            = UEFA Champions League 2026/27

            » Group A
              Tue Sep/15 2026
                21.00  Club Brugge KV (BEL)    v AFC Ajax (NED)           2-1 (1-1)
              Wed Sep/16 2026
                21.00  Celtic FC (SCO)         v FC Porto (POR)           two-one
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void startPostgres() {
        database = POSTGRES.start();
    }

    @AfterAll
    static void stopPostgres() {
        POSTGRES.stop();
    }

    private static Map<String, String> env(int httpPort) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", database.get("quarkus.datasource.jdbc.url"),
                "QUARKUS_DATASOURCE_USERNAME", database.get("quarkus.datasource.username"),
                "QUARKUS_DATASOURCE_PASSWORD", database.get("quarkus.datasource.password"),
                "QUARKUS_HTTP_PORT", Integer.toString(httpPort));
    }

    private static long matches() throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.get("quarkus.datasource.jdbc.url"),
                database.get("quarkus.datasource.username"), database.get("quarkus.datasource.password"));
                ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM match")) {
            count.next();
            return count.getLong(1);
        }
    }

    @Test
    void importsASeasonFileWithoutAnHttpServerAndRefusesABrokenOneAtItsLine() throws IOException, SQLException {
        Path season = dir.resolve("2018-19/cl.txt");
        Files.createDirectories(season.getParent());
        Files.copy(Path.of("src/main/resources/data/openfootball-champions-league/2018-19/cl.txt"), season);
        PackagedApp.Run imported;
        // the port an HTTP server would take is held here: the command must not need it
        try (ServerSocket taken = new ServerSocket(0)) {
            imported = PackagedApp.run(env(taken.getLocalPort()), dir, "import", "2018-19/cl.txt");
        }
        assertEquals(0, imported.exitCode(), imported.output());
        assertTrue(imported.output().contains("read 2018-19/cl.txt: 125 matches (1/1 files, 125 matches)"), imported.output());
        assertTrue(imported.output().contains("files 1, matches read 125 "), imported.output());
        assertTrue(imported.output().contains(", inserted 0, updated 0, unchanged 125,"), imported.output());

        long before = matches();
        Files.writeString(dir.resolve("broken.txt"), BROKEN);
        PackagedApp.Run refused = PackagedApp.run(env(0), dir, "import", "--competition", "UCL", "--season", "2026-27", "broken.txt");
        assertEquals(1, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("broken.txt:7: "), refused.output());
        assertTrue(refused.output().contains("nothing was imported"), refused.output());
        assertEquals(before, matches());
    }
}
