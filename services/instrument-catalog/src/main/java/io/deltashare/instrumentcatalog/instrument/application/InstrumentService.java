package io.deltashare.instrumentcatalog.instrument.application;

import io.deltashare.platform.decision.Rejected;
import io.deltashare.contracts.catalog.InstrumentListed;
import io.deltashare.contracts.catalog.InstrumentSnapshot;
import io.deltashare.contracts.catalog.InstrumentUpdated;
import io.deltashare.contracts.catalog.InstrumentWithdrawn;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.instrumentcatalog.category.CategoryEntity;
import io.deltashare.instrumentcatalog.instrument.domain.InstrumentStatus;
import io.deltashare.instrumentcatalog.instrument.domain.InstrumentTerms;
import io.deltashare.instrumentcatalog.instrument.domain.OpeningWindow;
import io.deltashare.instrumentcatalog.instrument.domain.SearchText;
import io.deltashare.platform.decision.Violation;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentEntity;
import io.deltashare.instrumentcatalog.instrument.persistence.InstrumentRepository;
import io.deltashare.instrumentcatalog.provider.application.ProviderRelocated;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderEntity;
import io.deltashare.instrumentcatalog.provider.persistence.ProviderRepository;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.rest.ETags;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Lists, updates, pauses and withdraws instruments; only staff of the owning provider may. */
@ApplicationScoped
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final ProviderRepository providers;
    private final EntityManager entityManager;
    private final Outbox outbox;

    InstrumentService(InstrumentRepository instruments, ProviderRepository providers, EntityManager entityManager,
                      Outbox outbox) {
        this.instruments = instruments;
        this.providers = providers;
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public InstrumentSnapshot list(UUID providerId, InstrumentDetails details, Caller caller) {
        ProviderEntity provider = providers.findByIdOptional(providerId)
                .orElseThrow(() -> Rejected.invalid("providerId",
                        "no provider " + providerId));
        requireStaff(provider, caller);
        InstrumentEntity instrument = new InstrumentEntity();
        instrument.id = UUID.randomUUID();
        instrument.providerId = provider.id;
        instrument.providerRegion = provider.region;
        instrument.providerCity = provider.city;
        instrument.status = InstrumentStatus.ACTIVE.name();
        apply(details, instrument);
        instruments.persist(instrument);
        return published(instrument, provider, InstrumentListed::new);
    }

    @Transactional
    public InstrumentSnapshot update(UUID id, InstrumentDetails details, String ifMatch, Caller caller) {
        Owned owned = ownedBy(id, caller);
        InstrumentEntity instrument = owned.instrument();
        ProviderEntity provider = owned.provider();
        ETags.requireMatch(ifMatch, instrument.version);
        if (InstrumentStatus.valueOf(instrument.status) == InstrumentStatus.WITHDRAWN) {
            throw Rejected.conflict("instrument-withdrawn", "instrument " + id + " was withdrawn and cannot change");
        }
        apply(details, instrument);
        return published(instrument, provider, InstrumentUpdated::new);
    }

    /** Moves an instrument to {@code target}: maintenance, back to active, or withdrawn for good. */
    @Transactional
    public InstrumentSnapshot changeStatus(UUID id, InstrumentStatus target, String ifMatch, Caller caller) {
        Owned owned = ownedBy(id, caller);
        InstrumentEntity instrument = owned.instrument();
        ProviderEntity provider = owned.provider();
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, instrument.version);
        }
        String refusal = InstrumentStatus.valueOf(instrument.status).refusalToBecome(target);
        if (refusal != null) {
            throw Rejected.conflict("illegal-status-change", refusal);
        }
        instrument.status = target.name();
        return published(instrument, provider,
                target == InstrumentStatus.WITHDRAWN ? InstrumentWithdrawn::new : InstrumentUpdated::new);
    }

    /** A provider moved: its instruments take the new region and city, and the live ones publish new snapshots. */
    void followProvider(@Observes ProviderRelocated relocation) {
        ProviderEntity provider = relocation.provider();
        for (InstrumentEntity instrument : instruments.list("providerId", provider.id)) {
            instrument.providerRegion = provider.region;
            instrument.providerCity = provider.city;
            if (InstrumentStatus.valueOf(instrument.status) != InstrumentStatus.WITHDRAWN) {
                published(instrument, provider, InstrumentUpdated::new);
            }
        }
    }

    @Transactional
    public InstrumentSnapshot get(UUID id) {
        InstrumentEntity instrument = find(id);
        return snapshot(instrument, providers.findById(instrument.providerId));
    }

    /**
     * Every change ends here: flushed (so the snapshot carries the new version) and published as its event in the
     * same transaction.
     */
    private InstrumentSnapshot published(InstrumentEntity instrument, ProviderEntity provider,
                                         java.util.function.Function<InstrumentSnapshot, IntegrationEvent> event) {
        instruments.flush();
        InstrumentSnapshot snapshot = snapshot(instrument, provider);
        outbox.publish(event.apply(snapshot));
        return snapshot;
    }

    /** An instrument and its provider, once the caller is known to be that provider's staff. */
    private record Owned(InstrumentEntity instrument, ProviderEntity provider) {
    }

    private Owned ownedBy(UUID id, Caller caller) {
        InstrumentEntity instrument = find(id);
        ProviderEntity provider = providers.findById(instrument.providerId);
        requireStaff(provider, caller);
        return new Owned(instrument, provider);
    }

    private InstrumentEntity find(UUID id) {
        return instruments.findByIdOptional(id).orElseThrow(() -> Rejected.notFound("instrument " + id));
    }

    private static void requireStaff(ProviderEntity provider, Caller caller) {
        if (!caller.isProvider() || !caller.isMemberOf(provider.organizationId)) {
            throw Rejected.forbidden("only staff of " + provider.nameEn + " may manage its instruments");
        }
    }

    private void apply(InstrumentDetails d, InstrumentEntity instrument) {
        List<OpeningWindow> hours = d.openingHours().stream()
                .map(w -> new OpeningWindow(w.day(), w.from(), w.to())).toList();
        InstrumentTerms terms = new InstrumentTerms(d.prices().academic().fen(), d.prices().enterprise().fen(),
                d.originalValue().fen(), hours, d.minDurationMinutes(), d.maxDurationMinutes(), d.leadTimeHours());
        List<Violation> errors = new ArrayList<>();
        for (Violation violation : terms.violations()) {
            errors.add(new Violation(violation.field(), violation.reason()));
        }
        CategoryEntity category = entityManager.find(CategoryEntity.class, d.category());
        if (category == null) {
            errors.add(new Violation("category", "'" + d.category()
                    + "' is not a category; see GET /api/v1/instrument-categories"));
        }
        if (!errors.isEmpty()) {
            throw Rejected.invalid(errors);
        }
        instrument.nameZh = d.name().zh();
        instrument.nameEn = d.name().en();
        instrument.descriptionZh = d.description().zh();
        instrument.descriptionEn = d.description().en();
        instrument.category = category.code;
        instrument.manufacturer = d.manufacturer();
        instrument.model = d.model();
        instrument.originalValueFen = d.originalValue().fen();
        instrument.location = d.location();
        instrument.bookingMode = d.bookingMode().name();
        instrument.academicPriceFen = d.prices().academic().fen();
        instrument.enterprisePriceFen = d.prices().enterprise().fen();
        instrument.voucherEligible = d.voucherEligible();
        instrument.openingHours = OpeningHoursColumn.write(hours);
        instrument.minDurationMinutes = d.minDurationMinutes();
        instrument.maxDurationMinutes = d.maxDurationMinutes();
        instrument.leadTimeHours = d.leadTimeHours();
        instrument.approvalRequired = d.approvalRequired();
        index(instrument, category);
    }

    /** The text search looks in, derived from the instrument and its category. */
    private static void index(InstrumentEntity instrument, CategoryEntity category) {
        instrument.nameText = SearchText.of(instrument.nameZh, instrument.nameEn);
        instrument.searchText = SearchText.of(instrument.nameZh, instrument.nameEn, instrument.descriptionZh,
                instrument.descriptionEn, instrument.manufacturer, instrument.model, category.nameZh, category.nameEn);
    }

    /**
     * Publishes an instrument that was written straight into the database (the demo seed) as listed, after checking
     * its terms and deriving what the API would have derived: its search text and its provider's region and city.
     * An invalid row fails loudly rather than reaching other services.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announceWritten(InstrumentEntity instrument) {
        InstrumentTerms terms = new InstrumentTerms(instrument.academicPriceFen, instrument.enterprisePriceFen,
                instrument.originalValueFen, OpeningHoursColumn.read(instrument.openingHours),
                instrument.minDurationMinutes, instrument.maxDurationMinutes, instrument.leadTimeHours);
        if (!terms.violations().isEmpty()) {
            throw new IllegalStateException("instrument " + instrument.id + " in the database breaks its terms: "
                    + terms.violations());
        }
        ProviderEntity provider = providers.findById(instrument.providerId);
        instrument.providerRegion = provider.region;
        instrument.providerCity = provider.city;
        index(instrument, entityManager.find(CategoryEntity.class, instrument.category));
        published(instrument, provider, InstrumentListed::new);
    }

    public static InstrumentSnapshot snapshot(InstrumentEntity i, ProviderEntity p) {
        List<InstrumentSnapshot.OpeningWindow> hours = OpeningHoursColumn.read(i.openingHours).stream()
                .map(w -> new InstrumentSnapshot.OpeningWindow(w.day().name(), w.from().toString(), w.to().toString()))
                .toList();
        return new InstrumentSnapshot(i.id, p.id, p.organizationId, Region.ofCode(p.region), p.city,
                new LocalizedText(i.nameZh, i.nameEn), new LocalizedText(i.descriptionZh, i.descriptionEn),
                i.category, i.manufacturer, i.model, Money.ofFen(i.originalValueFen), i.location, i.bookingMode,
                Money.ofFen(i.academicPriceFen), Money.ofFen(i.enterprisePriceFen), i.voucherEligible, hours,
                i.minDurationMinutes, i.maxDurationMinutes, i.leadTimeHours, i.approvalRequired, i.status, i.version);
    }

    /** Opening hours in one text column: {@code MONDAY 08:30-17:00,TUESDAY 08:30-12:00}. */
    static final class OpeningHoursColumn {

        private OpeningHoursColumn() {
        }

        static String write(List<OpeningWindow> hours) {
            return hours.stream().sorted(java.util.Comparator.comparing(OpeningWindow::day)
                            .thenComparing(OpeningWindow::from))
                    .map(w -> w.day() + " " + w.from() + "-" + w.to()).collect(Collectors.joining(","));
        }

        static List<OpeningWindow> read(String column) {
            return Arrays.stream(column.split(",")).map(entry -> {
                String[] dayAndTimes = entry.split(" ");
                String[] times = dayAndTimes[1].split("-");
                return new OpeningWindow(DayOfWeek.valueOf(dayAndTimes[0]), LocalTime.parse(times[0]),
                        LocalTime.parse(times[1]));
            }).toList();
        }
    }
}
