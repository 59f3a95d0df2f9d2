package io.remontada.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.remontada.common.Sql;
import io.remontada.common.paging.PageRequest;

/** People, their spells and their quotes. */
@ApplicationScoped
public class PeopleRepository {

    private final EntityManager em;

    PeopleRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<PersonEntity> byId(long id) {
        return Optional.ofNullable(em.find(PersonEntity.class, id));
    }

    public Optional<PersonEntity> byNameKey(String key) {
        return em.createQuery("FROM PersonEntity WHERE nameKey = :key", PersonEntity.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public Map<Long, PersonEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : em.createQuery("FROM PersonEntity WHERE id IN :ids", PersonEntity.class).setParameter("ids", ids)
                        .getResultStream().collect(Collectors.toMap(p -> p.id, p -> p));
    }

    public List<PersonEntity> managers(String key, PageRequest page) {
        Sql sql = managers(key).bind("limit", page.fetchSize());
        if (page.hasAfter()) {
            sql = sql.where("(c.name, c.id) > (:afterName, :afterId)").bind("afterName", page.afterString(0)).bind("afterId", page.afterLong(1));
        }
        return sql.list(em, "SELECT c.* FROM person c" + sql.whereClause() + " ORDER BY c.name, c.id LIMIT :limit", PersonEntity.class);
    }

    public long countManagers(String key) {
        return managers(key).count(em, "person c");
    }

    /** People with a spell, whose name contains the key when one is given. */
    private static Sql managers(String key) {
        return new Sql().where("EXISTS (SELECT 1 FROM manager_spell s WHERE s.person_id = c.id)")
                .where("c.name_key LIKE :pattern", "pattern", key == null ? null : "%" + key + "%");
    }

    public List<ManagerSpellEntity> spellsOfPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of()
                : em.createQuery("FROM ManagerSpellEntity WHERE personId IN :ids ORDER BY fromDate, id", ManagerSpellEntity.class)
                        .setParameter("ids", personIds).getResultList();
    }

    public List<ManagerSpellEntity> spellsAtClubs(Collection<Long> clubIds) {
        return clubIds.isEmpty() ? List.of()
                : em.createQuery("FROM ManagerSpellEntity WHERE clubId IN :ids ORDER BY fromDate, id", ManagerSpellEntity.class)
                        .setParameter("ids", clubIds).getResultList();
    }

    public List<QuoteEntity> quotesOf(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of()
                : em.createQuery("FROM QuoteEntity WHERE personId IN :ids ORDER BY id", QuoteEntity.class)
                        .setParameter("ids", personIds).getResultList();
    }

    public List<QuoteEntity> quotes(Sql filter, PageRequest page) {
        Sql sql = filter.bind("limit", page.fetchSize());
        if (page.hasAfter()) {
            sql = sql.where("c.id > :afterId").bind("afterId", page.afterLong(0));
        }
        return sql.list(em, "SELECT c.* FROM quote c" + sql.whereClause() + " ORDER BY c.id LIMIT :limit", QuoteEntity.class);
    }

    public long countQuotes(Sql filter) {
        return filter.count(em, "quote c");
    }
}
