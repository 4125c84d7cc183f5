package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.deltashare.innovationvoucher.program.application.ProgramView;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntryEntity;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A voucher with its balance and, when asked for one voucher, its history. */
public record VoucherView(VoucherSnapshot voucher, Money balance, Money held, Money redeemed, Money returnedToProgram,
                          Instant issuedAt, List<Entry> history) {

    /** One line of history. */
    public record Entry(String kind, Money amount, @Schema(nullable = true) UUID bookingId, Instant at) {
    }

    static VoucherView of(VoucherEntity v, List<VoucherEntryEntity> history) {
        return new VoucherView(snapshot(v), Money.ofFen(v.balanceFen()), Money.ofFen(v.heldFen),
                Money.ofFen(v.redeemedFen), Money.ofFen(v.returnedFen), v.issuedAt, history.stream()
                .map(e -> new Entry(e.kind, Money.ofFen(e.amountFen), e.bookingId, e.at)).toList());
    }

    static VoucherSnapshot snapshot(VoucherEntity v) {
        return new VoucherSnapshot(v.id, v.code, v.programId, Region.ofCode(v.region), v.firmOrganizationId,
                Money.ofFen(v.faceValueFen), v.coverageRatio.stripTrailingZeros().toPlainString(),
                ProgramView.regions(v.acceptedRegions), ProgramView.codes(v.eligibleCategories), v.validFrom,
                v.expiresAt, v.status);
    }
}
