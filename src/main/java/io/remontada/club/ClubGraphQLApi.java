package io.remontada.club;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.remontada.common.error.ClientSafe;
import io.remontada.common.Ids;
import io.remontada.common.error.BadUserInputException;

@GraphQLApi
@ClientSafe
public class ClubGraphQLApi {

    private final ClubService clubs;

    ClubGraphQLApi(ClubService clubs) {
        this.clubs = clubs;
    }

    @Query
    @Description("A club by id, or by any name or alias it goes by (case- and accent-insensitive). Null when none matches.")
    public Club club(@Id String id, String name) {
        if ((id == null) == (name == null)) {
            throw new BadUserInputException("give exactly one of id and name");
        }
        return id != null ? clubs.byId(Ids.parse("id", id)).orElse(null) : clubs.byName(name).orElse(null);
    }

    @Query
    @NonNull
    @Description("Clubs whose names or aliases contain `search`, optionally of one country (FIFA code), by name.")
    public ClubConnection clubs(String search, String country, Integer first, String after) {
        return clubs.search(search, country, first, after);
    }

    @NonNull
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Club> sources) {
        return clubs.aliases(sources);
    }
}
