-- Vouchers as the policy defines them: a program names the kinds of service it pays for (instrument time, testing,
-- technical development) and, optionally, the designated institutions (专业机构) it pays at; a voucher copies both at
-- issue. Programs and vouchers from before paid for instrument time and tests at any provider.
ALTER TABLE program ADD COLUMN service_kinds text NOT NULL DEFAULT 'INSTRUMENT_TIME,TESTING',
                    ADD COLUMN designated_providers text NOT NULL DEFAULT '';
ALTER TABLE voucher ADD COLUMN service_kinds text NOT NULL DEFAULT 'INSTRUMENT_TIME,TESTING',
                    ADD COLUMN designated_providers text NOT NULL DEFAULT '';
ALTER TABLE program ALTER COLUMN service_kinds DROP DEFAULT;
ALTER TABLE voucher ALTER COLUMN service_kinds DROP DEFAULT;

-- A voucher's history names the order a hold or redemption was for, as it names bookings.
ALTER TABLE voucher_entry ADD COLUMN order_id uuid;

-- What a voucher holds for an order of a service: held when the order is placed, redeemed milestone by milestone as
-- the firm accepts them (one row each in order_redemption), the rest released when the order ends otherwise.
CREATE TABLE order_hold (
    order_id                 uuid PRIMARY KEY,
    voucher_id               uuid        NOT NULL REFERENCES voucher (id),
    held_fen                 bigint      NOT NULL CHECK (held_fen > 0),
    redeemed_fen             bigint      NOT NULL DEFAULT 0 CHECK (redeemed_fen >= 0),
    released_fen             bigint      NOT NULL DEFAULT 0 CHECK (released_fen >= 0),
    status                   varchar(10) NOT NULL CHECK (status IN ('HELD', 'RELEASED', 'REDEEMED')),
    provider_organization_id uuid        NOT NULL,
    provider_region          varchar(6)  NOT NULL,
    service_kind             varchar(20) NOT NULL,
    category                 varchar(50) NOT NULL,
    price_fen                bigint      NOT NULL CHECK (price_fen > 0),
    held_at                  timestamptz NOT NULL,
    settled_at               timestamptz,
    CHECK (redeemed_fen + released_fen <= held_fen)
);
CREATE INDEX order_hold_voucher ON order_hold (voucher_id);

CREATE TABLE order_redemption (
    order_id      uuid        NOT NULL REFERENCES order_hold (order_id),
    milestone     int         NOT NULL CHECK (milestone > 0),
    milestone_fen bigint      NOT NULL CHECK (milestone_fen > 0),
    redeemed_fen  bigint      NOT NULL CHECK (redeemed_fen > 0),
    redeemed_at   timestamptz NOT NULL,
    PRIMARY KEY (order_id, milestone)
);
CREATE INDEX order_redemption_at ON order_redemption (redeemed_at);

-- Orders with a voucher that ended before any hold was made: a late request holds nothing for them.
CREATE TABLE ended_order (
    order_id uuid        PRIMARY KEY,
    ended_at timestamptz NOT NULL
);
