package dev.kairos.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Named SQL parameters from a record: each component becomes a parameter of the same name. */
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
}
