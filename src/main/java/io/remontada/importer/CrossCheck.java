package io.remontada.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.format.SourceMatch;

/**
 * Reads a third source against the record the others made: openfootball's older files, which overlap engsoccerdata
 * (the European Cup's semi-finals and finals, qualifying rounds of 2013-14 and 2014-15) and fill what it lacks
 * (qualifying rounds of 2018-19 and 2019-20, Europa League knockout rounds of 2011-12 and 2012-13).
 *
 * <p>A match the record holds (same day and clubs, either way round in a final) is compared field by field; one it
 * holds on another day (same clubs, competition, season and round) is a disagreement on the date; one it lacks is a
 * new match where the file fills a hole, and a disagreement where the file only checks. Every disagreement needs a
 * reviewed explanation ({@code corrections/explanations.tsv}: which source is right, and why) unless a correction
 * ({@code corrections/errata.tsv}) has already made the sources agree; the report lists each, and counts those
 * without one. A match that agrees is merged into the record's (it may add a half-time score), never stored twice.
 */
final class CrossCheck {

    static final String EXPLANATIONS = "corrections/explanations.tsv";

    /** A reviewed explanation of one disagreement: the source row, the field, and which source is right and why. */
    record Explanation(SourceLocation reviewedAt, String source, int line, String field, String right, String why) {
    }

    private record Pair(String competition, String season, String round, String low, String high) {
        static Pair of(MergedMatch m) {
            boolean homeFirst = m.home.identity().compareTo(m.away.identity()) <= 0;
            return new Pair(m.competition, m.season, m.round, homeFirst ? m.home.identity() : m.away.identity(),
                    homeFirst ? m.away.identity() : m.home.identity());
        }
    }

    private final MatchMerger merger;
    private final ImportReport report;
    private final Map<String, Explanation> explanations = new LinkedHashMap<>();
    private final List<Explanation> used = new ArrayList<>();
    private final Map<Pair, List<MergedMatch>> byPair = new HashMap<>();

    /** @param rows the explanations file's rows: source, line, row, field, right, explanation */
    CrossCheck(MatchMerger merger, ImportReport report, List<Map.Entry<SourceLocation, String[]>> rows) {
        this.merger = merger;
        this.report = report;
        for (Map.Entry<SourceLocation, String[]> row : rows) {
            String[] f = row.getValue();
            if (f[4].isBlank() || f[5].isBlank()) {
                throw new SourceFormatException(row.getKey(), "an explanation says which source is right, and why");
            }
            explanations.put(key(f[0], Integer.parseInt(f[1]), f[3]), new Explanation(row.getKey(), f[0], Integer.parseInt(f[1]), f[3], f[4], f[5]));
        }
        merger.matches().forEach(m -> byPair.computeIfAbsent(Pair.of(m), k -> new ArrayList<>()).add(m));
    }

    /**
     * Checks one match of the third source against the record.
     *
     * @param fills whether the file fills a hole of the record: a match the record lacks is then added, not a disagreement
     * @return the record's match this one was added as or merged into; null where it disagrees
     */
    MergedMatch check(SourceMatch source, ClubIdentity home, ClubIdentity away, boolean fills) {
        MergedMatch candidate = new MergedMatch(source.location(), source.competition(), source.season(), source.round(), source.roundKind(),
                source.leg(), source.replay(), source.date(), home, away, source.halfTime(), source.fullTime(), source.afterExtraTime(),
                source.penalties());
        String subject = Errata.subject(source);
        MergedMatch held = merger.find(candidate);
        if (held == null) {
            // the other leg has the clubs the other way round: one with them this way round is this match on another day
            List<MergedMatch> sameTie = byPair.getOrDefault(Pair.of(candidate), List.of()).stream()
                    .filter(m -> m.replay == source.replay() && (m.orientationFree() || m.home.identity().equals(home.identity()))).toList();
            if (sameTie.size() == 1) {
                disagree(source, subject, "date", source.date().toString(), sameTie.get(0).date.toString(), sameTie.get(0));
            } else if (fills) {
                MergedMatch added = merger.add(source, home, away, null, "openfootball");
                byPair.computeIfAbsent(Pair.of(added), k -> new ArrayList<>()).add(added);
                return added;
            } else {
                disagree(source, subject, "missing", "played", "not in the record", null);
            }
            return null;
        }
        report.matchCrossChecked();
        boolean swapped = !held.home.identity().equals(home.identity());
        int before = report.crossCheckDisagreements.size();
        compare(source, subject, "round", source.round(), held.round, held);
        compare(source, subject, "full time", MatchMerger.orient(source.fullTime(), swapped), held.fullTime, held);
        compare(source, subject, "after extra time", MatchMerger.orient(source.afterExtraTime(), swapped), held.afterExtraTime, held);
        if (source.penalties() != null) {
            compare(source, subject, "penalties", MatchMerger.orient(source.penalties(), swapped), held.penalties, held);
        }
        if (source.halfTime() != null && held.halfTime != null) {
            compare(source, subject, "half time", MatchMerger.orient(source.halfTime(), swapped), held.halfTime, held);
        }
        return report.crossCheckDisagreements.size() == before ? merger.add(source, home, away, null, "openfootball") : null;
    }

    /** Refuses an explanation that no disagreement needed: the sources agree now, and it would mislead a reader. */
    void requireAllUsed() {
        for (Explanation explanation : explanations.values()) {
            if (!used.contains(explanation)) {
                throw new SourceFormatException(explanation.reviewedAt(), "no disagreement at " + explanation.source() + ":" + explanation.line()
                        + " on " + explanation.field() + ": the sources agree, remove this explanation");
            }
        }
    }

    private void compare(SourceMatch source, String subject, String field, Object here, Object record, MergedMatch held) {
        if (!Objects.equals(here, record)) {
            disagree(source, subject, field, text(here), text(record), held);
        }
    }

    private void disagree(SourceMatch source, String subject, String field, String here, String record, MergedMatch held) {
        String file = source.location().file();
        Explanation explanation = explanations.get(key(file, source.location().line(), field));
        String line = source.location() + " " + subject + ": " + field + " " + here + " here, " + record + " in the record"
                + (held == null ? "" : " (" + held.firstSeenAt + ")");
        if (explanation == null) {
            report.crossCheckDisagreement(line, null);
        } else {
            used.add(explanation);
            report.crossCheckDisagreement(line, explanation.right() + " is right: " + explanation.why());
        }
    }

    private static String text(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static String key(String file, int line, String field) {
        return file + ":" + line + ":" + field;
    }
}
