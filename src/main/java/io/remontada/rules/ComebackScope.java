package io.remontada.rules;

/** Where a deficit is measured: after a first leg, at any moment of a tie, or at any moment of one match. */
public enum ComebackScope {
    /** Behind on aggregate after the first leg of a two-legged tie, and went through. */
    FIRST_LEG,
    /** Behind on aggregate at any moment of a tie (needs goal minutes), and went through. */
    TIE,
    /** Behind at any moment of one match (needs goal minutes), and won it; a shoot-out win counts in a single-match knockout. */
    MATCH
}
