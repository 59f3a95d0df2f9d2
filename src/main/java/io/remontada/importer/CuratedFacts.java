package io.remontada.importer;

import java.time.LocalDate;
import java.util.List;

import io.remontada.common.Score;
import io.remontada.importer.format.SourceClub;
import io.remontada.importer.format.SourceLocation;

/** The project's own reviewed facts (data/curated/facts.txt): what the open data lacks. */
public record CuratedFacts(List<CuratedMatch> matches, List<CuratedGoal> goals, List<MatchRef> goalsComplete,
        List<CuratedAwarded> awarded, List<CuratedPerson> people, List<CuratedSpell> spells, List<CuratedQuote> quotes) {

    /** A match named by its date and clubs, as a goal or quote row refers to it. */
    public record MatchRef(LocalDate date, SourceClub home, SourceClub away, SourceLocation location) {
    }

    public record CuratedMatch(MatchRef ref, String competition, String season, String round, Integer leg, Score fullTime,
            Score halfTime, Score afterExtraTime, Score penalties, String venue, boolean neutral, Boolean behindClosedDoors) {
    }

    public record CuratedGoal(MatchRef match, int minute, Integer stoppage, SourceClub countsFor, String scorer,
            boolean ownGoal, boolean penalty) {
    }

    /** A result UEFA awarded in place of the one played; it settles the tie. */
    public record CuratedAwarded(MatchRef match, Score score, String reason) {
    }

    public record CuratedPerson(String name, SourceLocation location) {
    }

    /** A date known to the day, or only to the month (then {@code date} is the first of that month). */
    public record PartialDate(LocalDate date, boolean dayKnown) {
    }

    public record CuratedSpell(String manager, SourceClub club, PartialDate from, PartialDate to, SourceLocation location) {
    }

    public record CuratedQuote(String speaker, LocalDate saidOn, String source, boolean machineTranslated, SourceClub club,
            MatchRef about, String text, SourceLocation location) {
    }
}
