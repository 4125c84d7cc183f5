-- Services besides instrument time: testing packages, technical development (R&D) services and whole-facility
-- packages. One taxonomy serves instruments and services; the categories of testing fields and of development work
-- are for services only.
ALTER TABLE instrument_category ADD COLUMN for_instruments boolean NOT NULL DEFAULT true;
INSERT INTO instrument_category (code, name_zh, name_en, for_instruments) VALUES
    ('product-testing',       '产品检验检测',   'Product testing and certification',  true),
    ('environmental-testing', '环境检测',       'Environmental testing',              true),
    ('product-development',   '产品开发',       'Product development',                false),
    ('process-development',   '工艺开发',       'Process development',                false),
    ('equipment-development', '装备与样机研制', 'Equipment and prototype development', false),
    ('software-development',  '软件与算法开发', 'Software and algorithm development',  false),
    ('materials-development', '新材料研发',     'Materials development',              false),
    ('technical-consulting',  '技术咨询',       'Technical consulting',               false);

-- The offer as the provider wrote it (JSON, decided by the ServiceOffer aggregate); beside it the columns search
-- filters on, copied from it and from its provider, the way instrument rows carry them.
CREATE TABLE service_offer (
    id                   uuid PRIMARY KEY,
    provider_id          uuid         NOT NULL REFERENCES provider (id),
    provider_region      varchar(5)   NOT NULL,
    provider_city        varchar(100) NOT NULL,
    type                 varchar(30)  NOT NULL CHECK (type IN ('TESTING_PACKAGE', 'DEVELOPMENT_SERVICE', 'FACILITY_PACKAGE')),
    kind                 varchar(20)  NOT NULL CHECK (kind IN ('INSTRUMENT_TIME', 'TESTING', 'DEVELOPMENT')),
    category             varchar(50)  NOT NULL REFERENCES instrument_category (code),
    price_basis          varchar(20)  NOT NULL,
    academic_price_fen   bigint CHECK (academic_price_fen >= 0),
    enterprise_price_fen bigint CHECK (enterprise_price_fen >= 0),
    offer                jsonb        NOT NULL,
    status               varchar(20)  NOT NULL
        CHECK (status IN ('SUBMITTED', 'REJECTED', 'ACTIVE', 'PAUSED', 'WITHDRAWN')),
    pending_offer        jsonb,
    review_note          varchar(500),
    name_en              varchar(300) NOT NULL,
    name_text            text         NOT NULL,
    search_text          text         NOT NULL,
    version              bigint       NOT NULL DEFAULT 0
);
CREATE INDEX service_offer_provider ON service_offer (provider_id);
CREATE INDEX service_offer_words ON service_offer USING gin (catalog_words(search_text));
CREATE INDEX service_offer_han_pairs ON service_offer USING gin (catalog_han_pairs(search_text));
CREATE INDEX service_offer_live_region ON service_offer (provider_region, category) WHERE status IN ('ACTIVE', 'PAUSED');
CREATE INDEX service_offer_awaiting_review ON service_offer (id) WHERE status = 'SUBMITTED' OR pending_offer IS NOT NULL;
