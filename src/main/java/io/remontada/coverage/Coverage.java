package io.remontada.coverage;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Coverage")
@Description("How much of the record an answer could see: the matches in its reach, how many of them have every goal's minute "
        + "(TIE and MATCH verdicts can only see those), the span of dates, and whether the record holds everything the question covers.")
public record Coverage(int matches, int matchesWithGoalTimes, LocalDate from, LocalDate to,
        @Description("The record holds everything this question covers: every match of every competition season in range, "
                + "with goal times where the scope needs them") boolean complete,
        @NonNull @Description("The competition seasons in range that the side played in or that the record lacks in part, by competition, oldest first; "
                + "matches counted here are the side's own") List<@NonNull CoverageSpan> spans) {
}
