package io.deltashare.booking.maintenance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Maintenance blocks by instrument. */
@ApplicationScoped
public class MaintenanceBlocks implements PanacheRepositoryBase<MaintenanceBlockEntity, UUID> {
}
