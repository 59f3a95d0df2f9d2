package io.remontada.importer.format;

/** How the matches of a round relate to each other, which decides how legs, ties and winners are derived. */
public enum RoundKind {
    /** A group stage or league phase: matches stand alone, there are no ties. */
    GROUP,
    /** Ties of one or two legs (with possible replays). */
    KNOCKOUT,
    /** The final, including a replayed final. */
    FINAL
}
