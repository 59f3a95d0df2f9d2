package io.remontada.importer;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import io.remontada.common.Score;
import io.remontada.importer.format.RoundKind;
import io.remontada.importer.format.SourceLocation;

/**
 * One real match as the importer will store it, once every source that has it has been read.
 * Mutable while sources merge into it: a later source fills what an earlier one lacked.
 */
final class MergedMatch {

    final SourceLocation firstSeenAt;
    final String competition;
    final String season;
    final String round;
    final RoundKind roundKind;
    final Integer leg;
    final boolean replay;
    final LocalDate date;
    final ClubIdentity home;
    final ClubIdentity away;
    Score halfTime;
    final Score fullTime;
    Score afterExtraTime;
    Score penalties;
    ClubIdentity statedTieWinner;
    String statedDecision;
    String venue;
    Boolean neutral;
    Boolean behindClosedDoors;
    /** The result UEFA awarded instead of the one played, from a reviewed correction; null when none. */
    Score awarded;
    /** Stopped before its end, from a reviewed correction; null when no source says. */
    Boolean abandoned;
    /** A reviewed correction applied to a source row of this match: its values win over those an earlier import stored. */
    boolean corrected;
    final Set<String> sources = new LinkedHashSet<>();

    MergedMatch(SourceLocation firstSeenAt, String competition, String season, String round, RoundKind roundKind, Integer leg,
            boolean replay, LocalDate date, ClubIdentity home, ClubIdentity away, Score halfTime, Score fullTime,
            Score afterExtraTime, Score penalties) {
        this.firstSeenAt = firstSeenAt;
        this.competition = competition;
        this.season = season;
        this.round = round;
        this.roundKind = roundKind;
        this.leg = leg;
        this.replay = replay;
        this.date = date;
        this.home = home;
        this.away = away;
        this.halfTime = halfTime;
        this.fullTime = fullTime;
        this.afterExtraTime = afterExtraTime;
        this.penalties = penalties;
    }

    /** Takes what a correction says of a source row of this match (the row's own fields are already corrected). */
    void correctWith(Errata.CorrectedMatch row) {
        awarded = row.awarded() != null ? row.awarded() : awarded;
        abandoned = row.abandoned() != null ? row.abandoned() : abandoned;
        corrected |= row.corrected();
    }

    MatchKey key() {
        return new MatchKey(date, home.identity(), away.identity());
    }

    /** A final is played at a neutral venue, so sources disagree on which side they write first. */
    boolean orientationFree() {
        return roundKind == RoundKind.FINAL;
    }

    /** The natural key of a real match: nobody plays the same opponent at home twice on one day. */
    record MatchKey(LocalDate date, String home, String away) {
        MatchKey swapped() {
            return new MatchKey(date, away, home);
        }
    }
}
