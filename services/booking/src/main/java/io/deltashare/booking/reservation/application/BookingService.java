package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.instrument.persistence.InstrumentView;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.reservation.domain.BookingMode;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.domain.BookingTerms;
import io.deltashare.booking.reservation.domain.Charges;
import io.deltashare.booking.reservation.domain.CompletionRules;
import io.deltashare.booking.reservation.domain.HoardingRules;
import io.deltashare.booking.reservation.domain.OpeningWindow;
import io.deltashare.booking.reservation.domain.Pricing;
import io.deltashare.booking.reservation.domain.Violation;
import io.deltashare.booking.reservation.persistence.BookingEntity;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.booking.reservation.persistence.BookingWriter;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.contracts.booking.BookingCancelled;
import io.deltashare.contracts.booking.BookingCompleted;
import io.deltashare.contracts.booking.BookingConfirmed;
import io.deltashare.contracts.booking.BookingDelivered;
import io.deltashare.contracts.booking.BookingDisputed;
import io.deltashare.contracts.booking.BookingNoShow;
import io.deltashare.contracts.booking.BookingRejected;
import io.deltashare.contracts.booking.BookingRequested;
import io.deltashare.contracts.booking.BookingSnapshot;
import io.deltashare.contracts.booking.BookingStarted;
import io.deltashare.contracts.booking.Fee;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.events.IntegrationEvent;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.problem.Problem;
import io.deltashare.platform.problem.ProblemException;
import io.deltashare.platform.problem.Refusal;
import io.deltashare.platform.rest.Cursor;
import io.deltashare.platform.rest.Keyset;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Books instrument time and sample orders and moves bookings through their lifecycle. Every change publishes its
 * event in the same transaction; time is claimed through {@link Occupancy}, whose exclusion constraint has the last
 * word on overlaps.
 */
@ApplicationScoped
public class BookingService {

    private final BookingRepository bookings;
    private final InstrumentViews instruments;
    private final Occupancy occupancy;
    private final Outbox outbox;
    private final BookingWriter writer;
    private final Charges charges;
    private final HoardingRules hoarding;
    private final CompletionRules completion;
    private final Clock clock;

    BookingService(BookingRepository bookings, InstrumentViews instruments, Occupancy occupancy, Outbox outbox,
                   BookingWriter writer, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.instruments = instruments;
        this.occupancy = occupancy;
        this.outbox = outbox;
        this.writer = writer;
        this.charges = new Charges(config.noShowChargePercent());
        this.hoarding = config.hoarding().rules();
        this.completion = config.completion().rules();
        this.clock = clock;
    }

    /** What the booking would cost the calling firm; checks the same rules as booking, claims nothing. */
    @Transactional
    public Quote quote(BookingRequest request, Caller caller) {
        Caller.Organization firm = firmOf(caller, request.firmOrganizationId());
        InstrumentView instrument = bookable(request, firm);
        Pricing pricing = price(instrument, request);
        return new Quote(instrument.id, "ENTERPRISE", fee(pricing), request.voucherId(), request.voucherId() == null ? null
                : "the voucher pays the coverage ratio of its program times the fee, rounded down to the fen and at most "
                + "its remaining balance; the voucher service holds that amount when the booking is made");
    }

