-- Why an order was rejected (its voucher would not pay), for the firm to read on the order.
ALTER TABLE service_order ADD COLUMN rejection_reason text;
