package io.deltashare.instrumentcatalog.offer.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.instrumentcatalog.review.domain.ListingReview;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A service a provider offers besides instrument time (see {@link OfferType}): what it says about it ({@link Offer})
 * and whether firms may ask for it. Like an instrument's listing, a new offer and a change of a live one wait for the
 * platform's review; the live offer stays as it is until a change is approved. Immutable: each decision gives the
 * offer as it is after it.
 *
 * @param pending    a change of a live offer that waits for review, or null
 * @param reviewNote why the last review refused the offer or its change, or null
 */
public record ServiceOffer(
        UUID id, UUID providerId, Offer offer, OfferStatus status, Offer pending, String reviewNote, long version) {

    /** At most this many of the provider's instruments are named as used by one service. */
    public static final int MAX_INSTRUMENTS = 20;

    /**
     * What the provider says about the service. Prices (fen) are per {@code priceBasis} and null when it is priced by
     * quotation.
     *
     * @param standard              the standard a test follows (e.g. GB/T 228.1-2021), or null
     * @param turnaroundWorkingDays working days from receiving the samples (or the start) to the result, or null
     * @param sampleRequirements    what the firm sends for a test, or null
     * @param includes              what a package includes besides the instrument, or null
     * @param instrumentIds         the provider's instruments the service uses
     */
    public record Offer(
            OfferType type,
            LocalizedText name,
            LocalizedText description,
            String category,
            PriceBasis priceBasis,
            Long academicPriceFen,
            Long enterprisePriceFen,
            String standard,
            Integer turnaroundWorkingDays,
            LocalizedText sampleRequirements,
            LocalizedText includes,
            List<UUID> instrumentIds) {

        public Offer {
            instrumentIds = List.copyOf(instrumentIds);
        }

        /**
         * Every broken rule of the offer. {@code categoryKnown} says whether its category is in the taxonomy;
         * {@code foreignInstruments} are the named instruments that are not the provider's own live ones.
         */
        public List<Violation> violations(boolean categoryKnown, Set<UUID> foreignInstruments) {
            List<Violation> violations = new ArrayList<>();
            if (!categoryKnown) {
                violations.add(new Violation(
                        "category", "'" + category + "' is not a category; see GET /api/v1/instrument-categories"));
            }
            if (!PriceBasis.allowedFor(type).contains(priceBasis)) {
                violations.add(new Violation(
                        "priceBasis",
                        "a " + type + " is priced " + PriceBasis.allowedFor(type) + ", not " + priceBasis));
            }
            violations.addAll(priceViolations());
            if (type == OfferType.TESTING_PACKAGE) {
                if (turnaroundWorkingDays == null) {
                    violations.add(new Violation(
                            "turnaroundWorkingDays", "a testing package states its turnaround in working days"));
                }
                if (sampleRequirements == null) {
                    violations.add(new Violation(
                            "sampleRequirements", "a testing package states what samples the firm sends"));
                }
            }
            if (type == OfferType.FACILITY_PACKAGE && includes == null) {
                violations.add(new Violation(
                        "includes", "a facility package states what it includes (staff support, data processing)"));
            }
            if (type == OfferType.FACILITY_PACKAGE && instrumentIds.isEmpty()) {
                violations.add(new Violation("instrumentIds", "a facility package names the instruments it uses"));
            }
            if (instrumentIds.size() > MAX_INSTRUMENTS) {
                violations.add(new Violation("instrumentIds", "at most " + MAX_INSTRUMENTS + " instruments"));
            }
            if (new HashSet<>(instrumentIds).size() != instrumentIds.size()) {
                violations.add(new Violation("instrumentIds", "names an instrument twice"));
            }
            for (int i = 0; i < instrumentIds.size(); i++) {
                if (foreignInstruments.contains(instrumentIds.get(i))) {
                    violations.add(new Violation(
                            "instrumentIds[" + i + "]",
                            instrumentIds.get(i) + " is not a live instrument of this provider"));
                }
            }
            return violations;
        }

        private List<Violation> priceViolations() {
            List<Violation> violations = new ArrayList<>();
            if (priceBasis == PriceBasis.QUOTATION) {
                if (academicPriceFen != null || enterprisePriceFen != null) {
                    violations.add(
                            new Violation("prices", "a service priced by quotation has no list price; leave it out"));
                }
                return violations;
            }
            if (academicPriceFen == null || enterprisePriceFen == null) {
                violations.add(
                        new Violation("prices", "a service priced " + priceBasis + " states both tiers' prices"));
                return violations;
            }
            if (academicPriceFen <= 0) {
                violations.add(new Violation("prices.academic", "must be more than zero"));
            }
            if (enterprisePriceFen <= 0) {
                violations.add(new Violation("prices.enterprise", "must be more than zero"));
            }
            return violations;
        }
    }

    /** A provider offers a service: {@code SUBMITTED}, not live until the platform approves it, when the offer holds. */
    public static Decision<ServiceOffer> submit(
            UUID id, UUID providerId, Offer offer, boolean categoryKnown, Set<UUID> foreignInstruments) {
        return Decision.unlessViolated(
                offer.violations(categoryKnown, foreignInstruments),
                () -> new ServiceOffer(id, providerId, offer, OfferStatus.SUBMITTED, null, null, 0));
    }

    /**
     * The provider changes the offer: one not yet live is replaced and submitted again; a change of a live one waits
     * for review beside it; a withdrawn offer stays as it was.
     */
    public Decision<ServiceOffer> revise(Offer revised, boolean categoryKnown, Set<UUID> foreignInstruments) {
        if (status == OfferStatus.WITHDRAWN) {
            return Decision.reject(withdrawn());
        }
        return Decision.unlessViolated(
                revised.violations(categoryKnown, foreignInstruments),
                () -> reviewed(status.live() ? status : OfferStatus.SUBMITTED, review().revisedTo(revised, stage())));
    }

    /** Paused, back to active, or withdrawn for good. */
    public Decision<ServiceOffer> moveTo(OfferStatus target) {
        String refusal = status.refusalToBecome(target);
        if (refusal != null) {
            return Decision.reject(Rejection.conflict("illegal-status-change", refusal));
        }
        return Decision.accept(new ServiceOffer(id, providerId, offer, target, pending, reviewNote, version));
    }

    /** The platform approves what waits for review: a new offer goes live, a change of a live one replaces it. */
    public Decision<ServiceOffer> approve() {
        return review().approved(stage(), describe())
                .map(approved -> reviewed(status == OfferStatus.SUBMITTED ? OfferStatus.ACTIVE : status, approved));
    }

    /** The platform refuses what waits for review, saying why; a refused change leaves the live offer as it was. */
    public Decision<ServiceOffer> reject(String why) {
        return review().refused(why, stage(), describe())
                .map(refused -> reviewed(status == OfferStatus.SUBMITTED ? OfferStatus.REJECTED : status, refused));
    }

    /** Whether other services and the public catalog know of it: approved, and not withdrawn. */
    public boolean live() {
        return status.live();
    }

    /** Whether the public may see it: live, or withdrawn after it was (orders name it). */
    public boolean published() {
        return status.live() || status == OfferStatus.WITHDRAWN;
    }

    private Rejection withdrawn() {
        return Rejection.conflict("service-withdrawn", "service " + id + " was withdrawn and cannot change");
    }

    /** The offer, its pending change and the last review's note, as the platform's review sees them. */
    private ListingReview<Offer> review() {
        return new ListingReview<>(offer, pending, reviewNote);
    }

    private ListingReview.Stage stage() {
        if (status == OfferStatus.SUBMITTED) {
            return ListingReview.Stage.SUBMITTED;
        }
        return status.live() ? ListingReview.Stage.LIVE : ListingReview.Stage.CLOSED;
    }

    /** The offer in {@code next}, with what a review step made of it. */
    private ServiceOffer reviewed(OfferStatus next, ListingReview<Offer> review) {
        return new ServiceOffer(id, providerId, review.listing(), next, review.pending(), review.note(), version);
    }

    private String describe() {
        return "service " + id + " is " + status;
    }
}
