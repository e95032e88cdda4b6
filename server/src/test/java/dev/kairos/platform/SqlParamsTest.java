package dev.kairos.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Types;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

class SqlParamsTest {

    private static final String SQL = "select :start, :self, :phone, :location";

    @Test
    void bothBindEachParameterFromItsOwnerWithItsType() {
        SqlParameterSource both = SqlParams.both(
                new MapSqlParameterSource("start", "09:00").addValue("self", null, Types.BIGINT),
                new MapSqlParameterSource("phone", "+4915112345678").addValue("location", 7L));

        Object[] values = NamedParameterUtils.buildValueArray(NamedParameterUtils.parseSqlStatement(SQL), both, null);

        assertThat(values).hasSize(4);
        assertThat(values[0]).isEqualTo("09:00");
        // The null is bound as a bigint, as its owner typed it, not as a null of no type.
        assertThat(values[1]).isInstanceOfSatisfying(SqlParameterValue.class, typed -> {
            assertThat(typed.getSqlType()).isEqualTo(Types.BIGINT);
            assertThat(typed.getValue()).isNull();
        });
        assertThat(values[2]).isEqualTo("+4915112345678");
        assertThat(values[3]).isEqualTo(7L);
        assertThat(both.getSqlType("phone")).isEqualTo(SqlParameterSource.TYPE_UNKNOWN);
        assertThat(both.getParameterNames()).containsExactlyInAnyOrder("start", "self", "phone", "location");
    }

    @Test
    void bothRefuseAParameterNamedByEach() {
        assertThatThrownBy(() -> SqlParams.both(
                        new MapSqlParameterSource("location", 7L), new MapSqlParameterSource("location", 8L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("location");
    }

    @Test
    void aParameterNamedByNeitherIsMissing() {
        SqlParameterSource both =
                SqlParams.both(new MapSqlParameterSource("start", "09:00"), new MapSqlParameterSource());

        assertThat(both.hasValue("phone")).isFalse();
        assertThatThrownBy(() ->
                        NamedParameterUtils.buildValueArray(NamedParameterUtils.parseSqlStatement(SQL), both, null))
                .isInstanceOf(org.springframework.dao.InvalidDataAccessApiUsageException.class);
    }
}
