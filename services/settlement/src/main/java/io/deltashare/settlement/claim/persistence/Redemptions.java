package io.deltashare.settlement.claim.persistence;

import static io.deltashare.platform.persistence.SqlTimes.instant;
import static io.deltashare.platform.persistence.SqlTimes.utc;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.settlement.claim.domain.ClaimBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The voucher redemptions the bureaus owe, one row per booking and per order milestone, as voucher events report
 * them; each is claimed by one claim batch only.
 */
@ApplicationScoped
public class Redemptions {

    /**
     * One redemption: whose voucher paid how much of which booking, or of which milestone of an order, at which
     * provider; {@code feeFen} is the booking's fee or the milestone's amount.
     */
    public record Redemption(
            UUID bookingId,
            UUID orderId,
            Integer milestone,
            UUID voucherId,
            Region issuingRegion,
            UUID firmOrganizationId,
            UUID providerOrganizationId,
            Region providerRegion,
            String category,
            long feeFen,
            long amountFen,
            Instant redeemedAt) {}

    /** What a batch claimed: how many redemptions, for how much, how much of it across provinces. */
    public record Claimed(long count, long totalFen, long crossRegionFen) {}

    private final EntityManager entityManager;

    Redemptions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records a redemption once; a repeated event for the same booking writes nothing. */
    public void record(VoucherRedeemed redeemed) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO redemption (booking_id, voucher_id, issuing_region, firm_organization_id,
                            provider_organization_id, provider_region, category, fee_fen, amount_fen, redeemed_at,
                            issuing_locality)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, nullif(?11, ''))
                        ON CONFLICT (booking_id) WHERE booking_id IS NOT NULL DO NOTHING""")
                .setParameter(1, redeemed.bookingId())
                .setParameter(2, redeemed.voucherId())
                .setParameter(3, redeemed.issuingRegion().code())
                .setParameter(4, redeemed.firmOrganizationId())
                .setParameter(5, redeemed.providerOrganizationId())
                .setParameter(6, redeemed.providerRegion().code())
                .setParameter(7, redeemed.instrumentCategory())
                .setParameter(8, redeemed.bookingFee().fen())
                .setParameter(9, redeemed.redeemed().fen())
                .setParameter(10, utc(redeemed.redeemedAt()))
                .setParameter(11, locality(redeemed.issuingLocality()))
                .executeUpdate();
    }

    /** Records the redemption of an order's milestone once; a repeated event for the same milestone writes nothing. */
    public void record(VoucherRedeemedForMilestone redeemed) {
        entityManager
                .createNativeQuery("""
                        INSERT INTO redemption (order_id, milestone, voucher_id, issuing_region, firm_organization_id,
                            provider_organization_id, provider_region, category, fee_fen, amount_fen, redeemed_at,
                            issuing_locality)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, nullif(?12, ''))
                        ON CONFLICT (order_id, milestone) WHERE order_id IS NOT NULL DO NOTHING""")
                .setParameter(1, redeemed.orderId())
                .setParameter(2, redeemed.milestone())
                .setParameter(3, redeemed.voucherId())
                .setParameter(4, redeemed.issuingRegion().code())
                .setParameter(5, redeemed.firmOrganizationId())
                .setParameter(6, redeemed.providerOrganizationId())
                .setParameter(7, redeemed.providerRegion().code())
                .setParameter(8, redeemed.category())
                .setParameter(9, redeemed.milestoneAmount().fen())
                .setParameter(10, redeemed.redeemed().fen())
                .setParameter(11, utc(redeemed.redeemedAt()))
                .setParameter(12, locality(redeemed.issuingLocality()))
                .executeUpdate();
    }

    /**
     * Gives batch {@code batch} every redemption in {@code month} that no batch holds yet of the vouchers the bureau
     * of {@code region} and {@code locality} issued (null: the province's own bureau), row by row (a redemption
     * another batch claims meanwhile stays with it).
     */
    public Claimed claim(UUID batch, Region region, String locality, YearMonth month) {
        int claimed = entityManager
                .createNativeQuery("""
                        UPDATE redemption SET batch_id = ?1
                        WHERE batch_id IS NULL AND issuing_region = ?2 AND coalesce(issuing_locality, '') = ?5
                          AND redeemed_at >= ?3 AND redeemed_at < ?4""")
                .setParameter(1, batch)
                .setParameter(2, region.code())
                .setParameter(3, utc(ClaimBatch.start(month)))
                .setParameter(4, utc(ClaimBatch.end(month)))
                .setParameter(5, locality(locality))
                .executeUpdate();
        Object[] totals = (Object[])
                entityManager.createNativeQuery("""
                        SELECT coalesce(sum(amount_fen), 0),
                               coalesce(sum(amount_fen) FILTER (WHERE provider_region <> issuing_region), 0)
                        FROM redemption WHERE batch_id = ?1""").setParameter(1, batch).getSingleResult();
        return new Claimed(claimed, ((Number) totals[0]).longValue(), ((Number) totals[1]).longValue());
    }

    /** How many redemptions batch {@code batch} holds. */
    public int countIn(UUID batch) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*) FROM redemption WHERE batch_id = ?1")
                        .setParameter(1, batch)
                        .getSingleResult())
                .intValue();
    }

    /** The redemptions of batch {@code batch}, by provider region and provider, oldest first. */
    public List<Redemption> of(UUID batch) {
        return rows("""
                SELECT booking_id, order_id, milestone, voucher_id, issuing_region, firm_organization_id,
                       provider_organization_id, provider_region, category, fee_fen, amount_fen, redeemed_at
                FROM redemption WHERE batch_id = ?1 ORDER BY provider_region, provider_organization_id, redeemed_at, id""", batch);
    }

    /** Redemptions before {@code before} (a month that has ended) that no batch holds, oldest first, at most 1000. */
    public List<Redemption> unclaimedBefore(Instant before) {
        return rows("""
                SELECT booking_id, order_id, milestone, voucher_id, issuing_region, firm_organization_id,
                       provider_organization_id, provider_region, category, fee_fen, amount_fen, redeemed_at
                FROM redemption WHERE batch_id IS NULL AND amount_fen > 0 AND redeemed_at < ?1
                ORDER BY redeemed_at LIMIT 1000""", utc(before));
    }

    @SuppressWarnings("unchecked") // native rows of the redemption table
    private List<Redemption> rows(String sql, Object parameter) {
        List<Object[]> rows =
                entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        return rows.stream()
                .map(r -> new Redemption(
                        (UUID) r[0],
                        (UUID) r[1],
                        r[2] == null ? null : ((Number) r[2]).intValue(),
                        (UUID) r[3],
                        Region.ofCode((String) r[4]),
                        (UUID) r[5],
                        (UUID) r[6],
                        Region.ofCode((String) r[7]),
                        (String) r[8],
                        ((Number) r[9]).longValue(),
                        ((Number) r[10]).longValue(),
                        instant(r[11])))
                .toList();
    }

    /** A locality as the queries bind it: '' for the province's own bureau. */
    private static String locality(String locality) {
        return locality == null ? "" : locality;
    }
}
