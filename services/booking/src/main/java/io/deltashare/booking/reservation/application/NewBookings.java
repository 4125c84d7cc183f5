package io.deltashare.booking.reservation.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.customer.application.Customers;
import io.deltashare.booking.instrument.persistence.InstrumentViews;
import io.deltashare.booking.reservation.domain.BookableInstrument;
import io.deltashare.booking.reservation.domain.Booking;
import io.deltashare.booking.reservation.domain.BookingEvent;
import io.deltashare.booking.reservation.domain.BookingMode;
import io.deltashare.booking.reservation.domain.HoardingRules;
import io.deltashare.booking.reservation.domain.Parties;
import io.deltashare.booking.reservation.domain.PriceTier;
import io.deltashare.booking.reservation.domain.Pricing;
import io.deltashare.booking.reservation.persistence.BookingWriter;
import io.deltashare.booking.reservation.persistence.Occupancy;
import io.deltashare.booking.wallet.application.WalletChoices;
import io.deltashare.booking.wallet.domain.VoucherChoice;
import io.deltashare.contracts.catalog.Region;
import io.deltashare.contracts.catalog.ServiceKind;
import io.deltashare.contracts.money.Money;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Making a booking: a quote, and the booking itself, for the calling firm (or a partner portal for its linked firm).
 * The instrument as booking knows it from the catalog decides whether the request fits ({@link BookableInstrument});
 * the {@link BookingWriter} claims the time.
 */
@ApplicationScoped
public class NewBookings {

    private static final String VOUCHER_RULE = "the voucher pays the coverage ratio of its program times the fee, "
            + "rounded down to the fen and at most its remaining balance; the voucher service holds that amount when "
            + "the booking is made";

    private final InstrumentViews instruments;
    private final Occupancy occupancy;
    private final Outbox outbox;
    private final BookingWriter writer;
    private final BookingChanges changes;
    private final HoardingRules hoarding;
    private final Clock clock;
    private final WalletChoices wallet;
    private final BookingService bookingService;
    private final Duration oneClickWait;

    /** How often a one-click booking looks for its voucher's answer while it waits. */
    private static final Duration ANSWER_POLL = Duration.ofMillis(20);

    NewBookings(
            InstrumentViews instruments,
            Occupancy occupancy,
            Outbox outbox,
            BookingWriter writer,
            BookingChanges changes,
            BookingConfig config,
            Clock clock,
            WalletChoices wallet,
            BookingService bookingService) {
        this.instruments = instruments;
        this.occupancy = occupancy;
        this.outbox = outbox;
        this.writer = writer;
        this.changes = changes;
        this.hoarding = config.hoarding().rules();
        this.clock = clock;
        this.wallet = wallet;
        this.bookingService = bookingService;
        this.oneClickWait = config.oneClickAnswerWait();
    }

    /** What the booking would cost the calling customer; checks the same rules as booking, claims nothing. */
    @Transactional
    public Quote quote(BookingRequest request, Caller caller) {
        Customers.Customer customer = BookingAccess.customerBooking(caller, request.firmOrganizationId());
        BookableInstrument instrument = bookable(request);
        Instant now = clock.instant();
        Pricing fee = instrument
                .price(request.asked(), customer.tier(), now, hoarding)
                .orElseThrow();
        Customers.refuseVoucherInTheSandbox(request.voucherId(), caller);
        Optional<VoucherChoice.Choice> voucher =
                caller.sandbox() ? Optional.empty() : voucher(request, customer, instrument, fee, now);
        UUID voucherId = voucher.map(c -> c.voucher().id()).orElse(request.voucherId());
        Money amount = Money.ofFen(fee.amountFen());
        return new Quote(
                instrument.id(),
                customer.tier().name(),
                PublishedEvents.fee(fee),
                voucherId,
                voucherId == null ? null : VOUCHER_RULE,
                voucher.map(VoucherChoice.Choice::share).orElse(voucherId == null ? Money.ZERO : null),
                voucher.map(c -> amount.minus(c.share())).orElse(voucherId == null ? amount : null));
    }

