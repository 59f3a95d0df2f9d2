package io.remontada.importer;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.remontada.common.Score;
import io.remontada.importer.tables.ClubTable;
import io.remontada.importer.tables.DeficitTable;
import io.remontada.importer.tables.GoalTable;
import io.remontada.importer.tables.ManagerSpellTable;
import io.remontada.importer.tables.MatchTable;
import io.remontada.importer.tables.TieTable;
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

    private record TieKey(String competition, String season, String round, long low, long high) {
    }

    private record Spell(long personId, long clubId, LocalDate from, LocalDate to) {
    }

    private final Connection connection;
    private final ImportReport report;
    private final KnownDisagreements known;

    RecordDeriver(Connection connection, ImportReport report, KnownDisagreements known) {
        this.connection = connection;
        this.report = report;
        this.known = known;
    }

    void derive(Set<SeasonKey> touched) throws SQLException {
        if (touched.isEmpty()) {
            return;
        }
        List<String> seasons = touched.stream().map(SeasonKey::text).toList();
        List<MatchTable.Row> matches = new MatchTable(connection).inSeasons(seasons);
        Map<Long, List<GoalFacts>> goals = new HashMap<>();
        new GoalTable(connection).ofCompleteMatchesIn(seasons).forEach((match, rows) -> goals.put(match, rows.stream().map(GoalStore::facts).toList()));
        Map<Long, String> clubNames = new ClubTable(connection).names();

        Map<TieKey, List<MatchTable.Row>> tieMatches = new LinkedHashMap<>();
        for (MatchTable.Row m : matches) {
            if (!m.roundKind().equals("GROUP")) {
                tieMatches.computeIfAbsent(new TieKey(m.competition(), m.season(), m.round(), Math.min(m.homeClubId(), m.awayClubId()),
                        Math.max(m.homeClubId(), m.awayClubId())), k -> new ArrayList<>()).add(m);
            }
        }
        Map<TieKey, TieFacts> facts = new LinkedHashMap<>();
        Map<TieKey, TieOutcome> outcomes = new LinkedHashMap<>();
        for (Map.Entry<TieKey, List<MatchTable.Row>> tie : tieMatches.entrySet()) {
            TieFacts tieFacts = tieFacts(tie.getValue(), goals);
            facts.put(tie.getKey(), tieFacts);
            outcomes.put(tie.getKey(), TieRules.decide(tieFacts));
        }
        Map<TieKey, Long> tieIds = storeTies(seasons, tieMatches, outcomes);
        facts.replaceAll((key, tie) -> new TieFacts(tieIds.get(key), tie.competition(), tie.seasonStartYear(), tie.round(), tie.twoLegged(),
                tie.matches(), tie.statedWinnerId(), tie.statedDecision()));
        facts.forEach((key, tie) -> reportDisagreements(key, tie, outcomes.get(key), clubNames));
        int occasions = storeOccasions(seasons, matches, goals, tieMatches, facts, outcomes, tieIds);
        report.derived(tieIds.size(), occasions);
    }

    /** Outcomes computed from the record that differ from what a source states, each with its reviewed explanation or flagged. */
    private void reportDisagreements(TieKey key, TieFacts tie, TieOutcome outcome, Map<Long, String> clubNames) {
        for (String disagreement : TieRules.decide(tie).disagreements()) {
            String clubs = clubNames.get(outcome.clubAId()) + " v " + clubNames.get(outcome.clubBId());
            String explanation = known.explain(key.season(), key.round(), clubNames.get(outcome.clubAId()), clubNames.get(outcome.clubBId()));
            report.tieDisagreement(disagreement + " | " + key.season() + " " + key.round() + " " + clubs, explanation);
        }
    }

    private TieFacts tieFacts(List<MatchTable.Row> matches, Map<Long, List<GoalFacts>> goals) {
        List<MatchTable.Row> ordered = new ArrayList<>(matches);
        // the stated leg first: engsoccerdata dates both legs of five 1982-83 ties alike
        ordered.sort(Comparator.comparing(MatchTable.Row::replay).thenComparing(MatchTable.Row::leg, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MatchTable.Row::date).thenComparing(MatchTable.Row::id));
        MatchTable.Row first = ordered.get(0);
        boolean twoLegged = ordered.stream().anyMatch(m -> m.leg() != null);
        Long statedWinner = ordered.stream().map(MatchTable.Row::statedTieWinnerId).filter(Objects::nonNull).findFirst().orElse(null);
        String statedDecision = ordered.stream().map(MatchTable.Row::statedDecision).filter(Objects::nonNull)
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
    private static Long awardedWinner(List<MatchTable.Row> matches) {
        long a = matches.get(0).homeClubId();
        int balance = 0;
        for (MatchTable.Row m : matches) {
            Score score = m.awarded() != null ? m.awarded() : m.fullTime();
            balance += (m.homeClubId() == a ? 1 : -1) * (score.home() - score.away());
        }
        return balance == 0 ? null : balance > 0 ? a : matches.get(0).awayClubId();
    }

    /** A match as the rules see it: the scores played, and the one UEFA awarded instead where it did (Leeds v Stuttgart 1992). */
    private static MatchFacts matchFacts(MatchTable.Row m, Map<Long, List<GoalFacts>> goals) {
        return new MatchFacts(m.id(), m.date(), m.homeClubId(), m.awayClubId(), m.fullTime(), m.afterExtraTime(), m.penalties(),
                m.goalsComplete() ? goals.getOrDefault(m.id(), List.of()) : null, m.replay(), Boolean.TRUE.equals(m.behindClosedDoors()),
                m.awarded());
    }

    private Map<TieKey, Long> storeTies(List<String> seasons, Map<TieKey, List<MatchTable.Row>> tieMatches, Map<TieKey, TieOutcome> outcomes)
            throws SQLException {
        TieTable ties = new TieTable(connection);
        List<TieTable.Row> rows = new ArrayList<>();
        for (Map.Entry<TieKey, TieOutcome> entry : outcomes.entrySet()) {
            TieKey key = entry.getKey();
            TieOutcome outcome = entry.getValue();
            List<MatchTable.Row> legs = tieMatches.get(key);
            rows.add(new TieTable.Row(null, key.competition(), key.season(), key.round(), outcome.clubAId(), outcome.clubBId(),
                    legs.stream().anyMatch(m -> m.leg() != null), outcome.aggregateA(), outcome.aggregateB(), outcome.winnerId(),
                    outcome.decidedBy() == null ? null : outcome.decidedBy().name(),
                    legs.stream().map(MatchTable.Row::date).max(LocalDate::compareTo).orElseThrow()));
        }
        ties.upsert(rows);
        Map<TieKey, Long> ids = new HashMap<>();
        List<Long> keep = new ArrayList<>();
        for (TieTable.Row stored : ties.inSeasons(seasons)) {
            long a = stored.clubAId();
            long b = stored.clubBId();
            TieKey key = new TieKey(stored.competition(), stored.season(), stored.round(), Math.min(a, b), Math.max(a, b));
            if (outcomes.containsKey(key) && outcomes.get(key).clubAId() == a) {
                ids.put(key, stored.id());
                keep.add(stored.id());
            }
        }
        ties.deleteAllBut(seasons, keep);
        Map<Long, Long> tieIdOfMatch = new LinkedHashMap<>();
        tieMatches.forEach((key, legs) -> legs.forEach(m -> tieIdOfMatch.put(m.id(), ids.get(key))));
        new MatchTable(connection).linkTies(tieIdOfMatch);
        return ids;
    }

    /** @return how many occasions the seasons hold */
    private int storeOccasions(List<String> seasons, List<MatchTable.Row> matches, Map<Long, List<GoalFacts>> goals,
            Map<TieKey, List<MatchTable.Row>> tieMatches, Map<TieKey, TieFacts> facts, Map<TieKey, TieOutcome> outcomes,
            Map<TieKey, Long> tieIds) throws SQLException {
        List<Occasion> occasions = new ArrayList<>();
        Map<Long, MatchTable.Row> byId = new HashMap<>();
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
        for (MatchTable.Row m : matches) {
            if (m.goalsComplete()) {
                TieKey tie = tieOfMatch.get(m.id());
                boolean singleMatchKnockout = tie != null && !facts.get(tie).twoLegged();
                occasions.addAll(ComebackEngine.match(matchFacts(m, goals).settled(), singleMatchKnockout,
                        singleMatchKnockout ? outcomes.get(tie) : null));
            }
        }
        List<Spell> spells = spells();
        List<DeficitTable.Row> rows = new ArrayList<>();
        for (Occasion o : occasions) {
            MatchTable.Row match = byId.get(o.matchId());
            TieKey tie = tieOfMatch.get(o.matchId());
            rows.add(new DeficitTable.Row(o.scope().name(), o.clubId(), o.opponentId(), o.deficit(), o.overturned(), match.competition(),
                    match.season(), match.round(), tie == null ? null : tieIds.get(tie), o.matchId(), o.date(),
                    o.decidedBy() == null ? null : o.decidedBy().name(), o.behindClosedDoors(), o.secondLegAtHome(),
                    managerOn(spells, o.clubId(), o.date())));
        }
        new DeficitTable(connection).replace(seasons, rows);
        return rows.size();
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
        for (ManagerSpellTable.Row spell : new ManagerSpellTable(connection).all()) {
            LocalDate to = spell.to();
            if (to != null && "MONTH".equals(spell.toPrecision())) {
                to = to.withDayOfMonth(to.lengthOfMonth());
            }
            spells.add(new Spell(spell.personId(), spell.clubId(), spell.from(), to));
        }
        return spells;
    }
}
