package io.deltashare.innovationvoucher.voucher.application;

import io.deltashare.contracts.money.Money;
import io.deltashare.contracts.order.OrderSnapshot;
import io.deltashare.contracts.voucher.VoucherHeldForOrder;
import io.deltashare.contracts.voucher.VoucherRedeemedForMilestone;
import io.deltashare.contracts.voucher.VoucherRefusedForOrder;
import io.deltashare.contracts.voucher.VoucherReleasedFromOrder;
import io.deltashare.innovationvoucher.program.persistence.ProgramRepository;
import io.deltashare.innovationvoucher.voucher.domain.OrderHold;
import io.deltashare.innovationvoucher.voucher.domain.Voucher;
import io.deltashare.innovationvoucher.voucher.persistence.OrderHolds;
import io.deltashare.innovationvoucher.voucher.persistence.VoucherRepository;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves money on vouchers for orders of services: holds the voucher's share of the price when the order is placed
 * (or says why not), redeems the hold's share of each milestone the firm accepts, and releases what is left when the
 * order ends otherwise. The {@link Voucher} decides whether it pays, with the same rules as for bookings (its firm,
 * validity, accepted regions, kinds of service, categories, designated institutions, balance); this runs each move
 * with the voucher's row locked, records the hold and the voucher's history, and publishes what happened.
 */
@ApplicationScoped
public class OrderVouchers {

    private final VoucherRepository vouchers;
    private final OrderHolds holds;
    private final ProgramRepository programs;
    private final VoucherLedger ledger;
    private final Outbox outbox;
    private final Clock clock;

    OrderVouchers(
            VoucherRepository vouchers,
            OrderHolds holds,
            ProgramRepository programs,
            VoucherLedger ledger,
            Outbox outbox,
            Clock clock) {
        this.vouchers = vouchers;
        this.ledger = ledger;
        this.holds = holds;
        this.programs = programs;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * An order asks its voucher to pay: hold the share of its price, or say why not. An order that asks again gets
     * its hold announced again (never made twice); one that ended meanwhile gets nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderPlaced(OrderSnapshot order) {
        if (order.voucherId() == null || holds.hasEnded(order.id())) {
            return;
        }
        if (order.sandbox()) {
            outbox.publish(new VoucherRefusedForOrder(order.voucherId(), order.id(), VoucherLedger.SANDBOX_REFUSAL));
            return;
        }
        Optional<Long> held = holds.everHeld(order.id());
        if (held.isPresent()) {
            Voucher voucher = vouchers.find(order.voucherId()).orElseThrow();
            outbox.publish(new VoucherHeldForOrder(
                    voucher.id(), order.id(), Money.ofFen(held.get()), Money.ofFen(voucher.balanceFen())));
            return;
        }
        Instant now = clock.instant();
        Decision<Voucher.Held> decision = ledger.hold(
                order.voucherId(),
                new Voucher.Purchase(
                        order.firmOrganizationId(),
                        order.providerOrganizationId(),
                        order.providerRegion(),
                        order.kind(),
                        order.category(),
                        order.price()),
                now);
        decision.rejected()
                .ifPresent(refusal -> outbox.publish(new VoucherRefusedForOrder(
                        order.voucherId(), order.id(), VoucherLedger.reason(refusal, order.voucherId()))));
        decision.accepted().ifPresent(accepted -> {
            Voucher voucher = accepted.voucher();
            vouchers.save(voucher);
            holds.add(
                    new OrderHold(
                            order.id(),
                            voucher.id(),
                            accepted.share().fen(),
                            0,
                            order.price().fen()),
                    order.providerOrganizationId(),
                    order.providerRegion().code(),
                    order.kind().name(),
                    order.category(),
                    now);
            vouchers.recordForOrder(voucher.id(), "HELD", accepted.share().fen(), order.id(), now);
            outbox.publish(new VoucherHeldForOrder(
                    voucher.id(), order.id(), accepted.share(), Money.ofFen(voucher.balanceFen())));
        });
    }

    /** The firm accepted milestone {@code milestone}: the voucher pays the hold's share of it, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void milestoneAccepted(OrderSnapshot order, int milestone) {
        Optional<OrderHold> found = holds.heldFor(order.id());
        if (found.isEmpty()
                || holds.redeemedMilestone(order.id(), milestone)
                || milestone < 1
                || milestone > order.milestones().size()) {
            return;
        }
        OrderHold hold = found.get();
        long amount = order.milestones().get(milestone - 1).amount().fen();
        boolean last = order.milestones().stream().allMatch(m -> m.status().equals("ACCEPTED"));
        long share = hold.shareOf(amount, last);
        if (share == 0) {
            return;
        }
        Instant now = clock.instant();
        Voucher voucher =
                vouchers.lockedForUpdate(hold.voucherId()).orElseThrow().redeemFromHold(share);
        vouchers.save(voucher);
        OrderHold after = hold.redeemed(share);
        holds.redeemed(after, milestone, amount, share, after.remainingFen() == 0, now);
        vouchers.recordForOrder(voucher.id(), "REDEEMED", share, order.id(), now);
        outbox.publish(new VoucherRedeemedForMilestone(
                voucher.id(),
                order.id(),
                milestone,
                voucher.programId(),
                voucher.region(),
                voucher.firmOrganizationId(),
                order.providerOrganizationId(),
                order.providerRegion(),
                order.kind(),
                order.category(),
                Money.ofFen(amount),
                Money.ofFen(share),
                Money.ofFen(after.remainingFen()),
                now,
                programs.localityOf(voucher.programId()).orElse(null)));
    }

    /**
     * The order ended (cancelled, rejected, or completed with something left held): what the hold still keeps goes
     * back to the voucher (or to its program, once the voucher expired). Without a hold, the end is remembered, so
     * that a late request holds nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void orderEnded(OrderSnapshot order) {
        Instant now = clock.instant();
        Optional<OrderHold> found = holds.heldFor(order.id());
        if (found.isEmpty()) {
            if (order.voucherId() != null && holds.everHeld(order.id()).isEmpty()) {
                holds.endedWithoutHold(order.id(), now);
            }
            return;
        }
        OrderHold hold = found.get();
        long rest = hold.remainingFen();
        if (rest > 0) {
            Voucher.GivenBack released =
                    vouchers.lockedForUpdate(hold.voucherId()).orElseThrow().release(rest);
            Voucher voucher = released.voucher();
            vouchers.save(voucher);
            if (released.toProgramFen() > 0) {
                programs.save(programs.lockedForUpdate(voucher.programId())
                        .orElseThrow()
                        .givenBack(released.toProgramFen()));
            }
            vouchers.recordForOrder(voucher.id(), "RELEASED", rest, order.id(), now);
            outbox.publish(new VoucherReleasedFromOrder(
                    voucher.id(), order.id(), Money.ofFen(rest), Money.ofFen(voucher.balanceFen())));
        }
        holds.released(hold, rest, now);
    }
}
