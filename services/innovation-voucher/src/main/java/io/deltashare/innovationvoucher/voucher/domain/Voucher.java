package io.deltashare.innovationvoucher.voucher.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.time.Clocks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An electronic voucher and the money on it: its face value, and how much of it is held for bookings, redeemed, or
 * given back to the program. {@code held + redeemed + returned} never exceeds the face value (also a CHECK on the
 * table). Its terms are copied from the program at issue, so a later program change does not alter it. Immutable:
 * every move gives the voucher as it is after it.
 */
public record Voucher(
        UUID id,
        String code,
        UUID programId,
        UUID applicationId,
        Region region,
        UUID firmOrganizationId,
        long faceValueFen,
        long heldFen,
        long redeemedFen,
        long returnedFen,
        BigDecimal coverageRatio,
        Set<String> eligibleCategories,
        Set<Region> acceptedRegions,
        Set<ServiceKind> serviceKinds,
        Set<UUID> designatedProviders,
        Instant validFrom,
        Instant expiresAt,
        VoucherStatus status,
        Instant issuedAt) {

    /** The program's terms, as a voucher copies them when it is issued. */
    public record Terms(
            UUID programId,
            Region region,
            long faceValueFen,
            BigDecimal coverageRatio,
            Set<String> eligibleCategories,
            Set<Region> acceptedRegions,
            Set<ServiceKind> serviceKinds,
            Set<UUID> designatedProviders,
            LocalDate validFrom,
            LocalDate validUntil) {}

    /**
     * What a booking or an order asks a voucher to pay for: whose it is, at which provider (organization and region),
     * what kind of service in which category, for how much.
     */
    public record Purchase(
            UUID firm,
            UUID providerOrganization,
            Region providerRegion,
            ServiceKind kind,
            String category,
            Money fee) {}

    /** A hold of {@code share} for a booking, and the voucher after it. */
    public record Held(Voucher voucher, Money share) {}

    /**
     * What completion moved: {@code redeemed} paid from the hold, {@code released} of it back to the voucher (or to
     * the program, if the voucher expired meanwhile: {@code toProgram}).
     */
    public record Redeemed(Voucher voucher, Money redeemed, Money released, long toProgramFen) {}

    /** What an expiry or a late release gives back to the program's budget, and the voucher after it. */
    public record GivenBack(Voucher voucher, long toProgramFen) {}

    /**
     * The voucher an approved application earns at {@code now}: valid from the program's first day of validity (or
     * now, if that has passed) to the end of its last day, Asia/Shanghai.
     */
    public static Voucher issue(UUID id, String code, Terms terms, UUID applicationId, UUID firm, Instant now) {
        Instant validFrom = terms.validFrom().atStartOfDay(Clocks.SHANGHAI).toInstant();
        return new Voucher(
                id,
                code,
                terms.programId(),
                applicationId,
                terms.region(),
                firm,
                terms.faceValueFen(),
                0,
                0,
                0,
                terms.coverageRatio(),
                Set.copyOf(terms.eligibleCategories()),
                Set.copyOf(terms.acceptedRegions()),
                Set.copyOf(terms.serviceKinds()),
                Set.copyOf(terms.designatedProviders()),
                validFrom.isAfter(now) ? validFrom : now,
                terms.validUntil().plusDays(1).atStartOfDay(Clocks.SHANGHAI).toInstant(),
                VoucherStatus.ACTIVE,
                now);
    }

    /** What the voucher can still hold: neither held, spent nor given back. */
    public long balanceFen() {
        return faceValueFen - heldFen - redeemedFen - returnedFen;
    }

    /**
     * Holds the voucher's share of {@code purchase} at {@code now}: the coverage ratio of the fee, rounded down to the
     * fen, at most the balance. Refused (with a reason the firm reads) for another firm's booking, a voucher that is
     * not usable (expired, or {@code programUsable} false: its program is suspended), outside its validity, at a
     * provider outside the accepted regions, for a category it does not pay for, or with no balance left.
     */
    public Decision<Held> hold(Purchase purchase, boolean programUsable, Instant now) {
        VoucherUse use = new VoucherUse(
                firmOrganizationId,
                coverageRatio,
                eligibleCategories,
                acceptedRegions,
                serviceKinds,
                designatedProviders,
                validFrom,
                expiresAt,
                status == VoucherStatus.ACTIVE && programUsable);
        var refusal = use.refusal(purchase, now);
        if (refusal.isPresent()) {
            return Decision.reject(Rejection.unprocessable("voucher-refused", refusal.get()));
        }
        Money share = use.share(purchase.fee(), Money.ofFen(balanceFen()));
        if (share.isZero()) {
            return Decision.reject(Rejection.unprocessable("voucher-refused", "the voucher has no balance left"));
        }
        return Decision.accept(new Held(withAmounts(heldFen + share.fen(), redeemedFen, returnedFen, status), share));
    }

    /** A hold of {@code fen} ends without completion: back to the balance, or to the program once expired. */
    public GivenBack release(long fen) {
        long toProgram = status == VoucherStatus.EXPIRED ? fen : 0;
        return new GivenBack(withAmounts(heldFen - fen, redeemedFen, returnedFen + toProgram, status), toProgram);
    }

    /**
     * The booking completed with {@code fee}: the voucher pays its coverage of the final fee, at most the {@code heldFen}
     * it held; the rest of the hold is released.
     */
    public Redeemed redeem(Money fee, long held) {
        Money redeemed = Money.min(fee.shareRoundedDown(coverageRatio), Money.ofFen(held)); // the hold caps it
        long rest = held - redeemed.fen();
        long toProgram = status == VoucherStatus.EXPIRED ? rest : 0;
        return new Redeemed(
                withAmounts(heldFen - held, redeemedFen + redeemed.fen(), returnedFen + toProgram, status),
                redeemed,
                Money.ofFen(rest),
                toProgram);
    }

    /**
     * {@code fen} of what the voucher holds is paid out (an accepted milestone of an order): it leaves the hold and
     * counts as redeemed.
     */
    public Voucher redeemFromHold(long fen) {
        return withAmounts(heldFen - fen, redeemedFen + fen, returnedFen, status);
    }

    /** At {@code now}, past its validity: expired, its unspent balance given back to the program. */
    public Decision<GivenBack> expire(Instant now) {
        if (status != VoucherStatus.ACTIVE || expiresAt.isAfter(now)) {
            return Decision.reject(
                    Rejection.conflict("not-due", "voucher " + id + " is " + status + " until " + expiresAt));
        }
        long unspent = balanceFen();
        return Decision.accept(new GivenBack(
                withAmounts(heldFen, redeemedFen, returnedFen + unspent, VoucherStatus.EXPIRED), unspent));
    }

    private Voucher withAmounts(long held, long redeemed, long returned, VoucherStatus newStatus) {
        return new Voucher(
                id,
                code,
                programId,
                applicationId,
                region,
                firmOrganizationId,
                faceValueFen,
                held,
                redeemed,
                returned,
                coverageRatio,
                eligibleCategories,
                acceptedRegions,
                serviceKinds,
                designatedProviders,
                validFrom,
                expiresAt,
                newStatus,
                issuedAt);
    }
}
