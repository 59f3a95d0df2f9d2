package io.remontada.match;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class GoalRepository implements PanacheRepositoryBase<GoalEntity, Long> {

    public Map<Long, List<GoalEntity>> byMatches(Collection<Long> matchIds) {
        return matchIds.isEmpty() ? Map.of()
                : list("matchId in ?1 order by matchId, seq", matchIds).stream().collect(Collectors.groupingBy(g -> g.matchId));
    }
}
