package io.remontada.comeback;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.common.error.BadUserInputException;
import io.remontada.common.paging.Page;
import io.remontada.common.paging.PageRequest;
import io.remontada.match.CompetitionCatalog;
import io.remontada.match.Season;

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

    private final ComebackRepository occasions;
    private final CompetitionCatalog competitions;

    ComebackService(ComebackRepository occasions, CompetitionCatalog competitions) {
        this.occasions = occasions;
        this.competitions = competitions;
    }

    public List<Verdict> clubVerdicts(List<Long> clubIds, int deficit, ComebackScope scope, ComebackFilter filter) {
        ComebackCriteria criteria = criteria(deficit, scope, filter);
        List<Long> distinct = clubIds.stream().distinct().toList();
        return verdicts(clubIds, false, deficit, scope, criteria, occasions.tallyByParents(false, distinct, criteria.sql()),
                occasions.coverageOfClubs(distinct, criteria));
    }

    public List<Verdict> managerVerdicts(List<Long> personIds, int deficit, ComebackScope scope) {
        ComebackCriteria criteria = criteria(deficit, scope, null);
        List<Long> distinct = personIds.stream().distinct().toList();
        return verdicts(personIds, true, deficit, scope, criteria, occasions.tallyByParents(true, distinct, criteria.sql()),
                occasions.coverageOfManagers(distinct, criteria));
    }

    private List<Verdict> verdicts(List<Long> parents, boolean byManager, int deficit, ComebackScope scope, ComebackCriteria criteria,
            Map<Long, long[]> tallies, Map<Long, Coverage> coverage) {
        List<Long> distinct = parents.stream().distinct().toList();
        Map<Long, List<DeficitOccasionEntity>> evidence = occasions.newestByParents(byManager, distinct, criteria.sql(),
                PageRequest.of("evidence", MAX_EVIDENCE, null, 0));
        return parents.stream().map(parent -> {
            long[] tally = tallies.getOrDefault(parent, new long[2]);
            List<Comeback> shown = evidence.getOrDefault(parent, List.of()).stream().limit(MAX_EVIDENCE).map(this::view).toList();
            return new Verdict(tally[1] > 0, deficit, scope, (int) tally[0], (int) tally[1], shown,
                    coverage.getOrDefault(parent, new Coverage(0, 0, null, null)));
        }).toList();
    }

    public DeficitRecord deficitRecord(int deficit, ComebackScope scope, ComebackFilter filter) {
        ComebackCriteria criteria = criteria(deficit, scope, filter);
        long[] tally = occasions.tally(criteria);
        List<Comeback> examples = occasions.overturned(criteria.sql(), ComebackRepository.ORDER, MAX_EXAMPLES).stream().map(this::view).toList();
        return new DeficitRecord(deficit, scope, (int) tally[0], (int) tally[1], tally[0] == 0 ? null : (double) tally[1] / tally[0], examples);
    }

    public ComebackConnection comebacks(ComebackFilter filter, Integer first, String after) {
        ComebackCriteria criteria = ComebackCriteria.of(filter, competitions);
        PageRequest page = PageRequest.of("comebacks", first, after, 3);
        List<Comeback> rows = occasions.page(criteria.sql(), page).stream().map(this::view).toList();
        return connection(rows, page, occasions.count(criteria));
    }

    public List<ComebackConnection> comebacksOfClubs(List<Long> clubIds, ComebackFilter filter, Integer first, String after) {
        ComebackCriteria criteria = ComebackCriteria.of(filter, competitions);
        PageRequest page = PageRequest.of("comebacks", first, after, 3);
        List<Long> distinct = clubIds.stream().distinct().toList();
        Map<Long, List<DeficitOccasionEntity>> rows = occasions.pageByClubs(distinct, criteria.sql(), page);
        Map<Long, Long> totals = occasions.countByClubs(distinct, criteria.sql());
        return clubIds.stream().map(club -> connection(rows.getOrDefault(club, List.of()).stream().map(this::view).toList(), page,
                totals.getOrDefault(club, 0L))).toList();
    }

    private ComebackCriteria criteria(int deficit, ComebackScope scope, ComebackFilter filter) {
        if (deficit < 1) {
            throw new BadUserInputException("deficit must be at least 1 goal, was " + deficit);
        }
        return ComebackCriteria.of(filter, competitions).within(scope, deficit);
    }

    private ComebackConnection connection(List<Comeback> rows, PageRequest page, long total) {
        return new Page<>(rows, page, total, c -> List.of(c.deficit(), c.date(), c.rowId()))
                .toConnection(ComebackConnection.ComebackEdge::new, ComebackConnection::new);
    }

    private Comeback view(DeficitOccasionEntity o) {
        String anchor = o.scope.equals("MATCH") ? "m" + o.matchId : "t" + o.tieId;
        return new Comeback(o.scope + "-" + anchor + "-c" + o.clubId, ComebackScope.valueOf(o.scope), o.deficit,
                competitions.of(o.competition), new Season(o.season), o.round, o.decidedBy == null ? null : TieDecision.valueOf(o.decidedBy),
                o.behindClosedDoors, o.occurredOn, o.clubId, o.opponentId, o.tieId, o.matchId, o.managerId, o.id);
    }
}
