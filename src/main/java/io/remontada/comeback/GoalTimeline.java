package io.remontada.comeback;

import io.remontada.common.Score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a match's goals in the order they were scored and replays the running score. Sources list goals by club or by
 * scorer, and stoppage time makes the clock non-monotonic as written (45+2 comes before 46, 90+5 before 91), so every
 * deficit the engine measures goes through this one ordering.
 */
public final class GoalTimeline {

    /** By minute, then by stoppage minute (none first); List.sort is stable, so goals with equal keys keep their order. */
    private static final Comparator<GoalFacts> CHRONOLOGICAL = Comparator.comparingInt(GoalFacts::minute)
            .thenComparingInt(goal -> goal.stoppage() == null ? 0 : goal.stoppage());

    private GoalTimeline() {
    }

    public static List<GoalFacts> chronological(List<GoalFacts> goals) {
        List<GoalFacts> ordered = new ArrayList<>(goals);
        ordered.sort(CHRONOLOGICAL);
        return List.copyOf(ordered);
    }

    /** The running score (home, away) after each goal, in the order the goals were scored. */
    public static List<Score> scoresAfterEachGoal(MatchFacts m) {
        if (m.goals() == null) {
            throw new IllegalArgumentException("match " + m.matchId() + ": the goal minutes are not known");
        }
        List<Score> scores = new ArrayList<>();
        int home = 0;
        int away = 0;
        for (GoalFacts goal : chronological(m.goals())) {
            if (goal.clubId() == m.homeClubId()) {
                home++;
            } else {
                away++;
            }
            scores.add(new Score(home, away));
        }
        return List.copyOf(scores);
    }
}
