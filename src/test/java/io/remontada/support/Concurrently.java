package io.remontada.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests sent by several clients at once, for tests that need the pool to hold several connections. */
public final class Concurrently {

    /** One request of a batch; {@code i} counts from 0, so that requests can differ. */
    @FunctionalInterface
    public interface Request {
        void send(int i) throws Exception;
    }

    private Concurrently() {
    }

    /** Sends {@code count} requests from {@code clients} threads and waits for all; the first failure fails the test. */
    public static void send(int clients, int count, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                sent.add(pool.submit(() -> {
                    request.send(n);
                    return null;
                }));
            }
            for (Future<?> each : sent) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
