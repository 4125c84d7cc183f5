package io.deltashare.instrumentcatalog.search.persistence;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** A {@code text[]} column as the JDBC driver or Hibernate hands it over. */
final class SqlArrays {

    private SqlArrays() {}

    static List<String> strings(Object column) {
        try {
            Object array = column instanceof Array sql ? sql.getArray() : column;
            return Arrays.stream((Object[]) array).map(String.class::cast).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("a text[] column that cannot be read", e);
        }
    }
}
