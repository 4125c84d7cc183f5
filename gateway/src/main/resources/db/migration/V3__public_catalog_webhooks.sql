-- Catalog events are public: a subscription may filter them by the listing's region and category (empty: all), and
-- their deliveries concern no firm.
ALTER TABLE webhook_subscription
    ADD COLUMN regions    varchar(6)[]   NOT NULL DEFAULT '{}',
    ADD COLUMN categories varchar(100)[] NOT NULL DEFAULT '{}';
ALTER TABLE webhook_delivery ALTER COLUMN firm_id DROP NOT NULL;
