package io.remontada.common.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Automatic persisted queries, the protocol Apollo Client and urql speak: a client sends the SHA-256
 * of its query alone, and the query itself only when the server does not know the hash yet. Long
 * queries then travel over GET as a short URL that a CDN can cache.
 *
 * <p>Each replica keeps the queries it was taught, at most {@link #KEPT}, the least recently used
 * going first; a replica that does not know a hash says so and the client sends the query again.
 */
final class PersistedQueries {

    static final int KEPT = 10_000;

    /** Why a persisted query cannot be used; {@code notFound} is the answer the client protocol retries on. */
    static final class Unusable extends RuntimeException {
        final boolean notFound;

        Unusable(String message, boolean notFound) {
            super(message, null, false, false);
            this.notFound = notFound;
        }
    }

    private final Map<String, String> byHash = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    };

    /**
     * The query a request runs: its own, checked against its hash and remembered, or the one its hash
     * names.
     *
     * @param extensions the request's {@code extensions}; without a {@code persistedQuery} the query is returned as it is
     * @throws Unusable for an unknown hash, a query that does not match its hash, or a protocol version other than 1
     */
    String resolve(String query, Map<String, Object> extensions) {
        Object persisted = extensions == null ? null : extensions.get("persistedQuery");
        if (persisted == null) {
            return query;
        }
        if (!(persisted instanceof Map<?, ?> fields) || !Integer.valueOf(1).equals(number(fields.get("version")))
                || !(fields.get("sha256Hash") instanceof String hash) || !hash.matches("[0-9a-fA-F]{64}")) {
            throw new Unusable("extensions.persistedQuery must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}", false);
        }
        String key = hash.toLowerCase(java.util.Locale.ROOT);
        if (query == null) {
            synchronized (byHash) {
                String known = byHash.get(key);
                if (known == null) {
                    throw new Unusable("PersistedQueryNotFound", true);
                }
                return known;
            }
        }
        if (!sha256(query).equals(key)) {
            throw new Unusable("provided sha256Hash does not match the query", false);
        }
        synchronized (byHash) {
            byHash.put(key, query);
        }
        return query;
    }

    private static Integer number(Object value) {
        return value instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : null;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
