-- What a voucher in the wallet pays for: kinds of service, and the designated institutions (empty: any provider).
-- Vouchers from before paid for instrument time and tests anywhere.
ALTER TABLE wallet_voucher ADD COLUMN service_kinds text NOT NULL DEFAULT 'INSTRUMENT_TIME,TESTING',
                           ADD COLUMN designated_providers text NOT NULL DEFAULT '';
