package io.remontada.rules;

import java.util.List;
import java.util.Set;

/**
 * A knockout tie as the rules engine sees it: two legs (plus any replays), or a single match (plus any replay),
 * with what a source says about its result. The source's claims are kept apart from the matches so that the engine
 * can decide from the record alone and report where the two disagree.
 *
 * @param competition     UCL, UEL or UECL
 * @param seasonStartYear 1955 for 1955-56
 * @param matches         legs in date order, then replays in date order; an awarded tie may have fewer legs
 * @param statedWinnerId  the club a source says went through, null when not known
 * @param statedDecision  the source's words for an unusual decision: "away goals", "coin toss", "walkover", or null
 */
public record TieFacts(long tieId, String competition, int seasonStartYear, String round, boolean twoLegged,
                       List<MatchFacts> matches, Long statedWinnerId, String statedDecision) {

    public static final String AWAY_GOALS = "away goals";
    public static final String COIN_TOSS = "coin toss";
    public static final String WALKOVER = "walkover";

    private static final Set<String> STATED_DECISIONS = Set.of(AWAY_GOALS, COIN_TOSS, WALKOVER);

    public TieFacts {
        if (competition == null || round == null) {
            throw new IllegalArgumentException("tie " + tieId + ": competition and round are required");
        }
        if (statedDecision != null && !STATED_DECISIONS.contains(statedDecision)) {
            throw new IllegalArgumentException("tie " + tieId + ": unknown stated decision '" + statedDecision
                    + "', expected one of " + STATED_DECISIONS);
        }
        matches = List.copyOf(matches);
        if (!matches.isEmpty() && matches.get(0).replay()) {
            throw new IllegalArgumentException("tie " + tieId + ": a replay cannot come before the legs");
        }
        boolean replaySeen = false;
        for (MatchFacts match : matches) {
            if (replaySeen && !match.replay()) {
                throw new IllegalArgumentException("tie " + tieId + ": leg " + match.matchId() + " comes after a replay");
            }
            replaySeen |= match.replay();
        }
        int maxLegs = twoLegged ? 2 : 1;
        if (legs(matches).size() > maxLegs) {
            throw new IllegalArgumentException("tie " + tieId + ": more than " + maxLegs + " leg(s)");
        }
    }

    /** The tie as its matches count: every awarded result in place of the one played (see {@link MatchFacts#settled}). */
    public TieFacts settled() {
        return withMatches(matches.stream().map(MatchFacts::settled).toList());
    }

    /** The tie as played on the pitch, awarded results left out. */
    public TieFacts played() {
        return withMatches(matches.stream().map(MatchFacts::played).toList());
    }

    /** Whether UEFA awarded the result of any of its matches. */
    public boolean hasAwardedResult() {
        return matches.stream().anyMatch(m -> m.awarded() != null);
    }

    private TieFacts withMatches(List<MatchFacts> replaced) {
        return new TieFacts(tieId, competition, seasonStartYear, round, twoLegged, replaced, statedWinnerId, statedDecision);
    }

    /** The legs, replays left out. */
    public List<MatchFacts> legs() {
        return legs(matches);
    }

    /** The replays, in date order. */
    public List<MatchFacts> replays() {
        return matches.stream().filter(MatchFacts::replay).toList();
    }

    private static List<MatchFacts> legs(List<MatchFacts> matches) {
        return matches.stream().filter(m -> !m.replay()).toList();
    }
}
