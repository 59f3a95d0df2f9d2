package io.remontada.match;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.common.Sql;
import io.remontada.common.error.BadUserInputException;

/**
 * The round names the record holds, so a filter on a round nobody wrote ("QF") is refused with the
 * names there are, rather than answered with an empty list that reads as "never happened". Read once
 * and again when a name is missing, at most once a minute: a client's typo must not cost a scan each.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RoundCatalog {

    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofMinutes(1);

    private record Known(Map<String, String> byLowerCase, Instant readAt) {
    }

    private final EntityManager em;
    private final Clock clock = Clock.systemUTC();
    private volatile Known known;

    RoundCatalog(EntityManager em) {
        this.em = em;
    }

    /** Validates a round argument of a filter, any case; null or blank stays null. */
    public String argument(String round) {
        if (round == null || round.isBlank()) {
            return null;
        }
        String key = round.trim().toLowerCase(Locale.ROOT);
        Known current = known;
        if (current == null || (!current.byLowerCase().containsKey(key) && current.readAt().plus(RELOAD_AT_MOST_EVERY).isBefore(clock.instant()))) {
            current = read();
        }
        String name = current.byLowerCase().get(key);
        if (name == null) {
            throw new BadUserInputException("round must be one of the record's rounds ("
                    + current.byLowerCase().values().stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(", ")) + ")"
                    + ", was \"" + round + "\"; to ask for a stage whatever a source calls it, filter by stage (e.g. QUARTER_FINAL)");
        }
        return name;
    }

    private Known read() {
        Map<String, String> byLowerCase = new TreeMap<>();
        new Sql().list(em, "SELECT DISTINCT round FROM match", String.class).forEach(r -> byLowerCase.put(r.toLowerCase(Locale.ROOT), r));
        Known read = new Known(byLowerCase, clock.instant());
        known = read;
        return read;
    }
}
