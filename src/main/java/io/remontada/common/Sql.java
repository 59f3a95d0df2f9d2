package io.remontada.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The conditions and parameters of a native SQL read, which renders its own WHERE clause.
 *
 * <p>Filters are inputs whose every field is optional; building the WHERE clause from the given
 * ones keeps each list to one statement whatever the client combines, with values always bound,
 * never spliced into the text. An Sql never changes: each condition or value gives a new one, so a
 * filter handed to a page and then to its count cannot carry the page's cursor into the count.
 */
public final class Sql {

    private final List<String> conditions;
    private final Map<String, Object> parameters;

    public Sql() {
        this(List.of(), Map.of());
    }

    private Sql(List<String> conditions, Map<String, Object> parameters) {
        this.conditions = conditions;
        this.parameters = parameters;
    }

    /** With a condition that names its value {@code :name}, when the value is given; without it, this Sql. */
    public Sql where(String condition, String name, Object value) {
        return value == null ? this : where(condition).bind(name, value);
    }

    public Sql where(String condition) {
        List<String> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Sql(List.copyOf(more), parameters);
    }

    public Sql bind(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(parameters);
        more.put(name, value);
        return new Sql(conditions, Collections.unmodifiableMap(more));
    }

    /** " WHERE a AND b", or "" without conditions. */
    public String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The rows of a statement as entities of this class or, when it selects one column, as its values. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(EntityManager em, String statement, Class<T> type) {
        return bound(em.createNativeQuery(statement, type)).getResultList();
    }

    /** The rows of a statement that selects several columns, as arrays. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager em, String statement) {
        return query(em, statement).getResultList();
    }

    /** The one row of a statement that selects several aggregates. */
    public Object[] row(EntityManager em, String statement) {
        return (Object[]) query(em, statement).getSingleResult();
    }

    /** How many rows of {@code from} ("table c") the conditions keep. */
    public long count(EntityManager em, String from) {
        return ((Number) query(em, "SELECT count(*) FROM " + from + whereClause()).getSingleResult()).longValue();
    }

    /** The statement with the values bound, for a mapping of its rows that the methods above do not make. */
    public Query query(EntityManager em, String statement) {
        return bound(em.createNativeQuery(statement));
    }

    /** A date cell of a native query's row: the driver gives java.sql.Date or LocalDate depending on the column's path. */
    public static LocalDate date(Object cell) {
        return cell == null ? null : cell instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) cell;
    }

    private Query bound(Query query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
