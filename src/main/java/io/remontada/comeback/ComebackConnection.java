package io.remontada.comeback;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.paging.PageInfo;

/** The schema's connection type for comebacks (see {@link io.remontada.common.paging.Page}). */
@Name("ComebackConnection")
public record ComebackConnection(List<ComebackEdge> edges, PageInfo pageInfo, @NonNull Integer totalCount) {

    @Name("ComebackEdge")
    public record ComebackEdge(Comeback node, String cursor) {
    }
}
