package io.remontada.rules;

import io.remontada.common.Score;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides who went through a tie, and by which rule, from the matches alone, applying the rules in the order the
 * competition applied them in that season: aggregate over 90 minutes, away goals, extra time (where away goals scored
 * in it still counted double), penalties, then a replay or a coin toss. A comeback is only a comeback if the club went
 * through, so this decision has to be right for every season, not just the modern ones.
 */
public final class TieRules {

    /** The first season (1967-68) in which UEFA's club competitions counted away goals double on a level aggregate. */
    static final int FIRST_AWAY_GOALS_SEASON = 1967;
    /** The last season (2020-21) with away goals: see {@link #awayGoalsApply}. */
    static final int LAST_AWAY_GOALS_SEASON = 2020;

    /** The rules that count an awarded score itself; a replay, a shoot-out or a coin toss is decided after it. */
    private static final Set<TieDecision> RULES_THAT_READ_AN_AWARD = EnumSet.of(TieDecision.AGGREGATE, TieDecision.AWAY_GOALS,
            TieDecision.EXTRA_TIME, TieDecision.SINGLE_MATCH);

    private TieRules() {
    }

    /**
     * Whether away goals separated clubs level on aggregate in that competition and season.
     * <p>
     * The European Cup adopted the rule for 1967-68. UEFA abolished it in all its club competitions from 2021-22:
     * it had been brought in when travel, unfamiliar pitches and hostile crowds made winning away rare, and by then
     * home advantage had shrunk so far that the rule mostly made first-leg hosts play not to concede, and forced a
     * second-leg host to score twice in extra time once the visitor scored once. The UEFA Cup counted away goals from
     * its first season (1971-72) and the Conference League started in 2021-22 after the abolition, so the European
     * Cup's years give the right answer for every season those two competitions have actually played.
     *
     * @throws IllegalArgumentException for a competition other than UCL, UEL or UECL
     */
    public static boolean awayGoalsApply(String competition, int seasonStartYear) {
        return switch (competition) {
            case "UCL", "UEL", "UECL" ->
                    seasonStartYear >= FIRST_AWAY_GOALS_SEASON && seasonStartYear <= LAST_AWAY_GOALS_SEASON;
            default -> throw new IllegalArgumentException("unknown competition '" + competition
                    + "', expected UCL, UEL or UECL");
        };
    }

    /**
     * The tie's aggregate, winner and deciding rule. A stated walkover wins over the matches, which may be missing
     * (Vorwärts Berlin v Linfield, 1961-62: one leg played, the other never); a stated coin toss is only used once the
     * record itself is level after every other rule.
     * <p>
     * A result UEFA awarded in place of the one played counts in the aggregate and for away goals. The tie is
     * decided by {@link TieDecision#AWARDED} when the award changed who went through: the played scores would have
     * sent the other side through, or left the clubs level (Celtic v Legia Warszawa, 2014-15: Legia won 6-1 on the
     * pitch, the second leg was awarded 3-0 to Celtic, who went through). Where the award changed nothing (Steaua v
     * Paris Saint-Germain, 1997-98, first leg awarded 3-0 to Steaua, Paris through either way), or only levelled a
     * tie that a later match settled (Leeds v Stuttgart, 1992-93, won by Leeds in a replay), the rule that separated
     * the clubs stands.
     *
     * @throws IllegalArgumentException when the tie has no match (its clubs are then unknown) or a match involves
     *                                  another club
     */
    public static TieOutcome decide(TieFacts tie) {
        if (tie.matches().isEmpty()) {
            throw new IllegalArgumentException("tie " + tie.tieId() + " has no match, so its clubs are unknown");
        }
        MatchFacts first = tie.matches().get(0);
        long a = first.homeClubId();
        long b = first.awayClubId();
        for (MatchFacts match : tie.matches()) {
            if (!match.involves(a) || !match.involves(b)) {
                throw new IllegalArgumentException("tie " + tie.tieId() + ": match " + match.matchId()
                        + " is not between clubs " + a + " and " + b);
            }
        }
        TieFacts settled = tie.settled();
        int aggregateA = 0;
        int aggregateB = 0;
        for (MatchFacts leg : settled.legs()) {
            aggregateA += leg.goalsOf(a, leg.finalScore());
            aggregateB += leg.goalsOf(b, leg.finalScore());
        }
        Verdict verdict = verdict(settled, a, b);
        if (tie.hasAwardedResult() && RULES_THAT_READ_AN_AWARD.contains(verdict.decidedBy())
                && !Objects.equals(verdict(tie.played(), a, b).winnerId(), verdict.winnerId())) {
            verdict = new Verdict(verdict.winnerId(), TieDecision.AWARDED);
        }
        return new TieOutcome(a, b, aggregateA, aggregateB, verdict.winnerId(), verdict.decidedBy(),
                disagreements(settled, verdict, aggregateA, aggregateB));
    }

    private static Verdict verdict(TieFacts tie, long a, long b) {
        return tie.twoLegged() ? twoLegged(tie, a, b) : singleMatch(tie, a, b);
    }

    private record Verdict(Long winnerId, TieDecision decidedBy) {
        static final Verdict UNDECIDED = new Verdict(null, null);
    }

