package io.deltashare.contracts.catalog;

/**
 * The kinds of service a voucher program may pay for, as the policy names them: instrument time (a slot on an
 * instrument, or a whole-facility package), testing (检验检测: per-sample tests and testing packages) and technical
 * development (技术研发: R&D services priced by quotation). Events carry the name.
 */
public enum ServiceKind {
    INSTRUMENT_TIME,
    TESTING,
    DEVELOPMENT
}
