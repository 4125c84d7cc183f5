package io.deltashare.innovationvoucher.voucher.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Holds by booking id. */
@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<HoldEntity, UUID> {
}
