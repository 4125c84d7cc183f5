package io.deltashare.settlement.ledger.application;

import io.deltashare.platform.security.Caller;
import io.deltashare.settlement.ledger.domain.AccountKind;
import io.deltashare.settlement.ledger.domain.AccountRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose account is whose: a firm's staff, and a partner client the firm granted {@code statements}, see its receivable, a provider's staff its payable, a bureau officer the
 * receivable of the bureau's region, the platform admin everything.
 */
public final class Parties {

    private Parties() {}

    public static boolean sees(Caller caller, AccountRef account) {
        if (caller.isAdmin()) {
            return true;
        }
        return switch (account.kind()) {
            case FIRM_RECEIVABLE -> actsFor(caller, account.owner());
            case PROVIDER_PAYABLE -> caller.isProvider() && memberOf(caller, account.owner());
            case BUREAU_RECEIVABLE ->
                caller.isBureau()
                        && caller.region().map(account.owner()::equals).orElse(false);
            case PLATFORM_CASH -> false;
        };
    }

    /**
     * The accounts the caller may see, or empty for all of them (the platform admin): what {@link #sees} allows,
     * listed, so a query can be limited to them.
     */
    public static Optional<List<AccountRef>> visible(Caller caller) {
        if (caller.isAdmin()) {
            return Optional.empty();
        }
        List<AccountRef> accounts = new ArrayList<>();
        caller.organizations().keySet().forEach(organization -> {
            if (caller.isCustomer()) {
                accounts.add(new AccountRef(AccountKind.FIRM_RECEIVABLE, organization.toString()));
            }
            if (caller.isProvider()) {
                accounts.add(new AccountRef(AccountKind.PROVIDER_PAYABLE, organization.toString()));
            }
        });
        caller.firmsActedFor().forEach(firm -> {
            if (caller.isPartner()) {
                accounts.add(new AccountRef(AccountKind.FIRM_RECEIVABLE, firm.toString()));
            }
        });
        if (caller.isBureau()) {
            caller.region().ifPresent(region -> accounts.add(new AccountRef(AccountKind.BUREAU_RECEIVABLE, region)));
        }
        return Optional.of(
                accounts.stream().filter(account -> sees(caller, account)).toList());
    }

    /** The kind of account a statement party names: {@code firms}, {@code providers} or {@code bureaus}. */
    public static AccountKind kindOfParty(String party) {
        return switch (party) {
            case "firms" -> AccountKind.FIRM_RECEIVABLE;
            case "providers" -> AccountKind.PROVIDER_PAYABLE;
            case "bureaus" -> AccountKind.BUREAU_RECEIVABLE;
            default -> null;
        };
    }

    /** A firm's or research group's staff, or a partner client the firm granted {@code statements}. */
    private static boolean actsFor(Caller caller, String owner) {
        try {
            return caller.actsFor(UUID.fromString(owner));
        } catch (IllegalArgumentException notAnOrganization) {
            return false;
        }
    }

    private static boolean memberOf(Caller caller, String owner) {
        return caller.organizations().keySet().stream()
                .anyMatch(id -> id.toString().equals(owner));
    }
}
