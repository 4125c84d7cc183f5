-- booking: the catalog's instruments as booking needs them, bookings, and the time they occupy.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Read model of the catalog's InstrumentSnapshot events; catalog_version orders them.
CREATE TABLE instrument (
    id                       uuid         PRIMARY KEY,
    provider_id              uuid         NOT NULL,
    provider_organization_id uuid         NOT NULL,
    provider_region          varchar(5)   NOT NULL,
    category                 varchar(50)  NOT NULL,
    name_zh                  varchar(200) NOT NULL,
    name_en                  varchar(200) NOT NULL,
    booking_mode             varchar(10)  NOT NULL,
    academic_price_fen       bigint       NOT NULL,
    enterprise_price_fen     bigint       NOT NULL,
    voucher_eligible         boolean      NOT NULL,
    opening_hours            text         NOT NULL,   -- "MONDAY 08:30-17:00,TUESDAY 08:30-12:00", Asia/Shanghai
    min_duration_minutes     integer      NOT NULL,
    max_duration_minutes     integer      NOT NULL,
    lead_time_hours          integer      NOT NULL,
    approval_required        boolean      NOT NULL,
    status                   varchar(12)  NOT NULL,
    catalog_version          bigint       NOT NULL
);
CREATE INDEX instrument_category_region ON instrument (category, provider_region);

CREATE TABLE booking (
    id                       uuid         PRIMARY KEY,
    instrument_id            uuid         NOT NULL REFERENCES instrument (id),
    instrument_category      varchar(50)  NOT NULL,
    provider_id              uuid         NOT NULL,
    provider_organization_id uuid         NOT NULL,
    provider_region          varchar(5)   NOT NULL,
    firm_organization_id     uuid         NOT NULL,
    firm_region              varchar(5)   NOT NULL,
    booked_by                varchar(100) NOT NULL,   -- subject of the token that booked
    mode                     varchar(10)  NOT NULL CHECK (mode IN ('SLOT', 'SAMPLE')),
    start_at                 timestamptz,
    end_at                   timestamptz,
    samples                  integer,
    tier                     varchar(10)  NOT NULL,
    fee_unit                 varchar(10)  NOT NULL,
    fee_quantity             numeric(10, 2) NOT NULL,
    unit_price_fen           bigint       NOT NULL,
    fee_fen                  bigint       NOT NULL,
    voucher_id               uuid,
    voucher_held_fen         bigint,
    charge_fen               bigint,                  -- what a cancellation or no-show costs the firm
    status                   varchar(20)  NOT NULL,
    reason                   varchar(500),
    created_at               timestamptz  NOT NULL,
    version                  bigint       NOT NULL,
    CHECK ((mode = 'SLOT' AND end_at > start_at AND samples IS NULL)
        OR (mode = 'SAMPLE' AND samples > 0 AND start_at IS NULL AND end_at IS NULL))
);
CREATE INDEX booking_firm ON booking (firm_organization_id, created_at DESC);
CREATE INDEX booking_provider ON booking (provider_organization_id, created_at DESC);
CREATE INDEX booking_voucher ON booking (voucher_id) WHERE voucher_id IS NOT NULL;

-- Instrument time that is taken, by an active booking or a maintenance block. The exclusion constraint is what
-- guarantees no double booking, whatever the application does; rows go when a booking is cancelled or rejected.
CREATE TABLE occupancy (
    id            uuid        PRIMARY KEY,            -- the booking's or the maintenance block's id
    instrument_id uuid        NOT NULL REFERENCES instrument (id),
    period        tstzrange   NOT NULL CHECK (NOT isempty(period)),
    kind          varchar(12) NOT NULL CHECK (kind IN ('BOOKING', 'MAINTENANCE')),
    EXCLUDE USING gist (instrument_id WITH =, period WITH &&)
);
