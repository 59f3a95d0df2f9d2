package io.remontada.match;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.remontada.rules.TieDecision;

/** Every field optional; all given fields must hold. */
@Input("TieFilter")
public record TieFilter(Stage stage, @Id String club, @Id String opponent, String competition, String seasonFrom, String seasonTo,
        String round, TieDecision decidedBy) {
}
