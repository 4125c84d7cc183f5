package io.deltashare.booking.quotation.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deltashare.booking.quotation.domain.Quote;
import io.deltashare.booking.quotation.domain.QuoteRequest;
import io.deltashare.booking.quotation.domain.QuoteRequestStatus;
import io.deltashare.booking.quotation.domain.QuoteStatus;
import io.deltashare.booking.quotation.domain.QuoteTerms;
import io.deltashare.booking.quotation.domain.Recipient;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Requests for quotation and their quotes, loaded and saved as {@link QuoteRequest}s and {@link Quote}s. Every SQL
 * statement of the feature is here.
 */
@ApplicationScoped
public class QuoteRequests implements PanacheRepositoryBase<QuoteRequestEntity, UUID> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<QuoteTerms.QuotedMilestone>> MILESTONES = new TypeReference<>() {};

    private final EntityManager entityManager;

    QuoteRequests(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public QuoteRequest add(QuoteRequest request) {
        QuoteRequestEntity row = new QuoteRequestEntity();
        row.id = request.id();
        row.firmOrganizationId = request.firmOrganizationId();
        row.firmRegion = request.firmRegion().code();
        row.requestedBy = request.requestedBy();
        row.title = request.title();
        row.description = request.description();
        row.category = request.category();
        row.wantedBy = request.wantedBy();
        row.respondBy = request.respondBy();
        row.createdAt = request.createdAt();
        row.status = request.status().name();
        persistAndFlush(row);
        for (int i = 0; i < request.recipients().size(); i++) {
            Recipient r = request.recipients().get(i);
            entityManager
                    .createNativeQuery("""
                            INSERT INTO quote_request_recipient (request_id, provider_id, service_offer_id,
                                provider_organization_id, provider_region, kind, category, service_name_zh,
                                service_name_en, position)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                    .setParameter(1, request.id())
                    .setParameter(2, r.providerId())
                    .setParameter(3, r.serviceOfferId())
                    .setParameter(4, r.providerOrganizationId())
                    .setParameter(5, r.providerRegion().code())
                    .setParameter(6, r.kind().name())
                    .setParameter(7, r.category())
                    .setParameter(8, r.serviceName().zh())
                    .setParameter(9, r.serviceName().en())
                    .setParameter(10, i)
                    .executeUpdate();
        }
        return toRequest(row, request.recipients());
    }

    /** Stores a move of a request (its status and award); returns it with its version as it is now. */
    public QuoteRequest save(QuoteRequest request) {
        QuoteRequestEntity row = findById(request.id());
        row.status = request.status().name();
        row.awardedQuoteId = request.awardedQuoteId();
        flush();
        return toRequest(row, request.recipients());
    }

    public Optional<QuoteRequest> find(UUID id) {
        return findByIdOptional(id).map(row -> toRequest(row, recipients(id)));
    }

    /** The request, locked until the transaction ends: quotes are accepted one request at a time. */
    public Optional<QuoteRequest> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(row -> toRequest(row, recipients(id)));
    }

    /**
     * A page of the requests that {@code firms} made or that went to {@code providers} (null for every request, as
     * the admin sees them), in id order after {@code after}, optionally of one status.
     */
    @SuppressWarnings("unchecked") // quote_request rows
    public List<QuoteRequest> visible(
            Collection<UUID> firms, Collection<UUID> providers, QuoteRequestStatus status, UUID after, int limit) {
        boolean everyone = firms == null;
        List<QuoteRequestEntity> rows = entityManager
                .createNativeQuery("""
                        SELECT r.* FROM quote_request r
                        WHERE (?1 OR r.firm_organization_id = ANY (?2) OR EXISTS (
                                SELECT 1 FROM quote_request_recipient x
                                WHERE x.request_id = r.id AND x.provider_organization_id = ANY (?3)))
                          AND (CAST(?4 AS varchar) IS NULL OR r.status = ?4)
                          AND (CAST(?5 AS uuid) IS NULL OR r.id > ?5)
                        ORDER BY r.id LIMIT ?6""", QuoteRequestEntity.class)
                .setParameter(1, everyone)
                .setParameter(2, everyone ? new UUID[0] : firms.toArray(UUID[]::new))
                .setParameter(3, everyone ? new UUID[0] : providers.toArray(UUID[]::new))
                .setParameter(4, status == null ? null : status.name())
                .setParameter(5, after)
                .setParameter(6, limit)
                .getResultList();
        return rows.stream().map(row -> toRequest(row, recipients(row.id))).toList();
    }

    public Quote addQuote(Quote quote) {
        QuoteEntity row = new QuoteEntity();
        row.id = quote.id();
        row.requestId = quote.requestId();
        row.providerId = quote.recipient().providerId();
        row.providerOrganizationId = quote.recipient().providerOrganizationId();
        QuoteTerms terms = quote.terms();
        row.priceFen = terms.priceFen();
        row.deliverables = terms.deliverables();
        row.milestones = json(terms.milestones());
        row.validUntil = terms.validUntil();
        row.cancellationFeePercent = terms.cancellationFeePercent();
        row.cancellationTerms = terms.cancellationTerms();
        row.status = quote.status().name();
        row.submittedBy = quote.submittedBy();
        row.submittedAt = quote.submittedAt();
        entityManager.persist(row);
        entityManager.flush();
        return toQuote(row, quote.recipient());
    }

    public Quote saveQuote(Quote quote) {
        QuoteEntity row = entityManager.find(QuoteEntity.class, quote.id());
        row.status = quote.status().name();
        entityManager.flush();
        return toQuote(row, quote.recipient());
    }

    /** The quotes of {@code request}, oldest first. */
    public List<Quote> quotesOf(QuoteRequest request) {
        return entityManager
                .createQuery("from QuoteEntity where requestId = ?1 order by submittedAt, id", QuoteEntity.class)
                .setParameter(1, request.id())
                .getResultList()
                .stream()
                .map(row -> toQuote(row, recipient(request, row.providerId)))
                .toList();
    }

    /** Whether the provider has a quote on the request that it has not withdrawn. */
    public boolean hasLiveQuote(UUID requestId, UUID providerId) {
        return entityManager
                        .createQuery(
                                "select count(q) from QuoteEntity q where q.requestId = ?1 and q.providerId = ?2"
                                        + " and q.status <> 'WITHDRAWN'",
                                Long.class)
                        .setParameter(1, requestId)
                        .setParameter(2, providerId)
                        .getSingleResult()
                > 0;
    }

    private List<Recipient> recipients(UUID requestId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT service_offer_id, provider_id, provider_organization_id, provider_region, kind, category,
                               service_name_zh, service_name_en
                        FROM quote_request_recipient WHERE request_id = ?1 ORDER BY position""").setParameter(1, requestId).getResultList();
        List<Recipient> recipients = new ArrayList<>();
        for (Object[] r : rows) {
            recipients.add(new Recipient(
                    (UUID) r[0],
                    (UUID) r[1],
                    (UUID) r[2],
                    Region.ofCode((String) r[3]),
                    ServiceKind.valueOf((String) r[4]),
                    (String) r[5],
                    new LocalizedText((String) r[6], (String) r[7])));
        }
        return recipients;
    }

    private static Recipient recipient(QuoteRequest request, UUID providerId) {
        return request.recipients().stream()
                .filter(r -> r.providerId().equals(providerId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a quote from a provider the request did not go to"));
    }

    private static QuoteRequest toRequest(QuoteRequestEntity row, List<Recipient> recipients) {
        return new QuoteRequest(
                row.id,
                row.firmOrganizationId,
                Region.ofCode(row.firmRegion),
                row.requestedBy,
                row.title,
                row.description,
                row.category,
                row.wantedBy,
                row.respondBy,
                recipients,
                QuoteRequestStatus.valueOf(row.status),
                row.awardedQuoteId,
                row.createdAt,
                row.version);
    }

    private static Quote toQuote(QuoteEntity row, Recipient recipient) {
        return new Quote(
                row.id,
                row.requestId,
                recipient,
                new QuoteTerms(
                        row.priceFen,
                        row.deliverables,
                        milestones(row.milestones),
                        row.validUntil,
                        row.cancellationFeePercent,
                        row.cancellationTerms),
                QuoteStatus.valueOf(row.status),
                row.submittedBy,
                row.submittedAt,
                row.version);
    }

    private static String json(List<QuoteTerms.QuotedMilestone> milestones) {
        try {
            return JSON.writeValueAsString(milestones);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<QuoteTerms.QuotedMilestone> milestones(String json) {
        try {
            return JSON.readValue(json, MILESTONES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quote milestones that cannot be read: " + json, e);
        }
    }
}
