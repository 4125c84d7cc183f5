package io.deltashare.innovationvoucher.voucher.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a voucher's history: issued, held, released, redeemed or expired, with the amount. */
@Entity
@Table(name = "voucher_entry")
public class VoucherEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "voucher_id", nullable = false)
    public UUID voucherId;

    @Column(nullable = false)
    public String kind;

    @Column(name = "amount_fen", nullable = false)
    public long amountFen;

    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "order_id")
    public UUID orderId;

    @Column(nullable = false)
    public Instant at;

    public static VoucherEntryEntity of(UUID voucherId, String kind, long amountFen, UUID bookingId, Instant at) {
        VoucherEntryEntity entry = new VoucherEntryEntity();
        entry.voucherId = voucherId;
        entry.kind = kind;
        entry.amountFen = amountFen;
        entry.bookingId = bookingId;
        entry.at = at;
        return entry;
    }
}
