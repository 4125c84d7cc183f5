package io.deltashare.booking.wallet.persistence;

import io.deltashare.booking.wallet.domain.WalletVoucher;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The firms' vouchers, kept from the voucher service's events. Each event applies once (the inbox), and one voucher's
 * events arrive in order (keyed by voucher id), so a balance taken from {@code remainingBalance} or moved by a
 * redemption's release is the voucher service's balance after that event.
 */
@ApplicationScoped
public class Wallets implements PanacheRepositoryBase<WalletVoucherEntity, UUID> {

    /** The firm's active vouchers, for a choice at {@code now}. */
    public List<WalletVoucher> activeOf(UUID firm, Instant now) {
        return list("firm = ?1 and active = true and expiresAt > ?2", firm, now).stream()
                .map(Wallets::toDomain)
                .toList();
    }

    /** A voucher was issued: it enters the wallet with its face value. */
    public void issued(VoucherSnapshot voucher) {
        if (findById(voucher.id()) != null) {
            return;
        }
        WalletVoucherEntity row = new WalletVoucherEntity();
        row.id = voucher.id();
        row.firm = voucher.firmOrganizationId();
        row.coverageRatio = new BigDecimal(voucher.coverageRatio());
        row.eligibleCategories = String.join(",", voucher.eligibleCategories());
        row.acceptedProviderRegions =
                voucher.acceptedProviderRegions().stream().map(Region::code).collect(Collectors.joining(","));
        row.serviceKinds = voucher.paysFor().stream().map(Enum::name).collect(Collectors.joining(","));
        row.designatedProviders =
                voucher.payableAt().stream().map(UUID::toString).collect(Collectors.joining(","));
        row.validFrom = voucher.validFrom();
        row.expiresAt = voucher.expiresAt();
        row.active = "ACTIVE".equals(voucher.status());
        row.balanceFen = voucher.faceValue().fen();
        persist(row);
    }

    /** A hold or a release left the voucher with {@code remaining}. */
    public void balanceIs(UUID voucher, Money remaining) {
        update("balanceFen = ?1 where id = ?2", remaining.fen(), voucher);
    }

    /** A redemption gave {@code released}, the part of the hold not spent, back to the voucher. */
    public void givenBack(UUID voucher, Money released) {
        update("balanceFen = balanceFen + ?1 where id = ?2", released.fen(), voucher);
    }

    public void expired(UUID voucher) {
        update("active = false, balanceFen = 0 where id = ?1", voucher);
    }

    private static WalletVoucher toDomain(WalletVoucherEntity row) {
        return new WalletVoucher(
                row.id,
                row.firm,
                row.coverageRatio,
                Set.copyOf(split(row.eligibleCategories)),
                split(row.acceptedProviderRegions).stream().map(Region::ofCode).collect(Collectors.toSet()),
                split(row.serviceKinds).stream().map(ServiceKind::valueOf).collect(Collectors.toSet()),
                split(row.designatedProviders).stream().map(UUID::fromString).collect(Collectors.toSet()),
                row.validFrom,
                row.expiresAt,
                row.active,
                Money.ofFen(row.balanceFen));
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }
}
