package io.deltashare.booking.maintenance.persistence;

import io.deltashare.platform.persistence.Where;
import io.deltashare.platform.rest.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Maintenance blocks by instrument. */
@ApplicationScoped
public class MaintenanceBlocks implements PanacheRepositoryBase<MaintenanceBlockEntity, UUID> {

    /** Blocks of {@code instrument} that end after {@code since}, soonest first, a page after {@code after}. */
    public List<MaintenanceBlockEntity> endingAfter(UUID instrument, Instant since, Cursor after, int limit) {
        return Where.where("instrumentId = :instrument", "instrument", instrument)
                .and("end > :since", "since", since)
                .soonestFirst(this, "start", after, limit);
    }

    /** Every block of {@code instrument} that ends after {@code since}, for its calendar. */
    public List<MaintenanceBlockEntity> endingAfter(UUID instrument, Instant since) {
        return list("instrumentId = ?1 and end > ?2", instrument, since);
    }
}
