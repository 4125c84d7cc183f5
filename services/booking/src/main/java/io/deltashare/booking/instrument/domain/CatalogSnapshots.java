package io.deltashare.booking.instrument.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Which catalog snapshots of an instrument (or a service offer) can be true. The catalog publishes every change of an instrument, each one
 * version up, so booking sees versions rise one by one (a replayed dead letter may leave a short gap), and an
 * instrument never changes provider. A snapshot that moves an instrument to another provider, or leaps far past the
 * version held here, is no real history: a forgery on the bus would otherwise re-home the instrument, or freeze it
 * against every later update with a huge version.
 */
public final class CatalogSnapshots {

    /** The most versions one snapshot may move past the one held; far more than any gap a replay can leave. */
    public static final long MAX_VERSION_STEP = 1_000;

    private CatalogSnapshots() {}

    /**
     * Why the snapshot {@code (provider, version)} cannot follow what is held ({@code heldProvider} and
     * {@code heldVersion}, or nothing for an instrument not seen yet), or empty when it can.
     */
    public static Optional<String> refusal(
            UUID instrument, Optional<UUID> heldProvider, long heldVersion, UUID provider, long version) {
        if (heldProvider.isPresent() && !heldProvider.get().equals(provider)) {
            return Optional.of("catalog entry " + instrument + " belongs to provider " + heldProvider.get()
                    + "; a snapshot cannot move it to provider " + provider);
        }
        long from = heldProvider.isPresent() ? heldVersion : 0;
        if (version > from + MAX_VERSION_STEP || version < 0) {
            return Optional.of("catalog entry " + instrument + " is at version " + from + " here; version " + version
                    + " is more than " + MAX_VERSION_STEP + " versions beyond it");
        }
        return Optional.empty();
    }
}
