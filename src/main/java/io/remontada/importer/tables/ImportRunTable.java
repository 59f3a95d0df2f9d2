package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Every statement an import runs on the import_run table, the record of the imports this database has had. */
public final class ImportRunTable {

    private final Connection connection;

    public ImportRunTable(Connection connection) {
        this.connection = connection;
    }

    /** Whether the bundle with this checksum has been imported. */
    public boolean holds(String checksum) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM import_run WHERE checksum = ?")) {
            select.setString(1, checksum);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Records an import and its report; {@code checksum} is the bundle's, or null for files a user gave. */
    public void insert(String label, String checksum, String report) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO import_run (label, checksum, report) VALUES (?, ?, ?)")) {
            insert.setString(1, label);
            insert.setString(2, checksum == null ? "files" : checksum);
            insert.setString(3, report);
            insert.execute();
        }
    }
}
