package io.remontada.common.graphql;

import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits every GraphQL request is checked against before it reaches a resolver, so that a deep,
 * wide or aliased query is refused before it touches the database. See the README's limits table.
 */
@ConfigMapping(prefix = "remontada.graphql.limits")
public interface RequestLimits {

    /** Largest request body or GET query string, in bytes. */
    @WithDefault("102400")
    int maxBodyBytes();

    /** Largest body of a request from an admin (a JWT with the role admin, or the admin token): an importMatches call carries a whole match file. */
    @WithDefault("67108864")
    int maxAdminBodyBytes();

    /** Most tokens the GraphQL parser reads; a query of thousands of aliases stops here, before validation. */
    @WithDefault("10000")
    int maxTokens();

    /** Deepest selection, in fields (introspection fields aside: GraphiQL's own query nests deep and costs nothing). */
    @WithDefault("12")
    int maxDepth();

    /** Most nodes an answer may hold: every field counted once per row it can be resolved for (see {@link QueryCost}). */
    @WithDefault("100000")
    int maxNodes();

    /** Most selections of fields that run a resolver, each roughly one database statement (see {@link QueryCost}). */
    @WithDefault("100")
    int maxResolvers();

    /**
     * Seconds a cache may keep the answer to a GET query. The record changes only when someone
     * imports, so shared caches in front of the replicas can answer repeated questions.
     */
    @WithDefault("60")
    int getMaxAgeSeconds();

    /**
     * Most fragment definitions and most fragment spreads in one document, counted before validation:
     * validating fragments that spread each other costs far more than their size suggests.
     */
    @WithDefault("100")
    int maxFragments();

    /**
     * Most queries executed at once (four per processor when not set); the others wait their turn, first come first
     * served. A processor shared by every query in flight stretches a large answer by their number; in turn, it waits
     * about as long as any other and then runs at full speed.
     */
    OptionalInt maxRunningQueries();

    /** Seconds a query waits for its turn before it is answered SERVICE_UNAVAILABLE. */
    @WithDefault("10")
    int maxQueueSeconds();

    /** Rows assumed for a plain list field (legs, goals, aliases...), which has no {@code first}. */
    @WithDefault("10")
    int listFanOut();
}
