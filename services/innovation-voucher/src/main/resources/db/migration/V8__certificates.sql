-- Voucher certificates (电子券). The holder's name as membership admitted it, for the certificate to print.
ALTER TABLE admitted_firm ADD COLUMN name_zh varchar(200), ADD COLUMN name_en varchar(200);

-- A check code per voucher, made when its certificate is first printed. The public verification asks for it with
-- the voucher's code, so that nobody can find vouchers by trying codes: the code has 40 random bits, the check 50.
CREATE TABLE voucher_check (
    voucher_id uuid        PRIMARY KEY REFERENCES voucher (id),
    check_code varchar(12) NOT NULL
);
