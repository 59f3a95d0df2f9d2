package io.remontada.common.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The only class that touches zonky's embedded PostgreSQL, so nothing else loads its classes.
 *
 * <p>Dev mode's live reload runs the config factory again in a fresh class loader, where static
 * fields start empty; the running server is therefore remembered JVM-wide in a system property
 * and reused while its port answers, instead of starting a second PostgreSQL on every reload.
 * zonky's shutdown hook stops the server when the JVM exits.
 */
final class EmbeddedPostgresServer {

    static final String USER = "postgres";
    static final String PASSWORD = "postgres";
    private static final String DATABASE = "postgres";
    private static final String RUNNING_URL = "remontada.embedded-db.running-url";
    private static final String RUNNING_PORT = "remontada.embedded-db.running-port";

    private EmbeddedPostgresServer() {
    }

    /**
     * @param dataDir    a directory that survives restarts (dev), or null for a throw-away one (tests)
     * @param countStatements load pg_stat_statements, with which the tests count the SQL a query runs
     */
    static synchronized String jdbcUrl(Path dataDir, boolean countStatements) {
        String running = System.getProperty(RUNNING_URL);
        if (running != null && portAnswers(Integer.parseInt(System.getProperty(RUNNING_PORT)))) {
            return running;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100");
            if (countStatements) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.track", "all");
            }
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            String url = postgres.getJdbcUrl(USER, DATABASE);
            System.setProperty(RUNNING_URL, url);
            System.setProperty(RUNNING_PORT, Integer.toString(postgres.getPort()));
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    private static boolean portAnswers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
