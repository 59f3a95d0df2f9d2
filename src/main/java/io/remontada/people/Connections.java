package io.remontada.people;

import java.util.List;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.remontada.common.paging.PageInfo;

/** The schema's connection types for people and quotes (see {@link io.remontada.common.paging.Page}). */
public final class Connections {

    private Connections() {
    }

    @Name("PersonConnection")
    public record PersonConnection(List<PersonEdge> edges, PageInfo pageInfo, @NonNull Integer totalCount) {
    }

    @Name("PersonEdge")
    public record PersonEdge(Person node, String cursor) {
    }

    @Name("QuoteConnection")
    public record QuoteConnection(List<QuoteEdge> edges, PageInfo pageInfo, @NonNull Integer totalCount) {
    }

    @Name("QuoteEdge")
    public record QuoteEdge(Quote node, String cursor) {
    }
}
