package dev.kairos.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Requests released at the same moment, each on its own thread, for races a test must win every time. */
public final class AtOnce {

    private AtOnce() {}

    /** Runs the requests together and returns their answers in the order given. */
    @SafeVarargs
    public static List<Api.Response> together(ExecutorService pool, Supplier<Api.Response>... requests)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Response>> futures = new ArrayList<>();
        for (Supplier<Api.Response> request : requests) {
            futures.add(pool.submit(() -> {
                start.await();
                return request.get();
            }));
        }
        start.countDown();
        List<Api.Response> responses = new ArrayList<>();
        for (Future<Api.Response> f : futures) {
            responses.add(f.get());
        }
        return responses;
    }
}
