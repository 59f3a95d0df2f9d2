package io.remontada.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.remontada.common.error.ClientSafeInterceptor;

/**
 * The goals of the matches one call built (a page, every club's page, a tie's legs), read for all of
 * them in one statement when the first of them is asked for its goals, and never when none is.
 *
 * <p>A batched {@code @Source} field would read them in one statement too, but SmallRye then fills a
 * request context and a DataLoader entry for every match, a tenth of a nested query's time. This works
 * because the GraphQL route is blocking: a query's fields are read one after another on its own worker
 * thread, inside its request, where the Hibernate session lives.
 */
final class GoalsOfMatches {

    private final Function<List<Match>, Map<Long, List<Goal>>> read;
    private final List<Match> matches = new ArrayList<>();
    private Map<Long, List<Goal>> byMatch;
    private RuntimeException failure;

    GoalsOfMatches(Function<List<Match>, Map<Long, List<Goal>>> read) {
        this.read = read;
    }

    synchronized Match add(Match match) {
        matches.add(match);
        return match;
    }

    /** The match's goals; a failed read fails every match of the batch at once, made client-safe as a resolver's failure is. */
    synchronized List<Goal> of(Match match) {
        if (byMatch == null && failure == null) {
            try {
                byMatch = read.apply(matches);
            } catch (RuntimeException e) {
                failure = ClientSafeInterceptor.clientSafe(e, "Match.goals");
            }
        }
        if (failure != null) {
            throw failure;
        }
        return byMatch.getOrDefault(match.id(), List.of());
    }
}
