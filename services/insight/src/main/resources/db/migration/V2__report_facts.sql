-- What the provider and instrument reports need beyond the indicators: each listing's name, weekly opening hours,
-- whether bookings wait for the provider's approval, and when it went live and was withdrawn; orders; ratings.

ALTER TABLE listing
    ADD COLUMN name_zh           text,
    ADD COLUMN name_en           text,
    -- minutes open on each weekday, Monday first (Asia/Shanghai); instruments only
    ADD COLUMN opening_minutes   integer[],
    ADD COLUMN approval_required boolean,
    ADD COLUMN listed_at         timestamptz,
    ADD COLUMN withdrawn_at      timestamptz;
CREATE INDEX listing_provider ON listing (provider_id);

CREATE INDEX booking_provider ON booking (provider_id, starts_at);
CREATE INDEX booking_provider_requested ON booking (provider_id, requested_at);

-- Orders for services (booking), as of their latest snapshot: what was accepted so far counts as served.
CREATE TABLE service_order (
    id                       uuid PRIMARY KEY,
    service_offer_id         uuid        NOT NULL,
    provider_id              uuid        NOT NULL,
    provider_organization_id uuid        NOT NULL,
    provider_region          text        NOT NULL,
    firm_organization_id     uuid        NOT NULL,
    firm_region              text        NOT NULL,
    kind                     text        NOT NULL,
    category                 text        NOT NULL,
    price_fen                bigint      NOT NULL,
    accepted_fen             bigint      NOT NULL,
    status                   text        NOT NULL,
    placed_at                timestamptz NOT NULL,
    completed_at             timestamptz,
    version                  bigint      NOT NULL
);
CREATE INDEX service_order_provider ON service_order (provider_id, placed_at);

-- Ratings (用户评价) of completed bookings and orders, as last changed.
CREATE TABLE rating (
    id                   uuid PRIMARY KEY,
    subject              text        NOT NULL,
    subject_id           uuid        NOT NULL,
    provider_id          uuid        NOT NULL,
    instrument_id        uuid,
    service_offer_id     uuid,
    firm_organization_id uuid        NOT NULL,
    quality              integer     NOT NULL CHECK (quality BETWEEN 1 AND 5),
    timeliness           integer     NOT NULL CHECK (timeliness BETWEEN 1 AND 5),
    service              integer     NOT NULL CHECK (service BETWEEN 1 AND 5),
    rated_at             timestamptz NOT NULL,
    version              bigint      NOT NULL
);
CREATE INDEX rating_provider ON rating (provider_id, rated_at);
