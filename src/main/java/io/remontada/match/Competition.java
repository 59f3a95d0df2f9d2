package io.remontada.match;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Competition")
@Description("UCL: European Cup / Champions League; UEL: UEFA Cup / Europa League; UECL: Conference League")
public record Competition(@NonNull String code, @NonNull String name) {
}
