package io.remontada.importer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.remontada.common.NameKey;
import io.remontada.common.Score;
import io.remontada.importer.MergedMatch.MatchKey;

/**
 * Writes what the importer resolved into PostgreSQL with batched JDBC statements, inside the
 * import's one transaction. Every write is keyed by a natural key (a club's identity, a match's
 * day and clubs), so running the same import twice changes nothing the second time.
 */
final class ImportWriter {

    private final Connection connection;
    private final ImportReport report;

    ImportWriter(Connection connection, ImportReport report) {
        this.connection = connection;
        this.report = report;
    }

    void competitions(Map<String, String> names) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO competition (code, name) VALUES (?, ?) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name")) {
            for (Map.Entry<String, String> competition : names.entrySet()) {
                insert.setString(1, competition.getKey());
                insert.setString(2, competition.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Inserts the clubs not yet stored and every name they go by; returns the id of each identity. */
    Map<String, Long> clubs(Collection<ClubIdentity> clubs) throws SQLException {
        Map<String, Long> ids = clubIds(clubs);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO club (identity, name, country, founded, stadium, city) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (ClubIdentity club : clubs) {
                if (!ids.containsKey(club.identity())) {
                    insert.setString(1, club.identity());
                    insert.setString(2, club.name());
                    insert.setString(3, club.country());
                    setInteger(insert, 4, club.founded());
                    insert.setString(5, club.stadium());
                    insert.setString(6, club.city());
                    insert.addBatch();
                    report.clubsInserted++;
                }
            }
            insert.executeBatch();
        }
        ids = clubIds(clubs);
        try (PreparedStatement alias = connection.prepareStatement(
                "INSERT INTO club_alias (club_id, alias, name_key) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (ClubIdentity club : clubs) {
                for (String name : club.names()) {
                    String key = NameKey.of(name);
                    if (!key.isEmpty()) {
                        alias.setLong(1, ids.get(club.identity()));
                        alias.setString(2, name);
                        alias.setString(3, key);
                        alias.addBatch();
                    }
                }
            }
            alias.executeBatch();
        }
        return ids;
    }

    private Map<String, Long> clubIds(Collection<ClubIdentity> clubs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT identity, id FROM club WHERE identity = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", clubs.stream().map(ClubIdentity::identity).toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return ids;
    }

    /** A stored match, as far as merging needs it. */
    private record Stored(long id, long home, long away, Score fullTime, Score halfTime, Score afterExtraTime, Score penalties,
            String venue, Boolean neutral, Boolean behindClosedDoors, String sources, Long statedWinner, String statedDecision,
            Score awarded, Boolean abandoned) {
    }

    /**
     * Inserts the matches not yet stored; completes stored ones with what they lack. A stored score
     * is never overwritten, a disagreement is reported and the stored value kept, unless a reviewed
     * correction applied to the match: then what the corrected sources say wins over what an import
     * of the uncorrected ones stored.
     *
     * @return the id of every match, by the merged match's key
     */
    Map<MatchKey, Long> matches(List<MergedMatch> matches, Map<String, Long> clubIds) throws SQLException {
        Map<String, Stored> stored = storedOn(matches.stream().map(m -> m.date).distinct().toList());
        Map<MatchKey, Long> ids = new HashMap<>();
        List<MergedMatch> fresh = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE match SET ht_home = ?, ht_away = ?, aet_home = ?, aet_away = ?, pen_home = ?, pen_away = ?, venue = ?,
                       neutral = ?, behind_closed_doors = ?, sources = ?, stated_tie_winner_id = ?, stated_decision = ?,
                       ft_home = ?, ft_away = ?, awarded_home = ?, awarded_away = ?, abandoned = ?
                WHERE id = ?""")) {
            for (MergedMatch m : matches) {
                long home = clubIds.get(m.home.identity());
                long away = clubIds.get(m.away.identity());
                Stored existing = stored.get(m.date + "/" + home + "/" + away);
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
                if (completes(update, existing, m, swapped, clubIds)) {
                    update.addBatch();
                    report.updated++;
                } else {
                    report.unchanged++;
                }
            }
            update.executeBatch();
        }
        insert(fresh, clubIds);
        report.inserted += fresh.size();
        Map<String, Stored> after = storedOn(fresh.stream().map(m -> m.date).distinct().toList());
        for (MergedMatch m : fresh) {
            ids.put(m.key(), after.get(m.date + "/" + clubIds.get(m.home.identity()) + "/" + clubIds.get(m.away.identity())).id());
        }
        return ids;
    }

    private boolean completes(PreparedStatement update, Stored s, MergedMatch m, boolean swapped, Map<String, Long> clubIds) throws SQLException {
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
            statedWinner = first(s.statedWinner(), incomingWinner);
            statedDecision = first(s.statedDecision(), m.statedDecision);
        }
        Score awarded = first(MatchMerger.orient(m.awarded, swapped), s.awarded());
        Boolean abandoned = first(m.abandoned, s.abandoned());
        // curated venues and closed doors are reviewed facts: they win over what is stored
        String venue = first(m.venue, s.venue());
        Boolean neutral = first(m.neutral, s.neutral());
        Boolean closedDoors = first(m.behindClosedDoors, s.behindClosedDoors());
        Set<String> sources = new LinkedHashSet<>(List.of(s.sources().split(",")));
        sources.addAll(m.sources);
        String allSources = String.join(",", sources);
        boolean changed = !Objects.equals(fullTime, s.fullTime()) || !Objects.equals(awarded, s.awarded())
                || !Objects.equals(abandoned, s.abandoned()) || !Objects.equals(halfTime, s.halfTime()) || !Objects.equals(extraTime, s.afterExtraTime())
                || !Objects.equals(penalties, s.penalties()) || !Objects.equals(venue, s.venue()) || !Objects.equals(neutral, s.neutral())
                || !Objects.equals(closedDoors, s.behindClosedDoors()) || !allSources.equals(s.sources())
                || !Objects.equals(statedWinner, s.statedWinner()) || !Objects.equals(statedDecision, s.statedDecision());
        if (changed) {
            setScore(update, 1, halfTime);
            setScore(update, 3, extraTime);
            setScore(update, 5, penalties);
            update.setString(7, venue);
            update.setBoolean(8, Boolean.TRUE.equals(neutral));
            setBoolean(update, 9, closedDoors);
            update.setString(10, allSources);
            setLong(update, 11, statedWinner);
            update.setString(12, statedDecision);
            setScore(update, 13, fullTime);
            setScore(update, 15, awarded);
            setBoolean(update, 17, abandoned);
            update.setLong(18, s.id());
        }
        return changed;
    }

    private void disagree(String where, String what, Score stored, Score incoming) {
        if (stored != null && incoming != null && !stored.equals(incoming)) {
            report.conflicts.add(where + ": " + what + " " + incoming + " here, " + stored + " stored; kept " + stored);
        }
    }

    private void insert(List<MergedMatch> fresh, Map<String, Long> clubIds) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO match (competition, season, round, round_kind, leg, replay, match_date, home_club_id, away_club_id,
                                   ht_home, ht_away, ft_home, ft_away, aet_home, aet_away, pen_home, pen_away, venue, neutral,
                                   behind_closed_doors, sources, stated_tie_winner_id, stated_decision, awarded_home, awarded_away,
                                   abandoned)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (MergedMatch m : fresh) {
                insert.setString(1, m.competition);
                insert.setString(2, m.season);
                insert.setString(3, m.round);
                insert.setString(4, m.roundKind.name());
                setInteger(insert, 5, m.leg);
                insert.setBoolean(6, m.replay);
                insert.setDate(7, Date.valueOf(m.date));
                insert.setLong(8, clubIds.get(m.home.identity()));
                insert.setLong(9, clubIds.get(m.away.identity()));
                setScore(insert, 10, m.halfTime);
                setScore(insert, 12, m.fullTime);
                setScore(insert, 14, m.afterExtraTime);
                setScore(insert, 16, m.penalties);
                insert.setString(18, m.venue);
                insert.setBoolean(19, Boolean.TRUE.equals(m.neutral));
                setBoolean(insert, 20, m.behindClosedDoors);
                insert.setString(21, String.join(",", m.sources));
                setLong(insert, 22, m.statedTieWinner == null ? null : clubIds.get(m.statedTieWinner.identity()));
                insert.setString(23, m.statedDecision);
                setScore(insert, 24, m.awarded);
                setBoolean(insert, 26, m.abandoned);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private Map<String, Stored> storedOn(List<LocalDate> dates) throws SQLException {
        Map<String, Stored> stored = new HashMap<>();
        if (dates.isEmpty()) {
            return stored;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, match_date, home_club_id, away_club_id, ft_home, ft_away, ht_home, ht_away, aet_home, aet_away,
                       pen_home, pen_away, venue, neutral, behind_closed_doors, sources, stated_tie_winner_id, stated_decision,
                       awarded_home, awarded_away, abandoned
                FROM match WHERE match_date = ANY (?)""")) {
            select.setArray(1, dateArray(dates));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    Stored s = new Stored(r.getLong(1), r.getLong(3), r.getLong(4), score(r, 5), score(r, 7), score(r, 9), score(r, 11),
                            r.getString(13), r.getBoolean(14), (Boolean) r.getObject(15), r.getString(16), (Long) r.getObject(17),
                            r.getString(18), score(r, 19), (Boolean) r.getObject(21));
                    stored.put(r.getDate(2).toLocalDate() + "/" + s.home() + "/" + s.away(), s);
                }
            }
        }
        return stored;
    }

    private Array dateArray(List<LocalDate> dates) throws SQLException {
        return connection.createArrayOf("date", dates.stream().map(Date::valueOf).toArray());
    }

    static Score score(ResultSet r, int column) throws SQLException {
        int home = r.getInt(column);
        return r.wasNull() ? null : new Score(home, r.getInt(column + 1));
    }

    static void setScore(PreparedStatement s, int column, Score score) throws SQLException {
        setInteger(s, column, score == null ? null : score.home());
        setInteger(s, column + 1, score == null ? null : score.away());
    }

    static void setInteger(PreparedStatement s, int column, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.INTEGER);
        } else {
            s.setInt(column, value);
        }
    }

    static void setLong(PreparedStatement s, int column, Long value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.BIGINT);
        } else {
            s.setLong(column, value);
        }
    }

    static void setBoolean(PreparedStatement s, int column, Boolean value) throws SQLException {
        if (value == null) {
            s.setNull(column, Types.BOOLEAN);
        } else {
            s.setBoolean(column, value);
        }
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }
}
