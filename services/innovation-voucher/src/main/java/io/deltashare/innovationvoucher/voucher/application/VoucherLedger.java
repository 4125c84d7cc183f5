package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherExpired;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherReleased;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.domain.Hold;
import io.deltashare.innovationvoucher.voucher.domain.Voucher;
import io.deltashare.innovationvoucher.voucher.persistence.HoldRepository;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves money on vouchers for bookings: holds a share when a booking asks, releases it when the booking ends
 * without completing, redeems the final share on completion, and gives an expired voucher's balance back to its
 * program. The {@link Voucher} decides each move; this runs it with the voucher's row locked (always before the
 * program's), records the hold and the voucher's history, and publishes what happened.
 */
@ApplicationScoped
public class VoucherLedger {

    private final VoucherRepository vouchers;
    private final HoldRepository holds;
    private final ProgramRepository programs;
    private final Outbox outbox;
    private final Clock clock;

    VoucherLedger(
            VoucherRepository vouchers, HoldRepository holds, ProgramRepository programs, Outbox outbox, Clock clock) {
        this.vouchers = vouchers;
        this.holds = holds;
        this.programs = programs;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Why a voucher pays nothing of a booking or order made by a partner in sandbox mode. */
    static final String SANDBOX_REFUSAL =
            "a partner in sandbox mode tests without vouchers: no voucher pays its " + "bookings and orders";

    /**
     * A booking asks its voucher to pay: hold the share, or say why not. A booking asks again when an answer is
     * overdue: a hold it has is announced again (never made twice), a refusal is decided afresh, and a booking that
     * ended meanwhile gets nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingRequested(BookingSnapshot booking) {
        if (booking.voucherId() == null || holds.hasEnded(booking.id())) {
            return;
        }
        if (booking.sandbox()) {
            // booking refuses a voucher for a sandbox partner already; a booking that names one anyway holds nothing
            outbox.publish(new VoucherReservationRejected(booking.voucherId(), booking.id(), SANDBOX_REFUSAL));
            return;
        }
        if (holds.exists(booking.id())) {
            holds.heldFor(booking.id()).ifPresent(hold -> {
                Voucher voucher = vouchers.find(hold.voucherId()).orElseThrow();
                outbox.publish(new VoucherReserved(
                        voucher.id(), booking.id(), Money.ofFen(hold.heldFen()), Money.ofFen(voucher.balanceFen())));
            });
            return;
        }
        Instant now = clock.instant();
        Decision<Voucher.Held> decision = hold(
                booking.voucherId(),
                new Voucher.Purchase(
                        booking.firmOrganizationId(),
                        booking.providerOrganizationId(),
                        booking.providerRegion(),
                        kindOf(booking),
                        booking.instrumentCategory(),
                        booking.fee().amount()),
                now);
        decision.rejected()
                .ifPresent(refusal -> outbox.publish(new VoucherReservationRejected(
                        booking.voucherId(), booking.id(), reason(refusal, booking.voucherId()))));
        decision.accepted().ifPresent(held -> {
            Voucher voucher = held.voucher();
            vouchers.save(voucher);
            holds.add(
                    new Hold(booking.id(), voucher.id(), held.share().fen()),
                    booking.providerOrganizationId(),
                    booking.providerRegion().code(),
                    booking.instrumentCategory(),
                    booking.fee().amount().fen(),
                    now);
            vouchers.record(voucher.id(), "HELD", held.share().fen(), booking.id(), now);
            outbox.publish(
                    new VoucherReserved(voucher.id(), booking.id(), held.share(), Money.ofFen(voucher.balanceFen())));
        });
    }

    /**
     * The booking was cancelled, rejected or not attended: the hold goes back to the voucher. Without a hold, the end
     * is remembered, so that a request for the booking arriving late holds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingEnded(BookingSnapshot booking) {
        Optional<Hold> held = holds.heldFor(booking.id());
        Instant now = clock.instant();
        if (held.isEmpty() && booking.voucherId() != null && !holds.exists(booking.id())) {
            holds.bookingEndedWithoutHold(booking.id(), now);
        }
        held.ifPresent(hold -> {
            Voucher.GivenBack released =
                    vouchers.lockedForUpdate(hold.voucherId()).orElseThrow().release(hold.heldFen());
            Voucher voucher = released.voucher();
            vouchers.save(voucher);
            toProgram(voucher, released.toProgramFen());
            vouchers.record(voucher.id(), "RELEASED", hold.heldFen(), booking.id(), now);
            holds.released(hold, now);
            outbox.publish(new VoucherReleased(
                    voucher.id(), booking.id(), Money.ofFen(hold.heldFen()), Money.ofFen(voucher.balanceFen())));
        });
    }

    /** The booking completed: the voucher pays its share of the final fee, at most what it held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCompleted(BookingSnapshot booking) {
        holds.heldFor(booking.id()).ifPresent(hold -> {
            Instant now = clock.instant();
            Money fee = booking.fee().amount();
            Voucher.Redeemed redeemed =
                    vouchers.lockedForUpdate(hold.voucherId()).orElseThrow().redeem(fee, hold.heldFen());
            Voucher voucher = redeemed.voucher();
            vouchers.save(voucher);
            vouchers.record(voucher.id(), "REDEEMED", redeemed.redeemed().fen(), booking.id(), now);
            if (!redeemed.released().isZero()) {
                toProgram(voucher, redeemed.toProgramFen());
                vouchers.record(voucher.id(), "RELEASED", redeemed.released().fen(), booking.id(), now);
            }
            holds.redeemed(hold, redeemed.redeemed().fen(), fee.fen(), now);
            outbox.publish(new VoucherRedeemed(
                    voucher.id(),
                    booking.id(),
                    voucher.programId(),
                    voucher.region(),
                    voucher.firmOrganizationId(),
                    booking.providerOrganizationId(),
                    booking.providerRegion(),
                    booking.instrumentCategory(),
                    fee,
                    redeemed.redeemed(),
                    redeemed.released(),
                    now,
                    programs.localityOf(voucher.programId()).orElse(null)));
        });
    }

    /** Vouchers whose validity has ended by {@code now}, oldest first. */
    @Transactional
    public List<UUID> dueForExpiry(Instant now, int limit) {
        return vouchers.dueForExpiry(now, limit);
    }

    /** Expires one voucher: what nobody held or spent goes back to the program's budget. */
    @Transactional
    public void expire(UUID voucherId, Instant now) {
        vouchers.lockedForUpdate(voucherId)
                .flatMap(v -> v.expire(now).accepted())
                .ifPresent(expired -> {
                    Voucher voucher = expired.voucher();
                    vouchers.save(voucher);
                    toProgram(voucher, expired.toProgramFen());
                    vouchers.record(voucher.id(), "EXPIRED", expired.toProgramFen(), null, now);
                    outbox.publish(new VoucherExpired(
                            voucher.id(),
                            voucher.programId(),
                            voucher.region(),
                            voucher.firmOrganizationId(),
                            Money.ofFen(expired.toProgramFen())));
                });
    }

    /** {@code fen} given back by an expired voucher goes to its program's budget (the program's row locked). */
    private void toProgram(Voucher voucher, long fen) {
        if (fen > 0) {
            programs.save(
                    programs.lockedForUpdate(voucher.programId()).orElseThrow().givenBack(fen));
        }
    }

    /**
     * Whether voucher {@code voucherId} holds its share of {@code purchase} at {@code now}, decided with its row locked
     * (for a booking here, for an order in {@link OrderVouchers}).
     */
    Decision<Voucher.Held> hold(UUID voucherId, Voucher.Purchase purchase, Instant now) {
        return vouchers.lockedForUpdate(voucherId)
                .<Decision<Voucher>>map(Decision::accept)
                .orElseGet(() -> Decision.reject(Rejection.notFound("voucher " + voucherId)))
                .then(voucher -> voucher.hold(
                        purchase,
                        programs.find(voucher.programId()).orElseThrow().vouchersUsable(),
                        now));
    }

    /** Why a voucher will not pay, in the words the firm reads. */
    static String reason(Rejection refusal, UUID voucherId) {
        return refusal.kind() == Rejection.Kind.NOT_FOUND ? "there is no voucher " + voucherId : refusal.reason();
    }

    /** What a booking buys: instrument time for a slot, a test for samples the provider runs. */
    static ServiceKind kindOf(BookingSnapshot booking) {
        return "SAMPLE".equals(booking.mode()) ? ServiceKind.TESTING : ServiceKind.INSTRUMENT_TIME;
    }
}
