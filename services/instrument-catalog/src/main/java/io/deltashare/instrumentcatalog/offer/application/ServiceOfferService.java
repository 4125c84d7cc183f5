package io.deltashare.instrumentcatalog.offer.application;

import io.deltashare.contracts.catalog.ServiceOfferListed;
import io.deltashare.contracts.catalog.ServiceOfferSnapshot;
import io.deltashare.contracts.catalog.ServiceOfferUpdated;
import io.deltashare.contracts.catalog.ServiceOfferWithdrawn;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.instrumentcatalog.category.persistence.Categories;
import io.deltashare.instrumentcatalog.category.persistence.CategoryEntity;
import io.deltashare.instrumentcatalog.changes.application.CatalogChanges;
import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
import io.deltashare.instrumentcatalog.offer.domain.OfferStatus;
import io.deltashare.instrumentcatalog.offer.domain.ServiceOffer;
import io.deltashare.instrumentcatalog.offer.persistence.ServiceOfferRepository;
import io.deltashare.instrumentcatalog.provider.application.ProviderRelocated;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.instrumentcatalog.rating.application.RatingSummary;
import io.deltashare.instrumentcatalog.rating.persistence.CatalogRatings;
import io.deltashare.platform.decision.ExpectedVersion;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Offers, changes, pauses and withdraws services (staff of the owning provider) and reviews them (the platform admin),
 * the way instruments are listed. The {@link ServiceOffer} decides; every change is stored, and once the offer is live
 * published as its event, in the same transaction.
 */
@ApplicationScoped
public class ServiceOfferService {

    private final ServiceOfferRepository offers;
    private final ProviderRepository providers;
    private final InstrumentRepository instruments;
    private final Categories categories;
    private final CatalogChanges changes;
    private final CatalogRatings ratings;

    ServiceOfferService(
            ServiceOfferRepository offers,
            ProviderRepository providers,
            InstrumentRepository instruments,
            Categories categories,
            CatalogChanges changes,
            CatalogRatings ratings) {
        this.offers = offers;
        this.providers = providers;
        this.instruments = instruments;
        this.categories = categories;
        this.changes = changes;
        this.ratings = ratings;
    }

    @Transactional
    public ServiceOfferView submit(UUID providerId, OfferDetails details, Caller caller) {
        Provider provider = providers
                .find(providerId)
                .orElseThrow(() -> Rejected.invalid("providerId", "no provider " + providerId));
        requireStaff(provider, caller);
        ServiceOffer.Offer offer = details.offer();
        ServiceOffer submitted = ServiceOffer.submit(
                        UUID.randomUUID(), providerId, offer, known(offer), foreignInstruments(offer, providerId))
                .orElseThrow();
        return ServiceOfferView.withReview(offers.add(submitted, provider, category(offer)), provider);
    }

    @Transactional
    public ServiceOfferView revise(UUID id, OfferDetails details, ExpectedVersion expected, Caller caller) {
        ServiceOffer offer = find(id);
        Provider provider = staffProvider(offer, caller);
        expected.check(offer.version()).orElseThrow();
        ServiceOffer.Offer revision = details.offer();
        ServiceOffer revised = offer.revise(revision, known(revision), foreignInstruments(revision, provider.id()))
                .orElseThrow();
        return ServiceOfferView.withReview(offers.save(revised, provider, category(revised.offer())), provider);
    }

    /** Pauses an offer, brings it back, or withdraws it for good. */
    @Transactional
    public ServiceOfferView changeStatus(UUID id, OfferStatus target, ExpectedVersion expected, Caller caller) {
        ServiceOffer offer = find(id);
        Provider provider = staffProvider(offer, caller);
        expected.check(offer.version()).orElseThrow();
        ServiceOffer moved = offer.moveTo(target).orElseThrow();
        ServiceOffer saved = offers.save(moved, provider, category(moved.offer()));
        if (!offer.live()) {
            return ServiceOfferView.withReview(saved, provider); // never announced: nothing to tell
        }
        return published(
                saved,
                provider,
                target == OfferStatus.WITHDRAWN ? ServiceOfferWithdrawn::new : ServiceOfferUpdated::new);
    }

    /** The platform approves a new offer (announced as listed) or a change of a live one (announced as updated). */
    @Transactional
    public ServiceOfferView approve(UUID id, Caller caller) {
        requireReviewer(caller);
        ServiceOffer offer = find(id);
        Provider provider = providers.find(offer.providerId()).orElseThrow();
        ServiceOffer approved = offer.approve().orElseThrow();
        return published(
                offers.save(approved, provider, category(approved.offer())),
                provider,
                offer.live() ? ServiceOfferUpdated::new : ServiceOfferListed::new);
    }

