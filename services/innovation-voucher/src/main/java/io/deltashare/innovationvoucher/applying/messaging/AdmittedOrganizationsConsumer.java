package io.deltashare.innovationvoucher.applying.messaging;

import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.innovationvoucher.applying.application.FirmRegistrations;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** Membership's admissions: which firms joined, and with which SME registration (for programs for SMEs only). */
@ApplicationScoped
public class AdmittedOrganizationsConsumer implements ConsumesEvents {

    private final EventHandlers handlers;

    AdmittedOrganizationsConsumer(FirmRegistrations registrations) {
        this.handlers = EventHandlers.create()
                .on(
                        OrganizationAdmitted.class,
                        (event, envelope) -> registrations.admitted(event.organization(), envelope.time()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
