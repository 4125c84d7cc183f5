package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.instrumentcatalog.category.persistence.Categories;
import io.deltashare.instrumentcatalog.category.persistence.CategoryEntity;
import io.deltashare.instrumentcatalog.changes.application.CatalogChanges;
import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.domain.InstrumentStatus;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
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
import java.util.UUID;
import java.util.function.Function;

/**
 * Lists, updates, pauses and withdraws instruments (staff of the owning provider); reviews listings and their changes
 * (the platform admin); designates whether vouchers pay for an instrument (the bureau of its provider's region). The
 * {@link Instrument} decides; every change is stored, and once the instrument is live published as its event, in the
 * same transaction. Other services and the public catalog hear of an instrument only once its listing was approved.
 */
@ApplicationScoped
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final ProviderRepository providers;
    private final Categories categories;
    private final CatalogChanges changes;
    private final CatalogRatings ratings;

    InstrumentService(
            InstrumentRepository instruments,
            ProviderRepository providers,
            Categories categories,
            CatalogChanges changes,
            CatalogRatings ratings) {
        this.instruments = instruments;
        this.providers = providers;
        this.categories = categories;
        this.changes = changes;
        this.ratings = ratings;
    }

    @Transactional
    public InstrumentView list(UUID providerId, InstrumentDetails details, Caller caller) {
        Provider provider = providers
                .find(providerId)
                .orElseThrow(() -> Rejected.invalid("providerId", "no provider " + providerId));
        requireStaff(provider, caller);
        Instrument.Listing listing = details.listing();
        Instrument instrument = Instrument.list(UUID.randomUUID(), providerId, listing, known(listing))
                .orElseThrow();
        return InstrumentView.withReview(instruments.add(instrument, provider, category(listing)), provider);
    }

    @Transactional
    public InstrumentView update(UUID id, InstrumentDetails details, ExpectedVersion expected, Caller caller) {
        Instrument instrument = find(id);
        Provider provider = staffProvider(instrument, caller);
        expected.check(instrument.version()).orElseThrow();
        Instrument.Listing listing = details.listing();
        Instrument revised = instrument.revise(listing, known(listing)).orElseThrow();
        return InstrumentView.withReview(instruments.save(revised, provider, category(revised.listing())), provider);
    }

    /** Moves an instrument to {@code target}: maintenance, back to active, or withdrawn for good. */
    @Transactional
    public InstrumentView changeStatus(UUID id, InstrumentStatus target, ExpectedVersion expected, Caller caller) {
        Instrument instrument = find(id);
        Provider provider = staffProvider(instrument, caller);
        expected.check(instrument.version()).orElseThrow();
        Instrument moved = instrument.moveTo(target).orElseThrow();
        Instrument saved = instruments.save(moved, provider, category(moved.listing()));
        if (!instrument.live()) {
            return InstrumentView.withReview(saved, provider); // never announced: nothing to tell
        }
        return published(
                saved,
                provider,
                target == InstrumentStatus.WITHDRAWN ? InstrumentWithdrawn::new : InstrumentUpdated::new);
    }

    /**
     * The platform approves what waits for review: a new listing goes live and is announced ({@code InstrumentListed}),
     * a change of a live one replaces it ({@code InstrumentUpdated}).
     */
    @Transactional
    public InstrumentView approveListing(UUID id, Caller caller) {
        requireReviewer(caller);
        Instrument instrument = find(id);
        Provider provider = providers.find(instrument.providerId()).orElseThrow();
        Instrument approved = instrument.approveListing().orElseThrow();
        return published(
                instruments.save(approved, provider, category(approved.listing())),
                provider,
                instrument.live() ? InstrumentUpdated::new : InstrumentListed::new);
    }

    /** The platform refuses what waits for review, with a reason the provider reads; nothing live changes. */
    @Transactional
    public InstrumentView rejectListing(UUID id, String reason, Caller caller) {
        requireReviewer(caller);
        Instrument instrument = find(id);
        Provider provider = providers.find(instrument.providerId()).orElseThrow();
        Instrument rejected = instrument.rejectListing(reason).orElseThrow();
        return InstrumentView.withReview(instruments.save(rejected, provider, category(rejected.listing())), provider);
    }

    /**
     * The bureau of the provider's region designates whether vouchers pay for the instrument (never the provider
     * itself); a live instrument announces the change.
     */
    @Transactional
    public InstrumentView designateVoucherEligible(UUID id, boolean eligible, Caller caller) {
        Instrument instrument = find(id);
        Provider provider = providers.find(instrument.providerId()).orElseThrow();
        if (!caller.isBureauOf(provider.profile().region().code())) {
            throw Rejected.forbidden(
                    "the science bureau of " + provider.profile().region().code()
                            + " designates which of its providers' instruments vouchers pay for");
        }
        Instrument designated = instrument.designateVoucherEligible(eligible).orElseThrow();
        Instrument saved = instruments.save(designated, provider, category(designated.listing()));
        return saved.live()
                ? published(saved, provider, InstrumentUpdated::new)
                : InstrumentView.withReview(saved, provider);
    }

    /** Listings and changes waiting for review, in id order, a page after {@code after}: the admin's queue. */
    @Transactional
    public List<InstrumentView> awaitingReview(UUID after, int limit, Caller caller) {
        requireReviewer(caller);
        List<Instrument> waiting = instruments.awaitingReview(after, limit);
        Map<UUID, Provider> owners = providers.byIds(
                waiting.stream().map(Instrument::providerId).distinct().toList());
        return waiting.stream()
                .map(i -> InstrumentView.withReview(i, owners.get(i.providerId())))
                .toList();
    }

    /** A provider moved: its instruments take the new region and city, and the live ones publish new snapshots. */
    void followProvider(@Observes ProviderRelocated relocation) {
        Provider provider = relocation.provider();
        for (Instrument instrument : instruments.ofProvider(provider.id())) {
            Instrument saved = instruments.save(instrument, provider, category(instrument.listing()));
            if (saved.live()) {
                changes.publish(new InstrumentUpdated(InstrumentView.snapshot(saved, provider)));
            }
        }
    }

    /**
     * An instrument: to anyone once it is live (a withdrawn one too, for the bookings that name it), with what waits
     * for review to its provider's staff and the admin; not yet approved, to them only.
     */
    @Transactional
    public InstrumentView get(UUID id, Caller caller) {
        Instrument instrument = find(id);
        Provider provider = providers.find(instrument.providerId()).orElseThrow();
        boolean privileged = caller.isAdmin() || caller.isStaffOfProvider(provider.organizationId());
        RatingSummary rated = ratings.of(CatalogRatings.Of.INSTRUMENT, id);
        if (privileged) {
            return InstrumentView.withReview(instrument, provider).rated(rated);
        }
        if (instrument.status() == InstrumentStatus.SUBMITTED || instrument.status() == InstrumentStatus.REJECTED) {
            throw Rejected.notFound("instrument " + id);
        }
        return InstrumentView.of(instrument, provider).rated(rated);
    }

    /**
     * Publishes an instrument that was written straight into the database (the demo seed) as listed, after checking
     * its listing and deriving what the API would have derived: its search text and its provider's region and city.
     * An invalid row fails loudly rather than reaching other services.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceWritten(Instrument instrument) {
        var violations = instrument.listing().violations(known(instrument.listing()));
        if (!violations.isEmpty()) {
            throw new IllegalStateException(
                    "instrument " + instrument.id() + " in the database breaks its terms: " + violations);
        }
        Provider provider = providers.find(instrument.providerId()).orElseThrow();
        published(
                instruments.save(instrument, provider, category(instrument.listing())),
                provider,
                InstrumentListed::new);
    }

    /**
     * Writes a {@code LISTED} change for each of up to {@code limit} live instruments the change feed holds nothing of
     * (listed before it existed), from their current snapshots, publishing no event; how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int addMissingToTheFeed(int limit) {
        List<Instrument> missing = instruments.liveOutsideTheFeed(limit);
        missing.forEach(instrument -> changes.listedBefore(InstrumentView.snapshot(
                instrument, providers.find(instrument.providerId()).orElseThrow())));
        return missing.size();
    }

    /** Publishes the stored instrument as {@code event}, in the transaction that stored it. */
    private InstrumentView published(
            Instrument instrument, Provider provider, Function<InstrumentSnapshot, IntegrationEvent> event) {
        changes.publish(event.apply(InstrumentView.snapshot(instrument, provider)));
        return InstrumentView.of(instrument, provider);
    }

    private Instrument find(UUID id) {
        return instruments.find(id).orElseThrow(() -> Rejected.notFound("instrument " + id));
    }

    /** The instrument's provider, once the caller is known to be its staff. */
    private Provider staffProvider(Instrument instrument, Caller caller) {
        Provider provider = providers.find(instrument.providerId()).orElseThrow();
        requireStaff(provider, caller);
        return provider;
    }

    private static void requireReviewer(Caller caller) {
        if (!caller.isAdmin()) {
            throw Rejected.forbidden("the platform admin reviews listings");
        }
    }

    private static void requireStaff(Provider provider, Caller caller) {
        if (!caller.isStaffOfProvider(provider.organizationId())) {
            throw Rejected.forbidden(
                    "only staff of " + provider.profile().name().en() + " may manage its instruments");
        }
    }

    private boolean known(Instrument.Listing listing) {
        return categories
                .byCode(listing.category())
                .filter(c -> c.forInstruments)
                .isPresent();
    }

    private CategoryEntity category(Instrument.Listing listing) {
        return categories.byCode(listing.category()).orElseThrow();
    }
}
