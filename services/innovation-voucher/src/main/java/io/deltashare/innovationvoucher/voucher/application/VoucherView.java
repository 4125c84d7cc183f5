package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.innovationvoucher.voucher.domain.Voucher;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntryEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A voucher as the API shows it, with its balance and, when asked for one voucher, its history. The API's own type:
 * the event contract ({@code VoucherSnapshot}) may change without it.
 */
public record VoucherView(
        Details voucher,
        Money balance,
        Money held,
        Money redeemed,
        Money returnedToProgram,
        Instant issuedAt,
        List<Entry> history) {

    /** The voucher's terms: whose it is, what it is worth, what it pays for where, and for how long. */
    @Schema(name = "VoucherDetails")
    public record Details(
            UUID id,
            String code,
            UUID programId,
            Region issuingRegion,
            UUID firmOrganizationId,
            Money faceValue,
            String coverageRatio,
            List<Region> acceptedProviderRegions,
            List<String> eligibleCategories,
            Instant validFrom,
            Instant expiresAt,
            String status) {}

    /** One line of history. */
    public record Entry(
            String kind,
            Money amount,
            @Schema(nullable = true) UUID bookingId,
            Instant at) {}

    static VoucherView of(Voucher v, List<VoucherEntryEntity> history) {
        return new VoucherView(
                new Details(
                        v.id(),
                        v.code(),
                        v.programId(),
                        v.region(),
                        v.firmOrganizationId(),
                        Money.ofFen(v.faceValueFen()),
                        ratio(v),
                        regions(v),
                        categories(v),
                        v.validFrom(),
                        v.expiresAt(),
                        v.status().name()),
                Money.ofFen(v.balanceFen()),
                Money.ofFen(v.heldFen()),
                Money.ofFen(v.redeemedFen()),
                Money.ofFen(v.returnedFen()),
                v.issuedAt(),
                history.stream()
                        .map(e -> new Entry(e.kind, Money.ofFen(e.amountFen), e.bookingId, e.at))
                        .toList());
    }

    /** The voucher as the other services are told of it. */
    static VoucherSnapshot snapshot(Voucher v) {
        return new VoucherSnapshot(
                v.id(),
                v.code(),
                v.programId(),
                v.region(),
                v.firmOrganizationId(),
                Money.ofFen(v.faceValueFen()),
                ratio(v),
                regions(v),
                categories(v),
                v.validFrom(),
                v.expiresAt(),
                v.status().name());
    }

    private static String ratio(Voucher v) {
        return v.coverageRatio().stripTrailingZeros().toPlainString();
    }

    private static List<Region> regions(Voucher v) {
        return v.acceptedRegions().stream()
                .sorted(java.util.Comparator.comparing(Region::code))
                .toList();
    }

    private static List<String> categories(Voucher v) {
        return v.eligibleCategories().stream().sorted().toList();
    }
}
