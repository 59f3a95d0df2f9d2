package io.remontada.club;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.remontada.common.RecordChanged;

/**
 * Every club by id, held in memory, for the clubs a match, goal, tie or comeback names.
 *
 * <p>A page of 50 matches names 100 clubs and their goals as many again: resolved through batched
 * fields, each reference cost a DataLoader entry, a future and a SmallRye context, and each level one
 * more statement, most of a nested query's time. Clubs change only on import, and there are about a
 * thousand of them (sixty thousand at a hundred times the record, a few megabytes), so the views carry
 * their clubs from here. An import on this replica clears the catalogue when it commits; another
 * replica's renames are seen within {@link #STALE_AFTER}, and a club it added is read when first named.
 * A client's id is looked up with {@link #find}: one that names nothing costs one read, never a reload,
 * and is not remembered. No transaction interceptor: a query asks for hundreds of clubs, and reads need none.
 */
@ApplicationScoped
public class ClubCatalog {

    static final Duration STALE_AFTER = Duration.ofSeconds(60);

    private record Snapshot(Map<Long, Club> byId, Instant readAt) {
    }

    private final ClubRepository clubs;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ClubCatalog(ClubRepository clubs) {
        this.clubs = clubs;
        this.clock = Clock.systemUTC();
    }

    /** The club of an id that a stored row names. */
    public Club of(long id) {
        Map<Long, Club> byId = snapshot().byId();
        Club club = byId.get(id);
        return club != null ? club : byId.computeIfAbsent(id, this::read);
    }

    /** The club of a client's id, if there is one; a club another replica's import added is read and kept. */
    public Optional<Club> find(long id) {
        Map<Long, Club> byId = snapshot().byId();
        Club club = byId.get(id);
        if (club != null) {
            return Optional.of(club);
        }
        Optional<Club> stored = clubs.findByIdOptional(id).map(Club::of);
        stored.ifPresent(found -> byId.put(id, found));
        return stored;
    }

    /** The club of an id that a stored row may leave empty, as a tie's winner. */
    public Club ofNullable(Long id) {
        return id == null ? null : of(id);
    }

    void recordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged event) {
        snapshot = null;
    }

    private Club read(long id) {
        return clubs.findByIdOptional(id).map(Club::of)
                .orElseThrow(() -> new IllegalStateException("a stored row names club " + id + ", which does not exist"));
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current != null && current.readAt().plus(STALE_AFTER).isAfter(clock.instant())) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            if (current == null || !current.readAt().plus(STALE_AFTER).isAfter(clock.instant())) {
                Map<Long, Club> byId = new ConcurrentHashMap<>();
                clubs.listAll().forEach(c -> byId.put(c.id, Club.of(c)));
                current = new Snapshot(byId, clock.instant());
                snapshot = current;
            }
            return current;
        }
    }
}
