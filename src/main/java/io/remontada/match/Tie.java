package io.remontada.match;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.club.Club;
import io.remontada.club.ClubCatalog;
import io.remontada.rules.TieDecision;

@Name("Tie")
public record Tie(@Id long id, @NonNull Competition competition, @NonNull Season season, @NonNull String round, @NonNull Stage stage,
        @Description("Two legs, or a single match such as a final") boolean twoLegged,
        @Description("Goals of clubA (host of the first leg) over the legs, extra time included") int aggregateA,
        int aggregateB, TieDecision decidedBy,
        @NonNull @Description("The club that hosted the first leg (or the home side of a single match).") Club clubA,
        @NonNull Club clubB, Club winner, @Ignore LocalDate lastDate) {

    static Tie of(TieEntity t, CompetitionCatalog competitions, ClubCatalog clubs) {
        return new Tie(t.id, competitions.of(t.competition), new Season(t.season), t.round, Stage.valueOf(t.stage), t.twoLegged, t.aggregateA, t.aggregateB,
                t.decidedBy == null ? null : TieDecision.valueOf(t.decidedBy), clubs.of(t.clubAId), clubs.of(t.clubBId), clubs.ofNullable(t.winnerClubId),
                t.lastDate);
    }

    /** A tie is its id, as a {@link Match} is: a batched field's DataLoader hashes its parent for each lookup. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Tie that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
