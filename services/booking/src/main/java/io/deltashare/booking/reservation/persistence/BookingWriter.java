package io.deltashare.booking.reservation.persistence;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.HoardingRules;
import io.deltashare.booking.reservation.domain.Parties;
import io.deltashare.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Writes new bookings: claims a slot's time, inserts the row and adds its events to the outbox, all in one transaction.
 *
 * <p>Inside a transaction (an {@code Idempotency-Key} request) it writes in that transaction. Otherwise bookings made
 * at the same moment are committed together (group commit): a writer thread takes every booking that is waiting,
 * claims all their windows in one statement, inserts the rows and events in one round trip each and commits once, so
 * the database's per-transaction cost is paid once per group instead of once per booking. A group is exactly as big
 * as the load makes it: a lone request is written at once, alone. Each booking still gets its own answer: a window
 * another booking holds (or one earlier in the same group) is refused to that booking only, and if a group fails as a
 * whole, each of its bookings is retried in a transaction of its own, so one bad booking cannot fail its neighbours.
 * With more than one writer ({@code booking.writers}), a second fills its group while the first waits for its
 * commit; should two groups ever wait on each other's windows, PostgreSQL aborts one and its bookings are retried
 * alone.
 */
@ApplicationScoped
public class BookingWriter {

    /** What became of a booking handed to {@link #write}. */
    public sealed interface Outcome {
        Outcome WRITTEN = new Written();
        Outcome SLOT_TAKEN = new SlotTaken();

        /** Stored, with its events. */
        record Written() implements Outcome {}

        /** Another booking or a maintenance block holds (part of) the window; nothing was written. */
        record SlotTaken() implements Outcome {}

        /** The firm may not take another slot of this instrument now, for {@code reason}; nothing was written. */
        record LimitReached(String reason) implements Outcome {}
    }

    /**
     * The columns a booking is inserted with, in the order of the statement's parameters: the same as
     * {@link BookingEntity}'s, which a test checks.
     */
    static final List<String> COLUMNS = List.of(
            "id",
            "instrument_id",
            "instrument_category",
            "provider_id",
            "provider_organization_id",
            "provider_region",
            "firm_organization_id",
            "firm_region",
            "booked_by",
            "mode",
            "start_at",
            "end_at",
            "samples",
            "tier",
            "fee_unit",
            "fee_quantity",
            "unit_price_fen",
            "fee_fen",
            "voucher_id",
            "voucher_held_fen",
            "charge_fen",
            "status",
            "reason",
            "created_at",
            "version",
            "sandbox");

    private static final String INSERT = "INSERT INTO booking (" + String.join(", ", COLUMNS) + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";

