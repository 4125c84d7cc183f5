-- Regions are data: a fifth issuing region is configuration, and codes have up to six characters (ISO 3166-2).
ALTER TABLE claim_batch ALTER COLUMN region TYPE varchar(6);
ALTER TABLE redemption ALTER COLUMN issuing_region TYPE varchar(6), ALTER COLUMN provider_region TYPE varchar(6);
