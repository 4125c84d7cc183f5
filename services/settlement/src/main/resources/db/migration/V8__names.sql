-- What documents print for the ids the ledger keeps. Statements and claim reports name organizations, instruments
-- and services; the ledger knows only ids. These are copies of the catalog's and membership's names, from their
-- events (the newest event of each id wins; Kafka keeps one id's events in order).
CREATE TABLE known_name (
    id      uuid         PRIMARY KEY,
    kind    varchar(20)  NOT NULL CHECK (kind IN ('ORGANIZATION', 'INSTRUMENT', 'SERVICE_OFFER')),
    name_zh varchar(300) NOT NULL,
    name_en varchar(300) NOT NULL,
    region  varchar(6)                                -- an organization's home region
);

-- What each booking or order posted is of: its instrument or service offer and the organizations on both sides,
-- recorded with its first posting (postings from before this table name none).
CREATE TABLE service_reference (
    id                       uuid       PRIMARY KEY,  -- the booking's or the order's id
    kind                     varchar(7) NOT NULL CHECK (kind IN ('BOOKING', 'ORDER')),
    listing_id               uuid       NOT NULL,     -- the instrument (a booking) or the service offer (an order)
    provider_organization_id uuid       NOT NULL,
    firm_organization_id     uuid       NOT NULL
);