    private static final Logger LOG = Logger.getLogger(BookingWriter.class);
    /** Far longer than a group takes; only a writer that is gone or a database that hangs gets here. */
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);

    /** A booking waiting for the writer thread, and the request thread waiting for its outcome. */
    private record Pending(Booking booking, List<Outbox.Prepared> events, CompletableFuture<Outcome> outcome) {}

    /** The namespace of the firm-and-instrument advisory locks (two-key locks: apart from the one-key ones). */
    private static final int FIRM_INSTRUMENT_LOCKS = 0x424B; // "BK"

    private final DataSource dataSource;
    private final HoardingRules hoarding;
    private final int largestGroup;
    private final int writerCount;
    private final LinkedBlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    BookingWriter(DataSource dataSource, BookingConfig config) {
        this.dataSource = dataSource;
        this.hoarding = config.hoarding().rules();
        this.largestGroup = config.largestWriteGroup();
        this.writerCount = config.writers();
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        for (int i = 0; i < writerCount; i++) {
            Thread writer = new Thread(this::run, "booking-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.interrupt();
            writer.join(TimeUnit.SECONDS.toMillis(10));
        }
        List<Pending> left = new ArrayList<>();
        waiting.drainTo(left);
        left.forEach(p -> p.outcome().completeExceptionally(new CancellationException("the service is stopping")));
    }

    /**
     * Writes {@code booking} (status and version as they are to be stored) with {@code events}; a slot booking first
     * claims its window, under the firm's limits on that instrument ({@link HoardingRules}). {@code SLOT_TAKEN} and
     * {@code LIMIT_REACHED} mean nothing was written.
     */
    public Outcome write(Booking booking, List<Outbox.Prepared> events) {
        if (QuarkusTransaction.isActive()) {
            try (Connection connection = dataSource.getConnection()) { // the transaction's own connection
                return writeAll(connection, List.of(new Pending(booking, events, null)))
                        .get(0);
            } catch (SQLException e) {
                throw new IllegalStateException("booking " + booking.id() + " could not be written", e);
            }
        }
        if (!running) {
            throw new java.util.concurrent.RejectedExecutionException(
                    "the booking writer has stopped: the service is stopping");
        }
        Pending pending = new Pending(booking, events, new CompletableFuture<>());
        waiting.add(pending);
        try {
            return pending.outcome().get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("booking " + booking.id() + " was not written within " + ANSWER_WITHIN, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while booking " + booking.id(), e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("booking " + booking.id() + " could not be written", e.getCause());
        }
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (running) {
            try {
                group.add(waiting.take());
                waiting.drainTo(group, largestGroup - 1);
                commit(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                LOG.error("the booking writer failed a group", e);
                group.forEach(p -> p.outcome().completeExceptionally(e));
            } finally {
                group.clear();
            }
        }
    }

    /** Commits a group, or each of its bookings alone if the group fails; every outcome is completed. */
    private void commit(List<Pending> group) {
        try {
            List<Outcome> outcomes = inTransaction(group);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).outcome().complete(outcomes.get(i));
            }
        } catch (SQLException e) {
            if (group.size() == 1) {
                group.get(0)
                        .outcome()
                        .completeExceptionally(new IllegalStateException(
                                "booking " + group.get(0).booking().id() + " could not be written", e));
                return;
            }
            LOG.warnf("a group of %d bookings failed (SQLSTATE %s); writing each alone", group.size(), e.getSQLState());
            group.forEach(p -> commit(List.of(p)));
        }
    }

    private List<Outcome> inTransaction(List<Pending> group) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Outcome> outcomes = writeAll(connection, group);
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Claims, rows and events of a group through {@code connection}, in its transaction; outcomes in group order. */
    private List<Outcome> writeAll(Connection connection, List<Pending> group) throws SQLException {
        List<Occupancy.Claim> claims = group.stream()
                .map(Pending::booking)
                .filter(b -> b.start() != null)
                .map(b -> new Occupancy.Claim(b.id(), b.parties().instrumentId(), b.start(), b.end(), "BOOKING"))
                .toList();
        Set<UUID> claimed = claims.isEmpty() ? Set.of() : Occupancy.claimAll(connection, claims);
        Map<UUID, String> overLimit = overLimit(
                connection,
                group.stream()
                        .map(Pending::booking)
                        .filter(b -> claimed.contains(b.id()))
                        .toList());
        List<Outcome> outcomes = new ArrayList<>(group.size());
        List<Outbox.Prepared> events = new ArrayList<>();
        int rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (Pending pending : group) {
                Booking b = pending.booking();
                if (b.start() != null && !claimed.contains(b.id())) {
                    outcomes.add(Outcome.SLOT_TAKEN);
                    continue;
                }
                if (overLimit.containsKey(b.id())) {
                    outcomes.add(new Outcome.LimitReached(overLimit.get(b.id())));
                    continue;
                }
                outcomes.add(Outcome.WRITTEN);
                events.addAll(pending.events());
                Parties parties = b.parties();
                insert.setObject(1, b.id());
                insert.setObject(2, parties.instrumentId());
                insert.setString(3, parties.instrumentCategory());
                insert.setObject(4, parties.providerId());
                insert.setObject(5, parties.providerOrganizationId());
                insert.setString(6, parties.providerRegion().code());
                insert.setObject(7, parties.firmOrganizationId());
                insert.setString(8, parties.firmRegion().code());
                insert.setString(9, parties.bookedBy());
                insert.setString(10, b.mode().name());
                insert.setObject(
                        11,
                        b.start() == null ? null : b.start().atOffset(ZoneOffset.UTC),
                        Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(
                        12, b.end() == null ? null : b.end().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setObject(13, b.samples(), Types.INTEGER);
                insert.setString(14, b.tier());
                insert.setString(15, b.fee().unit());
                insert.setBigDecimal(16, b.fee().quantity());
                insert.setLong(17, b.fee().unitPriceFen());
                insert.setLong(18, b.fee().amountFen());
                if (b.voucherId() == null) {
                    insert.setNull(19, Types.OTHER);
                } else {
                    insert.setObject(19, b.voucherId());
                }
                insert.setObject(20, b.voucherHeldFen(), Types.BIGINT);
                insert.setObject(21, b.chargeFen(), Types.BIGINT);
                insert.setString(22, b.status().name());
                insert.setString(23, b.reason());
                insert.setObject(24, b.createdAt().atOffset(ZoneOffset.UTC));
                insert.setLong(25, b.version());
                insert.setBoolean(26, parties.sandbox());
                insert.addBatch();
                rows++;
            }
            if (rows > 0) {
                insert.executeBatch();
            }
        }
        Outbox.insert(connection, events);
        return outcomes;
    }

    /**
     * The slot bookings (their windows just claimed) that their firm may not take now, each with its reason, their
     * claims given back. The group's firm-and-instrument pairs are locked for the rest of the
     * transaction, in one order, so concurrent groups count one after the other and never past the limit; then all
     * pairs are counted in one statement (a statement of its own, so its snapshot sees what the groups before committed).
     * Each count stops at its limit, so it reads at most that many index entries however much the firm booked before.
     * The bookings of this group count as they are admitted.
     */
    private Map<UUID, String> overLimit(Connection connection, List<Booking> slots) throws SQLException {
        if (slots.isEmpty()) {
            return Map.of();
        }
        Map<List<UUID>, List<Booking>> byPair = new TreeMap<>(
                Comparator.<List<UUID>, UUID>comparing(p -> p.get(0)).thenComparing(p -> p.get(1)));
        slots.forEach(b -> byPair.computeIfAbsent(
                        List.of(b.parties().firmOrganizationId(), b.parties().instrumentId()), k -> new ArrayList<>())
                .add(b));
        List<List<UUID>> pairs = new ArrayList<>(byPair.keySet());
        lockAll(connection, pairs);
        Instant now = slots.get(0).createdAt();
        Map<UUID, String> refused = new HashMap<>();
        try (PreparedStatement count = connection.prepareStatement("""
                SELECT (SELECT count(*) FROM (SELECT FROM booking b
                            WHERE b.firm_organization_id = p.firm AND b.instrument_id = p.instrument AND b.mode = 'SLOT'
                              AND b.status IN ('REQUESTED', 'PENDING_APPROVAL', 'CONFIRMED') AND b.end_at > ?
                            LIMIT ?) active),
                       (SELECT count(*) FROM (SELECT FROM booking b
                            WHERE b.firm_organization_id = p.firm AND b.instrument_id = p.instrument AND b.mode = 'SLOT'
                              AND b.status = 'CANCELLED' AND coalesce(b.charge_fen, 0) = 0 AND b.cancelled_at > ?
                            LIMIT ?) cancelled)
                FROM unnest(?::uuid[], ?::uuid[]) WITH ORDINALITY AS p (firm, instrument, n)
                ORDER BY p.n""")) {
            count.setObject(1, now.atOffset(ZoneOffset.UTC));
            count.setInt(2, hoarding.maxActivePerInstrument());
            count.setObject(3, now.minus(hoarding.cancellationWindow()).atOffset(ZoneOffset.UTC));
            count.setInt(4, hoarding.maxFreeCancellations());
            count.setArray(
                    5,
                    connection.createArrayOf(
                            "uuid", pairs.stream().map(p -> p.get(0)).toArray()));
            count.setArray(
                    6,
                    connection.createArrayOf(
                            "uuid", pairs.stream().map(p -> p.get(1)).toArray()));
            try (ResultSet rows = count.executeQuery()) {
                for (List<UUID> pair : pairs) {
                    rows.next();
                    long active = rows.getLong(1);
                    long freeCancellations = rows.getLong(2);
                    for (Booking booking : byPair.get(pair)) {
                        Optional<String> refusal = hoarding.refusal(active, freeCancellations);
                        if (refusal.isPresent()) {
                            refused.put(booking.id(), refusal.get());
                        } else {
                            active++;
                        }
                    }
                }
            }
        }
        if (!refused.isEmpty()) {
            try (PreparedStatement release = connection.prepareStatement("DELETE FROM occupancy WHERE id = ANY (?)")) {
                release.setArray(
                        1, connection.createArrayOf("uuid", refused.keySet().toArray()));
                release.executeUpdate();
            }
        }
        return refused;
    }

    /** Takes the transaction-long lock of each firm-and-instrument pair, in key order, in one statement. */
    private static void lockAll(Connection connection, List<List<UUID>> pairs) throws SQLException {
        Integer[] keys = pairs.stream().map(List::hashCode).distinct().sorted().toArray(Integer[]::new);
        try (PreparedStatement lock = connection.prepareStatement("""
                SELECT count(pg_advisory_xact_lock(?, k.key)) FROM unnest(?::int[]) AS k (key)""")) {
            lock.setInt(1, FIRM_INSTRUMENT_LOCKS);
            lock.setArray(2, connection.createArrayOf("int4", keys));
            lock.execute();
        }
    }
}
