package io.remontada.importer.tables;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;

import io.remontada.common.Score;

/** The column types the tables share: a score is two columns, and a null goes to the driver with its type. */
final class Columns {

    private Columns() {
    }

    static Score score(ResultSet r, int column) throws SQLException {
        int home = r.getInt(column);
        return r.wasNull() ? null : new Score(home, r.getInt(column + 1));
    }

    static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    static void setScore(PreparedStatement s, int column, Score score) throws SQLException {
        setInteger(s, column, score == null ? null : score.home());
        setInteger(s, column + 1, score == null ? null : score.away());
    }

    static void setInteger(PreparedStatement s, int column, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, value);
        }
    }

    static void setLong(PreparedStatement s, int column, Long value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.BIGINT);
        } else {
            s.setLong(column, value);
        }
    }

    static void setBoolean(PreparedStatement s, int column, Boolean value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.BOOLEAN);
        } else {
            s.setBoolean(column, value);
        }
    }

    /** Competition seasons as the derived tables select them: {@code competition || '/' || season = ANY (?)}. */
    static Array seasons(Connection connection, Collection<String> seasons) throws SQLException {
        return connection.createArrayOf("text", seasons.toArray());
    }
}
