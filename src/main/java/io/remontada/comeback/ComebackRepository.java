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
                ? "SELECT coalesce(sum(c.occasions), 0), coalesce(sum(c.occasions) FILTER (WHERE c.overturned), 0) FROM deficit_tally c WHERE true"
                : "SELECT count(*), count(*) FILTER (WHERE c.overturned) FROM deficit_occasion c WHERE true";
        Object[] row = (Object[]) sql.query(getEntityManager(), select + sql.and()).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** Attempts and overturned occasions per club (or per manager), for a batch of them. */
    public Map<Long, long[]> tallyByParents(boolean byManager, List<Long> parentIds, Sql criteria) {
        String column = byManager ? "c.manager_id" : "c.club_id";
        Map<Long, long[]> tallies = new HashMap<>();
        for (Object row : criteria.bind("parents", parentIds.toArray(Long[]::new)).query(getEntityManager(),
                "SELECT " + column + ", count(*), count(*) FILTER (WHERE c.overturned) FROM deficit_occasion c "
                        + "WHERE " + column + " = ANY (cast(:parents AS bigint[]))" + criteria.and() + " GROUP BY " + column).getResultList()) {
            Object[] cells = (Object[]) row;
            tallies.put(((Number) cells[0]).longValue(), new long[] {((Number) cells[1]).longValue(), ((Number) cells[2]).longValue()});
        }
        return tallies;
    }

    @SuppressWarnings("unchecked")
    public List<DeficitOccasionEntity> overturned(Sql criteria, String order, int limit) {
        return criteria.bind("limit", limit).query(getEntityManager(),
                "SELECT c.* FROM deficit_occasion c WHERE c.overturned" + criteria.and() + " ORDER BY " + order + " LIMIT :limit",
                DeficitOccasionEntity.class).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<DeficitOccasionEntity> page(Sql criteria, PageRequest page) {
        return keyset(criteria, page).bind("limit", page.fetchSize()).query(getEntityManager(),
                "SELECT c.* FROM deficit_occasion c WHERE c.overturned" + criteria.and() + " ORDER BY " + ORDER + " LIMIT :limit",
                DeficitOccasionEntity.class).getResultList();
    }

    /** Comebacks (overturned occasions) under these criteria. */
    public long count(ComebackCriteria criteria) {
        if (criteria.countableByTally()) {
            return tally(criteria)[1];
        }
        Sql sql = criteria.sql();
        return ((Number) sql.query(getEntityManager(), "SELECT count(*) FROM deficit_occasion c WHERE c.overturned" + sql.and())
                .getSingleResult()).longValue();
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
                "deficit_occasion c WHERE c." + (byManager ? "manager_id" : "club_id") + " = p.id AND c.overturned",
                "c.occurred_on DESC, c.id DESC", o -> List.of(byManager ? o.managerId : o.clubId), NEWEST_FIRST));
        return newest.rows(parentIds, criteria, page);
    }

    /** The matches in a verdict's reach for each club, per competition season: all, with goal minutes, first and last day. */
    public Map<Long, Map<SpanKey, HeldMatches>> matchesOfClubs(List<Long> clubIds, ComebackCriteria criteria) {
        return heldBySpan("unnest(cast(:parents AS bigint[])) AS p(id) CROSS JOIN LATERAL (SELECT c.competition, c.season, count(*) AS n, "
                + "count(*) FILTER (WHERE c.goals_complete) AS timed, min(c.match_date) AS first, max(c.match_date) AS last "
                + "FROM match c WHERE (c.home_club_id = p.id OR c.away_club_id = p.id)" + matchScope(criteria).and()
                + " GROUP BY c.competition, c.season) x",
                "p.id, x.competition, x.season, x.n, x.timed, x.first, x.last", clubIds, criteria);
    }

    /** The matches in a verdict's reach for each manager, per competition season: his clubs' matches during his spells. */
    public Map<Long, Map<SpanKey, HeldMatches>> matchesOfManagers(List<Long> personIds, ComebackCriteria criteria) {
        return heldBySpan("manager_spell s JOIN match c ON (c.home_club_id = s.club_id OR c.away_club_id = s.club_id) "
                + "AND c.match_date >= s.from_date AND (s.to_date IS NULL OR c.match_date <= CASE WHEN s.to_precision = 'MONTH' "
                + "THEN cast(s.to_date + interval '1 month' - interval '1 day' AS date) ELSE s.to_date END) "
                + "WHERE s.person_id = ANY (cast(:parents AS bigint[]))" + matchScope(criteria).and()
                + " GROUP BY s.person_id, c.competition, c.season",
                "s.person_id, c.competition, c.season, count(*), count(*) FILTER (WHERE c.goals_complete), min(c.match_date), max(c.match_date)",
                personIds, criteria);
    }

    private Map<Long, Map<SpanKey, HeldMatches>> heldBySpan(String from, String columns, List<Long> parents, ComebackCriteria criteria) {
        Map<Long, Map<SpanKey, HeldMatches>> held = new HashMap<>();
        for (Object row : matchScope(criteria).bind("parents", parents.toArray(Long[]::new))
                .query(getEntityManager(), "SELECT " + columns + " FROM " + from).getResultList()) {
            Object[] cells = (Object[]) row;
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
        for (Object row : getEntityManager().createNativeQuery("""
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
                WHERE o.id = ANY (cast(:ids AS bigint[]))""").setParameter("ids", occasionIds.toArray(Long[]::new)).getResultList()) {
            Object[] c = (Object[]) row;
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

    /** The part of a comeback filter that narrows which matches a verdict could see. */
    private static Sql matchScope(ComebackCriteria criteria) {
        return new Sql()
                .where("c.competition = :competition", "competition", criteria.competition())
                .where("c.season >= :seasonFrom", "seasonFrom", criteria.seasonFrom())
                .where("c.season <= :seasonTo", "seasonTo", criteria.seasonTo())
                .where("c.stage = :stage", "stage", criteria.stage() == null ? null : criteria.stage().name());
    }


    private Batched<DeficitOccasionEntity> byClub() {
        return new Batched<>(getEntityManager(), new Batched.Config<>(DeficitOccasionEntity.class,
                "deficit_occasion c WHERE c.club_id = p.id AND c.overturned", ORDER, o -> List.of(o.clubId), BIGGEST_FIRST));
    }

    private static Sql keyset(Sql criteria, PageRequest page) {
        if (page.hasAfter()) {
            criteria.where("(c.deficit, c.occurred_on, c.id) < (:afterDeficit, :afterDate, :afterId)")
                    .bind("afterDeficit", (short) page.afterLong(0)).bind("afterDate", page.afterDate(1)).bind("afterId", page.afterLong(2));
        }
        return criteria;
    }
}
