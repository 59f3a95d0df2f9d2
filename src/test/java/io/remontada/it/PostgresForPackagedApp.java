package io.remontada.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL the packaged application is given in the integration tests, as production is
 * given one: an external server when {@code REMONTADA_IT_JDBC_URL} names it (CI starts the system
 * PostgreSQL 15), otherwise a throw-away embedded PostgreSQL 17 started here, in the test JVM,
 * so the README's test command needs nothing but a JDK.
 */
public class PostgresForPackagedApp implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("REMONTADA_IT_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", System.getenv().getOrDefault("REMONTADA_IT_JDBC_USERNAME", "remontada"),
                    "quarkus.datasource.password", System.getenv().getOrDefault("REMONTADA_IT_JDBC_PASSWORD", "remontada"));
        }
        try {
            embedded = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").setLocaleConfig("locale", "C").start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL for the packaged application", e);
        }
        return Map.of("quarkus.datasource.jdbc.url", embedded.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
