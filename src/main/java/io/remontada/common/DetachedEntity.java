package io.remontada.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/**
 * Rows read into new instances of their entity class that no session manages, each column into the
 * field the entity maps it to (its {@code @Column} name, else the field's own name).
 *
 * <p>Reads never change the record. A managed entity costs a persistence-context entry and a copy
 * of its state for dirty checking per row, and Hibernate's native-query mapping resolves the result
 * set's columns again for every statement: together a quarter of the CPU of a page of matches with
 * their goals (benchmarks/README.md). Here the fields are found once per class, the columns once per
 * result set.
 */
public final class DetachedEntity<E> {

    private static final ClassValue<DetachedEntity<?>> BY_CLASS = new ClassValue<>() {
        @Override
        protected DetachedEntity<?> computeValue(Class<?> type) {
            return new DetachedEntity<>(type);
        }
    };

    /** One column's way into its field. */
    @FunctionalInterface
    private interface Cell {
        void copy(ResultSet rows, int column, Object entity) throws SQLException, IllegalAccessException;
    }

    /** A column's value as the driver reads it for a primitive type: 0 or false for SQL NULL, which wasNull tells. */
    @FunctionalInterface
    private interface Primitive {
        Object get(ResultSet rows, int column) throws SQLException;
    }

    private record Mapped(String column, Cell cell) {
    }

    /** The entity read from the current row of a result set whose columns were found once. */
    @FunctionalInterface
    public interface Reader<E> {
        E read() throws SQLException;
    }

    private final Constructor<E> constructor;
    private final List<Mapped> columns;

    private DetachedEntity(Class<E> type) {
        if (!type.isAnnotationPresent(Entity.class)) {
            throw new IllegalArgumentException(type.getName() + " is not an entity");
        }
        try {
            this.constructor = type.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " has no constructor without arguments", e);
        }
        constructor.setAccessible(true);
        List<Mapped> mapped = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic() || field.getName().startsWith("$$_")) {
                continue;
            }
            Column column = field.getAnnotation(Column.class);
            field.setAccessible(true);
            mapped.add(new Mapped(column != null && !column.name().isEmpty() ? column.name() : field.getName(), cell(field)));
        }
        this.columns = List.copyOf(mapped);
    }

    @SuppressWarnings("unchecked")
    public static <E> DetachedEntity<E> of(Class<E> type) {
        return (DetachedEntity<E>) BY_CLASS.get(type);
    }

    /** Every row of the result set. */
    public List<E> all(ResultSet rows) throws SQLException {
        Reader<E> reader = reader(rows);
        List<E> read = new ArrayList<>();
        while (rows.next()) {
            read.add(reader.read());
        }
        return read;
    }

    /** A reader of this result set's rows; the result set may hold more columns than the entity maps. */
    public Reader<E> reader(ResultSet rows) throws SQLException {
        int[] positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = rows.findColumn(columns.get(i).column());
        }
        return () -> {
            try {
                E entity = constructor.newInstance();
                for (int i = 0; i < positions.length; i++) {
                    columns.get(i).cell().copy(rows, positions[i], entity);
                }
                return entity;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot fill a " + constructor.getDeclaringClass().getSimpleName(), e);
            }
        };
    }

    private static Cell cell(Field field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return (rows, column, entity) -> field.set(entity, rows.getString(column));
        }
        if (type == LocalDate.class) {
            return (rows, column, entity) -> field.set(entity, rows.getObject(column, LocalDate.class));
        }
        if (type == long.class) {
            return (rows, column, entity) -> field.setLong(entity, rows.getLong(column));
        }
        if (type == int.class) {
            return (rows, column, entity) -> field.setInt(entity, rows.getInt(column));
        }
        if (type == short.class) {
            return (rows, column, entity) -> field.setShort(entity, rows.getShort(column));
        }
        if (type == boolean.class) {
            return (rows, column, entity) -> field.setBoolean(entity, rows.getBoolean(column));
        }
        if (type == Long.class) {
            return nullable(field, ResultSet::getLong);
        }
        if (type == Integer.class) {
            return nullable(field, ResultSet::getInt);
        }
        if (type == Short.class) {
            return nullable(field, ResultSet::getShort);
        }
        if (type == Boolean.class) {
            return nullable(field, ResultSet::getBoolean);
        }
        throw new IllegalArgumentException(field.getDeclaringClass().getSimpleName() + "." + field.getName() + ": no reading for " + type.getName());
    }

    private static Cell nullable(Field field, Primitive read) {
        return (rows, column, entity) -> {
            Object value = read.get(rows, column);
            field.set(entity, rows.wasNull() ? null : value);
        };
    }
}
