package io.remontada.match;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.paging.PageInfo;

/** The schema's connection types for matches and ties (see {@link io.remontada.common.paging.Page}). */
public final class Connections {

    private Connections() {
    }

    @Name("MatchConnection")
    public record MatchConnection(List<MatchEdge> edges, PageInfo pageInfo, @NonNull Integer totalCount) {
    }

    @Name("MatchEdge")
    public record MatchEdge(Match node, String cursor) {
    }

    @Name("TieConnection")
    public record TieConnection(List<TieEdge> edges, PageInfo pageInfo, @NonNull Integer totalCount) {
    }

    @Name("TieEdge")
    public record TieEdge(Tie node, String cursor) {
    }
}
