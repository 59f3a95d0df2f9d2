package io.remontada.match;

import static io.remontada.common.paging.Page.TOTAL;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.remontada.common.error.ClientSafe;
import io.remontada.club.Club;
import io.remontada.common.Ids;
import io.remontada.common.graphql.ArgumentBatches;
import io.remontada.common.graphql.Selection;
import io.remontada.match.Connections.MatchConnection;
import io.remontada.match.Connections.TieConnection;

/** Matches, ties and goals; every field reachable from a list resolves in one query per level. */
@GraphQLApi
@ClientSafe
public class MatchGraphQLApi {

    private final MatchService service;
    private final ArgumentBatches batches;
    private final Selection selection;

    MatchGraphQLApi(MatchService service, ArgumentBatches batches, Selection selection) {
        this.service = service;
        this.batches = batches;
        this.selection = selection;
    }

    @Query
    @NonNull
    public List<@NonNull Competition> competitions() {
        return service.competitions();
    }

    @Query
    @Description("A match by id; null when there is none.")
    public Match match(@NonNull @Id String id) {
        return service.match(Ids.parse("id", id)).orElse(null);
    }

    @Query
    @NonNull
    @Description("Matches in the order they were played.")
    public MatchConnection matches(MatchFilter filter, Integer first, String after) {
        return service.matches(filter, first, after, selection.includes(TOTAL));
    }

    @Query
    @Description("A tie by id; null when there is none.")
    public Tie tie(@NonNull @Id String id) {
        return service.tie(Ids.parse("id", id)).orElse(null);
    }

    @Query
    @NonNull
    @Description("Ties in the order they were settled.")
    public TieConnection ties(TieFilter filter, Integer first, String after) {
        return service.ties(filter, first, after, selection.includes(TOTAL));
    }

    @Query
    @NonNull
    public HeadToHead headToHead(@NonNull @Id String clubA, @NonNull @Id String clubB) {
        return service.headToHead(Ids.parse("clubA", clubA), Ids.parse("clubB", clubB));
    }

    public List<Tie> tie(@Source List<Match> sources) {
        return service.tiesOf(sources.stream().map(Match::tieId).toList());
    }

    @NonNull
    public List<@NonNull List<@NonNull Match>> legs(@Source List<Tie> sources) {
        return service.legs(sources);
    }

    @NonNull
    @Description("The club's matches in the order played.")
    public CompletionStage<MatchConnection> matches(@Source Club club, MatchFilter filter, Integer first, String after) {
        boolean counted = selection.includes(TOTAL);
        return batches.load(club, counted, clubs -> service.matchesOfClubs(clubs, filter, first, after, counted));
    }

    @NonNull
    @Description("The club's ties in the order settled.")
    public CompletionStage<TieConnection> ties(@Source Club club, TieFilter filter, Integer first, String after) {
        boolean counted = selection.includes(TOTAL);
        return batches.load(club, counted, clubs -> service.tiesOfClubs(clubs, filter, first, after, counted));
    }

    @NonNull
    @Description("Finals won, oldest first; `competition` is a code such as UCL.")
    public CompletionStage<List<@NonNull Title>> titles(@Source Club club, @Name("competition") String competition) {
        return batches.load(club, clubs -> service.titles(clubs, competition));
    }
}
