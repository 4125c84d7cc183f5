-- Bookings with a voucher that ended (cancelled, rejected, not attended) before any hold was made for them. A request
-- for such a booking that arrives later (a dead letter replayed after the booking gave up waiting) makes no hold that
-- nobody would ever release.
CREATE TABLE ended_booking (
    booking_id uuid        PRIMARY KEY,
    ended_at   timestamptz NOT NULL
);

CREATE INDEX hold_held_at ON hold (held_at DESC, booking_id DESC);
