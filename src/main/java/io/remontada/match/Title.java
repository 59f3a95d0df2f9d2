package io.remontada.match;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Title")
public record Title(@NonNull Competition competition, @NonNull Season season, @Name("final") @Description("The final won; its last match when it was replayed") Match finalMatch) {
}