    /**
     * Books for the calling firm. Not one transaction of its own: the rules are checked against the instrument as
     * read now, and the {@link BookingWriter} claims the time, stores the booking and its events atomically, in a
     * group commit with concurrent bookings (or in the caller's transaction, if there is one).
     */
    public BookingView book(BookingRequest request, Caller caller) {
        Caller.Organization firm = firmOf(caller, request.firmOrganizationId());
        InstrumentView instrument = bookable(request, firm);
        Pricing pricing = price(instrument, request);

        BookingEntity booking = new BookingEntity();
        booking.id = UUID.randomUUID();
        booking.instrumentId = instrument.id;
        booking.instrumentCategory = instrument.category;
        booking.providerId = instrument.providerId;
        booking.providerOrganizationId = instrument.providerOrganizationId;
        booking.providerRegion = instrument.providerRegion;
        booking.firmOrganizationId = firm.id();
        booking.firmRegion = firm.region().orElseThrow();
        booking.bookedBy = caller.subject();
        booking.mode = instrument.bookingMode;
        booking.start = request.start();
        booking.end = request.end();
        booking.samples = request.samples();
        booking.tier = "ENTERPRISE";
        booking.feeUnit = pricing.unit();
        booking.feeQuantity = pricing.quantity();
        booking.unitPriceFen = pricing.unitPriceFen();
        booking.feeFen = pricing.amountFen();
        booking.voucherId = request.voucherId();
        booking.status = BookingStatus.REQUESTED.name();
        booking.createdAt = clock.instant();
        booking.version = 0;
        // the events tell the story a step at a time, each with the version it describes, as the other moves do
        List<Outbox.Prepared> events = new java.util.ArrayList<>();
        events.add(outbox.prepare(new BookingRequested(snapshot(booking))));
        if (booking.voucherId == null) {
            booking.version = 1;
            if (instrument.approvalRequired) {
                booking.status = BookingStatus.PENDING_APPROVAL.name();
            } else {
                booking.status = BookingStatus.CONFIRMED.name();
                events.add(outbox.prepare(new BookingConfirmed(snapshot(booking))));
            }
        }
        BookingWriter.Outcome outcome = writer.write(booking, events);
        if (outcome == BookingWriter.Outcome.LIMIT_REACHED) {
            throw Refusal.conflict("booking-limit", booking.reason);
        }
        if (outcome == BookingWriter.Outcome.SLOT_TAKEN) {
            Occupancy.Taken taken = occupancy.overlapping(booking.instrumentId, booking.start, booking.end).stream()
                    .findFirst().orElse(new Occupancy.Taken(null, "UNKNOWN", booking.start, booking.end));
            throw Refusal.conflict("slot-taken", "the instrument is taken from " + taken.start() + " to "
                    + taken.end() + (taken.kind().equals("MAINTENANCE") ? " for maintenance" : " by another booking")
                    + "; choose a window outside it");
        }
        return view(booking);
    }

    /** The voucher holds its share: the booking goes on to approval or confirmation. */
    @Transactional
    public void voucherReserved(UUID bookingId, Money held) {
        locked(bookingId).filter(b -> BookingStatus.valueOf(b.status) == BookingStatus.REQUESTED).ifPresent(booking -> {
            booking.voucherHeldFen = held.fen();
            proceed(booking, instruments.findById(booking.instrumentId).approvalRequired);
        });
    }

    /** What became of a booking that waited too long for its voucher's answer. */
    public enum Chase { ASKED_AGAIN, GAVE_UP, ANSWERED_MEANWHILE }

    /** Bookings waiting for the voucher's answer, last asked before {@code askedBefore}. */
    @Transactional
    public List<UUID> awaitingVoucherAnswer(Instant askedBefore, int limit) {
        return bookings.awaitingVoucherAnswer(askedBefore, limit);
    }

    /**
     * The voucher service has not answered: a booking made before {@code madeBefore} is rejected and its time freed;
     * otherwise, if it was last asked before {@code askedBefore}, {@code BookingRequested} is published again (a new
     * CloudEvents id, the same booking version).
     */
    @Transactional
    public Chase chaseVoucherAnswer(UUID id, Instant askedBefore, Instant madeBefore, Instant now,
                                    Duration giveUpAfter) {
        Optional<BookingEntity> waiting = locked(id)
                .filter(b -> BookingStatus.valueOf(b.status) == BookingStatus.REQUESTED && b.voucherId != null);
        if (waiting.isEmpty()) {
            return Chase.ANSWERED_MEANWHILE;
        }
        BookingEntity booking = waiting.get();
        if (booking.createdAt.isBefore(madeBefore)) {
            reject(booking, "voucher: the innovation-voucher service did not answer within " + minutes(giveUpAfter)
                    + "; the booking was not made and its time is free again");
            return Chase.GAVE_UP;
        }
        if (!bookings.voucherAskedAt(booking).isBefore(askedBefore)) {
            return Chase.ANSWERED_MEANWHILE;
        }
        bookings.voucherAskedAgain(booking.id, now);
        outbox.publish(new BookingRequested(snapshot(booking)));
        return Chase.ASKED_AGAIN;
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes >= 1 ? minutes + (minutes == 1 ? " minute" : " minutes") : duration.toSeconds() + " seconds";
    }