    /** The platform refuses what waits for review, with a reason the provider reads; nothing live changes. */
    @Transactional
    public ServiceOfferView reject(UUID id, String reason, Caller caller) {
        requireReviewer(caller);
        ServiceOffer offer = find(id);
        Provider provider = providers.find(offer.providerId()).orElseThrow();
        ServiceOffer rejected = offer.reject(reason).orElseThrow();
        return ServiceOfferView.withReview(offers.save(rejected, provider, category(rejected.offer())), provider);
    }

    /** Offers and changes waiting for review, in id order, a page after {@code after}: the admin's queue. */
    @Transactional
    public List<ServiceOfferView> awaitingReview(UUID after, int limit, Caller caller) {
        requireReviewer(caller);
        List<ServiceOffer> waiting = offers.awaitingReview(after, limit);
        Map<UUID, Provider> owners = providers.byIds(
                waiting.stream().map(ServiceOffer::providerId).distinct().toList());
        return waiting.stream()
                .map(o -> ServiceOfferView.withReview(o, owners.get(o.providerId())))
                .toList();
    }

    /**
     * An offer: to anyone once it was approved (a withdrawn one too, for the orders that name it), with what waits
     * for review to its provider's staff and the admin; one never approved, to them only.
     */
    @Transactional
    public ServiceOfferView get(UUID id, Caller caller) {
        ServiceOffer offer = find(id);
        Provider provider = providers.find(offer.providerId()).orElseThrow();
        RatingSummary rated = ratings.of(CatalogRatings.Of.SERVICE_OFFER, id);
        if (caller.isAdmin() || caller.isStaffOfProvider(provider.organizationId())) {
            return ServiceOfferView.withReview(offer, provider).rated(rated);
        }
        if (offer.status() == OfferStatus.SUBMITTED || offer.status() == OfferStatus.REJECTED) {
            throw Rejected.notFound("service " + id);
        }
        return ServiceOfferView.of(offer, provider).rated(rated);
    }

    /** A provider moved: its offers take the new region and city, and the live ones publish new snapshots. */
    void followProvider(@Observes ProviderRelocated relocation) {
        Provider provider = relocation.provider();
        for (ServiceOffer offer : offers.ofProvider(provider.id())) {
            ServiceOffer saved = offers.save(offer, provider, category(offer.offer()));
            if (saved.live()) {
                changes.publish(new ServiceOfferUpdated(ServiceOfferView.snapshot(saved, provider)));
            }
        }
    }

    /**
     * Writes a {@code LISTED} change for each of up to {@code limit} live offers the change feed holds nothing of
     * (listed before it existed), from their current snapshots, publishing no event; how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addMissingToTheFeed(int limit) {
        List<ServiceOffer> missing = offers.liveOutsideTheFeed(limit);
        missing.forEach(offer -> changes.listedBefore(ServiceOfferView.snapshot(
                offer, providers.find(offer.providerId()).orElseThrow())));
        return missing.size();
    }

    private ServiceOfferView published(
            ServiceOffer offer, Provider provider, Function<ServiceOfferSnapshot, IntegrationEvent> event) {
        changes.publish(event.apply(ServiceOfferView.snapshot(offer, provider)));
        return ServiceOfferView.of(offer, provider);
    }

    /** The instruments an offer names that are not live instruments of {@code providerId}. */
    private Set<UUID> foreignInstruments(ServiceOffer.Offer offer, UUID providerId) {
        Map<UUID, Instrument> named = instruments.byIds(offer.instrumentIds());
        return offer.instrumentIds().stream()
                .filter(id -> {
                    Instrument instrument = named.get(id);
                    return instrument == null || !instrument.providerId().equals(providerId) || !instrument.live();
                })
                .collect(Collectors.toSet());
    }

    private ServiceOffer find(UUID id) {
        return offers.find(id).orElseThrow(() -> Rejected.notFound("service " + id));
    }

    private Provider staffProvider(ServiceOffer offer, Caller caller) {
        Provider provider = providers.find(offer.providerId()).orElseThrow();
        requireStaff(provider, caller);
        return provider;
    }

    private static void requireReviewer(Caller caller) {
        if (!caller.isAdmin()) {
            throw Rejected.forbidden("the platform admin reviews service offers");
        }
    }

    private static void requireStaff(Provider provider, Caller caller) {
        if (!caller.isStaffOfProvider(provider.organizationId())) {
            throw Rejected.forbidden(
                    "only staff of " + provider.profile().name().en() + " may manage its services");
        }
    }

    private boolean known(ServiceOffer.Offer offer) {
        return categories.byCode(offer.category()).isPresent();
    }

    private CategoryEntity category(ServiceOffer.Offer offer) {
        return categories.byCode(offer.category()).orElseThrow();
    }
}
