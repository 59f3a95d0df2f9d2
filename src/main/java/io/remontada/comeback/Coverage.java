package io.remontada.comeback;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("Coverage")
@Description("How much of the record a verdict could see: the matches in its reach, how many of them have every goal's minute "
        + "(TIE and MATCH verdicts can only see those), and the span of dates.")
public record Coverage(int matches, int matchesWithGoalTimes, LocalDate from, LocalDate to) {
}
