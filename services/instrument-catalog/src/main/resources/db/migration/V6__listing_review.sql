-- Listing review: a new listing is SUBMITTED (not live) until the platform approves it, or REJECTED with a note; a
-- change of a live listing waits beside it (pending_listing) until it is approved or refused.
ALTER TABLE instrument DROP CONSTRAINT IF EXISTS instrument_status_check;
ALTER TABLE instrument ADD CONSTRAINT instrument_status_check
    CHECK (status IN ('SUBMITTED', 'REJECTED', 'ACTIVE', 'MAINTENANCE', 'WITHDRAWN'));
ALTER TABLE instrument ADD COLUMN pending_listing jsonb, ADD COLUMN review_note varchar(500);
CREATE INDEX instrument_awaiting_review ON instrument (id) WHERE status = 'SUBMITTED' OR pending_listing IS NOT NULL;
