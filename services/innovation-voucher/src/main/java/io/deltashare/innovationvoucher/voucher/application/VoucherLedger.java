package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.voucher.VoucherExpired;
import io.deltashare.contracts.voucher.VoucherRedeemed;
import io.deltashare.contracts.voucher.VoucherReleased;
import io.deltashare.contracts.voucher.VoucherReservationRejected;
import io.deltashare.contracts.voucher.VoucherReserved;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.innovationvoucher.program.application.ProgramView;
import io.deltashare.innovationvoucher.program.domain.ProgramStatus;
import io.deltashare.innovationvoucher.program.persistence.ProgramEntity;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.domain.VoucherUse;
import io.deltashare.innovationvoucher.voucher.persistence.HoldEntity;
import io.deltashare.innovationvoucher.voucher.persistence.HoldRepository;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherEntryEntity;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Moves money on vouchers for bookings: holds a share when a booking asks, releases it when the booking ends
 * without completing, redeems the final share on completion, and gives an expired voucher's balance back to its
 * program. Each runs with the voucher's row locked (always before the program's), and the table's CHECK backs the
 * invariant that held, redeemed and returned amounts never exceed the face value.
 */
@ApplicationScoped
public class VoucherLedger {

    private final VoucherRepository vouchers;
    private final HoldRepository holds;
    private final ProgramRepository programs;
    private final Outbox outbox;
    private final Clock clock;

