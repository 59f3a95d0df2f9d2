package io.remontada.match;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.club.Club;

@Name("HeadToHead")
@Description("Every meeting of two clubs in the record. A match settled by a shoot-out counts as a draw, as UEFA counts it.")
public record HeadToHead(@NonNull Club clubA, @NonNull Club clubB, int played, int winsA, int draws, int winsB,
        @NonNull List<@NonNull Tie> ties, @NonNull List<@NonNull Match> matches) {
}
