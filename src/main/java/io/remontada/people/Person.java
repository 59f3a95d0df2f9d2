package io.remontada.people;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Person")
public record Person(@Id long id, @NonNull String name) {

    static Person of(PersonEntity p) {
        return new Person(p.id, p.name);
    }
}
