package io.remontada.importer;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.remontada.common.Score;
import io.remontada.match.Season;
import io.remontada.rules.ComebackEngine;
import io.remontada.rules.GoalFacts;
import io.remontada.rules.MatchFacts;
import io.remontada.rules.Occasion;
import io.remontada.rules.TieFacts;
import io.remontada.rules.TieOutcome;
import io.remontada.rules.TieRules;

/**
 * Derives what follows from the stored matches of the seasons an import touched: the ties (legs
 * paired, aggregate, winner and how it was decided) and every deficit a side faced, which the
 * comeback queries count. Derived once per change, so no request recomputes it; the rules live in
 * the plain-Java engine ({@link TieRules}, {@link ComebackEngine}), this class only feeds it and
 * stores its answers.
 */
final class RecordDeriver {

    /** A competition's season: the unit an import touches and re-derives. */
    record SeasonKey(String competition, String season) {
        String text() {
            return competition + "/" + season;
        }
    }

    private record StoredMatch(long id, String competition, String season, String round, String roundKind, Integer leg,
            boolean replay, LocalDate date, long home, long away, Score fullTime, Score afterExtraTime, Score penalties,
            boolean behindClosedDoors, boolean goalsComplete, Long statedWinner, String statedDecision, Score awarded) {
    }

    private record TieKey(String competition, String season, String round, long low, long high) {
    }

    private record Spell(long personId, long clubId, LocalDate from, LocalDate to) {
    }

    private final Connection connection;
    private final ImportReport report;
    private final KnownDisagreements known;
    private final Map<Long, String> clubNames = new HashMap<>();

    RecordDeriver(Connection connection, ImportReport report, KnownDisagreements known) {
        this.connection = connection;
        this.report = report;
        this.known = known;
    }

