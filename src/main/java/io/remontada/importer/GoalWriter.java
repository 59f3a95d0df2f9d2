package io.remontada.importer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.rules.GoalFacts;
import io.remontada.rules.GoalTimeline;
import io.remontada.rules.MatchFacts;

/**
 * The one writer of the goal table and of {@code match.goals_complete}, whatever source the minutes come from (the
 * curated facts, the goal files). A timeline said to be complete is checked against its match's stored score through
 * {@link MatchFacts} before anything is written, so no source can store goals that contradict the score. A match's
 * goals are replaced as a whole, in the order they were scored, and only where they differ from what is stored:
 * importing the same data again changes nothing.
 */
final class GoalWriter {

    /** A goal as stored. */
    record GoalRow(int minute, Integer stoppage, long clubId, String scorer, boolean ownGoal, boolean penalty) {

        GoalFacts facts() {
            return new GoalFacts(minute, stoppage, clubId);
        }
    }

    /**
     * The goals one source gives for one stored match.
     *
     * @param match    the stored match, its goals left null
     * @param complete the goals are every goal of the match, so its timeline becomes known
     * @param where    the source line errors about this timeline cite
     */
    record Timeline(MatchFacts match, List<GoalRow> goals, boolean complete, SourceLocation where) {

        Timeline {
            goals = GoalTimeline.chronological(goals, GoalRow::facts);
        }
    }

    /**
     * @param goalsReplaced  matches whose stored goals differed from their timeline's and were replaced
     * @param newlyComplete  matches whose timeline became known with this import
     */
    record Written(int timelines, int goalsReplaced, int newlyComplete) {
    }

    private final Connection connection;

    GoalWriter(Connection connection) {
        this.connection = connection;
    }

    Written write(List<Timeline> timelines) throws SQLException {
        for (Timeline timeline : timelines) {
            if (timeline.complete()) {
                check(timeline);
            }
        }
        Map<Long, List<GoalRow>> stored = stored(timelines.stream().map(t -> t.match().matchId()).toList());
        List<Timeline> changed = timelines.stream().filter(t -> !t.goals().equals(stored.getOrDefault(t.match().matchId(), List.of()))).toList();
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM goal WHERE match_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO goal (match_id, seq, minute, stoppage, club_id, scorer, own_goal, penalty) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Timeline timeline : changed) {
                long matchId = timeline.match().matchId();
                clear.setLong(1, matchId);
                clear.addBatch();
                int seq = 0;
                for (GoalRow goal : timeline.goals()) {
                    insert.setLong(1, matchId);
                    insert.setInt(2, ++seq);
                    insert.setInt(3, goal.minute());
                    ImportWriter.setInteger(insert, 4, goal.stoppage());
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
        int newlyComplete = 0;
        try (PreparedStatement mark = connection.prepareStatement("UPDATE match SET goals_complete = true WHERE id = ? AND NOT goals_complete")) {
            for (Timeline timeline : timelines) {
                if (timeline.complete()) {
                    mark.setLong(1, timeline.match().matchId());
                    mark.addBatch();
                }
            }
            for (int marked : mark.executeBatch()) {
                newlyComplete += marked;
            }
        }
        return new Written(timelines.size(), changed.size(), newlyComplete);
    }

    private static void check(Timeline timeline) {
        MatchFacts m = timeline.match();
        try {
            new MatchFacts(m.matchId(), m.date(), m.homeClubId(), m.awayClubId(), m.fullTime(), m.afterExtraTime(), m.penalties(),
                    timeline.goals().stream().map(GoalRow::facts).toList(), m.replay(), m.behindClosedDoors());
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(timeline.where(), "the goals listed for this match do not add up: " + e.getMessage());
        }
    }

    private Map<Long, List<GoalRow>> stored(List<Long> matchIds) throws SQLException {
        Map<Long, List<GoalRow>> goals = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT match_id, minute, stoppage, club_id, scorer, own_goal, penalty FROM goal
                WHERE match_id = ANY (?) ORDER BY match_id, seq""")) {
            select.setArray(1, connection.createArrayOf("bigint", matchIds.toArray()));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    goals.computeIfAbsent(r.getLong(1), id -> new ArrayList<>()).add(new GoalRow(r.getInt(2), (Integer) r.getObject(3),
                            r.getLong(4), r.getString(5), r.getBoolean(6), r.getBoolean(7)));
                }
            }
        }
        return goals;
    }
}
