-- Regions are data (ISO 3166-2 codes such as CN-GD, or a country code): a provider may be at home anywhere, and which
-- regions issue vouchers is the voucher service's configuration. Subdivision codes have up to three characters.
ALTER TABLE provider DROP CONSTRAINT IF EXISTS provider_region_check;
ALTER TABLE provider ALTER COLUMN region TYPE varchar(6);
ALTER TABLE provider ADD CONSTRAINT provider_region_code CHECK (region ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$');
ALTER TABLE instrument ALTER COLUMN provider_region TYPE varchar(6);