    /** The voucher will not pay: the booking is rejected with the voucher's reason and its time is free again. */
    @Transactional
    public void voucherRejected(UUID bookingId, String reason) {
        locked(bookingId).filter(b -> BookingStatus.valueOf(b.status) == BookingStatus.REQUESTED)
                .ifPresent(booking -> reject(booking, "voucher: " + reason));
    }

    @Transactional
    public BookingView approve(UUID id, Caller caller) {
        BookingEntity booking = asProvider(id, caller);
        move(booking, BookingStatus.CONFIRMED);
        return published(booking, BookingConfirmed::new);
    }

    @Transactional
    public BookingView decline(UUID id, String reason, Caller caller) {
        BookingEntity booking = asProvider(id, caller);
        requireLegal(booking, BookingStatus.REJECTED);
        reject(booking, reason);
        return view(booking);
    }

    @Transactional
    public BookingView start(UUID id, Caller caller) {
        BookingEntity booking = asProvider(id, caller);
        requireLegal(booking, BookingStatus.IN_PROGRESS);
        completion.tooEarlyToStart(booking.start, clock.instant()).ifPresent(refusal -> {
            throw Refusal.conflict("too-early", refusal);
        });
        booking.status = BookingStatus.IN_PROGRESS.name();
        return published(booking, BookingStarted::new);
    }

    /**
     * The provider reports the actual usage (minutes for a slot, samples for an order), again after a dispute; the fee
     * comes from it, but is charged only once the firm accepts it, or does not dispute it in time while it stays within
     * what was booked ({@link CompletionRules}).
     */
    @Transactional
    public BookingView reportUsage(UUID id, Integer actualMinutes, Integer actualSamples, Caller caller) {
        BookingEntity booking = asProvider(id, caller);
        requireLegal(booking, BookingStatus.DELIVERED);
        Instant now = clock.instant();
        completion.tooEarlyToReport(booking.start, now).ifPresent(refusal -> {
            throw Refusal.conflict("too-early", refusal);
        });
        setFee(booking, actualMinutes, actualSamples);
        booking.firmConsentRequired = !completion.withinBooking(booking.start, booking.end, booking.samples,
                actualMinutes, actualSamples);
        booking.deliveredAt = now;
        booking.status = BookingStatus.DELIVERED.name();
        return published(booking, b -> new BookingDelivered(b, completion.disputableUntil(now),
                booking.firmConsentRequired));
    }

    /** The firm accepts the reported usage: the fee is final, charged, and a voucher's share redeemed. */
    @Transactional
    public BookingView acceptUsage(UUID id, Caller caller) {
        BookingEntity booking = asBookingFirm(id, caller, "accept the reported usage");
        requireLegal(booking, BookingStatus.COMPLETED);
        if (BookingStatus.valueOf(booking.status) != BookingStatus.DELIVERED) {
            throw Refusal.conflict("illegal-transition", "a DISPUTED booking waits for the provider's new report or "
                    + "the platform admin's decision");
        }
        return completed(booking);
    }

    /** The firm disputes the reported usage within the window: nothing is charged until it is settled. */
    @Transactional
    public BookingView dispute(UUID id, String reason, Caller caller) {
        BookingEntity booking = asBookingFirm(id, caller, "dispute the reported usage");
        requireLegal(booking, BookingStatus.DISPUTED);
        Instant until = completion.disputableUntil(booking.deliveredAt);
        if (clock.instant().isAfter(until)) {
            throw Refusal.conflict("dispute-window-closed", "the usage reported at " + booking.deliveredAt
                    + " could be disputed until " + until);
        }
        booking.status = BookingStatus.DISPUTED.name();
        booking.disputeReason = reason;
        return published(booking, b -> new BookingDisputed(b, reason));
    }

