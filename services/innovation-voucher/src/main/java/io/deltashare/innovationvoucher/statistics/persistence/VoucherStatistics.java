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

/**
 * The indicators bureaus publish, per issuing region and calendar year (Asia/Shanghai): firms that applied,
 * vouchers issued, services bought with vouchers (the final fees of redeemed bookings) and the amount redeemed,
 * broken down by the provider's region, with the cross-region part (通用通兑) summed. Sums are integer fen in SQL,
 * so every figure is exact to the fen.
 */
@ApplicationScoped
public class VoucherStatistics {

    /** One issuing region's year. */
    public record RegionYear(
            Region region,
            int year,
            long firmsApplied,
            long vouchersIssued,
            Money valueIssued,
            long redeemedBookings,
            Money servicesBought,
            Money redeemed,
            Money crossRegionServicesBought,
            Money crossRegionRedeemed,
            List<ProviderRegion> byProviderRegion) {}

    /** Bookings redeemed at providers of one region. */
    public record ProviderRegion(
            Region providerRegion, boolean crossRegion, long bookings, Money servicesBought, Money redeemed) {}

    private final EntityManager entityManager;

    VoucherStatistics(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public RegionYear of(Region region, int year) {
        OffsetDateTime from =
                utc(LocalDate.of(year, 1, 1).atStartOfDay(Clocks.SHANGHAI).toInstant());
        OffsetDateTime until =
                utc(LocalDate.of(year + 1, 1, 1).atStartOfDay(Clocks.SHANGHAI).toInstant());
        long firms = ((Number) entityManager
                        .createNativeQuery("""
                        SELECT count(DISTINCT firm_organization_id) FROM application WHERE firm_region = ?1 AND year = ?2""", Long.class)
                        .setParameter(1, region.code())
                        .setParameter(2, year)
                        .getSingleResult())
                .longValue();
        Object[] issued = (Object[]) entityManager
                .createNativeQuery("""
                        SELECT count(*), coalesce(sum(face_value_fen), 0) FROM voucher
                        WHERE region = ?1 AND issued_at >= ?2 AND issued_at < ?3""")
                .setParameter(1, region.code())
                .setParameter(2, from)
                .setParameter(3, until)
                .getSingleResult();
        @SuppressWarnings("unchecked") // native rows: provider_region, bookings, fees, redeemed
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                        SELECT h.provider_region, count(*), sum(h.booking_fee_fen), sum(h.redeemed_fen)
                        FROM hold h JOIN voucher v ON v.id = h.voucher_id
                        WHERE v.region = ?1 AND h.status = 'REDEEMED' AND h.settled_at >= ?2 AND h.settled_at < ?3
                        GROUP BY h.provider_region ORDER BY h.provider_region""")
                .setParameter(1, region.code())
                .setParameter(2, from)
                .setParameter(3, until)
                .getResultList();
        List<ProviderRegion> byProvider = new ArrayList<>();
        long bookings = 0;
        long bought = 0;
        long redeemed = 0;
        long crossBought = 0;
        long crossRedeemed = 0;
        for (Object[] row : rows) {
            Region provider = Region.ofCode((String) row[0]);
            long count = ((Number) row[1]).longValue();
            long fees = ((Number) row[2]).longValue();
            long paid = ((Number) row[3]).longValue();
            boolean cross = !provider.equals(region);
            byProvider.add(new ProviderRegion(provider, cross, count, Money.ofFen(fees), Money.ofFen(paid)));
            bookings += count;
            bought += fees;
            redeemed += paid;
            if (cross) {
                crossBought += fees;
                crossRedeemed += paid;
            }
        }
        return new RegionYear(
                region,
                year,
                firms,
                ((Number) issued[0]).longValue(),
                Money.ofFen(((Number) issued[1]).longValue()),
                bookings,
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
