package io.deltashare.innovationvoucher.program.domain;

import java.util.EnumSet;

/**
 * Where a program stands. Firms apply only to an {@code OPEN} one; a {@code SUSPENDED} program also stops its
 * vouchers from taking on new bookings until it reopens; a {@code CLOSED} one takes no more applications for good,
 * while the vouchers it issued stay valid until they expire.
 */
public enum ProgramStatus {
    DRAFT,
    OPEN,
    SUSPENDED,
    CLOSED;

    public boolean canBecome(ProgramStatus target) {
        return switch (this) {
            case DRAFT -> EnumSet.of(OPEN, CLOSED).contains(target);
            case OPEN -> EnumSet.of(SUSPENDED, CLOSED).contains(target);
            case SUSPENDED -> EnumSet.of(OPEN, CLOSED).contains(target);
            case CLOSED -> false;
        };
    }
}
