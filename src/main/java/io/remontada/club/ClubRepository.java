package io.remontada.club;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;
import io.remontada.common.paging.PageRequest;

@ApplicationScoped
public class ClubRepository implements PanacheRepositoryBase<ClubEntity, Long> {

    public Map<Long, ClubEntity> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
    }

    /**
     * The club known by this name key. Two clubs can share a name (two "Sporting"s); the one whose
     * main name it is wins, then the one with more matches, so the answer is stable.
     */
    @SuppressWarnings("unchecked")
    public Optional<ClubEntity> byNameKey(String key, String country) {
        Sql sql = new Sql().bind("key", key).where("c.country = :country", "country", country);
        List<ClubEntity> found = sql.query(getEntityManager(), """
                SELECT c.* FROM club c
                WHERE c.id IN (SELECT a.club_id FROM club_alias a WHERE a.name_key = :key)""" + sql.and() + " " + """
                ORDER BY (SELECT count(*) FROM club_alias a WHERE a.club_id = c.id AND a.alias = c.name AND a.name_key = :key) DESC,
                         (SELECT count(*) FROM match m WHERE m.home_club_id = c.id OR m.away_club_id = c.id) DESC, c.id
                LIMIT 1""", ClubEntity.class).getResultList();
        return found.stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    public List<ClubEntity> search(String key, String country, PageRequest page) {
        Sql sql = filter(key, country);
        if (page.hasAfter()) {
            sql.where("(c.name, c.id) > (:afterName, :afterId)").bind("afterName", page.afterString(0)).bind("afterId", page.afterLong(1));
        }
        return sql.bind("limit", page.fetchSize())
                .query(getEntityManager(), "SELECT c.* FROM club c WHERE true" + sql.and() + " ORDER BY c.name, c.id LIMIT :limit", ClubEntity.class)
                .getResultList();
    }

    public long count(String key, String country) {
        Sql sql = filter(key, country);
        return ((Number) sql.query(getEntityManager(), "SELECT count(*) FROM club c WHERE true" + sql.and()).getSingleResult()).longValue();
    }

    private static Sql filter(String key, String country) {
        return new Sql()
                .where("c.id IN (SELECT a.club_id FROM club_alias a WHERE a.name_key LIKE :pattern)", "pattern", key == null ? null : "%" + key + "%")
                .where("c.country = :country", "country", country);
    }

    public Map<Long, List<String>> aliases(Collection<Long> clubIds) {
        return getEntityManager()
                .createQuery("FROM ClubAliasEntity WHERE clubId IN :ids ORDER BY clubId, alias", ClubAliasEntity.class)
                .setParameter("ids", clubIds).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.clubId, Collectors.mapping(a -> a.alias, Collectors.toList())));
    }
}
