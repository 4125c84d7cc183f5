package io.deltashare.instrumentcatalog.instrument.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.instrumentcatalog.review.domain.ListingReview;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An instrument a provider offers: what it says about it ({@link Listing}) and whether it can be booked. It decides
 * whether a listing holds (its terms and category), whether it may still change, and which status moves are allowed;
 * a withdrawn instrument never changes again. A new listing, and a change of a live one ({@code pending}), wait for
 * the platform's review: the live listing stays as it is until the change is approved. Whether vouchers pay for it
 * is not the provider's to say: the bureau of the provider's region designates it. Immutable: each decision gives the
 * instrument as it is after it.
 *
 * @param pending    a change of a live listing that waits for review, or null
 * @param reviewNote why the last review refused the listing or its change, or null
 */
public record Instrument(
        UUID id,
        UUID providerId,
        Listing listing,
        InstrumentStatus status,
        Listing pending,
        String reviewNote,
        long version) {

    /**
     * What the provider says about the instrument. Prices are per hour for {@code SLOT} and per sample for
     * {@code SAMPLE}; opening hours are weekly windows in Asia/Shanghai, in the order the provider gave them.
     */
    public record Listing(
            LocalizedText name,
            LocalizedText description,
            String category,
            String manufacturer,
            String model,
            long originalValueFen,
            String location,
            BookingMode bookingMode,
            long academicPriceFen,
            long enterprisePriceFen,
            boolean voucherEligible,
            List<OpeningHours.Window> openingHours,
            int minDurationMinutes,
            int maxDurationMinutes,
            int leadTimeHours,
            boolean approvalRequired) {

        /** This listing, with vouchers paying for it or not as {@code eligible} says. */
        public Listing withVoucherEligible(boolean eligible) {
            return new Listing(
                    name,
                    description,
                    category,
                    manufacturer,
                    model,
                    originalValueFen,
                    location,
                    bookingMode,
                    academicPriceFen,
                    enterprisePriceFen,
                    eligible,
                    openingHours,
                    minDurationMinutes,
                    maxDurationMinutes,
                    leadTimeHours,
                    approvalRequired);
        }

        public InstrumentTerms terms() {
            return new InstrumentTerms(
                    academicPriceFen,
                    enterprisePriceFen,
                    originalValueFen,
                    openingHours,
                    minDurationMinutes,
                    maxDurationMinutes,
                    leadTimeHours);
        }

        /** Every broken rule of the listing; {@code categoryKnown} says whether its category is in the taxonomy. */
        public List<Violation> violations(boolean categoryKnown) {
            List<Violation> violations = new ArrayList<>(terms().violations());
            if (!categoryKnown) {
                violations.add(new Violation(
                        "category",
                        "'" + category + "' is not a category of instruments; see GET /api/v1/instrument-categories"));
            }
            return violations;
        }
    }

    /**
     * A provider lists an instrument: {@code SUBMITTED}, not live until the platform approves it, when its listing
     * holds. Vouchers do not pay for it until its region's bureau designates it.
     */
    public static Decision<Instrument> list(UUID id, UUID providerId, Listing listing, boolean categoryKnown) {
        return Decision.unlessViolated(
                listing.violations(categoryKnown),
                () -> new Instrument(
                        id, providerId, listing.withVoucherEligible(false), InstrumentStatus.SUBMITTED, null, null, 0));
    }

    /**
     * The provider changes what it says about the instrument: a listing not yet live is replaced and submitted again;
     * a change of a live one waits for review beside it ({@code pending}). Voucher eligibility stays as designated; a
     * withdrawn instrument stays as it was.
     */
    public Decision<Instrument> revise(Listing revised, boolean categoryKnown) {
        if (status == InstrumentStatus.WITHDRAWN) {
            return Decision.reject(Rejection.conflict(
                    "instrument-withdrawn", "instrument " + id + " was withdrawn and cannot change"));
        }
        Listing kept = revised.withVoucherEligible(listing.voucherEligible());
        return Decision.unlessViolated(
                revised.violations(categoryKnown),
                () -> reviewed(status.live() ? status : InstrumentStatus.SUBMITTED, review().revisedTo(kept, stage())));
    }

    /** To maintenance, back to active, or withdrawn for good. */
    public Decision<Instrument> moveTo(InstrumentStatus target) {
        String refusal = status.refusalToBecome(target);
        if (refusal != null) {
            return Decision.reject(Rejection.conflict("illegal-status-change", refusal));
        }
        return Decision.accept(new Instrument(id, providerId, listing, target, pending, reviewNote, version));
    }

    /** Whether the listing or a change of it waits for the platform's review. */
    public boolean awaitsReview() {
        return status == InstrumentStatus.SUBMITTED || pending != null;
    }

    /**
     * The platform approves what waits for review: a new listing goes live ({@code ACTIVE}), a change of a live one
     * replaces it.
     */
    public Decision<Instrument> approveListing() {
        return review().approved(stage(), describe())
                .map(approved ->
                        reviewed(status == InstrumentStatus.SUBMITTED ? InstrumentStatus.ACTIVE : status, approved));
    }

    /** The platform refuses what waits for review, saying why; a refused change leaves the live listing as it was. */
    public Decision<Instrument> rejectListing(String why) {
        return review().refused(why, stage(), describe())
                .map(refused ->
                        reviewed(status == InstrumentStatus.SUBMITTED ? InstrumentStatus.REJECTED : status, refused));
    }

    /** The bureau of the provider's region designates whether vouchers pay for the instrument. */
    public Decision<Instrument> designateVoucherEligible(boolean eligible) {
        if (status == InstrumentStatus.WITHDRAWN) {
            return Decision.reject(Rejection.conflict(
                    "instrument-withdrawn", "instrument " + id + " was withdrawn and cannot change"));
        }
        return Decision.accept(new Instrument(
                id,
                providerId,
                listing.withVoucherEligible(eligible),
                status,
                pending == null ? null : pending.withVoucherEligible(eligible),
                reviewNote,
                version));
    }

    /** Whether other services and the public catalog know of it: approved, and not withdrawn. */
    public boolean live() {
        return status.live();
    }

    /** The listing, its pending change and the last review's note, as the platform's review sees them. */
    private ListingReview<Listing> review() {
        return new ListingReview<>(listing, pending, reviewNote);
    }

    private ListingReview.Stage stage() {
        if (status == InstrumentStatus.SUBMITTED) {
            return ListingReview.Stage.SUBMITTED;
        }
        return status.live() ? ListingReview.Stage.LIVE : ListingReview.Stage.CLOSED;
    }

    /** The instrument in {@code next}, with what a review step made of its listing. */
    private Instrument reviewed(InstrumentStatus next, ListingReview<Listing> review) {
        return new Instrument(id, providerId, review.listing(), next, review.pending(), review.note(), version);
    }

    private String describe() {
        return "instrument " + id + " is " + status;
    }
}
