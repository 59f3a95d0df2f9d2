package io.remontada.comeback;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.club.Club;
import io.remontada.match.Competition;
import io.remontada.match.Season;
import io.remontada.match.Stage;
import io.remontada.rules.ComebackScope;
import io.remontada.rules.TieDecision;

@Name("Comeback")
@Description("A deficit overturned, derived from the record (never typed in).")
public record Comeback(@Id @NonNull String id, @NonNull ComebackScope scope,
        @Description("The largest deficit overcome, in goals") int deficit, @NonNull Competition competition, @NonNull Season season,
        @NonNull String round, @NonNull Stage stage, TieDecision decidedBy, Boolean behindClosedDoors,
        @Description("The day of the match that settled it") @NonNull LocalDate date,
        @NonNull Club club, @NonNull Club opponent, @Ignore Long tieId, @Ignore long matchId, @Ignore Long managerId,
        @Ignore long rowId) {
}
