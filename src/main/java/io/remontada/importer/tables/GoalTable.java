package io.remontada.importer.tables;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statement an import runs on the goal table. A match's goals are a whole, numbered in the order they were
 * scored: they are replaced together, never one by one.
 */
public final class GoalTable {

    /** A goal as stored. */
    public record GoalRow(int minute, Integer stoppage, long clubId, String scorer, boolean ownGoal, boolean penalty) {
    }

    private final Connection connection;

    public GoalTable(Connection connection) {
        this.connection = connection;
    }

    /** The stored goals of these matches, in order, by match id. */
    public Map<Long, List<GoalRow>> ofMatches(Collection<Long> matchIds) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT match_id, minute, stoppage, club_id, scorer, own_goal, penalty FROM goal
                WHERE match_id = ANY (?) ORDER BY match_id, seq""")) {
            select.setArray(1, connection.createArrayOf("bigint", matchIds.toArray()));
            return byMatch(select);
        }
    }

    /** The goals of the matches of these competition seasons ({@code UCL/2018-19}) whose every goal is timed, by match id. */
    public Map<Long, List<GoalRow>> ofCompleteMatchesIn(Collection<String> seasons) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT g.match_id, g.minute, g.stoppage, g.club_id, g.scorer, g.own_goal, g.penalty FROM goal g JOIN match m ON m.id = g.match_id
                WHERE m.competition || '/' || m.season = ANY (?) AND m.goals_complete ORDER BY g.match_id, g.seq""")) {
            select.setArray(1, Columns.seasons(connection, seasons));
            return byMatch(select);
        }
    }

    /** Replaces each match's stored goals (the key is its id) with these, numbered in the order given. */
    public void replace(Map<Long, List<GoalRow>> goals) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM goal WHERE match_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO goal (match_id, seq, minute, stoppage, club_id, scorer, own_goal, penalty) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, List<GoalRow>> match : goals.entrySet()) {
                long matchId = match.getKey();
                clear.setLong(1, matchId);
                clear.addBatch();
                int seq = 0;
                for (GoalRow goal : match.getValue()) {
                    insert.setLong(1, matchId);
                    insert.setInt(2, ++seq);
                    insert.setInt(3, goal.minute());
                    Columns.setInteger(insert, 4, goal.stoppage());
                    insert.setLong(5, goal.clubId());
                    insert.setString(6, goal.scorer());
                    insert.setBoolean(7, goal.ownGoal());
                    insert.setBoolean(8, goal.penalty());
                    insert.addBatch();
                }
            }
            clear.executeBatch();
            insert.executeBatch();
        }
    }

    private static Map<Long, List<GoalRow>> byMatch(PreparedStatement select) throws SQLException {
        Map<Long, List<GoalRow>> goals = new HashMap<>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                goals.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(new GoalRow(r.getInt(2), Columns.integer(r, 3),
                        r.getLong(4), r.getString(5), r.getBoolean(6), r.getBoolean(7)));
            }
        }
        return goals;
    }
}
