package io.deltashare.instrumentcatalog.changes.application;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One change of the public catalog, as a partner mirroring it needs it: what changed, how, and the listing as it is
 * now (for {@code WITHDRAWN}, as it was).
 *
 * @param subject  {@code INSTRUMENT} or {@code SERVICE_OFFER}
 * @param change   {@code LISTED} (now bookable or orderable), {@code CHANGED}, {@code PRICE_CHANGED} (a price differs
 *                 from the last change's), {@code WITHDRAWN}
 * @param listing  the instrument's or service's snapshot, as its event ({@code InstrumentSnapshot},
 *                 {@code ServiceOfferSnapshot} in the AsyncAPI document)
 */
public record CatalogChange(
        @Schema(enumeration = {"INSTRUMENT", "SERVICE_OFFER"})
        String subject,

        UUID id,

        @Schema(enumeration = {"LISTED", "CHANGED", "PRICE_CHANGED", "WITHDRAWN"})
        String change,

        @Schema(examples = "CN-SH") String region,
        @Schema(examples = "electron-microscopy") String category,
        Instant changedAt,
        Map<String, Object> listing) {}
