package dev.kairos.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Named SQL parameters from a record (each component becomes a parameter of the same name), and
 * the parameters of one statement bound by two owners.
 */
public final class SqlParams {

    private SqlParams() {}

    public static MapSqlParameterSource of(Record record) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                component.getAccessor().setAccessible(true);
                params.addValue(component.getName(), component.getAccessor().invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return params;
    }

    /**
     * The parameters of {@code first} and of {@code second} together, for a statement composed of
     * two owners' SQL (a booking's appointment and the client it finds or makes).
     *
     * @throws IllegalArgumentException when both name a parameter: one would hide the other
     */
    public static SqlParameterSource both(SqlParameterSource first, SqlParameterSource second) {
        names(first);
        for (String name : names(second)) {
            if (first.hasValue(name)) {
                throw new IllegalArgumentException("both sources name " + name);
            }
        }
        return new Both(first, second);
    }

    private static String[] names(SqlParameterSource source) {
        String[] names = source.getParameterNames();
        if (names == null) {
            throw new IllegalArgumentException("a source that cannot name its parameters: " + source);
        }
        return names;
    }

    /** Reads each parameter from the one of the two sources that has it. */
    private record Both(SqlParameterSource first, SqlParameterSource second) implements SqlParameterSource {

        @Override
        public boolean hasValue(String name) {
            return first.hasValue(name) || second.hasValue(name);
        }

        @Override
        public Object getValue(String name) {
            return owner(name).getValue(name);
        }

        @Override
        public int getSqlType(String name) {
            return owner(name).getSqlType(name);
        }

        @Override
        public String getTypeName(String name) {
            return owner(name).getTypeName(name);
        }

        @Override
        public String[] getParameterNames() {
            String[] one = first.getParameterNames();
            String[] two = second.getParameterNames();
            String[] all = Arrays.copyOf(one, one.length + two.length);
            System.arraycopy(two, 0, all, one.length, two.length);
            return all;
        }

        private SqlParameterSource owner(String name) {
            return first.hasValue(name) ? first : second;
        }
    }
}
