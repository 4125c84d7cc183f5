package io.deltashare.booking.rating.application;

import io.deltashare.booking.BookingConfig;
import io.deltashare.booking.order.domain.OrderStatus;
import io.deltashare.booking.order.persistence.ServiceOrders;
import io.deltashare.booking.rating.domain.Rating;
import io.deltashare.booking.rating.persistence.Ratings;
import io.deltashare.booking.reservation.domain.BookingStatus;
import io.deltashare.booking.reservation.persistence.BookingRepository;
import io.deltashare.contracts.rating.RatingChanged;
import io.deltashare.contracts.rating.RatingGiven;
import io.deltashare.platform.decision.ExpectedVersion;
import io.deltashare.platform.decision.Rejected;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.outbox.Outbox;
import io.deltashare.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Ratings (用户评价): the firm rates a booking or an order it completed, once, and may change the rating for
 * {@code booking.ratings.editable-for}; the provider's staff reply once; anyone reads them. Every change is published
 * ({@code RatingGiven}, {@code RatingChanged}), so that the catalog shows averages and counts.
 */
@ApplicationScoped
public class RatingService {

    private final Ratings ratings;
    private final BookingRepository bookings;
    private final ServiceOrders orders;
    private final Outbox outbox;
    private final Duration editableFor;
    private final Clock clock;

    RatingService(
            Ratings ratings,
            BookingRepository bookings,
            ServiceOrders orders,
            Outbox outbox,
            BookingConfig config,
            Clock clock) {
        this.ratings = ratings;
        this.bookings = bookings;
        this.orders = orders;
        this.outbox = outbox;
        this.editableFor = config.ratingsEditableFor();
        this.clock = clock;
    }

    /** The firm rates booking {@code bookingId} or order {@code orderId} (exactly one is given). */
    @Transactional
    public RatingView rate(UUID bookingId, UUID orderId, Rating.Scores scores, String comment, Caller caller) {
        Rating.Subject subject;
        boolean completed;
        if (bookingId != null) {
            var booking = bookings.find(bookingId)
                    .filter(b -> caller.actsFor(b.parties().firmOrganizationId()))
                    .orElseThrow(() -> Rejected.notFound("booking " + bookingId));
            var p = booking.parties();
            subject = new Rating.Subject(
                    Rating.Subject.BOOKING,
                    bookingId,
                    p.firmOrganizationId(),
                    p.firmRegion(),
                    p.providerId(),
                    p.providerOrganizationId(),
                    p.instrumentId(),
                    null);
            completed = booking.status() == BookingStatus.COMPLETED;
        } else {
            var order = orders.find(orderId)
                    .filter(o -> caller.actsFor(o.parties().firmOrganizationId()))
                    .orElseThrow(() -> Rejected.notFound("order " + orderId));
            var p = order.parties();
            subject = new Rating.Subject(
                    Rating.Subject.ORDER,
                    orderId,
                    p.firmOrganizationId(),
                    p.firmRegion(),
                    p.providerId(),
                    p.providerOrganizationId(),
                    null,
                    p.serviceOfferId());
            completed = order.status() == OrderStatus.COMPLETED;
        }
        Rating rating = Rating.give(
                        UUID.randomUUID(), subject, completed, scores, comment, clock.instant(), editableFor)
                .orElseThrow();
        if (!ratings.add(rating)) {
            throw Rejection.conflict(
                            "already-rated",
                            "this " + subject.kind().toLowerCase() + " was rated already; change that rating instead")
                    .asException();
        }
        outbox.publish(new RatingGiven(RatingView.snapshot(rating)));
        return RatingView.of(rating, true);
    }

    /** The firm changes its rating while it may. */
    @Transactional
    public RatingView change(UUID id, Rating.Scores scores, String comment, ExpectedVersion expected, Caller caller) {
        Rating rating = find(id);
        if (!caller.actsFor(rating.subject().firmOrganizationId())) {
            throw Rejected.forbidden("only the firm that rated changes its rating");
        }
        expected.check(rating.version()).orElseThrow();
        return published(rating.change(scores, comment, clock.instant()).orElseThrow());
    }

    /** The provider's staff answer a rating, once. */
    @Transactional
    public RatingView reply(UUID id, String text, Caller caller) {
        Rating rating = find(id);
        if (!caller.isStaffOfProvider(rating.subject().providerOrganizationId())) {
            throw Rejected.forbidden("only staff of the provider rated reply");
        }
        return published(rating.replyWith(text, clock.instant()).orElseThrow());
    }

    @Transactional
    public RatingView get(UUID id, Caller caller) {
        Rating rating = ratings.find(id, false).orElseThrow(() -> Rejected.notFound("rating " + id));
        return RatingView.of(rating, showsFirm(rating, caller));
    }

    /** Ratings of an instrument, a service or a provider (or all), in id order. */
    @Transactional
    public List<RatingView> list(
            UUID instrument, UUID serviceOffer, UUID provider, UUID after, int limit, Caller caller) {
        return ratings.page(instrument, serviceOffer, provider, after, limit).stream()
                .map(r -> RatingView.of(r, showsFirm(r, caller)))
                .toList();
    }

    private RatingView published(Rating changed) {
        Rating saved = ratings.save(changed);
        outbox.publish(new RatingChanged(RatingView.snapshot(saved)));
        return RatingView.of(saved, true);
    }

    private Rating find(UUID id) {
        return ratings.find(id, true).orElseThrow(() -> Rejected.notFound("rating " + id));
    }

    private static boolean showsFirm(Rating rating, Caller caller) {
        return caller.isAdmin()
                || caller.actsFor(rating.subject().firmOrganizationId())
                || caller.isStaffOfProvider(rating.subject().providerOrganizationId());
    }
}
