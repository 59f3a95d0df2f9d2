package io.remontada.importer.format;

import java.time.LocalDate;

import io.remontada.common.Score;

/** The plausibility rules every parser applies to one match, so that an impossible value fails at its source line. */
final class MatchChecks {

    /** More goals than any side scores in a real match: a typo, or digits run together, not a result. */
    static final int MAX_GOALS = 99;

    private MatchChecks() {
    }

    /** A score written {@code 2-1}, which the caller has matched as digits, dash, digits. */
    static Score score(String text, SourceLocation where) {
        for (String goals : text.trim().split("-")) {
            if (goals.length() > 2 || Integer.parseInt(goals) > MAX_GOALS) {
                throw new SourceFormatException(where, "score " + text.trim() + ": more than " + MAX_GOALS + " goals is no real result");
            }
        }
        return Score.parse(text);
    }

    static void scores(Score halfTime, Score fullTime, Score afterExtraTime, Score penalties, SourceLocation where) {
        if (halfTime != null && !atMost(halfTime, fullTime)) {
            throw new SourceFormatException(where,
                    "half-time score " + halfTime + " exceeds full-time score " + fullTime);
        }
        if (afterExtraTime != null && !atMost(fullTime, afterExtraTime)) {
            throw new SourceFormatException(where,
                    "full-time score " + fullTime + " exceeds score after extra time " + afterExtraTime);
        }
        if (penalties != null && afterExtraTime == null) {
            throw new SourceFormatException(where, "penalty shoot-out " + penalties + " without extra time");
        }
        if (penalties != null && penalties.home() == penalties.away()) {
            throw new SourceFormatException(where, "level penalty shoot-out: " + penalties);
        }
    }

    /** A result needs the match to have been played by the day the file is as of. */
    static void playedBy(LocalDate date, LocalDate asOf, SourceLocation where) {
        if (date.isAfter(asOf)) {
            throw new SourceFormatException(where, "a result for a match of " + date + ", after " + asOf + ", the day the file is as of");
        }
    }

    static void clubs(SourceClub home, SourceClub away, SourceLocation where) {
        if (home.equals(away)) {
            throw new SourceFormatException(where, "a club cannot play itself: " + home.name() + " v " + away.name());
        }
    }

    private static boolean atMost(Score earlier, Score later) {
        return earlier.home() <= later.home() && earlier.away() <= later.away();
    }
}
