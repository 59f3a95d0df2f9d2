package io.remontada.comeback;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Verdict")
public record Verdict(boolean answer, int deficit, @NonNull ComebackScope scope,
        @Description("Occasions the side faced a deficit of at least `deficit` in the data") int attempts,
        @Description("Of those, how many it overturned") int overturned,
        @NonNull @Description("The evidence, newest first (at most 100)") List<@NonNull Comeback> occasions,
        @NonNull Coverage coverage) {
}
