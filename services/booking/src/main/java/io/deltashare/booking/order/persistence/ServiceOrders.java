package io.deltashare.booking.order.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deltashare.booking.order.domain.Milestone;
import io.deltashare.booking.order.domain.OrderParties;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.domain.ServiceOrder;
import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.platform.persistence.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders, loaded and saved as {@link ServiceOrder}s. */
@ApplicationScoped
public class ServiceOrders implements PanacheRepositoryBase<ServiceOrderEntity, UUID> {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final TypeReference<List<Milestone>> MILESTONES = new TypeReference<>() {};

    public ServiceOrder add(ServiceOrder order) {
        ServiceOrderEntity row = new ServiceOrderEntity();
        row.id = order.id();
        row.quoteRequestId = order.quoteRequestId();
        row.quoteId = order.quoteId();
        OrderParties p = order.parties();
        row.firmOrganizationId = p.firmOrganizationId();
        row.firmRegion = p.firmRegion().code();
        row.serviceOfferId = p.serviceOfferId();
        row.providerId = p.providerId();
        row.providerOrganizationId = p.providerOrganizationId();
        row.providerRegion = p.providerRegion().code();
        row.kind = p.kind().name();
        row.category = p.category();
        row.serviceNameZh = p.serviceName().zh();
        row.serviceNameEn = p.serviceName().en();
        row.sandbox = p.sandbox();
        row.title = order.title();
        row.deliverables = order.deliverables();
        row.priceFen = order.priceFen();
        row.cancellationFeePercent = order.cancellationFeePercent();
        row.cancellationTerms = order.cancellationTerms();
        row.voucherId = order.voucherId();
        row.placedAt = order.placedAt();
        row.voucherAskedAt = order.voucherId() == null ? null : order.placedAt();
        update(row, order);
        persistAndFlush(row);
        return toOrder(row);
    }

    /** Stores a move of an order; returns it with its version as it is now. */
    public ServiceOrder save(ServiceOrder order) {
        ServiceOrderEntity row = findById(order.id());
        update(row, order);
        flush();
        return toOrder(row);
    }

    public Optional<ServiceOrder> find(UUID id) {
        return findByIdOptional(id).map(ServiceOrders::toOrder);
    }

    /** The order, locked until the transaction ends: one move of an order at a time. */
    public Optional<ServiceOrder> lockedForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(ServiceOrders::toOrder);
    }

    /**
     * A page of the orders of {@code organizations} (as firm or as provider; null for every order, as the admin sees
     * them), in id order after {@code after}, optionally of one status.
     */
    public List<ServiceOrder> visible(Collection<UUID> organizations, OrderStatus status, UUID after, int limit) {
        Where where = organizations == null
                ? Where.all()
                : Where.where(
                        "(firmOrganizationId in :organizations or providerOrganizationId in :organizations)",
                        "organizations",
                        organizations);
        return where
                .and("status = :status", "status", status == null ? null : status.name())
                .byId(this, after, limit)
                .stream()
                .map(ServiceOrders::toOrder)
                .toList();
    }

    /** Orders still waiting for their voucher's answer, last asked before {@code askedBefore}; replicas skip each other's. */
    @SuppressWarnings("unchecked") // order ids
    public List<UUID> awaitingVoucher(Instant askedBefore, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT id FROM service_order
                        WHERE status = 'AWAITING_VOUCHER' AND voucher_asked_at < ?1
                        ORDER BY voucher_asked_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, askedBefore.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }

    /** When the voucher service was last asked about the order. */
    public Instant voucherAskedAt(UUID order) {
        return findById(order).voucherAskedAt;
    }

    /** Records that the voucher service was asked again (nothing the order's version describes changes). */
    public void voucherAskedAgain(UUID order, Instant at) {
        getEntityManager()
                .createNativeQuery("UPDATE service_order SET voucher_asked_at = ?1 WHERE id = ?2")
                .setParameter(1, at.atOffset(ZoneOffset.UTC))
                .setParameter(2, order)
                .executeUpdate();
    }

    private static void update(ServiceOrderEntity row, ServiceOrder order) {
        row.milestones = json(order.milestones());
        row.voucherHeldFen = order.voucherHeldFen();
        row.status = order.status().name();
        row.rejectionReason = order.rejectionReason();
    }

    private static ServiceOrder toOrder(ServiceOrderEntity row) {
        return new ServiceOrder(
                row.id,
                row.quoteRequestId,
                row.quoteId,
                new OrderParties(
                        row.firmOrganizationId,
                        Region.ofCode(row.firmRegion),
                        row.serviceOfferId,
                        row.providerId,
                        row.providerOrganizationId,
                        Region.ofCode(row.providerRegion),
                        ServiceKind.valueOf(row.kind),
                        row.category,
                        new LocalizedText(row.serviceNameZh, row.serviceNameEn),
                        row.sandbox),
                row.title,
                row.deliverables,
                row.priceFen,
                milestones(row.milestones),
                row.cancellationFeePercent,
                row.cancellationTerms,
                row.voucherId,
                row.voucherHeldFen,
                OrderStatus.valueOf(row.status),
                row.rejectionReason,
                row.placedAt,
                row.version);
    }

    private static String json(List<Milestone> milestones) {
        try {
            return JSON.writeValueAsString(milestones);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Milestone> milestones(String json) {
        try {
            return JSON.readValue(json, MILESTONES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order milestones that cannot be read: " + json, e);
        }
    }
}
