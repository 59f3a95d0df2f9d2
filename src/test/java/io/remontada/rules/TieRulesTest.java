package io.remontada.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.remontada.rules.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class TieRulesTest {

    @Test
    void liverpoolBarcelona2019IsWonOnAggregateByTheSideThatHostedTheSecondLeg() {
        TieOutcome outcome = TieRules.decide(liverpoolBarcelona2019());

        assertEquals(BARCELONA, outcome.clubAId());
        assertEquals(LIVERPOOL, outcome.clubBId());
        assertEquals(3, outcome.aggregateA());
        assertEquals(4, outcome.aggregateB());
        assertEquals(LIVERPOOL, outcome.winnerId());
        assertEquals(TieDecision.AGGREGATE, outcome.decidedBy());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void romaBarcelona2018GoesToRomaOnAwayGoals() {
        TieOutcome outcome = TieRules.decide(stated(romaBarcelona2018(), ROMA, "away goals"));

        assertEquals(4, outcome.aggregateA());
        assertEquals(4, outcome.aggregateB());
        assertEquals(ROMA, outcome.winnerId());
        assertEquals(TieDecision.AWAY_GOALS, outcome.decidedBy());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void liverpoolRealMadrid2021IsWonByRealMadridOnAggregate() {
        TieOutcome outcome = TieRules.decide(liverpoolRealMadrid2021());

        assertEquals(REAL_MADRID, outcome.winnerId());
        assertEquals(TieDecision.AGGREGATE, outcome.decidedBy());
        assertEquals(3, outcome.aggregateA());
        assertEquals(1, outcome.aggregateB());
    }

    @Test
    void milanLiverpool2005FinalIsWonOnPenalties() {
        TieOutcome outcome = TieRules.decide(singleMatch(200405, "UCL", 2004, "final", milanLiverpool2005()));

        assertEquals(LIVERPOOL, outcome.winnerId());
        assertEquals(TieDecision.PENALTIES, outcome.decidedBy());
        assertEquals(3, outcome.aggregateA());
        assertEquals(3, outcome.aggregateB());
    }

    @Test
    void bayernAtletico1974FinalIsWonInTheReplayAndTheReplayStaysOutOfTheAggregate() {
        TieFacts tie = singleMatch(197374, "UCL", 1973, "final",
                extraTime(20, "1974-05-15", BAYERN, ATLETICO, "0-0", "1-1", null),
                replay(match(21, "1974-05-17", BAYERN, ATLETICO, "4-0")));

        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(BAYERN, outcome.winnerId());
        assertEquals(TieDecision.REPLAY, outcome.decidedBy());
        assertEquals(1, outcome.aggregateA());
        assertEquals(1, outcome.aggregateB());
    }

    @Test
    void realMadridMilan1958FinalIsWonInExtraTime() {
        TieOutcome outcome = TieRules.decide(singleMatch(195758, "UCL", 1957, "final",
                extraTime(22, "1958-05-28", REAL_MADRID, MILAN, "2-2", "3-2", null)));

        assertEquals(REAL_MADRID, outcome.winnerId());
        assertEquals(TieDecision.EXTRA_TIME, outcome.decidedBy());
    }

    @Test
    void aSingleMatchWonInNinetyMinutesIsDecidedBySingleMatch() {
        TieOutcome outcome = TieRules.decide(singleMatch(201900, "UCL", 2018, "final",
                match(23, "2019-06-01", 30, LIVERPOOL, "0-2")));

        assertEquals(LIVERPOOL, outcome.winnerId());
        assertEquals(TieDecision.SINGLE_MATCH, outcome.decidedBy());
    }

    @Test
    void anAwayGoalInExtraTimeSendsTheVisitorThroughWhenTheAggregateEndsLevel() {
        // Y wins 1-0 at home, loses 1-0 after 90 minutes (level, no away goals) and 2-1 after extra time: 2-2, and
        // Y's goal in extra time was scored away.
        TieFacts tie = twoLegs(1, "UCL", 2014, "R16",
                match(1, "2015-02-17", Y, X, "1-0"),
                extraTime(2, "2015-03-11", X, Y, "1-0", "2-1", null));

        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(2, outcome.aggregateA());
        assertEquals(2, outcome.aggregateB());
        assertEquals(Y, outcome.winnerId());
        assertEquals(TieDecision.AWAY_GOALS, outcome.decidedBy());
    }

    @Test
    void extraTimeGoalsThatSeparateTheAggregateDecideByExtraTime() {
        TieFacts tie = twoLegs(1, "UCL", 2014, "R16",
                match(1, null, Y, X, "1-0"),
                extraTime(2, null, X, Y, "1-0", "2-0", null));

        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(X, outcome.winnerId());
        assertEquals(TieDecision.EXTRA_TIME, outcome.decidedBy());
    }

    @Test
    void aShootOutAfterALevelExtraTimeDecidesByPenalties() {
        TieFacts tie = twoLegs(1, "UCL", 2010, "R16",
                match(1, null, Y, X, "1-1"),
                extraTime(2, null, X, Y, "1-1", "1-1", "4-5"));

        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(Y, outcome.winnerId());
        assertEquals(TieDecision.PENALTIES, outcome.decidedBy());
    }

    @Test
    void from2021AwayGoalsNoLongerSeparateALevelAggregate() {
        // 2-2 on aggregate: up to 2020-21 X went through on its away goal; from 2021-22 the shoot-out decides.
        MatchFacts first = match(1, null, Y, X, "2-1");
        MatchFacts second = extraTime(2, null, X, Y, "1-0", "1-0", "4-5");

        TieOutcome in2021 = TieRules.decide(twoLegs(1, "UCL", 2021, "R16", first, second));
        TieOutcome in2020 = TieRules.decide(twoLegs(1, "UCL", 2020, "R16", first, second));

        assertEquals(Y, in2021.winnerId());
        assertEquals(TieDecision.PENALTIES, in2021.decidedBy());
        assertEquals(X, in2020.winnerId());
        assertEquals(TieDecision.AWAY_GOALS, in2020.decidedBy());
    }

    @Test
    void from2021ExtraTimeDecidesWhatAwayGoalsOnceDid() {
        TieFacts tie = twoLegs(1, "UECL", 2021, "QF",
                match(1, null, Y, X, "2-1"),
                extraTime(2, null, X, Y, "1-0", "2-0", null));

        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(X, outcome.winnerId());
        assertEquals(TieDecision.EXTRA_TIME, outcome.decidedBy());
    }

    @Test
    void liverpoolPetrolul1966LevelOnAggregateBeforeAwayGoalsIsDecidedByTheReplay() {
        // 2-0 and 1-3: 3-3 on aggregate; from 1967 Liverpool's away goal would have sent them through.
        TieFacts tie = twoLegs(196667, "UCL", 1966, "Round1",
                match(30, "1966-09-28", LIVERPOOL, PETROLUL, "2-0"),
                match(31, "1966-10-12", PETROLUL, LIVERPOOL, "3-1"),
                replay(match(32, "1966-10-19", LIVERPOOL, PETROLUL, "2-0")));

        TieOutcome outcome = TieRules.decide(stated(tie, LIVERPOOL, null));

        assertEquals(3, outcome.aggregateA());
        assertEquals(3, outcome.aggregateB());
        assertEquals(LIVERPOOL, outcome.winnerId());
        assertEquals(TieDecision.REPLAY, outcome.decidedBy());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void liverpoolKoln1965LevelAfterTheReplayIsDecidedByTheStatedCoinToss() {
        TieFacts tie = twoLegs(196465, "UCL", 1964, "QF",
                match(33, "1965-02-10", KOLN, LIVERPOOL, "0-0"),
                match(34, "1965-03-17", LIVERPOOL, KOLN, "0-0"),
                replay(extraTime(35, "1965-03-24", LIVERPOOL, KOLN, "2-2", "2-2", null)));

        TieOutcome outcome = TieRules.decide(stated(tie, LIVERPOOL, "coin toss"));

        assertEquals(LIVERPOOL, outcome.winnerId());
        assertEquals(TieDecision.COIN_TOSS, outcome.decidedBy());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void benficaCeltic1969WentToACoinTossBecauseAwayGoalsWereLevelToo() {
        // Away goals already counted in 1969-70, but neither side scored away; shoot-outs came in 1970-71.
        TieFacts tie = twoLegs(196970, "UCL", 1969, "R16",
                match(36, "1969-11-12", CELTIC, BENFICA, "3-0"),
                extraTime(37, "1969-11-26", BENFICA, CELTIC, "3-0", "3-0", null));

        TieOutcome outcome = TieRules.decide(stated(tie, CELTIC, "coin toss"));

        assertEquals(CELTIC, outcome.winnerId());
        assertEquals(TieDecision.COIN_TOSS, outcome.decidedBy());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void aLevelTieWithNoReplayAndNoStatedDecisionCannotBeDecided() {
        TieFacts tie = twoLegs(1, "UCL", 1960, "R16",
                match(1, null, Y, X, "1-1"),
                match(2, null, X, Y, "0-0"));

        TieOutcome outcome = TieRules.decide(tie);

        assertNull(outcome.winnerId());
        assertNull(outcome.decidedBy());
    }

    @Test
    void vorwartsLinfield1961WithOneLegAndAStatedWalkoverIsAWalkover() {
        TieFacts tie = twoLegs(196162, "UCL", 1961, "Round1", match(38, "1961-08-30", VORWARTS, LINFIELD, "3-0"));

        TieOutcome outcome = TieRules.decide(stated(tie, VORWARTS, "walkover"));

        assertEquals(VORWARTS, outcome.winnerId());
        assertEquals(TieDecision.WALKOVER, outcome.decidedBy());
        assertEquals(3, outcome.aggregateA());
        assertEquals(0, outcome.aggregateB());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void vorwartsLinfield1961WithOneLegAndNoStatedDecisionCannotBeDecidedAndSaysSo() {
        TieFacts tie = twoLegs(196162, "UCL", 1961, "Round1", match(38, "1961-08-30", VORWARTS, LINFIELD, "3-0"));

        TieOutcome outcome = TieRules.decide(stated(tie, VORWARTS, null));

        assertNull(outcome.winnerId());
        assertEquals(1, outcome.disagreements().size());
        assertTrue(outcome.disagreements().get(0).contains("cannot tell"), outcome.disagreements().get(0));
    }

    @Test
    void dresdenCrvenaZvezda1991AbandonedAndAwardedToTheSideLeadingChangesNoWinner() {
        // abandoned at 1-2 for crowd trouble, awarded 0-3 to Crvena Zvezda, who were through on the pitch as well
        TieFacts tie = twoLegs(199091, "UCL", 1990, "QF",
                match(39, "1991-03-06", CRVENA_ZVEZDA, DYNAMO_DRESDEN, "3-0"),
                awarded(match(40, "1991-03-20", DYNAMO_DRESDEN, CRVENA_ZVEZDA, "1-2"), "0-3"));

        TieOutcome outcome = TieRules.decide(stated(tie, CRVENA_ZVEZDA, null));

        assertEquals(CRVENA_ZVEZDA, outcome.winnerId());
        assertEquals(TieDecision.AGGREGATE, outcome.decidedBy());
        assertEquals(6, outcome.aggregateA());
        assertEquals(0, outcome.aggregateB());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void celticLegia2014AwardedAfterLegiaWonOnThePitchIsDecidedByTheAward() {
        // Legia won 4-1 and 2-0; the second leg was awarded 3-0 to Celtic (Legia fielded a suspended player),
        // 4-4 on aggregate, Celtic through on the away goal they scored in Warsaw
        TieFacts tie = twoLegs(201415, "UCL", 2014, "Third qualifying round",
                match(46, "2014-07-30", LEGIA, CELTIC, "4-1"),
                awarded(match(47, "2014-08-06", CELTIC, LEGIA, "0-2"), "3-0"));

        TieOutcome outcome = TieRules.decide(stated(tie, CELTIC, null));

        assertEquals(CELTIC, outcome.winnerId());
        assertEquals(TieDecision.AWARDED, outcome.decidedBy());
        assertEquals(4, outcome.aggregateA());
        assertEquals(4, outcome.aggregateB());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void steauaParis1997AwardedToTheSideThatStillWentOutIsDecidedOnAggregate() {
        // Steaua won 3-2, awarded 3-0 (Paris fielded a suspended player); Paris won 5-0 and went through 5-3
        TieFacts tie = twoLegs(199798, "UCL", 1997, "Second qualifying round",
                awarded(match(48, "1997-08-13", STEAUA, PSG, "3-2"), "3-0"),
                match(49, "1997-08-27", PSG, STEAUA, "5-0"));

        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(PSG, outcome.winnerId());
        assertEquals(TieDecision.AGGREGATE, outcome.decidedBy());
        assertEquals(3, outcome.aggregateA());
        assertEquals(5, outcome.aggregateB());
    }

    @Test
    void leedsStuttgart1992LevelledByTheAwardIsDecidedByTheReplay() {
        TieFacts tie = twoLegs(199293, "UCL", 1992, "Round1",
                match(43, "1992-09-16", STUTTGART, LEEDS, "3-0"),
                awarded(match(44, "1992-09-30", LEEDS, STUTTGART, "4-1"), "3-0"),
                replay(match(45, "1992-10-09", STUTTGART, LEEDS, "1-2")));

        TieOutcome outcome = TieRules.decide(stated(tie, LEEDS, null));

        assertEquals(LEEDS, outcome.winnerId());
        assertEquals(TieDecision.REPLAY, outcome.decidedBy());
        assertEquals(3, outcome.aggregateA());
        assertEquals(3, outcome.aggregateB());
        assertEquals(List.of(), outcome.disagreements());
    }

    @Test
    void realMadridBayern2000WithAWrongStatedWinnerIsReportedNotFollowed() {
        // engsoccerdata names Bayern as the winner of this semi-final; Real Madrid went through 3-2 and won the final.
        TieFacts tie = twoLegs(199900, "UCL", 1999, "SF",
                match(41, "2000-05-02", REAL_MADRID, BAYERN, "2-0"),
                match(42, "2000-05-10", BAYERN, REAL_MADRID, "2-1"));

        TieOutcome outcome = TieRules.decide(stated(tie, BAYERN, null));

        assertEquals(REAL_MADRID, outcome.winnerId());
        assertEquals(1, outcome.disagreements().size());
        String disagreement = outcome.disagreements().get(0);
        assertTrue(disagreement.contains("tie 199900"), disagreement);
        assertTrue(disagreement.contains("SF"), disagreement);
        assertTrue(disagreement.contains("aggregate 3-2"), disagreement);
    }

    @Test
    void aStatedAwayGoalsDecisionThatTheRecordDoesNotShowIsReported() {
        TieFacts tie = twoLegs(7, "UCL", 1980, "QF",
                match(1, null, Y, X, "1-0"),
                match(2, null, X, Y, "3-0"));

        TieOutcome outcome = TieRules.decide(stated(tie, X, "away goals"));

        assertEquals(TieDecision.AGGREGATE, outcome.decidedBy());
        assertEquals(List.of("tie 7 (UCL 1980, QF, aggregate 1-3): the source says 'away goals', the record says AGGREGATE"),
                outcome.disagreements());
    }

    @Test
    void leedsStuttgart1992OnPitchScoresGiveStuttgartAwayGoalsWhileTheSourceSaysLeeds() {
        // UEFA awarded leg 2 to Leeds 3-0 (Stuttgart fielded an ineligible player) and ordered a replay; the source
        // keeps the 4-1 played on the pitch, so the record alone says Stuttgart and the difference is reported.
        TieFacts tie = twoLegs(199293, "UCL", 1992, "Round1",
                match(43, "1992-09-16", STUTTGART, LEEDS, "3-0"),
                match(44, "1992-09-30", LEEDS, STUTTGART, "4-1"),
                replay(match(45, "1992-10-09", STUTTGART, LEEDS, "1-2")));

        TieOutcome outcome = TieRules.decide(stated(tie, LEEDS, null));

        assertEquals(STUTTGART, outcome.winnerId());
        assertEquals(TieDecision.AWAY_GOALS, outcome.decidedBy());
        assertEquals(1, outcome.disagreements().size());
    }

    @Test
    void awayGoalsCountFrom1967To2020InEveryCompetition() {
        assertFalse(TieRules.awayGoalsApply("UCL", 1966));
        assertTrue(TieRules.awayGoalsApply("UCL", 1967));
        assertTrue(TieRules.awayGoalsApply("UCL", 2020));
        assertFalse(TieRules.awayGoalsApply("UCL", 2021));
        assertTrue(TieRules.awayGoalsApply("UEL", 1971));
        assertTrue(TieRules.awayGoalsApply("UEL", 2020));
        assertFalse(TieRules.awayGoalsApply("UEL", 2021));
        assertFalse(TieRules.awayGoalsApply("UECL", 2021));
        assertThrows(IllegalArgumentException.class, () -> TieRules.awayGoalsApply("CWC", 1970));
    }

    @Test
    void aTieWithoutAnyMatchIsRefusedBecauseItsClubsAreUnknown() {
        TieFacts tie = new TieFacts(1, "UCL", 1961, "Round1", true, List.of(), VORWARTS, "walkover");

        assertThrows(IllegalArgumentException.class, () -> TieRules.decide(tie));
    }

    @Test
    void aMatchBetweenOtherClubsIsRefused() {
        TieFacts tie = twoLegs(1, "UCL", 2000, "R16",
                match(1, null, X, Y, "1-0"),
                match(2, null, Y, 300, "1-0"));

        assertThrows(IllegalArgumentException.class, () -> TieRules.decide(tie));
    }
}
