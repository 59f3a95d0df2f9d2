package io.remontada.importer.format;

import java.time.LocalDate;
import java.util.List;

import io.remontada.common.Score;

/**
 * A match of a goal file with every goal it had, as the file writes it. The clubs are the bare names the file uses
 * (no country code), so they only serve to find the match the record already holds.
 *
 * @param location       the match line
 * @param afterExtraTime the cumulative score after 120 minutes, null without extra time
 * @param penalties      the shoot-out alone, null without one
 * @param goals          in the order the file lists them (home side first); empty for a goalless match, and for a
 *                       match whose goal line the file leaves out (then it is not among {@link GoalFile#matches})
 * @param halfTime       null when the file does not give it
 * @param heading        the last heading above the match, as written ({@code Semi-finals, 2nd leg}); null when none
 */
public record GoalFileMatch(SourceLocation location, LocalDate date, String home, String away, Score fullTime,
        Score afterExtraTime, Score penalties, List<SourceGoal> goals, Score halfTime, String heading) {

    public GoalFileMatch {
        goals = List.copyOf(goals);
    }

    /** The score the match ended with on the pitch: after extra time if it was played, else after 90 minutes. */
    public Score finalScore() {
        return afterExtraTime != null ? afterExtraTime : fullTime;
    }
}
