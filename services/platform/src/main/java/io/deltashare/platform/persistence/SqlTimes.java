package io.deltashare.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants in and out of native SQL: a {@code timestamptz} column comes back from the driver as an
 * {@link OffsetDateTime}, an {@link Instant} or a {@link Timestamp} depending on Hibernate's mapping, and goes in as an
 * {@link OffsetDateTime} in UTC. Null stays null both ways.
 */
public final class SqlTimes {

    private SqlTimes() {}

    /** A {@code timestamptz} column's value as an instant. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (column instanceof Timestamp at) {
            return at.toInstant();
        }
        return (Instant) column;
    }

    /** An instant to bind to a {@code timestamptz} parameter. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
