-- instrument-catalog: the category taxonomy, providers and their instruments.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE instrument_category (
    code    varchar(50)  PRIMARY KEY,
    name_zh varchar(100) NOT NULL,
    name_en varchar(100) NOT NULL
);

CREATE TABLE provider (
    id              uuid         PRIMARY KEY,
    organization_id uuid         NOT NULL UNIQUE,    -- Keycloak organization of the provider's staff
    name_zh         varchar(200) NOT NULL,
    name_en         varchar(200) NOT NULL,
    region          varchar(5)   NOT NULL CHECK (region IN ('CN-SH', 'CN-JS', 'CN-ZJ', 'CN-AH')),
    city            varchar(100) NOT NULL,
    type            varchar(30)  NOT NULL,
    accreditations  varchar(100) NOT NULL,           -- comma-separated: CMA,CNAS
    contact_email   varchar(200) NOT NULL,
    contact_phone   varchar(50),
    version         bigint       NOT NULL
);
CREATE INDEX provider_region_city ON provider (region, city);

CREATE TABLE instrument (
    id                   uuid          PRIMARY KEY,
    provider_id          uuid          NOT NULL REFERENCES provider (id),
    name_zh              varchar(200)  NOT NULL,
    name_en              varchar(200)  NOT NULL,
    description_zh       varchar(4000) NOT NULL,
    description_en       varchar(4000) NOT NULL,
    category             varchar(50)   NOT NULL REFERENCES instrument_category (code),
    manufacturer         varchar(200)  NOT NULL,
    model                varchar(200)  NOT NULL,
    original_value_fen   bigint        NOT NULL CHECK (original_value_fen >= 0),
    location             varchar(300)  NOT NULL,
    booking_mode         varchar(10)   NOT NULL CHECK (booking_mode IN ('SLOT', 'SAMPLE')),
    academic_price_fen   bigint        NOT NULL CHECK (academic_price_fen >= 0),
    enterprise_price_fen bigint        NOT NULL CHECK (enterprise_price_fen >= 0),
    voucher_eligible     boolean       NOT NULL,
    opening_hours        text          NOT NULL,          -- "MONDAY 08:30-17:00,TUESDAY 08:30-12:00"
    min_duration_minutes integer       NOT NULL,
    max_duration_minutes integer       NOT NULL,
    lead_time_hours      integer       NOT NULL,
    approval_required    boolean       NOT NULL,
    status               varchar(12)   NOT NULL CHECK (status IN ('ACTIVE', 'MAINTENANCE', 'WITHDRAWN')),
    -- lower-cased names (name_text) and everything searchable (search_text), kept by the application
    name_text            text          NOT NULL,
    search_text          text          NOT NULL,
    version              bigint        NOT NULL,
    CHECK (max_duration_minutes >= min_duration_minutes)
);
CREATE INDEX instrument_provider ON instrument (provider_id);
CREATE INDEX instrument_category_idx ON instrument (category, status);
CREATE INDEX instrument_search_trgm ON instrument USING gin (search_text gin_trgm_ops);
CREATE INDEX instrument_enterprise_price ON instrument (enterprise_price_fen, id);
CREATE INDEX instrument_academic_price ON instrument (academic_price_fen, id);