    VoucherLedger(VoucherRepository vouchers, HoldRepository holds, ProgramRepository programs, Outbox outbox,
                  Clock clock) {
        this.vouchers = vouchers;
        this.holds = holds;
        this.programs = programs;
        this.outbox = outbox;
        this.clock = clock;
    }

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
        Optional<HoldEntity> existing = holds.findByIdOptional(booking.id());
        if (existing.isPresent()) {
            HoldEntity hold = existing.get();
            if (hold.status.equals("HELD")) {
                VoucherEntity voucher = vouchers.findById(hold.voucherId);
                outbox.publish(new VoucherReserved(voucher.id, booking.id(), Money.ofFen(hold.heldFen),
                        Money.ofFen(voucher.balanceFen())));
            }
            return;
        }
        Optional<VoucherEntity> found = Optional.ofNullable(vouchers.findById(booking.voucherId(), LockModeType.PESSIMISTIC_WRITE));
        if (found.isEmpty()) {
            refuse(booking, "there is no voucher " + booking.voucherId());
            return;
        }
        VoucherEntity voucher = found.get();
        Instant now = clock.instant();
        ProgramEntity program = programs.findById(voucher.programId);
        VoucherUse use = use(voucher, program);
        Optional<String> refusal = use.refusal(booking.firmOrganizationId(), booking.providerRegion(),
                booking.instrumentCategory(), now);
        if (refusal.isPresent()) {
            refuse(booking, refusal.get());
            return;
        }
        Money share = use.share(booking.fee().amount(), Money.ofFen(voucher.balanceFen()));
        if (share.isZero()) {
            refuse(booking, "the voucher has no balance left");
            return;
        }
        voucher.heldFen += share.fen();
        HoldEntity hold = new HoldEntity();
        hold.bookingId = booking.id();
        hold.voucherId = voucher.id;
        hold.heldFen = share.fen();
        hold.status = "HELD";
        hold.providerOrganizationId = booking.providerOrganizationId();
        hold.providerRegion = booking.providerRegion().code();
        hold.instrumentCategory = booking.instrumentCategory();
        hold.bookingFeeFen = booking.fee().amount().fen();
        hold.heldAt = now;
        holds.persist(hold);
        entry(voucher, "HELD", share.fen(), booking.id(), now);
        outbox.publish(new VoucherReserved(voucher.id, booking.id(), share, Money.ofFen(voucher.balanceFen())));
    }

    /**
     * The booking was cancelled, rejected or not attended: the hold goes back to the voucher. Without a hold, the end
     * is remembered, so that a request for the booking arriving late holds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingEnded(BookingSnapshot booking) {
        Optional<HoldEntity> held = heldFor(booking);
        if (held.isEmpty() && booking.voucherId() != null && holds.findByIdOptional(booking.id()).isEmpty()) {
            holds.bookingEndedWithoutHold(booking.id(), clock.instant());
        }
        held.ifPresent(hold -> {
            VoucherEntity voucher = vouchers.findById(hold.voucherId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            giveBack(voucher, hold.heldFen, booking.id(), now);
            hold.status = "RELEASED";
            hold.releasedFen = hold.heldFen;
            hold.settledAt = now;
            outbox.publish(new VoucherReleased(voucher.id, booking.id(), Money.ofFen(hold.heldFen),
                    Money.ofFen(voucher.balanceFen())));
        });
    }

    /** The booking completed: the voucher pays its share of the final fee, at most what it held. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bookingCompleted(BookingSnapshot booking) {
        heldFor(booking).ifPresent(hold -> {
            VoucherEntity voucher = vouchers.findById(hold.voucherId, LockModeType.PESSIMISTIC_WRITE);
            Instant now = clock.instant();
            Money fee = booking.fee().amount();
            Money redeemed = Money.min(fee.shareRoundedDown(voucher.coverageRatio), Money.ofFen(hold.heldFen));
            long rest = hold.heldFen - redeemed.fen();
            voucher.heldFen -= redeemed.fen();
            voucher.redeemedFen += redeemed.fen();
            entry(voucher, "REDEEMED", redeemed.fen(), booking.id(), now);
            if (rest > 0) {
                giveBack(voucher, rest, booking.id(), now);
            }
            hold.status = "REDEEMED";
            hold.redeemedFen = redeemed.fen();
            hold.releasedFen = rest;
            hold.bookingFeeFen = fee.fen();
            hold.settledAt = now;
            outbox.publish(new VoucherRedeemed(voucher.id, booking.id(), voucher.programId, Region.ofCode(voucher.region),
                    voucher.firmOrganizationId, booking.providerOrganizationId(), booking.providerRegion(),
                    booking.instrumentCategory(), fee, redeemed, Money.ofFen(rest), now));
        });
    }

    /** Vouchers whose validity has ended by {@code now}, oldest first. */
    @Transactional
    public List<UUID> dueForExpiry(Instant now, int limit) {
        return vouchers.getEntityManager().createQuery("select v.id from VoucherEntity v"
                        + " where v.status = 'ACTIVE' and v.expiresAt <= :now order by v.expiresAt", UUID.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Expires one voucher: what nobody held or spent goes back to the program's budget. */
    @Transactional
    public void expire(UUID voucherId, Instant now) {
        VoucherEntity voucher = vouchers.findById(voucherId, LockModeType.PESSIMISTIC_WRITE);
        if (voucher == null || !voucher.status.equals("ACTIVE") || voucher.expiresAt.isAfter(now)) {
            return;
        }
        long unspent = voucher.balanceFen();
        voucher.status = "EXPIRED";
        returnToProgram(voucher, unspent);
        entry(voucher, "EXPIRED", unspent, null, now);
        outbox.publish(new VoucherExpired(voucher.id, voucher.programId, Region.ofCode(voucher.region),
                voucher.firmOrganizationId, Money.ofFen(unspent)));
    }

    private Optional<HoldEntity> heldFor(BookingSnapshot booking) {
        return Optional.ofNullable(holds.findById(booking.id(), LockModeType.PESSIMISTIC_WRITE))
                .filter(hold -> hold.status.equals("HELD"));
    }

    /** A held amount goes back: to the voucher's balance, or, once the voucher has expired, to the program. */
    private void giveBack(VoucherEntity voucher, long fen, UUID bookingId, Instant now) {
        voucher.heldFen -= fen;
        if (voucher.status.equals("EXPIRED")) {
            returnToProgram(voucher, fen);
        }
        entry(voucher, "RELEASED", fen, bookingId, now);
    }

    private void returnToProgram(VoucherEntity voucher, long fen) {
        voucher.returnedFen += fen;
        ProgramEntity program = programs.findById(voucher.programId, LockModeType.PESSIMISTIC_WRITE);
        program.committedFen -= fen;
    }

    private void refuse(BookingSnapshot booking, String reason) {
        outbox.publish(new VoucherReservationRejected(booking.voucherId(), booking.id(), reason));
    }

    private void entry(VoucherEntity voucher, String kind, long fen, UUID bookingId, Instant at) {
        vouchers.getEntityManager().persist(VoucherEntryEntity.of(voucher.id, kind, fen, bookingId, at));
    }

    private static VoucherUse use(VoucherEntity voucher, ProgramEntity program) {
        boolean usable = voucher.status.equals("ACTIVE")
                && ProgramStatus.valueOf(program.status) != ProgramStatus.SUSPENDED;
        return new VoucherUse(voucher.firmOrganizationId, voucher.coverageRatio,
                new HashSet<>(ProgramView.codes(voucher.eligibleCategories)),
                new HashSet<>(ProgramView.regions(voucher.acceptedRegions)), voucher.validFrom, voucher.expiresAt, usable);
    }
}
