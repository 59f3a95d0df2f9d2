package io.remontada.common.graphql;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import graphql.language.OperationDefinition;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Turns to execute a query: at most {@link RequestLimits#maxRunningQueries()} at once, the others waiting first come
 * first served. Every query runs on its own worker thread; with 32 in flight on 2 processors each got a 16th of one,
 * and the largest answers (a country's 20 clubs with their matches) took 3 to 4 times the mean to finish.
 *
 * <p>The gate takes a turn before it executes a query and gives it back when the query has executed and its answer is
 * handed to the connection, on the same thread, whether or not the client is still there.
 */
@ApplicationScoped
public class RunningQueries {

    private static final int SMALL_QUERY_NODES = 25;

    private final Semaphore turns;
    private final long longestWaitNanos;

    RunningQueries(RequestLimits limits, MeterRegistry registry) {
        int most = limits.maxRunningQueries().orElse(4 * Runtime.getRuntime().availableProcessors());
        this.turns = new Semaphore(most, true);
        this.longestWaitNanos = TimeUnit.SECONDS.toNanos(limits.maxQueueSeconds());
        registry.gauge("remontada.graphql.queries.running", turns, s -> most - s.availablePermits());
        registry.gauge("remontada.graphql.queries.waiting", turns, Semaphore::getQueueLength);
    }

    /**
     * Whether an operation runs without waiting its turn: a query small enough, one resolver (one statement at most)
     * and a handful of values, such as a club by id. Parking its thread and waking it again cost as much as answering
     * it (a fifth of the throughput of a club by id, benchmarks/README.md), and it holds a processor for no longer
     * than that. A mutation always waits: one small to read may be an import.
     */
    static boolean needsNoTurn(OperationDefinition operation, QueryCost.Result cost) {
        return operation.getOperation() == OperationDefinition.Operation.QUERY && cost.resolvers() <= 1 && cost.nodes() <= SMALL_QUERY_NODES;
    }

    /** Waits for a turn; false when it did not come in time. */
    boolean enter() throws InterruptedException {
        return turns.tryAcquire(longestWaitNanos, TimeUnit.NANOSECONDS);
    }

    /** Gives back the turn {@link #enter()} took. */
    void leave() {
        turns.release();
    }
}