    /**
     * Books for the calling firm. Not one transaction of its own: the rules are checked against the instrument as
     * read now, and the {@link BookingWriter} claims the time, stores the booking and its events atomically, in a
     * group commit with concurrent bookings (or in the caller's transaction, if there is one).
     */
    public BookingView book(BookingRequest request, Caller caller) {
        Customers.Customer customer = BookingAccess.customerBooking(caller, request.firmOrganizationId());
        Caller.Organization firm = customer.organization();
        BookableInstrument instrument = bookable(request);
        Instant now = clock.instant();
        Customers.refuseVoucherInTheSandbox(request.voucherId(), caller);
        UUID voucherId = request.voucherId();
        if (request.voucherChosenBySystem() && !caller.sandbox()) {
            Pricing fee = instrument
                    .price(request.asked(), customer.tier(), now, hoarding)
                    .orElseThrow();
            voucherId = voucher(request, customer, instrument, fee, now)
                    .map(c -> c.voucher().id())
                    .orElse(null);
        }
        Parties parties = new Parties(
                instrument.id(),
                instrument.category(),
                instrument.providerId(),
                instrument.providerOrganizationId(),
                instrument.providerRegion(),
                firm.id(),
                Region.ofCode(firm.region().orElseThrow()),
                caller.subject(),
                caller.sandbox());
        List<BookingEvent> events = Booking.request(
                        UUID.randomUUID(),
                        instrument,
                        request.asked(voucherId),
                        parties,
                        customer.tier(),
                        now,
                        hoarding)
                .orElseThrow();
        Booking booking = events.get(events.size() - 1).booking();
        BookingWriter.Outcome outcome = writer.write(
                booking,
                events.stream()
                        .flatMap(e -> PublishedEvents.of(e).stream())
                        .map(outbox::prepare)
                        .toList());
        if (outcome instanceof BookingWriter.Outcome.LimitReached limit) {
            throw Rejected.conflict("booking-limit", limit.reason());
        }
        if (outcome instanceof BookingWriter.Outcome.SlotTaken) {
            throw Rejected.conflict(
                    "slot-taken",
                    occupancy.overlapping(booking.parties().instrumentId(), booking.start(), booking.end()).stream()
                            .findFirst()
                            .map(taken -> "the instrument is taken from "
                                    + taken.start() + " to " + taken.end()
                                    + (taken.kind().equals("MAINTENANCE") ? " for maintenance" : " by another booking")
                                    + "; choose a window outside it")
                            .orElse("the instrument is taken in that window; choose another"));
        }
        return changes.view(booking);
    }

    /**
     * The voucher for a request: with {@code "voucher": "auto"} the one the firm's wallet offers ({@link
     * VoucherChoice}; none for a researcher or an instrument vouchers do not pay for), otherwise the named one as far as
     * booking knows it. Refuses a request that both names a voucher and asks for one to be chosen.
     */
    private Optional<VoucherChoice.Choice> voucher(
            BookingRequest request,
            Customers.Customer customer,
            BookableInstrument instrument,
            Pricing fee,
            Instant now) {
        Money amount = Money.ofFen(fee.amountFen());
        UUID firm = customer.organization().id();
        if (request.voucherChosenBySystem()) {
            if (request.voucherId() != null) {
                throw Rejected.invalid("voucher", "send voucherId or \"voucher\": \"auto\", not both");
            }
            return customer.tier() == PriceTier.ACADEMIC || !instrument.voucherEligible()
                    ? Optional.empty()
                    : wallet.pick(
                            firm,
                            new VoucherChoice.Purchase(
                                    instrument.terms().mode() == BookingMode.SLOT
                                            ? ServiceKind.INSTRUMENT_TIME
                                            : ServiceKind.TESTING,
                                    instrument.category(),
                                    instrument.providerOrganizationId(),
                                    instrument.providerRegion()),
                            amount,
                            now);
        }
        return request.voucherId() == null ? Optional.empty() : wallet.named(request.voucherId(), firm, amount, now);
    }

    /**
     * One click, one answer: a booking that {@code "voucher": "auto"} made and that waits for its voucher, as it stands
     * once the voucher has answered (held, so confirmed or awaiting the provider; or refused), or after {@code
     * booking.one-click-answer-wait} as it is then, still {@code REQUESTED}, for the caller to follow. Call it after
     * the booking committed, outside any transaction: until then the voucher service cannot hear of it.
     */
    public BookingView oneClickAnswer(UUID booking, Caller caller) {
        long deadline = System.nanoTime() + oneClickWait.toNanos();
        BookingView view = bookingService.get(booking, caller);
        while (view.booking().status().equals("REQUESTED") && System.nanoTime() < deadline) {
            try {
                Thread.sleep(ANSWER_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return view;
            }
            view = bookingService.get(booking, caller);
        }
        return view;
    }

    /** The instrument named in the request, as booking knows it; a 400 naming the field when there is none. */
    private BookableInstrument bookable(BookingRequest request) {
        return instruments
                .bookable(request.instrumentId())
                .orElseThrow(() -> Rejected.invalid("instrumentId", "no instrument " + request.instrumentId()));
    }
}
