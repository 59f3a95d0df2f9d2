package io.remontada.club;

import static io.remontada.common.paging.Page.TOTAL;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.remontada.common.graphql.Selection;
import io.remontada.common.error.ClientSafe;
import io.remontada.common.Ids;
import io.remontada.common.error.BadUserInputException;

@GraphQLApi
@ClientSafe
public class ClubGraphQLApi {

    private final ClubService clubs;
    private final Selection selection;

    ClubGraphQLApi(ClubService clubs, Selection selection) {
        this.clubs = clubs;
        this.selection = selection;
    }

    @Query
    @Description("A club by id, or by any name or alias it goes by (case- and accent-insensitive); a trailing country code, "
            + "as in \"Liverpool FC (ENG)\", narrows a name to that country. Null when none matches. A name that fits more than "
            + "one club is a BAD_USER_INPUT error whose `extensions.candidates` lists each (id, name, country).")
    public Club club(@Id String id, String name) {
        if ((id == null) == (name == null)) {
            throw new BadUserInputException("give exactly one of id and name");
        }
        return id != null ? clubs.byId(Ids.parse("id", id)).orElse(null) : clubs.byName(name).orElse(null);
    }

    @Query
    @NonNull
    @Description("Clubs by name, optionally of one country (FIFA code). With `search`: the clubs one of whose names or aliases "
            + "contains it or comes close to it, so a typo still finds its club, closest first.")
    public ClubConnection clubs(String search, String country, Integer first, String after) {
        return clubs.search(search, country, first, after, selection.includes(TOTAL));
    }

    @NonNull
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Club> sources) {
        return clubs.aliases(sources);
    }
}
