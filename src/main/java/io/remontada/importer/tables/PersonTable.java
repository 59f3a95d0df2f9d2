package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.remontada.common.NameKey;

/** Every statement an import runs on the person table. */
public final class PersonTable {

    private final Connection connection;

    public PersonTable(Connection connection) {
        this.connection = connection;
    }

    /** Inserts the people not yet stored; returns the id of every name given. */
    public Map<String, Long> store(List<String> names) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO person (name, name_key) VALUES (?, ?) ON CONFLICT (name_key) DO NOTHING")) {
            for (String name : names) {
                insert.setString(1, name);
                insert.setString(2, NameKey.of(name));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM person WHERE name_key = ?")) {
            for (String name : names) {
                select.setString(1, NameKey.of(name));
                try (ResultSet r = select.executeQuery()) {
                    r.next();
                    ids.put(name, r.getLong(1));
                }
            }
        }
        return ids;
    }
}
