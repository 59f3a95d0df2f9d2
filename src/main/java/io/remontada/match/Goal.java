package io.remontada.match;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.club.Club;
import io.remontada.common.Score;

@Name("Goal")
public record Goal(int minute, @Description("Added time: 90+1 is minute 90, stoppage 1") Integer stoppage, String scorer,
        boolean ownGoal, boolean penalty, @NonNull @Description("The match score right after this goal") Score scoreAfter,
        @NonNull @Description("The club the goal counts for: an own goal counts for the scorer's opponent.") Club club) {
}
