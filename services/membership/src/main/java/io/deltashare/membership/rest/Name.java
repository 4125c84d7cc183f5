package io.deltashare.membership.rest;

import io.deltashare.contracts.catalog.LocalizedText;
import jakarta.validation.constraints.Size;

/**
 * A name in Chinese and English as a request states it, 200 characters each (the domain asks for both). The same
 * schema as the voucher programs' {@code Name}, so the merged OpenAPI document and the SDKs have one type for it.
 */
public record Name(
        @Size(max = 200) String zh, @Size(max = 200) String en) {

    /** As the domain keeps it. */
    public LocalizedText text() {
        return new LocalizedText(zh, en);
    }

    /** {@code name} as the domain keeps it; null when none was sent. */
    public static LocalizedText text(Name name) {
        return name == null ? null : name.text();
    }
}
