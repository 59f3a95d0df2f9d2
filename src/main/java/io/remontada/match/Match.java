package io.remontada.match;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.club.Club;
import io.remontada.club.ClubCatalog;

@Name("Match")
public record Match(@Id long id, @NonNull LocalDate date, @NonNull Competition competition, @NonNull Season season,
        @NonNull String round, @NonNull Stage stage, @Description("1 or 2 in a two-legged tie") Integer leg,
        @Description("A replay of a drawn tie") boolean replay, String venue, boolean neutral, Integer attendance,
        @Description("Played with no crowd; null when the record does not say") Boolean behindClosedDoors,
        @NonNull MatchScore score,
        @Description("Stopped before its end: `score` is the score when it was stopped, and `score.awarded` what UEFA decided instead, if it did; null when the record does not say") Boolean abandoned,
        @Description("Whether `goals` lists every goal with its minute") boolean goalTimesComplete,
        @NonNull Club homeClub, @NonNull Club awayClub, @Ignore Long tieId, @Ignore GoalsOfMatches goalsOfMatches) {

    /** A view of a stored match, whose goals {@code goals} reads with those of the other matches it holds. */
    static Match of(MatchEntity m, CompetitionCatalog competitions, ClubCatalog clubs, GoalsOfMatches goals) {
        return goals.add(new Match(m.id, m.date, competitions.of(m.competition), new Season(m.season), m.round, Stage.valueOf(m.stage),
                m.leg == null ? null : m.leg.intValue(), m.replay, m.venue, m.neutral, m.attendance, m.behindClosedDoors,
                MatchScore.of(m), m.abandoned, m.goalsComplete, clubs.of(m.homeClubId), clubs.of(m.awayClubId), m.tieId, goals));
    }

    @NonNull
    public List<@NonNull Goal> getGoals() {
        return goalsOfMatches.of(this);
    }

    /**
     * A match is its id: SmallRye keys each batched field's DataLoader by its parent object, and a record's
     * own hash walks every component (its score, both clubs) for each lookup, which cost a tenth of a nested query.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Match that && id == that.id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
