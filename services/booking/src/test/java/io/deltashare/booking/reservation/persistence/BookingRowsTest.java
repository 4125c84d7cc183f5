package io.deltashare.booking.reservation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.domain.Bookings;
import io.deltashare.booking.reservation.domain.UsageReport;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The booking table has one mapping: the entity's, which the group-commit writer's column list must follow. */
class BookingRowsTest {

    /** Columns a new booking never has a value in: they record later moves. */
    private static final Set<String> SET_BY_LATER_MOVES =
            Set.of("cancelled_at", "delivered_at", "firm_consent_required", "dispute_reason");

    @Test
    void theWriterInsertsEveryColumnOfTheEntityThatANewBookingHas() {
        Set<String> entityColumns = Arrays.stream(BookingEntity.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(BookingRowsTest::column)
                .collect(Collectors.toSet());
        Set<String> notInserted = new HashSet<>(entityColumns);
        BookingWriter.COLUMNS.forEach(notInserted::remove);

        assertThat(entityColumns).containsAll(BookingWriter.COLUMNS);
        assertThat(notInserted).as("entity columns the writer leaves out").isEqualTo(SET_BY_LATER_MOVES);
        assertThat(BookingWriter.COLUMNS).doesNotHaveDuplicates();
    }

    @Test
    void aBookingReadBackFromItsRowIsTheBookingThatWasStored() {
        Booking disputed = Bookings.aConfirmedSlot().toBuilder()
                .status(BookingStatus.DISPUTED)
                .voucherHeldFen(30_000L)
                .usage(new UsageReport(Instant.parse("2026-12-07T04:00:00Z"), true, "the detector failed"))
                .version(4)
                .build();
        BookingEntity row = new BookingEntity();
        row.id = disputed.id();
        row.instrumentId = disputed.parties().instrumentId();
        row.instrumentCategory = disputed.parties().instrumentCategory();
        row.providerId = disputed.parties().providerId();
        row.providerOrganizationId = disputed.parties().providerOrganizationId();
        row.providerRegion = disputed.parties().providerRegion().code();
        row.firmOrganizationId = disputed.parties().firmOrganizationId();
        row.firmRegion = disputed.parties().firmRegion().code();
        row.bookedBy = disputed.parties().bookedBy();
        row.mode = disputed.mode().name();
        row.start = disputed.start();
        row.end = disputed.end();
        row.tier = disputed.tier();
        row.feeUnit = disputed.fee().unit();
        row.unitPriceFen = disputed.fee().unitPriceFen();
        row.createdAt = disputed.createdAt();
        row.version = disputed.version();
        BookingRows.update(row, disputed);

        Booking read = BookingRows.toBooking(row);

        assertThat(read).usingRecursiveComparison().isEqualTo(disputed);
    }

    private static String column(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column == null || column.name().isEmpty()
                ? field.getName().toLowerCase(java.util.Locale.ROOT)
                : column.name();
    }
}
