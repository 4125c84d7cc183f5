package io.deltashare.innovationvoucher.statistics.persistence;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The indicators bureaus publish, per issuing region and calendar year (Asia/Shanghai): firms that applied,
 * vouchers issued, services bought with vouchers (the final fees of redeemed bookings and the amounts of accepted
 * order milestones a voucher paid part of) and the amount redeemed,
 * broken down by the provider's region, with the cross-region part (通用通兑) summed. Sums are integer fen in SQL,
 * so every figure is exact to the fen.
 */
@ApplicationScoped
public class VoucherStatistics {

    /** One issuing region's year: the whole province's (locality null), or one pilot locality's programs'. */
    public record RegionYear(
            Region region,

            @Schema(nullable = true, description = "the pilot locality; null: the whole province, localities included")
            String locality,

            int year,
            long firmsApplied,
            long vouchersIssued,
            Money valueIssued,
            long redeemedBookings,
            long redeemedOrderMilestones,
            Money servicesBought,
            Money redeemed,
            Money crossRegionServicesBought,
            Money crossRegionRedeemed,
            List<ProviderRegion> byProviderRegion) {}

    /** Bookings and order milestones redeemed at providers of one region. */
    public record ProviderRegion(
            Region providerRegion,
            boolean crossRegion,
            long bookings,
            long orderMilestones,
            Money servicesBought,
            Money redeemed) {}

    private final EntityManager entityManager;

    VoucherStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The figures of {@code region}'s programs, or only of those of pilot locality {@code locality} when given. */
    @Transactional
    public RegionYear of(Region region, String locality, int year) {
        // '' asks for the whole province; a locality's code for its programs only
        String ofLocality = locality == null ? "" : locality;
        OffsetDateTime from =
                utc(LocalDate.of(year, 1, 1).atStartOfDay(Clocks.SHANGHAI).toInstant());
        OffsetDateTime until =
                utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.SHANGHAI).toInstant());
        long firms = ((Number) entityManager
                        .createNativeQuery("""
                        SELECT count(DISTINCT firm_organization_id) FROM application
                        WHERE firm_region = ?1 AND year = ?2
                          AND (?3 = '' OR program_id IN (SELECT id FROM program WHERE locality = ?3))""", Long.class)
                        .setParameter(1, region.code())
                        .setParameter(2, year)
                        .setParameter(3, ofLocality)
                        .getSingleResult())
                .longValue();
        Object[] issued = (Object[]) entityManager
                .createNativeQuery("""
                        SELECT count(*), coalesce(sum(face_value_fen), 0) FROM voucher
                        WHERE region = ?1 AND issued_at >= ?2 AND issued_at < ?3
                          AND (?4 = '' OR program_id IN (SELECT id FROM program WHERE locality = ?4))""")
                .setParameter(1, region.code())
                .setParameter(2, from)
                .setParameter(3, until)
                .setParameter(4, ofLocality)
                .getSingleResult();
        // bookings count when completed (their final fee), orders milestone by milestone as the firm accepts them
        @SuppressWarnings("unchecked") // native rows: provider_region, bookings, milestones, fees, redeemed
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT provider_region, sum(bookings), sum(milestones), sum(fees), sum(redeemed) FROM (
                            SELECT h.provider_region, 1 AS bookings, 0 AS milestones, h.booking_fee_fen AS fees,
                                   h.redeemed_fen AS redeemed
                            FROM hold h JOIN voucher v ON v.id = h.voucher_id
                            WHERE v.region = ?1 AND h.status = 'REDEEMED' AND h.settled_at >= ?2 AND h.settled_at < ?3
                              AND (?4 = '' OR v.program_id IN (SELECT id FROM program WHERE locality = ?4))
                            UNION ALL
                            SELECT o.provider_region, 0, 1, r.milestone_fen, r.redeemed_fen
                            FROM order_redemption r JOIN order_hold o ON o.order_id = r.order_id
                                 JOIN voucher v ON v.id = o.voucher_id
                            WHERE v.region = ?1 AND r.redeemed_at >= ?2 AND r.redeemed_at < ?3
                              AND (?4 = '' OR v.program_id IN (SELECT id FROM program WHERE locality = ?4))) redeemed
                        GROUP BY provider_region ORDER BY provider_region""")
                .setParameter(1, region.code())
                .setParameter(2, from)
                .setParameter(3, until)
                .setParameter(4, ofLocality)
                .getResultList();
        List<ProviderRegion> byProvider = new ArrayList<>();
        long bookings = 0;
        long milestones = 0;
        long bought = 0;
        long redeemed = 0;
        long crossBought = 0;
        long crossRedeemed = 0;
        for (Object[] row : rows) {
            Region provider = Region.ofCode((String) row[0]);
            long count = ((Number) row[1]).longValue();
            long parts = ((Number) row[2]).longValue();
            long fees = ((Number) row[3]).longValue();
            long paid = ((Number) row[4]).longValue();
            boolean cross = !provider.equals(region);
            byProvider.add(new ProviderRegion(provider, cross, count, parts, Money.ofFen(fees), Money.ofFen(paid)));
            bookings += count;
            milestones += parts;
            bought += fees;
            redeemed += paid;
            if (cross) {
                crossBought += fees;
                crossRedeemed += paid;
            }
        }
        return new RegionYear(
                region,
                locality,
                year,
                firms,
                ((Number) issued[0]).longValue(),
                Money.ofFen(((Number) issued[1]).longValue()),
                bookings,
                milestones,
                Money.ofFen(bought),
                Money.ofFen(redeemed),
                Money.ofFen(crossBought),
                Money.ofFen(crossRedeemed),
                byProvider);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
