package io.remontada.comeback;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Score;
import io.remontada.common.Sql;
import io.remontada.common.paging.Batched;
import io.remontada.common.paging.PageRequest;
import io.remontada.coverage.HeldMatches;
import io.remontada.coverage.SpanKey;
import io.remontada.match.Stage;
import io.remontada.rules.ComebackScope;
import io.remontada.rules.TieDecision;

/**
 * Reads the derived deficit occasions. Comebacks are the overturned ones, biggest deficit first,
 * then the most recent; every list and count here is one indexed query whatever the data size.
 */
@ApplicationScoped
public class ComebackRepository implements PanacheRepositoryBase<DeficitOccasionEntity, Long> {

    static final String ORDER = "c.deficit DESC, c.occurred_on DESC, c.id DESC";
    static final Comparator<DeficitOccasionEntity> BIGGEST_FIRST = Comparator.<DeficitOccasionEntity>comparingInt(o -> -o.deficit)
            .thenComparing(o -> o.occurredOn, Comparator.reverseOrder()).thenComparing(o -> -o.id);
    static final Comparator<DeficitOccasionEntity> NEWEST_FIRST = Comparator.<DeficitOccasionEntity, java.time.LocalDate>comparing(
            o -> o.occurredOn, Comparator.reverseOrder()).thenComparing(o -> -o.id);

