package io.deltashare.booking.reservation.domain;

import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A booking of instrument time or of tests on samples, and every move of its life. A move takes the command and the
 * time and decides: it returns what happened ({@link BookingEvent}, carrying the booking as it is afterwards) or a
 * {@link Rejection} saying why not. A booking never changes in place; each accepted move gives a new one, one
 * version on.
 */
public final class Booking {

    /** What a firm asks for: a time slot ({@code start}, {@code end}) or a number of samples, maybe with a voucher. */
    public record Request(Instant start, Instant end, Integer samples, UUID voucherId) {}

    private UUID id;
    private Parties parties;
    private BookingMode mode;
    private Instant start;
    private Instant end;
    private Integer samples;
    private String tier;
    private Pricing fee;
    private UUID voucherId;
    private Instant createdAt;
    private BookingStatus status;
    private Long voucherHeldFen;
    private Long chargeFen;
    private String reason;
    private Instant cancelledAt;
    private UsageReport usage;
    private long version;

    private Booking() {}

    /**
     * A customer books {@code instrument} at {@code now}, at the price of its {@code tier}: the booking is {@code REQUESTED}; unless a voucher is to hold
     * its share first, it goes on at once to the provider's approval or is confirmed. The events tell it a step at a
     * time, each with the version it describes.
     */
    public static Decision<List<BookingEvent>> request(
            UUID id,
            BookableInstrument instrument,
            Request request,
            Parties parties,
            PriceTier tier,
            Instant now,
            HoardingRules hoarding) {
        return instrument.price(request, tier, now, hoarding).map(fee -> {
            Booking booking = builder()
                    .id(id)
                    .parties(parties)
                    .mode(instrument.terms().mode())
                    .slot(request.start(), request.end())
                    .samples(request.samples())
                    .tier(tier.name())
                    .fee(fee)
                    .voucherId(request.voucherId())
                    .createdAt(now)
                    .status(BookingStatus.REQUESTED)
                    .build();
            List<BookingEvent> events = new ArrayList<>(List.of(new BookingEvent.Requested(booking)));
            if (booking.voucherId == null) {
                events.add(booking.proceed(instrument.approvalRequired()));
            }
            return List.copyOf(events);
        });
    }

    /** The voucher holds {@code heldFen} of the fee: the booking goes on to approval or confirmation. */
    public Decision<BookingEvent> voucherHeld(long heldFen, boolean approvalRequired) {
        return whileRequested().map(b -> {
            Booking held = b.copy();
            held.voucherHeldFen = heldFen;
            return held.proceed(approvalRequired);
        });
    }

    /** The voucher will not pay: rejected with the voucher's reason, and its time is free again. */
    public Decision<BookingEvent> voucherRefused(String why) {
        return whileRequested().map(b -> b.rejected("voucher: " + why));
    }

    /** The voucher service did not answer within {@code waited}: rejected, and its time free again. */
    public Decision<BookingEvent> voucherSilent(Duration waited) {
        return whileRequested()
                .map(b -> b.rejected("voucher: the innovation-voucher service did not answer within " + minutes(waited)
                        + "; the booking was not made and its time is free again"));
    }

    /** Whether a voucher's answer is still awaited. */
    public boolean awaitsVoucher() {
        return status == BookingStatus.REQUESTED && voucherId != null;
    }

    public Decision<BookingEvent> approve() {
        return legal(BookingStatus.CONFIRMED).map(b -> new BookingEvent.Confirmed(b.next(BookingStatus.CONFIRMED)));
    }

    /** The provider turns the booking down, with a reason the firm reads. */
    public Decision<BookingEvent> decline(String why) {
        return legal(BookingStatus.REJECTED).map(b -> b.rejected(why));
    }

    public Decision<BookingEvent> start(Instant now, CompletionRules rules) {
        return legal(BookingStatus.IN_PROGRESS)
                .then(b -> rules.tooEarlyToStart(start, now)
                        .<Decision<BookingEvent>>map(why -> Decision.reject(Rejection.conflict("too-early", why)))
                        .orElseGet(() -> Decision.accept(new BookingEvent.Started(b.next(BookingStatus.IN_PROGRESS)))));
    }

    /**
     * The provider reports the actual usage (again, after a dispute): the fee comes from it, but is charged only once
     * the firm accepts it, or does not dispute it in time while it stays within what was booked.
     */
    public Decision<BookingEvent> reportUsage(Usage usage, Instant now, CompletionRules rules) {
        return legal(BookingStatus.DELIVERED)
                .then(b -> rules.tooEarlyToReport(start, now)
                        .<Decision<Booking>>map(why -> Decision.reject(Rejection.conflict("too-early", why)))
                        .orElseGet(() -> b.priced(usage)))
                .map(priced -> {
                    boolean consentRequired =
                            !rules.withinBooking(start, end, samples, usage.actualMinutes(), usage.actualSamples());
                    Booking delivered = priced.next(BookingStatus.DELIVERED);
                    delivered.usage = new UsageReport(now, consentRequired, null);
                    return new BookingEvent.Delivered(delivered, rules.disputableUntil(now), consentRequired);
                });
    }

