package io.deltashare.instrumentcatalog.provider.domain;

/** China Metrology Accreditation and China National Accreditation Service for conformity assessment. */
public enum Accreditation {
    CMA,
    CNAS
}
