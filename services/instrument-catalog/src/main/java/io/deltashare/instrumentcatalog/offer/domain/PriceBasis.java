package io.deltashare.instrumentcatalog.offer.domain;

import java.util.Set;

/** What a service's list price is for; {@code QUOTATION} has no list price: the provider quotes each request. */
public enum PriceBasis {
    PER_SAMPLE,
    PER_BATCH,
    PER_SHIFT,
    PER_PACKAGE,
    QUOTATION;

    /** The bases a service of {@code type} may use: its own, or quotation for work tailored to a firm. */
    static Set<PriceBasis> allowedFor(OfferType type) {
        return switch (type) {
            case TESTING_PACKAGE -> Set.of(PER_SAMPLE, PER_BATCH, QUOTATION);
            case DEVELOPMENT_SERVICE -> Set.of(QUOTATION);
            case FACILITY_PACKAGE -> Set.of(PER_SHIFT, PER_PACKAGE, QUOTATION);
        };
    }
}
