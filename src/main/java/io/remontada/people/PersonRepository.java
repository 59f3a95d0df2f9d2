package io.remontada.people;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;
import io.remontada.common.paging.NameOrderedList;
import io.remontada.common.paging.PageRequest;

/** People, and the managers among them by name. */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<PersonEntity, Long> {

    private static final NameOrderedList<PersonEntity> BY_NAME = new NameOrderedList<>(PersonEntity.class, "person");

    public Optional<PersonEntity> byNameKey(String key) {
        return find("nameKey", key).singleResultOptional();
    }

    public Map<Long, PersonEntity> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : list("id in ?1", ids).stream().collect(Collectors.toMap(p -> p.id, p -> p));
    }

    public List<PersonEntity> managers(String key, PageRequest page) {
        return BY_NAME.page(getEntityManager(), managersMatching(key), page);
    }

    public long countManagers(String key) {
        return BY_NAME.count(getEntityManager(), managersMatching(key));
    }

    /** People with a spell, whose name contains the key when one is given. */
    private static Sql managersMatching(String key) {
        return new Sql().where("EXISTS (SELECT 1 FROM manager_spell s WHERE s.person_id = c.id)")
                .where("c.name_key LIKE :pattern", "pattern", key == null ? null : "%" + key + "%");
    }
}
