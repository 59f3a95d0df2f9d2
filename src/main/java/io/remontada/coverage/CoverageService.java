package io.remontada.coverage;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.common.RecordChanged;
import io.remontada.common.Sql;
import io.remontada.match.CompetitionCatalog;
import io.remontada.match.Season;
import io.remontada.match.Stage;

/**
 * Measures the record against the catalogue of what was played, so that an answer can tell a season
 * the record lacks from a season in which nothing happened.
 *
 * <p>What the record holds per competition, season and stage is a few hundred rows however many
 * matches there are; it is read once and kept, read again after an import in this replica commits,
 * and at most {@link #STALE_AFTER} old otherwise, so an import through another replica is seen within
 * that time. Until then answers see less than the record holds, never more.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CoverageService {

    static final Duration STALE_AFTER = Duration.ofSeconds(60);
    static final int MAX_RANGES = 1_000;
    private static final String CATALOGUE = "data/catalogue/competition-seasons.txt";

    /**
     * What the record holds, and the ranges measured against it so far: a verdict measures every competition season
     * in its range against the catalogue, a fifth of a verdict's CPU when done afresh. The ranges go with the holdings
     * they were measured on; at most {@link #MAX_RANGES} are kept, as seasons come from clients.
     */
    private record Holdings(Map<SpanKey, Map<Stage, HeldMatches>> bySpan, Instant readAt, Map<RangeKey, CoverageRange> ranges) {
    }

    private record RangeKey(String competition, String seasonFrom, String seasonTo, Stage stage, String last) {
    }

    private final EntityManager em;
    private final CompetitionCatalog competitions;
    private final SeasonCatalogue catalogue;
    private final Clock clock;
    private volatile Holdings holdings;

    CoverageService(EntityManager em, CompetitionCatalog competitions) {
        this.em = em;
        this.competitions = competitions;
        this.catalogue = load();
        this.clock = Clock.systemUTC();
    }

    /** Every competition season played up to today's, and every one the record holds: what the record has of each. */
    public List<CoverageSpan> all() {
        return range(null, null, null, null).spans().stream().map(s -> span(s, s.held())).toList();
    }

    /**
     * The competition seasons a question covers.
     *
     * @param competition a competition code, or null for all
     * @param seasonFrom  the first season, or null for each competition's first
     * @param seasonTo    the last season, or null for the one being played today
     * @param stage       the one stage asked about, or null for all
     */
    public CoverageRange range(String competition, String seasonFrom, String seasonTo, Stage stage) {
        Holdings current = holdings();
        String today = currentSeason();
        String last = seasonTo == null || seasonTo.compareTo(today) > 0 ? today : seasonTo;
        RangeKey key = new RangeKey(competition, seasonFrom, seasonTo, stage, last);
        CoverageRange range = current.ranges().get(key);
        if (range == null) {
            range = measure(current.bySpan(), key);
            if (current.ranges().size() < MAX_RANGES) {
                current.ranges().put(key, range);
            }
        }
        return range;
    }

    private CoverageRange measure(Map<SpanKey, Map<Stage, HeldMatches>> held, RangeKey range) {
        Set<String> codes = new LinkedHashSet<>(catalogue.competitions());
        held.keySet().forEach(k -> codes.add(k.competition()));
        List<SpanState> spans = new ArrayList<>();
        for (String code : codes) {
            if (range.competition() != null && !range.competition().equals(code)) {
                continue;
            }
            Set<String> seasons = new TreeSet<>(catalogue.seasons(code, range.last()));
            held.keySet().stream().filter(k -> k.competition().equals(code)).forEach(k -> seasons.add(k.season()));
            for (String season : seasons) {
                boolean fromOn = range.seasonFrom() == null || season.compareTo(range.seasonFrom()) >= 0;
                boolean upTo = range.seasonTo() == null || season.compareTo(range.seasonTo()) <= 0;
                if (fromOn && upTo) {
                    SpanKey key = new SpanKey(code, season);
                    spans.add(state(key, held.getOrDefault(key, Map.of()), range.stage()));
                }
            }
        }
        return new CoverageRange(List.copyOf(spans));
    }

    /** The GraphQL view of a span, with the matches a particular side played in it. */
    public CoverageSpan span(SpanState state, HeldMatches matches) {
        return new CoverageSpan(competitions.of(state.key().competition()), new Season(state.key().season()), matches.matches(),
                matches.withGoalTimes(), state.complete(), state.missing(), state.unverified());
    }

    /** The competition's name, as answers write it. */
    public String competitionName(String code) {
        return competitions.of(code).name();
    }

    void recordChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordChanged event) {
        holdings = null;
    }

    private SpanState state(SpanKey key, Map<Stage, HeldMatches> held, Stage only) {
        SeasonCatalogue.Entry entry = catalogue.entry(key.competition(), key.season());
        HeldMatches inScope = HeldMatches.NONE;
        List<Stage> missing = new ArrayList<>();
        List<Stage> unverified = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (only != null && stage != only) {
                continue;
            }
            HeldMatches h = held.getOrDefault(stage, HeldMatches.NONE);
            inScope = inScope.plus(h);
            boolean played = entry != null && entry.matchesByStage().containsKey(stage);
            Integer expected = played ? entry.matchesByStage().get(stage) : null;
            if (played && expected != null) {
                if (h.matches() < expected) {
                    missing.add(stage);
                }
            } else if (played && h.matches() == 0) {
                missing.add(stage);
            } else if (h.matches() > 0) {
                // held but not countable: the catalogue does not know how many, or does not know this stage in that season
                unverified.add(stage);
            }
        }
        return new SpanState(key, inScope, entry != null, List.copyOf(missing), List.copyOf(unverified));
    }

    private String currentSeason() {
        LocalDate today = LocalDate.now(clock);
        // a European season starts with the qualifiers in July
        return Season.nameOf(today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1);
    }

    private Holdings holdings() {
        Holdings current = holdings;
        if (current == null || current.readAt().plus(STALE_AFTER).isBefore(clock.instant())) {
            current = new Holdings(read(), clock.instant(), new ConcurrentHashMap<>());
            holdings = current;
        }
        return current;
    }

    private Map<SpanKey, Map<Stage, HeldMatches>> read() {
        Map<SpanKey, Map<Stage, HeldMatches>> bySpan = new HashMap<>();
        for (Object[] row : new Sql().rows(em, "SELECT competition, season, stage, count(*), count(*) FILTER (WHERE goals_complete), "
                + "min(match_date), max(match_date) FROM match GROUP BY competition, season, stage")) {
            bySpan.computeIfAbsent(new SpanKey((String) row[0], (String) row[1]), k -> new EnumMap<>(Stage.class))
                    .put(Stage.valueOf((String) row[2]), new HeldMatches(((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                            Sql.date(row[5]), Sql.date(row[6])));
        }
        return bySpan;
    }


    private static SeasonCatalogue load() {
        try (InputStream in = CoverageService.class.getClassLoader().getResourceAsStream(CATALOGUE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + CATALOGUE);
            }
            return SeasonCatalogue.parse(CATALOGUE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
