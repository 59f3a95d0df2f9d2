package io.remontada.rules;

import io.remontada.common.Score;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.remontada.rules.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

class GoalTimelineTest {

    @Test
    void firstHalfStoppageTimeComesBeforeTheSecondHalf() {
        GoalFacts stoppage = goal(45, 2, X);
        GoalFacts secondHalf = goal(46, Y);

        assertEquals(List.of(stoppage, secondHalf), GoalTimeline.chronological(List.of(secondHalf, stoppage)));
    }

    @Test
    void secondHalfStoppageTimeComesBeforeExtraTime() {
        GoalFacts extraTime = goal(91, X);
        GoalFacts stoppage = goal(90, 5, Y);
        GoalFacts ninety = goal(90, Y);

        assertEquals(List.of(ninety, stoppage, extraTime),
                GoalTimeline.chronological(List.of(extraTime, stoppage, ninety)));
    }

    @Test
    void goalsWithTheSameMinuteKeepTheirOrder() {
        GoalFacts first = goal(30, X);
        GoalFacts second = goal(30, Y);

        assertEquals(List.of(first, second), GoalTimeline.chronological(List.of(first, second)));
        assertEquals(List.of(second, first), GoalTimeline.chronological(List.of(second, first)));
    }

    @Test
    void barcelonaPsg2017SecondLegRunningScoreListedOutOfOrder() {
        MatchFacts leg = match(4, "2017-03-08", BARCELONA, PSG, "6-1",
                List.of(goal(90, 5, BARCELONA), goal(62, PSG), goal(3, BARCELONA), goal(90, 1, BARCELONA),
                        goal(40, BARCELONA), goal(88, BARCELONA), goal(50, BARCELONA)));

        assertEquals(List.of(new Score(1, 0), new Score(2, 0), new Score(3, 0), new Score(3, 1), new Score(4, 1),
                new Score(5, 1), new Score(6, 1)), GoalTimeline.scoresAfterEachGoal(leg));
    }

    @Test
    void aMatchWithoutGoalMinutesHasNoRunningScore() {
        assertThrows(IllegalArgumentException.class,
                () -> GoalTimeline.scoresAfterEachGoal(match(1, null, X, Y, "1-0")));
    }
}
