-- Orders for services: their milestone charges, cancellation fees and the voucher shares of accepted milestones are
-- posted like bookings' (journal transactions name the order), and a redemption is a booking's or an order
-- milestone's, each claimed once.
ALTER TABLE journal_transaction ADD COLUMN order_id uuid;
CREATE INDEX journal_transaction_order ON journal_transaction (order_id) WHERE order_id IS NOT NULL;

ALTER TABLE redemption DROP CONSTRAINT redemption_pkey;
ALTER TABLE redemption ALTER COLUMN booking_id DROP NOT NULL;
ALTER TABLE redemption ADD COLUMN id bigserial PRIMARY KEY,
                       ADD COLUMN order_id uuid,
                       ADD COLUMN milestone integer CHECK (milestone > 0),
                       ADD CONSTRAINT redemption_of_booking_or_milestone
                           CHECK ((booking_id IS NOT NULL AND order_id IS NULL AND milestone IS NULL)
                               OR (booking_id IS NULL AND order_id IS NOT NULL AND milestone IS NOT NULL));
ALTER TABLE redemption RENAME COLUMN booking_fee_fen TO fee_fen;          -- the booking's fee or the milestone's amount
ALTER TABLE redemption RENAME COLUMN instrument_category TO category;
CREATE UNIQUE INDEX redemption_booking ON redemption (booking_id) WHERE booking_id IS NOT NULL;
CREATE UNIQUE INDEX redemption_order_milestone ON redemption (order_id, milestone) WHERE order_id IS NOT NULL;
