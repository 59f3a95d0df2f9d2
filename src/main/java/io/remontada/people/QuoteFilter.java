package io.remontada.people;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Every field optional; all given fields must hold. `search` finds words in the text, any case. */
@Input("QuoteFilter")
public record QuoteFilter(@Id String speaker, @Id String club, @Id String tie, @Id String match, String search) {
}
