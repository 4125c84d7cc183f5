package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.listed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.booking.BookingFixtures;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingMode;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.domain.Parties;
import io.deltashare.booking.reservation.domain.Pricing;
import io.deltashare.booking.reservation.persistence.BookingWriter;
import io.deltashare.contracts.catalog.Region;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The group-committing writer: one booking the database refuses must not take its group down with it. */
@QuarkusTest
class BookingWriterTest {

    private static final int WRITERS = 24;

    @Inject
    BookingWriter writer;

    @Inject
    EntityManager entityManager;

    @Test
    void aBookingTheDatabaseRefusesFailsAloneWhileTheOthersOfItsGroupAreWritten() throws Exception {
        UUID sem = UUID.fromString(listed(aShanghaiSem()));
        Instant first =
                BookingFixtures.at(LocalDate.now(BookingFixtures.SHANGHAI).plusDays(40), "08:00");
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            bookings.add(booking(sem, first.plus(i, ChronoUnit.HOURS)));
        }
        Booking refused = bookings.get(WRITERS / 2).toBuilder()
                .parties(parties(sem, "x".repeat(51))) // a category longer than the column allows
                .build();
        bookings.set(WRITERS / 2, refused);

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BookingWriter.Outcome>> outcomes = new ArrayList<>();
        for (Booking booking : bookings) {
            outcomes.add(pool.submit(() -> {
                go.await();
                return writer.write(booking, List.of());
            }));
        }
        go.countDown();
        for (int i = 0; i < WRITERS; i++) {
            if (bookings.get(i) == refused) {
                Future<BookingWriter.Outcome> failed = outcomes.get(i);
                assertThatThrownBy(failed::get)
                        .hasCauseInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(refused.id().toString());
            } else {
                assertThat(outcomes.get(i).get()).isEqualTo(BookingWriter.Outcome.WRITTEN);
            }
        }
        pool.shutdown();

        List<?> stored = QuarkusTransaction.requiringNew()
                .call(() -> entityManager
                        .createNativeQuery(
                                "SELECT b.id FROM booking b JOIN occupancy o ON o.id = b.id WHERE b.instrument_id = ?1")
                        .setParameter(1, sem)
                        .getResultList());
        assertThat(stored.stream().map(Object::toString).toList())
                .containsExactlyInAnyOrderElementsOf(bookings.stream()
                        .filter(b -> b != refused)
                        .map(b -> b.id().toString())
                        .toList());
    }

    @Test
    void aSlotThatIsTakenIsReportedAndNothingIsWritten() {
        UUID sem = UUID.fromString(listed(aShanghaiSem()));
        Instant start =
                BookingFixtures.at(LocalDate.now(BookingFixtures.SHANGHAI).plusDays(41), "09:00");
        assertThat(writer.write(booking(sem, start), List.of())).isEqualTo(BookingWriter.Outcome.WRITTEN);
        Booking overlapping = booking(sem, start.plus(30, ChronoUnit.MINUTES));
        assertThat(writer.write(overlapping, List.of())).isEqualTo(BookingWriter.Outcome.SLOT_TAKEN);
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager
                .createNativeQuery("SELECT count(*) FROM booking WHERE id = ?1")
                .setParameter(1, overlapping.id())
                .getSingleResult());
        assertThat(rows.longValue()).isZero();
    }

    /** A confirmed hour of {@code instrument} from {@code start}, for a firm of its own. */
    private static Booking booking(UUID instrument, Instant start) {
        return Booking.builder()
                .id(UUID.randomUUID())
                .parties(parties(instrument, "electron-microscopy"))
                .mode(BookingMode.SLOT)
                .slot(start, start.plus(1, ChronoUnit.HOURS))
                .tier("ENTERPRISE")
                .fee(Pricing.forMinutes(60, 60_000))
                .createdAt(Instant.now())
                .status(BookingStatus.CONFIRMED)
                .version(1)
                .build();
    }

    /** A firm of its own for each booking: one firm may hold only 20 future slots of an instrument (HoardingRules). */
    private static Parties parties(UUID instrument, String category) {
        return new Parties(
                instrument,
                category,
                UUID.randomUUID(),
                BookingFixtures.SHANGHAI_CENTRE_ORG,
                Region.CN_SH,
                UUID.randomUUID(),
                Region.CN_JS,
                "writer-test",
                false);
    }
}
