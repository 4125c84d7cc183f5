-- innovation-voucher: programs, applications, vouchers, their holds for bookings and their history.
-- Amounts are integer fen. The CHECK constraints are the last line behind the service's own checks:
-- a program never commits more than its budget, a voucher never holds and spends more than its face value.

CREATE TABLE program (
    id                    uuid          PRIMARY KEY,
    region                varchar(5)    NOT NULL,
    name_zh               varchar(200)  NOT NULL,
    name_en               varchar(200)  NOT NULL,
    total_budget_fen      bigint        NOT NULL CHECK (total_budget_fen > 0),
    committed_fen         bigint        NOT NULL DEFAULT 0,   -- face values issued, less what expiry gave back
    cap_per_firm_year_fen bigint        NOT NULL CHECK (cap_per_firm_year_fen > 0),
    face_value_fen        bigint        NOT NULL CHECK (face_value_fen > 0),
    coverage_ratio        numeric(5, 4) NOT NULL CHECK (coverage_ratio > 0 AND coverage_ratio <= 1),
    eligible_categories   text          NOT NULL,              -- comma-separated category codes
    accepted_regions      text          NOT NULL,              -- comma-separated region codes
    applications_from     date          NOT NULL,              -- Asia/Shanghai, inclusive
    applications_until    date          NOT NULL,
    valid_from            date          NOT NULL,              -- vouchers are valid from this day ...
    valid_until           date          NOT NULL,              -- ... to the end of this one (Asia/Shanghai)
    status                varchar(10)   NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'SUSPENDED', 'CLOSED')),
    created_by            varchar(100)  NOT NULL,
    created_at            timestamptz   NOT NULL,
    version               bigint        NOT NULL,
    CHECK (committed_fen >= 0 AND committed_fen <= total_budget_fen)
);
CREATE INDEX program_region ON program (region, status);

CREATE TABLE application (
    id                   uuid          PRIMARY KEY,
    program_id           uuid          NOT NULL REFERENCES program (id),
    firm_organization_id uuid          NOT NULL,
    firm_region          varchar(5)    NOT NULL,
    applicant            varchar(100)  NOT NULL,
    planned_use          varchar(2000) NOT NULL,
    year                 integer       NOT NULL,              -- calendar year (Asia/Shanghai) of the application
    status               varchar(10)   NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    reason               varchar(500),
    voucher_id           uuid,
    created_at           timestamptz   NOT NULL,
    decided_at           timestamptz,
    decided_by           varchar(100)
);
CREATE INDEX application_program_firm ON application (program_id, firm_organization_id, year);
CREATE INDEX application_firm ON application (firm_organization_id, created_at DESC);
CREATE INDEX application_region ON application (firm_region, created_at DESC);

CREATE TABLE voucher (
    id                   uuid          PRIMARY KEY,
    code                 varchar(32)   NOT NULL UNIQUE,
    program_id           uuid          NOT NULL REFERENCES program (id),
    application_id       uuid          NOT NULL UNIQUE REFERENCES application (id),
    region               varchar(5)    NOT NULL,              -- the issuing bureau's province
    firm_organization_id uuid          NOT NULL,
    face_value_fen       bigint        NOT NULL CHECK (face_value_fen > 0),
    held_fen             bigint        NOT NULL DEFAULT 0 CHECK (held_fen >= 0),
    redeemed_fen         bigint        NOT NULL DEFAULT 0 CHECK (redeemed_fen >= 0),
    returned_fen         bigint        NOT NULL DEFAULT 0 CHECK (returned_fen >= 0),   -- given back at expiry
    coverage_ratio       numeric(5, 4) NOT NULL,
    eligible_categories  text          NOT NULL,
    accepted_regions     text          NOT NULL,
    valid_from           timestamptz   NOT NULL,
    expires_at           timestamptz   NOT NULL,
    status               varchar(10)   NOT NULL CHECK (status IN ('ACTIVE', 'EXPIRED')),
    issued_at            timestamptz   NOT NULL,
    CHECK (held_fen + redeemed_fen + returned_fen <= face_value_fen)
);
CREATE INDEX voucher_firm ON voucher (firm_organization_id, issued_at DESC);
CREATE INDEX voucher_region ON voucher (region, issued_at DESC);
CREATE INDEX voucher_expiry ON voucher (expires_at) WHERE status = 'ACTIVE';

-- One row per booking a voucher was asked to pay for; the primary key makes a booking redeem at most once.
CREATE TABLE hold (
    booking_id               uuid         PRIMARY KEY,
    voucher_id               uuid         NOT NULL REFERENCES voucher (id),
    held_fen                 bigint       NOT NULL CHECK (held_fen > 0),
    redeemed_fen             bigint       NOT NULL DEFAULT 0,
    released_fen             bigint       NOT NULL DEFAULT 0,
    status                   varchar(10)  NOT NULL CHECK (status IN ('HELD', 'RELEASED', 'REDEEMED')),
    provider_organization_id uuid         NOT NULL,
    provider_region          varchar(5)   NOT NULL,
    instrument_category      varchar(50)  NOT NULL,
    booking_fee_fen          bigint       NOT NULL,           -- the quoted fee, then the final one
    held_at                  timestamptz  NOT NULL,
    settled_at               timestamptz,
    CHECK (redeemed_fen + released_fen <= held_fen)
);
CREATE INDEX hold_voucher ON hold (voucher_id);
CREATE INDEX hold_settled ON hold (settled_at) WHERE status = 'REDEEMED';

-- What happened to a voucher, for its history.
CREATE TABLE voucher_entry (
    id         bigserial    PRIMARY KEY,
    voucher_id uuid         NOT NULL REFERENCES voucher (id),
    kind       varchar(10)  NOT NULL CHECK (kind IN ('ISSUED', 'HELD', 'RELEASED', 'REDEEMED', 'EXPIRED')),
    amount_fen bigint       NOT NULL,
    booking_id uuid,
    at         timestamptz  NOT NULL
);
CREATE INDEX voucher_entry_voucher ON voucher_entry (voucher_id, id);
