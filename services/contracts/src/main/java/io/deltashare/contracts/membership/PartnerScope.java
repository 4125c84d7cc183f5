package io.deltashare.contracts.membership;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a firm lets a partner client do for it (consent, granted through {@code PUT /api/v1/partners/{id}/grants/{firm}}):
 * each scope is honoured by one service, and names the webhooks the partner receives about that firm.
 */
public enum PartnerScope {
    /** Book instrument time and tests, request quotes, order services and rate them (booking). */
    BOOK("book"),
    /** Register as an SME, apply for vouchers and read the firm's vouchers (innovation-voucher). */
    VOUCHERS("vouchers"),
    /** Read the firm's account and monthly statements (settlement). */
    STATEMENTS("statements");

    private final String claimValue;

    PartnerScope(String claimValue) {
        this.claimValue = claimValue;
    }

    /** How the {@code partner_firms} claim and the {@code deltashare.security.partner-scope} setting name it. */
    public String claimValue() {
        return claimValue;
    }

    public static Optional<PartnerScope> ofClaimValue(String value) {
        return Arrays.stream(values()).filter(s -> s.claimValue.equals(value)).findFirst();
    }
}
