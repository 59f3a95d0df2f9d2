package io.remontada.comeback;

import java.time.LocalDate;

import io.remontada.common.Score;
import io.remontada.match.Stage;
import io.remontada.rules.ComebackScope;
import io.remontada.rules.TieDecision;

/**
 * One overturned occasion with what a sentence about it needs, every score seen from the side that
 * came back ({@code home} is its own goals).
 *
 * @param settled       the score of the match that settled it, extra time included (for MATCH, the match itself)
 * @param settledPens   that match's shoot-out, or null
 * @param venue         where the side played that match: "at home", "away" or "on neutral ground"
 * @param settledReplay whether that match was a replay
 * @param firstLeg      the first leg's score, or null outside two-legged ties
 * @param aggregate     the tie's aggregate, or null without a tie
 */
record Evidence(ComebackScope scope, int deficit, String opponent, String competition, String season, Stage stage,
        TieDecision decidedBy, LocalDate date, Score settled, Score settledPens, String venue, boolean settledReplay,
        boolean settledAfterExtraTime, Score firstLeg, Score aggregate) {
}
