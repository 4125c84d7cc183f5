package io.deltashare.booking.reservation;

import static io.deltashare.booking.BookingFixtures.aShanghaiSem;
import static io.deltashare.booking.BookingFixtures.listed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.deltashare.booking.BookingFixtures;
import io.deltashare.booking.reservation.persistence.BookingEntity;
import io.deltashare.booking.reservation.persistence.BookingWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
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
        Instant first = BookingFixtures.at(LocalDate.now(BookingFixtures.SHANGHAI).plusDays(40), "08:00");
        List<BookingEntity> bookings = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            bookings.add(booking(sem, first.plus(i, ChronoUnit.HOURS)));
        }
        BookingEntity refused = bookings.get(WRITERS / 2);
        refused.instrumentCategory = "x".repeat(51); // longer than the column allows

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<BookingWriter.Outcome>> outcomes = new ArrayList<>();
        for (BookingEntity booking : bookings) {
            outcomes.add(pool.submit(() -> {
                go.await();
                return writer.write(booking, List.of());
            }));
        }
        go.countDown();
        for (int i = 0; i < WRITERS; i++) {
            if (bookings.get(i) == refused) {
                Future<BookingWriter.Outcome> failed = outcomes.get(i);
                assertThatThrownBy(failed::get).hasCauseInstanceOf(IllegalStateException.class)
                        .hasMessageContaining(refused.id.toString());
            } else {
                assertThat(outcomes.get(i).get()).isEqualTo(BookingWriter.Outcome.WRITTEN);
            }
        }
        pool.shutdown();

        List<?> stored = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT b.id FROM booking b JOIN occupancy o ON o.id = b.id WHERE b.instrument_id = ?1")
                .setParameter(1, sem).getResultList());
        assertThat(stored.stream().map(Object::toString).toList()).containsExactlyInAnyOrderElementsOf(bookings.stream()
                .filter(b -> b != refused).map(b -> b.id.toString()).toList());
    }

    @Test
    void aSlotThatIsTakenIsReportedAndNothingIsWritten() {
        UUID sem = UUID.fromString(listed(aShanghaiSem()));
        Instant start = BookingFixtures.at(LocalDate.now(BookingFixtures.SHANGHAI).plusDays(41), "09:00");
        assertThat(writer.write(booking(sem, start), List.of())).isEqualTo(BookingWriter.Outcome.WRITTEN);
        BookingEntity overlapping = booking(sem, start.plus(30, ChronoUnit.MINUTES));
        assertThat(writer.write(overlapping, List.of())).isEqualTo(BookingWriter.Outcome.SLOT_TAKEN);
        Number rows = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM booking WHERE id = ?1").setParameter(1, overlapping.id).getSingleResult());
        assertThat(rows.longValue()).isZero();
    }

    private static BookingEntity booking(UUID instrument, Instant start) {
        BookingEntity b = new BookingEntity();
        b.id = UUID.randomUUID();
        b.instrumentId = instrument;
        b.instrumentCategory = "electron-microscopy";
        b.providerId = UUID.randomUUID();
        b.providerOrganizationId = BookingFixtures.SHANGHAI_CENTRE_ORG;
        b.providerRegion = "CN-SH";
        // a firm of its own for each booking: one firm may hold only 20 future slots of an instrument (HoardingRules)
        b.firmOrganizationId = UUID.randomUUID();
        b.firmRegion = "CN-JS";
        b.bookedBy = "writer-test";
        b.mode = "SLOT";
        b.start = start;
        b.end = start.plus(1, ChronoUnit.HOURS);
        b.tier = "ENTERPRISE";
        b.feeUnit = "HOUR";
        b.feeQuantity = BigDecimal.ONE;
        b.unitPriceFen = 60_000;
        b.feeFen = 60_000;
        b.status = "CONFIRMED";
        b.createdAt = Instant.now();
        b.version = 1;
        return b;
    }
}
