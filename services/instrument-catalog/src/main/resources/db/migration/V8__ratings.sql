-- Ratings (用户评价) as booking announces them, to show averages and counts on instruments, services and providers.
CREATE TABLE rating (
    id               uuid PRIMARY KEY,
    provider_id      uuid     NOT NULL,
    instrument_id    uuid,
    service_offer_id uuid,
    quality          smallint NOT NULL CHECK (quality BETWEEN 1 AND 5),
    timeliness       smallint NOT NULL CHECK (timeliness BETWEEN 1 AND 5),
    service          smallint NOT NULL CHECK (service BETWEEN 1 AND 5),
    version          bigint   NOT NULL
);
CREATE INDEX rating_of_instrument ON rating (instrument_id) WHERE instrument_id IS NOT NULL;
CREATE INDEX rating_of_service_offer ON rating (service_offer_id) WHERE service_offer_id IS NOT NULL;
CREATE INDEX rating_of_provider ON rating (provider_id);
