package io.remontada.coverage;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.remontada.common.error.ClientSafe;

/** What the record holds, measured against what was played. */
@GraphQLApi
@ClientSafe
public class CoverageGraphQLApi {

    private final CoverageService coverage;

    CoverageGraphQLApi(CoverageService coverage) {
        this.coverage = coverage;
    }

    @Query
    @NonNull
    @Description("What the record holds: one span per competition and season, from each competition's first season to the one "
            + "being played today, with the stages it lacks")
    public List<@NonNull CoverageSpan> coverage() {
        return coverage.all();
    }
}
