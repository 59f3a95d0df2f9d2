package io.remontada.rules;

/**
 * A goal in a match's timeline, reduced to what the comeback rules need: when it fell and whom it counts for.
 * The scorer, penalty and own-goal flags live elsewhere; the engine only has to replay the running score.
 *
 * @param minute   the clock minute, 1 to 120; a goal at 90+1 has minute 90
 * @param stoppage the added minute (1 for 90+1), or null when the goal fell in the normal minutes
 * @param clubId   the club the goal counts for: an own goal counts for the scorer's opponent
 */
public record GoalFacts(int minute, Integer stoppage, long clubId) {

    public GoalFacts {
        if (minute < 1 || minute > 120) {
            throw new IllegalArgumentException("a goal minute must be between 1 and 120, not " + minute);
        }
        if (stoppage != null && stoppage < 1) {
            throw new IllegalArgumentException("stoppage time must be at least 1 minute, or null, not " + stoppage);
        }
    }

    /** Regular time includes the 90th minute and its stoppage time; minutes 91 to 120 are extra time. */
    public boolean inRegularTime() {
        return minute <= 90;
    }

    @Override
    public String toString() {
        return stoppage == null ? minute + "'" : minute + "+" + stoppage + "'";
    }
}
