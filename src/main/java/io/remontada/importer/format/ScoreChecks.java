package io.remontada.importer.format;

import io.remontada.common.Score;

/** The plausibility rules every parser applies to the scores of one match, so contradictions fail at the source line. */
final class ScoreChecks {

    private ScoreChecks() {
    }

    static void check(Score halfTime, Score fullTime, Score afterExtraTime, Score penalties, SourceLocation where) {
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

    private static boolean atMost(Score earlier, Score later) {
        return earlier.home() <= later.home() && earlier.away() <= later.away();
    }
}
