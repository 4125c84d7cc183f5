package io.deltashare.gateway.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** The attempts of a delivery, first to last. */
@ApplicationScoped
public class AttemptRepository implements PanacheRepositoryBase<AttemptEntity, AttemptEntity.Key> {

    public List<AttemptEntity> of(UUID delivery) {
        return list("deliveryId = ?1 order by attempt", delivery);
    }
}
