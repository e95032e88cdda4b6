package dev.kairos.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Fires calls at the same moment: each on a thread of its own, all held at a gate that opens
 * once every call is ready, so that they meet in the server rather than queue in the test.
 */
public final class Concurrently {

    private Concurrently() {}

    /**
     * Runs {@code call(0)} to {@code call(count - 1)} at once and returns their results in that
     * order.
     *
     * @throws IllegalStateException wrapping the first call that threw
     */
    public static <T> List<T> run(int count, IntFunction<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch ready = new CountDownLatch(count);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    gate.await();
                    return call.apply(n);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            gate.countDown();
            List<T> results = new ArrayList<>(count);
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a concurrent call failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
