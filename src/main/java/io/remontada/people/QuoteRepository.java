package io.remontada.people;

import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.remontada.common.Sql;
import io.remontada.common.paging.PageRequest;

/** Quotes, by id. */
@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<QuoteEntity, Long> {

    public List<QuoteEntity> ofPeople(Collection<Long> personIds) {
        return personIds.isEmpty() ? List.of() : list("personId in ?1 order by id", personIds);
    }

    public List<QuoteEntity> page(Sql filter, PageRequest page) {
        Sql sql = filter.bind("limit", page.fetchSize());
        if (page.hasAfter()) {
            sql = sql.where("c.id > :afterId").bind("afterId", page.afterLong(0));
        }
        return sql.list(getEntityManager(), "SELECT c.* FROM quote c" + sql.whereClause() + " ORDER BY c.id LIMIT :limit", QuoteEntity.class);
    }

    public long count(Sql filter) {
        return filter.count(getEntityManager(), "quote c");
    }
}
