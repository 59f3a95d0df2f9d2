package io.remontada.people;

import static io.remontada.common.paging.Page.TOTAL;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.remontada.common.graphql.Selection;
import io.remontada.common.error.ClientSafe;
import io.remontada.club.Club;
import io.remontada.club.ClubCatalog;
import io.remontada.common.Ids;
import io.remontada.common.error.BadUserInputException;
import io.remontada.match.Match;
import io.remontada.match.MatchService;
import io.remontada.match.Tie;
import io.remontada.people.Connections.PersonConnection;
import io.remontada.people.Connections.QuoteConnection;

@GraphQLApi
@ClientSafe
public class PeopleGraphQLApi {

    private final PeopleService people;
    private final ClubCatalog clubs;
    private final MatchService matches;
    private final Selection selection;

    PeopleGraphQLApi(PeopleService people, ClubCatalog clubs, MatchService matches, Selection selection) {
        this.selection = selection;
        this.people = people;
        this.clubs = clubs;
        this.matches = matches;
    }

    @Query
    @Description("A person by id or by name (case- and accent-insensitive). Null when none matches.")
    public Person person(@Id String id, String name) {
        if ((id == null) == (name == null)) {
            throw new BadUserInputException("give exactly one of id and name");
        }
        return id != null ? people.byId(Ids.parse("id", id)).orElse(null) : people.byName(name).orElse(null);
    }

    @Query
    @NonNull
    @Description("People with at least one spell as a manager, by name.")
    public PersonConnection managers(String search, Integer first, String after) {
        return people.managers(search, first, after, selection.includes(TOTAL));
    }

    @Query
    @NonNull
    public QuoteConnection quotes(QuoteFilter filter, Integer first, String after) {
        return people.quotes(filter, first, after, selection.includes(TOTAL));
    }

    @NonNull
    public List<@NonNull List<@NonNull ManagerSpell>> spells(@Source List<Person> sources) {
        return people.spellsOfPeople(sources);
    }

    @NonNull
    public List<@NonNull List<@NonNull Quote>> quotes(@Source List<Person> sources) {
        return people.quotesOf(sources);
    }

    @NonNull
    @Description("The club's managers in the record, earliest spell first.")
    public List<@NonNull List<@NonNull ManagerSpell>> managers(@Source List<Club> sources) {
        return people.spellsAtClubs(sources.stream().map(Club::id).toList());
    }

    @NonNull
    public List<@NonNull Person> manager(@Source List<ManagerSpell> sources) {
        return people.positional(sources.stream().map(ManagerSpell::personId).toList());
    }

    @NonNull
    @Name("club")
    public List<@NonNull Club> spellClub(@Source List<ManagerSpell> sources) {
        return sources.stream().map(spell -> clubs.of(spell.clubId())).toList();
    }

    @NonNull
    public List<@NonNull Person> speaker(@Source List<Quote> sources) {
        return people.positional(sources.stream().map(Quote::personId).toList());
    }

    @Name("club")
    public List<Club> quoteClub(@Source List<Quote> sources) {
        return sources.stream().map(quote -> clubs.ofNullable(quote.clubId())).toList();
    }

    public List<Tie> tie(@Source List<Quote> sources) {
        return matches.tiesOf(sources.stream().map(Quote::tieId).toList());
    }

    public List<Match> match(@Source List<Quote> sources) {
        return matches.matchesOf(sources.stream().map(Quote::matchId).toList());
    }
}
