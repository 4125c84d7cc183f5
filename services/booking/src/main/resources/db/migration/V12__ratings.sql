-- Ratings (用户评价) of completed bookings and orders: one each, by the firm, changeable until editable_until, with
-- the provider's one reply.
CREATE TABLE rating (
    id                       uuid PRIMARY KEY,
    subject                  varchar(10)   NOT NULL CHECK (subject IN ('BOOKING', 'ORDER')),
    subject_id               uuid          NOT NULL,
    firm_organization_id     uuid          NOT NULL,
    firm_region              varchar(6)    NOT NULL,
    provider_id              uuid          NOT NULL,
    provider_organization_id uuid          NOT NULL,
    instrument_id            uuid,
    service_offer_id         uuid,
    quality                  smallint      NOT NULL CHECK (quality BETWEEN 1 AND 5),
    timeliness               smallint      NOT NULL CHECK (timeliness BETWEEN 1 AND 5),
    service                  smallint      NOT NULL CHECK (service BETWEEN 1 AND 5),
    comment                  varchar(1000),
    reply                    varchar(1000),
    replied_at               timestamptz,
    rated_at                 timestamptz   NOT NULL,
    editable_until           timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0,
    UNIQUE (subject, subject_id)
);
CREATE INDEX rating_instrument ON rating (instrument_id, id) WHERE instrument_id IS NOT NULL;
CREATE INDEX rating_service_offer ON rating (service_offer_id, id) WHERE service_offer_id IS NOT NULL;
CREATE INDEX rating_provider ON rating (provider_id, id);
