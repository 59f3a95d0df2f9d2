package io.remontada.comeback;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.club.ClubCatalog;
import io.remontada.common.error.BadUserInputException;
import io.remontada.common.paging.Page;
import io.remontada.common.paging.PageRequest;
import io.remontada.coverage.Coverage;
import io.remontada.coverage.CoverageRange;
import io.remontada.coverage.CoverageService;
import io.remontada.coverage.CoverageSpan;
import io.remontada.coverage.HeldMatches;
import io.remontada.coverage.SpanKey;
import io.remontada.match.CompetitionCatalog;
import io.remontada.match.RoundCatalog;
import io.remontada.match.Season;
import io.remontada.match.Stage;
import io.remontada.people.PeopleService;
import io.remontada.rules.ComebackScope;
import io.remontada.rules.TieDecision;

/**
 * Answers comeback questions from the derived occasions: verdicts for clubs and managers, lists
 * of comebacks, and history's record for a deficit. Nothing is recomputed per request; the engine
 * ran when the data last changed.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ComebackService {

    /** A verdict's evidence is capped: past 100 comebacks, the connection on Club.comebacks pages through them. */
    static final int MAX_EVIDENCE = 100;
    static final int MAX_EXAMPLES = 10;
    /** Attempts and overturned occasions of a side the tally has no row for. */
    private static final long[] NO_TALLY = new long[2];

    private final ComebackRepository occasions;
    private final CompetitionCatalog competitions;
    private final CoverageService coverage;
    private final ClubCatalog clubs;
    private final PeopleService people;
    private final RoundCatalog rounds;

    ComebackService(ComebackRepository occasions, CompetitionCatalog competitions, CoverageService coverage, ClubCatalog clubs,
            PeopleService people, RoundCatalog rounds) {
        this.rounds = rounds;
        this.occasions = occasions;
        this.competitions = competitions;
        this.coverage = coverage;
        this.clubs = clubs;
        this.people = people;
    }

    public List<Verdict> clubVerdicts(List<Long> clubIds, int deficit, ComebackScope scope, ComebackFilter filter, VerdictParts parts) {
        ComebackCriteria criteria = criteria(deficit, scope, filter);
        return verdicts(clubIds, false, deficit, criteria, parts, ids -> {
            Map<Long, String> names = new HashMap<>();
            ids.forEach(id -> names.put(id, clubs.of(id).name()));
            return names;
        }, ids -> occasions.matchesOfClubs(ids, criteria));
    }

    public List<Verdict> managerVerdicts(List<Long> personIds, int deficit, ComebackScope scope, VerdictParts parts) {
        ComebackCriteria criteria = criteria(deficit, scope, null);
        return verdicts(personIds, true, deficit, criteria, parts, ids -> {
            Map<Long, String> names = new HashMap<>();
            people.positional(ids).forEach(p -> names.put(p.id(), p.name()));
            return names;
        }, ids -> occasions.matchesOfManagers(ids, criteria));
    }

    /**
     * YES on evidence; NO only when the record can see everything the question covers: every
     * competition season in range held whole and, for TIE and MATCH, every one of the side's matches
     * with its goal times. A manager's verdict is never NO: the record knows some of a manager's
     * spells, never that it knows all of them.
     *
     * <p>Only the parts selected are read: the evidence for the sides that have some, the sentence's
     * details for a YES, and a side's matches where its coverage, its sentence or its answer depends on
     * them (a NO for TIE or MATCH needs every match timed). A part not selected is left null.
     */
    private List<Verdict> verdicts(List<Long> parents, boolean byManager, int deficit, ComebackCriteria criteria, VerdictParts parts,
            Function<List<Long>, Map<Long, String>> namesOf, Function<List<Long>, Map<Long, Map<SpanKey, HeldMatches>>> matchesOf) {
        List<Long> distinct = parents.stream().distinct().toList();
        Map<Long, long[]> tallies = occasions.tallyByParents(byManager, distinct, criteria.sql());
        Map<Boolean, List<Long>> byComeback = distinct.stream().collect(Collectors.partitioningBy(p -> tallies.getOrDefault(p, NO_TALLY)[1] > 0));
        List<Long> withComebacks = byComeback.get(true);
        List<Long> without = byComeback.get(false);
        CoverageRange range = coverage.range(criteria.competition(), criteria.seasonFrom(), criteria.seasonTo(), criteria.stage());
        ComebackScope scope = criteria.scope();
        boolean needsTimes = scope != ComebackScope.FIRST_LEG;

        Map<Long, List<DeficitOccasionEntity>> evidence = (parts.occasions() || parts.why()) && !withComebacks.isEmpty()
                ? occasions.newestByParents(byManager, withComebacks, criteria.sql(), PageRequest.of("evidence", MAX_EVIDENCE, null, 0, false))
                : Map.of();
        Map<Long, DeficitOccasionEntity> strongest = new HashMap<>();
        evidence.forEach((parent, rows) -> rows.stream().min(ComebackRepository.BIGGEST_FIRST).ifPresent(o -> strongest.put(parent, o)));
        Map<Long, Evidence> details = parts.why() ? occasions.evidence(strongest.values().stream().map(o -> o.id).toList()) : Map.of();
        boolean answerNeedsMatches = needsTimes && !byManager && range.complete();
        List<Long> matchesNeeded = parts.coverage() ? distinct : parts.why() || answerNeedsMatches ? without : List.of();
        Map<Long, Map<SpanKey, HeldMatches>> seen = matchesNeeded.isEmpty() ? Map.of() : matchesOf.apply(matchesNeeded);
        Map<Long, String> names = parts.why() ? namesOf.apply(distinct) : Map.of();

        return parents.stream().map(parent -> {
            long[] tally = tallies.getOrDefault(parent, NO_TALLY);
            List<Comeback> shown = parts.occasions()
                    ? evidence.getOrDefault(parent, List.of()).stream().limit(MAX_EVIDENCE).map(this::view).toList()
                    : null;
            Map<SpanKey, HeldMatches> ownSpans = seen.getOrDefault(parent, Map.of());
            HeldMatches own = ownSpans.values().stream().reduce(HeldMatches.NONE, HeldMatches::plus);
            boolean complete = !byManager && range.complete() && (!needsTimes || own.allTimed());
            String name = names.getOrDefault(parent, "this side");
            Answer answer = tally[1] > 0 ? Answer.YES : complete ? Answer.NO : Answer.UNKNOWN;
            String why = !parts.why() ? null : switch (answer) {
                case YES -> VerdictWording.yes(details.get(strongest.get(parent).id));
                case NO -> VerdictWording.no(name, scope, criteria.minDeficit(), (int) tally[0], own, range, needsTimes, coverage::competitionName);
                case UNKNOWN -> VerdictWording.unknown(name, scope, own, range, needsTimes, !byManager, coverage::competitionName);
            };
            return new Verdict(answer, why, deficit, scope, (int) tally[0], (int) tally[1], shown,
                    parts.coverage() ? coverageOf(range, ownSpans, own, complete) : null);
        }).toList();
    }

    /** A side's coverage: the seasons it played in, and every season in range the record lacks in part. */
    private Coverage coverageOf(CoverageRange range, Map<SpanKey, HeldMatches> ownSpans, HeldMatches own, boolean complete) {
        List<CoverageSpan> spans = range.spans().stream()
                .filter(s -> ownSpans.containsKey(s.key()) || !s.complete())
                .map(s -> coverage.span(s, ownSpans.getOrDefault(s.key(), HeldMatches.NONE))).toList();
        return new Coverage(own.matches(), own.withGoalTimes(), own.from(), own.to(), complete, spans);
    }

    public DeficitRecord deficitRecord(int deficit, ComebackScope scope, ComebackFilter filter) {
        ComebackCriteria criteria = criteria(deficit, scope, filter);
        long[] tally = occasions.tally(criteria);
        List<Comeback> examples = occasions.overturned(criteria.sql(), ComebackRepository.ORDER, MAX_EXAMPLES).stream().map(this::view).toList();
        CoverageRange range = coverage.range(criteria.competition(), criteria.seasonFrom(), criteria.seasonTo(), criteria.stage());
        HeldMatches held = range.held();
        boolean complete = range.complete() && (scope == ComebackScope.FIRST_LEG || held.allTimed());
        Coverage seen = new Coverage(held.matches(), held.withGoalTimes(), held.from(), held.to(), complete,
                range.spans().stream().map(s -> coverage.span(s, s.held())).toList());
        return new DeficitRecord(deficit, scope, (int) tally[0], (int) tally[1], tally[0] == 0 ? null : (double) tally[1] / tally[0], examples,
                seen);
    }

    public ComebackConnection comebacks(ComebackFilter filter, Integer first, String after, boolean counted) {
        ComebackCriteria criteria = ComebackCriteria.of(filter, competitions, rounds);
        PageRequest page = PageRequest.of("comebacks", first, after, 3, counted);
        List<Comeback> rows = occasions.page(criteria.sql(), page).stream().map(this::view).toList();
        return connection(rows, page, () -> occasions.count(criteria));
    }

    public List<ComebackConnection> comebacksOfClubs(List<Long> clubIds, ComebackFilter filter, Integer first, String after, boolean counted) {
        ComebackCriteria criteria = ComebackCriteria.of(filter, competitions, rounds);
        PageRequest page = PageRequest.of("comebacks", first, after, 3, counted);
        List<Long> distinct = clubIds.stream().distinct().toList();
        Map<Long, List<DeficitOccasionEntity>> rows = occasions.pageByClubs(distinct, criteria.sql(), page);
        Map<Long, Long> totals = counted ? occasions.countByClubs(distinct, criteria.sql()) : Map.of();
        return clubIds.stream().map(club -> connection(rows.getOrDefault(club, List.of()).stream().map(this::view).toList(), page,
                () -> totals.getOrDefault(club, 0L))).toList();
    }

    private ComebackCriteria criteria(int deficit, ComebackScope scope, ComebackFilter filter) {
        if (deficit < 1) {
            throw new BadUserInputException("deficit must be at least 1 goal, was " + deficit);
        }
        return ComebackCriteria.of(filter, competitions, rounds).within(scope, deficit);
    }

    private ComebackConnection connection(List<Comeback> rows, PageRequest page, LongSupplier total) {
        return new Page<>(rows, page, total, c -> List.of(c.deficit(), c.date(), c.rowId()))
                .toConnection(ComebackConnection.ComebackEdge::new, ComebackConnection::new);
    }

    private Comeback view(DeficitOccasionEntity o) {
        String anchor = o.scope.equals("MATCH") ? "m" + o.matchId : "t" + o.tieId;
        return new Comeback(o.scope + "-" + anchor + "-c" + o.clubId, ComebackScope.valueOf(o.scope), o.deficit,
                competitions.of(o.competition), new Season(o.season), o.round, Stage.valueOf(o.stage), o.decidedBy == null ? null : TieDecision.valueOf(o.decidedBy),
                o.behindClosedDoors, o.occurredOn, clubs.of(o.clubId), clubs.of(o.opponentId), o.tieId, o.matchId, o.managerId, o.id);
    }
}
