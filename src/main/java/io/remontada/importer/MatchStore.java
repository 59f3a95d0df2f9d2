package io.remontada.importer;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.remontada.common.Score;
import io.remontada.importer.MergedMatch.MatchKey;
import io.remontada.importer.tables.MatchTable;

/**
 * Stores the merged record's matches over what the database holds: inserts the matches not yet stored and completes
 * stored ones with what they lack. Every match is found by its natural key (its day and clubs), so running the same
 * import twice changes nothing the second time. A stored score is never overwritten, a disagreement is reported and
 * the stored value kept, unless a reviewed correction applied to the match: then what the corrected sources say wins
 * over what an import of the uncorrected ones stored.
 */
final class MatchStore {

    private final MatchTable table;
    private final ImportReport report;

    MatchStore(MatchTable table, ImportReport report) {
        this.table = table;
        this.report = report;
    }

    /** @return the id of every match, by the merged match's key */
    Map<MatchKey, Long> store(List<MergedMatch> matches, Map<String, Long> clubIds) throws SQLException {
        Map<String, MatchTable.Row> stored = byDayAndClubs(table.playedOn(matches.stream().map(m -> m.date).distinct().toList()));
        Map<MatchKey, Long> ids = new HashMap<>();
        List<MergedMatch> fresh = new ArrayList<>();
        List<MatchTable.Row> completed = new ArrayList<>();
        int unchanged = 0;
        for (MergedMatch m : matches) {
            long home = clubIds.get(m.home.identity());
            long away = clubIds.get(m.away.identity());
            MatchTable.Row existing = stored.get(m.date + "/" + home + "/" + away);
            boolean swapped = false;
            if (existing == null && m.orientationFree()) {
                existing = stored.get(m.date + "/" + away + "/" + home);
                swapped = existing != null;
            }
            if (existing == null) {
                fresh.add(m);
                continue;
            }
            ids.put(m.key(), existing.id());
            MatchTable.Row merged = merged(existing, m, swapped, clubIds);
            if (merged.equals(existing)) {
                unchanged++;
            } else {
                completed.add(merged);
            }
        }
        table.update(completed);
        table.insert(fresh.stream().map(m -> row(m, clubIds)).toList());
        report.matchesStored(fresh.size(), completed.size(), unchanged);
        Map<String, MatchTable.Row> inserted = byDayAndClubs(table.playedOn(fresh.stream().map(m -> m.date).distinct().toList()));
        for (MergedMatch m : fresh) {
            ids.put(m.key(), inserted.get(m.date + "/" + clubIds.get(m.home.identity()) + "/" + clubIds.get(m.away.identity())).id());
        }
        return ids;
    }

    private static Map<String, MatchTable.Row> byDayAndClubs(List<MatchTable.Row> rows) {
        Map<String, MatchTable.Row> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.date() + "/" + r.homeClubId() + "/" + r.awayClubId(), r));
        return byKey;
    }

    /** A match new to the database, as its sources give it. */
    private static MatchTable.Row row(MergedMatch m, Map<String, Long> clubIds) {
        return new MatchTable.Row(null, m.competition, m.season, m.round, m.roundKind.name(), m.leg, m.replay, m.date,
                clubIds.get(m.home.identity()), clubIds.get(m.away.identity()), m.halfTime, m.fullTime, m.afterExtraTime, m.penalties,
                m.venue, Boolean.TRUE.equals(m.neutral), m.behindClosedDoors, String.join(",", m.sources),
                m.statedTieWinner == null ? null : clubIds.get(m.statedTieWinner.identity()), m.statedDecision, m.awarded, m.abandoned,
                false);
    }

    /** The stored match with what this import's sources add to it, or correct in it. */
    private MatchTable.Row merged(MatchTable.Row s, MergedMatch m, boolean swapped, Map<String, Long> clubIds) {
        String where = m.firstSeenAt + ": " + MatchMerger.describe(m);
        Score fullTime;
        Score halfTime;
        Score extraTime;
        Score penalties;
        Long incomingWinner = m.statedTieWinner == null ? null : clubIds.get(m.statedTieWinner.identity());
        Long statedWinner;
        String statedDecision;
        if (m.corrected) {
            fullTime = MatchMerger.orient(m.fullTime, swapped);
            halfTime = first(MatchMerger.orient(m.halfTime, swapped), s.halfTime());
            extraTime = MatchMerger.orient(m.afterExtraTime, swapped);
            penalties = MatchMerger.orient(m.penalties, swapped);
            statedWinner = incomingWinner;
            statedDecision = m.statedDecision;
        } else {
            fullTime = s.fullTime();
            disagree(where, "full-time score", s.fullTime(), MatchMerger.orient(m.fullTime, swapped));
            disagree(where, "score after extra time", s.afterExtraTime(), MatchMerger.orient(m.afterExtraTime, swapped));
            disagree(where, "shoot-out", s.penalties(), MatchMerger.orient(m.penalties, swapped));
            halfTime = first(s.halfTime(), MatchMerger.orient(m.halfTime, swapped));
            extraTime = first(s.afterExtraTime(), MatchMerger.orient(m.afterExtraTime, swapped));
            penalties = first(s.penalties(), MatchMerger.orient(m.penalties, swapped));
            statedWinner = first(s.statedTieWinnerId(), incomingWinner);
            statedDecision = first(s.statedDecision(), m.statedDecision);
        }
        Score awarded = first(MatchMerger.orient(m.awarded, swapped), s.awarded());
        Boolean abandoned = first(m.abandoned, s.abandoned());
        // curated venues and closed doors are reviewed facts: they win over what is stored
        String venue = first(m.venue, s.venue());
        boolean neutral = first(m.neutral, s.neutral());
        Boolean closedDoors = first(m.behindClosedDoors, s.behindClosedDoors());
        Set<String> sources = new LinkedHashSet<>(List.of(s.sources().split(",")));
        sources.addAll(m.sources);
        return new MatchTable.Row(s.id(), s.competition(), s.season(), s.round(), s.roundKind(), s.leg(), s.replay(), s.date(), s.homeClubId(),
                s.awayClubId(), halfTime, fullTime, extraTime, penalties, venue, neutral, closedDoors, String.join(",", sources), statedWinner,
                statedDecision, awarded, abandoned, s.goalsComplete());
    }

    private void disagree(String where, String what, Score stored, Score incoming) {
        if (stored != null && incoming != null && !stored.equals(incoming)) {
            report.conflict(where + ": " + what + " " + incoming + " here, " + stored + " stored; kept " + stored);
        }
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
