package io.remontada.importer;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.hibernate.jdbc.Work;
import org.jboss.logging.Logger;

import io.remontada.common.NameKey;
import io.remontada.common.RecordChanged;
import io.remontada.common.Score;
import io.remontada.importer.CuratedFacts.CuratedGoal;
import io.remontada.importer.CuratedFacts.CuratedMatch;
import io.remontada.importer.CuratedFacts.MatchRef;
import io.remontada.importer.GoalWriter.GoalRow;
import io.remontada.importer.GoalWriter.Timeline;
import io.remontada.importer.RecordDeriver.SeasonKey;
import io.remontada.importer.format.EngsoccerdataCsvParser;
import io.remontada.importer.format.FootballTxtParser;
import io.remontada.importer.format.GoalFile;
import io.remontada.importer.format.HistoryFileReader;
import io.remontada.importer.format.ParsedFile;
import io.remontada.importer.format.RoundKind;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.format.SourceMatch;
import io.remontada.rules.MatchFacts;

/**
 * Imports match files (and, for the bundled data, the curated facts and the goal files) in one
 * transaction: every file is parsed, every club resolved and every goal-file match found before
 * anything is written, and any failure after that rolls the whole import back, so a bad file leaves
 * the database as it was.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    /** Serialises imports across replicas sharing one database: the second waits, then finds the work done. */
    static final long IMPORT_LOCK = 0x52454d4fL;

    private final EntityManager em;
    private final BundledData bundled;
    private final Event<RecordChanged> recordChanged;
    private final Event<ImportReport> imported;
    private final Duration statementTimeout;
    private final Duration socketTimeout;
    private final Event<ImportProgress> progress;

    ImportService(EntityManager em, BundledData bundled, Event<RecordChanged> recordChanged, Event<ImportReport> imported,
            Event<ImportProgress> progress,
            @ConfigProperty(name = "remontada.db.import-statement-timeout") Duration statementTimeout,
            @ConfigProperty(name = "remontada.db.socket-timeout") Duration socketTimeout) {
        this.imported = imported;
        this.progress = progress;
        this.em = em;
        this.bundled = bundled;
        this.recordChanged = recordChanged;
        this.statementTimeout = statementTimeout;
        this.socketTimeout = socketTimeout;
    }

    /** Imports the bundled history unless this database already holds exactly this bundle. */
    @Transactional
    public ImportReport importBundled() {
        String checksum = bundled.checksum();
        if (em.unwrap(Session.class).doReturningWork(connection -> alreadyImported(connection, checksum))) {
            LOG.infof("import: the bundled data (checksum %s) is already in this database", checksum.substring(0, 12));
            return new ImportReport();
        }
        return run(bundled.matchSources(), bundled.curatedFacts(), bundled.goalFiles(), "bundled data", checksum);
    }

    /** Imports files a user gives a running deployment; importing the same files again changes nothing. */
    @Transactional
    public ImportReport importFiles(List<SourceText> files) {
        return run(files, null, List.of(), String.join(", ", files.stream().map(SourceText::name).toList()), null);
    }

    /**
     * The stages, in order: read and merge the match files (and curated matches) into one record; find the goal
     * files' matches in it; then, in the database, store clubs and matches, the curated facts and every goal
     * timeline, and derive ties and deficits from what is stored.
     */
    private ImportReport run(List<SourceText> sources, CuratedFacts curated, List<GoalFile> goalFiles, String label, String bundleChecksum) {
        long started = System.nanoTime();
        ImportReport report = new ImportReport();
        // the bundle's corrections apply to its register and to its files, which a user may also import by their bundled names
        Errata errata = bundled.errata();
        ClubResolver resolver = bundled.clubResolver(errata);
        MatchMerger merger = read(sources, errata, resolver, report, bundleChecksum != null);
        if (curated != null) {
            curatedMatches(curated, resolver, merger);
            curatedClubs(curated, resolver);
        }
        errata.applied().forEach(c -> report.corrections.add(c.describe()));
        report.mergedAcrossSources = merger.mergedDuplicates();
        report.conflicts.addAll(merger.conflicts());
        List<MergedMatch> matches = merger.matches();
        matches.forEach(ImportService::markNeutral);
        RecordChecks.beforeWriting(matches);
        List<GoalFileMatcher.Attached> goalFileMatches = GoalFileMatcher.attach(goalFiles, matches);

        em.unwrap(Session.class).doWork(withImportTimeouts(connection -> {
            lock(connection);
            if (bundleChecksum != null && alreadyImported(connection, bundleChecksum)) {
                // another replica imported it while this one waited for the lock
                report.files = 0;
                return;
            }
            ImportWriter writer = new ImportWriter(connection, report);
            writer.competitions(bundled.competitions());
            Map<String, Long> clubIds = writer.clubs(resolver.identities());
            Map<MergedMatch.MatchKey, Long> matchIds = writer.matches(matches, clubIds);
            LOG.infof("import: stored matches: %d new, %d completed, %d unchanged", report.inserted, report.updated, report.unchanged);
            Set<SeasonKey> seasons = new LinkedHashSet<>();
            matches.forEach(m -> seasons.add(new SeasonKey(m.competition, m.season)));
            CuratedWriter curatedWriter = null;
            Map<String, Long> people = Map.of();
            List<Timeline> timelines = new ArrayList<>();
            if (curated != null) {
                Function<MatchRef, Long> idOf = ref -> matchIds.get(find(ref, resolver, merger).key());
                curatedWriter = new CuratedWriter(connection, idOf, ref -> tieOf(connection, idOf.apply(ref)), clubIds,
                        club -> resolver.resolve(club, null).identity());
                curatedWriter.awarded(curated.awarded());
                timelines.addAll(curatedTimelines(curated, resolver, merger, matchIds, clubIds));
                List<String> names = new ArrayList<>();
                curated.people().forEach(p -> names.add(p.name()));
                curated.spells().forEach(s -> names.add(s.manager()));
                curated.quotes().forEach(q -> names.add(q.speaker()));
                people = curatedWriter.people(names.stream().distinct().toList());
                curatedWriter.spells(curated.spells(), people);
            }
            timelines.addAll(goalFileTimelines(goalFileMatches, timelines, matchIds, clubIds));
            if (!timelines.isEmpty()) {
                GoalWriter.Written goals = new GoalWriter(connection).write(timelines);
                LOG.infof("import: goal timelines of %d matches: goals replaced in %d, %d newly complete", goals.timelines(),
                        goals.goalsReplaced(), goals.newlyComplete());
            }
            new RecordDeriver(connection, report, bundled.knownDisagreements()).derive(seasons);
            RecordChecks.afterDerivation(connection);
            LOG.infof("import: derived %d ties and %d deficit occasions", report.ties, report.deficitOccasions);
            if (curatedWriter != null) {
                curatedWriter.quotes(curated.quotes(), people);
            }
            report.millis = (System.nanoTime() - started) / 1_000_000;
            record(connection, label, bundleChecksum, report);
        }));
        recordChanged.fire(new RecordChanged());
        imported.fire(report);
        LOG.info("import: " + report.summary());
        report.corrections.forEach(c -> LOG.info("import: correction: " + c));
        report.tieDisagreements.forEach(d -> LOG.info("import: tie disagreement: " + d));
        report.crossCheckDisagreements.forEach(d -> LOG.info("import: cross-check: " + d));
        report.conflicts.forEach(c -> LOG.info("import: conflict: " + c));
        return report;
    }

    /**
     * Reads the match files, each with the bundle's corrections applied, into one record; for the whole bundle, then
     * reads openfootball's older files against it, and requires every correction to have found its row.
     */
    MatchMerger read(List<SourceText> sources, Errata errata, ClubResolver resolver, ImportReport report, boolean wholeBundle) {
        MatchMerger merger = new MatchMerger();
        for (SourceText source : sources) {
            ParsedFile parsed = parse(source);
            report.files++;
            report.matchesRead += parsed.matches().size();
            report.unplayedFixtures += parsed.unplayedFixtures();
            String sourceName = source.format() == SourceFormat.ENGSOCCERDATA_CSV ? "engsoccerdata" : "openfootball";
            for (Errata.CorrectedMatch corrected : errata.apply(source.name(), parsed.matches())) {
                SourceMatch match = corrected.match();
                ClubIdentity home = resolver.resolve(match.home(), match.location());
                ClubIdentity away = resolver.resolve(match.away(), match.location());
                if (home.identity().equals(away.identity())) {
                    throw new SourceFormatException(match.location(), match.home().name() + " and " + match.away().name()
                            + " are one club, which cannot play itself");
                }
                MergedMatch merged = merger.add(match, home, away, statedWinner(match, home, away), sourceName);
                merged.correctWith(corrected);
            }
            LOG.infof("import: read %s, %d matches", source.name(), parsed.matches().size());
            if (progress != null) {
                progress.fire(new ImportProgress(source.name(), parsed.matches().size()));
            }
        }
        if (wholeBundle) {
            crossCheck(errata, resolver, merger, report);
            errata.requireAllApplied();
        }
        return merger;
    }

    /** Reads openfootball's older files against the record the other sources made, adding what they hold that it lacks. */
    private void crossCheck(Errata errata, ClubResolver resolver, MatchMerger merger, ImportReport report) {
        CrossCheck check = new CrossCheck(merger, report, bundled.crossCheckExplanations());
        Map<String, SourceClub> clubs = bundled.historyClubs();
        for (BundledData.HistorySource source : bundled.historySources()) {
            ParsedFile parsed = HistoryFileReader.read(source.path(), source.competition(), source.season(), new StringReader(source.text()),
                    clubs, errata.lineCorrections(source.path()));
            report.files++;
            report.matchesRead += parsed.matches().size();
            report.unplayedFixtures += parsed.unplayedFixtures();
            for (Errata.CorrectedMatch corrected : errata.apply(source.path(), parsed.matches())) {
                SourceMatch match = corrected.match();
                MergedMatch merged = check.check(match, resolver.resolve(match.home(), match.location()),
                        resolver.resolve(match.away(), match.location()), source.fills());
                if (merged != null) {
                    merged.correctWith(corrected);
                }
            }
            LOG.infof("import: read %s, %d matches", source.path(), parsed.matches().size());
        }
        check.requireAllUsed();
    }

    private static ParsedFile parse(SourceText source) {
        StringReader in = new StringReader(source.text());
        return source.format() == SourceFormat.ENGSOCCERDATA_CSV
                ? EngsoccerdataCsvParser.parse(source.name(), source.asOf(), in)
                : FootballTxtParser.parse(source.name(), source.competition(), source.season(), source.asOf(), in);
    }

    /**
     * engsoccerdata names the side that went through in words that sometimes differ from its own
     * club columns ("Vorwarts Berlin" for "ASK Vorwarts Berlin"): a name that is one side's name or
     * contained in it names that side; anything else is left unknown.
     */
    private static ClubIdentity statedWinner(SourceMatch match, ClubIdentity home, ClubIdentity away) {
        if (match.statedTieWinner() == null) {
            return null;
        }
        String stated = NameKey.of(match.statedTieWinner());
        String homeKey = NameKey.of(match.home().name());
        String awayKey = NameKey.of(match.away().name());
        boolean isHome = homeKey.equals(stated) || homeKey.contains(stated);
        boolean isAway = awayKey.equals(stated) || awayKey.contains(stated);
        return isHome == isAway ? null : isHome ? home : away;
    }

    /**
     * Finals are played at a venue chosen in advance, as were the 2019-20 single-match rounds from
     * the quarter-finals on (UEFA's "final eight" in Lisbon during COVID-19). Venues the curated
     * facts state win over this rule.
     */
    private static void markNeutral(MergedMatch m) {
        if (m.neutral == null) {
            m.neutral = m.roundKind == RoundKind.FINAL
                    || (m.season.equals("2019-20") && m.competition.equals("UCL") && m.roundKind == RoundKind.KNOCKOUT && m.leg == null);
        }
    }

    private static void curatedMatches(CuratedFacts curated, ClubResolver resolver, MatchMerger merger) {
        for (CuratedMatch c : curated.matches()) {
            MatchRef ref = c.ref();
            RoundKind kind = c.round().equals("Final") ? RoundKind.FINAL : c.leg() != null ? RoundKind.KNOCKOUT : RoundKind.GROUP;
            MergedMatch candidate = new MergedMatch(ref.location(), c.competition(), c.season(), c.round(), kind, c.leg(), false, ref.date(),
                    resolver.resolve(ref.home(), ref.location()), resolver.resolve(ref.away(), ref.location()), c.halfTime(), c.fullTime(),
                    c.afterExtraTime(), c.penalties());
            MergedMatch stored = merger.find(candidate);
            if (stored == null) {
                candidate.sources.add("curated");
                stored = candidate;
                merger.put(candidate);
            } else {
                boolean swapped = !stored.home.identity().equals(candidate.home.identity());
                if (!stored.fullTime.equals(MatchMerger.orient(c.fullTime(), swapped))
                        || !Objects.equals(stored.afterExtraTime, MatchMerger.orient(c.afterExtraTime(), swapped))
                        || !Objects.equals(stored.penalties, MatchMerger.orient(c.penalties(), swapped))) {
                    throw new SourceFormatException(ref.location(), "the curated score differs from the record's "
                            + MatchMerger.describe(stored) + " " + stored.fullTime + " (first read at " + stored.firstSeenAt + ")");
                }
                if (!stored.competition.equals(c.competition()) || !stored.season.equals(c.season())) {
                    throw new SourceFormatException(ref.location(), "the record has this match in " + stored.competition + " " + stored.season);
                }
                stored.sources.add("curated");
            }
            stored.venue = c.venue();
            stored.neutral = c.neutral();
            stored.behindClosedDoors = c.behindClosedDoors();
        }
    }

    /** Resolves every club the curated rows name, so that all are stored before goals, spells and quotes refer to them. */
    private static void curatedClubs(CuratedFacts curated, ClubResolver resolver) {
        curated.goals().forEach(g -> resolver.resolve(g.countsFor(), g.match().location()));
        curated.spells().forEach(s -> resolver.resolve(s.club(), s.location()));
        curated.quotes().stream().filter(q -> q.club() != null).forEach(q -> resolver.resolve(q.club(), q.location()));
    }

    private static MergedMatch find(MatchRef ref, ClubResolver resolver, MatchMerger merger) {
        MergedMatch probe = new MergedMatch(ref.location(), "", "", "", RoundKind.FINAL, null, false, ref.date(),
                resolver.resolve(ref.home(), ref.location()), resolver.resolve(ref.away(), ref.location()), null,
                new Score(0, 0), null, null);
        MergedMatch found = merger.find(probe);
        if (found == null) {
            throw new SourceFormatException(ref.location(), "no match " + ref.date() + " " + ref.home().name() + " v " + ref.away().name() + " in the record");
        }
        return found;
    }

    /** The curated goals, a timeline for every match they list goals for or declare complete. */
    private static List<Timeline> curatedTimelines(CuratedFacts curated, ClubResolver resolver, MatchMerger merger,
            Map<MergedMatch.MatchKey, Long> matchIds, Map<String, Long> clubIds) {
        Map<MergedMatch, List<GoalRow>> goals = new LinkedHashMap<>();
        Map<MergedMatch, SourceLocation> where = new LinkedHashMap<>();
        for (CuratedGoal goal : curated.goals()) {
            MergedMatch m = find(goal.match(), resolver, merger);
            where.putIfAbsent(m, goal.match().location());
            goals.computeIfAbsent(m, k -> new ArrayList<>()).add(new GoalRow(goal.minute(), goal.stoppage(),
                    clubIds.get(resolver.resolve(goal.countsFor(), null).identity()), goal.scorer(), goal.ownGoal(), goal.penalty()));
        }
        Set<MergedMatch> complete = new LinkedHashSet<>();
        for (MatchRef ref : curated.goalsComplete()) {
            MergedMatch m = find(ref, resolver, merger);
            complete.add(m);
            where.put(m, ref.location());
        }
        List<Timeline> timelines = new ArrayList<>();
        where.forEach((m, at) -> timelines.add(new Timeline(stored(m, matchIds, clubIds), goals.getOrDefault(m, List.of()), complete.contains(m), at)));
        return timelines;
    }

    /**
     * The goal files' timelines. Curated goals win: where they already give a match's timeline, the goal file's is
     * left out, but it must tell the same story (minute, side, penalty, own goal of every goal; scorers may be spelled
     * otherwise), or one of the two is wrong and the import stops.
     */
    static List<Timeline> goalFileTimelines(List<GoalFileMatcher.Attached> attached, List<Timeline> curated,
            Map<MergedMatch.MatchKey, Long> matchIds, Map<String, Long> clubIds) {
        Map<Long, Timeline> curatedByMatch = new HashMap<>();
        curated.forEach(t -> curatedByMatch.put(t.match().matchId(), t));
        List<Timeline> timelines = new ArrayList<>();
        for (GoalFileMatcher.Attached a : attached) {
            List<GoalRow> goals = a.source().goals().stream().map(g -> new GoalRow(g.minute(), g.stoppage(),
                    clubIds.get(a.clubOf(g.countsFor()).identity()), g.scorer(), g.ownGoal(), g.penalty())).toList();
            Timeline timeline = new Timeline(stored(a.match(), matchIds, clubIds), goals, true, a.source().location());
            Timeline curatedOne = curatedByMatch.get(timeline.match().matchId());
            if (curatedOne == null) {
                timelines.add(timeline);
            } else if (!story(curatedOne).equals(story(timeline))) {
                throw new SourceFormatException(timeline.where(), "these goals differ from the curated ones at " + curatedOne.where()
                        + ": " + story(timeline) + " here, " + story(curatedOne) + " there");
            }
        }
        return timelines;
    }

    /** A timeline without its scorers' names, which sources spell differently. */
    private static List<GoalRow> story(Timeline timeline) {
        return timeline.goals().stream().map(g -> new GoalRow(g.minute(), g.stoppage(), g.clubId(), null, g.ownGoal(), g.penalty())).toList();
    }

    /** A match as stored, for checking goals against its score. */
    private static MatchFacts stored(MergedMatch m, Map<MergedMatch.MatchKey, Long> matchIds, Map<String, Long> clubIds) {
        return new MatchFacts(matchIds.get(m.key()), m.date, clubIds.get(m.home.identity()), clubIds.get(m.away.identity()), m.fullTime,
                m.afterExtraTime, m.penalties, null, m.replay, Boolean.TRUE.equals(m.behindClosedDoors));
    }

    private static Long tieOf(Connection connection, long matchId) {
        try (PreparedStatement select = connection.prepareStatement("SELECT tie_id FROM match WHERE id = ?")) {
            select.setLong(1, matchId);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return (Long) r.getObject(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An import runs statements a request never does (deriving a season, waiting on the lock while another replica
     * imports), so its transaction gets its own statement timeout, and the driver waits that much longer on a silent
     * database before giving up on it.
     */
    private Work withImportTimeouts(Work work) {
        return connection -> {
            try (PreparedStatement set = connection.prepareStatement("SELECT set_config('statement_timeout', ?, true)")) {
                set.setString(1, statementTimeout.toMillis() + "ms");
                set.execute();
            }
            int requestNetworkTimeout = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, Math.toIntExact(statementTimeout.plus(socketTimeout).toMillis()));
            try {
                work.execute(connection);
            } finally {
                if (!connection.isClosed()) {
                    connection.setNetworkTimeout(Runnable::run, requestNetworkTimeout);
                }
            }
        };
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, IMPORT_LOCK);
            lock.execute();
        }
    }

    private static boolean alreadyImported(Connection connection, String checksum) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM import_run WHERE checksum = ?")) {
            select.setString(1, checksum);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void record(Connection connection, String label, String checksum, ImportReport report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (label, checksum, report) VALUES (?, ?, ?)")) {
            insert.setString(1, label);
            insert.setString(2, checksum == null ? "files" : checksum);
            insert.setString(3, report.fullText());
            insert.execute();
        }
    }
}
