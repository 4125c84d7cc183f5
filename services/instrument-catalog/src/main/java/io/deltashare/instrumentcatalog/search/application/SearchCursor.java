package io.deltashare.instrumentcatalog.search.application;

import io.deltashare.instrumentcatalog.search.domain.Keyset;
import io.deltashare.platform.decision.Rejected;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * The opaque cursor of a catalog search page: the sort it belongs to, and the id and sort key of the last hit before
 * it. A cursor of another sort, or one a client made up, is a 400 naming {@code cursor}.
 */
public final class SearchCursor {

    private SearchCursor() {}

    public static String after(String sort, Keyset.Hit last) {
        String raw = sort + "|" + last.id() + "|" + last.key();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Where the page of {@code cursor} starts, null for the first page; {@code numericKey} when the key is a number. */
    public static Keyset.Position position(String cursor, String sort, boolean numericKey) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(sort)) {
                throw new IllegalArgumentException("cursor of another search");
            }
            if (numericKey) {
                Long.parseLong(parts[2]);
            }
            return new Keyset.Position(parts[2], UUID.fromString(parts[1]));
        } catch (IllegalArgumentException e) {
            throw Rejected.invalid("cursor", "not a cursor of this search; use the next link of the previous page");
        }
    }
}
