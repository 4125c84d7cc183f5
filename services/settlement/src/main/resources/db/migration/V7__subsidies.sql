-- Subsidies (后补助) a bureau approved in insight, as settlement posts and pays them: the bureau owes each provider its
-- line from approval, until finance records the payout.
CREATE TABLE subsidy (
    allocation_id   uuid PRIMARY KEY,
    assessment_id   uuid        NOT NULL,
    region          varchar(6)  NOT NULL,
    year            integer     NOT NULL,
    total_fen       bigint      NOT NULL CHECK (total_fen > 0),
    status          varchar(10) NOT NULL CHECK (status IN ('APPROVED', 'PAID')),
    approved_at     timestamptz NOT NULL,
    approval_tx     uuid        NOT NULL REFERENCES journal_transaction (id),
    paid_at         timestamptz,
    payout_tx       uuid REFERENCES journal_transaction (id),
    reference       varchar(100),
    paid_by         varchar(100)
);
CREATE INDEX subsidy_region ON subsidy (region, approved_at DESC, allocation_id);

CREATE TABLE subsidy_line (
    allocation_id            uuid   NOT NULL REFERENCES subsidy (allocation_id),
    provider_id              uuid   NOT NULL,
    provider_organization_id uuid   NOT NULL,
    amount_fen               bigint NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (allocation_id, provider_id)
);
