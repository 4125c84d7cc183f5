package io.deltashare.instrumentcatalog.offer.domain;

import io.deltashare.contracts.catalog.ServiceKind;

/** What a provider offers besides instrument time, and the kind of service a voucher program sees in it. */
public enum OfferType {
    /** 检验检测: tests per sample or per batch, to a stated standard, with a turnaround in working days. */
    TESTING_PACKAGE(ServiceKind.TESTING),
    /** 技术研发: development work for a firm, priced by quotation. */
    DEVELOPMENT_SERVICE(ServiceKind.DEVELOPMENT),
    /** A whole-facility package (a beamline shift with staff support and data processing): facility time. */
    FACILITY_PACKAGE(ServiceKind.INSTRUMENT_TIME);

    private final ServiceKind kind;

    OfferType(ServiceKind kind) {
        this.kind = kind;
    }

    public ServiceKind kind() {
        return kind;
    }
}
