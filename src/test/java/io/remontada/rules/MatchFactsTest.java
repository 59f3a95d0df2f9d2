package io.remontada.rules;

import io.remontada.common.Score;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.remontada.rules.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class MatchFactsTest {

    @Test
    void goalsThatDoNotAddUpToTheScoreAreRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> match(12, "2016-04-14", LIVERPOOL, DORTMUND, "4-3",
                        List.of(goal(5, DORTMUND), goal(9, DORTMUND), goal(48, LIVERPOOL), goal(57, DORTMUND))));

        assertTrue(refused.getMessage().contains("match 12"), refused.getMessage());
        assertTrue(refused.getMessage().contains("1-3"), refused.getMessage());
    }

    @Test
    void goalsMustAddUpToTheScoreAfterExtraTime() {
        List<GoalFacts> goals = List.of(goal(1, MILAN), goal(39, MILAN), goal(44, MILAN),
                goal(54, LIVERPOOL), goal(56, LIVERPOOL), goal(60, LIVERPOOL), goal(110, LIVERPOOL));

        assertThrows(IllegalArgumentException.class, () -> new MatchFacts(13, null, MILAN, LIVERPOOL,
                Score.parse("3-3"), Score.parse("3-3"), Score.parse("2-3"), goals, false, false));
    }

    @Test
    void anExtraTimeGoalWithoutExtraTimeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> match(1, null, X, Y, "1-0", List.of(goal(95, X))));
    }

    @Test
    void aGoalForAClubNotPlayingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> match(1, null, X, Y, "1-0", List.of(goal(10, 300))));
    }

    @Test
    void aLevelShootOutIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> extraTime(1, null, X, Y, "0-0", "0-0", "4-4"));
    }

    @Test
    void stoppageTimeBelongsToTheMinuteItFollows() {
        assertThrows(IllegalArgumentException.class, () -> new GoalFacts(90, 0, X));
        assertThrows(IllegalArgumentException.class, () -> new GoalFacts(121, null, X));
        assertTrue(new GoalFacts(90, 5, X).inRegularTime());
        assertFalse(new GoalFacts(91, null, X).inRegularTime());
    }

    @Test
    void anUnknownStatedDecisionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TieFacts(1, "UCL", 2000, "R16", true,
                List.of(match(1, null, X, Y, "1-0")), X, "golden goal"));
    }

    @Test
    void aLegAfterAReplayIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> twoLegs(1, "UCL", 1960, "R16",
                match(1, null, X, Y, "1-0"), replay(match(3, null, X, Y, "1-0")), match(2, null, Y, X, "1-0")));
    }
}
