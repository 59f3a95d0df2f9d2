package io.remontada.rules;

/** How a tie was settled: the first rule, in the order the competition applied them, that separated the clubs. */
public enum TieDecision {
    AGGREGATE, AWAY_GOALS, EXTRA_TIME, PENALTIES, REPLAY, COIN_TOSS, AWARDED, WALKOVER, SINGLE_MATCH
}
