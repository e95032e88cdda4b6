package dev.kairos.bench.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SQL with {@code :name} parameters made into JDBC's {@code ?} ones, as Spring's named parameters
 * do it in the server: each occurrence becomes one {@code ?} bound to the name's value. Quoted text
 * and {@code ::} casts are left alone.
 */
record NamedSql(String jdbc, List<String> names) {

    static NamedSql of(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == ':' && i + 1 < sql.length()) {
                if (sql.charAt(i + 1) == ':') {
                    jdbc.append("::");
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                if (end > i + 1 && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                    names.add(sql.substring(i + 1, end));
                    jdbc.append('?');
                    i = end - 1;
                    continue;
                }
            }
            jdbc.append(c);
        }
        return new NamedSql(jdbc.toString(), List.copyOf(names));
    }

    /** The statement with every parameter bound from {@code values}, which must name each. */
    PreparedStatement prepare(Connection db, Map<String, ?> values) throws SQLException {
        PreparedStatement statement = db.prepareStatement(jdbc);
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!values.containsKey(name)) {
                    throw new IllegalArgumentException("no value for :" + name);
                }
                Object value = values.get(name);
                if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }
}
