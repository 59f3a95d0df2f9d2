package io.remontada.common.paging;

/** Relay's page info: whether another page follows, and the cursor to ask for it with. */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
