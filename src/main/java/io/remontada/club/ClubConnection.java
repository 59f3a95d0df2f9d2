package io.remontada.club;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.paging.PageInfo;

@Name("ClubConnection")
public record ClubConnection(List<ClubEdge> edges, PageInfo pageInfo, @NonNull Integer totalCount) {

    @Name("ClubEdge")
    public record ClubEdge(Club node, String cursor) {
    }
}
