package io.deltashare.booking.maintenance.application;

import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.maintenance.persistence.MaintenanceBlockEntity;
import io.deltashare.booking.maintenance.persistence.MaintenanceBlocks;
import io.deltashare.booking.reservation.domain.BookingTerms;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Violation;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Provider staff block instrument time for maintenance. A block claims its window like a booking, so it can neither
 * overlap a booking nor be overlapped by one; to block booked time the provider first rejects or settles the booking.
 */
@ApplicationScoped
public class MaintenanceService {

    /** A maintenance block as the API shows it. */
    public record Block(UUID id, UUID instrumentId, Instant start, Instant end, String reason) {}

    private final InstrumentViews instruments;
    private final MaintenanceBlocks blocks;
    private final Occupancy occupancy;
    private final Clock clock;

    MaintenanceService(InstrumentViews instruments, MaintenanceBlocks blocks, Occupancy occupancy, Clock clock) {
        this.clock = clock;
        this.instruments = instruments;
        this.blocks = blocks;
        this.occupancy = occupancy;
    }

    @Transactional
    public Block block(UUID instrumentId, Instant start, Instant end, String reason, Caller caller) {
        InstrumentView instrument = staffInstrument(instrumentId, caller);
        List<Violation> errors = new ArrayList<>();
        if (!end.isAfter(start)) {
            errors.add(new Violation("end", "must be after start (" + start + ")"));
        }
        if (!end.isAfter(clock.instant())) {
            errors.add(new Violation("end", "is in the past"));
        }
        if (end.isAfter(clock.instant().plus(BookingTerms.HORIZON))) {
            errors.add(new Violation("end", "is more than " + BookingTerms.HORIZON.toDays() + " days ahead"));
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        MaintenanceBlockEntity block = new MaintenanceBlockEntity();
        block.id = UUID.randomUUID();
        block.instrumentId = instrument.id;
        block.start = start;
        block.end = end;
        block.reason = reason;
        block.createdBy = caller.subject();
        block.createdAt = clock.instant();
        occupancy.claim(block.id, instrument.id, start, end, "MAINTENANCE").ifPresent(taken -> {
            throw Rejected.conflict(
                    "slot-taken",
                    "the instrument is taken from " + taken.start() + " to " + taken.end()
                            + (taken.kind().equals("BOOKING")
                                    ? " by a booking; reject or finish it first"
                                    : " by maintenance"));
        });
        blocks.persist(block);
        return view(block);
    }

    @Transactional
    public List<Block> list(UUID instrumentId, Caller caller, Cursor after, int limit) {
        InstrumentView instrument = staffInstrument(instrumentId, caller);
        return blocks.endingAfter(instrument.id, clock.instant(), after, limit).stream()
                .map(MaintenanceService::view)
                .toList();
    }

    @Transactional
    public void lift(UUID instrumentId, UUID blockId, Caller caller) {
        InstrumentView instrument = staffInstrument(instrumentId, caller);
        MaintenanceBlockEntity block = blocks.findByIdOptional(blockId)
                .filter(b -> b.instrumentId.equals(instrument.id))
                .orElseThrow(() -> Rejected.notFound("maintenance block " + blockId));
        occupancy.release(block.id);
        blocks.delete(block);
    }

    private InstrumentView staffInstrument(UUID instrumentId, Caller caller) {
        InstrumentView instrument = instruments
                .findByIdOptional(instrumentId)
                .orElseThrow(() -> Rejected.notFound("instrument " + instrumentId));
        if (!caller.isStaffOfProvider(instrument.providerOrganizationId)) {
            throw Rejected.forbidden("only staff of the instrument's provider manage its maintenance");
        }
        return instrument;
    }

    private static Block view(MaintenanceBlockEntity b) {
        return new Block(b.id, b.instrumentId, b.start, b.end, b.reason);
    }
}
