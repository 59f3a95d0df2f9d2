package io.remontada.match;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Every field optional; all given fields must hold. */
@Input("MatchFilter")
public record MatchFilter(Stage stage, @Id String club, @Id String opponent, String competition, String seasonFrom, String seasonTo,
        String round, LocalDate dateFrom, LocalDate dateTo) {
}
