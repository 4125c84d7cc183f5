package io.deltashare.booking.order.domain;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An order for a service, placed when a firm accepted a quote: the quote's terms, frozen, and the milestones the
 * provider delivers and the firm accepts (which bills each) or disputes. With a voucher the order first waits for
 * the voucher's hold. Immutable: each decision gives the event with the order as it is after it.
 *
 * @param voucherHeldFen what the voucher holds for the order; zero without a voucher or until it answers
 * @param rejectionReason why the order was rejected (its voucher would not pay); null unless it was
 */
public record ServiceOrder(
        UUID id,
        UUID quoteRequestId,
        UUID quoteId,
        OrderParties parties,
        String title,
        String deliverables,
        long priceFen,
        List<Milestone> milestones,
        int cancellationFeePercent,
        String cancellationTerms,
        UUID voucherId,
        long voucherHeldFen,
        OrderStatus status,
        String rejectionReason,
        Instant placedAt,
        long version) {

    public ServiceOrder {
        milestones = List.copyOf(milestones);
    }

    /** The order as the accepted quote makes it: waiting for its voucher's answer when it names one, else active. */
    public static OrderEvent.Placed place(ServiceOrder draft) {
        return new OrderEvent.Placed(draft.with(
                draft.voucherId() == null ? OrderStatus.ACTIVE : OrderStatus.AWAITING_VOUCHER, draft.milestones(), 0));
    }

    /** The voucher holds {@code heldFen}: the order is active. A late answer changes nothing. */
    public Decision<OrderEvent> voucherHeld(long heldFen) {
        if (status != OrderStatus.AWAITING_VOUCHER) {
            return Decision.reject(illegal("take a voucher's hold"));
        }
        return Decision.accept(new OrderEvent.Confirmed(with(OrderStatus.ACTIVE, milestones, heldFen)));
    }

    /** The voucher will not pay: the order ends, owing nothing, and its request opens again. */
    public Decision<OrderEvent> voucherRefused(String reason) {
        if (status != OrderStatus.AWAITING_VOUCHER) {
            return Decision.reject(illegal("be refused by its voucher"));
        }
        return Decision.accept(new OrderEvent.Rejected(with(OrderStatus.REJECTED, milestones, 0, reason), reason));
    }

    /** The provider delivers milestone {@code number} (again, after a dispute). */
    public Decision<OrderEvent> deliver(int number, String note, Instant now) {
        if (status != OrderStatus.ACTIVE) {
            return Decision.reject(illegal("have a milestone delivered"));
        }
        Milestone milestone = milestone(number);
        if (milestone == null) {
            return Decision.reject(noMilestone(number));
        }
        if (milestone.status() != MilestoneStatus.PENDING && milestone.status() != MilestoneStatus.DISPUTED) {
            return Decision.reject(Rejection.conflict(
                    "milestone-not-open",
                    "milestone " + number + " is " + milestone.status() + ", not open for delivery"));
        }
        return Decision.accept(
                new OrderEvent.MilestoneDelivered(replaced(milestone.delivered(note, now), status), number));
    }

    /** The firm accepts delivered milestone {@code number}, which bills it; accepting the last completes the order. */
    public Decision<OrderEvent> acceptMilestone(int number, Instant now) {
        Decision<Milestone> delivered = delivered(number);
        if (delivered.rejected().isPresent()) {
            return Decision.reject(delivered.rejected().get());
        }
        Milestone accepted = delivered.orElseThrow().accepted(now);
        boolean last =
                milestones.stream().allMatch(m -> m.number() == number || m.status() == MilestoneStatus.ACCEPTED);
        return Decision.accept(
                new OrderEvent.MilestoneAccepted(replaced(accepted, last ? OrderStatus.COMPLETED : status), number));
    }

    /** The firm disputes delivered milestone {@code number}, saying why; the provider delivers it again. */
    public Decision<OrderEvent> dispute(int number, String reason) {
        if (reason == null || reason.isBlank()) {
            return Decision.reject(Rejection.invalid("reason", "say what is wrong, so that the provider can fix it"));
        }
        return delivered(number)
                .map(m -> new OrderEvent.MilestoneDisputed(replaced(m.disputed(reason), status), number, reason));
    }

    /**
     * The firm cancels: it owes the quote's cancellation share of the milestones not yet accepted (rounded down to the
     * fen); what was accepted stays billed.
     */
    public Decision<OrderEvent> cancel() {
        if (status != OrderStatus.ACTIVE && status != OrderStatus.AWAITING_VOUCHER) {
            return Decision.reject(illegal("be cancelled"));
        }
        return Decision.accept(
                new OrderEvent.Cancelled(with(OrderStatus.CANCELLED, milestones, voucherHeldFen), cancellationFee()));
    }

    /** What cancelling now would cost the firm, in fen. */
    public long cancellationFee() {
        long open = milestones.stream()
                .filter(m -> m.status() != MilestoneStatus.ACCEPTED)
                .mapToLong(Milestone::amountFen)
                .sum();
        return Math.multiplyExact(open, cancellationFeePercent) / 100;
    }

    public Milestone milestone(int number) {
        return number >= 1 && number <= milestones.size() ? milestones.get(number - 1) : null;
    }

    private Decision<Milestone> delivered(int number) {
        if (status != OrderStatus.ACTIVE) {
            return Decision.reject(illegal("have a milestone accepted or disputed"));
        }
        Milestone milestone = milestone(number);
        if (milestone == null) {
            return Decision.reject(noMilestone(number));
        }
        if (milestone.status() != MilestoneStatus.DELIVERED) {
            return Decision.reject(Rejection.conflict(
                    "milestone-not-delivered",
                    "milestone " + number + " is " + milestone.status() + ", not delivered"));
        }
        return Decision.accept(milestone);
    }

    private ServiceOrder replaced(Milestone milestone, OrderStatus next) {
        List<Milestone> changed = new ArrayList<>(milestones);
        changed.set(milestone.number() - 1, milestone);
        return with(next, changed, voucherHeldFen);
    }

    private ServiceOrder with(OrderStatus next, List<Milestone> changed, long held) {
        return with(next, changed, held, rejectionReason);
    }

    private ServiceOrder with(OrderStatus next, List<Milestone> changed, long held, String reason) {
        return new ServiceOrder(
                id,
                quoteRequestId,
                quoteId,
                parties,
                title,
                deliverables,
                priceFen,
                changed,
                cancellationFeePercent,
                cancellationTerms,
                voucherId,
                held,
                next,
                reason,
                placedAt,
                version);
    }

    private Rejection illegal(String what) {
        return Rejection.conflict("illegal-transition", "an order that is " + status + " cannot " + what);
    }

    private static Rejection noMilestone(int number) {
        return Rejection.notFound("milestone " + number);
    }
}