    /** Attempts and overturned occasions under these criteria: from the tally when it can count them, else row by row. */
    public long[] tally(ComebackCriteria criteria) {
        Sql sql = criteria.sql();
        String select = criteria.countableByTally()
                ? "SELECT coalesce(sum(c.occasions), 0), coalesce(sum(c.occasions) FILTER (WHERE c.overturned), 0) FROM deficit_tally c"
                : "SELECT count(*), count(*) FILTER (WHERE c.overturned) FROM deficit_occasion c";
        Object[] row = sql.row(getEntityManager(), select + sql.whereClause());
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Attempts and overturned occasions per club (or per manager), for a batch of them. */
    public Map<Long, long[]> tallyByParents(boolean byManager, List<Long> parentIds, Sql criteria) {
        String column = byManager ? "c.manager_id" : "c.club_id";
        Sql sql = criteria.where(column + " = ANY (cast(:parents AS bigint[]))", "parents", parentIds.toArray(Long[]::new));
        Map<Long, long[]> tallies = new HashMap<>();
        for (Object[] cells : sql.rows(getEntityManager(),
                "SELECT " + column + ", count(*), count(*) FILTER (WHERE c.overturned) FROM deficit_occasion c" + sql.whereClause() + " GROUP BY " + column)) {
            tallies.put(((Number) cells[0]).longValue(), new long[] {((Number) cells[1]).longValue(), ((Number) cells[2]).longValue()});
        }
        return tallies;
    }

    public List<DeficitOccasionEntity> overturned(Sql criteria, String order, int limit) {
        return firstOverturned(criteria.bind("limit", limit), order);
    }

    public List<DeficitOccasionEntity> page(Sql criteria, PageRequest page) {
        return firstOverturned(keyset(criteria, page).bind("limit", page.fetchSize()), ORDER);
    }

    private List<DeficitOccasionEntity> firstOverturned(Sql criteria, String order) {
        Sql sql = criteria.where("c.overturned");
        return sql.list(getEntityManager(), "SELECT c.* FROM deficit_occasion c" + sql.whereClause() + " ORDER BY " + order + " LIMIT :limit",
                DeficitOccasionEntity.class);
    }

    /** Comebacks (overturned occasions) under these criteria. */
    public long count(ComebackCriteria criteria) {
        if (criteria.countableByTally()) {
            return tally(criteria)[1];
        }
        return criteria.sql().where("c.overturned").count(getEntityManager(), "deficit_occasion c");
    }

    public Map<Long, List<DeficitOccasionEntity>> pageByClubs(List<Long> clubIds, Sql criteria, PageRequest page) {
        return byClub().rows(clubIds, keyset(criteria, page), page);
    }

    public Map<Long, Long> countByClubs(List<Long> clubIds, Sql criteria) {
        return byClub().totals(clubIds, criteria);
    }

    /** Overturned occasions of each club (or manager), newest first: a verdict's evidence. */
    public Map<Long, List<DeficitOccasionEntity>> newestByParents(boolean byManager, List<Long> parentIds, Sql criteria, PageRequest page) {
        Batched<DeficitOccasionEntity> newest = new Batched<>(getEntityManager(), new Batched.Config<>(DeficitOccasionEntity.class,
                "deficit_occasion c", "c." + (byManager ? "manager_id" : "club_id") + " = p.id AND c.overturned",
                "c.occurred_on DESC, c.id DESC", o -> List.of(byManager ? o.managerId : o.clubId), NEWEST_FIRST));
        return newest.rows(parentIds, criteria, page);
    }

    /** The matches in a verdict's reach for each club, per competition season: all, with goal minutes, first and last day. */
    public Map<Long, Map<SpanKey, HeldMatches>> matchesOfClubs(List<Long> clubIds, ComebackCriteria criteria) {
        Sql sql = matchScope(criteria, clubIds).where("(c.home_club_id = p.id OR c.away_club_id = p.id)");
        return heldBySpan(sql, "SELECT p.id, x.competition, x.season, x.n, x.timed, x.first, x.last "
                + "FROM unnest(cast(:parents AS bigint[])) AS p(id) CROSS JOIN LATERAL (SELECT c.competition, c.season, count(*) AS n, "
                + "count(*) FILTER (WHERE c.goals_complete) AS timed, min(c.match_date) AS first, max(c.match_date) AS last "
                + "FROM match c" + sql.whereClause() + " GROUP BY c.competition, c.season) x");
    }

    /** The matches in a verdict's reach for each manager, per competition season: his clubs' matches during his spells. */
    public Map<Long, Map<SpanKey, HeldMatches>> matchesOfManagers(List<Long> personIds, ComebackCriteria criteria) {
        Sql sql = matchScope(criteria, personIds).where("s.person_id = ANY (cast(:parents AS bigint[]))");
        return heldBySpan(sql, "SELECT s.person_id, c.competition, c.season, count(*), count(*) FILTER (WHERE c.goals_complete), "
                + "min(c.match_date), max(c.match_date) "
                + "FROM manager_spell s JOIN match c ON (c.home_club_id = s.club_id OR c.away_club_id = s.club_id) "
                + "AND c.match_date >= s.from_date AND (s.to_date IS NULL OR c.match_date <= CASE WHEN s.to_precision = 'MONTH' "
                + "THEN cast(s.to_date + interval '1 month' - interval '1 day' AS date) ELSE s.to_date END)"
                + sql.whereClause() + " GROUP BY s.person_id, c.competition, c.season");
    }

    /** Rows of (parent, competition, season, matches, timed matches, first day, last day) by parent and span. */
    private Map<Long, Map<SpanKey, HeldMatches>> heldBySpan(Sql sql, String statement) {
        Map<Long, Map<SpanKey, HeldMatches>> held = new HashMap<>();
        for (Object[] cells : sql.rows(getEntityManager(), statement)) {
            held.computeIfAbsent(((Number) cells[0]).longValue(), p -> new HashMap<>()).put(new SpanKey((String) cells[1], (String) cells[2]),
                    new HeldMatches(((Number) cells[3]).intValue(), ((Number) cells[4]).intValue(), Sql.date(cells[5]), Sql.date(cells[6])));
        }
        return held;
    }

    /**
     * What a sentence about each of these occasions needs, in one statement: the opponent's name, the
     * match that settled it, the tie's aggregate and its first leg. A match UEFA awarded counts with the
     * result awarded, as the deficit does (Steaua v Paris 1997-98: 3-0 down after the first leg, not 3-2).
     */
    public Map<Long, Evidence> evidence(List<Long> occasionIds) {
        Map<Long, Evidence> evidence = new HashMap<>();
        if (occasionIds.isEmpty()) {
            return evidence;
        }
        for (Object[] c : new Sql().bind("ids", occasionIds.toArray(Long[]::new)).rows(getEntityManager(), """
                SELECT o.id, o.scope, o.deficit, opp.name, o.competition, o.season, o.stage, o.decided_by, m.match_date,
                       m.home_club_id = o.club_id, m.neutral, m.replay,
                       coalesce(m.awarded_home, m.ft_home), coalesce(m.awarded_away, m.ft_away),
                       CASE WHEN m.awarded_home IS NULL THEN m.aet_home END, CASE WHEN m.awarded_home IS NULL THEN m.aet_away END,
                       CASE WHEN m.awarded_home IS NULL THEN m.pen_home END, CASE WHEN m.awarded_home IS NULL THEN m.pen_away END,
                       t.club_a_id = o.club_id, t.aggregate_a, t.aggregate_b,
                       f.home_club_id = o.club_id, coalesce(f.awarded_home, f.ft_home), coalesce(f.awarded_away, f.ft_away)
                FROM deficit_occasion o
                JOIN club opp ON opp.id = o.opponent_id
                JOIN match m ON m.id = o.match_id
                LEFT JOIN tie t ON t.id = o.tie_id
                LEFT JOIN match f ON f.tie_id = o.tie_id AND f.leg = 1 AND NOT f.replay
                WHERE o.id = ANY (cast(:ids AS bigint[]))""")) {
            boolean home = (Boolean) c[9];
            Score settled = side(new Score(number(c[12]), number(c[13])), home);
            boolean extraTime = c[14] != null;
            if (extraTime) {
                settled = side(new Score(number(c[14]), number(c[15])), home);
            }
            Score pens = c[16] == null ? null : side(new Score(number(c[16]), number(c[17])), home);
            Score aggregate = c[18] == null ? null : side(new Score(number(c[19]), number(c[20])), (Boolean) c[18]);
            Score firstLeg = c[21] == null ? null : side(new Score(number(c[22]), number(c[23])), (Boolean) c[21]);
            String venue = (Boolean) c[10] ? "on neutral ground" : home ? "at home" : "away";
            evidence.put(((Number) c[0]).longValue(), new Evidence(ComebackScope.valueOf((String) c[1]), number(c[2]), (String) c[3],
                    (String) c[4], (String) c[5], Stage.valueOf((String) c[6]), c[7] == null ? null : TieDecision.valueOf((String) c[7]),
                    Sql.date(c[8]), settled, pens, venue, (Boolean) c[11], extraTime, firstLeg, aggregate));
        }
        return evidence;
    }

    /** A score seen from one side: its own goals first. */
    private static Score side(Score homeAway, boolean sideIsHome) {
        return sideIsHome ? homeAway : homeAway.swapped();
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /** The part of a comeback filter that narrows which matches a verdict could see, for these parents ({@code :parents}). */
    private static Sql matchScope(ComebackCriteria criteria, List<Long> parents) {
        return new Sql().bind("parents", parents.toArray(Long[]::new))
                .where("c.competition = :competition", "competition", criteria.competition())
                .where("c.season >= :seasonFrom", "seasonFrom", criteria.seasonFrom())
                .where("c.season <= :seasonTo", "seasonTo", criteria.seasonTo())
                .where("c.stage = :stage", "stage", criteria.stage() == null ? null : criteria.stage().name());
    }


    private Batched<DeficitOccasionEntity> byClub() {
        return new Batched<>(getEntityManager(), new Batched.Config<>(DeficitOccasionEntity.class,
                "deficit_occasion c", "c.club_id = p.id AND c.overturned", ORDER, o -> List.of(o.clubId), BIGGEST_FIRST));
    }

    private static Sql keyset(Sql criteria, PageRequest page) {
        return page.hasAfter()
                ? criteria.where("(c.deficit, c.occurred_on, c.id) < (:afterDeficit, :afterDate, :afterId)")
                        .bind("afterDeficit", (short) page.afterLong(0)).bind("afterDate", page.afterDate(1)).bind("afterId", page.afterLong(2))
                : criteria;
    }
}
