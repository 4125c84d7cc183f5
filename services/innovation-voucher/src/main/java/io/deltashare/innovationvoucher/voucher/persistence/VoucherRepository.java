package io.deltashare.innovationvoucher.voucher.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Vouchers by id, firm or region. */
@ApplicationScoped
public class VoucherRepository implements PanacheRepositoryBase<VoucherEntity, UUID> {
}
