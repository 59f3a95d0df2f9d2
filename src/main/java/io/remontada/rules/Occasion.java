package io.remontada.rules;

import java.time.LocalDate;

/**
 * One time a club was behind, in one scope, and whether it turned that around: the unit the "has this club ever
 * overturned a deficit of n goals?" verdicts count. Occasions are facts about the past, so they are values: the
 * service stores or counts them, the GraphQL layer maps them to {@code Comeback}.
 *
 * @param deficit          the largest deficit the club faced in this scope, in goals, at least 1
 * @param overturned       FIRST_LEG and TIE: the club went through; MATCH: the club won the match
 * @param decidedBy        how the tie (or single-match knockout) was settled; null for a MATCH occasion in a leg
 * @param tieId            the tie; null for MATCH occasions, whose match leads to its tie
 * @param matchId          MATCH: the match; FIRST_LEG and TIE: the match that settled the tie (last played)
 * @param date             the date of that match, null when not known
 * @param secondLegAtHome  FIRST_LEG and TIE: the club hosted the second leg; MATCH: the club was the home side
 * @param behindClosedDoors that match was played without spectators
 */
public record Occasion(ComebackScope scope, long clubId, long opponentId, int deficit, boolean overturned,
                       TieDecision decidedBy, Long tieId, Long matchId, LocalDate date, boolean secondLegAtHome,
                       boolean behindClosedDoors) {

    public Occasion {
        if (scope == null) {
            throw new IllegalArgumentException("an occasion needs a scope");
        }
        if (deficit < 1) {
            throw new IllegalArgumentException("a deficit is at least one goal, not " + deficit);
        }
    }
}
