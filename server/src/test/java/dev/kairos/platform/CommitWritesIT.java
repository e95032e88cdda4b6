package dev.kairos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.support.KairosIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Late writes wait for their transaction's commit and go together, each told its row count; a
 * rolled-back transaction writes nothing; without a transaction a write runs at once.
 */
@KairosIT
class CommitWritesIT {

    @Autowired
    CommitWrites writes;

    @Autowired
    JdbcClient db;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void table() {
        db.sql("create table if not exists commit_writes_probe (n int not null)")
                .update();
        db.sql("truncate commit_writes_probe").update();
    }

    @AfterEach
    void drop() {
        db.sql("drop table if exists commit_writes_probe").update();
    }

    @Test
    void writesWaitForTheCommitAndEachIsToldItsRows() {
        List<Integer> counts = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            insert(new Integer[] {1, 2}, counts);
            insert(new Integer[] {3}, counts);
            // Nothing is written until the commit.
            assertThat(rows()).isZero();
            assertThat(counts).isEmpty();
        });
        assertThat(rows()).isEqualTo(3);
        assertThat(counts).containsExactly(2, 1);
    }

    @Test
    void aCollectorAddsItsWritesJustBeforeTheCommit() {
        List<Integer> counts = new ArrayList<>();
        transactions.executeWithoutResult(tx -> {
            writes.collector("probe", () -> w -> insert(new Integer[] {7, 8, 9}, counts));
            assertThat(writes.deferring()).isTrue();
        });
        assertThat(rows()).isEqualTo(3);
        assertThat(counts).containsExactly(3);
    }

    @Test
    void aRolledBackTransactionWritesNothing() {
        transactions.executeWithoutResult(tx -> {
            insert(new Integer[] {1}, null);
            tx.setRollbackOnly();
        });
        assertThat(rows()).isZero();
    }

    @Test
    void withoutATransactionAWriteRunsAtOnce() {
        List<Integer> counts = new ArrayList<>();
        assertThat(writes.deferring()).isFalse();
        insert(new Integer[] {4, 5}, counts);
        assertThat(rows()).isEqualTo(2);
        assertThat(counts).containsExactly(2);
    }

    @Test
    void aFailingWriteFailsTheCommit() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
                    insert(new Integer[] {1}, null);
                    insert(new Integer[] {null}, null);
                }))
                .isInstanceOf(DataAccessException.class);
        assertThat(rows()).isZero();
    }

    private void insert(Integer[] values, List<Integer> counts) {
        writes.add(
                "insert into commit_writes_probe (n) select unnest(cast(:values as int[]))",
                new MapSqlParameterSource().addValue("values", values),
                counts == null ? null : counts::add);
    }

    private int rows() {
        return db.sql("select count(*) from commit_writes_probe")
                .query(Integer.class)
                .single();
    }
}
