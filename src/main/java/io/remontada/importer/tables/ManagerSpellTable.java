package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Every statement an import runs on the manager_spell table. */
public final class ManagerSpellTable {

    /**
     * A manager's spell at a club. A date known only to the month is the first of that month, with precision MONTH.
     *
     * @param to null while the spell lasts, with its precision
     */
    public record Row(long personId, long clubId, LocalDate from, String fromPrecision, LocalDate to, String toPrecision) {
    }

    private final Connection connection;

    public ManagerSpellTable(Connection connection) {
        this.connection = connection;
    }

    /** Inserts each spell, or updates the stored one of that manager, club and start with its precision and end. */
    public void upsert(List<Row> spells) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO manager_spell (person_id, club_id, from_date, from_precision, to_date, to_precision)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, club_id, from_date) DO UPDATE SET from_precision = EXCLUDED.from_precision,
                    to_date = EXCLUDED.to_date, to_precision = EXCLUDED.to_precision""")) {
            for (Row spell : spells) {
                upsert.setLong(1, spell.personId());
                upsert.setLong(2, spell.clubId());
                upsert.setDate(3, Date.valueOf(spell.from()));
                upsert.setString(4, spell.fromPrecision());
                upsert.setDate(5, spell.to() == null ? null : Date.valueOf(spell.to()));
                upsert.setString(6, spell.toPrecision());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    public List<Row> all() throws SQLException {
        List<Row> spells = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT person_id, club_id, from_date, from_precision, to_date, to_precision FROM manager_spell");
                ResultSet r = select.executeQuery()) {
            while (r.next()) {
                spells.add(new Row(r.getLong(1), r.getLong(2), r.getDate(3).toLocalDate(), r.getString(4),
                        r.getDate(5) == null ? null : r.getDate(5).toLocalDate(), r.getString(6)));
            }
        }
        return spells;
    }
}
