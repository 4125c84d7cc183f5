-- Regions are data: firms and providers from any ISO 3166-2 region (up to six characters, CN-GD, US-CA) or country.
ALTER TABLE instrument ALTER COLUMN provider_region TYPE varchar(6);
ALTER TABLE booking ALTER COLUMN provider_region TYPE varchar(6), ALTER COLUMN firm_region TYPE varchar(6);
