package io.deltashare.notification.notice.messaging;

import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderUpdated;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.notification.notice.persistence.Names;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import jakarta.enterprise.context.ApplicationScoped;

/** The names e-mails print for ids: organizations (membership, the catalog's providers) and instruments. */
@ApplicationScoped
public class NameCopies implements ConsumesEvents {

    private final EventHandlers handlers;

    NameCopies(Names names) {
        this.handlers = EventHandlers.create()
                .on(
                        OrganizationAdmitted.class,
                        (e, envelope) -> names.name(
                                e.organization().id(), e.organization().name()))
                .on(
                        ProviderRegistered.class,
                        (e, envelope) -> names.name(
                                e.provider().organizationId(), e.provider().name()))
                .on(
                        ProviderUpdated.class,
                        (e, envelope) -> names.name(
                                e.provider().organizationId(), e.provider().name()))
                .on(
                        InstrumentListed.class,
                        (e, envelope) ->
                                names.name(e.instrument().id(), e.instrument().name()))
                .on(
                        InstrumentUpdated.class,
                        (e, envelope) ->
                                names.name(e.instrument().id(), e.instrument().name()));
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
