package io.remontada.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.remontada.common.NameKey;
import io.remontada.common.Score;
import io.remontada.importer.format.GoalFile;
import io.remontada.importer.format.GoalFileMatch;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceGoal.Side;

/**
 * Finds, for every match of the goal files, the one match the record already holds, so that goal minutes are added to
 * it and never make a second copy. Goal files name clubs without a country ("Arsenal"), which the club resolver
 * rightly refuses; but a match is pinned down by its competition, its day and its two clubs, so a goal-file match is
 * the record's match of that competition and day whose home club goes by the home name written and whose away club
 * goes by the away name (either way round in a final, whose sides sources write in either order). Names compare by
 * {@link NameKey} against every name a club goes by in the record (register names and aliases, and the names every
 * match source used), never by likeness: no match, two matches, or a score that differs from the record's is refused
 * at the goal file's line. Every match of the bundled goal files is found so, on its own day.
 */
final class GoalFileMatcher {

    /**
     * A goal-file match and the record's match it is.
     *
     * @param swapped the goal file writes the sides the other way round (a final)
     */
    record Attached(GoalFileMatch source, MergedMatch match, boolean swapped) {

        /** The record's club on {@code side} of the goal file's match. */
        ClubIdentity clubOf(Side side) {
            return (side == Side.HOME) != swapped ? match.home : match.away;
        }
    }

    private record Day(String competition, LocalDate date) {
    }

    private GoalFileMatcher() {
    }

    static List<Attached> attach(List<GoalFile> files, List<MergedMatch> record) {
        Map<Day, List<MergedMatch>> byDay = record.stream().collect(Collectors.groupingBy(m -> new Day(m.competition, m.date)));
        Map<MergedMatch, GoalFileMatch> taken = new IdentityHashMap<>();
        List<Attached> attached = new ArrayList<>();
        for (GoalFile file : files) {
            for (GoalFileMatch source : file.matches()) {
                Attached found = find(source, byDay.getOrDefault(new Day(file.competition(), source.date()), List.of()), file.competition());
                GoalFileMatch earlier = taken.put(found.match(), source);
                if (earlier != null) {
                    throw new SourceFormatException(source.location(), "this match is also at " + earlier.location());
                }
                checkScores(found);
                attached.add(found);
            }
        }
        return attached;
    }

    private static Attached find(GoalFileMatch source, List<MergedMatch> sameDay, String competition) {
        List<Attached> candidates = new ArrayList<>();
        for (MergedMatch m : sameDay) {
            if (goesBy(m.home, source.home()) && goesBy(m.away, source.away())) {
                candidates.add(new Attached(source, m, false));
            } else if (m.orientationFree() && goesBy(m.home, source.away()) && goesBy(m.away, source.home())) {
                candidates.add(new Attached(source, m, true));
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String what = competition + " " + source.date() + " " + source.home() + " v " + source.away();
        if (candidates.isEmpty()) {
            throw new SourceFormatException(source.location(), "no match " + what + " in the record (that day it has "
                    + (sameDay.isEmpty() ? "none" : sameDay.stream().map(MatchMerger::describe).collect(Collectors.joining(", ")))
                    + ")");
        }
        throw new SourceFormatException(source.location(), what + " could be any of "
                + candidates.stream().map(a -> MatchMerger.describe(a.match())).collect(Collectors.joining(", ")));
    }

    private static boolean goesBy(ClubIdentity club, String written) {
        String key = NameKey.of(written);
        return club.names().stream().map(NameKey::of).anyMatch(key::equals);
    }

    /**
     * The goals must add up to the record's score, so the file's score must be the record's after 90 minutes and after
     * extra time. A shoot-out holds no goals of the timeline and a goal file's is never used, so it is not compared
     * (2011-12/cl_finals.txt has Real Madrid v Bayern 3-4 on penalties, which was 1-3).
     */
    private static void checkScores(Attached a) {
        MergedMatch m = a.match();
        Score fullTime = MatchMerger.orient(a.source().fullTime(), a.swapped());
        Score afterExtraTime = MatchMerger.orient(a.source().afterExtraTime(), a.swapped());
        if (!m.fullTime.equals(fullTime) || !Objects.equals(m.afterExtraTime, afterExtraTime)) {
            throw new SourceFormatException(a.source().location(), "the record has " + MatchMerger.describe(m) + " "
                    + stages(m.fullTime, m.afterExtraTime) + " (first read at " + m.firstSeenAt + "), this file " + stages(fullTime, afterExtraTime));
        }
    }

    private static String stages(Score fullTime, Score afterExtraTime) {
        return fullTime + (afterExtraTime == null ? " without extra time" : ", " + afterExtraTime + " a.e.t.");
    }
}
