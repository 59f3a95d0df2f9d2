package io.remontada.match;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;
import io.remontada.common.paging.Batched;
import io.remontada.common.paging.PageRequest;

/** Ties, in the order they were settled (date of the last match, then id). */
@ApplicationScoped
public class TieRepository implements PanacheRepositoryBase<TieEntity, Long> {

    static final Comparator<TieEntity> SETTLED = Comparator.<TieEntity, java.time.LocalDate>comparing(t -> t.lastDate).thenComparing(t -> t.id);

    @SuppressWarnings("unchecked")
    public List<TieEntity> page(MatchCriteria criteria, PageRequest page) {
        Sql sql = keyset(criteria.tieSql(), page);
        return sql.bind("limit", page.fetchSize()).query(getEntityManager(),
                "SELECT c.* FROM tie c WHERE true" + sql.and() + " ORDER BY c.last_date, c.id LIMIT :limit", TieEntity.class)
                .getResultList();
    }

    public long count(MatchCriteria criteria) {
        Sql sql = criteria.tieSql();
        return ((Number) sql.query(getEntityManager(), "SELECT count(*) FROM tie c WHERE true" + sql.and()).getSingleResult()).longValue();
    }

    public Map<Long, List<TieEntity>> pageByClubs(List<Long> clubIds, MatchCriteria criteria, PageRequest page) {
        return byClub().rows(clubIds, keyset(criteria.tieSql(), page), page);
    }

    public Map<Long, Long> countByClubs(List<Long> clubIds, MatchCriteria criteria) {
        return byClub().totals(clubIds, criteria.tieSql());
    }

    public Map<Long, TieEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, t -> t));
    }

    public List<TieEntity> between(long clubA, long clubB) {
        return list("(clubAId = ?1 and clubBId = ?2) or (clubAId = ?2 and clubBId = ?1) order by lastDate, id", clubA, clubB);
    }

    /** Finals won by these clubs, optionally in one competition. */
    public List<TieEntity> finalsWon(Collection<Long> clubIds, String competition) {
        return competition == null
                ? list("round = 'Final' and winnerClubId in ?1 order by lastDate", clubIds)
                : list("round = 'Final' and winnerClubId in ?1 and competition = ?2 order by lastDate", clubIds, competition);
    }

    private Batched<TieEntity> byClub() {
        return new Batched<>(getEntityManager(), TieEntity.class,
                "tie c WHERE (c.club_a_id = p.id OR c.club_b_id = p.id)", "c.last_date, c.id",
                t -> List.of(t.clubAId, t.clubBId), SETTLED);
    }

    private static Sql keyset(Sql sql, PageRequest page) {
        if (page.hasAfter()) {
            sql.where("(c.last_date, c.id) > (:afterDate, :afterId)").bind("afterDate", page.afterDate(0)).bind("afterId", page.afterLong(1));
        }
        return sql;
    }
}
