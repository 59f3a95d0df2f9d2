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

/** Matches, always in the order they were played (date, then id). */
@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<MatchEntity, Long> {

    static final Comparator<MatchEntity> PLAYED = Comparator.<MatchEntity, java.time.LocalDate>comparing(m -> m.date).thenComparing(m -> m.id);

    @SuppressWarnings("unchecked")
    public List<MatchEntity> page(MatchCriteria criteria, PageRequest page) {
        Sql sql = keyset(criteria.matchSql(), page);
        return sql.bind("limit", page.fetchSize()).query(getEntityManager(),
                "SELECT c.* FROM match c WHERE true" + sql.and() + " ORDER BY c.match_date, c.id LIMIT :limit", MatchEntity.class)
                .getResultList();
    }

    public long count(MatchCriteria criteria) {
        Sql sql = criteria.matchSql();
        return ((Number) sql.query(getEntityManager(), "SELECT count(*) FROM match c WHERE true" + sql.and()).getSingleResult()).longValue();
    }

    public Map<Long, List<MatchEntity>> pageByClubs(List<Long> clubIds, MatchCriteria criteria, PageRequest page) {
        return byClub().rows(clubIds, keyset(criteria.matchSql(), page), page);
    }

    public Map<Long, Long> countByClubs(List<Long> clubIds, MatchCriteria criteria) {
        return byClub().totals(clubIds, criteria.matchSql());
    }

    public Map<Long, MatchEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m));
    }

    public Map<Long, List<MatchEntity>> byTies(Collection<Long> tieIds) {
        return tieIds.isEmpty() ? Map.of()
                : list("tieId in ?1 order by date, id", tieIds).stream().collect(Collectors.groupingBy(m -> m.tieId));
    }

    public List<MatchEntity> between(long clubA, long clubB) {
        return list("(homeClubId = ?1 and awayClubId = ?2) or (homeClubId = ?2 and awayClubId = ?1) order by date, id", clubA, clubB);
    }

    private Batched<MatchEntity> byClub() {
        return new Batched<>(getEntityManager(), MatchEntity.class,
                "match c WHERE (c.home_club_id = p.id OR c.away_club_id = p.id)", "c.match_date, c.id",
                m -> List.of(m.homeClubId, m.awayClubId), PLAYED);
    }

    private static Sql keyset(Sql sql, PageRequest page) {
        if (page.hasAfter()) {
            sql.where("(c.match_date, c.id) > (:afterDate, :afterId)").bind("afterDate", page.afterDate(0)).bind("afterId", page.afterLong(1));
        }
        return sql;
    }
}
