package io.deltashare.platform.rest;

import io.deltashare.platform.decision.Rejected;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset cursor: the instant and id of the last row of a page, for lists ordered by both. Clients pass it
 * back unchanged; a cursor that was not made here is a 400 naming {@code cursor}.
 */
public record Cursor(Instant at, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((at + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor in {@code value}, or null when there is none. */
    public static Cursor decode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.UTF_8).split("\\|", 2);
            return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException | ArrayIndexOutOfBoundsException e) {
            throw Rejected.invalid("cursor", "is not a cursor this list gave out; follow the next link as it is");
        }
    }
}
