package io.remontada.match;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.rules.TieDecision;

@Name("Tie")
public record Tie(@Id long id, @NonNull Competition competition, @NonNull Season season, @NonNull String round, @NonNull Stage stage,
        @Description("Two legs, or a single match such as a final") boolean twoLegged,
        @Description("Goals of clubA (host of the first leg) over the legs, extra time included") int aggregateA,
        int aggregateB, TieDecision decidedBy,
        @Ignore long clubAId, @Ignore long clubBId, @Ignore Long winnerId, @Ignore LocalDate lastDate) {

    static Tie of(TieEntity t, CompetitionCatalog competitions) {
        return new Tie(t.id, competitions.of(t.competition), new Season(t.season), t.round, Stage.valueOf(t.stage), t.twoLegged, t.aggregateA, t.aggregateB,
                t.decidedBy == null ? null : TieDecision.valueOf(t.decidedBy), t.clubAId, t.clubBId, t.winnerClubId, t.lastDate);
    }
}
