package io.remontada.importer;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.tables.GoalTable;
import io.remontada.importer.tables.GoalTable.GoalRow;
import io.remontada.importer.tables.MatchTable;
import io.remontada.rules.GoalFacts;
import io.remontada.rules.GoalTimeline;
import io.remontada.rules.MatchFacts;

/**
 * Stores the goal timelines of every source of goal minutes (the curated facts, the goal files). A timeline said to
 * be complete is checked against its match's stored score through {@link MatchFacts} before anything is written, so no
 * source can store goals that contradict the score. A match's goals are replaced as a whole, in the order they were
 * scored, and only where they differ from what is stored: importing the same data again changes nothing.
 */
final class GoalStore {

    /**
     * The goals one source gives for one stored match.
     *
     * @param match    the stored match, its goals left null
     * @param complete the goals are every goal of the match, so its timeline becomes known
     * @param where    the source line errors about this timeline cite
     */
    record Timeline(MatchFacts match, List<GoalRow> goals, boolean complete, SourceLocation where) {

        Timeline {
            goals = GoalTimeline.chronological(goals, GoalStore::facts);
        }
    }

    /**
     * @param goalsReplaced  matches whose stored goals differed from their timeline's and were replaced
     * @param newlyComplete  matches whose timeline became known with this import
     */
    record Written(int timelines, int goalsReplaced, int newlyComplete) {
    }

    private final GoalTable goals;
    private final MatchTable matches;

    GoalStore(GoalTable goals, MatchTable matches) {
        this.goals = goals;
        this.matches = matches;
    }

    Written write(List<Timeline> timelines) throws SQLException {
        for (Timeline timeline : timelines) {
            if (timeline.complete()) {
                check(timeline);
            }
        }
        Map<Long, List<GoalRow>> stored = goals.ofMatches(timelines.stream().map(t -> t.match().matchId()).toList());
        Map<Long, List<GoalRow>> changed = new LinkedHashMap<>();
        for (Timeline timeline : timelines) {
            if (!timeline.goals().equals(stored.getOrDefault(timeline.match().matchId(), List.of()))) {
                changed.put(timeline.match().matchId(), timeline.goals());
            }
        }
        goals.replace(changed);
        int newlyComplete = matches.markGoalsComplete(timelines.stream().filter(Timeline::complete).map(t -> t.match().matchId()).toList());
        return new Written(timelines.size(), changed.size(), newlyComplete);
    }

    static GoalFacts facts(GoalRow goal) {
        return new GoalFacts(goal.minute(), goal.stoppage(), goal.clubId());
    }

    private static void check(Timeline timeline) {
        MatchFacts m = timeline.match();
        try {
            new MatchFacts(m.matchId(), m.date(), m.homeClubId(), m.awayClubId(), m.fullTime(), m.afterExtraTime(), m.penalties(),
                    timeline.goals().stream().map(GoalStore::facts).toList(), m.replay(), m.behindClosedDoors());
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(timeline.where(), "the goals listed for this match do not add up: " + e.getMessage());
        }
    }
}
