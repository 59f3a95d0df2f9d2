package io.remontada.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A native SQL statement built from optional filter parts, with named parameters.
 *
 * <p>Filters are inputs whose every field is optional; building the WHERE clause from the given
 * ones keeps each list to one statement whatever the client combines, with values always bound,
 * never spliced into the text.
 */
public final class Sql {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition when its value is given; the condition names the value as {@code :name}. */
    public Sql where(String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
        return this;
    }

    public Sql where(String condition) {
        conditions.add(condition);
        return this;
    }

    public Sql bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** " AND a AND b", or "" when nothing was added: for appending to a WHERE that already holds a condition. */
    public String and() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    public Query query(EntityManager em, String sql, Class<?> entity) {
        return bindAll(entity == null ? em.createNativeQuery(sql) : em.createNativeQuery(sql, entity));
    }

    public Query query(EntityManager em, String sql) {
        return query(em, sql, null);
    }

    /** A date cell of a native query's row: the driver gives java.sql.Date or LocalDate depending on the column's path. */
    public static java.time.LocalDate date(Object cell) {
        return cell == null ? null : cell instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) cell;
    }

    private Query bindAll(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
