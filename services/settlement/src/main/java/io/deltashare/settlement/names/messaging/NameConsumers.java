package io.deltashare.settlement.names.messaging;

import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.ProviderRegistered;
import io.deltashare.contracts.catalog.ProviderSnapshot;
import io.deltashare.contracts.catalog.ProviderUpdated;
import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.catalog.ServiceOfferWithdrawn;
import io.deltashare.contracts.membership.OrganizationAdmitted;
import io.deltashare.platform.inbox.ConsumesEvents;
import io.deltashare.platform.inbox.EventHandlers;
import io.deltashare.settlement.names.persistence.Names;
import io.deltashare.settlement.names.persistence.Names.Kind;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The catalog's and membership's names of organizations, instruments and service offers, for the documents settlement
 * prints; each event applied once through the inbox, the newest name winning.
 */
@ApplicationScoped
public class NameConsumers implements ConsumesEvents {

    private final EventHandlers handlers;

    NameConsumers(Names names) {
        this.handlers = EventHandlers.create()
                .on(
                        OrganizationAdmitted.class,
                        (e, envelope) -> names.name(
                                e.organization().id(),
                                Kind.ORGANIZATION,
                                e.organization().name(),
                                e.organization().region()))
                .on(ProviderRegistered.class, (e, envelope) -> provider(names, e.provider()))
                .on(ProviderUpdated.class, (e, envelope) -> provider(names, e.provider()))
                .on(InstrumentListed.class, (e, envelope) -> instrument(names, e.instrument()))
                .on(InstrumentUpdated.class, (e, envelope) -> instrument(names, e.instrument()))
                .on(InstrumentWithdrawn.class, (e, envelope) -> instrument(names, e.instrument()))
                .on(ServiceOfferListed.class, (e, envelope) -> offer(names, e.offer()))
                .on(ServiceOfferUpdated.class, (e, envelope) -> offer(names, e.offer()))
                .on(ServiceOfferWithdrawn.class, (e, envelope) -> offer(names, e.offer()));
    }

    /** A provider's name is its organization's, as statements print it. */
    private static void provider(Names names, ProviderSnapshot provider) {
        names.name(provider.organizationId(), Kind.ORGANIZATION, provider.name(), provider.region());
    }

    private static void instrument(Names names, InstrumentSnapshot instrument) {
        names.name(instrument.id(), Kind.INSTRUMENT, instrument.name(), null);
    }

    private static void offer(Names names, ServiceOfferSnapshot offer) {
        names.name(offer.id(), Kind.SERVICE_OFFER, offer.name(), null);
    }

    @Override
    public EventHandlers handlers() {
        return handlers;
    }
}
