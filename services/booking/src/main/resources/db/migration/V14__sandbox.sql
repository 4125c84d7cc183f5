-- Bookings and orders of a partner in sandbox mode (its token says sandbox: true) are marked, so that no voucher pays
-- them and the other services count them in no ledger, statement, claim or indicator. Everything before was real.
ALTER TABLE booking ADD COLUMN sandbox boolean NOT NULL DEFAULT false;
ALTER TABLE service_order ADD COLUMN sandbox boolean NOT NULL DEFAULT false;
