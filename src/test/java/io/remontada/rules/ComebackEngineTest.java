package io.remontada.rules;

import io.remontada.common.Score;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.remontada.rules.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class ComebackEngineTest {

    @Test
    void liverpoolBarcelona2019IsAFirstLegDeficitOfThreeOverturnedOnAggregate() {
        TieFacts tie = liverpoolBarcelona2019();

        List<Occasion> occasions = ComebackEngine.firstLeg(tie, TieRules.decide(tie));

        assertEquals(List.of(new Occasion(ComebackScope.FIRST_LEG, LIVERPOOL, BARCELONA, 3, true, TieDecision.AGGREGATE,
                201819L, 2L, LocalDate.of(2019, 5, 7), true, false)), occasions);
    }

    @Test
    void barcelonaPsg2017IsAFirstLegDeficitOfFourOverturned() {
        TieFacts tie = barcelonaPsg2017();

        List<Occasion> occasions = ComebackEngine.firstLeg(tie, TieRules.decide(tie));

        assertEquals(1, occasions.size());
        Occasion barcelona = occasions.get(0);
        assertEquals(BARCELONA, barcelona.clubId());
        assertEquals(4, barcelona.deficit());
        assertTrue(barcelona.overturned());
        assertEquals(TieDecision.AGGREGATE, barcelona.decidedBy());
        assertTrue(barcelona.secondLegAtHome());
    }

    @Test
    void barcelonaPsg2017WholeTieDeficitIsTheFourAfterTheFirstLegNotTheTwoAfterCavani() {
        // 0-4 after leg 1; 3-4 at 50', 3-5 after Cavani at 62', 6-5 at 90+5.
        TieFacts tie = barcelonaPsg2017();

        List<Occasion> occasions = ComebackEngine.wholeTie(tie, TieRules.decide(tie));

        assertEquals(2, occasions.size());
        Occasion psg = occasions.get(0);
        Occasion barcelona = occasions.get(1);
        assertEquals(ComebackScope.TIE, barcelona.scope());
        assertEquals(BARCELONA, barcelona.clubId());
        assertEquals(4, barcelona.deficit());
        assertTrue(barcelona.overturned());
        assertEquals(PSG, psg.clubId());
        assertEquals(1, psg.deficit());
        assertFalse(psg.overturned());
    }

    @Test
    void barcelonaPsg2017SecondLegLeftPsgFiveDownAndBarcelonaNeverBehind() {
        MatchFacts secondLeg = barcelonaPsg2017().matches().get(1);

        List<Occasion> occasions = ComebackEngine.match(secondLeg, false, null);

        assertEquals(List.of(new Occasion(ComebackScope.MATCH, PSG, BARCELONA, 5, false, null, null, 4L,
                LocalDate.of(2017, 3, 8), false, false)), occasions);
    }

    @Test
    void barcelonaPsg2017FirstLegIsAMatchDeficitOfFourNotOverturned() {
        MatchFacts firstLeg = barcelonaPsg2017().matches().get(0);

        List<Occasion> occasions = ComebackEngine.match(firstLeg, false, null);

        assertEquals(1, occasions.size());
        assertEquals(BARCELONA, occasions.get(0).clubId());
        assertEquals(4, occasions.get(0).deficit());
        assertFalse(occasions.get(0).overturned());
    }

    @Test
    void romaBarcelona2018IsAFirstLegDeficitOfThreeOverturnedOnAwayGoals() {
        TieFacts tie = romaBarcelona2018();
        TieOutcome outcome = TieRules.decide(tie);

        Occasion roma = ComebackEngine.firstLeg(tie, outcome).get(0);
        List<Occasion> wholeTie = ComebackEngine.wholeTie(tie, outcome);

        assertEquals(ROMA, roma.clubId());
        assertEquals(3, roma.deficit());
        assertTrue(roma.overturned());
        assertEquals(TieDecision.AWAY_GOALS, roma.decidedBy());
        // Barcelona end level on aggregate and out on away goals, but were never behind in goals.
        assertEquals(1, wholeTie.size());
        assertEquals(ROMA, wholeTie.get(0).clubId());
        assertEquals(3, wholeTie.get(0).deficit());
    }

    @Test
    void deportivoMilan2004IsAFirstLegDeficitOfThreeOverturnedWithoutGoalMinutes() {
        TieFacts tie = deportivoMilan2004();
        TieOutcome outcome = TieRules.decide(tie);

        List<Occasion> firstLeg = ComebackEngine.firstLeg(tie, outcome);

        assertEquals(List.of(new Occasion(ComebackScope.FIRST_LEG, DEPORTIVO, MILAN, 3, true, TieDecision.AGGREGATE,
                200304L, 8L, null, true, false)), firstLeg);
        assertEquals(List.of(), ComebackEngine.wholeTie(tie, outcome));
        assertEquals(List.of(), ComebackEngine.match(tie.matches().get(1), false, null));
    }

    @Test
    void liverpoolRealMadrid2021IsAnAttemptAtATwoGoalDeficitNotOverturnedBehindClosedDoors() {
        TieFacts tie = liverpoolRealMadrid2021();
        TieOutcome outcome = TieRules.decide(tie);

        List<Occasion> firstLeg = ComebackEngine.firstLeg(tie, outcome);
        List<Occasion> wholeTie = ComebackEngine.wholeTie(tie, outcome);

        assertEquals(List.of(new Occasion(ComebackScope.FIRST_LEG, LIVERPOOL, REAL_MADRID, 2, false,
                TieDecision.AGGREGATE, 202021L, 10L, LocalDate.of(2021, 4, 14), true, true)), firstLeg);
        assertEquals(1, wholeTie.size());
        assertEquals(LIVERPOOL, wholeTie.get(0).clubId());
        assertEquals(2, wholeTie.get(0).deficit());
        assertFalse(wholeTie.get(0).overturned());
        assertEquals(List.of(), ComebackEngine.match(tie.matches().get(1), false, null));
    }

    @Test
    void liverpoolDortmund2016IsATieDeficitOfTwoOverturnedAndDortmundsOneNot() {
        TieFacts tie = liverpoolDortmund2016();
        TieOutcome outcome = TieRules.decide(tie);

        List<Occasion> occasions = ComebackEngine.wholeTie(tie, outcome);

        assertEquals(5, outcome.aggregateB());
        assertEquals(4, outcome.aggregateA());
        assertEquals(List.of(), ComebackEngine.firstLeg(tie, outcome));
        assertEquals(List.of(
                new Occasion(ComebackScope.TIE, DORTMUND, LIVERPOOL, 1, false, TieDecision.AGGREGATE, 201516L, 12L,
                        LocalDate.of(2016, 4, 14), false, false),
                new Occasion(ComebackScope.TIE, LIVERPOOL, DORTMUND, 2, true, TieDecision.AGGREGATE, 201516L, 12L,
                        LocalDate.of(2016, 4, 14), true, false)), occasions);
    }

    @Test
    void liverpoolDortmund2016SecondLegIsAMatchDeficitOfTwoOverturned() {
        MatchFacts secondLeg = liverpoolDortmund2016().matches().get(1);

        List<Occasion> occasions = ComebackEngine.match(secondLeg, false, null);

        assertEquals(List.of(
                new Occasion(ComebackScope.MATCH, LIVERPOOL, DORTMUND, 2, true, null, null, 12L,
                        LocalDate.of(2016, 4, 14), true, false),
                new Occasion(ComebackScope.MATCH, DORTMUND, LIVERPOOL, 1, false, null, null, 12L,
                        LocalDate.of(2016, 4, 14), false, false)), occasions);
    }

    @Test
    void liverpoolDortmund2016FirstLegDrawIsNotAWinForDortmund() {
        MatchFacts firstLeg = liverpoolDortmund2016().matches().get(0);

        List<Occasion> occasions = ComebackEngine.match(firstLeg, false, null);

        assertEquals(1, occasions.size());
        assertEquals(DORTMUND, occasions.get(0).clubId());
        assertEquals(1, occasions.get(0).deficit());
        assertFalse(occasions.get(0).overturned());
    }

    @Test
    void milanLiverpool2005FinalIsAMatchDeficitOfThreeOverturnedOnPenalties() {
        MatchFacts finalMatch = milanLiverpool2005();
        TieOutcome outcome = TieRules.decide(singleMatch(200405, "UCL", 2004, "final", finalMatch));

        List<Occasion> occasions = ComebackEngine.match(finalMatch, true, outcome);

        assertEquals(List.of(new Occasion(ComebackScope.MATCH, LIVERPOOL, MILAN, 3, true, TieDecision.PENALTIES, null,
                13L, LocalDate.of(2005, 5, 25), false, false)), occasions);
    }

    @Test
    void aShootOutWinInALegOfATwoLeggedTieIsNotAMatchWin() {
        MatchFacts leg = new MatchFacts(1, null, X, Y, Score.parse("0-1"), Score.parse("1-1"), Score.parse("4-3"),
                List.of(goal(10, Y), goal(100, X)), false, false);

        List<Occasion> occasions = ComebackEngine.match(leg, false, null);

        assertEquals(1, occasions.size());
        assertFalse(occasions.get(0).overturned());
    }

    @Test
    void anExtraTimeWinCountsAsAMatchWin() {
        MatchFacts leg = new MatchFacts(1, null, X, Y, Score.parse("1-1"), Score.parse("2-1"), null,
                List.of(goal(10, Y), goal(80, X), goal(105, 2, X)), false, false);

        List<Occasion> occasions = ComebackEngine.match(leg, false, null);

        assertEquals(2, occasions.size());
        assertEquals(X, occasions.get(0).clubId());
        assertTrue(occasions.get(0).overturned());
        assertEquals(Y, occasions.get(1).clubId());
        assertFalse(occasions.get(1).overturned());
    }

    @Test
    void aTieDeficitInAReplayIsMeasuredOnTheReplayAlone() {
        // 1-1 and 0-0 in the legs; in the replay X are 0-2 down and win 3-2.
        TieFacts tie = twoLegs(9, "UCL", 1960, "QF",
                match(1, null, X, Y, "1-1", List.of(goal(5, Y), goal(50, X))),
                match(2, null, Y, X, "0-0", List.of()),
                replay(match(3, "1961-03-01", X, Y, "3-2",
                        List.of(goal(10, Y), goal(20, Y), goal(30, X), goal(40, X), goal(89, X)))));
        TieOutcome outcome = TieRules.decide(tie);

        List<Occasion> occasions = ComebackEngine.wholeTie(tie, outcome);

        assertEquals(TieDecision.REPLAY, outcome.decidedBy());
        assertEquals(2, occasions.size());
        Occasion x = occasions.get(0);
        assertEquals(X, x.clubId());
        assertEquals(2, x.deficit());
        assertTrue(x.overturned());
        assertEquals(3L, x.matchId());
        assertFalse(x.secondLegAtHome());
        assertEquals(Y, occasions.get(1).clubId());
        assertEquals(1, occasions.get(1).deficit());
    }

    @Test
    void aWalkoverAfterOneLegIsNotAFirstLegOrTieOccasion() {
        TieFacts tie = stated(twoLegs(196162, "UCL", 1961, "Round1",
                match(38, "1961-08-30", VORWARTS, LINFIELD, "3-0", List.of(goal(10, VORWARTS), goal(20, VORWARTS),
                        goal(30, VORWARTS)))), VORWARTS, "walkover");
        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(List.of(), ComebackEngine.firstLeg(tie, outcome));
        assertEquals(List.of(), ComebackEngine.wholeTie(tie, outcome));
    }

    @Test
    void aTieWhoseWinnerIsUnknownGivesNoFirstLegOccasion() {
        TieFacts tie = twoLegs(1, "UCL", 1960, "R16",
                match(1, null, Y, X, "2-1"),
                match(2, null, X, Y, "1-0"));
        TieOutcome outcome = TieRules.decide(tie);

        assertNull(outcome.winnerId());
        assertEquals(List.of(), ComebackEngine.firstLeg(tie, outcome));
    }

    @Test
    void aSingleMatchTieHasNoFirstLegOrTieOccasion() {
        TieFacts tie = singleMatch(200405, "UCL", 2004, "final", milanLiverpool2005());
        TieOutcome outcome = TieRules.decide(tie);

        assertEquals(List.of(), ComebackEngine.firstLeg(tie, outcome));
        assertEquals(List.of(), ComebackEngine.wholeTie(tie, outcome));
    }
}
