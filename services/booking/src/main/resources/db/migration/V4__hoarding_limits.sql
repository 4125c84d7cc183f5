-- When a booking was cancelled, to count a firm's free cancellations of an instrument over a window, and an index
-- for the count of the future slots a firm holds on an instrument (both read under the firm-and-instrument lock).
ALTER TABLE booking ADD COLUMN cancelled_at timestamptz;
CREATE INDEX booking_firm_instrument ON booking (firm_organization_id, instrument_id, end_at)
    WHERE mode = 'SLOT';
