package io.deltashare.booking.calendar.application;

import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.maintenance.persistence.MaintenanceBlockEntity;
import io.deltashare.booking.maintenance.persistence.MaintenanceBlocks;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the iCalendar feeds show: an instrument's bookings and maintenance for its provider's staff, a firm's own
 * time slots for the firm. Cancelled and rejected bookings drop out; the feed covers the last 30 days and on.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** One calendar event. */
    public record Entry(UUID id, Instant start, Instant end, String summary, String description) {}

    static final Duration HISTORY = Duration.ofDays(30);
    private static final List<BookingStatus> SHOWN = List.of(
            BookingStatus.REQUESTED,
            BookingStatus.PENDING_APPROVAL,
            BookingStatus.CONFIRMED,
            BookingStatus.IN_PROGRESS,
            BookingStatus.COMPLETED,
            BookingStatus.NO_SHOW);

    private final BookingRepository bookings;
    private final MaintenanceBlocks blocks;
    private final InstrumentViews instruments;
    private final Clock clock;

    CalendarFeeds(BookingRepository bookings, MaintenanceBlocks blocks, InstrumentViews instruments, Clock clock) {
        this.clock = clock;
        this.bookings = bookings;
        this.blocks = blocks;
        this.instruments = instruments;
    }

    /** Bookings and maintenance of one instrument, for staff of its provider. */
    @Transactional
    public List<Entry> instrument(UUID instrumentId, Caller caller) {
        InstrumentView instrument = instruments
                .findByIdOptional(instrumentId)
                .orElseThrow(() -> Rejected.notFound("instrument " + instrumentId));
        if (!caller.isStaffOfProvider(instrument.providerOrganizationId)) {
            throw Rejected.forbidden("only staff of the instrument's provider see its calendar");
        }
        Instant since = clock.instant().minus(HISTORY);
        List<Entry> entries = new ArrayList<>();
        for (Booking b : bookings.slotsOfInstrument(instrument.id, since, SHOWN)) {
            entries.add(new Entry(
                    b.id(),
                    b.start(),
                    b.end(),
                    "Booking " + b.status() + " – firm " + b.parties().firmOrganizationId(),
                    "booking " + b.id() + ", fee " + Money.ofFen(b.fee().amountFen())));
        }
        for (MaintenanceBlockEntity m : blocks.endingAfter(instrument.id, since)) {
            entries.add(new Entry(m.id, m.start, m.end, "Maintenance: " + m.reason, "maintenance block " + m.id));
        }
        entries.sort(Comparator.comparing(Entry::start));
        return entries;
    }

    /** The calling customer's (firm's or research organization's) own time slots. */
    @Transactional
    public List<Entry> firm(Caller caller) {
        Caller.Organization firm = caller.soleOrganization()
                .filter(o -> caller.isCustomer())
                .orElseThrow(() -> Rejected.forbidden(
                        "the own calendar is for a token of exactly one firm or research organization"));
        List<Booking> own = bookings.slotsOfFirm(firm.id(), clock.instant().minus(HISTORY), SHOWN);
        Map<UUID, InstrumentView> names = instruments.byIds(
                own.stream().map(b -> b.parties().instrumentId()).distinct().toList());
        return own.stream()
                .map(b -> {
                    InstrumentView i = names.get(b.parties().instrumentId());
                    return new Entry(
                            b.id(),
                            b.start(),
                            b.end(),
                            i.nameZh + " / " + i.nameEn + " (" + b.status() + ")",
                            "booking " + b.id() + ", fee " + Money.ofFen(b.fee().amountFen()));
                })
                .toList();
    }
}
