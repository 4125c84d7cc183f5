package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.listed;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.BookingFixtures;
import io.deltashare.testkit.keycloak.Keycloak;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Many firms reaching for the same hours at once: the exclusion constraint keeps the calendar free of overlaps, both
 * when each booking commits alone (requests with an {@code Idempotency-Key}) and when concurrent bookings are committed
 * in groups (requests without one), where windows compete within a group too.
 */
@QuarkusTest
class ConcurrentBookingTest {

    private static final int CLIENTS = 50;

    @Inject
    EntityManager entityManager;

    /** A requested window and what the service answered. */
    record Attempt(Instant start, Instant end, int status, String id, String detail) {}

    @Test
    void fiftyParallelClientsEachInItsOwnTransactionGetExactlyANonOverlappingSetAndEveryoneElseA409() throws Exception {
        contest(true);
    }

    @Test
    void fiftyParallelClientsInGroupCommitsGetExactlyANonOverlappingSetAndEveryoneElseA409() throws Exception {
        contest(false);
    }

    private void contest(boolean idempotencyKeys) throws Exception {
        String sem = listed(BookingFixtures.anInstrument().build());
        LocalDate day = LocalDate.now(BookingFixtures.SHANGHAI).plusDays(10);
        Instant opening = BookingFixtures.at(day, "08:00");
        String token = Keycloak.shared().tokens().forUser("firm.js-biomed", "demo");

        // one-hour windows starting every quarter hour from 08:00: each overlaps its three neighbours on either side
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Instant start = opening.plus(15L * (i % 44), ChronoUnit.MINUTES);
            Instant end = start.plus(1, ChronoUnit.HOURS);
            Callable<Attempt> attempt = () -> {
                go.await();
                RequestSpecification request = given().auth().oauth2(token).contentType("application/json");
                if (idempotencyKeys) {
                    request.header("Idempotency-Key", UUID.randomUUID().toString());
                }
                Response response = request.body(
                                Map.of("instrumentId", sem, "start", start.toString(), "end", end.toString()))
                        .post("/api/v1/bookings");
                return new Attempt(
                        start,
                        end,
                        response.statusCode(),
                        response.statusCode() == 201 ? response.path("booking.id") : null,
                        response.statusCode() == 201 ? null : response.path("detail"));
            };
            futures.add(pool.submit(attempt));
        }
        go.countDown();
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> future : futures) {
            attempts.add(future.get());
        }
        pool.shutdown();

        List<Attempt> won = attempts.stream()
                .filter(a -> a.status() == 201)
                .sorted(Comparator.comparing(Attempt::start))
                .toList();
        List<Attempt> lost = attempts.stream().filter(a -> a.status() != 201).toList();
        assertThat(lost).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.detail()).contains("the instrument is taken from");
        });
        for (int i = 1; i < won.size(); i++) {
            assertThat(won.get(i).start())
                    .as("accepted windows never overlap")
                    .isAfterOrEqualTo(won.get(i - 1).end());
        }
        // and the accepted set is maximal: every refused window overlaps an accepted one
        assertThat(lost)
                .allSatisfy(a -> assertThat(won)
                        .anySatisfy(w -> assertThat(
                                        w.start().isBefore(a.end()) && a.start().isBefore(w.end()))
                                .isTrue()));
        assertThat(won).hasSizeBetween(3, 12);

        // the database agrees: exactly these bookings hold time on the instrument, and none of them overlap
        List<?> held = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("""
                        SELECT o.id FROM occupancy o JOIN booking b ON b.id = o.id
                        WHERE o.instrument_id = ?1 AND b.status = 'CONFIRMED'""")
                        .setParameter(1, UUID.fromString(sem))
                        .getResultList());
        assertThat(held.stream().map(Object::toString).toList())
                .containsExactlyInAnyOrderElementsOf(
                        won.stream().map(Attempt::id).toList());
        Number overlaps = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("""
                        SELECT count(*) FROM occupancy a JOIN occupancy b
                          ON a.instrument_id = b.instrument_id AND a.id < b.id AND a.period && b.period
                        WHERE a.instrument_id = ?1""")
                .setParameter(1, UUID.fromString(sem))
                .getSingleResult());
        assertThat(overlaps.longValue()).isZero();

        // each accepted booking announced itself once as requested and once as confirmed; the refused ones not at all
        List<?> announced = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery("""
                        SELECT message_key || ' ' || type FROM outbox_message
                        WHERE payload LIKE '%' || ?1 || '%' ORDER BY seq""")
                        .setParameter(1, sem)
                        .getResultList());
        assertThat(announced.stream().map(Object::toString).toList())
                .containsExactlyInAnyOrderElementsOf(won.stream()
                        .flatMap(w -> Stream.of(
                                w.id() + " io.deltashare.booking.BookingRequested.v1",
                                w.id() + " io.deltashare.booking.BookingConfirmed.v1"))
                        .toList());
    }
}
