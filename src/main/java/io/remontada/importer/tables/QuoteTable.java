package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Every statement an import runs on the quote table. */
public final class QuoteTable {

    /**
     * What a person said.
     *
     * @param clubId  the club it is about, or null
     * @param tieId   the tie of the match it is about, or null
     * @param matchId the match it is about, or null
     */
    public record Row(long personId, String text, LocalDate saidOn, String source, boolean machineTranslated, Long clubId, Long tieId,
            Long matchId) {
    }

    private final Connection connection;

    public QuoteTable(Connection connection) {
        this.connection = connection;
    }

    /** Inserts each quote, or updates the stored one of that person with those words. */
    public void upsert(List<Row> quotes) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO quote (person_id, text, said_on, source, machine_translated, club_id, tie_id, match_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, text) DO UPDATE SET said_on = EXCLUDED.said_on, source = EXCLUDED.source,
                    machine_translated = EXCLUDED.machine_translated, club_id = EXCLUDED.club_id, tie_id = EXCLUDED.tie_id,
                    match_id = EXCLUDED.match_id""")) {
            for (Row quote : quotes) {
                upsert.setLong(1, quote.personId());
                upsert.setString(2, quote.text());
                upsert.setDate(3, quote.saidOn() == null ? null : Date.valueOf(quote.saidOn()));
                upsert.setString(4, quote.source());
                upsert.setBoolean(5, quote.machineTranslated());
                Columns.setLong(upsert, 6, quote.clubId());
                Columns.setLong(upsert, 7, quote.tieId());
                Columns.setLong(upsert, 8, quote.matchId());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
