-- The provider's usage report waits for the firm (DELIVERED, DISPUTED) before the fee is charged: when it was made,
-- whether it goes beyond the booking (then only the firm's acceptance makes it final), and the firm's dispute.
ALTER TABLE booking ADD COLUMN delivered_at timestamptz;
ALTER TABLE booking ADD COLUMN firm_consent_required boolean;
ALTER TABLE booking ADD COLUMN dispute_reason varchar(1000);
ALTER TABLE booking ADD CONSTRAINT booking_usage_report
    CHECK (status NOT IN ('DELIVERED', 'DISPUTED') OR (delivered_at IS NOT NULL AND firm_consent_required IS NOT NULL));
CREATE INDEX booking_undisputed_reports ON booking (delivered_at) WHERE status = 'DELIVERED';
