package io.remontada.rules;

import io.remontada.common.Score;

import java.time.LocalDate;
import java.util.List;

/**
 * One match as the comeback engine sees it: the scores that settle ties and, where known, the goal timeline that
 * shows how deep a side was behind. A timeline that does not add up to the score would produce a wrong deficit, so
 * the constructor refuses it; the caller then keeps the match with {@code goals == null} (timeline unknown).
 *
 * @param date              the match day, null when not known
 * @param fullTime          the score after 90 minutes
 * @param afterExtraTime    the cumulative score after 120 minutes, null when no extra time was played
 * @param penalties         the shoot-out alone, null when there was none; never folded into the other scores
 * @param goals             every goal of the match, or null when the goal minutes are not (completely) known
 * @param replay            the match replays a level tie or match rather than being one of its legs
 * @param behindClosedDoors played without spectators; false when not known
 * @param awarded           the result UEFA awarded in place of the one played (an ineligible player, an abandoned
 *                          match), which settles the tie; null when none. The other scores stay the ones played.
 */
public record MatchFacts(long matchId, LocalDate date, long homeClubId, long awayClubId,
                         Score fullTime, Score afterExtraTime, Score penalties,
                         List<GoalFacts> goals, boolean replay, boolean behindClosedDoors, Score awarded) {

    /** A match whose result stood as played. */
    public MatchFacts(long matchId, LocalDate date, long homeClubId, long awayClubId, Score fullTime, Score afterExtraTime,
                      Score penalties, List<GoalFacts> goals, boolean replay, boolean behindClosedDoors) {
        this(matchId, date, homeClubId, awayClubId, fullTime, afterExtraTime, penalties, goals, replay, behindClosedDoors, null);
    }

    public MatchFacts {
        if (homeClubId == awayClubId) {
            throw new IllegalArgumentException("match " + matchId + ": a club cannot play itself (" + homeClubId + ")");
        }
        if (fullTime == null) {
            throw new IllegalArgumentException("match " + matchId + ": the full-time score is required");
        }
        if (afterExtraTime != null
                && (afterExtraTime.home() < fullTime.home() || afterExtraTime.away() < fullTime.away())) {
            throw new IllegalArgumentException("match " + matchId + ": the score after extra time (" + afterExtraTime
                    + ") is cumulative and cannot be lower than the full-time score (" + fullTime + ")");
        }
        if (penalties != null && penalties.home() == penalties.away()) {
            throw new IllegalArgumentException("match " + matchId + ": a shoot-out cannot end level (" + penalties + ")");
        }
        if (goals != null) {
            goals = List.copyOf(goals);
            checkTimeline(matchId, homeClubId, awayClubId, fullTime, afterExtraTime, goals);
        }
    }

    /** The score the match ended with on the pitch: after extra time if it was played, else after 90 minutes. */
    public Score finalScore() {
        return afterExtraTime != null ? afterExtraTime : fullTime;
    }

    /**
     * The match as it counts for its tie: where a result was awarded, that result alone, as if played in 90 minutes
     * (the played goals no longer describe it); otherwise the match itself.
     */
    public MatchFacts settled() {
        return awarded == null ? this
                : new MatchFacts(matchId, date, homeClubId, awayClubId, awarded, null, null, null, replay, behindClosedDoors, null);
    }

    /** The match as played, any awarded result left out. */
    public MatchFacts played() {
        return awarded == null ? this
                : new MatchFacts(matchId, date, homeClubId, awayClubId, fullTime, afterExtraTime, penalties, goals, replay, behindClosedDoors, null);
    }

    public boolean involves(long clubId) {
        return clubId == homeClubId || clubId == awayClubId;
    }

    public long opponentOf(long clubId) {
        return clubId == homeClubId ? awayClubId : homeClubId;
    }

    /** Goals of {@code clubId} in {@code score}, a score of this match (home side first). */
    public int goalsOf(long clubId, Score score) {
        return clubId == homeClubId ? score.home() : score.away();
    }

    private static void checkTimeline(long matchId, long home, long away, Score fullTime, Score afterExtraTime,
                                      List<GoalFacts> goals) {
        int regularHome = 0;
        int regularAway = 0;
        int extraHome = 0;
        int extraAway = 0;
        for (GoalFacts goal : goals) {
            if (goal.clubId() != home && goal.clubId() != away) {
                throw new IllegalArgumentException("match " + matchId + ": the goal at " + goal
                        + " counts for club " + goal.clubId() + ", which is not playing");
            }
            boolean forHome = goal.clubId() == home;
            if (goal.inRegularTime()) {
                regularHome += forHome ? 1 : 0;
                regularAway += forHome ? 0 : 1;
            } else {
                extraHome += forHome ? 1 : 0;
                extraAway += forHome ? 0 : 1;
            }
        }
        Score regular = new Score(regularHome, regularAway);
        if (!regular.equals(fullTime)) {
            throw new IllegalArgumentException("match " + matchId + ": the goals up to minute 90 make " + regular
                    + " but the full-time score is " + fullTime);
        }
        Score whole = new Score(regularHome + extraHome, regularAway + extraAway);
        Score expected = afterExtraTime != null ? afterExtraTime : fullTime;
        if (!whole.equals(expected)) {
            throw new IllegalArgumentException("match " + matchId + ": the goals make " + whole + " but the match ended "
                    + expected + (afterExtraTime == null ? " with no extra time" : " after extra time"));
        }
    }
}
