package io.remontada.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list, turned into a Relay connection of any node type.
 *
 * <p>SmallRye GraphQL has no Relay support and names generic types itself, so each node type
 * declares its two tiny {@code XConnection}/{@code XEdge} records for the schema's names, and this
 * class does all the work: trimming the look-ahead row, cursors, page info and the total, which is
 * counted only when the query selected it (the connection's {@code totalCount} is null otherwise, and
 * never read).
 */
public final class Page<T> {

    /** The connection field that holds the total. */
    public static final String TOTAL = "totalCount";

    private final List<T> rows;
    private final boolean hasNext;
    private final Integer totalCount;
    private final PageRequest request;
    private final Function<T, List<?>> sortKey;

    /**
     * @param fetched rows in the list's order, at most {@link PageRequest#fetchSize()}
     * @param total   counts every row of the list; called only when the request is {@link PageRequest#counted() counted}
     * @param sortKey the values of the list's sort columns for a row, as its cursor encodes them
     */
    public Page(List<T> fetched, PageRequest request, LongSupplier total, Function<T, List<?>> sortKey) {
        this.hasNext = fetched.size() > request.first();
        this.rows = hasNext ? fetched.subList(0, request.first()) : fetched;
        this.totalCount = request.counted() ? Math.toIntExact(total.getAsLong()) : null;
        this.request = request;
        this.sortKey = sortKey;
    }

    public <E, C> C toConnection(BiFunction<T, String, E> edge, ConnectionFactory<E, C> connection) {
        List<E> edges = new ArrayList<>(rows.size());
        String first = null;
        String last = null;
        for (T row : rows) {
            last = PageRequest.encode(request.list(), sortKey.apply(row));
            first = first == null ? last : first;
            edges.add(edge.apply(row, last));
        }
        // paging runs forward from a cursor, so rows lie before this page exactly when one was given
        return connection.create(edges, new PageInfo(hasNext, request.hasAfter(), first, last), totalCount);
    }

    /** The canonical constructor of an {@code XConnection} record. */
    @FunctionalInterface
    public interface ConnectionFactory<E, C> {
        C create(List<E> edges, PageInfo pageInfo, Integer totalCount);
    }
}