    /** The platform admin settles a dispute with the usage that is to be charged. */
    @Transactional
    public BookingView settleDispute(UUID id, Integer actualMinutes, Integer actualSamples, Caller caller) {
        BookingEntity booking = locked(id).orElseThrow(() -> Refusal.notFound("booking " + id));
        if (!caller.hasRole("admin")) {
            throw Refusal.forbidden("only the platform admin settles a dispute");
        }
        if (BookingStatus.valueOf(booking.status) != BookingStatus.DISPUTED) {
            throw Refusal.conflict("illegal-transition", "only a DISPUTED booking is settled; this one is "
                    + booking.status);
        }
        setFee(booking, actualMinutes, actualSamples);
        return completed(booking);
    }

    /**
     * Makes final the report of a booking the firm did not dispute before {@code reportedBefore} (its dispute window
     * closed), if it is still such a report; returns whether it did.
     */
    @Transactional
    public boolean completeUndisputed(UUID id, Instant reportedBefore) {
        Optional<BookingEntity> due = locked(id).filter(b -> BookingStatus.valueOf(b.status) == BookingStatus.DELIVERED
                && !b.firmConsentRequired && b.deliveredAt.isBefore(reportedBefore));
        due.ifPresent(this::completed);
        return due.isPresent();
    }

    /** Reports whose dispute window closed before {@code reportedBefore}, for {@link UsageReportDeadlines}. */
    @Transactional
    public List<UUID> undisputedReports(Instant reportedBefore, int limit) {
        return bookings.undisputedReports(reportedBefore, limit);
    }

    private BookingView completed(BookingEntity booking) {
        booking.status = BookingStatus.COMPLETED.name();
        return published(booking, BookingCompleted::new);
    }

    private void setFee(BookingEntity booking, Integer actualMinutes, Integer actualSamples) {
        Pricing pricing;
        if (BookingMode.valueOf(booking.mode) == BookingMode.SLOT) {
            if (actualMinutes == null || actualMinutes <= 0) {
                throw invalid("actualMinutes", "the minutes the firm used, at least 1");
            }
            pricing = Pricing.forMinutes(actualMinutes, booking.unitPriceFen);
        } else {
            if (actualSamples == null || actualSamples <= 0) {
                throw invalid("actualSamples", "the samples that were tested, at least 1");
            }
            pricing = Pricing.forSamples(actualSamples, booking.unitPriceFen);
        }
        booking.feeQuantity = pricing.quantity();
        booking.feeFen = pricing.amountFen();
    }

    @Transactional
    public BookingView noShow(UUID id, Caller caller) {
        BookingEntity booking = asProvider(id, caller);
        requireLegal(booking, BookingStatus.NO_SHOW);
        if (booking.start == null || clock.instant().isBefore(booking.start)) {
            throw Refusal.conflict("not-started", "a firm can only miss a slot once it has begun");
        }
        booking.status = BookingStatus.NO_SHOW.name();
        booking.chargeFen = charges.noShow(booking.feeFen);
        return published(booking, b -> new BookingNoShow(b, Money.ofFen(booking.chargeFen)));
    }

    @Transactional
    public BookingView cancel(UUID id, Caller caller) {
        BookingEntity booking = asBookingFirm(id, caller, "cancel");
        requireLegal(booking, BookingStatus.CANCELLED);
        booking.status = BookingStatus.CANCELLED.name();
        booking.cancelledAt = clock.instant();
        booking.chargeFen = charges.cancellation(booking.feeFen, booking.start, clock.instant());
        occupancy.release(booking.id);
        return published(booking, b -> new BookingCancelled(b, Money.ofFen(booking.chargeFen)));
    }

    @Transactional
    public BookingView get(UUID id, Caller caller) {
        return bookings.findByIdOptional(id).filter(b -> visibleTo(b, caller)).map(this::view)
                .orElseThrow(() -> Refusal.notFound("booking " + id));
    }

    /** Which bookings a list shows: all filters optional; {@code after} is the last booking of the previous page. */
    public record Listing(BookingStatus status, Instant createdFrom, Instant createdBefore, Set<UUID> ids,
                          Cursor after) {
    }

