package dev.kairos.bench.load;

import dev.kairos.bench.load.BookingTransactions.Done;
import dev.kairos.bench.load.SqlBooking.Wanted;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writers that commit bookings together: client threads hand their bookings over and wait; each
 * writer thread, with a connection of its own, takes up to {@code batch} waiting bookings, books
 * them in one transaction ({@link BookingTransactions#together}) and answers each only once that
 * transaction has committed. When it fails as a whole, every booking of it is answered with the
 * failure and none is booked.
 */
final class BatchWriter implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final BlockingQueue<Handed> waiting = new LinkedBlockingQueue<>();
    private final SqlBooking booking;
    private final int batch;
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong bookings = new AtomicLong();
    private volatile boolean open = true;

    private record Handed(Wanted wanted, CompletableFuture<Done> answer) {}

    /** Starts one writer per connection (auto-commit off); the connections stay the caller's. */
    BatchWriter(SqlBooking booking, List<Connection> connections, int batch) {
        this.booking = booking;
        this.batch = batch;
        for (Connection db : connections) {
            Thread writer = new Thread(() -> write(db), "batch-writer-" + writers.size());
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /**
     * Hands {@code w} to a writer and waits until its transaction committed (or failed); a writer
     * that never answers fails the booking after {@link #PATIENCE}, so a run still ends by itself.
     */
    Done book(Wanted w) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<Done> answer = new CompletableFuture<>();
        waiting.add(new Handed(w, answer));
        return answer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private void write(Connection db) {
        List<Handed> taken = new ArrayList<>(batch);
        while (open) {
            try {
                Handed first = waiting.poll(50, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                waiting.drainTo(taken, batch - 1);
                commit(db, taken);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                taken.clear();
            }
        }
    }

    private void commit(Connection db, List<Handed> taken) {
        transactions.incrementAndGet();
        bookings.addAndGet(taken.size());
        List<Done> done;
        try {
            done = BookingTransactions.together(
                    db, booking, taken.stream().map(Handed::wanted).toList());
        } catch (SQLException | RuntimeException e) {
            taken.forEach(h -> h.answer().completeExceptionally(e));
            return;
        }
        for (int i = 0; i < taken.size(); i++) {
            taken.get(i).answer().complete(done.get(i));
        }
    }

    /** How many bookings a transaction took on average so far: up to the batch size, fewer when fewer waited. */
    double perTransaction() {
        return bookings.get() / (double) Math.max(1, transactions.get());
    }

    /** Stops the writers once they have answered what they took; bookings still waiting are failed. */
    @Override
    public void close() throws InterruptedException {
        open = false;
        for (Thread writer : writers) {
            writer.join();
        }
        for (Handed left; (left = waiting.poll()) != null; ) {
            left.answer().completeExceptionally(new IllegalStateException("the writers stopped"));
        }
    }
}
