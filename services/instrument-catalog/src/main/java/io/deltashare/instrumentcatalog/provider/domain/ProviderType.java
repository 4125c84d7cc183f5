package io.deltashare.instrumentcatalog.provider.domain;

/** What kind of organization opens its instruments. */
public enum ProviderType {
    UNIVERSITY,
    INSTITUTE,
    BIG_SCIENCE_FACILITY,
    ENTERPRISE_LAB
}
