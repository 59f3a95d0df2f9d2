package io.remontada.club;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A club as clients see it; its relations resolve through batched fields of the GraphQL APIs. */
@Name("Club")
public record Club(@Id long id, String name,
        @Description("FIFA trigramme (ENG, GER, ESP, SCO...), as the match sources write it") String country,
        Integer founded, String stadium) {

    static Club of(ClubEntity entity) {
        return new Club(entity.id, entity.name, entity.country, entity.founded, entity.stadium);
    }
}
