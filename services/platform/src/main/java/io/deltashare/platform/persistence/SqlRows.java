package io.deltashare.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The rows of a native read in plain JDBC, on the connection of the caller's session (its transaction's, if it has
 * one): for reads that run on every
 * request, where Hibernate's native-query machinery (reading and resolving the result set's metadata for each
 * execution) costs more than the statement itself. Parameters are JDBC's {@code ?}; a {@code UUID[]} goes in as a
 * {@code uuid[]}. Unlike a Hibernate query it does not flush the session first, so use it only where the transaction
 * has written nothing the statement must see.
 */
public final class SqlRows {

    private SqlRows() {}

    /** Each row of {@code sql} as its columns, as read by the driver ({@code text[]} as a {@link java.sql.Array}). */
    public static List<Object[]> of(EntityManager entityManager, String sql, Object... parameters) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameter(connection, parameters[i]));
                }
                try (ResultSet result = statement.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int c = 0; c < columns; c++) {
                            row[c] = result.getObject(c + 1);
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    private static Object parameter(Connection connection, Object value) throws SQLException {
        return value instanceof UUID[] ids ? connection.createArrayOf("uuid", ids) : value;
    }
}
