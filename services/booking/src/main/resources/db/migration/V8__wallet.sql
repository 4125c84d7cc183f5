-- Read model of the firms' vouchers, from the voucher service's events, to choose one for a one-click booking
-- ("voucher": "auto"). The voucher service stays the judge of every hold; this only picks which voucher to ask.
CREATE TABLE wallet_voucher (
    id                        uuid          PRIMARY KEY,
    firm_organization_id      uuid          NOT NULL,
    coverage_ratio            numeric(5, 4) NOT NULL,
    eligible_categories       text          NOT NULL,   -- comma-separated category codes
    accepted_provider_regions text          NOT NULL,   -- comma-separated region codes
    valid_from                timestamptz   NOT NULL,
    expires_at                timestamptz   NOT NULL,
    active                    boolean       NOT NULL,
    balance_fen               bigint        NOT NULL CHECK (balance_fen >= 0)
);
CREATE INDEX wallet_voucher_firm ON wallet_voucher (firm_organization_id) WHERE active;
