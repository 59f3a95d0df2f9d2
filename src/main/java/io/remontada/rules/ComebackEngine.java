package io.remontada.rules;

import io.remontada.common.Score;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the occasions on which a club was behind, in each scope, and whether it turned them around. "Has Liverpool
 * ever overturned a three-goal deficit?" has three honest answers: after a first leg (the scores alone show it), at
 * any moment of a tie, or at any moment of a match (both need goal minutes). Each method answers one scope, so the
 * service can say which one it used and how much of the record it could see.
 */
public final class ComebackEngine {

    private ComebackEngine() {
    }

    /**
     * The side that lost the first leg of a two-legged tie, by how many goals, and whether it went through. None for a
     * single-match tie, a first leg that was drawn, a tie whose second leg was not played (a walkover after one leg
     * is not an attempt), or a tie whose winner the record cannot tell (neither an attempt won nor one lost).
     */
    public static List<Occasion> firstLeg(TieFacts tie, TieOutcome outcome) {
        List<MatchFacts> legs = tie.legs();
        if (!tie.twoLegged() || legs.size() < 2 || outcome.winnerId() == null) {
            return List.of();
        }
        MatchFacts first = legs.get(0);
        Score score = first.finalScore();
        if (score.home() == score.away()) {
            return List.of();
        }
        long behind = score.home() < score.away() ? first.homeClubId() : first.awayClubId();
        int deficit = Math.abs(score.home() - score.away());
        return List.of(tieOccasion(ComebackScope.FIRST_LEG, tie, outcome, behind, deficit));
    }

    /**
     * Each side that was behind on aggregate at some moment of a two-legged tie, with its largest aggregate deficit,
     * and whether it went through. Needs the goal minutes of every match played; none otherwise, and none on the same
     * terms as {@link #firstLeg} (single match, unplayed second leg, unknown winner).
     * <p>
     * A deficit is counted in goals on aggregate: a side level on aggregate but losing on away goals is not behind.
     * A replay is walked as a further match, but its own running score is what counts in it (the aggregate is set
     * aside), because a replay settles the tie on its own result whatever the legs said.
     */
    public static List<Occasion> wholeTie(TieFacts tie, TieOutcome outcome) {
        if (!tie.twoLegged() || tie.legs().size() < 2 || outcome.winnerId() == null
                || tie.matches().stream().anyMatch(m -> m.goals() == null)) {
            return List.of();
        }
        long a = outcome.clubAId();
        int goalsA = 0;
        int goalsB = 0;
        int worstA = 0;
        int worstB = 0;
        for (MatchFacts match : tie.matches()) {
            if (match.replay()) {
                goalsA = 0;
                goalsB = 0;
            }
            for (GoalFacts goal : GoalTimeline.chronological(match.goals())) {
                if (goal.clubId() == a) {
                    goalsA++;
                } else {
                    goalsB++;
                }
                worstA = Math.max(worstA, goalsB - goalsA);
                worstB = Math.max(worstB, goalsA - goalsB);
            }
        }
        List<Occasion> occasions = new ArrayList<>();
        if (worstA >= 1) {
            occasions.add(tieOccasion(ComebackScope.TIE, tie, outcome, a, worstA));
        }
        if (worstB >= 1) {
            occasions.add(tieOccasion(ComebackScope.TIE, tie, outcome, outcome.clubBId(), worstB));
        }
        return List.copyOf(occasions);
    }

    /**
     * Each side that was behind at some moment of one match (extra time included), with its largest deficit, and
     * whether it won the match. A draw is not a win, not even the drawn leg that sends a side through; a shoot-out win
     * counts only when the match alone decided the tie.
     *
     * @param singleMatchKnockout          the match alone settled who went through: a final, a single-leg round, a replay
     * @param outcomeIfSingleMatchKnockout the tie's outcome, for its decidedBy; may be null
     */
    public static List<Occasion> match(MatchFacts match, boolean singleMatchKnockout,
                                       TieOutcome outcomeIfSingleMatchKnockout) {
        if (match.goals() == null) {
            return List.of();
        }
        int worstHome = 0;
        int worstAway = 0;
        for (Score score : GoalTimeline.scoresAfterEachGoal(match)) {
            worstHome = Math.max(worstHome, score.away() - score.home());
            worstAway = Math.max(worstAway, score.home() - score.away());
        }
        Score end = match.finalScore();
        Long winner = end.home() != end.away() || singleMatchKnockout ? TieRules.matchWinner(match) : null;
        TieDecision decidedBy = singleMatchKnockout && outcomeIfSingleMatchKnockout != null
                ? outcomeIfSingleMatchKnockout.decidedBy() : null;
        List<Occasion> occasions = new ArrayList<>();
        if (worstHome >= 1) {
            occasions.add(matchOccasion(match, match.homeClubId(), worstHome, winner, decidedBy));
        }
        if (worstAway >= 1) {
            occasions.add(matchOccasion(match, match.awayClubId(), worstAway, winner, decidedBy));
        }
        return List.copyOf(occasions);
    }

    private static Occasion tieOccasion(ComebackScope scope, TieFacts tie, TieOutcome outcome, long club, int deficit) {
        MatchFacts second = tie.legs().get(1);
        MatchFacts deciding = tie.matches().get(tie.matches().size() - 1);
        return new Occasion(scope, club, second.opponentOf(club), deficit, outcome.winnerId() == club,
                outcome.decidedBy(), tie.tieId(), deciding.matchId(), deciding.date(),
                second.homeClubId() == club, deciding.behindClosedDoors());
    }

    private static Occasion matchOccasion(MatchFacts match, long club, int deficit, Long winner, TieDecision decidedBy) {
        return new Occasion(ComebackScope.MATCH, club, match.opponentOf(club), deficit,
                winner != null && winner == club, decidedBy, null, match.matchId(), match.date(),
                match.homeClubId() == club, match.behindClosedDoors());
    }
}
