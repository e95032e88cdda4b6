package dev.kairos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kairos.support.KairosIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Queries sent together each get their own rows, in order, with the shared named parameters. */
@KairosIT
class OneRoundTripIT {

    @Autowired
    OneRoundTrip roundTrip;

    @Test
    void eachQueryReadsItsOwnRowsEvenAfterAnEmptyOne() {
        List<Integer> first = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        List<Long> last = new ArrayList<>();
        roundTrip
                .queries()
                .add("select n from generate_series(1, :count) as n order by n", rs -> first.add(rs.getInt(1)))
                .add("select 'never' from generate_series(1, :count) where false", rs -> empty.add(rs.getString(1)))
                .add(
                        "select cast(:count as bigint) * n from unnest(cast(:ids as bigint[])) as n",
                        rs -> last.add(rs.getLong(1)))
                .run(new MapSqlParameterSource().addValue("count", 3).addValue("ids", new Long[] {10L, 20L}));
        assertThat(first).containsExactly(1, 2, 3);
        assertThat(empty).isEmpty();
        assertThat(last).containsExactly(30L, 60L);
    }

    @Test
    void aFailingQueryFailsTheBatch() {
        List<Integer> rows = new ArrayList<>();
        assertThatThrownBy(() -> roundTrip
                        .queries()
                        .add("select 1", rs -> rows.add(rs.getInt(1)))
                        .add("select 1 / (:zero - :zero)", rs -> rows.add(rs.getInt(1)))
                        .run(new MapSqlParameterSource().addValue("zero", 0)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("division by zero");
    }
}
