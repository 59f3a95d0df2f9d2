package io.remontada.common.graphql;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.remontada.common.RecordChanged;
import io.remontada.common.error.ApiException;
import io.remontada.common.error.ClientSafeInterceptor;
import io.vertx.core.json.JsonObject;

/**
 * Answers to queries, kept until the record changes. The record changes only when someone imports,
 * so an answer is keyed by the normalised document, the operation, the variables and the record's
 * version: the id of the last import, read from the database on every request so that every replica
 * sees an import the moment it commits, and never serves an answer from before it. Answers with
 * errors are never kept. Bounded by total size, the least recently used going first.
 */
@ApplicationScoped
public class AnswerCache {

    /** A kept answer and its entity tag. */
    record Answer(String body, String etag) {
    }

    private final DataSource dataSource;
    private final boolean enabled;
    private final long maxBytes;
    private final MeterRegistry registry;
    private long bytes;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(1024, 0.75f, true);

    AnswerCache(DataSource dataSource, @ConfigProperty(name = "remontada.cache.enabled") boolean enabled,
            @ConfigProperty(name = "remontada.cache.max-bytes") long maxBytes, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.maxBytes = maxBytes;
        this.registry = registry;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * The key of a query's answer. The day is part of it because what counts as the season being
     * played, which coverage answers depend on, follows the calendar.
     */
    String keyOf(String normalisedDocument, String operationName, Map<String, Object> variables) {
        long version = recordVersion();
        String canonicalVariables = new JsonObject(new TreeMap<>(variables)).encode();
        return PersistedQueries.sha256(version + "\n" + LocalDate.now() + "\n" + operationName + "\n" + canonicalVariables + "\n"
                + normalisedDocument);
    }

    Answer get(String key) {
        Answer answer;
        synchronized (answers) {
            answer = answers.get(key);
        }
        registry.counter("remontada.cache.lookups", "outcome", answer == null ? "miss" : "hit").increment();
        return answer;
    }

    void put(String key, String body) {
        Answer answer = new Answer(body, etagOf(key));
        synchronized (answers) {
            Answer before = answers.put(key, answer);
            bytes += body.length() - (before == null ? 0 : before.body().length());
            var eldest = answers.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length();
                eldest.remove();
            }
        }
    }

    static String etagOf(String key) {
        return "\"" + key.substring(0, 32) + "\"";
    }

    void recordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged event) {
        synchronized (answers) {
            answers.clear();
            bytes = 0;
        }
    }

    /**
     * The id of the last import.
     *
     * @throws ApiException {@code TIMEOUT} or {@code SERVICE_UNAVAILABLE} when the database does not answer: then no answer
     *                      can be trusted to be current, and the request would wait for the database a second time
     */
    private long recordVersion() {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM import_run");
                var result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            throw ClientSafeInterceptor.clientSafe(new IllegalStateException("reading the record's version", e), "answer cache");
        }
    }
}
