package io.remontada.match;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Match")
public record Match(@Id long id, @NonNull LocalDate date, @NonNull Competition competition, @NonNull Season season,
        @NonNull String round, @NonNull Stage stage, @Description("1 or 2 in a two-legged tie") Integer leg,
        @Description("A replay of a drawn tie") boolean replay, String venue, boolean neutral, Integer attendance,
        @Description("Played with no crowd; null when the record does not say") Boolean behindClosedDoors,
        @NonNull MatchScore score,
        @Description("Stopped before its end: `score` is the score when it was stopped, and `score.awarded` what UEFA decided instead, if it did; null when the record does not say") Boolean abandoned,
        @Description("Whether `goals` lists every goal with its minute") boolean goalTimesComplete,
        @Ignore long homeClubId, @Ignore long awayClubId, @Ignore Long tieId) {

    static Match of(MatchEntity m, CompetitionCatalog competitions) {
        return new Match(m.id, m.date, competitions.of(m.competition), new Season(m.season), m.round, Stage.valueOf(m.stage),
                m.leg == null ? null : m.leg.intValue(), m.replay, m.venue, m.neutral, m.attendance, m.behindClosedDoors,
                MatchScore.of(m), m.abandoned, m.goalsComplete, m.homeClubId, m.awayClubId, m.tieId);
    }
}
