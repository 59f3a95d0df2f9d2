package io.remontada.rules;

import io.remontada.common.Score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

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
        return chronological(goals, Function.identity());
    }

    /** Goals of any shape (a stored row with its scorer, say) in the same order, by the minutes {@code facts} reads off each. */
    public static <T> List<T> chronological(List<T> goals, Function<T, GoalFacts> facts) {
        List<T> ordered = new ArrayList<>(goals);
        ordered.sort(Comparator.comparing(facts, CHRONOLOGICAL));
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
