package io.deltashare.instrumentcatalog.provider.domain;

/** What kind of organization opens its instruments. */
public enum ProviderType {
    UNIVERSITY,
    INSTITUTE,
    BIG_SCIENCE_FACILITY,
    /** A testing and inspection body (检验检测机构). */
    TESTING_BODY,
    ENTERPRISE_LAB
}
