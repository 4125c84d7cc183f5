-- Services besides instrument time: the catalog's service offers as booking knows them, requests for quotation
-- (询价) with the providers they went to and their quotes, and orders with milestones, placed from accepted quotes.

CREATE TABLE service_offer (
    id                       uuid PRIMARY KEY,
    provider_id              uuid         NOT NULL,
    provider_organization_id uuid         NOT NULL,
    provider_region          varchar(6)   NOT NULL,
    type                     varchar(30)  NOT NULL,
    kind                     varchar(20)  NOT NULL,
    category                 varchar(50)  NOT NULL,
    name_zh                  varchar(300) NOT NULL,
    name_en                  varchar(300) NOT NULL,
    status                   varchar(20)  NOT NULL,
    catalog_version          bigint       NOT NULL
);
CREATE INDEX service_offer_active_category ON service_offer (category, provider_region) WHERE status = 'ACTIVE';

CREATE TABLE quote_request (
    id                   uuid PRIMARY KEY,
    firm_organization_id uuid          NOT NULL,
    firm_region          varchar(6)    NOT NULL,
    requested_by         varchar(255)  NOT NULL,
    title                varchar(200)  NOT NULL,
    description          varchar(4000) NOT NULL,
    category             varchar(50),
    wanted_by            date,
    respond_by           timestamptz   NOT NULL,
    status               varchar(20)   NOT NULL CHECK (status IN ('OPEN', 'AWARDED', 'CANCELLED')),
    awarded_quote_id     uuid,
    created_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL DEFAULT 0,
    CHECK ((status = 'AWARDED') = (awarded_quote_id IS NOT NULL))
);
CREATE INDEX quote_request_firm ON quote_request (firm_organization_id, id);

CREATE TABLE quote_request_recipient (
    request_id               uuid         NOT NULL REFERENCES quote_request (id),
    provider_id              uuid         NOT NULL,
    service_offer_id         uuid         NOT NULL,
    provider_organization_id uuid         NOT NULL,
    provider_region          varchar(6)   NOT NULL,
    kind                     varchar(20)  NOT NULL,
    category                 varchar(50)  NOT NULL,
    service_name_zh          varchar(300) NOT NULL,
    service_name_en          varchar(300) NOT NULL,
    position                 int          NOT NULL,
    PRIMARY KEY (request_id, provider_id)
);
CREATE INDEX quote_request_recipient_provider ON quote_request_recipient (provider_organization_id, request_id);

CREATE TABLE quote (
    id                       uuid PRIMARY KEY,
    request_id               uuid          NOT NULL REFERENCES quote_request (id),
    provider_id              uuid          NOT NULL,
    provider_organization_id uuid          NOT NULL,
    price_fen                bigint        NOT NULL CHECK (price_fen > 0),
    deliverables             varchar(4000) NOT NULL,
    milestones               jsonb         NOT NULL,
    valid_until              date          NOT NULL,
    cancellation_fee_percent int           NOT NULL CHECK (cancellation_fee_percent BETWEEN 0 AND 100),
    cancellation_terms       varchar(2000),
    status                   varchar(20)   NOT NULL CHECK (status IN ('SUBMITTED', 'WITHDRAWN', 'ACCEPTED')),
    submitted_by             varchar(255)  NOT NULL,
    submitted_at             timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0,
    FOREIGN KEY (request_id, provider_id) REFERENCES quote_request_recipient (request_id, provider_id)
);
CREATE INDEX quote_request_quotes ON quote (request_id);
-- one live quote per provider and request, and one accepted quote per request, whatever the application does
CREATE UNIQUE INDEX quote_one_live_per_provider ON quote (request_id, provider_id) WHERE status <> 'WITHDRAWN';
CREATE UNIQUE INDEX quote_one_accepted_per_request ON quote (request_id) WHERE status = 'ACCEPTED';

CREATE TABLE service_order (
    id                       uuid PRIMARY KEY,
    quote_request_id         uuid          NOT NULL REFERENCES quote_request (id),
    quote_id                 uuid          NOT NULL REFERENCES quote (id),
    firm_organization_id     uuid          NOT NULL,
    firm_region              varchar(6)    NOT NULL,
    service_offer_id         uuid          NOT NULL,
    provider_id              uuid          NOT NULL,
    provider_organization_id uuid          NOT NULL,
    provider_region          varchar(6)    NOT NULL,
    kind                     varchar(20)   NOT NULL,
    category                 varchar(50)   NOT NULL,
    service_name_zh          varchar(300)  NOT NULL,
    service_name_en          varchar(300)  NOT NULL,
    title                    varchar(200)  NOT NULL,
    deliverables             varchar(4000) NOT NULL,
    price_fen                bigint        NOT NULL CHECK (price_fen > 0),
    milestones               jsonb         NOT NULL,
    cancellation_fee_percent int           NOT NULL CHECK (cancellation_fee_percent BETWEEN 0 AND 100),
    cancellation_terms       varchar(2000),
    voucher_id               uuid,
    voucher_held_fen         bigint        NOT NULL DEFAULT 0 CHECK (voucher_held_fen >= 0),
    voucher_asked_at         timestamptz,
    status                   varchar(20)   NOT NULL
        CHECK (status IN ('AWAITING_VOUCHER', 'ACTIVE', 'COMPLETED', 'CANCELLED', 'REJECTED')),
    placed_at                timestamptz   NOT NULL,
    version                  bigint        NOT NULL DEFAULT 0
);
-- a request becomes at most one live order, also when two acceptances race
CREATE UNIQUE INDEX service_order_one_per_request ON service_order (quote_request_id)
    WHERE status IN ('AWAITING_VOUCHER', 'ACTIVE', 'COMPLETED');
CREATE INDEX service_order_firm ON service_order (firm_organization_id, id);
CREATE INDEX service_order_provider ON service_order (provider_organization_id, id);
CREATE INDEX service_order_awaiting_voucher ON service_order (voucher_asked_at) WHERE status = 'AWAITING_VOUCHER';
