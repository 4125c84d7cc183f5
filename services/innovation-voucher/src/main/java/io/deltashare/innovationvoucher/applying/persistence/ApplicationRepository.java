package io.deltashare.innovationvoucher.applying.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Applications by id, firm or region. */
@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<ApplicationEntity, UUID> {
}
