package io.remontada.coverage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.match.Competition;
import io.remontada.match.Season;
import io.remontada.match.Stage;

@Name("CoverageSpan")
@Description("What the record holds of one competition season")
public record CoverageSpan(@NonNull Competition competition, @NonNull Season season, int matches, int matchesWithGoalTimes,
        @Description("Every match of that competition season (of the stages asked about) is in the record") boolean complete,
        @NonNull @Description("Stages the record lacks for that season, in whole or in part") List<@NonNull Stage> missing,
        @NonNull @Description("Stages the record holds but cannot show whole, because how many matches they had is not known here")
        List<@NonNull Stage> unverified) {
}
