package io.deltashare.instrumentcatalog.offer.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deltashare.instrumentcatalog.category.persistence.CategoryEntity;
import io.deltashare.instrumentcatalog.offer.domain.OfferStatus;
import io.deltashare.instrumentcatalog.offer.domain.ServiceOffer;
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
 * Service offers, loaded and saved as {@link ServiceOffer}s. A row also carries what search needs and the API does
 * not decide: its provider's region and city, and the text search looks in ({@link ServiceOfferSearch}).
 */
@ApplicationScoped
public class ServiceOfferRepository implements PanacheRepositoryBase<ServiceOfferEntity, UUID> {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Optional<ServiceOffer> find(UUID id) {
        return findByIdOptional(id).map(ServiceOfferRepository::toOffer);
    }

    /** The offers of {@code ids} that exist, by id. */
    public Map<UUID, ServiceOffer> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids).stream()
                .map(ServiceOfferRepository::toOffer)
                .collect(Collectors.toMap(ServiceOffer::id, o -> o));
    }

    public List<ServiceOffer> ofProvider(UUID provider) {
        return list("providerId", provider).stream()
                .map(ServiceOfferRepository::toOffer)
                .toList();
    }

    /** Stores a new offer of {@code provider} in {@code category}; returns it with its stored version. */
    public ServiceOffer add(ServiceOffer offer, Provider provider, CategoryEntity category) {
        ServiceOfferEntity row = new ServiceOfferEntity();
        row.id = offer.id();
        row.providerId = offer.providerId();
        update(row, offer, provider, category);
        persistAndFlush(row);
        return toOffer(row);
    }

    /** Stores a change of an offer (or of its provider's region and city); returns it as it is now. */
    public ServiceOffer save(ServiceOffer offer, Provider provider, CategoryEntity category) {
        ServiceOfferEntity row = findById(offer.id());
        update(row, offer, provider, category);
        flush();
        return toOffer(row);
    }

    /** Offers whose first version or a change of it waits for the platform's review, oldest id first, a page. */
    public List<ServiceOffer> awaitingReview(UUID after, int limit) {
        return Where.all().and("(status = 'SUBMITTED' or pendingOffer is not null)").byId(this, after, limit).stream()
                .map(ServiceOfferRepository::toOffer)
                .toList();
    }

    /**
     * Live offers (approved, not withdrawn) of which the change feed holds nothing: those listed before the feed
     * existed. Oldest id first, a page.
     */
    @SuppressWarnings("unchecked") // the entity's rows
    public List<ServiceOffer> liveOutsideTheFeed(int limit) {
        return ((List<ServiceOfferEntity>) getEntityManager()
                        .createNativeQuery(
                                "SELECT x.* FROM service_offer x WHERE x.status IN ('ACTIVE', 'PAUSED') AND NOT "
                                        + "EXISTS (SELECT 1 FROM catalog_change c WHERE c.subject_id = x.id) ORDER BY x.id",
                                ServiceOfferEntity.class)
                        .setMaxResults(limit)
                        .getResultList())
                .stream().map(ServiceOfferRepository::toOffer).toList();
    }

    private static void update(ServiceOfferEntity row, ServiceOffer offer, Provider provider, CategoryEntity category) {
        ServiceOffer.Offer o = offer.offer();
        row.providerRegion = provider.profile().region().code();
        row.providerCity = provider.profile().city();
        row.type = o.type().name();
        row.kind = o.type().kind().name();
        row.category = o.category();
        row.priceBasis = o.priceBasis().name();
        row.academicPriceFen = o.academicPriceFen();
        row.enterprisePriceFen = o.enterprisePriceFen();
        row.offer = json(o);
        row.status = offer.status().name();
        row.pendingOffer = offer.pending() == null ? null : json(offer.pending());
        row.reviewNote = offer.reviewNote();
        row.nameEn = o.name().en();
        row.nameText = SearchText.of(o.name().zh(), o.name().en());
        row.searchText = SearchText.of(
                o.name().zh(),
                o.name().en(),
                o.description().zh(),
                o.description().en(),
                o.standard(),
                category.nameZh,
                category.nameEn);
    }

    private static ServiceOffer toOffer(ServiceOfferEntity row) {
        return new ServiceOffer(
                row.id,
                row.providerId,
                offer(row.offer),
                OfferStatus.valueOf(row.status),
                row.pendingOffer == null ? null : offer(row.pendingOffer),
                row.reviewNote,
                row.version);
    }

    private static String json(ServiceOffer.Offer offer) {
        try {
            return JSON.writeValueAsString(offer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ServiceOffer.Offer offer(String json) {
        try {
            return JSON.readValue(json, ServiceOffer.Offer.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a service offer that cannot be read: " + json, e);
        }
    }
}
