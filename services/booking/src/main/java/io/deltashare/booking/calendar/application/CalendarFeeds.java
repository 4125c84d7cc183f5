package io.deltashare.booking.calendar.application;

import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.maintenance.persistence.MaintenanceBlockEntity;
import io.deltashare.booking.maintenance.persistence.MaintenanceBlocks;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.persistence.BookingEntity;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.problem.Refusal;
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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the iCalendar feeds show: an instrument's bookings and maintenance for its provider's staff, a firm's own
 * time slots for the firm. Cancelled and rejected bookings drop out; the feed covers the last 30 days and on.
 */
@ApplicationScoped
public class CalendarFeeds {

    /** One calendar event. */
    public record Entry(UUID id, Instant start, Instant end, String summary, String description) {
    }

    static final Duration HISTORY = Duration.ofDays(30);
    private static final List<String> SHOWN = List.of(BookingStatus.REQUESTED.name(),
            BookingStatus.PENDING_APPROVAL.name(), BookingStatus.CONFIRMED.name(), BookingStatus.IN_PROGRESS.name(),
            BookingStatus.COMPLETED.name(), BookingStatus.NO_SHOW.name());

    private final BookingRepository bookings;
    private final MaintenanceBlocks blocks;
    private final InstrumentViews instruments;
    private final Clock clock = Clock.systemUTC();

    CalendarFeeds(BookingRepository bookings, MaintenanceBlocks blocks, InstrumentViews instruments) {
        this.bookings = bookings;
        this.blocks = blocks;
        this.instruments = instruments;
    }

    /** Bookings and maintenance of one instrument, for staff of its provider. */
    @Transactional
    public List<Entry> instrument(UUID instrumentId, Caller caller) {
        InstrumentView instrument = instruments.findByIdOptional(instrumentId)
                .orElseThrow(() -> Refusal.notFound("instrument " + instrumentId));
        if (!caller.hasRole("provider") || !caller.isMemberOf(instrument.providerOrganizationId)) {
            throw Refusal.forbidden("only staff of the instrument's provider see its calendar");
        }
        Instant since = clock.instant().minus(HISTORY);
        List<Entry> entries = new ArrayList<>();
        for (BookingEntity b : bookings.list("instrumentId = ?1 and mode = 'SLOT' and end > ?2 and status in ?3",
                instrument.id, since, SHOWN)) {
            entries.add(new Entry(b.id, b.start, b.end, "Booking " + b.status + " – firm " + b.firmOrganizationId,
                    "booking " + b.id + ", fee " + Money.ofFen(b.feeFen)));
        }
        for (MaintenanceBlockEntity m : blocks.list("instrumentId = ?1 and end > ?2", instrument.id, since)) {
            entries.add(new Entry(m.id, m.start, m.end, "Maintenance: " + m.reason, "maintenance block " + m.id));
        }
        entries.sort(Comparator.comparing(Entry::start));
        return entries;
    }

    /** The calling firm's own time slots. */
    @Transactional
    public List<Entry> firm(Caller caller) {
        Caller.Organization firm = caller.soleOrganization().filter(o -> caller.hasRole("firm"))
                .orElseThrow(() -> Refusal.forbidden("the firm calendar is for a token of exactly one firm"));
        List<BookingEntity> own = bookings.list(
                "firmOrganizationId = ?1 and mode = 'SLOT' and end > ?2 and status in ?3 order by start",
                firm.id(), clock.instant().minus(HISTORY), SHOWN);
        Map<UUID, InstrumentView> names = instruments.list("id in ?1", own.stream().map(b -> b.instrumentId).distinct()
                .toList()).stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
        return own.stream().map(b -> {
            InstrumentView i = names.get(b.instrumentId);
            return new Entry(b.id, b.start, b.end, i.nameZh + " / " + i.nameEn + " (" + b.status + ")",
                    "booking " + b.id + ", fee " + Money.ofFen(b.feeFen));
        }).toList();
    }
}
