package io.remontada.match;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<GoalEntity, Long> {

    /** The goals of these matches, in order: one statement, the same text however many matches (an array, not an IN list). */
    public Map<Long, List<GoalEntity>> byMatches(Collection<Long> matchIds) {
        return matchIds.isEmpty() ? Map.of()
                : new Sql().bind("matches", matchIds.toArray(Long[]::new))
                        .list(getEntityManager(), "SELECT c.* FROM goal c WHERE c.match_id = ANY (cast(:matches AS bigint[])) ORDER BY c.match_id, c.seq",
                                GoalEntity.class)
                        .stream().collect(Collectors.groupingBy(g -> g.matchId));
    }
}
