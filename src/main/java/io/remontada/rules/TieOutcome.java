package io.remontada.rules;

import java.util.List;

/**
 * The engine's verdict on a tie, computed from the matches alone. Where a source stated otherwise, the difference is
 * written into {@code disagreements} for the caller to report; the verdict itself is never bent to agree.
 *
 * @param clubAId       the club that hosted the first leg (the home side of a single match)
 * @param aggregateA    clubA's goals over the legs, extra time included, replays and shoot-outs excluded
 * @param winnerId      the club that went through, null when the record cannot tell
 * @param decidedBy     the rule that separated the clubs, null exactly when winnerId is null
 * @param disagreements human-readable differences between the record and the source's stated result
 */
public record TieOutcome(long clubAId, long clubBId, int aggregateA, int aggregateB, Long winnerId,
                         TieDecision decidedBy, List<String> disagreements) {

    public TieOutcome {
        if ((winnerId == null) != (decidedBy == null)) {
            throw new IllegalArgumentException("a winner needs a decision and a decision needs a winner");
        }
        disagreements = List.copyOf(disagreements);
    }
}
