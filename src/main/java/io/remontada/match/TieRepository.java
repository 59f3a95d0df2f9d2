package io.remontada.match;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;
import io.remontada.common.paging.DatedList;
import io.remontada.common.paging.PageRequest;

/** Ties, in the order they were settled (date of the last match, then id). */
@ApplicationScoped
public class TieRepository implements PanacheRepositoryBase<TieEntity, Long> {

    static final Comparator<TieEntity> SETTLED = Comparator.<TieEntity, java.time.LocalDate>comparing(t -> t.lastDate).thenComparing(t -> t.id);

    private static final DatedList<TieEntity> SETTLED_LIST = new DatedList<>(TieEntity.class, "tie", "last_date",
            List.of("club_a_id", "club_b_id"), t -> List.of(t.clubAId, t.clubBId), SETTLED);

    public List<TieEntity> page(MatchCriteria criteria, PageRequest page) {
        return SETTLED_LIST.page(getEntityManager(), criteria.tieSql(), page);
    }

    public long count(MatchCriteria criteria) {
        return SETTLED_LIST.count(getEntityManager(), criteria.tieSql());
    }

    public Map<Long, List<TieEntity>> pageByClubs(List<Long> clubIds, MatchCriteria criteria, PageRequest page) {
        return SETTLED_LIST.pageByClubs(getEntityManager(), clubIds, criteria.tieSql(), page);
    }

    public Map<Long, Long> countByClubs(List<Long> clubIds, MatchCriteria criteria) {
        return SETTLED_LIST.countByClubs(getEntityManager(), clubIds, criteria.tieSql());
    }

    public Map<Long, TieEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(t -> t.id, t -> t));
    }

    public List<TieEntity> between(long clubA, long clubB) {
        return list("(clubAId = ?1 and clubBId = ?2) or (clubAId = ?2 and clubBId = ?1) order by lastDate, id", clubA, clubB);
    }

    /** Finals won by these clubs, optionally in one competition. */
    public List<TieEntity> finalsWon(Collection<Long> clubIds, String competition) {
        Sql sql = new Sql().where("c.round = 'Final'").where("c.winner_club_id = ANY (cast(:clubs AS bigint[]))").bind("clubs", clubIds.toArray(Long[]::new))
                .where("c.competition = :competition", "competition", competition);
        return sql.list(getEntityManager(), "SELECT c.* FROM tie c" + sql.whereClause() + " ORDER BY c.last_date", TieEntity.class);
    }
}
