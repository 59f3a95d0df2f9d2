package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Every statement an import runs on the competition table. */
public final class CompetitionTable {

    private final Connection connection;

    public CompetitionTable(Connection connection) {
        this.connection = connection;
    }

    /** Inserts each competition (name by code), or renames it. */
    public void upsert(Map<String, String> names) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO competition (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name")) {
            for (Map.Entry<String, String> competition : names.entrySet()) {
                insert.setString(1, competition.getKey());
                insert.setString(2, competition.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
