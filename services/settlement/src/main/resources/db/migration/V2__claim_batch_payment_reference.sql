-- A bureau's payment of a claim batch is recorded by the platform's finance officer, with the payment's reference
-- (the bank transfer's), never by the paying bureau itself.
ALTER TABLE claim_batch ADD COLUMN payment_reference varchar(100);
ALTER TABLE claim_batch ADD COLUMN paid_recorded_by varchar(200);
ALTER TABLE claim_batch ADD CONSTRAINT claim_batch_paid_has_reference
    CHECK (paid_at IS NULL OR (payment_reference IS NOT NULL AND paid_recorded_by IS NOT NULL)) NOT VALID;
