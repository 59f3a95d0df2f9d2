package io.remontada.coverage;

import java.time.LocalDate;

/** Matches the record holds of some part of the history: how many, how many with every goal's minute, first and last day. */
public record HeldMatches(int matches, int withGoalTimes, LocalDate from, LocalDate to) {

    public static final HeldMatches NONE = new HeldMatches(0, 0, null, null);

    public HeldMatches plus(HeldMatches other) {
        return new HeldMatches(matches + other.matches, withGoalTimes + other.withGoalTimes, earlier(from, other.from), later(to, other.to));
    }

    public boolean allTimed() {
        return withGoalTimes == matches;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
