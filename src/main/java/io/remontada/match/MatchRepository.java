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

/** Matches, always in the order they were played (date, then id). */
@ApplicationScoped
public class MatchRepository implements PanacheRepositoryBase<MatchEntity, Long> {

    static final Comparator<MatchEntity> PLAYED = Comparator.<MatchEntity, java.time.LocalDate>comparing(m -> m.date).thenComparing(m -> m.id);

    private static final DatedList<MatchEntity> PLAYED_LIST = new DatedList<>(MatchEntity.class, "match", "match_date",
            List.of("home_club_id", "away_club_id"), m -> List.of(m.homeClubId, m.awayClubId), PLAYED);

    public List<MatchEntity> page(MatchCriteria criteria, PageRequest page) {
        return PLAYED_LIST.page(getEntityManager(), criteria.matchSql(), page);
    }

    public long count(MatchCriteria criteria) {
        return PLAYED_LIST.count(getEntityManager(), criteria.matchSql());
    }

    public Map<Long, List<MatchEntity>> pageByClubs(List<Long> clubIds, MatchCriteria criteria, PageRequest page) {
        return PLAYED_LIST.pageByClubs(getEntityManager(), clubIds, criteria.matchSql(), page);
    }

    public Map<Long, Long> countByClubs(List<Long> clubIds, MatchCriteria criteria) {
        return PLAYED_LIST.countByClubs(getEntityManager(), clubIds, criteria.matchSql());
    }

    public Map<Long, MatchEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : among("id", ids).stream().collect(Collectors.toMap(m -> m.id, m -> m));
    }

    public Map<Long, List<MatchEntity>> byTies(Collection<Long> tieIds) {
        return tieIds.isEmpty() ? Map.of() : among("tie_id", tieIds).stream().collect(Collectors.groupingBy(m -> m.tieId));
    }

    /** The matches whose column holds one of these ids, in the order played: an array, so one statement text for any number. */
    private List<MatchEntity> among(String column, Collection<Long> ids) {
        return new Sql().bind("ids", ids.toArray(Long[]::new))
                .list(getEntityManager(), "SELECT c.* FROM match c WHERE c." + column + " = ANY (cast(:ids AS bigint[])) ORDER BY c.match_date, c.id",
                        MatchEntity.class);
    }

    public List<MatchEntity> between(long clubA, long clubB) {
        return list("(homeClubId = ?1 and awayClubId = ?2) or (homeClubId = ?2 and awayClubId = ?1) order by date, id", clubA, clubB);
    }
}
