package io.deltashare.booking.availability.application;

import io.deltashare.booking.availability.domain.FreeTime;
import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.contracts.catalog.Region;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Finds instruments of a category and region with a free window of a given length, earliest first. */
@ApplicationScoped
public class AvailabilityService {

    /** How many free windows are shown per instrument. */
    static final int WINDOWS_PER_INSTRUMENT = 3;

    /** An instrument that has room, and its earliest free windows. */
    public record Offer(
            UUID instrumentId,
            LocalizedText name,
            String category,
            Region providerRegion,
            List<FreeTime.Window> windows) {}

    /** One page of offers; {@code after} is where the next page starts (the last instrument looked at), or null. */
    public record Offers(List<Offer> items, UUID after) {}

    /** Instruments whose calendars are read in one round trip. */
    private static final int CHUNK = 50;

    private final InstrumentViews instruments;
    private final Occupancy occupancy;
    private final int maxScanned;
    private final Clock clock;

    AvailabilityService(
            InstrumentViews instruments,
            Occupancy occupancy,
            @ConfigProperty(name = "booking.availability.max-instruments-scanned", defaultValue = "500") int maxScanned,
            Clock clock) {
        this.clock = clock;
        this.instruments = instruments;
        this.occupancy = occupancy;
        this.maxScanned = maxScanned;
    }

    /**
     * Up to {@code limit} instruments with a free window, looking at matching instruments in id order after
     * {@code after}, {@link #CHUNK} at a time, and at no more than {@code booking.availability.max-instruments-scanned}
     * of them per request: the work of one request is bounded however many instruments match. The page is sorted by
     * its earliest free window; the next page goes on after the last instrument looked at.
     */
    @Transactional
    public Offers search(String category, Region region, Instant from, Instant to, int minutes, int limit, UUID after) {
        Instant now = clock.instant();
        List<Offer> offers = new ArrayList<>();
        UUID last = null;
        int scanned = 0;
        boolean exhausted = false;
        while (!exhausted && offers.size() < limit && scanned < maxScanned) {
            int wanted = Math.min(CHUNK, maxScanned - scanned);
            List<InstrumentView> chunk =
                    instruments.slotInstruments(category, region, minutes, last == null ? after : last, wanted);
            Map<UUID, List<Occupancy.Taken>> taken = chunk.isEmpty()
                    ? Map.of()
                    : occupancy.overlapping(chunk.stream().map(i -> i.id).toList(), from, to);
            int looked = 0;
            for (InstrumentView instrument : chunk) {
                looked++;
                List<FreeTime.Window> windows = FreeTime.find(
                        OpeningHours.parse(instrument.openingHours),
                        taken.getOrDefault(instrument.id, List.of()).stream()
                                .map(t -> new FreeTime.Window(t.start(), t.end()))
                                .toList(),
                        from,
                        to,
                        now.plus(Duration.ofHours(instrument.leadTimeHours)),
                        minutes,
                        WINDOWS_PER_INSTRUMENT);
                if (!windows.isEmpty()) {
                    offers.add(new Offer(
                            instrument.id,
                            new LocalizedText(instrument.nameZh, instrument.nameEn),
                            instrument.category,
                            Region.ofCode(instrument.providerRegion),
                            windows));
                }
                if (offers.size() == limit) {
                    break;
                }
            }
            scanned += looked;
            if (looked > 0) {
                last = chunk.get(looked - 1).id;
            }
            // a chunk shorter than asked for, looked at to its end, was the last of the matching instruments
            exhausted = chunk.size() < wanted && looked == chunk.size();
        }
        List<Offer> page = offers.stream()
                .sorted(Comparator.comparing((Offer o) -> o.windows().get(0).start())
                        .thenComparing(Offer::instrumentId))
                .toList();
        return new Offers(page, exhausted ? null : last);
    }
}
