package io.deltashare.innovationvoucher.voucher.domain;

/** A voucher pays while {@code ACTIVE}; once {@code EXPIRED}, what it did not spend is back in its program's budget. */
public enum VoucherStatus {
    ACTIVE,
    EXPIRED
}
