package io.remontada.common.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Gives dev mode and the tests a real PostgreSQL without Docker or an installed server.
 *
 * <p>Runs before the datasource is configured: when the profile is dev or test, no JDBC URL is
 * configured and {@code remontada.embedded-db.enabled} is not false, it starts an embedded
 * PostgreSQL 17 and hands its URL to Quarkus through a config source that outranks
 * {@code application.properties}. In production it does nothing, so a missing URL fails with
 * Quarkus's own message, and the packaged application does not even carry the embedded server
 * (provided scope).
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "remontada.embedded-db.enabled";
    static final String DATA_DIR = "remontada.embedded-db.data-dir";
    private static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean dev = profiles.contains("dev");
        boolean test = profiles.contains("test");
        if (!(dev || test) || isSet(context.getValue(JDBC_URL)) || "false".equals(valueOf(context.getValue(ENABLED)))) {
            return List.of();
        }
        Path dataDir = dev ? devDataDirectory(context) : null;
        String url = EmbeddedPostgresServer.jdbcUrl(dataDir, test);
        return List.of(new PropertiesConfigSource(Map.of(
                JDBC_URL, url,
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD),
                "remontada-embedded-postgres", ORDINAL));
    }

    /** Dev data lives beside the project, outside target/, so {@code mvn clean} keeps it. */
    private static Path devDataDirectory(ConfigSourceContext context) {
        String configured = valueOf(context.getValue(DATA_DIR));
        Path dir = isSet(configured) ? Path.of(configured) : Path.of(System.getProperty("user.dir"), ".remontada", "pg-dev");
        return dir.toAbsolutePath();
    }

    private static boolean isSet(ConfigValue value) {
        return isSet(valueOf(value));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String valueOf(ConfigValue value) {
        return value == null ? null : value.getValue();
    }
}
