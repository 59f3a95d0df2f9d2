package io.remontada.importer;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import io.remontada.importer.GoalStore.Timeline;
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
import io.remontada.importer.tables.ClubTable;
import io.remontada.importer.tables.CompetitionTable;
import io.remontada.importer.tables.GoalTable;
import io.remontada.importer.tables.GoalTable.GoalRow;
import io.remontada.importer.tables.ImportRunTable;
import io.remontada.importer.tables.MatchTable;
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
        if (em.unwrap(Session.class).doReturningWork(connection -> new ImportRunTable(connection).holds(checksum))) {
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
     * The stages of an import, in order, each with why it comes where it does. Those in memory come first, so that a bad
     * file is refused before anything is written; in the database, each stage comes after those whose rows it refers
     * to or reads.
     */
    private ImportReport run(List<SourceText> sources, CuratedFacts curated, List<GoalFile> goalFiles, String label, String bundleChecksum) {
        long started = System.nanoTime();
        ImportReport report = new ImportReport();
        // the bundle's corrections apply to its register and to its files, which a user may also import by their bundled names
        Errata errata = bundled.errata();
        ClubResolver resolver = bundled.clubResolver(errata);
        // read: first, as every later stage works on the one record the files make together
        MatchMerger merger = read(sources, errata, resolver, report, bundleChecksum != null);
        // curated matches: after the files, whose matches they find and whose venues they override
        if (curated != null) {
            curatedMatches(curated, resolver, merger);
            curatedClubs(curated, resolver);
        }
        report.sourcesMerged(errata.applied().stream().map(Errata.Correction::describe).toList(), merger.mergedDuplicates(), merger.conflicts());
        List<MergedMatch> matches = merger.matches();
        // neutral venues: after the curated venues, which win over the rule
        matches.forEach(ImportService::markNeutral);
        // checks: on the whole merged record, before a row of it is written
        RecordChecks.beforeWriting(matches);
        // goal files: found in the checked record, so that one naming a match it lacks is refused before anything is written
        List<GoalFileMatcher.Attached> goalFileMatches = GoalFileMatcher.attach(goalFiles, matches);

        em.unwrap(Session.class).doWork(withImportTimeouts(connection -> {
            // lock: one import at a time across replicas, so the bundle may be in once another's has finished
            lock(connection);
            if (bundleChecksum != null && new ImportRunTable(connection).holds(bundleChecksum)) {
                report.importedByAnotherReplica();
                return;
            }
            // competitions and clubs: before the matches, which refer to them
            Map<String, Long> clubIds = storeClubs(connection, resolver, report);
            // matches: before the rest, which all refers to them
            Map<MergedMatch.MatchKey, Long> matchIds = new MatchStore(new MatchTable(connection), report).store(matches, clubIds);
            LOG.infof("import: stored matches: %d new, %d completed, %d unchanged", report.inserted, report.updated, report.unchanged);
            CuratedStore curatedStore = null;
            Map<String, Long> people = Map.of();
            List<Timeline> timelines = new ArrayList<>();
            if (curated != null) {
                curatedStore = new CuratedStore(connection, ref -> matchIds.get(find(ref, resolver, merger).key()), clubIds,
                        club -> resolver.resolve(club, null).identity());
                // awarded results: before derivation, which decides ties by them
                curatedStore.awarded(curated.awarded());
                timelines.addAll(curatedTimelines(curated, resolver, merger, matchIds, clubIds));
                // people and spells: before derivation, which names the manager a side faced each deficit under
                people = curatedStore.people(curated);
                curatedStore.spells(curated.spells(), people);
            }
            // goal timelines, the curated ones first: before derivation, which measures deficits within matches by them
            timelines.addAll(goalFileTimelines(goalFileMatches, timelines, matchIds, clubIds));
            storeGoals(connection, timelines);
            // derivation: once everything it reads is stored; then the checks on the ties it made
            new RecordDeriver(connection, report, bundled.knownDisagreements()).derive(touchedSeasons(matches));
            RecordChecks.afterDerivation(connection);
            LOG.infof("import: derived %d ties and %d deficit occasions", report.ties, report.deficitOccasions);
            // quotes: after derivation, as a quote about a match names its tie
            if (curatedStore != null) {
                curatedStore.quotes(curated.quotes(), people);
            }
            report.took((System.nanoTime() - started) / 1_000_000);
            // the run: last, with its report, so that the bundle counts as imported only once all of it is
            new ImportRunTable(connection).insert(label, bundleChecksum, report.fullText());
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

    private Map<String, Long> storeClubs(Connection connection, ClubResolver resolver, ImportReport report) throws SQLException {
        new CompetitionTable(connection).upsert(bundled.competitions());
        ClubTable table = new ClubTable(connection);
        List<ClubTable.Row> clubs = resolver.identities().stream()
                .map(c -> new ClubTable.Row(c.identity(), c.name(), c.country(), c.founded(), c.stadium(), c.city(), c.names())).toList();
        report.clubsStored(table.insertNew(clubs, table.ids(clubs)));
        Map<String, Long> ids = table.ids(clubs);
        table.insertAliases(clubs, ids);
        return ids;
    }

    private static void storeGoals(Connection connection, List<Timeline> timelines) throws SQLException {
        if (!timelines.isEmpty()) {
            GoalStore.Written goals = new GoalStore(new GoalTable(connection), new MatchTable(connection)).write(timelines);
            LOG.infof("import: goal timelines of %d matches: goals replaced in %d, %d newly complete", goals.timelines(),
                    goals.goalsReplaced(), goals.newlyComplete());
        }
    }

    private static Set<SeasonKey> touchedSeasons(List<MergedMatch> matches) {
        Set<SeasonKey> seasons = new LinkedHashSet<>();
        matches.forEach(m -> seasons.add(new SeasonKey(m.competition, m.season)));
        return seasons;
    }

    /**
     * Reads the match files, each with the bundle's corrections applied, into one record; for the whole bundle, then
     * reads openfootball's older files against it, and requires every correction to have found its row.
     */
    MatchMerger read(List<SourceText> sources, Errata errata, ClubResolver resolver, ImportReport report, boolean wholeBundle) {
        MatchMerger merger = new MatchMerger();
        for (SourceText source : sources) {
            ParsedFile parsed = parse(source);
            report.fileRead(parsed);
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
            report.fileRead(parsed);
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
}
