package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.remontada.common.NameKey;

/** Every statement an import runs on the club table and on club_alias, the names each club goes by. */
public final class ClubTable {

    /**
     * A club as the import stores it.
     *
     * @param identity the natural key the import recognises the club by on every run
     * @param names    every name the club goes by, stored as its aliases
     */
    public record Row(String identity, String name, String country, Integer founded, String stadium, String city,
            Collection<String> names) {
    }

    private final Connection connection;

    public ClubTable(Connection connection) {
        this.connection = connection;
    }

    /** The id of each of these clubs already stored, by identity. */
    public Map<String, Long> ids(Collection<Row> clubs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT identity, id FROM club WHERE identity = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", clubs.stream().map(Row::identity).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    /** Inserts the clubs that {@code stored} (their ids by identity) lacks; returns how many that was. */
    public int insertNew(Collection<Row> clubs, Map<String, Long> stored) throws SQLException {
        int inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO club (identity, name, country, founded, stadium, city) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Row club : clubs) {
                if (!stored.containsKey(club.identity())) {
                    insert.setString(1, club.identity());
                    insert.setString(2, club.name());
                    insert.setString(3, club.country());
                    Columns.setInteger(insert, 4, club.founded());
                    insert.setString(5, club.stadium());
                    insert.setString(6, club.city());
                    insert.addBatch();
                    inserted++;
                }
            }
            insert.executeBatch();
        }
        return inserted;
    }

    /** Adds every name of these stored clubs (their ids by identity) that is not yet an alias of its club. */
    public void insertAliases(Collection<Row> clubs, Map<String, Long> ids) throws SQLException {
        try (PreparedStatement alias = connection.prepareStatement(
                "INSERT INTO club_alias (club_id, alias, name_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (Row club : clubs) {
                for (String name : club.names()) {
                    String key = NameKey.of(name);
                    if (!key.isEmpty()) {
                        alias.setLong(1, ids.get(club.identity()));
                        alias.setString(2, name);
                        alias.setString(3, key);
                        alias.addBatch();
                    }
                }
            }
            alias.executeBatch();
        }
    }

    /** Every stored club's name by id, for the import's report. */
    public Map<Long, String> names() throws SQLException {
        Map<Long, String> names = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM club"); ResultSet r = select.executeQuery()) {
            while (r.next()) {
                names.put(r.getLong(1), r.getString(2));
            }
        }
        return names;
    }
}