    /**
     * The bookings the caller may see, newest first: a firm's and a partner's for their firms, provider staff's for
     * their organization, the platform admin's all of them (for reconciliation and support).
     */
    @Transactional
    public List<BookingView> list(Caller caller, Listing listing, int limit) {
        Set<UUID> organizations = null;
        if (!caller.hasRole("admin")) {
            organizations = new java.util.HashSet<>(caller.organizations().keySet());
            organizations.addAll(caller.firmsActedFor());
            if (organizations.isEmpty()) {
                return List.of();
            }
        }
        StringBuilder query = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (organizations != null) {
            query.append(" and (firmOrganizationId in :mine or providerOrganizationId in :mine)");
            params.put("mine", organizations);
        }
        if (listing.status() != null) {
            query.append(" and status = :status");
            params.put("status", listing.status().name());
        }
        if (listing.createdFrom() != null) {
            query.append(" and createdAt >= :from");
            params.put("from", listing.createdFrom());
        }
        if (listing.createdBefore() != null) {
            query.append(" and createdAt < :before");
            params.put("before", listing.createdBefore());
        }
        if (listing.ids() != null && !listing.ids().isEmpty()) {
            query.append(" and id in :ids");
            params.put("ids", listing.ids());
        }
        Keyset.after(listing.after(), "createdAt", query, params);
        return bookings.find(query + Keyset.newestFirst("createdAt"), params).page(0, limit).list()
                .stream().filter(b -> visibleTo(b, caller)).map(this::view).toList();
    }

    // -- rules and moves

    private Caller.Organization firmOf(Caller caller, UUID named) {
        if (!caller.hasRole("firm") && !caller.hasRole("partner")) {
            throw Refusal.forbidden("only firms, and partner portals for their linked firms, book instruments");
        }
        Caller.Organization firm = caller.firmActedFor(named).orElseThrow(() -> Refusal.forbidden(caller.hasRole("partner")
                ? "a partner client books for a firm linked to it: name one in firmOrganizationId"
                : "the token must name exactly one firm organization, the one in firmOrganizationId if given"));
        if (firm.region().isEmpty()) {
            throw Refusal.forbidden("the firm organization " + firm.alias() + " has no region");
        }
        return firm;
    }

    /** The instrument, once the request fits its terms; a 4xx naming the field otherwise. */
    private InstrumentView bookable(BookingRequest request, Caller.Organization firm) {
        InstrumentView instrument = instruments.read(request.instrumentId())
                .orElseThrow(() -> invalid("instrumentId", "no instrument " + request.instrumentId()));
        if (!instrument.status.equals("ACTIVE")) {
            throw Refusal.conflict("instrument-unavailable", "instrument " + instrument.id + " is "
                    + instrument.status + " and cannot be booked");
        }
        BookingTerms terms = new BookingTerms(BookingMode.valueOf(instrument.bookingMode),
                OpeningWindow.parseAll(instrument.openingHours), instrument.minDurationMinutes,
                instrument.maxDurationMinutes, instrument.leadTimeHours);
        List<Violation> violations = new java.util.ArrayList<>();
        if (terms.mode() == BookingMode.SLOT) {
            if (request.samples() != null) {
                violations.add(new Violation("samples", "this instrument is booked by time; send start and end"));
            } else if (request.start() == null || request.end() == null) {
                violations.add(new Violation(request.start() == null ? "start" : "end", "a time slot needs start and end"));
            } else {
                violations.addAll(terms.checkSlot(request.start(), request.end(), clock.instant()));
                hoarding.horizonViolation(request.start(), clock.instant()).ifPresent(violations::add);
            }
        } else {
            if (request.samples() == null) {
                violations.add(new Violation("samples", "a sample order needs the number of samples"));
            } else {
                violations.addAll(terms.checkSamples(request.samples()));
            }
            if (request.start() != null || request.end() != null) {
                violations.add(new Violation("start", "a sample order has no time slot; leave start and end out"));
            }
        }
        if (request.voucherId() != null && !instrument.voucherEligible) {
            violations.add(new Violation("voucherId", "this instrument does not accept innovation vouchers"));
        }
        if (!violations.isEmpty()) {
            throw Refusal.invalid(violations.stream().map(v -> new Problem.FieldError(v.field(), v.reason())).toList());
        }
        return instrument;
    }

    private static Pricing price(InstrumentView instrument, BookingRequest request) {
        return BookingMode.valueOf(instrument.bookingMode) == BookingMode.SLOT
                ? Pricing.forMinutes(Duration.between(request.start(), request.end()).toMinutes(), instrument.enterprisePriceFen)
                : Pricing.forSamples(request.samples(), instrument.enterprisePriceFen);
    }

