package io.remontada.match;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.Score;

@Name("MatchScore")
@Description("Each stage apart: fullTime is after 90 minutes, afterExtraTime after 120, penalties the shoot-out alone.")
public record MatchScore(Score halfTime, @NonNull Score fullTime, Score afterExtraTime, Score penalties,
        @Description("The result UEFA awarded instead of the one played, which settled the tie; null when none") Score awarded) {

    static MatchScore of(MatchEntity m) {
        return new MatchScore(score(m.htHome, m.htAway), new Score(m.ftHome, m.ftAway), score(m.aetHome, m.aetAway),
                score(m.penHome, m.penAway), score(m.awardedHome, m.awardedAway));
    }

    private static Score score(Short home, Short away) {
        return home == null ? null : new Score(home, away);
    }
}
