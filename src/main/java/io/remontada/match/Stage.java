package io.remontada.match;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/**
 * The stage of a competition, the same whatever a source calls the round ("QF", "Quarter-finals",
 * "Quarterfinals"). The record stores it beside the round, computed from the canonical round name by
 * the database (migration V2), so every writer agrees on it.
 */
@Name("Stage")
@Description("The stage of a competition, the same whatever a source calls the round")
public enum Stage {
    PRELIMINARY, QUALIFYING, PLAY_OFF, FIRST_ROUND, SECOND_ROUND, GROUP, LEAGUE_PHASE, KNOCKOUT_PLAY_OFF, ROUND_OF_32,
    ROUND_OF_16, QUARTER_FINAL, SEMI_FINAL, FINAL
}
