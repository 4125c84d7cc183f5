package io.deltashare.settlement.ledger.domain;

/**
 * The four kinds of account. Postings are signed, debits positive; {@link #naturalSign()} turns a balance into what
 * a person expects to read: what a firm or bureau owes, what the platform owes a provider, the cash it holds.
 */
public enum AccountKind {
    /** What a firm owes the platform for the services it bought; owner: the firm's organization id. */
    FIRM_RECEIVABLE(1),
    /** What the platform owes a provider for the services it delivered; owner: the provider's organization id. */
    PROVIDER_PAYABLE(-1),
    /** What a province's science bureau owes for the voucher shares it covers; owner: the region code. */
    BUREAU_RECEIVABLE(1),
    /** Money the platform has received and not yet paid out; owner: {@code platform}. */
    PLATFORM_CASH(1);

    private final int naturalSign;

    AccountKind(int naturalSign) {
        this.naturalSign = naturalSign;
    }

    public int naturalSign() {
        return naturalSign;
    }
}
