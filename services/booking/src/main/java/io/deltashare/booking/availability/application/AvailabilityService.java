package io.deltashare.booking.availability.application;

import io.deltashare.booking.availability.domain.FreeTime;
import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.reservation.domain.OpeningWindow;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds instruments of a category and region with a free window of a given length, earliest first. */
@ApplicationScoped
public class AvailabilityService {

    /** How many free windows are shown per instrument. */
    static final int WINDOWS_PER_INSTRUMENT = 3;

    /** An instrument that has room, and its earliest free windows. */
    public record Offer(UUID instrumentId, LocalizedText name, String category, Region providerRegion,
                        List<FreeTime.Window> windows) {
    }

    private final EntityManager entityManager;
    private final Occupancy occupancy;
    private final Clock clock = Clock.systemUTC();

    AvailabilityService(EntityManager entityManager, Occupancy occupancy) {
        this.entityManager = entityManager;
        this.occupancy = occupancy;
    }

    @Transactional
    public List<Offer> search(String category, Region region, Instant from, Instant to, int minutes, int limit) {
        StringBuilder where = new StringBuilder("status = 'ACTIVE' and bookingMode = 'SLOT'"
                + " and minDurationMinutes <= :minutes and maxDurationMinutes >= :minutes");
        Map<String, Object> params = new HashMap<>(Map.of("minutes", minutes));
        if (category != null) {
            where.append(" and category = :category");
            params.put("category", category);
        }
        if (region != null) {
            where.append(" and providerRegion = :region");
            params.put("region", region.code());
        }
        var query = entityManager.createQuery("from InstrumentView where " + where, InstrumentView.class);
        params.forEach(query::setParameter);
        List<InstrumentView> candidates = query.getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Occupancy.Taken>> taken = occupancy.overlapping(candidates.stream().map(i -> i.id).toList(),
                from, to);
        Instant now = clock.instant();
        List<Offer> offers = new ArrayList<>();
        for (InstrumentView instrument : candidates) {
            List<FreeTime.Window> windows = FreeTime.find(OpeningWindow.parseAll(instrument.openingHours),
                    taken.getOrDefault(instrument.id, List.of()).stream()
                            .map(t -> new FreeTime.Window(t.start(), t.end())).toList(), from, to,
                    now.plus(Duration.ofHours(instrument.leadTimeHours)), minutes, WINDOWS_PER_INSTRUMENT);
            if (!windows.isEmpty()) {
                offers.add(new Offer(instrument.id, new LocalizedText(instrument.nameZh, instrument.nameEn),
                        instrument.category, Region.ofCode(instrument.providerRegion), windows));
            }
        }
        return offers.stream().sorted(Comparator.comparing((Offer o) -> o.windows().get(0).start())
                .thenComparing(Offer::instrumentId)).limit(limit).toList();
    }
}
