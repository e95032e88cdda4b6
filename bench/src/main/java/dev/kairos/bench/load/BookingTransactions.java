package dev.kairos.bench.load;

import dev.kairos.bench.load.SqlBooking.Attempt;
import dev.kairos.bench.load.SqlBooking.Wanted;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The two ways of committing bookings: each in a transaction of its own (as the server does), or
 * several in one transaction, each under a savepoint of its own, so that a refused booking is
 * rolled back to its savepoint and the others stay. Connections are given with auto-commit off.
 */
final class BookingTransactions {

    /** Attempts per booking when it is chosen as a deadlock victim (the server's MAX_ATTEMPTS). */
    private static final int ATTEMPTS = 8;

    /** The savepoint of the first booking of a transaction, sent in the booking's first round trip. */
    private static final String FIRST = "savepoint booking;\n";
    /**
     * The savepoint of each further booking: the one before is released first, so the transaction
     * holds one level of savepoint, not one nested in the other per booking.
     */
    private static final String NEXT = "release savepoint booking;\nsavepoint booking;\n";

    /** What became of one booking: an outcome of {@link SqlBooking}, and the appointment when booked (else 0). */
    record Done(String outcome, long appointment) {
        boolean booked() {
            return appointment != 0;
        }
    }

    private BookingTransactions() {}

    /** Books {@code w} in a transaction of its own, committed or rolled back before this returns. */
    static Done alone(Connection db, SqlBooking booking, Wanted w) throws SQLException {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Attempt done = booking.attempt(db, w, "");
                if (done instanceof Attempt.Inserted inserted) {
                    booking.commitWrites(db, List.of(inserted));
                    db.commit();
                    return new Done(SqlBooking.BOOKED, inserted.appointment());
                }
                db.rollback();
                if (done instanceof Attempt.Refused refused) {
                    return new Done(refused.why(), 0);
                }
            }
            return new Done(SqlBooking.DEADLOCKED, 0);
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /**
     * Books every one of {@code wanted} in one transaction, each under its own savepoint, and
     * commits once. A refused booking (or one that failed) is rolled back to its savepoint; the
     * others stay. Returns each one's outcome in order, only once the commit is done.
     *
     * @throws SQLException when the transaction as a whole failed: it is rolled back, none is booked
     */
    static List<Done> together(Connection db, SqlBooking booking, List<Wanted> wanted) throws SQLException {
        List<Done> done = new ArrayList<>();
        List<Attempt.Inserted> inserted = new ArrayList<>();
        try {
            for (Wanted w : wanted) {
                Attempt attempt = underSavepoint(db, booking, w, done.isEmpty());
                if (attempt instanceof Attempt.Inserted i) {
                    inserted.add(i);
                    done.add(new Done(SqlBooking.BOOKED, i.appointment()));
                } else {
                    done.add(new Done(attempt instanceof Attempt.Refused r ? r.why() : SqlBooking.DEADLOCKED, 0));
                }
            }
            if (!inserted.isEmpty()) {
                booking.commitWrites(db, inserted);
            }
            db.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** One booking under a savepoint, rolled back to it unless inserted; a deadlock victim tries again. */
    private static Attempt underSavepoint(Connection db, SqlBooking booking, Wanted w, boolean first)
            throws SQLException {
        Attempt attempt = new Attempt.Again();
        for (int n = 1; n <= ATTEMPTS && attempt instanceof Attempt.Again; n++) {
            attempt = booking.attempt(db, w, first && n == 1 ? FIRST : NEXT);
            if (!(attempt instanceof Attempt.Inserted)) {
                SqlBooking.execute(db, "rollback to savepoint booking");
            }
        }
        return attempt;
    }
}
