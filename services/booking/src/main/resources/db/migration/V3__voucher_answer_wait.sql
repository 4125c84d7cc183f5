-- A booking with a voucher waits in REQUESTED for the voucher service's answer. When it was last asked lets the
-- booking ask again, and give up in the end, instead of waiting for ever (VoucherAnswerTimeouts).
ALTER TABLE booking ADD COLUMN voucher_asked_at timestamptz;   -- NULL: asked once, when the booking was made
CREATE INDEX booking_awaiting_voucher ON booking (created_at) WHERE status = 'REQUESTED';
