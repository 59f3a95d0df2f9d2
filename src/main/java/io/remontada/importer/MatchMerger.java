package io.remontada.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.remontada.common.Score;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.format.SourceMatch;

/**
 * Makes one match of every real match however many sources list it (engsoccerdata and openfootball
 * overlap for 2011-12 to 2015-16 and two finals).
 *
 * <p>The first source read keeps its scores; a later source only fills in what the first lacked
 * (a half-time score, say). Where the two disagree on a score, the first is kept and the
 * disagreement reported: silently preferring either would hide an error in one of them.
 */
final class MatchMerger {

    private final Map<MergedMatch.MatchKey, MergedMatch> byKey = new LinkedHashMap<>();
    private final List<String> conflicts = new ArrayList<>();
    private int mergedDuplicates;

    /** Adds a source match whose clubs are resolved; returns the merged match it became part of. */
    MergedMatch add(SourceMatch source, ClubIdentity home, ClubIdentity away, ClubIdentity statedWinner, String sourceName) {
        MergedMatch candidate = new MergedMatch(source.location(), source.competition(), source.season(), source.round(),
                source.roundKind(), source.leg(), source.replay(), source.date(), home, away, source.halfTime(), source.fullTime(),
                source.afterExtraTime(), source.penalties());
        candidate.statedTieWinner = statedWinner;
        candidate.statedDecision = source.statedDecision();
        candidate.sources.add(sourceName);
        MergedMatch existing = find(candidate);
        if (existing == null) {
            byKey.put(candidate.key(), candidate);
            return candidate;
        }
        mergedDuplicates++;
        boolean swapped = !existing.home.identity().equals(home.identity());
        merge(existing, candidate, swapped, source.location());
        return existing;
    }

    /** The stored match this one is, if any: same day, same home and away, or the two swapped in a final. */
    MergedMatch find(MergedMatch candidate) {
        MergedMatch same = byKey.get(candidate.key());
        if (same != null || !candidate.orientationFree()) {
            return same;
        }
        MergedMatch swapped = byKey.get(candidate.key().swapped());
        return swapped != null && swapped.orientationFree() ? swapped : null;
    }

    void put(MergedMatch match) {
        byKey.put(match.key(), match);
    }

    List<MergedMatch> matches() {
        return List.copyOf(byKey.values());
    }

    List<String> conflicts() {
        return conflicts;
    }

    int mergedDuplicates() {
        return mergedDuplicates;
    }

    private void merge(MergedMatch kept, MergedMatch other, boolean swapped, SourceLocation at) {
        kept.sources.addAll(other.sources);
        compare(kept, "full-time score", kept.fullTime, orient(other.fullTime, swapped), at);
        compare(kept, "score after extra time", kept.afterExtraTime, orient(other.afterExtraTime, swapped), at);
        compare(kept, "shoot-out", kept.penalties, orient(other.penalties, swapped), at);
        compare(kept, "half-time score", kept.halfTime, orient(other.halfTime, swapped), at);
        if (!kept.round.equals(other.round)) {
            conflicts.add(at + ": " + describe(kept) + ": round '" + other.round + "' here, '" + kept.round + "' in "
                    + kept.firstSeenAt + "; kept '" + kept.round + "'");
        }
        kept.halfTime = kept.halfTime != null ? kept.halfTime : orient(other.halfTime, swapped);
        kept.afterExtraTime = kept.afterExtraTime != null ? kept.afterExtraTime : orient(other.afterExtraTime, swapped);
        kept.penalties = kept.penalties != null ? kept.penalties : orient(other.penalties, swapped);
        kept.statedTieWinner = kept.statedTieWinner != null ? kept.statedTieWinner : other.statedTieWinner;
        kept.statedDecision = kept.statedDecision != null ? kept.statedDecision : other.statedDecision;
    }

    private void compare(MergedMatch kept, String what, Score keptScore, Score otherScore, SourceLocation at) {
        if (keptScore != null && otherScore != null && !Objects.equals(keptScore, otherScore)) {
            conflicts.add(at + ": " + describe(kept) + ": " + what + " " + otherScore + " here, " + keptScore + " in "
                    + kept.firstSeenAt + "; kept " + keptScore);
        }
    }

    static Score orient(Score score, boolean swapped) {
        return score == null || !swapped ? score : score.swapped();
    }

    static String describe(MergedMatch m) {
        return m.date + " " + m.home.name() + " v " + m.away.name();
    }
}