    /** The firm accepts the reported usage: the fee is final. */
    public Decision<BookingEvent> acceptUsage() {
        if (status == BookingStatus.DISPUTED) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition",
                    "a DISPUTED booking waits for the " + "provider's new report or the platform admin's decision"));
        }
        return legal(BookingStatus.COMPLETED).map(Booking::completed);
    }

    /** The firm disputes the reported usage, within the dispute window: nothing is charged until it is settled. */
    public Decision<BookingEvent> dispute(String why, Instant now, CompletionRules rules) {
        return legal(BookingStatus.DISPUTED).then(b -> {
            Instant until = rules.disputableUntil(usage.reportedAt());
            if (now.isAfter(until)) {
                return Decision.reject(Rejection.conflict(
                        "dispute-window-closed",
                        "the usage reported at " + usage.reportedAt() + " could be disputed until " + until));
            }
            Booking disputed = b.next(BookingStatus.DISPUTED);
            disputed.usage = usage.disputed(why);
            return Decision.accept(new BookingEvent.Disputed(disputed, why));
        });
    }

    /** The platform admin settles a dispute with the usage that is to be charged. */
    public Decision<BookingEvent> settleDispute(Usage decided) {
        if (status != BookingStatus.DISPUTED) {
            return Decision.reject(Rejection.conflict(
                    "illegal-transition", "only a DISPUTED booking is settled; this " + "one is " + status));
        }
        return priced(decided).map(Booking::completed);
    }

    /** A report within what was booked that the firm did not dispute while it could stands once that time is over. */
    public Decision<BookingEvent> closeUndisputed(Instant now, CompletionRules rules) {
        if (status != BookingStatus.DELIVERED
                || usage.firmConsentRequired()
                || !now.isAfter(rules.disputableUntil(usage.reportedAt()))) {
            return Decision.reject(Rejection.conflict("not-due", "booking " + id + " has no undisputed report due"));
        }
        return Decision.accept(completed());
    }

    /** The firm did not come: charged the no-show share of the fee. */
    public Decision<BookingEvent> noShow(Instant now, Charges charges) {
        return legal(BookingStatus.NO_SHOW).then(b -> {
            if (start == null || now.isBefore(start)) {
                return Decision.reject(
                        Rejection.conflict("not-started", "a firm can only miss a slot once it has begun"));
            }
            Booking missed = b.next(BookingStatus.NO_SHOW);
            missed.chargeFen = charges.noShow(fee.amountFen());
            return Decision.accept(new BookingEvent.NoShow(missed, missed.chargeFen));
        });
    }

    /** The firm cancels at {@code now}, charged what {@code charges} says for so late; its time is free again. */
    public Decision<BookingEvent> cancel(Instant now, Charges charges) {
        return legal(BookingStatus.CANCELLED).map(b -> {
            Booking cancelled = b.next(BookingStatus.CANCELLED);
            cancelled.cancelledAt = now;
            cancelled.chargeFen = charges.cancellation(fee.amountFen(), start, now);
            return new BookingEvent.Cancelled(cancelled, cancelled.chargeFen);
        });
    }

    // -- the moves' parts

    private BookingEvent proceed(boolean approvalRequired) {
        return approvalRequired
                ? new BookingEvent.AwaitingApproval(next(BookingStatus.PENDING_APPROVAL))
                : new BookingEvent.Confirmed(next(BookingStatus.CONFIRMED));
    }

    private BookingEvent rejected(String why) {
        Booking rejected = next(BookingStatus.REJECTED);
        rejected.reason = why;
        return new BookingEvent.Rejected(rejected, why);
    }

    private BookingEvent completed() {
        return new BookingEvent.Completed(next(BookingStatus.COMPLETED));
    }

    /** This booking with its fee from {@code usage}: minutes for a slot, samples for a sample order. */
    private Decision<Booking> priced(Usage usage) {
        Pricing pricing;
        if (mode == BookingMode.SLOT) {
            if (usage.actualMinutes() == null || usage.actualMinutes() <= 0) {
                return Decision.reject(Rejection.invalid("actualMinutes", "the minutes the firm used, at least 1"));
            }
            pricing = Pricing.forMinutes(usage.actualMinutes(), fee.unitPriceFen());
        } else {
            if (usage.actualSamples() == null || usage.actualSamples() <= 0) {
                return Decision.reject(Rejection.invalid("actualSamples", "the samples that were tested, at least 1"));
            }
            pricing = Pricing.forSamples(usage.actualSamples(), fee.unitPriceFen());
        }
        Booking priced = copy();
        priced.fee = pricing;
        return Decision.accept(priced);
    }

    private Decision<Booking> whileRequested() {
        return status == BookingStatus.REQUESTED
                ? Decision.accept(this)
                : Decision.reject(Rejection.conflict(
                        "illegal-transition",
                        "booking " + id + " is " + status + ", no longer waiting for its voucher"));
    }

    private Decision<Booking> legal(BookingStatus target) {
        String refusal = status.refusalToBecome(target);
        return refusal == null
                ? Decision.accept(this)
                : Decision.reject(Rejection.conflict("illegal-transition", refusal));
    }

    /** A copy in {@code target} status, one version on. */
    private Booking next(BookingStatus target) {
        Booking next = copy();
        next.status = target;
        next.version = version + 1;
        return next;
    }

    private Booking copy() {
        return toBuilder().build();
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " seconds";
    }

    // -- what it is

    public UUID id() {
        return id;
    }

    public Parties parties() {
        return parties;
    }

    public BookingMode mode() {
        return mode;
    }

    /** The slot's start, null for a sample order. */
    public Instant start() {
        return start;
    }

    public Instant end() {
        return end;
    }

    /** The samples ordered, null for a slot. */
    public Integer samples() {
        return samples;
    }

    public String tier() {
        return tier;
    }

    /** The fee as quoted, or from the usage once reported. */
    public Pricing fee() {
        return fee;
    }

    public UUID voucherId() {
        return voucherId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public BookingStatus status() {
        return status;
    }

    /** What the voucher holds for this booking, null until it answered. */
    public Long voucherHeldFen() {
        return voucherHeldFen;
    }

    /** What a cancellation or no-show charged, null otherwise. */
    public Long chargeFen() {
        return chargeFen;
    }

    /** Why it was rejected, null otherwise. */
    public String reason() {
        return reason;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    /** The provider's usage report, null before there is one. */
    public UsageReport usage() {
        return usage;
    }

    public long version() {
        return version;
    }

    public static Builder builder() {
        return new Builder(new Booking());
    }

    public Builder toBuilder() {
        Booking copy = new Booking();
        copy.id = id;
        copy.parties = parties;
        copy.mode = mode;
        copy.start = start;
        copy.end = end;
        copy.samples = samples;
        copy.tier = tier;
        copy.fee = fee;
        copy.voucherId = voucherId;
        copy.createdAt = createdAt;
        copy.status = status;
        copy.voucherHeldFen = voucherHeldFen;
        copy.chargeFen = chargeFen;
        copy.reason = reason;
        copy.cancelledAt = cancelledAt;
        copy.usage = usage;
        copy.version = version;
        return new Builder(copy);
    }

    /** Puts a booking together by name: as stored (persistence), or as a test's starting point. */
    public static final class Builder {

        private final Booking booking;

        private Builder(Booking booking) {
            this.booking = booking;
        }

        public Builder id(UUID id) {
            booking.id = id;
            return this;
        }

        public Builder parties(Parties parties) {
            booking.parties = parties;
            return this;
        }

        public Builder mode(BookingMode mode) {
            booking.mode = mode;
            return this;
        }

        public Builder slot(Instant start, Instant end) {
            booking.start = start;
            booking.end = end;
            return this;
        }

        public Builder samples(Integer samples) {
            booking.samples = samples;
            return this;
        }

        public Builder tier(String tier) {
            booking.tier = tier;
            return this;
        }

        public Builder fee(Pricing fee) {
            booking.fee = fee;
            return this;
        }

        public Builder voucherId(UUID voucherId) {
            booking.voucherId = voucherId;
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            booking.createdAt = createdAt;
            return this;
        }

        public Builder status(BookingStatus status) {
            booking.status = status;
            return this;
        }

        public Builder voucherHeldFen(Long voucherHeldFen) {
            booking.voucherHeldFen = voucherHeldFen;
            return this;
        }

        public Builder chargeFen(Long chargeFen) {
            booking.chargeFen = chargeFen;
            return this;
        }

        public Builder reason(String reason) {
            booking.reason = reason;
            return this;
        }

        public Builder cancelledAt(Instant cancelledAt) {
            booking.cancelledAt = cancelledAt;
            return this;
        }

        public Builder usage(UsageReport usage) {
            booking.usage = usage;
            return this;
        }

        public Builder version(long version) {
            booking.version = version;
            return this;
        }

        public Booking build() {
            Objects.requireNonNull(booking.id, "id");
            Objects.requireNonNull(booking.parties, "parties");
            Objects.requireNonNull(booking.mode, "mode");
            Objects.requireNonNull(booking.fee, "fee");
            Objects.requireNonNull(booking.status, "status");
            Objects.requireNonNull(booking.createdAt, "createdAt");
            return booking.toBuilder().booking; // a copy: building again from this builder cannot change it
        }
    }
}
