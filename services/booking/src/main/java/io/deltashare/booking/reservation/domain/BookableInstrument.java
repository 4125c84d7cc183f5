package io.deltashare.booking.reservation.domain;

import io.deltashare.contracts.catalog.Region;
import io.deltashare.platform.decision.Decision;
import io.deltashare.platform.decision.Rejection;
import io.deltashare.platform.decision.Violation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An instrument as far as booking it goes: who provides it, its catalog status, its {@link BookingTerms}, its
 * academic and enterprise prices (per hour or per sample), whether vouchers may pay for it and whether the provider approves each
 * booking. Decides whether a request fits, and what it costs.
 */
public record BookableInstrument(
        UUID id,
        String category,
        UUID providerId,
        UUID providerOrganizationId,
        Region providerRegion,
        String status,
        BookingTerms terms,
        long academicPriceFen,
        long enterprisePriceFen,
        boolean voucherEligible,
        boolean approvalRequired) {

    /**
     * What {@code request}, asked at {@code now}, would cost a customer of {@code tier}: refused while the instrument
     * is not {@code ACTIVE}, or with every field that breaks its terms (including how far ahead {@code hoarding} lets
     * a customer book, and a voucher asked for by a researcher, whom vouchers do not pay for).
     */
    public Decision<Pricing> price(Booking.Request request, PriceTier tier, Instant now, HoardingRules hoarding) {
        if (!"ACTIVE".equals(status)) {
            return Decision.reject(Rejection.conflict(
                    "instrument-unavailable", "instrument " + id + " is " + status + " and cannot be booked"));
        }
        long unitPriceFen = tier == PriceTier.ACADEMIC ? academicPriceFen : enterprisePriceFen;
        return Decision.unlessViolated(
                violations(request, tier, now, hoarding),
                () -> terms.mode() == BookingMode.SLOT
                        ? Pricing.forMinutes(
                                Duration.between(request.start(), request.end()).toMinutes(), unitPriceFen)
                        : Pricing.forSamples(request.samples(), unitPriceFen));
    }

    private List<Violation> violations(Booking.Request request, PriceTier tier, Instant now, HoardingRules hoarding) {
        List<Violation> violations = new ArrayList<>();
        if (terms.mode() == BookingMode.SLOT) {
            if (request.samples() != null) {
                violations.add(new Violation("samples", "this instrument is booked by time; send start and end"));
            } else if (request.start() == null || request.end() == null) {
                violations.add(
                        new Violation(request.start() == null ? "start" : "end", "a time slot needs start and end"));
            } else {
                violations.addAll(terms.checkSlot(request.start(), request.end(), now));
                hoarding.horizonViolation(request.start(), now).ifPresent(violations::add);
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
        if (request.voucherId() != null && tier == PriceTier.ACADEMIC) {
            violations.add(new Violation(
                    "voucherId",
                    "innovation vouchers pay for firms; a researcher books at the academic price without"));
        } else if (request.voucherId() != null && !voucherEligible) {
            violations.add(new Violation("voucherId", "this instrument does not accept innovation vouchers"));
        }
        return violations;
    }
}
