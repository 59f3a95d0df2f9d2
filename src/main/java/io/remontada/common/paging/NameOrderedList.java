package io.remontada.common.paging;

import java.util.List;

import jakarta.persistence.EntityManager;

import io.remontada.common.Sql;

/**
 * A list of rows in name order (name, then id), as clubs and managers are listed, with keyset cursors
 * on (name, id). Filters name the table {@code c}.
 */
public final class NameOrderedList<E> {

    private final Class<E> entity;
    private final String table;

    public NameOrderedList(Class<E> entity, String table) {
        this.entity = entity;
        this.table = table;
    }

    public List<E> page(EntityManager em, Sql filter, PageRequest page) {
        Sql sql = filter.bind("limit", page.fetchSize());
        if (page.hasAfter()) {
            sql = sql.where("(c.name, c.id) > (:afterName, :afterId)").bind("afterName", page.afterString(0)).bind("afterId", page.afterLong(1));
        }
        return sql.list(em, "SELECT c.* FROM " + table + " c" + sql.whereClause() + " ORDER BY c.name, c.id LIMIT :limit", entity);
    }

    public long count(EntityManager em, Sql filter) {
        return filter.count(em, table + " c");
    }
}
