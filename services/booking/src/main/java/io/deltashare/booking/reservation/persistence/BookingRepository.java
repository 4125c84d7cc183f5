package io.deltashare.booking.reservation.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Bookings by id, firm or provider. */
@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<BookingEntity, UUID> {
}
