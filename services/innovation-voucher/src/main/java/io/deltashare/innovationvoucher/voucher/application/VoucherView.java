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

            @Schema(description = "what it pays for: INSTRUMENT_TIME, TESTING, DEVELOPMENT")
            List<String> serviceKinds,

            @Schema(description = "the provider organizations (专业机构) it pays at; empty: any provider")
            List<UUID> designatedProviders,

            Instant validFrom,
            Instant expiresAt,
            String status) {}

    /** One line of history. */
    public record Entry(
            String kind,
            Money amount,
            @Schema(nullable = true) UUID bookingId,
            @Schema(nullable = true) UUID orderId,
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
                        kinds(v),
                        providers(v),
                        v.validFrom(),
                        v.expiresAt(),
                        v.status().name()),
                Money.ofFen(v.balanceFen()),
                Money.ofFen(v.heldFen()),
                Money.ofFen(v.redeemedFen()),
                Money.ofFen(v.returnedFen()),
                v.issuedAt(),
                history.stream()
                        .map(e -> new Entry(e.kind, Money.ofFen(e.amountFen), e.bookingId, e.orderId, e.at))
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
                v.status().name(),
                v.serviceKinds().stream().sorted().toList(),
                providers(v));
    }

    private static List<String> kinds(Voucher v) {
        return v.serviceKinds().stream().map(Enum::name).sorted().toList();
    }

    private static List<UUID> providers(Voucher v) {
        return v.designatedProviders().stream().sorted().toList();
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
