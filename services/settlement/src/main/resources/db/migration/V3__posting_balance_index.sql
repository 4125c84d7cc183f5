-- A balance is the sum of an account's postings up to a time: with the amount in the index, it is read from the
-- index alone, without visiting the postings themselves.
CREATE INDEX posting_account_amount ON posting (account_id, occurred_at) INCLUDE (amount_fen);
DROP INDEX posting_account;
