package dev.kairos.platform;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that may wait until their transaction commits (log entries, outbox rows, planned
 * messages), sent to PostgreSQL together just before it does: the driver writes every statement
 * before it waits, so a booking pays one round trip for all of them instead of one each. A write
 * made outside a transaction runs at once.
 *
 * <p>A component that collects rows through the transaction and writes them in one statement at
 * the end keeps them in a {@link Collector} of the transaction ({@link #collector}); its
 * {@link Collector#flush} runs just before the writes are sent and adds its statements.
 */
@Component
public class CommitWrites {

    private static final Object KEY = new Object();

    private final JdbcTemplate jdbc;

    CommitWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What one component collects in one transaction, written when the transaction is about to commit. */
    public interface Collector {

        /** Adds this collector's statements to {@code writes} ({@link CommitWrites#add}). */
        void flush(CommitWrites writes);

        /** After the transaction committed. */
        default void afterCommit() {}
    }

    /**
     * Whether writes wait for the commit: there is a transaction to wait for, and its writes have
     * not been sent yet (a write made after that, while the transaction completes, runs at once).
     */
    public boolean deferring() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return false;
        }
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(KEY);
        return batch == null || !batch.sent;
    }

    /**
     * The current transaction's collector under {@code key}, made by {@code make} the first time;
     * only while {@link #deferring()}.
     */
    @SuppressWarnings("unchecked")
    public <T extends Collector> T collector(Object key, Supplier<T> make) {
        return (T) batch().collectors.computeIfAbsent(key, k -> make.get());
    }

    /**
     * Runs {@code sql} with {@code params} just before the current transaction commits, or at once
     * without a transaction; {@code rows}, when not null, is told how many rows it wrote.
     */
    public void add(String sql, SqlParameterSource params, IntConsumer rows) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        Statement statement = new Statement(
                NamedParameterUtils.substituteNamedParameters(parsed, params),
                NamedParameterUtils.buildValueArray(parsed, params, null),
                rows);
        if (deferring()) {
            batch().statements.add(statement);
        } else {
            run(List.of(statement));
        }
    }

    private Batch batch() {
        Batch batch = (Batch) TransactionSynchronizationManager.getResource(KEY);
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.bindResource(KEY, batch);
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        return batch;
    }

    private void run(List<Statement> statements) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (Statement s : statements) {
            sql.append(sql.isEmpty() ? "" : ";\n").append(s.sql);
            args.addAll(List.of(s.args));
        }
        jdbc.execute(sql.toString(), (PreparedStatement ps) -> {
            new ArgumentPreparedStatementSetter(args.toArray()).setValues(ps);
            ps.execute();
            for (Statement s : statements) {
                int count = ps.getUpdateCount();
                if (s.rows != null) {
                    s.rows.accept(Math.max(count, 0));
                }
                ps.getMoreResults();
            }
            return null;
        });
    }

    private record Statement(String sql, Object[] args, IntConsumer rows) {}

    /** The writes of one transaction. */
    private final class Batch implements TransactionSynchronization {

        private final Map<Object, Collector> collectors = new LinkedHashMap<>();
        private final List<Statement> statements = new ArrayList<>();
        private boolean sent;

        // After every other synchronization's beforeCommit, which may still add writes.
        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // A collector's flush adds its statements to this batch (the transaction is still bound).
            for (Collector collector : List.copyOf(collectors.values())) {
                collector.flush(CommitWrites.this);
            }
            sent = true;
            if (!statements.isEmpty()) {
                List<Statement> all = List.copyOf(statements);
                statements.clear();
                run(all);
            }
        }

        @Override
        public void afterCommit() {
            collectors.values().forEach(Collector::afterCommit);
        }

        /** A transaction started inside this one (REQUIRES_NEW) has writes of its own. */
        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(KEY);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(KEY, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
        }
    }
}
