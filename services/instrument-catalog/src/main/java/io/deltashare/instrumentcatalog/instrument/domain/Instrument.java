package io.deltashare.instrumentcatalog.instrument.domain;

import io.deltashare.contracts.catalog.LocalizedText;
import io.deltashare.contracts.catalog.OpeningHours;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An instrument a provider offers: what it says about it ({@link Listing}) and whether it can be booked. It decides
 * whether a listing holds (its terms and category), whether it may still change, and which status moves are allowed;
 * a withdrawn instrument never changes again. Immutable: each decision gives the instrument as it is after it.
 */
public record Instrument(UUID id, UUID providerId, Listing listing, InstrumentStatus status, long version) {

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
                        "category", "'" + category + "' is not a category; see GET /api/v1/instrument-categories"));
            }
            return violations;
        }
    }

    /** A provider lists an instrument: {@code ACTIVE} at once, when its listing holds. */
    public static Decision<Instrument> list(UUID id, UUID providerId, Listing listing, boolean categoryKnown) {
        return Decision.unlessViolated(
                listing.violations(categoryKnown),
                () -> new Instrument(id, providerId, listing, InstrumentStatus.ACTIVE, 0));
    }

    /** The provider changes what it says about the instrument; a withdrawn one stays as it was. */
    public Decision<Instrument> revise(Listing revised, boolean categoryKnown) {
        if (status == InstrumentStatus.WITHDRAWN) {
            return Decision.reject(Rejection.conflict(
                    "instrument-withdrawn", "instrument " + id + " was withdrawn and cannot change"));
        }
        return Decision.unlessViolated(
                revised.violations(categoryKnown), () -> new Instrument(id, providerId, revised, status, version));
    }

    /** To maintenance, back to active, or withdrawn for good. */
    public Decision<Instrument> moveTo(InstrumentStatus target) {
        String refusal = status.refusalToBecome(target);
        if (refusal != null) {
            return Decision.reject(Rejection.conflict("illegal-status-change", refusal));
        }
        return Decision.accept(new Instrument(id, providerId, listing, target, version));
    }

    /** Whether other services still hear of its changes: not once it is withdrawn. */
    public boolean live() {
        return status != InstrumentStatus.WITHDRAWN;
    }
}
