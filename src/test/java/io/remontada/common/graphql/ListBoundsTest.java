package io.remontada.common.graphql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The bounds the gate counts lists by hold for the record: a cost that undercounts would let a big answer through. */
@QuarkusTest
class ListBoundsTest {

    @Inject
    EntityManager em;

    private long most(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    @Test
    void noMatchHoldsMoreGoalsThanTheBound() {
        long scored = most("SELECT max(coalesce(aet_home, ft_home) + coalesce(aet_away, ft_away)) FROM match");
        assertTrue(scored <= QueryCost.LIST_BOUNDS.get("Match.goals"), "a match with " + scored + " goals");
    }

    @Test
    void noTieHoldsMoreMatchesThanTheBound() {
        long legs = most("SELECT max(n) FROM (SELECT count(*) AS n FROM match WHERE tie_id IS NOT NULL GROUP BY tie_id) t");
        assertTrue(legs <= QueryCost.LIST_BOUNDS.get("Tie.legs"), "a tie with " + legs + " matches");
    }

    @Test
    void competitionsAreAsManyAsTheBound() {
        assertTrue(most("SELECT count(*) FROM competition") <= QueryCost.LIST_BOUNDS.get("Query.competitions"));
    }
}