    void derive(Set<SeasonKey> seasons) throws SQLException {
        if (seasons.isEmpty()) {
            return;
        }
        String[] seasonTexts = seasons.stream().map(SeasonKey::text).toArray(String[]::new);
        List<StoredMatch> matches = matches(seasonTexts);
        Map<Long, List<GoalFacts>> goals = goals(seasonTexts);
        loadClubNames();

        Map<TieKey, List<StoredMatch>> tieMatches = new LinkedHashMap<>();
        for (StoredMatch m : matches) {
            if (!m.roundKind().equals("GROUP")) {
                tieMatches.computeIfAbsent(new TieKey(m.competition(), m.season(), m.round(), Math.min(m.home(), m.away()),
                        Math.max(m.home(), m.away())), k -> new ArrayList<>()).add(m);
            }
        }
        Map<TieKey, TieFacts> facts = new LinkedHashMap<>();
        Map<TieKey, TieOutcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<TieKey, List<StoredMatch>> tie : tieMatches.entrySet()) {
            TieFacts tieFacts = tieFacts(tie.getValue(), goals);
            facts.put(tie.getKey(), tieFacts);
            outcomes.put(tie.getKey(), TieRules.decide(tieFacts));
        }
        Map<TieKey, Long> tieIds = storeTies(seasonTexts, tieMatches, outcomes);
        report.ties += tieIds.size();
        facts.replaceAll((key, tie) -> new TieFacts(tieIds.get(key), tie.competition(), tie.seasonStartYear(), tie.round(), tie.twoLegged(),
                tie.matches(), tie.statedWinnerId(), tie.statedDecision()));
        facts.forEach((key, tie) -> reportDisagreements(key, tie, outcomes.get(key)));
        storeOccasions(seasonTexts, matches, goals, tieMatches, facts, outcomes, tieIds);
    }

    /** Outcomes computed from the record that differ from what a source states, each with its reviewed explanation or flagged. */
    private void reportDisagreements(TieKey key, TieFacts tie, TieOutcome outcome) {
        for (String disagreement : TieRules.decide(tie).disagreements()) {
            String clubs = clubNames.get(outcome.clubAId()) + " v " + clubNames.get(outcome.clubBId());
            String explanation = known.explain(key.season(), key.round(), clubNames.get(outcome.clubAId()), clubNames.get(outcome.clubBId()));
            if (explanation == null) {
                report.unexplainedDisagreements++;
            }
            report.tieDisagreements.add(disagreement + " | " + key.season() + " " + key.round() + " " + clubs
                    + (explanation == null ? " | UNEXPLAINED" : " | explained: " + explanation));
        }
    }

    private TieFacts tieFacts(List<StoredMatch> matches, Map<Long, List<GoalFacts>> goals) {
        List<StoredMatch> ordered = new ArrayList<>(matches);
        // the stated leg first: engsoccerdata dates both legs of five 1982-83 ties alike
        ordered.sort(Comparator.comparing(StoredMatch::replay).thenComparing(StoredMatch::leg, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoredMatch::date).thenComparing(StoredMatch::id));
        StoredMatch first = ordered.get(0);
        boolean twoLegged = ordered.stream().anyMatch(m -> m.leg() != null);
        Long statedWinner = ordered.stream().map(StoredMatch::statedWinner).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String statedDecision = ordered.stream().map(StoredMatch::statedDecision).filter(java.util.Objects::nonNull)
                // Football.TXT gives only the awarded score of a match never played ([awarded]): what engsoccerdata calls a walkover
                .map(d -> d.equals("awarded") ? TieFacts.WALKOVER : d).findFirst().orElse(null);
        if (statedWinner == null && ordered.stream().anyMatch(m -> "awarded".equals(m.statedDecision()))) {
            statedWinner = awardedWinner(ordered);
        }
        List<MatchFacts> matchFacts = ordered.stream().map(m -> matchFacts(m, goals)).toList();
        return new TieFacts(0, first.competition(), Season.startYear(first.season()), first.round(), twoLegged, matchFacts,
                statedWinner, statedDecision);
    }

    /** Football.TXT states no tie winner, but an awarded score does: the side it gives more goals to. */
    private static Long awardedWinner(List<StoredMatch> matches) {
        long a = matches.get(0).home();
        int balance = 0;
        for (StoredMatch m : matches) {
            Score score = m.awarded() != null ? m.awarded() : m.fullTime();
            balance += (m.home() == a ? 1 : -1) * (score.home() - score.away());
        }
        return balance == 0 ? null : balance > 0 ? a : matches.get(0).away();
    }

    /** A match as the rules see it: the scores played, and the one UEFA awarded instead where it did (Leeds v Stuttgart 1992). */
    private static MatchFacts matchFacts(StoredMatch m, Map<Long, List<GoalFacts>> goals) {
        return new MatchFacts(m.id(), m.date(), m.home(), m.away(), m.fullTime(), m.afterExtraTime(), m.penalties(),
                m.goalsComplete() ? goals.getOrDefault(m.id(), List.of()) : null, m.replay(), m.behindClosedDoors(), m.awarded());
    }

    private Map<TieKey, Long> storeTies(String[] seasons, Map<TieKey, List<StoredMatch>> tieMatches, Map<TieKey, TieOutcome> outcomes)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO tie (competition, season, round, club_a_id, club_b_id, two_legged, aggregate_a, aggregate_b,
                                 winner_club_id, decided_by, last_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (competition, season, round, club_a_id, club_b_id) DO UPDATE SET
                    two_legged = EXCLUDED.two_legged, aggregate_a = EXCLUDED.aggregate_a, aggregate_b = EXCLUDED.aggregate_b,
                    winner_club_id = EXCLUDED.winner_club_id, decided_by = EXCLUDED.decided_by, last_date = EXCLUDED.last_date
                WHERE (tie.two_legged, tie.aggregate_a, tie.aggregate_b, tie.winner_club_id, tie.decided_by, tie.last_date)
                      IS DISTINCT FROM (EXCLUDED.two_legged, EXCLUDED.aggregate_a, EXCLUDED.aggregate_b, EXCLUDED.winner_club_id,
                                        EXCLUDED.decided_by, EXCLUDED.last_date)""")) {
            for (Map.Entry<TieKey, TieOutcome> entry : outcomes.entrySet()) {
                TieKey key = entry.getKey();
                TieOutcome outcome = entry.getValue();
                List<StoredMatch> legs = tieMatches.get(key);
                upsert.setString(1, key.competition());
                upsert.setString(2, key.season());
                upsert.setString(3, key.round());
                upsert.setLong(4, outcome.clubAId());
                upsert.setLong(5, outcome.clubBId());
                upsert.setBoolean(6, legs.stream().anyMatch(m -> m.leg() != null));
                upsert.setInt(7, outcome.aggregateA());
                upsert.setInt(8, outcome.aggregateB());
                ImportWriter.setLong(upsert, 9, outcome.winnerId());
                upsert.setString(10, outcome.decidedBy() == null ? null : outcome.decidedBy().name());
                upsert.setDate(11, Date.valueOf(legs.stream().map(StoredMatch::date).max(LocalDate::compareTo).orElseThrow()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        Map<TieKey, Long> ids = new HashMap<>();
        List<Long> keep = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, competition, season, round, club_a_id, club_b_id FROM tie WHERE competition || '/' || season = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", seasons));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    long a = r.getLong(5);
                    long b = r.getLong(6);
                    TieKey key = new TieKey(r.getString(2), r.getString(3), r.getString(4), Math.min(a, b), Math.max(a, b));
                    if (outcomes.containsKey(key) && outcomes.get(key).clubAId() == a) {
                        ids.put(key, r.getLong(1));
                        keep.add(r.getLong(1));
                    }
                }
            }
        }
        try (PreparedStatement stale = connection.prepareStatement(
                "DELETE FROM tie WHERE competition || '/' || season = ANY (?) AND NOT (id = ANY (?))")) {
            stale.setArray(1, connection.createArrayOf("text", seasons));
            stale.setArray(2, connection.createArrayOf("bigint", keep.toArray()));
            stale.executeUpdate();
        }
        try (PreparedStatement link = connection.prepareStatement(
                "UPDATE match SET tie_id = ? WHERE id = ? AND tie_id IS DISTINCT FROM ?")) {
            for (Map.Entry<TieKey, List<StoredMatch>> tie : tieMatches.entrySet()) {
                for (StoredMatch m : tie.getValue()) {
                    link.setLong(1, ids.get(tie.getKey()));
                    link.setLong(2, m.id());
                    link.setLong(3, ids.get(tie.getKey()));
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
        return ids;
    }

    private void storeOccasions(String[] seasons, List<StoredMatch> matches, Map<Long, List<GoalFacts>> goals,
            Map<TieKey, List<StoredMatch>> tieMatches, Map<TieKey, TieFacts> facts, Map<TieKey, TieOutcome> outcomes,
            Map<TieKey, Long> tieIds) throws SQLException {
        List<Occasion> occasions = new ArrayList<>();
        Map<Long, StoredMatch> byId = new HashMap<>();
        matches.forEach(m -> byId.put(m.id(), m));
        Map<Long, TieKey> tieOfMatch = new HashMap<>();
        for (Map.Entry<TieKey, TieFacts> entry : facts.entrySet()) {
            TieFacts tie = entry.getValue();
            TieOutcome outcome = outcomes.get(entry.getKey());
            // deficits are those the awarded results left, as the clubs faced them (Steaua v Paris 1997-98: 3-0 down)
            occasions.addAll(ComebackEngine.firstLeg(tie.settled(), outcome));
            occasions.addAll(ComebackEngine.wholeTie(tie.settled(), outcome));
            tieMatches.get(entry.getKey()).forEach(m -> tieOfMatch.put(m.id(), entry.getKey()));
        }
        for (StoredMatch m : matches) {
            if (m.goalsComplete()) {
                TieKey tie = tieOfMatch.get(m.id());
                boolean singleMatchKnockout = tie != null && !facts.get(tie).twoLegged();
                occasions.addAll(ComebackEngine.match(matchFacts(m, goals).settled(), singleMatchKnockout,
                        singleMatchKnockout ? outcomes.get(tie) : null));
            }
        }
        List<Spell> spells = spells();
        // Only the occasions that no longer follow from the record go; the others are updated in place and keep their
        // ids, which clients' cursors end in.
        try (PreparedStatement stale = connection.prepareStatement("""
                DELETE FROM deficit_occasion WHERE competition || '/' || season = ANY (?)
                AND (scope, club_id, match_id) NOT IN (SELECT * FROM unnest(cast(? AS text[]), cast(? AS bigint[]), cast(? AS bigint[])))""")) {
            stale.setArray(1, connection.createArrayOf("text", seasons));
            stale.setArray(2, connection.createArrayOf("text", occasions.stream().map(o -> o.scope().name()).toArray()));
            stale.setArray(3, connection.createArrayOf("bigint", occasions.stream().map(Occasion::clubId).toArray()));
            stale.setArray(4, connection.createArrayOf("bigint", occasions.stream().map(Occasion::matchId).toArray()));
            stale.executeUpdate();
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO deficit_occasion (scope, club_id, opponent_id, deficit, overturned, competition, season, round, tie_id,
                                              match_id, occurred_on, decided_by, behind_closed_doors, second_leg_at_home, manager_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (scope, club_id, match_id) DO UPDATE SET
                    opponent_id = EXCLUDED.opponent_id, deficit = EXCLUDED.deficit, overturned = EXCLUDED.overturned,
                    competition = EXCLUDED.competition, season = EXCLUDED.season, round = EXCLUDED.round, tie_id = EXCLUDED.tie_id,
                    occurred_on = EXCLUDED.occurred_on, decided_by = EXCLUDED.decided_by,
                    behind_closed_doors = EXCLUDED.behind_closed_doors, second_leg_at_home = EXCLUDED.second_leg_at_home,
                    manager_id = EXCLUDED.manager_id
                WHERE (deficit_occasion.opponent_id, deficit_occasion.deficit, deficit_occasion.overturned, deficit_occasion.competition,
                       deficit_occasion.season, deficit_occasion.round, deficit_occasion.tie_id, deficit_occasion.occurred_on,
                       deficit_occasion.decided_by, deficit_occasion.behind_closed_doors, deficit_occasion.second_leg_at_home,
                       deficit_occasion.manager_id)
                      IS DISTINCT FROM (EXCLUDED.opponent_id, EXCLUDED.deficit, EXCLUDED.overturned, EXCLUDED.competition, EXCLUDED.season,
                                        EXCLUDED.round, EXCLUDED.tie_id, EXCLUDED.occurred_on, EXCLUDED.decided_by,
                                        EXCLUDED.behind_closed_doors, EXCLUDED.second_leg_at_home, EXCLUDED.manager_id)""")) {
            for (Occasion o : occasions) {
                StoredMatch match = byId.get(o.matchId());
                TieKey tie = tieOfMatch.get(o.matchId());
                upsert.setString(1, o.scope().name());
                upsert.setLong(2, o.clubId());
                upsert.setLong(3, o.opponentId());
                upsert.setInt(4, o.deficit());
                upsert.setBoolean(5, o.overturned());
                upsert.setString(6, match.competition());
                upsert.setString(7, match.season());
                upsert.setString(8, match.round());
                ImportWriter.setLong(upsert, 9, tie == null ? null : tieIds.get(tie));
                upsert.setLong(10, o.matchId());
                upsert.setDate(11, Date.valueOf(o.date()));
                upsert.setString(12, o.decidedBy() == null ? null : o.decidedBy().name());
                upsert.setBoolean(13, o.behindClosedDoors());
                upsert.setBoolean(14, o.secondLegAtHome());
                ImportWriter.setLong(upsert, 15, managerOn(spells, o.clubId(), o.date()));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        report.deficitOccasions += occasions.size();
        try (PreparedStatement clear = connection.prepareStatement("DELETE FROM deficit_tally WHERE competition || '/' || season = ANY (?)");
                PreparedStatement tally = connection.prepareStatement("""
                        INSERT INTO deficit_tally (scope, competition, season, round, deficit, overturned, occasions)
                        SELECT scope, competition, season, round, deficit, overturned, count(*) FROM deficit_occasion
                        WHERE competition || '/' || season = ANY (?) GROUP BY scope, competition, season, round, deficit, overturned""")) {
            clear.setArray(1, connection.createArrayOf("text", seasons));
            clear.executeUpdate();
            tally.setArray(1, connection.createArrayOf("text", seasons));
            tally.executeUpdate();
        }
    }

    /**
     * The club's manager on that day. A spell known only to the month covers its whole first and
     * last month, so a match in the month two spells share is attributed to neither rather than guessed.
     */
    private static Long managerOn(List<Spell> spells, long clubId, LocalDate date) {
        List<Long> managers = spells.stream()
                .filter(s -> s.clubId() == clubId && !date.isBefore(s.from()) && (s.to() == null || !date.isAfter(s.to())))
                .map(Spell::personId).distinct().toList();
        return managers.size() == 1 ? managers.get(0) : null;
    }

    private List<Spell> spells() throws SQLException {
        List<Spell> spells = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT person_id, club_id, from_date, to_date, to_precision FROM manager_spell");
                ResultSet r = select.executeQuery()) {
            while (r.next()) {
                LocalDate to = r.getDate(4) == null ? null : r.getDate(4).toLocalDate();
                if (to != null && "MONTH".equals(r.getString(5))) {
                    to = to.withDayOfMonth(to.lengthOfMonth());
                }
                spells.add(new Spell(r.getLong(1), r.getLong(2), r.getDate(3).toLocalDate(), to));
            }
        }
        return spells;
    }

    private List<StoredMatch> matches(String[] seasons) throws SQLException {
        List<StoredMatch> matches = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, competition, season, round, round_kind, leg, replay, match_date, home_club_id, away_club_id,
                       ft_home, ft_away, aet_home, aet_away, pen_home, pen_away, behind_closed_doors, goals_complete,
                       stated_tie_winner_id, stated_decision, awarded_home, awarded_away
                FROM match WHERE competition || '/' || season = ANY (?) ORDER BY match_date, id""")) {
            select.setArray(1, connection.createArrayOf("text", seasons));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    matches.add(new StoredMatch(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            (Integer) (r.getObject(6) == null ? null : r.getInt(6)), r.getBoolean(7), r.getDate(8).toLocalDate(),
                            r.getLong(9), r.getLong(10), ImportWriter.score(r, 11), ImportWriter.score(r, 13), ImportWriter.score(r, 15),
                            r.getBoolean(17), r.getBoolean(18), (Long) r.getObject(19), r.getString(20), ImportWriter.score(r, 21)));
                }
            }
        }
        return matches;
    }

    private Map<Long, List<GoalFacts>> goals(String[] seasons) throws SQLException {
        Map<Long, List<GoalFacts>> goals = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT g.match_id, g.minute, g.stoppage, g.club_id FROM goal g JOIN match m ON m.id = g.match_id
                WHERE m.competition || '/' || m.season = ANY (?) AND m.goals_complete ORDER BY g.match_id, g.seq""")) {
            select.setArray(1, connection.createArrayOf("text", seasons));
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    goals.computeIfAbsent(r.getLong(1), id -> new ArrayList<>())
                            .add(new GoalFacts(r.getInt(2), (Integer) (r.getObject(3) == null ? null : r.getInt(3)), r.getLong(4)));
                }
            }
        }
        return goals;
    }

    private void loadClubNames() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, name FROM club"); ResultSet r = select.executeQuery()) {
            while (r.next()) {
                clubNames.put(r.getLong(1), r.getString(2));
            }
        }
    }
}
