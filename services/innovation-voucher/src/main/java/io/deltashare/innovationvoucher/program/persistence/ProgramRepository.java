package io.deltashare.innovationvoucher.program.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Voucher programs by id or region. */
@ApplicationScoped
public class ProgramRepository implements PanacheRepositoryBase<ProgramEntity, UUID> {
}
