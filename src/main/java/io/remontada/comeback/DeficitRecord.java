package io.remontada.comeback;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.coverage.Coverage;
import io.remontada.rules.ComebackScope;

@Name("DeficitRecord")
public record DeficitRecord(int deficit, @NonNull ComebackScope scope,
        @Description("Sides that faced a deficit of at least `deficit`") int attempts,
        @Description("Of those, sides that overturned it") int overturned,
        @Description("overturned / attempts; null when nobody faced such a deficit") Double rate,
        @NonNull @Description("The biggest comebacks first, then the most recent (at most 10)") List<@NonNull Comeback> examples,
        @NonNull @Description("How much of the record the count could see: every match in range, and whether the record holds them all "
                + "(with goal times for TIE and MATCH)") Coverage coverage) {
}
