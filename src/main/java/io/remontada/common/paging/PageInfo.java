package io.remontada.common.paging;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Relay's page info, as the cursor connections specification names it: Relay and Apollo's relayStylePagination read all four. */
@Name("PageInfo")
public record PageInfo(boolean hasNextPage,
        @Description("Whether rows come before this page: true when the page was asked for with `after`") boolean hasPreviousPage,
        String startCursor, String endCursor) {
}