    private static Verdict twoLegged(TieFacts tie, long a, long b) {
        if (TieFacts.WALKOVER.equals(tie.statedDecision())) {
            return walkover(tie);
        }
        List<MatchFacts> legs = tie.legs();
        if (legs.size() < 2) {
            return Verdict.UNDECIDED;
        }
        MatchFacts first = legs.get(0);
        MatchFacts second = legs.get(1);
        boolean awayGoals = awayGoalsApply(tie.competition(), tie.seasonStartYear());

        Verdict afterNinety = byGoals(a, b, first, second, second.fullTime(), awayGoals, TieDecision.AGGREGATE);
        if (afterNinety != null) {
            return afterNinety;
        }
        if (second.afterExtraTime() != null) {
            // Extra time is only played when aggregate and away goals were level after 90 minutes, so an away goal
            // scored in it decides the tie unless the host answers with two (1-1 in extra time: the visitor goes through).
            Verdict afterExtraTime = byGoals(a, b, first, second, second.afterExtraTime(), awayGoals,
                    TieDecision.EXTRA_TIME);
            if (afterExtraTime != null) {
                return afterExtraTime;
            }
        }
        if (second.penalties() != null) {
            return new Verdict(shootOutWinner(second), TieDecision.PENALTIES);
        }
        return afterLevel(tie);
    }

    /** Aggregate over both legs with the second leg at {@code secondScore}, then away goals; null when still level. */
    private static Verdict byGoals(long a, long b, MatchFacts first, MatchFacts second, Score secondScore,
                                   boolean awayGoals, TieDecision onAggregate) {
        int goalsA = first.goalsOf(a, first.finalScore()) + second.goalsOf(a, secondScore);
        int goalsB = first.goalsOf(b, first.finalScore()) + second.goalsOf(b, secondScore);
        if (goalsA != goalsB) {
            return new Verdict(goalsA > goalsB ? a : b, onAggregate);
        }
        if (!awayGoals) {
            return null;
        }
        int awayA = awayGoalsOf(a, first, first.finalScore()) + awayGoalsOf(a, second, secondScore);
        int awayB = awayGoalsOf(b, first, first.finalScore()) + awayGoalsOf(b, second, secondScore);
        if (awayA != awayB) {
            return new Verdict(awayA > awayB ? a : b, TieDecision.AWAY_GOALS);
        }
        return null;
    }

    private static int awayGoalsOf(long club, MatchFacts match, Score score) {
        return club == match.awayClubId() ? score.away() : 0;
    }

    private static Verdict singleMatch(TieFacts tie, long a, long b) {
        if (TieFacts.WALKOVER.equals(tie.statedDecision())) {
            return walkover(tie);
        }
        MatchFacts match = tie.legs().get(0);
        Score fullTime = match.fullTime();
        if (fullTime.home() != fullTime.away()) {
            return new Verdict(leader(match, fullTime), TieDecision.SINGLE_MATCH);
        }
        Score afterExtraTime = match.afterExtraTime();
        if (afterExtraTime != null && afterExtraTime.home() != afterExtraTime.away()) {
            return new Verdict(leader(match, afterExtraTime), TieDecision.EXTRA_TIME);
        }
        if (match.penalties() != null) {
            return new Verdict(shootOutWinner(match), TieDecision.PENALTIES);
        }
        return afterLevel(tie);
    }

    /** The tie is level after its legs: the first replay with a winner decides, else a stated coin toss. */
    private static Verdict afterLevel(TieFacts tie) {
        for (MatchFacts replay : tie.replays()) {
            Long winner = matchWinner(replay);
            if (winner != null) {
                return new Verdict(winner, TieDecision.REPLAY);
            }
        }
        if (TieFacts.COIN_TOSS.equals(tie.statedDecision()) && tie.statedWinnerId() != null) {
            return new Verdict(tie.statedWinnerId(), TieDecision.COIN_TOSS);
        }
        return Verdict.UNDECIDED;
    }

    /** A side went through without the tie being played out: the source's word is all the record has. */
    private static Verdict walkover(TieFacts tie) {
        return tie.statedWinnerId() == null ? Verdict.UNDECIDED : new Verdict(tie.statedWinnerId(), TieDecision.WALKOVER);
    }

    /** Who won the match on its own: by its final score, then by its shoot-out; null when level with no shoot-out. */
    static Long matchWinner(MatchFacts match) {
        Score score = match.finalScore();
        if (score.home() != score.away()) {
            return leader(match, score);
        }
        return match.penalties() == null ? null : shootOutWinner(match);
    }

    private static long leader(MatchFacts match, Score score) {
        return score.home() > score.away() ? match.homeClubId() : match.awayClubId();
    }

    private static long shootOutWinner(MatchFacts match) {
        return leader(match, match.penalties());
    }

    private static List<String> disagreements(TieFacts tie, Verdict verdict, int aggregateA, int aggregateB) {
        List<String> found = new ArrayList<>();
        String where = "tie " + tie.tieId() + " (" + tie.competition() + " " + tie.seasonStartYear() + ", "
                + tie.round() + ", aggregate " + aggregateA + "-" + aggregateB + ")";
        if (tie.statedWinnerId() != null && !tie.statedWinnerId().equals(verdict.winnerId())) {
            found.add(where + ": the source says club " + tie.statedWinnerId() + " went through, the record "
                    + (verdict.winnerId() == null ? "cannot tell who did"
                    : "says club " + verdict.winnerId() + " by " + verdict.decidedBy()));
        }
        if (tie.statedDecision() != null) {
            TieDecision stated = switch (tie.statedDecision()) {
                case TieFacts.AWAY_GOALS -> TieDecision.AWAY_GOALS;
                case TieFacts.COIN_TOSS -> TieDecision.COIN_TOSS;
                default -> TieDecision.WALKOVER;
            };
            if (!Objects.equals(stated, verdict.decidedBy())) {
                found.add(where + ": the source says '" + tie.statedDecision() + "', the record says "
                        + (verdict.decidedBy() == null ? "nothing" : verdict.decidedBy()));
            }
        }
        return found;
    }
}
