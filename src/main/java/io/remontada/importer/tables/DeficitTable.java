package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Every statement an import runs on deficit_occasion and on deficit_tally, the count of its rows that the deficit
 * record reads. Both are derived, a season at a time, whenever an import touches the season.
 */
public final class DeficitTable {

    /**
     * A deficit a side faced, as the comeback engine found it.
     *
     * @param scope     a {@code ComebackScope}'s name
     * @param tieId     null for a match in no tie
     * @param decidedBy a {@code TieDecision}'s name, or null
     * @param managerId the side's manager that day, null when the record does not know one
     */
    public record Row(String scope, long clubId, long opponentId, int deficit, boolean overturned, String competition, String season,
            String round, Long tieId, long matchId, LocalDate occurredOn, String decidedBy, boolean behindClosedDoors,
            boolean secondLegAtHome, Long managerId) {
    }

    private final Connection connection;

    public DeficitTable(Connection connection) {
        this.connection = connection;
    }

    /**
     * Writes the occasions of these competition seasons ({@code UCL/2018-19}) and counts them again. Only the stored
     * occasions that are no longer among them go; the others are updated in place and keep their ids, which clients'
     * cursors end in.
     */
    public void replace(Collection<String> seasons, List<Row> occasions) throws SQLException {
        try (PreparedStatement stale = connection.prepareStatement("""
                DELETE FROM deficit_occasion WHERE competition || '/' || season = ANY (?)
                AND (scope, club_id, match_id) NOT IN (SELECT * FROM unnest(cast(? AS text[]), cast(? AS bigint[]), cast(? AS bigint[])))""")) {
            stale.setArray(1, Columns.seasons(connection, seasons));
            stale.setArray(2, connection.createArrayOf("text", occasions.stream().map(Row::scope).toArray()));
            stale.setArray(3, connection.createArrayOf("bigint", occasions.stream().map(Row::clubId).toArray()));
            stale.setArray(4, connection.createArrayOf("bigint", occasions.stream().map(Row::matchId).toArray()));
            stale.executeUpdate();
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO deficit_occasion (scope, club_id, opponent_id, deficit, overturned, competition, season, round, tie_id,
                                              match_id, occurred_on, decided_by, behind_closed_doors, second_leg_at_home, manager_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (scope, club_id, match_id) DO UPDATE SET
                    opponent_id = EXCLUDED.opponent_id, deficit = EXCLUDED.deficit, overturned = EXCLUDED.overturned,
                    competition = EXCLUDED.competition, season = EXCLUDED.season, round = EXCLUDED.round, tie_id = EXCLUDED.tie_id,
                    occurred_on = EXCLUDED.occurred_on, decided_by = EXCLUDED.decided_by,
                    behind_closed_doors = EXCLUDED.behind_closed_doors, second_leg_at_home = EXCLUDED.second_leg_at_home,
                    manager_id = EXCLUDED.manager_id
                WHERE (deficit_occasion.opponent_id, deficit_occasion.deficit, deficit_occasion.overturned, deficit_occasion.competition,
                       deficit_occasion.season, deficit_occasion.round, deficit_occasion.tie_id, deficit_occasion.occurred_on,
                       deficit_occasion.decided_by, deficit_occasion.behind_closed_doors, deficit_occasion.second_leg_at_home,
                       deficit_occasion.manager_id)
                      IS DISTINCT FROM (EXCLUDED.opponent_id, EXCLUDED.deficit, EXCLUDED.overturned, EXCLUDED.competition, EXCLUDED.season,
                                        EXCLUDED.round, EXCLUDED.tie_id, EXCLUDED.occurred_on, EXCLUDED.decided_by,
                                        EXCLUDED.behind_closed_doors, EXCLUDED.second_leg_at_home, EXCLUDED.manager_id)""")) {
            for (Row o : occasions) {
                upsert.setString(1, o.scope());
                upsert.setLong(2, o.clubId());
                upsert.setLong(3, o.opponentId());
                upsert.setInt(4, o.deficit());
                upsert.setBoolean(5, o.overturned());
                upsert.setString(6, o.competition());
                upsert.setString(7, o.season());
                upsert.setString(8, o.round());
                Columns.setLong(upsert, 9, o.tieId());
                upsert.setLong(10, o.matchId());
                upsert.setDate(11, Date.valueOf(o.occurredOn()));
                upsert.setString(12, o.decidedBy());
                upsert.setBoolean(13, o.behindClosedDoors());
                upsert.setBoolean(14, o.secondLegAtHome());
                Columns.setLong(upsert, 15, o.managerId());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM deficit_tally WHERE competition || '/' || season = ANY (?)");
                PreparedStatement tally = connection.prepareStatement("""
                        INSERT INTO deficit_tally (scope, competition, season, round, deficit, overturned, occasions)
                        SELECT scope, competition, season, round, deficit, overturned, count(*) FROM deficit_occasion
                        WHERE competition || '/' || season = ANY (?) GROUP BY scope, competition, season, round, deficit, overturned""")) {
            clear.setArray(1, Columns.seasons(connection, seasons));
            clear.executeUpdate();
            tally.setArray(1, Columns.seasons(connection, seasons));
            tally.executeUpdate();
        }
    }
}
