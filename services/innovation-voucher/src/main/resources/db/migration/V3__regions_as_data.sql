-- Regions are data: which regions issue vouchers is configuration (voucher.issuing-regions); codes have up to six
-- characters (ISO 3166-2).
ALTER TABLE program ALTER COLUMN region TYPE varchar(6);
ALTER TABLE application ALTER COLUMN firm_region TYPE varchar(6);
ALTER TABLE voucher ALTER COLUMN region TYPE varchar(6);
ALTER TABLE hold ALTER COLUMN provider_region TYPE varchar(6);
