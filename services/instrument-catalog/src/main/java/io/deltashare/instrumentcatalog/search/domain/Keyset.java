package io.deltashare.instrumentcatalog.search.domain;

import java.util.UUID;

/** Keyset pagination of a catalog search: every order ends with the id, so pages never overlap. */
public final class Keyset {

    private Keyset() {}

    /** Where the previous page ended: the sort key of its last row, and that row's id. */
    public record Position(String key, UUID id) {}

    /**
     * One hit: the row's id, the sort key that a cursor after it carries, and the listing as the index holds it: the
     * same object until the row is written again, so what is made of that version may be kept as long as it is.
     */
    public record Hit(UUID id, String key, Object indexed) {}
}
