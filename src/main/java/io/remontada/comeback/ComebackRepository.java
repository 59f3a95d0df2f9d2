package io.remontada.comeback;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;
import io.remontada.common.paging.Batched;
import io.remontada.common.paging.PageRequest;

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
        Map<Long, long[]> tallies = new java.util.HashMap<>();
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

    /** Matches in a verdict's reach for each club: all, with goal minutes, first and last date. */
    public Map<Long, Coverage> coverageOfClubs(List<Long> clubIds, ComebackCriteria criteria) {
        return coverage("unnest(cast(:parents AS bigint[])) AS p(id) CROSS JOIN LATERAL (SELECT count(*) AS n, "
                + "count(*) FILTER (WHERE c.goals_complete) AS timed, min(c.match_date) AS first, max(c.match_date) AS last "
                + "FROM match c WHERE (c.home_club_id = p.id OR c.away_club_id = p.id)" + matchScope(criteria).and() + ") x",
                "p.id, x.n, x.timed, x.first, x.last", clubIds, criteria);
    }

    /** Matches in a verdict's reach for each manager: his clubs' matches during his spells. */
    public Map<Long, Coverage> coverageOfManagers(List<Long> personIds, ComebackCriteria criteria) {
        return coverage("manager_spell s JOIN match c ON (c.home_club_id = s.club_id OR c.away_club_id = s.club_id) "
                + "AND c.match_date >= s.from_date AND (s.to_date IS NULL OR c.match_date <= CASE WHEN s.to_precision = 'MONTH' "
                + "THEN cast(s.to_date + interval '1 month' - interval '1 day' AS date) ELSE s.to_date END) "
                + "WHERE s.person_id = ANY (cast(:parents AS bigint[]))" + matchScope(criteria).and() + " GROUP BY s.person_id",
                "s.person_id, count(*), count(*) FILTER (WHERE c.goals_complete), min(c.match_date), max(c.match_date)", personIds, criteria);
    }

    private Map<Long, Coverage> coverage(String from, String columns, List<Long> parents, ComebackCriteria criteria) {
        Map<Long, Coverage> coverage = new java.util.HashMap<>();
        for (Object row : matchScope(criteria).bind("parents", parents.toArray(Long[]::new))
                .query(getEntityManager(), "SELECT " + columns + " FROM " + from).getResultList()) {
            Object[] cells = (Object[]) row;
            coverage.put(((Number) cells[0]).longValue(), new Coverage(((Number) cells[1]).intValue(), ((Number) cells[2]).intValue(),
                    date(cells[3]), date(cells[4])));
        }
        return coverage;
    }

    /** The part of a comeback filter that narrows which matches a verdict could see. */
    private static Sql matchScope(ComebackCriteria criteria) {
        return new Sql()
                .where("c.competition = :competition", "competition", criteria.competition())
                .where("c.season >= :seasonFrom", "seasonFrom", criteria.seasonFrom())
                .where("c.season <= :seasonTo", "seasonTo", criteria.seasonTo());
    }

    private static java.time.LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
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
