package io.remontada.comeback;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.coverage.Coverage;
import io.remontada.rules.ComebackScope;

/**
 * A side's verdict. {@code why}, {@code occasions} and {@code coverage} are read only when the query
 * selects them (see {@link VerdictParts}) and are null otherwise, where no client can see them.
 */
@Name("Verdict")
public record Verdict(@NonNull Answer answer,
        @NonNull @Description("One sentence a person can read: the evidence, or what the record is missing") String why,
        int deficit, @NonNull ComebackScope scope,
        @Description("Occasions the side faced a deficit of at least `deficit` in the data") int attempts,
        @Description("Of those, how many it overturned") int overturned,
        @NonNull @Description("The evidence, newest first (at most 100)") List<@NonNull Comeback> occasions,
        @NonNull @Description("How much of the side's record the answer could see") Coverage coverage) {
}