    /** After the voucher (if any) holds its share: to the provider for approval, or confirmed at once. */
    private void proceed(BookingEntity booking, boolean approvalRequired) {
        if (approvalRequired) {
            booking.status = BookingStatus.PENDING_APPROVAL.name();
            bookings.flush();
        } else {
            booking.status = BookingStatus.CONFIRMED.name();
            publish(booking, BookingConfirmed::new);
        }
    }

    private void reject(BookingEntity booking, String reason) {
        booking.status = BookingStatus.REJECTED.name();
        booking.reason = reason;
        occupancy.release(booking.id);
        publish(booking, b -> new BookingRejected(b, reason));
    }

    private void move(BookingEntity booking, BookingStatus target) {
        requireLegal(booking, target);
        booking.status = target.name();
    }

    private static void requireLegal(BookingEntity booking, BookingStatus target) {
        String refusal = BookingStatus.valueOf(booking.status).refusalToBecome(target);
        if (refusal != null) {
            throw Refusal.conflict("illegal-transition", refusal);
        }
    }

    private BookingEntity asProvider(UUID id, Caller caller) {
        BookingEntity booking = locked(id).filter(b -> visibleTo(b, caller))
                .orElseThrow(() -> Refusal.notFound("booking " + id));
        if (!caller.hasRole("provider") || !caller.isMemberOf(booking.providerOrganizationId)) {
            throw Refusal.forbidden("only staff of the provider may do this");
        }
        return booking;
    }

    private BookingEntity asBookingFirm(UUID id, Caller caller, String what) {
        BookingEntity booking = locked(id).filter(b -> visibleTo(b, caller))
                .orElseThrow(() -> Refusal.notFound("booking " + id));
        if (!caller.actsFor(booking.firmOrganizationId)) {
            throw Refusal.forbidden("only the firm that booked (or its partner portal) may " + what);
        }
        return booking;
    }

    private static boolean visibleTo(BookingEntity booking, Caller caller) {
        return caller.hasRole("admin")
                || caller.actsFor(booking.firmOrganizationId)
                || caller.hasRole("provider") && caller.isMemberOf(booking.providerOrganizationId);
    }

    private Optional<BookingEntity> locked(UUID id) {
        return Optional.ofNullable(bookings.findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    private BookingView published(BookingEntity booking, Function<BookingSnapshot, IntegrationEvent> event) {
        publish(booking, event);
        return view(booking);
    }

    /** Flushed first, so the event carries the new version. */
    private void publish(BookingEntity booking, Function<BookingSnapshot, IntegrationEvent> event) {
        bookings.flush();
        outbox.publish(event.apply(snapshot(booking)));
    }

    private static ProblemException invalid(String field, String reason) {
        return Refusal.invalid(List.of(new Problem.FieldError(field, reason)));
    }

    static BookingSnapshot snapshot(BookingEntity b) {
        return new BookingSnapshot(b.id, b.instrumentId, b.instrumentCategory, b.providerId, b.providerOrganizationId,
                Region.ofCode(b.providerRegion), b.firmOrganizationId, Region.ofCode(b.firmRegion), b.mode, b.start,
                b.end, b.samples, b.tier, fee(new Pricing(b.feeUnit, b.feeQuantity, b.unitPriceFen, b.feeFen)), b.voucherId,
                b.status, b.version);
    }

    static Fee fee(Pricing pricing) {
        return new Fee(pricing.unit(), pricing.quantity().stripTrailingZeros().toPlainString(),
                Money.ofFen(pricing.unitPriceFen()), Money.ofFen(pricing.amountFen()));
    }

    BookingView view(BookingEntity b) {
        return new BookingView(snapshot(b), b.voucherHeldFen == null ? null : Money.ofFen(b.voucherHeldFen),
                b.chargeFen == null ? null : Money.ofFen(b.chargeFen), b.reason, b.createdAt,
                b.deliveredAt == null ? null : new BookingView.UsageReport(b.deliveredAt,
                        completion.disputableUntil(b.deliveredAt), b.firmConsentRequired, b.disputeReason));
    }
}
