package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every statement an import runs on the tie table. Ties are derived: a season's are written again whenever an import
 * touches it, updated in place where they still follow from its matches, so that they keep their ids.
 */
public final class TieTable {

    /**
     * A tie as derived from its matches.
     *
     * @param id        null for a tie about to be written
     * @param clubAId   the club that hosted the first leg (the home side of a single match)
     * @param decidedBy a {@code TieDecision}'s name, null when the record cannot tell the winner
     */
    public record Row(Long id, String competition, String season, String round, long clubAId, long clubBId, boolean twoLegged,
            int aggregateA, int aggregateB, Long winnerClubId, String decidedBy, LocalDate lastDate) {
    }

    private final Connection connection;

    public TieTable(Connection connection) {
        this.connection = connection;
    }

    /** Inserts each tie, or updates the stored one with its round and clubs where anything differs. */
    public void upsert(List<Row> ties) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO tie (competition, season, round, club_a_id, club_b_id, two_legged, aggregate_a, aggregate_b,
                                 winner_club_id, decided_by, last_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (competition, season, round, club_a_id, club_b_id) DO UPDATE SET
                    two_legged = EXCLUDED.two_legged, aggregate_a = EXCLUDED.aggregate_a, aggregate_b = EXCLUDED.aggregate_b,
                    winner_club_id = EXCLUDED.winner_club_id, decided_by = EXCLUDED.decided_by, last_date = EXCLUDED.last_date
                WHERE (tie.two_legged, tie.aggregate_a, tie.aggregate_b, tie.winner_club_id, tie.decided_by, tie.last_date)
                      IS DISTINCT FROM (EXCLUDED.two_legged, EXCLUDED.aggregate_a, EXCLUDED.aggregate_b, EXCLUDED.winner_club_id,
                                        EXCLUDED.decided_by, EXCLUDED.last_date)""")) {
            for (Row tie : ties) {
                upsert.setString(1, tie.competition());
                upsert.setString(2, tie.season());
                upsert.setString(3, tie.round());
                upsert.setLong(4, tie.clubAId());
                upsert.setLong(5, tie.clubBId());
                upsert.setBoolean(6, tie.twoLegged());
                upsert.setInt(7, tie.aggregateA());
                upsert.setInt(8, tie.aggregateB());
                Columns.setLong(upsert, 9, tie.winnerClubId());
                upsert.setString(10, tie.decidedBy());
                upsert.setDate(11, Date.valueOf(tie.lastDate()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** The stored ties of these competition seasons ({@code UCL/2018-19}). */
    public List<Row> inSeasons(Collection<String> seasons) throws SQLException {
        List<Row> ties = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, competition, season, round, club_a_id, club_b_id, two_legged, aggregate_a, aggregate_b, winner_club_id,
                       decided_by, last_date
                FROM tie WHERE competition || '/' || season = ANY (?)""")) {
            select.setArray(1, Columns.seasons(connection, seasons));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    ties.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5), r.getLong(6),
                            r.getBoolean(7), r.getInt(8), r.getInt(9), (Long) r.getObject(10), r.getString(11), r.getDate(12).toLocalDate()));
                }
            }
        }
        return ties;
    }

    /** Deletes the ties of these competition seasons but those kept (by id): the ones their matches no longer make. */
    public void deleteAllBut(Collection<String> seasons, Collection<Long> kept) throws SQLException {
        try (PreparedStatement stale = connection.prepareStatement(
                "DELETE FROM tie WHERE competition || '/' || season = ANY (?) AND NOT (id = ANY (?))")) {
            stale.setArray(1, Columns.seasons(connection, seasons));
            stale.setArray(2, connection.createArrayOf("bigint", kept.toArray()));
            stale.executeUpdate();
        }
    }
}
