package io.remontada.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A database an earlier bundle filled holds the sources' rows as they were; importing a bundle with corrections over
 * it replaces what they correct, where a source's later word never overwrites a stored score.
 */
@QuarkusTest
class CorrectionsOverStoredTest {

    private static final String CELTIC_LEGIA = """
            FROM match m JOIN club h ON h.id = m.home_club_id
            WHERE m.match_date = DATE '2014-08-06' AND h.name = 'Celtic FC'""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportService imports;

    @Inject
    BundledData bundled;

    @Test
    void aCorrectionReplacesTheUncorrectedRowAnEarlierImportStored() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // Celtic v Legia as engsoccerdata writes it, stored by an import without the corrections
            update(connection, "UPDATE match SET ft_home = 3, ft_away = 0, awarded_home = NULL, awarded_away = NULL, stated_decision = 'away goals'"
                    + " WHERE id = (SELECT m.id " + CELTIC_LEGIA + ")");
            update(connection, "DELETE FROM import_run WHERE checksum = '" + bundled.checksum() + "'");
        }

        ImportReport report = imports.importBundled();

        assertEquals(1, report.updated, report.summary());
        assertEquals(0, report.inserted, report.summary());
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(
                "SELECT m.ft_home || '-' || m.ft_away, m.awarded_home || '-' || m.awarded_away, m.stated_decision, t.decided_by "
                        + CELTIC_LEGIA.replace("WHERE", "JOIN tie t ON t.id = m.tie_id WHERE"));
                ResultSet r = select.executeQuery()) {
            r.next();
            assertEquals("0-2", r.getString(1));
            assertEquals("3-0", r.getString(2));
            assertEquals(null, r.getString(3));
            assertEquals("AWARDED", r.getString(4));
        }
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            assertEquals(1, statement.executeUpdate(), sql);
        }
    }
}
