package io.deltashare.settlement.ledger.domain;

import io.deltashare.contracts.catalog.Region;
import java.util.Objects;
import java.util.UUID;

/** An account named by kind and owner; the ledger opens it on its first posting. */
public record AccountRef(AccountKind kind, String owner) {

    public static final AccountRef PLATFORM_CASH = new AccountRef(AccountKind.PLATFORM_CASH, "platform");

    public AccountRef {
        Objects.requireNonNull(kind, "kind");
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("an account needs an owner");
        }
    }

    public static AccountRef firm(UUID organization) {
        return new AccountRef(AccountKind.FIRM_RECEIVABLE, organization.toString());
    }

    public static AccountRef provider(UUID organization) {
        return new AccountRef(AccountKind.PROVIDER_PAYABLE, organization.toString());
    }

    public static AccountRef bureau(Region region) {
        return new AccountRef(AccountKind.BUREAU_RECEIVABLE, region.code());
    }
}
