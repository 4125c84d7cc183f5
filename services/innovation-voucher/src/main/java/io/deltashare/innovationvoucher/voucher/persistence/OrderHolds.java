package io.deltashare.innovationvoucher.voucher.persistence;

import io.deltashare.innovationvoucher.voucher.domain.OrderHold;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Holds for orders by order id, their redemptions per milestone, and the orders that ended without one. */
@ApplicationScoped
public class OrderHolds {

    private final EntityManager entityManager;

    OrderHolds(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The hold of {@code order} while it holds (locked until the transaction ends); empty once settled or never made. */
    public Optional<OrderHold> heldFor(UUID order) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager.createNativeQuery("""
                        SELECT voucher_id, held_fen, redeemed_fen, price_fen FROM order_hold
                        WHERE order_id = ?1 AND status = 'HELD' FOR UPDATE""").setParameter(1, order).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new OrderHold(
                        order,
                        (UUID) r[0],
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()));
    }

    /** What the voucher held for {@code order}, whatever became of it since, if it ever held anything. */
    public Optional<Long> everHeld(UUID order) {
        @SuppressWarnings("unchecked")
        List<Number> rows = entityManager
                .createNativeQuery("SELECT held_fen FROM order_hold WHERE order_id = ?1")
                .setParameter(1, order)
                .getResultList();
        return rows.stream().findFirst().map(Number::longValue);
    }

    /** Records a new hold for an order of {@code priceFen} at a provider, of a kind of service in a category. */
    public void add(
            OrderHold hold,
            UUID providerOrganizationId,
            String providerRegion,
            String kind,
            String category,
            Instant at) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO order_hold (order_id, voucher_id, held_fen, status, provider_organization_id,
                            provider_region, service_kind, category, price_fen, held_at)
                        VALUES (?1, ?2, ?3, 'HELD', ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, hold.orderId())
                .setParameter(2, hold.voucherId())
                .setParameter(3, hold.heldFen())
                .setParameter(4, providerOrganizationId)
                .setParameter(5, providerRegion)
                .setParameter(6, kind)
                .setParameter(7, category)
                .setParameter(8, hold.priceFen())
                .setParameter(9, utc(at))
                .executeUpdate();
    }

    /** Whether milestone {@code milestone} of the order was redeemed already. */
    public boolean redeemedMilestone(UUID order, int milestone) {
        return !entityManager
                .createNativeQuery("SELECT 1 FROM order_redemption WHERE order_id = ?1 AND milestone = ?2")
                .setParameter(1, order)
                .setParameter(2, milestone)
                .getResultList()
                .isEmpty();
    }

    /**
     * {@code redeemedFen} of the hold paid milestone {@code milestone} of {@code milestoneFen}; when nothing is left
     * held ({@code settled}), the hold is redeemed.
     */
    public void redeemed(
            OrderHold after, int milestone, long milestoneFen, long redeemedFen, boolean settled, Instant at) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO order_redemption (order_id, milestone, milestone_fen, redeemed_fen, redeemed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, after.orderId())
                .setParameter(2, milestone)
                .setParameter(3, milestoneFen)
                .setParameter(4, redeemedFen)
                .setParameter(5, utc(at))
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                        UPDATE order_hold SET redeemed_fen = ?2,
                            status = CASE WHEN ?3 THEN 'REDEEMED' ELSE status END,
                            settled_at = CASE WHEN ?3 THEN ?4 ELSE settled_at END
                        WHERE order_id = ?1""")
                .setParameter(1, after.orderId())
                .setParameter(2, after.redeemedFen())
                .setParameter(3, settled)
                .setParameter(4, utc(at))
                .executeUpdate();
    }

    /** The order ended: what the hold kept, {@code releasedFen}, went back. */
    public void released(OrderHold hold, long releasedFen, Instant at) {
        entityManager
                .createNativeQuery("""
                        UPDATE order_hold SET released_fen = ?2,
                            status = CASE WHEN redeemed_fen > 0 THEN 'REDEEMED' ELSE 'RELEASED' END, settled_at = ?3
                        WHERE order_id = ?1""")
                .setParameter(1, hold.orderId())
                .setParameter(2, releasedFen)
                .setParameter(3, utc(at))
                .executeUpdate();
    }

    /** Remembers that an order ended before its voucher held anything for it. */
    public void endedWithoutHold(UUID order, Instant at) {
        entityManager
                .createNativeQuery(
                        "INSERT INTO ended_order (order_id, ended_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, order)
                .setParameter(2, utc(at))
                .executeUpdate();
    }

    public boolean hasEnded(UUID order) {
        return !entityManager
                .createNativeQuery("SELECT 1 FROM ended_order WHERE order_id = ?1")
                .setParameter(1, order)
                .getResultList()
                .isEmpty();
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
