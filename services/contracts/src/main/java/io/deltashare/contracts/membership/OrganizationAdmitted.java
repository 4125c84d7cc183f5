package io.deltashare.contracts.membership;

import io.deltashare.contracts.events.EventType;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.events.Topics;
import java.util.UUID;

/** The platform admitted {@code organization} after reviewing {@code applicationId}: its people may now sign in as it. */
@EventType(value = "io.deltashare.membership.OrganizationAdmitted.v1", topic = Topics.ORGANIZATIONS)
public record OrganizationAdmitted(UUID applicationId, OrganizationSnapshot organization) implements IntegrationEvent {
    @Override
    public String subject() {
        return organization.id().toString();
    }
}
