package io.remontada.common;

import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.remontada.support.GraphQL;
import io.restassured.response.ValidatableResponse;

/**
 * Counts the SQL statements PostgreSQL itself executed for a five-level query (clubs, their ties,
 * the legs, the goals, each goal's club), with pg_stat_statements, which the test database loads.
 * Batching means one statement per level whatever the page size: if any level went N+1, a bigger
 * page would run more statements. Aliases of a batched field cost one batch per distinct argument set.
 */
@QuarkusTest
class StatementCountTest {

    /**
     * One per level that reads rows: clubs, their ties, legs, goals. A goal's club comes from the club catalogue, read
     * once and kept; no totals, which the query does not select.
     */
    static final int STATEMENTS_FOR_FIVE_LEVELS = 4;
    /** The same query with the totals of its two lists selected: one count each, the ties' for all clubs at once. */
    static final int STATEMENTS_FOR_FIVE_LEVELS_COUNTED = 6;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void fiveLevelsRunTheSameStatementsForOneRowOrManyPerLevel() throws SQLException {
        // several clubs per page; their ties have no goal timelines, so this checks the first four levels
        long small = statementsFor("r", 2, null);
        long large = statementsFor("r", 4, null);
        assertEquals(small, large, "a level multiplied its statements with the page size");
        // Liverpool's ties from 2015-16 on have goal timelines: all five levels run
        long withGoals = statementsFor("Liverpool FC", 2, "2015-16");
        long withMoreGoals = statementsFor("Liverpool FC", 4, "2015-16");
        assertEquals(withGoals, withMoreGoals, "a level multiplied its statements with the page size");
        assertEquals(STATEMENTS_FOR_FIVE_LEVELS, withMoreGoals, "statements for the five-level query");
        assertTrue(small <= withGoals);
    }

    @Test
    void totalsAreCountedOnlyWhenTheQuerySelectsThem() throws SQLException {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            resetStatements();
            GraphQL.postUncached("five-levels-counted", "search", "Liverpool FC", "first", 4, "seasonFrom", "2015-16")
                    .statusCode(200).body("errors", nullValue()).body("data.clubs.totalCount", greaterThan(0))
                    .body("data.clubs.edges[0].node.ties.totalCount", greaterThan(4));
            fewest = Math.min(fewest, selectsRun());
        }
        assertEquals(STATEMENTS_FOR_FIVE_LEVELS_COUNTED, fewest, "statements for the five-level query with its totals");
    }

    @Test
    void aliasesOfABatchedFieldRunItsStatementsOncePerDistinctArgumentsNotPerClub() throws SQLException {
        // the first verdicts of a JVM also read what the record covers and the competitions, kept for later requests
        aliasedVerdicts(4, true, true, true);
        aliasedVerdicts(2, true, true, true);
        // each count less the statements of the page of clubs itself
        long page = aliasedVerdicts(4, false, false, false);
        long a = aliasedVerdicts(4, true, false, false) - page;
        long b = aliasedVerdicts(4, false, false, true) - page;
        assertTrue(a > 0 && b > 0, "a verdict runs statements");
        assertEquals(a, aliasedVerdicts(4, true, true, false) - page, "two aliases with the same arguments should share one batch");
        long all = aliasedVerdicts(4, true, true, true) - page;
        assertEquals(a + b, all, "each distinct argument set should be one batch");
        assertEquals(all, aliasedVerdicts(2, true, true, true) - aliasedVerdicts(2, false, false, false), "a verdict's statements grew with the page size");
    }

    /** The fewer of two runs: a catalogue that is read again when it grows stale must not count as the query's own work. */
    private long aliasedVerdicts(int first, boolean askA, boolean askSameAsA, boolean askB) throws SQLException {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            resetStatements();
            GraphQL.postUncached("aliased-verdicts", "search", "ea", "first", first, "askA", askA, "askSameAsA", askSameAsA, "askB", askB)
                    .statusCode(200).body("errors", nullValue()).body("data.clubs.edges", hasSize(first));
            fewest = Math.min(fewest, selectsRun());
        }
        return fewest;
    }

    /** The fewer of two runs, as for verdicts: the club catalogue, read again when stale, is no level of the query. */
    private long statementsFor(String search, int first, String seasonFrom) throws SQLException {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            resetStatements();
            ValidatableResponse response = GraphQL.postUncached("five-levels", "search", search, "first", first, "seasonFrom", seasonFrom)
                    .statusCode(200).body("errors", nullValue());
            if (seasonFrom != null) {
                response.body("data.clubs.edges[0].node.ties.edges.node.legs.flatten().goals.flatten().club.name", hasItem("Liverpool FC"));
            }
            fewest = Math.min(fewest, selectsRun());
        }
        return fewest;
    }

    private void resetStatements() throws SQLException {
        execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        execute("SELECT pg_stat_statements_reset()");
    }

    private long selectsRun() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                // the answer cache reads the record's version once per request, whatever the query's shape; the
                // coverage and competition catalogues are read once and kept: none of them is a level of the query
                ResultSet count = statement.executeQuery("SELECT coalesce(sum(calls), 0) FROM pg_stat_statements "
                        + "WHERE query ILIKE 'select%' AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%FROM import_run%' "
                        + "AND query NOT ILIKE '%GROUP BY competition, season, stage%' AND query NOT ILIKE '%from competition %'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
