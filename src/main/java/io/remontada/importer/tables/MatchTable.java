package io.remontada.importer.tables;

import static io.remontada.importer.tables.Columns.integer;
import static io.remontada.importer.tables.Columns.score;
import static io.remontada.importer.tables.Columns.setBoolean;
import static io.remontada.importer.tables.Columns.setInteger;
import static io.remontada.importer.tables.Columns.setLong;
import static io.remontada.importer.tables.Columns.setScore;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.remontada.common.Score;

/**
 * Every statement an import runs on the match table, and the one row both its reads return, so that a column the
 * import writes is added here. What the sources say is inserted and completed; what the import learns later (the
 * result UEFA awarded, every goal timed, the tie) is set by the stage that learns it.
 */
public final class MatchTable {

    /**
     * A match as the import reads and writes it.
     *
     * @param id                null for a match not stored yet
     * @param neutral           played at a venue neither club calls home
     * @param behindClosedDoors null when no source says
     * @param sources           the sources that hold the match, comma-separated
     * @param goalsComplete     every goal's minute is stored: set by {@link #markGoalsComplete}, never by an insert or an update
     */
    public record Row(Long id, String competition, String season, String round, String roundKind, Integer leg, boolean replay,
            LocalDate date, long homeClubId, long awayClubId, Score halfTime, Score fullTime, Score afterExtraTime, Score penalties,
            String venue, boolean neutral, Boolean behindClosedDoors, String sources, Long statedTieWinnerId, String statedDecision,
            Score awarded, Boolean abandoned, boolean goalsComplete) {
    }

    /** The columns that say which match a row is, in the order an insert binds them: an update leaves them. */
    private static final String IDENTIFYING = "competition, season, round, round_kind, leg, replay, match_date, home_club_id, away_club_id";
    /** The columns whose values the sources give, in the order {@link #setSourced} binds them: an update writes them again. */
    private static final String SOURCED = "ht_home, ht_away, ft_home, ft_away, aet_home, aet_away, pen_home, pen_away, venue, neutral, "
            + "behind_closed_doors, sources, stated_tie_winner_id, stated_decision, awarded_home, awarded_away, abandoned";
    private static final String SOURCED_VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /** What the reads select, in the order of {@link Row}. */
    private static final String COLUMNS = "id, " + IDENTIFYING + ", " + SOURCED + ", goals_complete";

    private final Connection connection;

    public MatchTable(Connection connection) {
        this.connection = connection;
    }

    /** The matches played on these days, which an import's matches are found among. */
    public List<Row> playedOn(Collection<LocalDate> dates) throws SQLException {
        if (dates.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM match WHERE match_date = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("date", dates.stream().map(Date::valueOf).toArray()));
            return rows(select);
        }
    }

    /** The matches of these competition seasons ({@code UCL/2018-19}) in the order played. */
    public List<Row> inSeasons(Collection<String> seasons) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM match WHERE competition || '/' || season = ANY (?) ORDER BY match_date, id")) {
            select.setArray(1, Columns.seasons(connection, seasons));
            return rows(select);
        }
    }

    public void insert(List<Row> matches) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO match (" + IDENTIFYING + ", " + SOURCED + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, " + SOURCED_VALUES + ")")) {
            for (Row m : matches) {
                insert.setString(1, m.competition());
                insert.setString(2, m.season());
                insert.setString(3, m.round());
                insert.setString(4, m.roundKind());
                setInteger(insert, 5, m.leg());
                insert.setBoolean(6, m.replay());
                insert.setDate(7, Date.valueOf(m.date()));
                insert.setLong(8, m.homeClubId());
                insert.setLong(9, m.awayClubId());
                setSourced(insert, 10, m);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Writes again what the sources give of stored matches; what identifies a match (its day, clubs, round) stays. */
    public void update(List<Row> matches) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE match SET (" + SOURCED + ") = (" + SOURCED_VALUES + ") WHERE id = ?")) {
            for (Row m : matches) {
                setSourced(update, 1, m);
                update.setLong(18, m.id());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Stores the results UEFA awarded in place of those played, by match id. */
    public void award(Map<Long, Score> awarded) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE match SET awarded_home = ?, awarded_away = ? WHERE id = ? AND (awarded_home, awarded_away) IS DISTINCT FROM (?, ?)")) {
            for (Map.Entry<Long, Score> award : awarded.entrySet()) {
                Score score = award.getValue();
                update.setInt(1, score.home());
                update.setInt(2, score.away());
                update.setLong(3, award.getKey());
                update.setInt(4, score.home());
                update.setInt(5, score.away());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Marks these matches' goal times known; returns how many were not marked before. */
    public int markGoalsComplete(List<Long> matchIds) throws SQLException {
        int newlyComplete = 0;
        try (PreparedStatement mark = connection.prepareStatement("UPDATE match SET goals_complete = true WHERE id = ? AND NOT goals_complete")) {
            for (long id : matchIds) {
                mark.setLong(1, id);
                mark.addBatch();
            }
            for (int marked : mark.executeBatch()) {
                newlyComplete += marked;
            }
        }
        return newlyComplete;
    }

    /** Links each match (the key) to its tie (the value). */
    public void linkTies(Map<Long, Long> tieOfMatch) throws SQLException {
        try (PreparedStatement link = connection.prepareStatement("UPDATE match SET tie_id = ? WHERE id = ? AND tie_id IS DISTINCT FROM ?")) {
            for (Map.Entry<Long, Long> match : tieOfMatch.entrySet()) {
                link.setLong(1, match.getValue());
                link.setLong(2, match.getKey());
                link.setLong(3, match.getValue());
                link.addBatch();
            }
            link.executeBatch();
        }
    }

    /** The tie a match settled or was a leg of; null when it is in none. */
    public Long tieOf(long matchId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT tie_id FROM match WHERE id = ?")) {
            select.setLong(1, matchId);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return (Long) r.getObject(1);
            }
        }
    }

    private static void setSourced(PreparedStatement s, int first, Row m) throws SQLException {
        setScore(s, first, m.halfTime());
        setScore(s, first + 2, m.fullTime());
        setScore(s, first + 4, m.afterExtraTime());
        setScore(s, first + 6, m.penalties());
        s.setString(first + 8, m.venue());
        s.setBoolean(first + 9, m.neutral());
        setBoolean(s, first + 10, m.behindClosedDoors());
        s.setString(first + 11, m.sources());
        setLong(s, first + 12, m.statedTieWinnerId());
        s.setString(first + 13, m.statedDecision());
        setScore(s, first + 14, m.awarded());
        setBoolean(s, first + 16, m.abandoned());
    }

    private static List<Row> rows(PreparedStatement select) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), integer(r, 6),
                        r.getBoolean(7), r.getDate(8).toLocalDate(), r.getLong(9), r.getLong(10), score(r, 11), score(r, 13),
                        score(r, 15), score(r, 17), r.getString(19), r.getBoolean(20), (Boolean) r.getObject(21), r.getString(22),
                        (Long) r.getObject(23), r.getString(24), score(r, 25), (Boolean) r.getObject(27), r.getBoolean(28)));
            }
        }
        return rows;
    }
}
