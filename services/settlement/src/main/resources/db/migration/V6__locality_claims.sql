-- Vouchers of pilot localities (a city or district bureau under the province, by GB/T 2260 code) are paid from the
-- locality's own budget: their redemptions go into the locality's claim batches, not the province's. Null: the
-- province's bureau.
ALTER TABLE redemption ADD COLUMN issuing_locality varchar(6);
ALTER TABLE claim_batch ADD COLUMN locality varchar(6);

DROP INDEX redemption_unbatched;
CREATE INDEX redemption_unbatched ON redemption (issuing_region, coalesce(issuing_locality, ''), redeemed_at)
    WHERE batch_id IS NULL;
