package io.deltashare.booking.deliverable.persistence;

import io.deltashare.booking.deliverable.application.DeliverableFiles;
import io.deltashare.booking.deliverable.application.StreamedFile;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Deliverables kept in PostgreSQL, one {@code deliverable_chunk} row per MiB, written in the upload's transaction as
 * the upload streams in (a failed upload rolls back with it) and read back one chunk at a time.
 */
@ApplicationScoped
@LookupIfProperty(name = "booking.deliverables.store", stringValue = "postgres", lookupIfMissing = true)
public class PostgresDeliverableFiles implements DeliverableFiles {

    private final EntityManager entityManager;
    private final DataSource dataSource;

    PostgresDeliverableFiles(EntityManager entityManager, DataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Stored store(UUID key, InputStream content, long maxBytes) {
        return StreamedFile.read(
                content,
                maxBytes,
                (seq, bytes, length) -> entityManager
                        .createNativeQuery(
                                "INSERT INTO deliverable_chunk (deliverable_id, seq, bytes) VALUES (?1, ?2, ?3)")
                        .setParameter(1, key)
                        .setParameter(2, seq)
                        .setParameter(3, Arrays.copyOf(bytes, length))
                        .executeUpdate());
    }

    @Override
    public InputStream open(UUID key) {
        return new InputStream() {
            private int next;
            private InputStream chunk = InputStream.nullInputStream();
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                while (!ended) {
                    int read = chunk.read(into, offset, length);
                    if (read > 0) {
                        return read;
                    }
                    byte[] bytes = chunk(key, next++);
                    if (bytes == null) {
                        ended = true;
                    } else {
                        chunk = new ByteArrayInputStream(bytes);
                    }
                }
                return -1;
            }
        };
    }

    @Override
    public void delete(UUID key) {
        entityManager
                .createNativeQuery("DELETE FROM deliverable_chunk WHERE deliverable_id = ?1")
                .setParameter(1, key)
                .executeUpdate();
    }

    /** Chunk {@code seq} of {@code key}, read on a connection of its own (a download streams after the request's work). */
    private byte[] chunk(UUID key, int seq) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT bytes FROM deliverable_chunk WHERE deliverable_id = ? AND seq = ?")) {
            select.setObject(1, key);
            select.setInt(2, seq);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("deliverable " + key + " could not be read", e));
        }
    }
}
