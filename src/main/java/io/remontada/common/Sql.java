package io.remontada.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

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

    /**
     * The rows of a statement as entities of this class, which no session manages ({@link DetachedEntity}), or, when it
     * selects one column, as that column's values.
     */
    public <T> List<T> list(EntityManager em, String statement, Class<T> type) {
        if (type.isAnnotationPresent(Entity.class)) {
            return read(em, statement, DetachedEntity.of(type)::all);
        }
        return read(em, statement, rows -> {
            List<T> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getObject(1, type));
            }
            return values;
        });
    }

    /** The rows of a statement that selects several columns, as arrays of the driver's values. */
    public List<Object[]> rows(EntityManager em, String statement) {
        return read(em, statement, rows -> {
            int width = rows.getMetaData().getColumnCount();
            List<Object[]> all = new ArrayList<>();
            while (rows.next()) {
                Object[] cells = new Object[width];
                for (int i = 0; i < width; i++) {
                    cells[i] = rows.getObject(i + 1);
                }
                all.add(cells);
            }
            return all;
        });
    }

    /** The one row of a statement that selects several aggregates. */
    public Object[] row(EntityManager em, String statement) {
        List<Object[]> rows = rows(em, statement);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, read " + rows.size() + ": " + statement);
        }
        return rows.get(0);
    }

    /** How many rows of {@code from} ("table c") the conditions keep. */
    public long count(EntityManager em, String from) {
        return ((Number) row(em, "SELECT count(*) FROM " + from + whereClause())[0]).longValue();
    }

    /** What a reading of its rows makes of a statement's result set. */
    @FunctionalInterface
    public interface Reading<T> {
        T of(ResultSet rows) throws SQLException;
    }

    /**
     * The statement run with the values bound, its result set read by {@code reading}.
     *
     * <p>Plain JDBC, not a Hibernate native query: a read needs neither managed entities nor Hibernate's mapping of the
     * result set, which costs more than the statement itself for a page of rows. The connection comes from the
     * persistence unit's pool (inside a transaction, the transaction's own) and goes back when the rows are read, not
     * through the session: when a client goes away mid-query, Quarkus closes the request's session under the resolver,
     * and a connection that session handed out afterwards would never be returned. Each {@code :name} becomes a
     * positional parameter; the same name may appear more than once.
     */
    public <T> T read(EntityManager em, String statement, Reading<T> reading) {
        List<String> names = new ArrayList<>();
        String positional = positional(statement, names);
        ConnectionProvider pool = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class);
        try {
            Connection connection = pool.getConnection();
            try (PreparedStatement prepared = connection.prepareStatement(positional)) {
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    if (!parameters.containsKey(name)) {
                        throw new IllegalArgumentException("no value for :" + name + " in " + statement);
                    }
                    prepared.setObject(i + 1, parameters.get(name));
                }
                try (ResultSet rows = prepared.executeQuery()) {
                    return reading.of(rows);
                }
            } finally {
                pool.closeConnection(connection);
            }
        } catch (SQLException e) {
            throw new ReadFailed(statement, e);
        }
    }

    /** A read the database refused or could not finish; the SQLException stays its cause, for the error mapping to read. */
    public static final class ReadFailed extends RuntimeException {
        ReadFailed(String statement, SQLException cause) {
            super("could not read: " + statement, cause);
        }
    }

    /** A date cell of {@link #rows}: the driver gives java.sql.Date for a date column. */
    public static LocalDate date(Object cell) {
        return cell == null ? null : ((java.sql.Date) cell).toLocalDate();
    }

    /**
     * The statement with each {@code :name} replaced by {@code ?}, the names in order into {@code names}. A {@code ::}
     * cast and the text of a quoted literal are left as they are.
     */
    static String positional(String statement, List<String> names) {
        StringBuilder out = new StringBuilder(statement.length());
        int i = 0;
        while (i < statement.length()) {
            char c = statement.charAt(i);
            if (c == '\'') {
                int close = statement.indexOf('\'', i + 1);
                int end = close < 0 ? statement.length() : close + 1;
                out.append(statement, i, end);
                i = end;
            } else if (c == ':' && i + 1 < statement.length() && statement.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < statement.length() && Character.isJavaIdentifierStart(statement.charAt(i + 1))) {
                int end = i + 1;
                while (end < statement.length() && Character.isJavaIdentifierPart(statement.charAt(end))) {
                    end++;
                }
                names.add(statement.substring(i + 1, end));
                out.append('?');
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
