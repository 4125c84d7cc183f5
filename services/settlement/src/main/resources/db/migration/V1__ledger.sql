-- settlement: a double-entry ledger in integer fen, append-only, and what it is reconciled against.

-- Accounts: FIRM_RECEIVABLE (owner: firm organization id), PROVIDER_PAYABLE (provider organization id),
-- BUREAU_RECEIVABLE (owner: region code), PLATFORM_CASH (owner: 'platform').
CREATE TABLE account (
    id    uuid        PRIMARY KEY,
    kind  varchar(20) NOT NULL CHECK (kind IN ('FIRM_RECEIVABLE', 'PROVIDER_PAYABLE', 'BUREAU_RECEIVABLE', 'PLATFORM_CASH')),
    owner varchar(40) NOT NULL,
    UNIQUE (kind, owner)
);

CREATE TABLE journal_transaction (
    id          uuid         PRIMARY KEY,
    kind        varchar(30)  NOT NULL,
    event_id    uuid         UNIQUE,                 -- the event it posts; a redelivery cannot post twice
    booking_id  uuid,
    reference   varchar(100),
    description varchar(300) NOT NULL,
    occurred_at timestamptz  NOT NULL,               -- when it happened in business terms (statement month)
    posted_at   timestamptz  NOT NULL,
    reverses    uuid         UNIQUE REFERENCES journal_transaction (id)
);
CREATE INDEX journal_transaction_booking ON journal_transaction (booking_id);

-- Debits are positive, credits negative.
CREATE TABLE posting (
    id             bigserial   PRIMARY KEY,
    transaction_id uuid        NOT NULL REFERENCES journal_transaction (id),
    account_id     uuid        NOT NULL REFERENCES account (id),
    amount_fen     bigint      NOT NULL CHECK (amount_fen <> 0),
    occurred_at    timestamptz NOT NULL
);
CREATE INDEX posting_account ON posting (account_id, occurred_at);
CREATE INDEX posting_transaction ON posting (transaction_id);

-- Every transaction balances and has at least two postings, checked at commit.
CREATE FUNCTION check_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total bigint;
    lines integer;
BEGIN
    SELECT coalesce(sum(amount_fen), 0), count(*) INTO total, lines FROM posting WHERE transaction_id = NEW.transaction_id;
    IF total <> 0 OR lines < 2 THEN
        RAISE EXCEPTION 'journal transaction % does not balance (% fen over % postings)', NEW.transaction_id, total, lines;
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER posting_balances AFTER INSERT ON posting
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_transaction_balances();

-- Posted entries are never changed or removed; corrections are reversing transactions.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: post a reversing transaction instead', TG_TABLE_NAME;
END $$;
CREATE TRIGGER posting_append_only BEFORE UPDATE OR DELETE ON posting
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER journal_transaction_append_only BEFORE UPDATE OR DELETE ON journal_transaction
    FOR EACH ROW EXECUTE FUNCTION refuse_change();

-- Bookings that completed, for reconciliation: each must have its posting.
CREATE TABLE completed_booking (
    booking_id               uuid        PRIMARY KEY,
    firm_organization_id     uuid        NOT NULL,
    provider_organization_id uuid        NOT NULL,
    fee_fen                  bigint      NOT NULL,
    completed_at             timestamptz NOT NULL
);

CREATE TABLE claim_batch (
    id                    uuid         PRIMARY KEY,
    region                varchar(5)   NOT NULL,
    month                 varchar(7)   NOT NULL,      -- 2026-12
    status                varchar(10)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'PAID')),
    total_fen             bigint       NOT NULL,
    cross_region_fen      bigint       NOT NULL,
    created_by            varchar(100) NOT NULL,
    created_at            timestamptz  NOT NULL,
    submitted_at          timestamptz,
    approved_by           varchar(100),
    approved_at           timestamptz,
    paid_at               timestamptz,
    payout_transaction_id uuid REFERENCES journal_transaction (id),
    version               bigint       NOT NULL
);
CREATE INDEX claim_batch_region ON claim_batch (region, month);

-- Voucher redemptions the issuing bureau owes; each is claimed in at most one batch.
CREATE TABLE redemption (
    booking_id               uuid        PRIMARY KEY,
    voucher_id               uuid        NOT NULL,
    issuing_region           varchar(5)  NOT NULL,
    firm_organization_id     uuid        NOT NULL,
    provider_organization_id uuid        NOT NULL,
    provider_region          varchar(5)  NOT NULL,
    instrument_category      varchar(50) NOT NULL,
    booking_fee_fen          bigint      NOT NULL,
    amount_fen               bigint      NOT NULL CHECK (amount_fen >= 0),
    redeemed_at              timestamptz NOT NULL,
    batch_id                 uuid        REFERENCES claim_batch (id)
);
CREATE INDEX redemption_unbatched ON redemption (issuing_region, redeemed_at) WHERE batch_id IS NULL;
CREATE INDEX redemption_batch ON redemption (batch_id);

CREATE TABLE statement (
    id          uuid        PRIMARY KEY,
    party       varchar(10) NOT NULL CHECK (party IN ('FIRM', 'PROVIDER', 'BUREAU')),
    owner       varchar(40) NOT NULL,
    month       varchar(7)  NOT NULL,
    opening_fen bigint      NOT NULL,
    closing_fen bigint      NOT NULL,
    lines       integer     NOT NULL,
    issued_at   timestamptz NOT NULL,
    UNIQUE (party, owner, month)
);
