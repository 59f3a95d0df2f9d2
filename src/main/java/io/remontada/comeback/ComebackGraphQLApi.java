package io.remontada.comeback;

import static io.remontada.common.paging.Page.TOTAL;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.remontada.common.error.ClientSafe;
import io.remontada.common.graphql.ArgumentBatches;
import io.remontada.common.graphql.Selection;
import io.remontada.club.Club;
import io.remontada.match.Match;
import io.remontada.match.MatchService;
import io.remontada.match.Tie;
import io.remontada.people.Person;
import io.remontada.people.PeopleService;
import io.remontada.rules.ComebackScope;

/** The questions the product exists for: has this side ever overturned such a deficit, and has anyone? */
@GraphQLApi
@ClientSafe
public class ComebackGraphQLApi {

    private final ComebackService comebacks;
    private final MatchService matches;
    private final PeopleService people;
    private final ArgumentBatches batches;
    private final Selection selection;

    ComebackGraphQLApi(ComebackService comebacks, MatchService matches, PeopleService people, ArgumentBatches batches,
            Selection selection) {
        this.selection = selection;
        this.comebacks = comebacks;
        this.matches = matches;
        this.people = people;
        this.batches = batches;
    }

    @Query
    @NonNull
    @Description("Comebacks in the record, biggest deficit first, then the most recent.")
    public ComebackConnection comebacks(ComebackFilter filter, Integer first, String after) {
        return comebacks.comebacks(filter, first, after, selection.includes(TOTAL));
    }

    @Query
    @NonNull
    @Description("History's verdict on a deficit of at least `deficit` goals, across every club: how often was it overturned?")
    public DeficitRecord deficitRecord(int deficit, @NonNull ComebackScope scope, ComebackFilter filter) {
        return comebacks.deficitRecord(deficit, scope, filter);
    }

    @NonNull
    @Description("Has this club ever overturned a deficit of at least `deficit` goals? The verdict, its evidence and how much of the record it saw.")
    public CompletionStage<Verdict> hasOverturned(@Source Club club, int deficit, @NonNull ComebackScope scope, ComebackFilter filter) {
        VerdictParts parts = VerdictParts.selected(selection);
        return batches.load(club, parts, clubs -> comebacks.clubVerdicts(clubs.stream().map(Club::id).toList(), deficit, scope, filter, parts));
    }

    @NonNull
    @Name("hasOverturned")
    @Description("Has a side this person managed (on the day) overturned a deficit of at least `deficit` goals?")
    public CompletionStage<Verdict> managerHasOverturned(@Source Person person, int deficit, @NonNull ComebackScope scope) {
        VerdictParts parts = VerdictParts.selected(selection);
        return batches.load(person, parts, people -> comebacks.managerVerdicts(people.stream().map(Person::id).toList(), deficit, scope, parts));
    }

    @NonNull
    @Description("The club's comebacks, biggest deficit first, then the most recent.")
    public CompletionStage<ComebackConnection> comebacks(@Source Club club, ComebackFilter filter, Integer first, String after) {
        boolean counted = selection.includes(TOTAL);
        return batches.load(club, counted, clubs -> comebacks.comebacksOfClubs(clubs.stream().map(Club::id).toList(), filter, first, after, counted));
    }

    public List<Tie> tie(@Source List<Comeback> sources) {
        return matches.tiesOf(sources.stream().map(Comeback::tieId).toList());
    }

    @Description("The match: for MATCH, the one turned around; for FIRST_LEG and TIE, the one that settled the tie.")
    public List<Match> match(@Source List<Comeback> sources) {
        return matches.matchesOf(sources.stream().map(Comeback::matchId).toList());
    }

    @Description("The club's manager that day, where the record knows it.")
    public List<Person> manager(@Source List<Comeback> sources) {
        return people.positional(sources.stream().map(Comeback::managerId).toList());
    }
}
