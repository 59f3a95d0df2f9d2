package io.remontada.importer.format;

import io.remontada.common.Score;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One played match as a source file states it, with round and leg already put into the project's canonical terms
 * (see {@link Rounds}), so that the same real match read from two sources looks the same.
 *
 * @param competition     "UCL" (European Cup / Champions League and its qualifying), "UEL" (Europa League and its
 *                        qualifying) or "UECL" (Conference League and its qualifying)
 * @param season          "2018-19" style: start year, dash, last two digits of the end year
 * @param round           a canonical round name from {@link Rounds}
 * @param leg             1 or 2 in a two-legged tie; null for a single match, group match, final or replay
 * @param replay          a replay after a drawn tie or final
 * @param halfTime        null when the source does not give it
 * @param fullTime        the score after 90 minutes (for an awarded match: the awarded score)
 * @param afterExtraTime  the score after 120 minutes, including the first 90; null without extra time
 * @param penalties       the shoot-out score alone; null without a shoot-out
 * @param statedTieWinner the side the source says went through, as written; null when the source does not say
 * @param statedDecision  how the source says an undecided result was settled, in lower case: "away goals",
 *                        "coin toss", "walkover" (engsoccerdata) or "awarded" (Football.TXT {@code [awarded]});
 *                        null otherwise
 */
public record SourceMatch(
        SourceLocation location,
        String competition,
        String season,
        String round,
        RoundKind roundKind,
        Integer leg,
        boolean replay,
        LocalDate date,
        SourceClub home,
        SourceClub away,
        Score halfTime,
        Score fullTime,
        Score afterExtraTime,
        Score penalties,
        String statedTieWinner,
        String statedDecision) {

    public SourceMatch {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(competition, "competition");
        Objects.requireNonNull(season, "season");
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(roundKind, "roundKind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(away, "away");
        Objects.requireNonNull(fullTime, "fullTime");
        if (leg != null && (leg < 1 || leg > 2)) {
            throw new IllegalArgumentException("leg must be 1 or 2: " + leg);
        }
        if (leg != null && (replay || roundKind != RoundKind.KNOCKOUT)) {
            throw new IllegalArgumentException("only a knockout match that is no replay can have a leg");
        }
    }

    /** The same match with its leg set, for parsers that learn the leg only after reading the whole round. */
    SourceMatch withLeg(Integer newLeg) {
        return new SourceMatch(location, competition, season, round, roundKind, newLeg, replay, date, home, away,
                halfTime, fullTime, afterExtraTime, penalties, statedTieWinner, statedDecision);
    }
}
