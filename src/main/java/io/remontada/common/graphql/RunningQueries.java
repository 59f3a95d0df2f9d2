package io.remontada.common.graphql;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;

/**
 * Turns to execute a query: at most {@link RequestLimits#maxRunningQueries()} at once, the others waiting first come
 * first served. Every query runs on its own worker thread; with 32 in flight on 2 processors each got a 16th of one,
 * and the largest answers (a country's 20 clubs with their matches) took 3 to 4 times the mean to finish.
 *
 * <p>A turn is taken at the gate and given back when the query has executed ({@link QueryExecuted}, on the thread
 * that ran it, whether or not its client is still there), or when the response has been sent for a request that
 * never reached execution; whichever comes first.
 */
@ApplicationScoped
public class RunningQueries {

    private static final String TURN = "remontada.graphql.turn";

    private final Semaphore turns;
    private final long longestWaitNanos;

    RunningQueries(RequestLimits limits, MeterRegistry registry) {
        int most = limits.maxRunningQueries().orElse(4 * Runtime.getRuntime().availableProcessors());
        this.turns = new Semaphore(most, true);
        this.longestWaitNanos = TimeUnit.SECONDS.toNanos(limits.maxQueueSeconds());
        registry.gauge("remontada.graphql.queries.running", turns, s -> most - s.availablePermits());
        registry.gauge("remontada.graphql.queries.waiting", turns, Semaphore::getQueueLength);
    }

    /** Waits for this request's turn; false when it did not come in time. */
    boolean enter(RoutingContext ctx) throws InterruptedException {
        if (!turns.tryAcquire(longestWaitNanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        AtomicBoolean given = new AtomicBoolean();
        Runnable giveBack = () -> {
            if (given.compareAndSet(false, true)) {
                turns.release();
            }
        };
        ctx.put(TURN, giveBack);
        ctx.addBodyEndHandler(sent -> giveBack.run());
        return true;
    }

    /** Gives back the turn this request took, if it has one left. */
    static void leave(RoutingContext ctx) {
        Runnable giveBack = ctx.get(TURN);
        if (giveBack != null) {
            giveBack.run();
        }
    }
}
