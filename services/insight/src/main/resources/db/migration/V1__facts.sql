-- The facts the indicators are computed from: a read model of the other services' events, one row per thing, each
-- written once per event through the inbox. Amounts are integer fen; instants UTC.

-- Providers and what they list (instrument-catalog), as of their latest snapshot.
CREATE TABLE provider (
    id              uuid PRIMARY KEY,
    organization_id uuid   NOT NULL,
    name_zh         text   NOT NULL,
    name_en         text   NOT NULL,
    region          text   NOT NULL,
    city            text   NOT NULL,
    type            text   NOT NULL,
    version         bigint NOT NULL
);

CREATE TABLE listing (
    id                       uuid PRIMARY KEY,
    kind                     text   NOT NULL CHECK (kind IN ('INSTRUMENT', 'SERVICE')),
    provider_id              uuid   NOT NULL,
    provider_organization_id uuid   NOT NULL,
    region                   text   NOT NULL,
    category                 text   NOT NULL,
    -- instruments only: the purchase value (原值)
    original_value_fen       bigint CHECK (original_value_fen >= 0),
    status                   text   NOT NULL,
    version                  bigint NOT NULL
);
CREATE INDEX listing_region_category ON listing (region, category) WHERE status <> 'WITHDRAWN';

-- Organizations admitted (入网) through membership.
CREATE TABLE organization (
    id          uuid PRIMARY KEY,
    kind        text        NOT NULL,
    region      text        NOT NULL,
    admitted_at timestamptz NOT NULL
);

-- Voucher applications, vouchers issued, redemptions (innovation-voucher).
CREATE TABLE voucher_application (
    id                   uuid PRIMARY KEY,
    program_id           uuid        NOT NULL,
    region               text        NOT NULL,
    locality             text,
    firm_organization_id uuid        NOT NULL,
    year                 integer     NOT NULL,
    applied_at           timestamptz NOT NULL
);
CREATE INDEX voucher_application_year ON voucher_application (year, region);

CREATE TABLE voucher_issue (
    voucher_id           uuid PRIMARY KEY,
    application_id       uuid        NOT NULL,
    region               text        NOT NULL,
    firm_organization_id uuid        NOT NULL,
    face_value_fen       bigint      NOT NULL CHECK (face_value_fen > 0),
    issued_at            timestamptz NOT NULL
);
CREATE INDEX voucher_issue_at ON voucher_issue (issued_at);

-- One row per redeemed booking (milestone 0) or accepted order milestone a voucher paid part of.
CREATE TABLE redemption (
    subject_id               uuid        NOT NULL,
    milestone                integer     NOT NULL CHECK (milestone >= 0),
    voucher_id               uuid        NOT NULL,
    issuing_region           text        NOT NULL,
    provider_region          text        NOT NULL,
    provider_organization_id uuid        NOT NULL,
    firm_organization_id     uuid        NOT NULL,
    category                 text        NOT NULL,
    services_fen             bigint      NOT NULL CHECK (services_fen >= 0),
    redeemed_fen             bigint      NOT NULL CHECK (redeemed_fen >= 0),
    redeemed_at              timestamptz NOT NULL,
    PRIMARY KEY (subject_id, milestone)
);
CREATE INDEX redemption_at ON redemption (redeemed_at);

-- Claim batches the bureaus paid (兑付, settlement): the amount cashed.
CREATE TABLE cashing (
    batch_id  uuid PRIMARY KEY,
    region    text        NOT NULL,
    month     text        NOT NULL,
    total_fen bigint      NOT NULL CHECK (total_fen >= 0),
    paid_at   timestamptz NOT NULL
);
CREATE INDEX cashing_paid_at ON cashing (paid_at);

-- Bookings (booking), as of their latest snapshot, with when they were asked for and first decided.
CREATE TABLE booking (
    id                       uuid PRIMARY KEY,
    instrument_id            uuid        NOT NULL,
    provider_id              uuid        NOT NULL,
    provider_organization_id uuid        NOT NULL,
    provider_region          text        NOT NULL,
    firm_organization_id     uuid        NOT NULL,
    firm_region              text        NOT NULL,
    mode                     text        NOT NULL,
    tier                     text        NOT NULL,
    starts_at                timestamptz,
    ends_at                  timestamptz,
    fee_unit                 text        NOT NULL,
    fee_quantity             numeric(12, 2) NOT NULL,
    fee_fen                  bigint      NOT NULL,
    status                   text        NOT NULL,
    requested_at             timestamptz,
    decided_at               timestamptz,
    completed_at             timestamptz,
    version                  bigint      NOT NULL
);
CREATE INDEX booking_completed_at ON booking (completed_at) WHERE completed_at IS NOT NULL;
