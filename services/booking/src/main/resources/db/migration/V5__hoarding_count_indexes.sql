-- The hoarding counts (BookingWriter.overLimit) stop at their limit; these partial indexes hold exactly the rows each
-- count reads, so a count reads at most its limit's number of entries, however many slots the firm booked before.
DROP INDEX booking_firm_instrument;
CREATE INDEX booking_firm_instrument_active ON booking (firm_organization_id, instrument_id, end_at)
    WHERE mode = 'SLOT' AND status IN ('REQUESTED', 'PENDING_APPROVAL', 'CONFIRMED');
CREATE INDEX booking_firm_instrument_free_cancelled ON booking (firm_organization_id, instrument_id, cancelled_at)
    WHERE mode = 'SLOT' AND status = 'CANCELLED' AND coalesce(charge_fen, 0) = 0;
