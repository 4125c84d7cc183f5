package io.deltashare.instrumentcatalog.instrument.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.instrumentcatalog.category.persistence.CategoryEntity;
import io.deltashare.instrumentcatalog.instrument.domain.BookingMode;
import io.deltashare.instrumentcatalog.instrument.domain.Instrument;
import io.deltashare.instrumentcatalog.instrument.domain.InstrumentStatus;
import io.deltashare.instrumentcatalog.provider.domain.Provider;
import io.deltashare.instrumentcatalog.search.domain.SearchText;
import io.deltashare.platform.persistence.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Instruments, loaded and saved as {@link Instrument}s. A row also carries what search needs and the API does not
 * decide: its provider's region and city, and the text search looks in. Search itself is {@link InstrumentSearch}.
 */
@ApplicationScoped
public class InstrumentRepository implements PanacheRepositoryBase<InstrumentEntity, UUID> {

    public Optional<Instrument> find(UUID id) {
        return findByIdOptional(id).map(InstrumentRepository::toInstrument);
    }

    /** The instruments of {@code ids} that exist, by id. */
    public Map<UUID, Instrument> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids).stream()
                .map(InstrumentRepository::toInstrument)
                .collect(Collectors.toMap(Instrument::id, i -> i));
    }

    public List<Instrument> ofProvider(UUID provider) {
        return list("providerId", provider).stream()
                .map(InstrumentRepository::toInstrument)
                .toList();
    }

    /** Stores a new instrument of {@code provider} in {@code category}; returns it with its stored version. */
    public Instrument add(Instrument instrument, Provider provider, CategoryEntity category) {
        InstrumentEntity row = new InstrumentEntity();
        row.id = instrument.id();
        row.providerId = instrument.providerId();
        update(row, instrument, provider, category);
        persistAndFlush(row);
        return toInstrument(row);
    }

    /**
     * Stores a change of an instrument (or of its provider's region and city, or of its category's names); returns it
     * with its version as it is now, one on if anything changed.
     */
    public Instrument save(Instrument instrument, Provider provider, CategoryEntity category) {
        InstrumentEntity row = findById(instrument.id());
        update(row, instrument, provider, category);
        flush();
        return toInstrument(row);
    }

    /** Instruments whose listing or a change of it waits for the platform's review, oldest id first, a page. */
    public List<Instrument> awaitingReview(UUID after, int limit) {
        return Where.all().and("(status = 'SUBMITTED' or pendingListing is not null)").byId(this, after, limit).stream()
                .map(InstrumentRepository::toInstrument)
                .toList();
    }

    /** Instruments written straight into the table (the demo seed) that no event has announced yet, in id order, the first {@code limit}. */
    @SuppressWarnings("unchecked") // instrument rows
    public List<Instrument> neverPublished(int limit) {
        return ((List<InstrumentEntity>) getEntityManager()
                        .createNativeQuery(
                                "SELECT x.* FROM instrument x WHERE NOT "
                                        + "EXISTS (SELECT 1 FROM outbox_message m WHERE m.message_key = x.id::text) ORDER BY x.id",
                                InstrumentEntity.class)
                        .setMaxResults(limit)
                        .getResultList())
                .stream().map(InstrumentRepository::toInstrument).toList();
    }

    /**
     * Live instruments (approved, not withdrawn) of which the change feed holds nothing: those listed before the feed
     * existed. Oldest id first, a page.
     */
    @SuppressWarnings("unchecked") // the entity's rows
    public List<Instrument> liveOutsideTheFeed(int limit) {
        return ((List<InstrumentEntity>) getEntityManager()
                        .createNativeQuery(
                                "SELECT x.* FROM instrument x WHERE x.status IN ('ACTIVE', 'MAINTENANCE') AND NOT "
                                        + "EXISTS (SELECT 1 FROM catalog_change c WHERE c.subject_id = x.id) ORDER BY x.id",
                                InstrumentEntity.class)
                        .setMaxResults(limit)
                        .getResultList())
                .stream().map(InstrumentRepository::toInstrument).toList();
    }

    private static void update(
            InstrumentEntity row, Instrument instrument, Provider provider, CategoryEntity category) {
        Instrument.Listing l = instrument.listing();
        row.providerRegion = provider.profile().region().code();
        row.providerCity = provider.profile().city();
        row.nameZh = l.name().zh();
        row.nameEn = l.name().en();
        row.descriptionZh = l.description().zh();
        row.descriptionEn = l.description().en();
        row.category = l.category();
        row.manufacturer = l.manufacturer();
        row.model = l.model();
        row.originalValueFen = l.originalValueFen();
        row.location = l.location();
        row.bookingMode = l.bookingMode().name();
        row.academicPriceFen = l.academicPriceFen();
        row.enterprisePriceFen = l.enterprisePriceFen();
        row.voucherEligible = l.voucherEligible();
        row.openingHours = new OpeningHours(l.openingHours()).text();
        row.minDurationMinutes = l.minDurationMinutes();
        row.maxDurationMinutes = l.maxDurationMinutes();
        row.leadTimeHours = l.leadTimeHours();
        row.approvalRequired = l.approvalRequired();
        row.status = instrument.status().name();
        row.pendingListing = instrument.pending() == null ? null : json(instrument.pending());
        row.reviewNote = instrument.reviewNote();
        row.nameText = SearchText.of(l.name().zh(), l.name().en());
        row.searchText = SearchText.of(
                l.name().zh(),
                l.name().en(),
                l.description().zh(),
                l.description().en(),
                l.manufacturer(),
                l.model(),
                category.nameZh,
                category.nameEn);
    }

    private static Instrument toInstrument(InstrumentEntity row) {
        return new Instrument(
                row.id,
                row.providerId,
                new Instrument.Listing(
                        new LocalizedText(row.nameZh, row.nameEn),
                        new LocalizedText(row.descriptionZh, row.descriptionEn),
                        row.category,
                        row.manufacturer,
                        row.model,
                        row.originalValueFen,
                        row.location,
                        BookingMode.valueOf(row.bookingMode),
                        row.academicPriceFen,
                        row.enterprisePriceFen,
                        row.voucherEligible,
                        OpeningHours.parse(row.openingHours).windows(),
                        row.minDurationMinutes,
                        row.maxDurationMinutes,
                        row.leadTimeHours,
                        row.approvalRequired),
                InstrumentStatus.valueOf(row.status),
                row.pendingListing == null ? null : listing(row.pendingListing),
                row.reviewNote,
                row.version);
    }

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private static String json(Instrument.Listing listing) {
        try {
            return JSON.writeValueAsString(listing);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instrument.Listing listing(String json) {
        try {
            return JSON.readValue(json, Instrument.Listing.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pending listing that cannot be read: " + json, e);
        }
    }
}
